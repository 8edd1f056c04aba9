/* fuzz-csv.c: the import of a .csv file as Cohort does it
 * (cohort_import_plan_read ()): decoding, rows, the header and each row
 * read as a person.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cohort-import-plan.h"
#include "cohort-io-error.h"
#include "fuzz-common.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortImportPlan) plan = NULL;

  /* The import tells files apart by content: these go to the .xlsx and .xls
   * readers, which have their own targets. */
  if ((size >= 4 && memcmp (data, "PK\x03\x04", 4) == 0) ||
      (size >= 8 && memcmp (data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0))
    return -1;

  plan = cohort_import_plan_read (fuzz_write_file (data, size), NULL, NULL, &error);
  if (plan == NULL)
    {
      if (error == NULL || error->domain != COHORT_IO_ERROR)
        g_error ("no plan and no error of Cohort's: %s", error ? error->message : "(none)");
      fuzz_check_text (error->message);
      return 0;
    }
  if (error != NULL)
    g_error ("a plan and an error");

  if (plan->map == NULL || plan->headers == NULL || plan->sheet != NULL ||
      !g_str_has_prefix (plan->format, "CSV ("))
    g_error ("an incomplete plan");
  for (guint c = 0; c <= plan->map->n_columns; c++)
    fuzz_check_text (cohort_import_plan_header (plan, c));
  for (guint r = 0; r < plan->rows->len; r++)
    {
      CohortImportRow *row = g_ptr_array_index (plan->rows, r);

      if (row->row < plan->map->first_data_row || row->row >= plan->n_rows || row->person == NULL)
        g_error ("row %u of %u (data from %u)", row->row, plan->n_rows, plan->map->first_data_row);
      for (guint p = 0; p < row->problems->len; p++)
        {
          CohortCellProblem *problem = g_ptr_array_index (row->problems, p);

          if (problem->column >= plan->map->n_columns)
            g_error ("a problem in column %u of %u", problem->column, plan->map->n_columns);
          fuzz_check_text (problem->message);
        }
    }
  return 0;
}
