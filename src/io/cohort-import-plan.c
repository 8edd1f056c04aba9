/* cohort-import-plan.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads a list an agency sent — CSV, .xlsx or .xls, told apart by their
 * content — finds its header among the first rows and reads every row
 * below it as a person, keeping what could not be read for the preview.
 */
#define G_LOG_DOMAIN "cohort-import-plan"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cohort-csv-reader.h"
#include "cohort-import-plan.h"
#include "cohort-io-error.h"
#include "cohort-xls-reader.h"
#include "cohort-xlsx-reader.h"

#define HEADER_SEARCH_ROWS 30

typedef struct
{
  CohortImportPlan *plan;
  GPtrArray        *first_rows;   /* GStrv, until the header is found */
} Reading;

static void
import_row_free (CohortImportRow *row)
{
  g_clear_object (&row->person);
  g_clear_pointer (&row->problems, g_ptr_array_unref);
  g_free (row);
}

static void
read_person (CohortImportPlan  *plan,
             guint              row,
             const char *const *cells)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_cell_problem_free);
  CohortPerson *person = cohort_import_row_read (plan->map, cells, problems);
  CohortImportRow *entry;

  if (person == NULL)
    return;
  entry = g_new0 (CohortImportRow, 1);
  entry->row = row;
  entry->person = person;
  entry->problems = g_steal_pointer (&problems);
  g_ptr_array_add (plan->rows, entry);
}

static gboolean
find_header (Reading  *reading,
             GError  **error)
{
  CohortImportPlan *plan = reading->plan;

  plan->map = cohort_header_map_find (reading->first_rows);
  if (plan->map == NULL)
    {
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_FAILED,
                   _("Cohort found no header row among the first %d rows of the list. Check that the list has "
                     "a header with the column names, such as “Họ và tên” and “Ngày sinh”."), HEADER_SEARCH_ROWS);
      return FALSE;
    }
  plan->headers = g_strdupv (g_ptr_array_index (reading->first_rows, plan->map->header_row));
  for (guint r = plan->map->first_data_row; r < reading->first_rows->len; r++)
    read_person (plan, r, g_ptr_array_index (reading->first_rows, r));
  g_clear_pointer (&reading->first_rows, g_ptr_array_unref);
  return TRUE;
}

static gboolean
on_row (guint              row,
        const char *const *cells,
        guint              n_cells,
        gpointer           user_data,
        GError           **error)
{
  Reading *reading = user_data;

  reading->plan->n_rows = row + 1;
  if (reading->first_rows != NULL)
    {
      g_ptr_array_add (reading->first_rows, g_strdupv ((char **) cells));
      if (reading->first_rows->len == HEADER_SEARCH_ROWS)
        return find_header (reading, error);
      return TRUE;
    }
  read_person (reading->plan, row, cells);
  return TRUE;
}

/**
 * cohort_import_plan_read:
 * @sheet: (nullable): the sheet of a workbook, or %NULL for the first
 *
 * Returns: (transfer full) (nullable): the people of the list and the
 *   problems of each; %NULL with @error when the file cannot be read
 */
CohortImportPlan *
cohort_import_plan_read (const char    *path,
                         const char    *sheet,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(CohortImportPlan) plan = g_new0 (CohortImportPlan, 1);
  Reading reading = { plan, g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev) };
  g_autoptr(GMappedFile) mapped = NULL;
  const guint8 *data;
  gsize len;
  gboolean ok;

  plan->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) import_row_free);

  mapped = g_mapped_file_new (path, FALSE, error);
  if (mapped == NULL)
    {
      g_clear_pointer (&reading.first_rows, g_ptr_array_unref);
      return NULL;
    }
  data = (const guint8 *) g_mapped_file_get_contents (mapped);
  len = g_mapped_file_get_length (mapped);

  /* By content, not by name: .xlsx is a zip, .xls an OLE2 compound file. */
  if (len >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    {
      CohortXlsxInfo info = { 0 };

      plan->format = g_strdup ("XLSX");
      ok = cohort_xlsx_read (path, sheet, &info, on_row, &reading, cancellable, error);
      plan->sheet = g_steal_pointer (&info.sheet);
    }
  else if (len >= 8 && memcmp (data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
    {
      CohortXlsxInfo info = { 0 };

      plan->format = g_strdup ("XLS");
      ok = cohort_xls_read (path, sheet, &info, on_row, &reading, cancellable, error);
      plan->sheet = g_steal_pointer (&info.sheet);
    }
  else
    {
      CohortCsvInfo info = { 0 };

      ok = cohort_csv_read (data, len, &info, on_row, &reading, cancellable, error);
      plan->format = g_strdup_printf ("CSV (%s)", cohort_text_encoding_name (info.encoding));
    }

  /* A list shorter than the rows searched for its header */
  if (ok && reading.first_rows != NULL)
    ok = find_header (&reading, error);
  g_clear_pointer (&reading.first_rows, g_ptr_array_unref);
  if (!ok)
    return NULL;
  return g_steal_pointer (&plan);
}

void
cohort_import_plan_free (CohortImportPlan *plan)
{
  if (plan == NULL)
    return;
  g_free (plan->sheet);
  g_free (plan->format);
  cohort_header_map_free (plan->map);
  g_strfreev (plan->headers);
  g_clear_pointer (&plan->rows, g_ptr_array_unref);
  g_free (plan);
}

/**
 * cohort_import_plan_header:
 *
 * Returns: the header of @column as the file writes it, or ""
 */
const char *
cohort_import_plan_header (CohortImportPlan *plan,
                           guint             column)
{
  if (plan->headers == NULL || column >= g_strv_length (plan->headers))
    return "";
  return plan->headers[column];
}
