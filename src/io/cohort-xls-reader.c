/* cohort-xls-reader.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows of one sheet of an old Excel (.xls, BIFF) file through libfreexl,
 * which gives text in UTF-8 whatever the file's code page (Windows-1258
 * included; Cohort composes the tone marks) and dates as dates.
 */
#define G_LOG_DOMAIN "cohort-xls-reader"

#include "config.h"

#include <freexl.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "cohort-import-row.h"
#include "cohort-io-error.h"
#include "cohort-xls-reader.h"

/* The rows a sheet of BIFF8 (Excel 97–2003) may have; BIFF5 has fewer. */
#define XLS_MAX_ROWS 65536

static char *
cell_text (const FreeXL_CellValue *cell)
{
  switch (cell->type)
    {
    case FREEXL_CELL_INT:
      return g_strdup_printf ("%d", cell->value.int_value);
    case FREEXL_CELL_DOUBLE:
      return cohort_cell_number_text (cell->value.double_value);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME:
      return g_utf8_normalize (cell->value.text_value ? cell->value.text_value : "", -1, G_NORMALIZE_NFC);
    case FREEXL_CELL_NULL:
    default:
      return g_strdup ("");
    }
}

static guint32
read_le (const guint8 *p,
         guint         n_bytes)
{
  guint32 v = 0;

  for (guint i = n_bytes; i > 0; i--)
    v = (v << 8) | p[i - 1];
  return v;
}

/* libfreexl 1.0.6 converts the name of each entry of the compound file's
 * first directory sector with the length the entry gives, up to 64 KB, from
 * a buffer of one sector: a damaged entry makes it read far past that
 * buffer. Names are at most 64 bytes; a file whose entries say more is
 * damaged and not handed to libfreexl. The same sector as freexl reads. */
static gboolean
directory_is_sound (const char *path)
{
  g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, NULL);
  const guint8 *data;
  gsize len;
  guint32 shift, sector_size, where;
  guint n_entries;

  if (mapped == NULL)
    return TRUE;   /* freexl says what is wrong */
  data = (const guint8 *) g_mapped_file_get_contents (mapped);
  len = g_mapped_file_get_length (mapped);
  if (len < 512 || memcmp (data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) != 0)
    return TRUE;   /* not a compound file: freexl tries the older formats */

  shift = read_le (data + 0x1E, 2);
  if (shift != 9 && shift != 12)
    return FALSE;
  sector_size = 1u << shift;
  n_entries = sector_size == 4096 ? 32 : 4;
  where = (read_le (data + 0x30, 4) + 1) * sector_size;   /* wraps as freexl's does */
  if (where > len || len - where < sector_size)
    return TRUE;   /* freexl cannot read the sector and says so */

  for (guint i = 0; i < n_entries; i++)
    if (read_le (data + where + i * 128 + 64, 2) > 64)
      return FALSE;
  return TRUE;
}

/**
 * cohort_xls_read_here:
 * @sheet: (nullable): the name of the sheet, or %NULL for the first
 * @info: (out) (optional): the sheet read and its number of rows, and the
 *   names of every sheet (before the first row is handed on)
 * @func: called for each row in order, empty rows included
 *
 * Returns: %FALSE with @error set if the file cannot be read, @func stopped
 *   or @cancellable was cancelled
 */
gboolean
cohort_xls_read_here (const char      *path,
                 const char      *sheet,
                 CohortXlsxInfo  *info,
                 CohortRowFunc    func,
                 gpointer         user_data,
                 GCancellable    *cancellable,
                 GError         **error)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *name = g_path_get_basename (path);
  const void *xls = NULL;
  unsigned int n_sheets = 0, max_row = 0;
  unsigned short max_col = 0, index = G_MAXUSHORT;
  const char *sheet_name = NULL;
  static const char *const empty_row[] = { NULL };
  guint n_empty = 0, n_rows = 0;
  gboolean ok = FALSE;

  g_return_val_if_fail (func != NULL, FALSE);

  if (!directory_is_sound (path) || freexl_open (path, &xls) != FREEXL_OK ||
      freexl_get_info (xls, FREEXL_BIFF_SHEET_COUNT, &n_sheets) != FREEXL_OK || n_sheets == 0)
    {
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CORRUPT,
                   _("“%s” is not a readable .xls file: it may be damaged, protected by a password, or not an "
                     "Excel file. Open it in the spreadsheet program and save it again as .xlsx."), name);
      goto out;
    }

  {
    g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

    for (unsigned short i = 0; i < n_sheets && i < 256; i++)
      {
        const char *this_name = NULL;

        if (freexl_get_worksheet_name (xls, i, &this_name) != FREEXL_OK || this_name == NULL)
          continue;
        if (g_utf8_validate (this_name, -1, NULL))
          g_strv_builder_add (names, this_name);
        if (index == G_MAXUSHORT && (sheet == NULL || g_strcmp0 (this_name, sheet) == 0))
          {
            index = i;
            sheet_name = this_name;
          }
      }
    /* Known before the rows, for a reader that stops at the first ones */
    if (info != NULL)
      {
        g_strfreev (info->sheets);
        info->sheets = g_strv_builder_end (names);
      }
  }
  if (index == G_MAXUSHORT)
    {
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_FAILED,
                   _("The file has no sheet “%s”. Choose one of its sheets."), sheet);
      goto out;
    }
  /* A damaged file may declare billions of rows, which the loop below would
   * walk through one by one. (freexl may count one row more than there are.) */
  if (freexl_select_active_worksheet (xls, index) != FREEXL_OK ||
      freexl_worksheet_dimensions (xls, &max_row, &max_col) != FREEXL_OK || max_row > XLS_MAX_ROWS + 1)
    {
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CORRUPT,
                   _("“%s” is not a readable .xls file: it may be damaged, protected by a password, or not an "
                     "Excel file. Open it in the spreadsheet program and save it again as .xlsx."), name);
      goto out;
    }
  if (max_col > COHORT_CSV_MAX_COLUMNS)
    {
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_TOO_LARGE,
                   _("Row %u has more than %d columns. This is not a list of students: check that you chose the "
                     "right file."), 1u, COHORT_CSV_MAX_COLUMNS);
      goto out;
    }

  /* Whether freexl gives the last index or the count varies: read one row
   * more and keep empty rows only when a row with content follows. */
  for (unsigned int r = 0; r <= max_row; r++)
    {
      for (unsigned short c = 0; c <= max_col; c++)
        {
          FreeXL_CellValue cell;
          char *text = freexl_get_cell_value (xls, r, c, &cell) == FREEXL_OK ? cell_text (&cell) : g_strdup ("");

          if (g_utf8_strlen (text, -1) > COHORT_CSV_MAX_CELL_CHARS)
            {
              g_free (text);
              g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_TOO_LARGE,
                           _("Row %u has a cell longer than %d characters. This is not a list of students: "
                             "check that you chose the right file."), r + 1, COHORT_CSV_MAX_CELL_CHARS);
              goto out;
            }
          g_ptr_array_add (cells, text);
        }
      /* Trailing empty cells are not columns of this row. */
      while (cells->len > 0 && *(char *) g_ptr_array_index (cells, cells->len - 1) == '\0')
        g_ptr_array_remove_index (cells, cells->len - 1);
      if (cells->len == 0)
        {
          n_empty++;
          continue;
        }
      for (; n_empty > 0; n_empty--)
        if (!func (r - n_empty, empty_row, 0, user_data, error))
          goto out;
      g_ptr_array_add (cells, NULL);
      if (!func (r, (const char *const *) cells->pdata, cells->len - 1, user_data, error))
        goto out;
      n_rows = r + 1;
      g_ptr_array_set_size (cells, 0);
      if (r % 1024 == 1023 && g_cancellable_set_error_if_cancelled (cancellable, error))
        goto out;
    }

  if (info != NULL)
    {
      info->sheet = g_strdup (sheet_name);
      info->n_rows = n_rows;
    }
  ok = TRUE;

out:
  if (xls != NULL)
    freexl_close (xls);
  return ok;
}
