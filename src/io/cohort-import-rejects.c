/* cohort-import-rejects.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows of an agency's list Cohort could not import, copied cell for cell
 * from the file into a new workbook with a column saying why, so the office
 * can send them back or correct them and import them again.
 */
#define G_LOG_DOMAIN "cohort-import-rejects"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "cohort-import-rejects.h"
#include "cohort-io-error.h"
#include "cohort-platform.h"

typedef struct
{
  CohortImportPlan *plan;
  GHashTable       *reasons;     /* row (1-based) → reason text */
  lxw_worksheet    *sheet;
  lxw_format       *wrap;
  lxw_format       *bold;
  guint             out_row;
  guint             n_columns;
} Rejects;

static gboolean
copy_row (guint              row,
          const char *const *cells,
          guint              n_cells,
          gpointer           user_data,
          GError           **error)
{
  Rejects *rejects = user_data;
  CohortHeaderMap *map = rejects->plan->map;
  const char *reason = g_hash_table_lookup (rejects->reasons, GUINT_TO_POINTER (row + 1));

  /* The header as the file has it, over one or two rows */
  if (row >= map->header_row && row < map->first_data_row)
    {
      for (guint c = 0; c < n_cells && c < rejects->n_columns; c++)
        if (cells[c] != NULL && *cells[c])
          worksheet_write_string (rejects->sheet, row - map->header_row, c, cells[c], rejects->bold);
      return TRUE;
    }
  if (reason == NULL)
    return TRUE;

  for (guint c = 0; c < n_cells && c < rejects->n_columns; c++)
    if (cells[c] != NULL && *cells[c])
      worksheet_write_string (rejects->sheet, rejects->out_row, c, cells[c], NULL);
  worksheet_write_string (rejects->sheet, rejects->out_row, rejects->n_columns, reason, rejects->wrap);
  worksheet_write_number (rejects->sheet, rejects->out_row, rejects->n_columns + 1, row + 1, NULL);
  rejects->out_row++;
  return TRUE;
}

static gboolean
write_workbook (Rejects       *rejects,
                const char    *source_path,
                const char    *tmp_path,
                GCancellable  *cancellable,
                GError       **error)
{
  CohortImportPlan *plan = rejects->plan;
  lxw_workbook *book = workbook_new (tmp_path);
  lxw_error rc;
  gboolean ok;

  if (book == NULL)
    {
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_FAILED,
                   _("Cohort could not create the workbook. Check that the folder can be written to."));
      return FALSE;
    }
  rejects->sheet = workbook_add_worksheet (book, _("Not imported"));
  rejects->bold = workbook_add_format (book);
  format_set_bold (rejects->bold);
  format_set_text_wrap (rejects->bold);
  rejects->wrap = workbook_add_format (book);
  format_set_text_wrap (rejects->wrap);
  format_set_font_color (rejects->wrap, LXW_COLOR_RED);

  rejects->n_columns = plan->map->n_columns;
  worksheet_write_string (rejects->sheet, 0, rejects->n_columns, _("Why it was not imported"), rejects->bold);
  worksheet_write_string (rejects->sheet, 0, rejects->n_columns + 1, _("Row in the file"), rejects->bold);
  worksheet_set_column (rejects->sheet, 0, MAX (rejects->n_columns, 1) - 1, 18, NULL);
  worksheet_set_column (rejects->sheet, rejects->n_columns, rejects->n_columns, 60, NULL);
  rejects->out_row = plan->map->first_data_row - plan->map->header_row;
  worksheet_freeze_panes (rejects->sheet, rejects->out_row, 0);

  ok = cohort_import_read_rows (source_path, plan->sheet, copy_row, rejects, cancellable, error);
  rc = workbook_close (book);
  if (ok && rc != LXW_NO_ERROR)
    {
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_FAILED,
                   _("Cohort could not write the workbook (%s). Check that the disk is not full."),
                   lxw_strerror (rc));
      ok = FALSE;
    }
  return ok;
}

/**
 * cohort_import_plan_write_rejects:
 * @source_path: the file @plan was read from
 * @path: the .xlsx to write
 *
 * Writes the rows of @plan that have problems, as they are in @source_path,
 * under its header, with the reasons in a last column. The file appears
 * whole or not at all.
 *
 * Returns: %FALSE with @error when it cannot be written
 */
gboolean
cohort_import_plan_write_rejects (CohortImportPlan  *plan,
                                  const char        *source_path,
                                  const char        *path,
                                  GCancellable      *cancellable,
                                  GError           **error)
{
  g_autoptr(GHashTable) reasons = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp_name = g_strdup_printf (".%s-XXXXXX", base);
  g_autofree char *tmp_path = g_build_filename (dir, tmp_name, NULL);
  Rejects rejects = { plan, reasons };
  CohortSavedLocale *locale;
  gboolean ok;
  int fd;

  for (guint i = 0; i < plan->rows->len; i++)
    {
      CohortImportRow *row = g_ptr_array_index (plan->rows, i);

      if (cohort_import_row_is_rejected (row))
        g_hash_table_insert (reasons, GUINT_TO_POINTER (row->row + 1), cohort_import_plan_dup_problems (plan, row));
    }

  fd = g_mkstemp (tmp_path);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CANNOT_WRITE,
                   _("Cohort cannot write in the folder “%s” (%s). Choose another folder."), dir,
                   g_strerror (saved));
      return FALSE;
    }
  close (fd);

  /* Numbers (column widths among them) written the C way whatever the user's locale */
  locale = cohort_platform_use_c_locale ();
  ok = write_workbook (&rejects, source_path, tmp_path, cancellable, error);
  cohort_platform_restore_locale (locale);

  if (ok && g_rename (tmp_path, path) != 0)
    {
      int saved = errno;

      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CANNOT_WRITE,
                   _("Cohort could not save “%s” (%s)."), path, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (tmp_path);
  return ok;
}
