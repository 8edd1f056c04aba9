/* cohort-store-person-writes.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Creating and changing people, each write with its audit row, and finding
 * the people a new record, or each person of a list, may duplicate.
 */
#define G_LOG_DOMAIN "cohort-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cohort-check.h"
#include "cohort-fold.h"
#include "cohort-name.h"
#include "cohort-store-private.h"

gboolean
_cohort_store_check_person (CohortPerson  *person,
                            GError       **error)
{
  char *problem = cohort_check_person (person, NULL);

  if (problem == NULL)
    return TRUE;
  g_set_error_literal (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID, problem);
  g_free (problem);
  return FALSE;
}

/* Validates and inserts @person with its audit row, inside the caller's transaction. */
gboolean
_cohort_store_insert_person_row (CohortStore   *self,
                                 CohortPerson  *person,
                                 GError       **error)
{
  g_autofree char *json = NULL;
  sqlite3_stmt *stmt;

  if (!_cohort_store_check_person (person, error))
    return FALSE;
  stmt = _cohort_store_prepare (self, COHORT_PERSON_INSERT_SQL, error);
  if (stmt == NULL)
    return FALSE;
  _cohort_store_bind_person (stmt, person);
  if (!_cohort_store_step_done (self, stmt, error))
    return FALSE;

  cohort_person_set_id (person, sqlite3_last_insert_rowid (self->db));
  g_atomic_int_inc (&self->generation);
  json = _cohort_store_person_json (person);
  return _cohort_store_audit (self, "person", cohort_person_get_id (person), "create", NULL, json, error);
}

/**
 * cohort_store_insert_person:
 * @person: a new person; its id is set on success
 *
 * Validates and writes @person with its sort key and search text, and an
 * audit row, in one transaction.
 */
gboolean
cohort_store_insert_person (CohortStore   *self,
                            CohortPerson  *person,
                            GError       **error)
{
  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (COHORT_IS_PERSON (person), FALSE);

  if (!_cohort_store_check_person (person, error) || !_cohort_store_begin (self, error))
    return FALSE;
  if (_cohort_store_insert_person_row (self, person, error) && _cohort_store_commit (self, error))
    return TRUE;
  _cohort_store_rollback (self);
  return FALSE;
}


/**
 * cohort_store_update_person:
 * @person: a person read from the store, with changes
 *
 * Validates and writes the changes of @person, with an audit row holding the
 * old and the new values, in one transaction.
 */
gboolean
cohort_store_update_person (CohortStore   *self,
                            CohortPerson  *person,
                            GError       **error)
{
  g_autoptr(CohortPerson) old = NULL;
  g_autofree char *old_json = NULL;
  g_autofree char *new_json = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (COHORT_IS_PERSON (person), FALSE);

  if (!_cohort_store_check_person (person, error))
    return FALSE;

  old = cohort_store_get_person (self, cohort_person_get_id (person), error);
  if (old == NULL)
    return FALSE;
  old_json = _cohort_store_person_json (old);
  new_json = _cohort_store_person_json (person);
  if (g_strcmp0 (old_json, new_json) == 0 &&
      cohort_person_get_name_order (old) == cohort_person_get_name_order (person))
    return TRUE;

  if (!_cohort_store_begin (self, error))
    return FALSE;

  stmt = _cohort_store_prepare (self, COHORT_PERSON_UPDATE_SQL, error);
  if (stmt == NULL)
    goto fail;
  _cohort_store_bind_person (stmt, person);
  sqlite3_bind_int64 (stmt, COHORT_PERSON_N_INSERT_VALUES + 1, cohort_person_get_id (person));
  if (!_cohort_store_step_done (self, stmt, error))
    goto fail;

  if (!_cohort_store_audit (self, "person", cohort_person_get_id (person), "update", old_json, new_json,
                            error))
    goto fail;
  if (!_cohort_store_commit (self, error))
    goto fail;
  g_atomic_int_inc (&self->generation);
  return TRUE;

fail:
  _cohort_store_rollback (self);
  return FALSE;
}

static char *
dup_folded_name (CohortPerson *person)
{
  g_autofree char *full = cohort_person_dup_full_name (person);
  g_autofree char *lao = cohort_person_dup_lao_name (person);

  return cohort_fold (full != NULL && *full != '\0' ? full : lao);
}

/**
 * cohort_store_find_duplicates:
 * @person: a person being created or edited
 *
 * Finds the other people who are probably the same: the same citizen ID
 * number, or the same name (accents and case aside) and date of birth.
 *
 * Returns: (transfer full) (element-type CohortPerson): the matches, maybe none
 */
GPtrArray *
cohort_store_find_duplicates (CohortStore   *self,
                              CohortPerson  *person,
                              GError       **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *name = NULL;
  const char *id_no, *birth;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);
  g_return_val_if_fail (COHORT_IS_PERSON (person), NULL);

  id_no = cohort_person_get_field (person, COHORT_PERSON_ID_NUMBER);
  birth = cohort_person_get_birth_date (person);
  if (id_no == NULL && birth == NULL)
    return g_steal_pointer (&found);

  name = dup_folded_name (person);
  stmt = _cohort_store_prepare (self,
                                "SELECT " COHORT_PERSON_COLUMNS " FROM person "
                                "WHERE id_number = ?1 AND id <> ?3 "
                                "UNION SELECT " COHORT_PERSON_COLUMNS " FROM person "
                                "WHERE birth_date = ?2 AND id <> ?3", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id_no, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, birth, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, cohort_person_get_id (person));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CohortPerson) other = _cohort_store_read_person (stmt);
      g_autofree char *other_name = NULL;

      if (id_no != NULL && g_strcmp0 (id_no, cohort_person_get_field (other, COHORT_PERSON_ID_NUMBER)) == 0)
        {
          g_ptr_array_add (found, g_steal_pointer (&other));
          continue;
        }
      other_name = dup_folded_name (other);
      if (g_strcmp0 (name, other_name) == 0)
        g_ptr_array_add (found, g_steal_pointer (&other));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&found);
}

/* A name part as cohort_person_set_field () keeps it: normalised, %NULL
 * when empty. */
static char *
dup_name_part (sqlite3_stmt *stmt,
               int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);
  char *norm;

  if (text == NULL)
    return NULL;
  norm = cohort_name_normalize (text);
  if (*norm == '\0')
    g_clear_pointer (&norm, g_free);
  return norm;
}

/* dup_folded_name () of the person in the current row of MATCH_SQL (and of
 * any query whose columns 1–6 are name_order, family_name, middle_name,
 * given_name, lao_family_name, lao_given_name). */
char *
_cohort_store_dup_folded_row_name (sqlite3_stmt *stmt)
{
  g_autofree char *family = dup_name_part (stmt, 2);
  g_autofree char *middle = dup_name_part (stmt, 3);
  g_autofree char *given = dup_name_part (stmt, 4);
  g_autofree char *full = NULL;
  g_autofree char *lao_family = NULL, *lao_given = NULL, *lao = NULL;

  if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), "lo") == 0)
    full = cohort_name_join (given, middle, family);
  else
    full = cohort_name_join (family, middle, given);
  if (*full != '\0')
    return cohort_fold (full);
  lao_family = dup_name_part (stmt, 5);
  lao_given = dup_name_part (stmt, 6);
  lao = cohort_name_join (lao_given, lao_family, NULL);
  return cohort_fold (lao);
}

#define MATCH_SQL \
  "SELECT id, name_order, family_name, middle_name, given_name, lao_family_name, lao_given_name, " \
  "birth_date, id_number, passport_number FROM person " \
  "WHERE id_number IS NOT NULL OR birth_date IS NOT NULL OR passport_number IS NOT NULL"

/* The people of a list, by citizen ID number and by date of birth: for
 * each key its first person (index + 1) in a table, the next ones in a chain. */
typedef struct
{
  GHashTable *first;
  guint      *next;
} Keys;

static void
keys_add (Keys       *keys,
          const char *key,
          guint       index)
{
  keys->next[index] = GPOINTER_TO_UINT (g_hash_table_lookup (keys->first, key));
  g_hash_table_insert (keys->first, (gpointer) key, GUINT_TO_POINTER (index + 1));
}

/**
 * cohort_store_match_people:
 * @people: (element-type CohortPerson): the people of a list
 * @existing: (array) (out caller-allocates): receives, for each person, the
 *   id of the one record cohort_store_find_duplicates () finds for it, or 0
 *   when it finds none or several
 *
 * What cohort_store_find_duplicates () finds for each person of a list, in
 * one pass over the people in Cohort instead of a query a person; and, for
 * the Lao cadres of a list, the record with the same passport number.
 */
gboolean
cohort_store_match_people (CohortStore   *self,
                           GPtrArray     *people,
                           gint64        *existing,
                           GCancellable  *cancellable,
                           GError       **error)
{
  guint n = people->len;
  g_autoptr(GHashTable) by_id_table = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) by_birth_table = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) by_passport_table = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree guint *next_passport = g_new0 (guint, MAX (people->len, 1));
  g_autofree guint *next_id = g_new0 (guint, MAX (n, 1));
  g_autofree guint *next_birth = g_new0 (guint, MAX (n, 1));
  g_autofree guint *n_found = g_new0 (guint, MAX (n, 1));
  g_autofree char **names = g_new0 (char *, MAX (n, 1));   /* folded, when needed */
  Keys by_id = { by_id_table, next_id }, by_birth = { by_birth_table, next_birth };
  Keys by_passport = { by_passport_table, next_passport };
  sqlite3_stmt *stmt;
  guint row = 0;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (people != NULL, FALSE);
  g_return_val_if_fail (existing != NULL || people->len == 0, FALSE);

  for (guint i = 0; i < n; i++)
    {
      CohortPerson *person = g_ptr_array_index (people, i);
      const char *id_no = cohort_person_get_field (person, COHORT_PERSON_ID_NUMBER);
      const char *birth = cohort_person_get_birth_date (person);
      const char *passport = cohort_person_get_field (person, COHORT_PERSON_PASSPORT_NUMBER);

      existing[i] = 0;
      if (id_no != NULL)
        keys_add (&by_id, id_no, i);
      if (passport != NULL)
        keys_add (&by_passport, passport, i);
      if (birth != NULL)
        keys_add (&by_birth, birth, i);
    }
  if (g_hash_table_size (by_id_table) == 0 && g_hash_table_size (by_birth_table) == 0 &&
      g_hash_table_size (by_passport_table) == 0)
    return TRUE;

  stmt = _cohort_store_prepare (self, MATCH_SQL, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *birth = (const char *) sqlite3_column_text (stmt, 7);
      const char *id_no = (const char *) sqlite3_column_text (stmt, 8);
      const char *passport = (const char *) sqlite3_column_text (stmt, 9);
      g_autofree char *name = NULL;

      if (++row % 4096 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          sqlite3_reset (stmt);
          goto fail;
        }
      for (guint k = id_no ? GPOINTER_TO_UINT (g_hash_table_lookup (by_id_table, id_no)) : 0; k; k = next_id[k - 1])
        if (cohort_person_get_id (g_ptr_array_index (people, k - 1)) != id)
          {
            n_found[k - 1]++;
            existing[k - 1] = id;
          }
      /* A passport number is a Lao cadre's own, as a citizen ID is a Vietnamese's */
      for (guint k = passport ? GPOINTER_TO_UINT (g_hash_table_lookup (by_passport_table, passport)) : 0; k;
           k = next_passport[k - 1])
        if (cohort_person_get_id (g_ptr_array_index (people, k - 1)) != id && existing[k - 1] != id)
          {
            n_found[k - 1]++;
            existing[k - 1] = id;
          }
      for (guint k = birth ? GPOINTER_TO_UINT (g_hash_table_lookup (by_birth_table, birth)) : 0; k;
           k = next_birth[k - 1])
        {
          guint i = k - 1;
          CohortPerson *person = g_ptr_array_index (people, i);

          /* found already by the ID number: the same record counts once */
          if ((n_found[i] > 0 && existing[i] == id) || cohort_person_get_id (person) == id)
            continue;
          if (name == NULL)
            name = _cohort_store_dup_folded_row_name (stmt);
          if (names[i] == NULL)
            names[i] = dup_folded_name (person);
          if (strcmp (names[i], name) == 0)
            {
              n_found[i]++;
              existing[i] = id;
            }
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      goto fail;
    }

  for (guint i = 0; i < n; i++)
    {
      if (n_found[i] != 1)
        existing[i] = 0;
      g_free (names[i]);
    }
  return TRUE;

fail:
  for (guint i = 0; i < n; i++)
    {
      existing[i] = 0;
      g_free (names[i]);
    }
  return FALSE;
}
