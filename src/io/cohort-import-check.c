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
#include <string.h>

#include "cohort-fold.h"
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

/* What tells one person of a list from another: the citizen ID number, the
 * passport number, or the name (accents and case aside) with the whole date
 * of birth. A name with only a year of birth tells nobody apart. */
static void
add_keys (CohortImportRow *row,
          GPtrArray       *keys)
{
  CohortPerson *person = row->person;
  const char *id_no = cohort_person_get_field (person, COHORT_PERSON_ID_NUMBER);
  const char *passport = cohort_person_get_field (person, COHORT_PERSON_PASSPORT_NUMBER);
  const char *birth = cohort_person_get_birth_date (person);

  if (id_no != NULL)
    g_ptr_array_add (keys, g_strconcat ("id:", id_no, NULL));
  if (passport != NULL)
    g_ptr_array_add (keys, g_strconcat ("passport:", passport, NULL));
  if (birth != NULL && strlen (birth) == 10)
    {
      g_autofree char *name = cohort_person_dup_display_name (person);
      g_autofree char *folded = cohort_fold (name);

      g_ptr_array_add (keys, g_strconcat ("name:", folded, "|", birth, NULL));
    }
}

/* A person written twice in one list is imported once: the later row is
 * not imported, and says which row it repeats. */
static void
refuse_repeated_rows (CohortImportPlan *plan)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  guint name_column = cohort_import_plan_column (plan, COHORT_COLUMN_FULL_NAME);

  for (guint i = 0; i < plan->rows->len; i++)
    {
      CohortImportRow *row = g_ptr_array_index (plan->rows, i);
      CohortImportRow *first = NULL;

      if (cohort_import_row_is_rejected (row))
        continue;
      g_ptr_array_set_size (keys, 0);
      add_keys (row, keys);
      for (guint k = 0; k < keys->len && first == NULL; k++)
        first = g_hash_table_lookup (seen, g_ptr_array_index (keys, k));
      if (first != NULL)
        {
          add_problem (row, name_column,
                       /* Translators: %u is the row of the list (as the spreadsheet program numbers it)
                        * where the same person is written first */
                       g_strdup_printf (_("This person is already on row %u of the list (the same citizen ID, "
                                          "passport number, or name and date of birth). Cohort imports them "
                                          "once: delete this row or correct it."), first->row + 1),
                       FALSE);
          continue;
        }
      for (guint k = 0; k < keys->len; k++)
        g_hash_table_insert (seen, g_strdup (g_ptr_array_index (keys, k)), row);
    }
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
    }

  refuse_repeated_rows (plan);
  for (guint i = 0; i < plan->rows->len; i++)
    {
      CohortImportRow *row = g_ptr_array_index (plan->rows, i);

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
