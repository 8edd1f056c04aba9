/* cohort-cli-import.c: cohort-cli import — a list of people into the database.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "cohort-cli.h"
#include "cohort-import-check.h"
#include "cohort-import-rejects.h"

int
cohort_cli_import (CohortStore  *store,
                   int           argc,
                   char        **argv,
                   GError      **error)
{
  g_autofree char *code = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *rejects = NULL;
  g_autoptr(CohortImportPlan) plan = NULL;
  g_autoptr(CohortClass) klass = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GArray) existing = NULL;
  CohortImportCounts counts;
  gboolean dry_run = FALSE;
  guint n_created = 0, n_enrolled = 0;
  int year = 0;
  GOptionEntry entries[] = {
    { "class", 0, 0, G_OPTION_ARG_STRING, &code, N_("Enrol everyone in the class with this code"), "CODE" },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The year the class starts, when its code is used in several years"), "YEAR" },
    { "sheet", 0, 0, G_OPTION_ARG_STRING, &sheet, N_("The sheet of a workbook to read (default: the first)"), "NAME" },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Read and check only; write nothing"), NULL },
    { "rejects", 0, 0, G_OPTION_ARG_FILENAME, &rejects, N_("Save the rows that cannot be imported, with the reason, in this .xlsx"), "FILE" },
    { NULL }
  };

  if (!cohort_cli_parse_options ("import FILE", entries, &argc, &argv, error))
    return 2;
  if (argc < 2)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("import needs a FILE, e.g. cohort-cli import danh-sach.xlsx --class B43"));
      return 2;
    }
  if (code != NULL)
    {
      klass = cohort_store_find_class (store, code, year, error);
      if (klass == NULL)
        return 1;
    }

  plan = cohort_import_plan_read (argv[1], sheet, NULL, error);
  if (plan == NULL)
    return 1;

  printf (_("Read %u rows of “%s” (%s%s%s): %u people.\n"), plan->n_rows, argv[1], plan->format,
          plan->sheet ? ", " : "", plan->sheet ? plan->sheet : "", plan->rows->len);

  if (!cohort_import_plan_check (plan, store, NULL, NULL, NULL, error))
    return 1;
  for (guint i = 0; i < plan->rows->len; i++)
    {
      CohortImportRow *row = g_ptr_array_index (plan->rows, i);

      for (guint p = 0; p < row->problems->len; p++)
        {
          CohortCellProblem *problem = g_ptr_array_index (row->problems, p);

          /* Translators: "Row 12, “Ngày sinh”: “31/02/1980” is not a valid date. …" */
          printf (_("Row %u, “%s”: %s\n"), row->row + 1, cohort_import_plan_header (plan, problem->column),
                  problem->message);
        }
    }
  cohort_import_plan_count (plan, &counts);
  people = cohort_import_plan_accepted (plan, &existing);
  if (rejects != NULL && counts.n_rejected > 0)
    {
      if (!cohort_import_plan_write_rejects (plan, argv[1], rejects, NULL, error))
        return 1;
      /* Translators: the number of rows, then the file they were saved in */
      printf (_("%u rows that cannot be imported saved in “%s”.\n"), counts.n_rejected, rejects);
    }

  printf (_("%u to import: %u new, %u already in Cohort (their records are kept); %u rows left out for the "
            "problems above.\n"), people->len, counts.n_new, counts.n_linked, counts.n_rejected);
  if (dry_run)
    {
      printf (_("Nothing was written (--dry-run).\n"));
      return 0;
    }

  if (!cohort_store_import_people (store, klass ? cohort_class_get_number (klass, COHORT_CLASS_ID) : 0, people,
                                   (gint64 *) existing->data, NULL, NULL, &n_created, &n_enrolled, NULL, NULL, NULL,
                                   error))
    return 1;
  if (klass != NULL)
    printf (_("Imported: %u new people; %u people enrolled in %s (%u were on its roster already).\n"),
            n_created, n_enrolled, code, people->len - n_enrolled);
  else
    printf (_("Imported: %u new people.\n"), n_created);
  return 0;
}
