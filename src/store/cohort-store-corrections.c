/* cohort-store-corrections.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Putting mistakes right: deleting a person nobody enrolled, removing an
 * enrolment made by mistake, deleting a class nobody is on, and merging two
 * records of the same person. Each refuses what the window refuses, runs in
 * one transaction, audits every row it deletes or changes (the old row as
 * JSON), and hands back a CohortRosterUndo that puts every row back exactly.
 */
#define G_LOG_DOMAIN "cohort-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cohort-json.h"
#include "cohort-store-private.h"

/* Rows that belong to an enrolment and go with it: scores, Vietnamese
 * checks of Lao cadres, evaluations after the course. */
static const char *const enrolment_parts[] = { "module_result", "language_check", "post_training_eval" };

static char *
dup_person_name (CohortStore *self,
                 gint64       person_id)
{
  g_autoptr(CohortPerson) person = cohort_store_get_person (self, person_id, NULL);

  return person ? cohort_person_dup_display_name (person) : g_strdup ("?");
}

/* "B43 (2026)" */
static char *
dup_class_label (const char *code,
                 int         year)
{
  /* Translators: a class and the year it starts, "B43 (2026)" */
  return g_strdup_printf (_("%s (%d)"), code, year);
}

static gint64
count_rows (CohortStore  *self,
            const char   *sql,
            gint64        id,
            GError      **error)
{
  sqlite3_stmt *stmt = _cohort_store_prepare (self, sql, error);
  gint64 n = -1;
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    _cohort_store_set_error (self, rc, error);
  return n;
}

/* Deletes the enrolment @row (taking it) and what belongs to it, inside the
 * caller's transaction; @undo gets the rows, the enrolment last, so that Undo
 * puts the enrolment back before its parts. */
static gboolean
delete_enrolment (CohortStore       *self,
                  CohortRow         *row,
                  CohortRosterUndo  *undo,
                  GError           **error)
{
  g_autoptr(CohortRow) owned = row;
  gint64 id = _cohort_row_get_id (row);
  gint64 credentials;

  credentials = count_rows (self, "SELECT count(*) FROM credential WHERE enrolment_id = ?", id, error);
  if (credentials < 0)
    return FALSE;
  if (credentials > 0)
    {
      g_autofree char *name = dup_person_name (self, _cohort_row_get_int (row, "person_id"));

      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("A certificate was recorded for %s in this class: the enrolment cannot be removed. "
                     "Withdraw the student instead."), name);
      return FALSE;
    }

  for (guint t = 0; t < G_N_ELEMENTS (enrolment_parts); t++)
    {
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func ((GDestroyNotify) _cohort_row_free);

      if (!_cohort_rows_read (self, enrolment_parts[t], "enrolment_id", id, parts, error))
        return FALSE;
      while (parts->len > 0)
        {
          CohortRow *part = g_ptr_array_steal_index (parts, 0);

          if (!_cohort_row_delete (self, part, error))
            {
              _cohort_row_free (part);
              return FALSE;
            }
          _cohort_roster_undo_save (undo, COHORT_ROW_DELETED, part);
        }
    }

  if (!_cohort_row_delete (self, row, error))
    return FALSE;
  _cohort_roster_undo_save (undo, COHORT_ROW_DELETED, g_steal_pointer (&owned));
  return TRUE;
}

/* After a commit that deleted or changed people: what was computed from them is stale. */
static gboolean
finish_with_people (CohortStore       *self,
                    gboolean           ok,
                    CohortRosterUndo  *undo,
                    CohortRosterUndo **out_undo,
                    GError           **error)
{
  if (!_cohort_store_finish (self, ok, undo, out_undo, error))
    return FALSE;
  g_atomic_int_inc (&self->generation);
  return TRUE;
}

/* Deleting a person -------------------------------------------------------------- */

/* The classes @person_id is enrolled in, "B43 (2026), K52A (2025)", or NULL. */
static char *
dup_enrolled_classes (CohortStore  *self,
                      gint64        person_id,
                      guint        *n_classes,
                      GError      **error)
{
  GString *list = g_string_new (NULL);
  sqlite3_stmt *stmt;
  int rc;

  *n_classes = 0;
  stmt = _cohort_store_prepare (self, "SELECT c.code, c.year FROM enrolment e JOIN class c ON c.id = e.class_id "
                                "WHERE e.person_id = ? ORDER BY c.start_date, c.code", error);
  if (stmt == NULL)
    {
      g_string_free (list, TRUE);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *label = dup_class_label ((const char *) sqlite3_column_text (stmt, 0),
                                                sqlite3_column_int (stmt, 1));

      if ((*n_classes)++ < 5)
        g_string_append_printf (list, "%s%s", list->len ? ", " : "", label);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_string_free (list, TRUE);
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  if (*n_classes > 5)
    g_string_append (list, ", …");
  return g_string_free (list, FALSE);
}

/**
 * cohort_store_delete_person:
 * @person_id: a person on no roster at all
 * @undo: (out) (optional) (transfer full): what puts the person back, same id
 *
 * Deletes a person entered by mistake (a junk row of a list, a record typed
 * twice before anyone enrolled it). A person with any enrolment, withdrawn
 * ones included, is refused with %COHORT_STORE_ERROR_INVALID: their class
 * history stays.
 */
gboolean
cohort_store_delete_person (CohortStore       *self,
                            gint64             person_id,
                            CohortRosterUndo **undo,
                            GError           **error)
{
  g_autoptr(CohortRow) row = NULL;
  g_autofree char *classes = NULL;
  CohortRosterUndo *result;
  guint n_classes = 0;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);

  if (!_cohort_store_begin (self, error))
    return FALSE;
  result = _cohort_roster_undo_new ();

  row = _cohort_row_read (self, "person", person_id, error);
  if (row == NULL)
    return _cohort_store_finish (self, FALSE, result, undo, error);
  classes = dup_enrolled_classes (self, person_id, &n_classes, error);
  if (classes == NULL)
    return _cohort_store_finish (self, FALSE, result, undo, error);
  if (n_classes > 0)
    {
      g_autofree char *name = dup_person_name (self, person_id);

      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s cannot be deleted: they are on the roster of %s (withdrawn students "
                                "count too). If that enrolment was a mistake, remove it from the roster "
                                "first; if the record is a duplicate, merge it into the other one.",
                                "%s cannot be deleted: they are on the rosters of %s (withdrawn students "
                                "count too). If those enrolments were mistakes, remove them from the rosters "
                                "first; if the record is a duplicate, merge it into the other one.",
                                n_classes),
                   name, classes);
      return _cohort_store_finish (self, FALSE, result, undo, error);
    }

  if (!_cohort_row_delete (self, row, error))
    return _cohort_store_finish (self, FALSE, result, undo, error);
  _cohort_roster_undo_save (result, COHORT_ROW_DELETED, g_steal_pointer (&row));
  return finish_with_people (self, TRUE, result, undo, error);
}

/* Removing enrolments ------------------------------------------------------------- */

/**
 * cohort_store_remove_enrolments:
 * @enrolment_ids: (array length=n): enrolments made by mistake
 * @undo: (out) (optional) (transfer full): what puts them back: same ids,
 *   roster numbers, statuses, notes and scores
 *
 * Takes the people off the rosters as if they had never been enrolled —
 * unlike withdrawing, which keeps them on the roster as "withdrawn". What
 * belongs to an enrolment (scores, Vietnamese checks, evaluations) goes
 * with it; an enrolment with a certificate recorded is refused.
 */
gboolean
cohort_store_remove_enrolments (CohortStore       *self,
                                const gint64      *enrolment_ids,
                                guint              n,
                                CohortRosterUndo **undo,
                                GError           **error)
{
  CohortRosterUndo *result;
  gboolean ok = TRUE;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (enrolment_ids != NULL || n == 0, FALSE);

  if (!_cohort_store_begin (self, error))
    return FALSE;
  result = _cohort_roster_undo_new ();
  for (guint i = 0; ok && i < n; i++)
    {
      CohortRow *row = _cohort_row_read (self, "enrolment", enrolment_ids[i], error);

      ok = row != NULL && delete_enrolment (self, row, result, error);
    }
  return _cohort_store_finish (self, ok, result, undo, error);
}

/* Deleting a class ---------------------------------------------------------------- */

/**
 * cohort_store_delete_class:
 * @class_id: a class with nobody on its roster
 * @undo: (out) (optional) (transfer full): what puts the class back, same id
 *
 * Deletes a class opened by mistake. A class with any enrolment, withdrawn
 * ones included, is refused with %COHORT_STORE_ERROR_INVALID.
 */
gboolean
cohort_store_delete_class (CohortStore       *self,
                           gint64             class_id,
                           CohortRosterUndo **undo,
                           GError           **error)
{
  g_autoptr(CohortRow) row = NULL;
  CohortRosterUndo *result;
  gint64 enrolled;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);

  if (!_cohort_store_begin (self, error))
    return FALSE;
  result = _cohort_roster_undo_new ();

  row = _cohort_row_read (self, "class", class_id, error);
  if (row == NULL)
    return _cohort_store_finish (self, FALSE, result, undo, error);
  enrolled = count_rows (self, "SELECT count(*) FROM enrolment WHERE class_id = ?", class_id, error);
  if (enrolled < 0)
    return _cohort_store_finish (self, FALSE, result, undo, error);
  if (enrolled > 0)
    {
      g_autofree char *label = dup_class_label (_cohort_row_get_text (row, "code"),
                                                (int) _cohort_row_get_int (row, "year"));

      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Class %s cannot be deleted: %lld student is on its roster (withdrawn "
                                "students count too). Only a class with nobody on its roster can be deleted; "
                                "move or remove the student first.",
                                "Class %s cannot be deleted: %lld students are on its roster (withdrawn "
                                "students count too). Only a class with nobody on its roster can be deleted; "
                                "move or remove the students first.",
                                (gulong) enrolled),
                   label, (long long) enrolled);
      return _cohort_store_finish (self, FALSE, result, undo, error);
    }

  /* Its row of class_tally goes with it (ON DELETE CASCADE); putting the
   * class back makes it again, at zero, as for a new class. */
  if (!_cohort_row_delete (self, row, error))
    return _cohort_store_finish (self, FALSE, result, undo, error);
  _cohort_roster_undo_save (result, COHORT_ROW_DELETED, g_steal_pointer (&row));
  return _cohort_store_finish (self, TRUE, result, undo, error);
}

/* Merging two people --------------------------------------------------------------- */

void
cohort_merge_clash_free (CohortMergeClash *clash)
{
  if (clash == NULL)
    return;
  g_free (clash->class_code);
  g_free (clash->kept_status);
  g_free (clash->dropped_status);
  g_free (clash);
}

/* Which of two enrolments in one class says more: a certificate, then a
 * result, then studying, deferred, withdrawn. */
static int
enrolment_weight (const char *status,
                  gint64      credentials)
{
  static const char *const order[] = { "withdrawn", "deferred", "studying", "not-graduated", "graduated" };
  int weight = 0;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (g_strcmp0 (status, order[i]) == 0)
      weight = (int) i;
  return weight + (credentials > 0 ? 100 : 0);
}

/**
 * cohort_store_list_merge_clashes:
 * @keep_id: the person who stays
 * @other_id: the person merged into them
 *
 * The classes both are on the roster of: only one enrolment can stay there.
 * The one that says more stays (a certificate, a result, then studying,
 * deferred, withdrawn); when they say as much, the kept person's.
 *
 * Returns: (transfer full) (element-type CohortMergeClash): the clashes, maybe none
 */
GPtrArray *
cohort_store_list_merge_clashes (CohortStore  *self,
                                 gint64        keep_id,
                                 gint64        other_id,
                                 GError      **error)
{
  g_autoptr(GPtrArray) clashes = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_merge_clash_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  stmt = _cohort_store_prepare (self,
                                "SELECT c.id, c.code, c.year, k.id, k.status, o.id, o.status, "
                                "(SELECT count(*) FROM credential WHERE enrolment_id = k.id), "
                                "(SELECT count(*) FROM credential WHERE enrolment_id = o.id) "
                                "FROM enrolment k JOIN enrolment o ON o.class_id = k.class_id "
                                "JOIN class c ON c.id = k.class_id "
                                "WHERE k.person_id = ?1 AND o.person_id = ?2 "
                                "ORDER BY c.start_date, c.code", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, keep_id);
  sqlite3_bind_int64 (stmt, 2, other_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CohortMergeClash *clash = g_new0 (CohortMergeClash, 1);
      const char *keep_status = (const char *) sqlite3_column_text (stmt, 4);
      const char *other_status = (const char *) sqlite3_column_text (stmt, 6);
      gboolean other_wins = enrolment_weight (other_status, sqlite3_column_int64 (stmt, 8))
                            > enrolment_weight (keep_status, sqlite3_column_int64 (stmt, 7));

      clash->class_id = sqlite3_column_int64 (stmt, 0);
      clash->class_code = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      clash->year = sqlite3_column_int (stmt, 2);
      clash->kept_is_other = other_wins;
      clash->kept_enrolment = sqlite3_column_int64 (stmt, other_wins ? 5 : 3);
      clash->dropped_enrolment = sqlite3_column_int64 (stmt, other_wins ? 3 : 5);
      clash->kept_status = g_strdup (other_wins ? other_status : keep_status);
      clash->dropped_status = g_strdup (other_wins ? keep_status : other_status);
      g_ptr_array_add (clashes, clash);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&clashes);
}

/* Writes the values of @kept over its row, and fills the columns a
 * CohortPerson does not carry from @other_id where @kept has none. */
static gboolean
write_kept_person (CohortStore   *self,
                   CohortPerson  *kept,
                   gint64         other_id,
                   GError       **error)
{
  g_autoptr(CohortPerson) old = cohort_store_get_person (self, cohort_person_get_id (kept), error);
  g_autofree char *old_json = NULL;
  GString *new_json;
  sqlite3_stmt *stmt;
  gboolean ok;

  if (old == NULL)
    return FALSE;
  stmt = _cohort_store_prepare (self, COHORT_PERSON_UPDATE_SQL, error);
  if (stmt == NULL)
    return FALSE;
  _cohort_store_bind_person (stmt, kept);
  sqlite3_bind_int64 (stmt, COHORT_PERSON_N_INSERT_VALUES + 1, cohort_person_get_id (kept));
  if (!_cohort_store_step_done (self, stmt, error))
    return FALSE;

  stmt = _cohort_store_prepare (self,
                                "UPDATE person SET "
                                "hometown_province_id = coalesce (hometown_province_id, "
                                "(SELECT hometown_province_id FROM person WHERE id = ?2)), "
                                "llct_level = coalesce (llct_level, (SELECT llct_level FROM person WHERE id = ?2)), "
                                "qlnn_level = coalesce (qlnn_level, (SELECT qlnn_level FROM person WHERE id = ?2)) "
                                "WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cohort_person_get_id (kept));
  sqlite3_bind_int64 (stmt, 2, other_id);
  if (!_cohort_store_step_done (self, stmt, error))
    return FALSE;

  old_json = _cohort_store_person_json (old);
  new_json = g_string_new (NULL);
  _cohort_store_append_person_json (new_json, kept);
  g_string_truncate (new_json, new_json->len - 1);
  cohort_json_append_int (new_json, "merged_from", other_id);
  g_string_append_c (new_json, '}');
  ok = _cohort_store_audit (self, "person", cohort_person_get_id (kept), "update", old_json, new_json->str, error);
  g_string_free (new_json, TRUE);
  return ok;
}

/* Moves every enrolment @other_id still has to @keep_id. */
static gboolean
move_enrolments (CohortStore       *self,
                 gint64             keep_id,
                 gint64             other_id,
                 CohortRosterUndo  *undo,
                 GError           **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  gboolean ok = TRUE;

  if (!_cohort_rows_read (self, "enrolment", "person_id", other_id, rows, error))
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      CohortRow *row = g_ptr_array_index (rows, i);
      g_autofree char *old_json = NULL;
      g_autofree char *new_json = NULL;
      sqlite3_stmt *stmt;

      if (!ok)
        {
          _cohort_row_free (row);
          continue;
        }
      stmt = _cohort_store_prepare (self, "UPDATE enrolment SET person_id = ? WHERE id = ?", error);
      if (stmt == NULL)
        {
          ok = FALSE;
          _cohort_row_free (row);
          continue;
        }
      sqlite3_bind_int64 (stmt, 1, keep_id);
      sqlite3_bind_int64 (stmt, 2, _cohort_row_get_id (row));
      if (!_cohort_store_step_done (self, stmt, error))
        ok = FALSE;
      if (ok)
        {
          old_json = _cohort_row_to_json (row);
          new_json = g_strdup_printf ("{\"person_id\":%" G_GINT64_FORMAT "}", keep_id);
          ok = _cohort_store_audit (self, "enrolment", _cohort_row_get_id (row), "update", old_json, new_json,
                                    error);
        }
      _cohort_roster_undo_save (undo, COHORT_ROW_CHANGED, row);
    }
  return ok;
}

/**
 * cohort_store_merge_people:
 * @kept: the person who stays (its id) with the values chosen for each field;
 *   its sort key and search text are computed again
 * @other_id: the record of the same person that goes
 * @undo: (out) (optional) (transfer full): what puts both people and every
 *   enrolment back
 *
 * Merges two records of one person: @kept gets its values, every enrolment
 * of @other_id moves to @kept (where both are on one roster, the enrolment
 * cohort_store_list_merge_clashes() names stays and the other is removed),
 * and @other_id is deleted. One transaction, every row audited.
 */
gboolean
cohort_store_merge_people (CohortStore       *self,
                           CohortPerson      *kept,
                           gint64             other_id,
                           CohortRosterUndo **undo,
                           GError           **error)
{
  g_autoptr(GPtrArray) clashes = NULL;
  CohortRow *keep_row = NULL;
  g_autoptr(CohortRow) other_row = NULL;
  CohortRosterUndo *result;
  gint64 keep_id;
  gboolean ok;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (COHORT_IS_PERSON (kept), FALSE);

  keep_id = cohort_person_get_id (kept);
  if (keep_id == other_id)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("A person cannot be merged with themselves. Choose two different records."));
      return FALSE;
    }
  if (!_cohort_store_check_person (kept, error) || !_cohort_store_begin (self, error))
    return FALSE;
  result = _cohort_roster_undo_new ();

  keep_row = _cohort_row_read (self, "person", keep_id, error);
  other_row = keep_row ? _cohort_row_read (self, "person", other_id, error) : NULL;
  clashes = other_row ? cohort_store_list_merge_clashes (self, keep_id, other_id, error) : NULL;
  if (clashes == NULL)
    {
      _cohort_row_free (keep_row);
      return _cohort_store_finish (self, FALSE, result, undo, error);
    }

  _cohort_roster_undo_save (result, COHORT_ROW_CHANGED, keep_row);
  ok = write_kept_person (self, kept, other_id, error);

  /* One enrolment a class: the other goes first, so that the one kept can move. */
  for (guint i = 0; ok && i < clashes->len; i++)
    {
      CohortMergeClash *clash = g_ptr_array_index (clashes, i);
      CohortRow *row = _cohort_row_read (self, "enrolment", clash->dropped_enrolment, error);

      ok = row != NULL && delete_enrolment (self, row, result, error);
    }
  if (ok)
    ok = move_enrolments (self, keep_id, other_id, result, error);
  if (ok)
    ok = _cohort_row_delete (self, other_row, error);
  if (ok)
    _cohort_roster_undo_save (result, COHORT_ROW_DELETED, g_steal_pointer (&other_row));
  return finish_with_people (self, ok, result, undo, error);
}
