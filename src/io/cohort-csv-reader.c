/* cohort-csv-reader.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CSV as spreadsheet programs write it (RFC 4180): quoted cells with doubled
 * quotes and line breaks inside, CRLF, LF or CR line ends, and a delimiter
 * that depends on the locale of the computer that saved it (comma,
 * semicolon or tab) — found by looking at the first lines.
 */
#define G_LOG_DOMAIN "cohort-csv-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cohort-csv-reader.h"
#include "cohort-io-error.h"

#define SNIFF_LINES 30

/* The delimiter that splits the first lines most evenly: the most lines
 * with the same, largest number of them. Quoted text is skipped. */
static char
sniff_delimiter (const char *text)
{
  static const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)][SNIFF_LINES] = { { 0 } };
  guint n_lines = 0;
  gboolean quoted = FALSE;
  char best = ',';
  guint best_score = 0;

  for (const char *p = text; *p && n_lines < SNIFF_LINES; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == '\n' || *p == '\r'))
        {
          if (*p == '\r' && p[1] == '\n')
            p++;
          n_lines++;
        }
      else if (!quoted)
        for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
          if (*p == candidates[c])
            counts[c][n_lines]++;
    }
  if (n_lines < SNIFF_LINES)
    n_lines++;

  for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
    {
      /* Score: lines that have the most frequent non-zero count, times that count. */
      for (guint l = 0; l < n_lines; l++)
        {
          guint same = 0;

          if (counts[c][l] == 0)
            continue;
          for (guint m = 0; m < n_lines; m++)
            same += counts[c][m] == counts[c][l];
          if (same * counts[c][l] > best_score)
            {
              best_score = same * counts[c][l];
              best = candidates[c];
            }
        }
    }
  return best;
}

static void
strv_builder_clear (GPtrArray *cells)
{
  g_ptr_array_set_size (cells, 0);
}

/**
 * cohort_csv_read:
 * @data: (array length=len): the bytes of the file
 * @info: (out) (optional): the encoding, delimiter and number of rows found
 * @func: called for each row, empty rows included
 *
 * Returns: %FALSE with @error set if the file cannot be read, @func stopped
 *   or @cancellable was cancelled
 */
gboolean
cohort_csv_read (const guint8   *data,
                 gsize           len,
                 CohortCsvInfo  *info,
                 CohortRowFunc   func,
                 gpointer        user_data,
                 GCancellable   *cancellable,
                 GError        **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) cell = g_string_new (NULL);
  CohortTextEncoding encoding;
  char delimiter;
  guint row = 0;
  glong cell_chars = 0;
  gboolean quoted = FALSE, was_quoted = FALSE;
  const char *p;

  g_return_val_if_fail (func != NULL, FALSE);

  text = cohort_text_decode (data, len, &encoding, error);
  if (text == NULL)
    return FALSE;
  delimiter = sniff_delimiter (text);

  for (p = text; ; p++)
    {
      gboolean end_of_cell = FALSE, end_of_row = FALSE;

      if (*p == '\0')
        {
          if (quoted)
            {
              g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CORRUPT,
                           _("Row %u opens a quotation mark that is never closed. The file may be cut short: "
                             "save it again from the spreadsheet program."), row + 1);
              return FALSE;
            }
          end_of_cell = end_of_row = cells->len > 0 || cell->len > 0 || was_quoted;
          if (!end_of_row)
            break;
        }
      else if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            {
              g_string_append_c (cell, '"');
              p++;
            }
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (cell, *p);
        }
      else if (*p == '"' && cell->len == 0 && !was_quoted)
        quoted = was_quoted = TRUE;
      else if (*p == delimiter)
        end_of_cell = TRUE;
      else if (*p == '\r' || *p == '\n')
        {
          if (*p == '\r' && p[1] == '\n')
            p++;
          end_of_cell = end_of_row = TRUE;
        }
      else
        g_string_append_c (cell, *p);

      if ((guchar) *p < 0x80 || ((guchar) *p & 0xC0) == 0xC0)
        cell_chars++;
      if (cell_chars > COHORT_CSV_MAX_CELL_CHARS)
        {
          g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_TOO_LARGE,
                       _("Row %u has a cell longer than %d characters. This is not a list of students: check "
                         "that you chose the right file."), row + 1, COHORT_CSV_MAX_CELL_CHARS);
          return FALSE;
        }

      if (end_of_cell)
        {
          g_ptr_array_add (cells, g_string_free (g_steal_pointer (&cell), FALSE));
          cell = g_string_new (NULL);
          cell_chars = 0;
          was_quoted = FALSE;
          if (cells->len > COHORT_CSV_MAX_COLUMNS)
            {
              g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_TOO_LARGE,
                           _("Row %u has more than %d columns. This is not a list of students: check that "
                             "you chose the right file."), row + 1, COHORT_CSV_MAX_COLUMNS);
              return FALSE;
            }
        }
      if (end_of_row)
        {
          g_ptr_array_add (cells, NULL);
          if (!func (row, (const char *const *) cells->pdata, cells->len - 1, user_data, error))
            return FALSE;
          strv_builder_clear (cells);
          row++;
          if (row % 1024 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
        }
      if (*p == '\0')
        break;
    }

  if (info != NULL)
    {
      info->encoding = encoding;
      info->delimiter = delimiter;
      info->n_rows = row;
    }
  return TRUE;
}
