/* cohort-import-check.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Checks a list read from a file against the database before anything is
 * written: ethnic groups and religions named in words get Cohort's codes,
 * and each row that stands for a person Cohort already has is linked to that
 * record instead of making a duplicate.
 */
#define G_LOG_DOMAIN "cohort-import-check"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cohort-import-check.h"

static void
add_problem (CohortImportRow *row,
             guint            column,
             char            *message,
             gboolean         warning)
{
  CohortCellProblem *problem = g_new0 (CohortCellProblem, 1);

  problem->column = column;
  problem->message = message;
  problem->warning = warning;
  g_ptr_array_add (row->problems, problem);
}

/**
 * cohort_import_plan_column:
 *
 * Returns: the first column of @kind, or 0 when the list has none
 */
guint
cohort_import_plan_column (CohortImportPlan *plan,
                           CohortColumnKind  kind)
{
  for (guint c = 0; c < plan->map->n_columns; c++)
    if (plan->map->kinds[c] == kind)
      return c;
  return 0;
}

/**
 * cohort_import_plan_check:
 * @count_func: (nullable): told how many rows are checked, every 1,024 rows
 *
 * Gives each row its problems with the database (an ethnic group or religion
 * Cohort does not know) and, for rows without problems, the person already in
 * Cohort they stand for. Writes nothing.
 *
 * Returns: %FALSE with @error when the database cannot be read or when cancelled
 */
gboolean
cohort_import_plan_check (CohortImportPlan       *plan,
                          CohortStore            *store,
                          CohortImportCountFunc   count_func,
                          gpointer                user_data,
                          GCancellable           *cancellable,
                          GError                **error)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autofree gint64 *existing = NULL;

  for (guint i = 0; i < plan->rows->len; i++)
    {
      CohortImportRow *row = g_ptr_array_index (plan->rows, i);
      g_autofree char *unknown = NULL, *note = NULL;
      CohortPersonField field = COHORT_PERSON_ETHNICITY;
      const char *province;

      if (i % 1024 == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          if (count_func != NULL)
            count_func (i, user_data);
        }

      row->existing = 0;
      unknown = cohort_store_resolve_choices (store, row->person, &field, &note);
      if (note != NULL)
        add_problem (row, cohort_import_plan_column (plan, COHORT_COLUMN_ETHNICITY), g_steal_pointer (&note), TRUE);
      if (unknown != NULL)
        add_problem (row, cohort_import_plan_column (plan, field == COHORT_PERSON_RELIGION
                                                             ? COHORT_COLUMN_RELIGION
                                                             : COHORT_COLUMN_ETHNICITY),
                     g_steal_pointer (&unknown), FALSE);
      province = cohort_person_get_field (row->person, COHORT_PERSON_LAO_PROVINCE);
      if (province != NULL)
        {
          g_autofree char *written = g_strdup (province);
          g_autofree char *code = cohort_store_resolve_lao_province (store, written);

          cohort_person_set_field (row->person, COHORT_PERSON_LAO_PROVINCE, code);
          if (code == NULL)
            add_problem (row, cohort_import_plan_column (plan, COHORT_COLUMN_LAO_PROVINCE),
                         /* Translators: %s is what the cell holds */
                         g_strdup_printf (_("“%s” is not a province of Laos. Write its name in Lao, English or "
                                            "Vietnamese, e.g. ສະຫວັນນະເຂດ, Savannakhet."), written), FALSE);
        }
      if (!cohort_import_row_is_rejected (row))
        {
          g_ptr_array_add (people, row->person);
          g_ptr_array_add (rows, row);
        }
    }

  /* Every accepted row against the people in Cohort, in one pass */
  existing = g_new0 (gint64, MAX (people->len, 1));
  if (!cohort_store_match_people (store, people, existing, cancellable, error))
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    ((CohortImportRow *) g_ptr_array_index (rows, i))->existing = existing[i];
  if (count_func != NULL)
    count_func (plan->rows->len, user_data);
  return TRUE;
}

void
cohort_import_plan_count (CohortImportPlan   *plan,
                          CohortImportCounts *counts)
{
  *counts = (CohortImportCounts) { 0 };
  for (guint i = 0; i < plan->rows->len; i++)
    {
      CohortImportRow *row = g_ptr_array_index (plan->rows, i);

      if (cohort_import_row_is_rejected (row))
        counts->n_rejected++;
      else if (row->existing != 0)
        counts->n_linked++;
      else
        counts->n_new++;
    }
}

/**
 * cohort_import_plan_accepted:
 * @existing: (out): for each person, the record in Cohort it stands for, or 0
 *
 * Returns: (transfer container) (element-type CohortPerson): the people of
 *   the rows without problems, for cohort_store_import_people()
 */
GPtrArray *
cohort_import_plan_accepted (CohortImportPlan  *plan,
                             GArray           **existing)
{
  GPtrArray *people = g_ptr_array_new ();

  *existing = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < plan->rows->len; i++)
    {
      CohortImportRow *row = g_ptr_array_index (plan->rows, i);

      if (cohort_import_row_is_rejected (row))
        continue;
      g_ptr_array_add (people, row->person);
      g_array_append_val (*existing, row->existing);
    }
  return people;
}
