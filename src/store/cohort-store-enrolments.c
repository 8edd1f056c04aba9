/* cohort-store-enrolments.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Changes to rosters: enrol, move, withdraw, defer, renumber. Each runs in one
 * transaction, writes an audit row per enrolment it touches, and hands back a
 * CohortRosterUndo that puts every touched row back as it was — also for the
 * corrections of cohort-store-corrections.c, which save whole rows.
 */
#define G_LOG_DOMAIN "cohort-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cohort-date.h"
#include "cohort-json.h"
#include "cohort-store-private.h"

typedef struct
{
  gint64  id;
  gint64  class_id;
  gint64  person_id;
  int     roster_no;   /* 0: none */
  char   *status;
  /* why, since when and by which decision a student was withdrawn or deferred */
  char   *reason;
  char   *date;
  char   *decision;
} EnrolmentRow;

#define MAX_REASON_CHARS   200
#define MAX_DECISION_CHARS 40

static void
enrolment_row_clear (EnrolmentRow *row)
{
  g_free (row->status);
  g_free (row->reason);
  g_free (row->date);
  g_free (row->decision);
}

CohortRosterUndo *
_cohort_roster_undo_new (void)
{
  CohortRosterUndo *undo = g_new0 (CohortRosterUndo, 1);

  undo->rows = g_array_new (FALSE, TRUE, sizeof (EnrolmentRow));
  g_array_set_clear_func (undo->rows, (GDestroyNotify) enrolment_row_clear);
  undo->created = g_array_new (FALSE, FALSE, sizeof (gint64));
  undo->changes = g_array_new (FALSE, FALSE, sizeof (CohortRowChange));
  undo->saved = g_ptr_array_new_with_free_func ((GDestroyNotify) _cohort_row_free);
  return undo;
}

/* Keeps @row (taking it) to put back on Undo, after what was saved before. */
void
_cohort_roster_undo_save (CohortRosterUndo *undo,
                          CohortRowChange   change,
                          CohortRow        *row)
{
  g_array_append_val (undo->changes, change);
  g_ptr_array_add (undo->saved, row);
  if (g_str_equal (_cohort_row_get_table (row), "person"))
    undo->people = TRUE;
}

void
cohort_roster_undo_free (CohortRosterUndo *undo)
{
  if (undo == NULL)
    return;
  g_array_unref (undo->rows);
  g_array_unref (undo->created);
  g_array_unref (undo->changes);
  g_ptr_array_unref (undo->saved);
  g_free (undo);
}

static char *
row_json (const EnrolmentRow *row)
{
  GString *s = g_string_new ("{");

  cohort_json_append_int (s, "class_id", row->class_id);
  cohort_json_append_int (s, "person_id", row->person_id);
  if (row->roster_no > 0)
    cohort_json_append_int (s, "roster_no", row->roster_no);
  cohort_json_append_member (s, "status", row->status);
  if (row->reason != NULL)
    cohort_json_append_member (s, "status_reason", row->reason);
  if (row->date != NULL)
    cohort_json_append_member (s, "status_date", row->date);
  if (row->decision != NULL)
    cohort_json_append_member (s, "status_decision", row->decision);
  g_string_append_c (s, '}');
  return g_string_free (s, FALSE);
}

static gboolean
read_row (CohortStore   *self,
          gint64         id,
          EnrolmentRow  *row,
          GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _cohort_store_prepare (self, "SELECT class_id, person_id, roster_no, status, status_reason, "
                                "status_date, status_decision FROM enrolment WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      row->id = id;
      row->class_id = sqlite3_column_int64 (stmt, 0);
      row->person_id = sqlite3_column_int64 (stmt, 1);
      row->roster_no = sqlite3_column_int (stmt, 2);
      row->status = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      row->reason = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      row->date = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      row->decision = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND,
                   _("A student was taken off this roster in the meantime. Reopen the class and try again."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return _cohort_store_set_error (self, rc, error);
  return TRUE;
}

/* Writes @row over the enrolment @row->id, with an audit row from @old. */
static gboolean
write_row (CohortStore         *self,
           const EnrolmentRow  *old,
           const EnrolmentRow  *row,
           GError             **error)
{
  g_autofree char *old_json = row_json (old);
  g_autofree char *new_json = row_json (row);
  sqlite3_stmt *stmt;
  int rc;

  if (g_strcmp0 (old_json, new_json) == 0)
    return TRUE;

  stmt = _cohort_store_prepare (self, "UPDATE enrolment SET class_id = ?, roster_no = ?, status = ?, "
                                "status_reason = ?, status_date = ?, status_decision = ? WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row->class_id);
  if (row->roster_no > 0)
    sqlite3_bind_int (stmt, 2, row->roster_no);
  else
    sqlite3_bind_null (stmt, 2);
  sqlite3_bind_text (stmt, 3, row->status, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, row->reason, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, row->date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, row->decision, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 7, row->id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_CONSTRAINT)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_DUPLICATE,
                   _("The student is already on the roster of that class."));
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    return _cohort_store_set_error (self, rc, error);
  return _cohort_store_audit (self, "enrolment", row->id, "update", old_json, new_json, error);
}

static int
next_roster_no (CohortStore  *self,
                gint64        class_id,
                GError      **error)
{
  sqlite3_stmt *stmt;
  int next = -1;

  stmt = _cohort_store_prepare (self, "SELECT coalesce (max (roster_no), 0) + 1 FROM enrolment WHERE class_id = ?",
                                error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, class_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    next = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return next;
}

static gboolean
class_exists (CohortStore  *self,
              gint64        class_id,
              GError      **error)
{
  g_autoptr(CohortClass) klass = cohort_store_get_class (self, class_id, error);

  return klass != NULL;
}

/* Commits what an action wrote and hands its undo over, or rolls it all back. */
gboolean
_cohort_store_finish (CohortStore       *self,
        gboolean           ok,
        CohortRosterUndo  *undo,
        CohortRosterUndo **out_undo,
        GError           **error)
{
  if (ok && _cohort_store_commit (self, error))
    {
      if (out_undo)
        *out_undo = undo;
      else
        cohort_roster_undo_free (undo);
      return TRUE;
    }
  _cohort_store_rollback (self);
  cohort_roster_undo_free (undo);
  return FALSE;
}

/* Enrols the people at the end of the roster, inside the caller's
 * transaction; what it creates goes into @undo when given. */
gboolean
_cohort_store_enrol_rows (CohortStore       *self,
                          gint64             class_id,
                          const gint64      *person_ids,
                          guint              n_people,
                          CohortRosterUndo  *undo,
                          GError           **error)
{
  int next = next_roster_no (self, class_id, error);

  if (next <= 0)
    return FALSE;
  for (guint i = 0; i < n_people; i++)
    {
      EnrolmentRow row = { 0, class_id, person_ids[i], next++, (char *) "studying" };
      g_autofree char *json = NULL;
      sqlite3_stmt *stmt;
      int rc;

      stmt = _cohort_store_prepare (self, "INSERT INTO enrolment (class_id, person_id, roster_no, status) "
                                    "VALUES (?, ?, ?, 'studying')", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, class_id);
      sqlite3_bind_int64 (stmt, 2, person_ids[i]);
      sqlite3_bind_int (stmt, 3, row.roster_no);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc == SQLITE_CONSTRAINT)
        {
          g_autoptr(CohortPerson) person = cohort_store_get_person (self, person_ids[i], NULL);
          g_autofree char *name = person ? cohort_person_dup_full_name (person) : g_strdup ("?");

          g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_DUPLICATE,
                       _("%s is already on this roster. Nobody was enrolled."), name);
          return FALSE;
        }
      if (rc != SQLITE_DONE)
        return _cohort_store_set_error (self, rc, error);
      row.id = sqlite3_last_insert_rowid (self->db);
      if (undo != NULL)
        g_array_append_val (undo->created, row.id);
      json = row_json (&row);
      if (!_cohort_store_audit (self, "enrolment", row.id, "create", NULL, json, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * cohort_store_enrol:
 * @class_id: the class
 * @person_ids: (array length=n_people): the people to put on its roster, in
 *   the order they get roster numbers
 * @undo: (out) (optional) (transfer full): what takes them off again
 *
 * Enrols the people at the end of the roster, all or none: a person already
 * on the roster stops the whole action with %COHORT_STORE_ERROR_DUPLICATE.
 */
gboolean
cohort_store_enrol (CohortStore       *self,
                    gint64             class_id,
                    const gint64      *person_ids,
                    guint              n_people,
                    CohortRosterUndo **undo,
                    GError           **error)
{
  CohortRosterUndo *result;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);

  if (!class_exists (self, class_id, error) || !_cohort_store_begin (self, error))
    return FALSE;
  result = _cohort_roster_undo_new ();
  return _cohort_store_finish (self, _cohort_store_enrol_rows (self, class_id, person_ids, n_people, result, error), result,
                 undo, error);
}

/* A note as it is stored: trimmed, %NULL when empty; %FALSE with @error set
 * when a value cannot be stored. */
static gboolean
check_note (const CohortStatusNote  *note,
            const char              *status,
            EnrolmentRow            *into,
            GError                 **error)
{
  g_autofree char *reason = note && note->reason ? g_strstrip (g_strdup (note->reason)) : NULL;
  g_autofree char *decision = note && note->decision ? g_strstrip (g_strdup (note->decision)) : NULL;
  const char *date = note && note->date && *note->date ? note->date : NULL;
  int year, month, day;

  if (g_str_equal (status, "studying") && ((reason && *reason) || (decision && *decision) || date))
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("A reason, date or decision is kept only for students who are withdrawn or deferred."));
      return FALSE;
    }
  if (reason != NULL && g_utf8_strlen (reason, -1) > MAX_REASON_CHARS)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("The reason is longer than %d characters. Shorten it."), MAX_REASON_CHARS);
      return FALSE;
    }
  if (decision != NULL && g_utf8_strlen (decision, -1) > MAX_DECISION_CHARS)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("The decision number is longer than %d characters. Write only its number and symbol, "
                     "e.g. 15/QĐ-TCT."), MAX_DECISION_CHARS);
      return FALSE;
    }
  if (date != NULL && (!cohort_date_parse_iso (date, &year, &month, &day) || month == 0 || year < 1990 ||
                       year > 2100))
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("“%s” is not a date Cohort can keep. Write it as dd/mm/yyyy."), date);
      return FALSE;
    }
  into->reason = reason && *reason ? g_steal_pointer (&reason) : NULL;
  into->decision = decision && *decision ? g_steal_pointer (&decision) : NULL;
  into->date = g_strdup (date);
  return TRUE;
}

/**
 * cohort_store_set_enrolment_status:
 * @enrolment_ids: (array length=n): the enrolments
 * @status: "studying", "deferred" or "withdrawn"
 * @undo: (out) (optional) (transfer full): what puts the old statuses back
 *
 * The same as cohort_store_set_enrolment_status_noted() without a note.
 */
gboolean
cohort_store_set_enrolment_status (CohortStore       *self,
                                   const gint64      *enrolment_ids,
                                   guint              n,
                                   const char        *status,
                                   CohortRosterUndo **undo,
                                   GError           **error)
{
  return cohort_store_set_enrolment_status_noted (self, enrolment_ids, n, status, NULL, undo, error);
}

/**
 * cohort_store_set_enrolment_status_noted:
 * @enrolment_ids: (array length=n): the enrolments
 * @status: "studying", "deferred" or "withdrawn"
 * @note: (nullable): why, since when and by which decision, for "deferred"
 *   and "withdrawn"; reinstating ("studying") clears the note
 * @undo: (out) (optional) (transfer full): what puts the old statuses and
 *   notes back
 */
gboolean
cohort_store_set_enrolment_status_noted (CohortStore             *self,
                                         const gint64            *enrolment_ids,
                                         guint                    n,
                                         const char              *status,
                                         const CohortStatusNote  *note,
                                         CohortRosterUndo       **undo,
                                         GError                 **error)
{
  CohortRosterUndo *result;
  EnrolmentRow noted = { 0 };
  gboolean ok = TRUE;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_strcmp0 (status, "studying") == 0 || g_strcmp0 (status, "deferred") == 0 ||
                        g_strcmp0 (status, "withdrawn") == 0, FALSE);

  if (!check_note (note, status, &noted, error) || !_cohort_store_begin (self, error))
    {
      enrolment_row_clear (&noted);
      return FALSE;
    }

  result = _cohort_roster_undo_new ();
  for (guint i = 0; ok && i < n; i++)
    {
      EnrolmentRow old = { 0 }, row;

      ok = read_row (self, enrolment_ids[i], &old, error);
      if (!ok)
        break;
      row = old;
      row.status = (char *) status;
      row.reason = noted.reason;
      row.date = noted.date;
      row.decision = noted.decision;
      ok = write_row (self, &old, &row, error);
      g_array_append_val (result->rows, old);
    }

  enrolment_row_clear (&noted);
  return _cohort_store_finish (self, ok, result, undo, error);
}

/**
 * cohort_store_move_enrolments:
 * @enrolment_ids: (array length=n): the enrolments, all of one class
 * @class_id: the class they move to; they get the next roster numbers there
 * @undo: (out) (optional) (transfer full): what moves them back
 */
gboolean
cohort_store_move_enrolments (CohortStore       *self,
                              const gint64      *enrolment_ids,
                              guint              n,
                              gint64             class_id,
                              CohortRosterUndo **undo,
                              GError           **error)
{
  CohortRosterUndo *result;
  gboolean ok;
  int next;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);

  if (!class_exists (self, class_id, error) || !_cohort_store_begin (self, error))
    return FALSE;

  result = _cohort_roster_undo_new ();
  next = next_roster_no (self, class_id, error);
  ok = next > 0;
  for (guint i = 0; ok && i < n; i++)
    {
      EnrolmentRow old = { 0 }, row;

      ok = read_row (self, enrolment_ids[i], &old, error);
      if (!ok)
        break;
      g_array_append_val (result->rows, old);
      if (old.class_id == class_id)
        {
          g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                       _("The students are already in that class. Choose another class."));
          ok = FALSE;
          break;
        }
      row = old;
      row.class_id = class_id;
      row.roster_no = next++;
      ok = write_row (self, &old, &row, error);
    }

  return _cohort_store_finish (self, ok, result, undo, error);
}

/**
 * cohort_store_renumber_roster:
 * @undo: (out) (optional) (transfer full): what puts the old numbers back
 *
 * Numbers the roster 1, 2, 3… in roster order (given, middle, family name);
 * withdrawn students lose their number.
 */
gboolean
cohort_store_renumber_roster (CohortStore       *self,
                              gint64             class_id,
                              CohortRosterUndo **undo,
                              GError           **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  CohortRosterUndo *result;
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;
  int next = 1;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);

  if (!class_exists (self, class_id, error) || !_cohort_store_begin (self, error))
    return FALSE;

  result = _cohort_roster_undo_new ();
  stmt = _cohort_store_prepare (self, "SELECT e.id FROM enrolment e JOIN person p ON p.id = e.person_id "
                                "WHERE e.class_id = ? ORDER BY e.status = 'withdrawn', p.sort_key, p.id", error);
  if (stmt == NULL)
    return _cohort_store_finish (self, FALSE, result, undo, error);
  sqlite3_bind_int64 (stmt, 1, class_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _cohort_store_finish (self, _cohort_store_set_error (self, rc, error), result, undo, error);

  for (guint i = 0; ok && i < ids->len; i++)
    {
      EnrolmentRow old = { 0 }, row;

      ok = read_row (self, g_array_index (ids, gint64, i), &old, error);
      if (!ok)
        break;
      row = old;
      row.roster_no = g_strcmp0 (old.status, "withdrawn") == 0 ? 0 : next++;
      ok = write_row (self, &old, &row, error);
      g_array_append_val (result->rows, old);
    }

  return _cohort_store_finish (self, ok, result, undo, error);
}

/**
 * cohort_store_undo:
 * @undo: what an action handed back
 *
 * Puts every enrolment the action touched back as it was, and removes those
 * it created, in one transaction with audit rows.
 */
gboolean
cohort_store_undo (CohortStore       *self,
                   CohortRosterUndo  *undo,
                   GError           **error)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (undo != NULL, FALSE);

  if (!_cohort_store_begin (self, error))
    return FALSE;

  /* Whole rows backwards: the last change is undone first, so that a person
   * is back before the enrolments that point to them. */
  for (guint i = undo->saved->len; ok && i > 0; i--)
    {
      const CohortRow *row = g_ptr_array_index (undo->saved, i - 1);

      if (g_array_index (undo->changes, CohortRowChange, i - 1) == COHORT_ROW_DELETED)
        ok = _cohort_row_insert (self, row, error);
      else
        ok = _cohort_row_overwrite (self, row, error);
    }

  for (guint i = 0; ok && i < undo->created->len; i++)
    {
      EnrolmentRow old = { 0 };
      g_autofree char *json = NULL;
      sqlite3_stmt *stmt;

      ok = read_row (self, g_array_index (undo->created, gint64, i), &old, error);
      if (!ok)
        break;
      json = row_json (&old);
      enrolment_row_clear (&old);
      stmt = _cohort_store_prepare (self, "DELETE FROM enrolment WHERE id = ?", error);
      if (stmt == NULL)
        {
          ok = FALSE;
          break;
        }
      sqlite3_bind_int64 (stmt, 1, old.id);
      ok = _cohort_store_step_done (self, stmt, error) &&
           _cohort_store_audit (self, "enrolment", old.id, "delete", json, NULL, error);
    }

  /* Backwards, so that a row touched twice ends as it was first. */
  for (guint i = undo->rows->len; ok && i > 0; i--)
    {
      const EnrolmentRow *row = &g_array_index (undo->rows, EnrolmentRow, i - 1);
      EnrolmentRow now = { 0 };

      ok = read_row (self, row->id, &now, error);
      if (ok)
        ok = write_row (self, &now, row, error);
      enrolment_row_clear (&now);
    }

  if (ok && _cohort_store_commit (self, error))
    {
      if (undo->people)
        g_atomic_int_inc (&self->generation);
      return TRUE;
    }
  _cohort_store_rollback (self);
  return FALSE;
}
