/* cohort-store-reference.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The short lists the editors and filters choose from.
 */
#define G_LOG_DOMAIN "cohort-store"

#include "config.h"

#include "cohort-store-private.h"

static const char *const choice_sql[] = {
  [COHORT_CHOICE_PROGRAM] = "SELECT code, short_name FROM program_type ORDER BY sort_order, code",
  [COHORT_CHOICE_HOST] = "SELECT id, name FROM org_unit WHERE kind <> 'other' "
                         "ORDER BY kind = 'school' DESC, valid_to IS NULL DESC, name COLLATE vi",
  [COHORT_CHOICE_ETHNICITY] = "SELECT code, name FROM ethnicity ORDER BY code",
  [COHORT_CHOICE_RELIGION] = "SELECT code, name FROM religion ORDER BY code",
  [COHORT_CHOICE_LAO_PROVINCE] = "SELECT code, name_vi || ' – ' || name_lo FROM lao_province "
                                 "ORDER BY name_vi COLLATE vi",
  [COHORT_CHOICE_CLASS_YEAR] = "SELECT DISTINCT year, year FROM class ORDER BY year DESC",
};

void
cohort_choice_free (CohortChoice *choice)
{
  if (choice == NULL)
    return;
  g_free (choice->code);
  g_free (choice->name);
  g_free (choice);
}

/**
 * cohort_store_list_choices:
 *
 * Returns: (transfer full) (element-type CohortChoice): the values of @kind,
 *   in the order a person looks for them
 */
GPtrArray *
cohort_store_list_choices (CohortStore       *self,
                           CohortChoiceKind   kind,
                           GError           **error)
{
  g_autoptr(GPtrArray) choices = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_choice_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);
  g_return_val_if_fail (kind < G_N_ELEMENTS (choice_sql), NULL);

  stmt = _cohort_store_prepare (self, choice_sql[kind], error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CohortChoice *choice = g_new0 (CohortChoice, 1);

      choice->code = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      choice->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      g_ptr_array_add (choices, choice);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&choices);
}
