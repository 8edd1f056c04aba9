/* cohort-store-import.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing the people of an imported list: all of them or none.
 */
#define G_LOG_DOMAIN "cohort-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cohort-check.h"
#include "cohort-json.h"
#include "cohort-store-private.h"

/* From this many people on, an import builds the indexes and the search
 * index once after writing, rather than row by row. */
#define BULK_ROWS 5000

/* New people and their audit rows go in this many to a statement. The CHECK
 * constraints of person and audit_log that list three values or more make
 * SQLite build a small table for each list every time a statement runs:
 * with one row a statement, that took longer than the row itself. */
#define BATCH_ROWS 64
#define PERSON_PARAMS (1 + COHORT_PERSON_N_INSERT_VALUES)   /* the id, then the rest */

/* The new people of the list, written a batch at a time with the ids
 * SQLite would give them one by one: the next after the highest. */
typedef struct
{
  CohortStore  *store;
  gint64        first_id;                /* of pending[0] */
  CohortPerson *pending[BATCH_ROWS];     /* checked, not written yet */
  guint         n_pending;
  GString      *json;
} Writer;

/* The statements for one row ([0]) and for a whole batch ([1]). */
static const char *
people_sql (guint n_rows)
{
  static char *sql[2];

  if (g_once_init_enter (&sql[1]))
    {
      char *made[2];

      for (guint b = 0; b < 2; b++)
        {
          GString *s = g_string_new ("INSERT INTO person (id, " COHORT_PERSON_INSERT_COLUMNS ") VALUES ");

          for (guint r = 0; r < (b ? BATCH_ROWS : 1); r++)
            g_string_append (s, r ? ", (?, " COHORT_PERSON_INSERT_VALUES ")"
                                  : "(?, " COHORT_PERSON_INSERT_VALUES ")");
          made[b] = g_string_free (s, FALSE);
        }
      sql[0] = made[0];
      g_once_init_leave (&sql[1], made[1]);
    }
  return sql[n_rows > 1];
}

static const char *
audit_sql (guint n_rows)
{
  static char *sql[2];

  if (g_once_init_enter (&sql[1]))
    {
      char *made[2];

      for (guint b = 0; b < 2; b++)
        {
          GString *s = g_string_new ("INSERT INTO audit_log (entity, entity_id, action, old_value, new_value) "
                                     "VALUES ");

          for (guint r = 0; r < (b ? BATCH_ROWS : 1); r++)
            g_string_append (s, r ? ", ('person', ?, 'create', NULL, ?)" : "('person', ?, 'create', NULL, ?)");
          made[b] = g_string_free (s, FALSE);
        }
      sql[0] = made[0];
      g_once_init_leave (&sql[1], made[1]);
    }
  return sql[n_rows > 1];
}

static gboolean
step_once (CohortStore   *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);   /* frees the copies of the values now */
  if (rc != SQLITE_DONE)
    return _cohort_store_set_error (self, rc, error);
  return TRUE;
}

/* Writes @n pending people from @from (1, or the whole batch) with their
 * audit rows. */
static gboolean
write_people (Writer   *w,
              guint     from,
              guint     n,
              GError  **error)
{
  sqlite3_stmt *stmt = _cohort_store_prepare (w->store, people_sql (n), error);

  if (stmt == NULL)
    return FALSE;
  for (guint k = 0; k < n; k++)
    {
      sqlite3_bind_int64 (stmt, k * PERSON_PARAMS + 1, w->first_id + from + k);
      _cohort_store_bind_person_at (stmt, k * PERSON_PARAMS + 2, w->pending[from + k]);
    }
  if (!step_once (w->store, stmt, error))
    return FALSE;

  stmt = _cohort_store_prepare (w->store, audit_sql (n), error);
  if (stmt == NULL)
    return FALSE;
  for (guint k = 0; k < n; k++)
    {
      gint64 id = w->first_id + from + k;

      cohort_person_set_id (w->pending[from + k], id);
      g_string_truncate (w->json, 0);
      _cohort_store_append_person_json (w->json, w->pending[from + k]);
      sqlite3_bind_int64 (stmt, 2 * k + 1, id);
      sqlite3_bind_text (stmt, 2 * k + 2, w->json->str, (int) w->json->len, SQLITE_TRANSIENT);
    }
  if (!step_once (w->store, stmt, error))
    return FALSE;
  g_atomic_int_inc (&w->store->generation);
  return TRUE;
}

static void
set_person_error (CohortPerson  *person,
                  const char    *problem,
                  GError       **error)
{
  g_autofree char *name = cohort_person_dup_full_name (person);

  if (*name == '\0')
    {
      g_free (name);
      name = cohort_person_dup_lao_name (person);
    }
  /* Translators: "Nguyễn Văn An: The citizen ID number … Nothing was imported." */
  g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID, _("%s: %s Nothing was imported."), name,
               problem);
}

/* Writes the pending people. When a batch is refused, its rows are tried
 * one by one to name the person the database refused. */
static gboolean
writer_flush (Writer  *w,
              GError **error)
{
  g_autoptr(GError) batch_error = NULL;

  if (w->n_pending == 0)
    return TRUE;
  if (w->n_pending == BATCH_ROWS && !write_people (w, 0, BATCH_ROWS, &batch_error) &&
      sqlite3_get_autocommit (w->store->db))
    {
      /* A full disk or an I/O error made SQLite roll the whole import
       * back: a row written now would be written on its own, and kept. */
      g_propagate_error (error, g_steal_pointer (&batch_error));
      return FALSE;
    }
  if (w->n_pending < BATCH_ROWS || batch_error != NULL)
    for (guint k = 0; k < w->n_pending; k++)
      {
        g_autoptr(GError) row_error = NULL;

        if (!write_people (w, k, 1, &row_error))
          {
            /* the database refused this person; unless the disk did */
            if (sqlite3_get_autocommit (w->store->db))
              g_propagate_error (error, g_steal_pointer (&row_error));
            else
              set_person_error (w->pending[k], row_error->message, error);
            return FALSE;
          }
      }
  w->first_id += w->n_pending;
  w->n_pending = 0;
  return TRUE;
}

/* Checks @person and queues it; its id is known at once. */
static gboolean
writer_add (Writer        *w,
            CohortPerson  *person,
            gint64        *id,
            GError       **error)
{
  g_autofree char *problem = cohort_check_person (person, NULL);

  if (problem != NULL)
    {
      set_person_error (person, problem, error);
      return FALSE;
    }
  *id = w->first_id + w->n_pending;
  w->pending[w->n_pending++] = person;
  return w->n_pending < BATCH_ROWS || writer_flush (w, error);
}

/* What a large import takes apart in its transaction and puts back. */
typedef struct
{
  GPtrArray *indexes;        /* CREATE INDEX statements */
  char      *trigger;        /* CREATE TRIGGER person_fts_insert */
} Bulk;

static void
bulk_clear (Bulk *bulk)
{
  g_clear_pointer (&bulk->indexes, g_ptr_array_unref);
  g_clear_pointer (&bulk->trigger, g_free);
}

static gboolean
query_int64 (CohortStore  *self,
             const char   *sql,
             gint64       *value,
             GError      **error)
{
  sqlite3_stmt *stmt = _cohort_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return _cohort_store_set_error (self, rc, error);
  return TRUE;
}

/* Inside the transaction: without the person and enrolment indexes and the
 * trigger that adds each new person to the search index, a row costs one
 * insert into person, and FTS5 does not write a segment for every person
 * (the trigger makes each insert a statement transaction of its own, and
 * FTS5 flushes its pending terms at the end of each). */
static gboolean
bulk_begin (CohortStore  *self,
            Bulk         *bulk,
            GError      **error)
{
  bulk->indexes = _cohort_store_drop_indexes (self, error);
  if (bulk->indexes == NULL)
    return FALSE;
  bulk->trigger = _cohort_store_drop_search_trigger (self, error);
  return bulk->trigger != NULL;
}

/* The new people into the search index in one statement, then the indexes
 * and the trigger as they were. */
static gboolean
bulk_end (CohortStore         *self,
          Bulk                *bulk,
          gint64               last_id,
          CohortProgressFunc   progress,
          gpointer             user_data,
          GCancellable        *cancellable,
          GError             **error)
{
  sqlite3_stmt *stmt;

  stmt = _cohort_store_prepare (self, "INSERT INTO person_fts (rowid, search_text) "
                                "SELECT id, search_text FROM person WHERE id > ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, last_id);
  if (!_cohort_store_step_done (self, stmt, error))
    return FALSE;

  for (guint i = 0; i < bulk->indexes->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (progress != NULL)
        progress (0.6 + 0.3 * i / bulk->indexes->len, user_data);
      if (!_cohort_store_exec (self, g_ptr_array_index (bulk->indexes, i), error))
        return FALSE;
    }
  return _cohort_store_exec (self, bulk->trigger, error);
}

/* The import itself, in its own transaction: the list it came from, the people
 * it created (ids above @last_person) and linked, the enrolments it made (ids
 * above @last_enrolment), an audit row, and the last audit row it wrote, for
 * cohort_store_undo_import () to tell later changes apart. */
static gboolean
record_import (CohortStore               *self,
               const CohortImportSource  *source,
               gint64                     class_id,
               const gint64              *existing,
               guint                      n_people,
               gint64                     last_person,
               gint64                     last_enrolment,
               guint                      n_created,
               guint                      n_enrolled,
               gint64                    *import_id,
               GError                   **error)
{
  g_autoptr(GHashTable) linked = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GString) json = g_string_new ("{");
  sqlite3_stmt *stmt;
  gint64 id;

  for (guint i = 0; existing != NULL && i < n_people; i++)
    if (existing[i] != 0)
      g_hash_table_add (linked, (gpointer) &existing[i]);

  stmt = _cohort_store_prepare (self, "INSERT INTO import_batch (file_name, sheet, format, class_id, n_rows, "
                                "n_created, n_linked, n_enrolled, n_left_out) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, source && source->file_name ? source->file_name : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, source ? source->sheet : NULL, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, source ? source->format : NULL, -1, SQLITE_STATIC);
  if (class_id > 0)
    sqlite3_bind_int64 (stmt, 4, class_id);
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_int64 (stmt, 5, source && source->n_rows > 0 ? source->n_rows : n_people);
  sqlite3_bind_int64 (stmt, 6, n_created);
  sqlite3_bind_int64 (stmt, 7, g_hash_table_size (linked));
  sqlite3_bind_int64 (stmt, 8, n_enrolled);
  sqlite3_bind_int64 (stmt, 9, source ? source->n_left_out : 0);
  if (!step_once (self, stmt, error))
    return FALSE;
  id = sqlite3_last_insert_rowid (self->db);

  /* The new people have the ids after the highest before the import. */
  stmt = _cohort_store_prepare (self, "INSERT INTO import_person (import_id, person_id, created) "
                                "SELECT ?, id, 1 FROM person WHERE id > ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, last_person);
  if (!step_once (self, stmt, error))
    return FALSE;

  if (g_hash_table_size (linked) > 0)
    {
      GHashTableIter iter;
      gpointer key;

      stmt = _cohort_store_prepare (self, "INSERT OR IGNORE INTO import_person (import_id, person_id, created) "
                                    "VALUES (?, ?, 0)", error);
      if (stmt == NULL)
        return FALSE;
      g_hash_table_iter_init (&iter, linked);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          sqlite3_bind_int64 (stmt, 1, id);
          sqlite3_bind_int64 (stmt, 2, *(gint64 *) key);
          if (!step_once (self, stmt, error))
            return FALSE;
        }
    }

  if (class_id > 0)
    {
      stmt = _cohort_store_prepare (self, "INSERT INTO import_enrolment (import_id, enrolment_id) "
                                    "SELECT ?, id FROM enrolment WHERE id > ? AND class_id = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, last_enrolment);
      sqlite3_bind_int64 (stmt, 3, class_id);
      if (!step_once (self, stmt, error))
        return FALSE;
    }

  cohort_json_append_member (json, "file", source ? source->file_name : NULL);
  cohort_json_append_member (json, "sheet", source ? source->sheet : NULL);
  if (class_id > 0)
    cohort_json_append_int (json, "class_id", class_id);
  cohort_json_append_int (json, "created", n_created);
  cohort_json_append_int (json, "linked", g_hash_table_size (linked));
  cohort_json_append_int (json, "enrolled", n_enrolled);
  g_string_append_c (json, '}');
  if (!_cohort_store_audit (self, "import", id, "create", NULL, json->str, error))
    return FALSE;

  stmt = _cohort_store_prepare (self, "UPDATE import_batch SET audit_to = (SELECT max (id) FROM audit_log) "
                                "WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!_cohort_store_step_done (self, stmt, error))
    return FALSE;
  if (import_id != NULL)
    *import_id = id;
  return TRUE;
}

/**
 * cohort_store_import_people:
 * @class_id: the class to enrol everyone in, or 0
 * @people: (element-type CohortPerson): the people of the list, in its order
 * @existing: (array) (nullable): for each person, the id of the record already
 *   in Cohort it stands for (then nothing new is written for it), or 0
 * @source: (nullable): the list the people come from, for the import history
 * @import_id: (out) (optional): the import, in the history
 * @n_created: (out) (optional): how many people were new
 * @n_enrolled: (out) (optional): how many were put on the roster; those
 *   already on it, and a record that several rows of the list stand for
 *   after its first, stay as they are
 * @progress: (nullable): called now and then with the fraction done, from
 *   the calling thread
 *
 * Writes the new people and enrols everyone in one transaction, with an
 * audit row for each person and each enrolment, and records the import in
 * the history (cohort_store_list_imports ()) so that it can be undone. Any
 * failure, or @cancellable, leaves the database as it was.
 */
gboolean
cohort_store_import_people (CohortStore         *self,
                            gint64               class_id,
                            GPtrArray           *people,
                            const gint64        *existing,
                            const CohortImportSource *source,
                            gint64              *import_id,
                            guint               *n_created,
                            guint               *n_enrolled,
                            CohortProgressFunc   progress,
                            gpointer             user_data,
                            GCancellable        *cancellable,
                            GError             **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) linked = NULL;   /* records of @existing already in @ids */
  g_autoptr(GString) json = g_string_new (NULL);
  Writer writer = { self, 0, { NULL }, 0, json };
  sqlite3_stmt *on_roster = NULL;
  Bulk bulk = { NULL, NULL };
  gboolean is_bulk;
  double rows_share;
  gint64 last_id = 0, last_enrolment = 0;
  guint created = 0;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (people != NULL, FALSE);

  if (class_id > 0)
    {
      g_autoptr(CohortClass) klass = cohort_store_get_class (self, class_id, error);

      if (klass == NULL)
        return FALSE;
    }
  if (!_cohort_store_begin (self, error))
    return FALSE;
  is_bulk = people->len >= BULK_ROWS;
  /* What the measures of 100,000 people gave: the rows about half of the
   * time, then the search index, the other indexes and the commit. */
  rows_share = is_bulk ? 0.5 : 0.9;
  if (!query_int64 (self, "SELECT coalesce (max (id), 0) FROM person", &last_id, error) ||
      !query_int64 (self, "SELECT coalesce (max (id), 0) FROM enrolment", &last_enrolment, error))
    goto fail;
  writer.first_id = last_id + 1;
  if (is_bulk && !bulk_begin (self, &bulk, error))
    goto fail;
  if (class_id > 0 && existing != NULL)
    {
      on_roster = _cohort_store_prepare (self, "SELECT 1 FROM enrolment WHERE class_id = ? AND person_id = ?",
                                         error);
      if (on_roster == NULL)
        goto fail;
      linked = g_hash_table_new (g_int64_hash, g_int64_equal);
    }

  for (guint i = 0; i < people->len; i++)
    {
      CohortPerson *person = g_ptr_array_index (people, i);
      gint64 id = existing != NULL ? existing[i] : 0;

      if (i % 256 == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            goto fail;
          if (progress != NULL)
            progress (rows_share * i / people->len, user_data);
        }
      if (id == 0)
        {
          if (!writer_add (&writer, person, &id, error))
            goto fail;
          created++;
        }
      else if (class_id > 0)
        {
          int rc;

          sqlite3_bind_int64 (on_roster, 1, class_id);
          sqlite3_bind_int64 (on_roster, 2, id);
          rc = sqlite3_step (on_roster);
          sqlite3_reset (on_roster);
          if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            {
              _cohort_store_set_error (self, rc, error);
              goto fail;
            }
          /* Nobody is enrolled twice: not if on the roster already, nor
           * when two rows of the list stand for the same record. */
          if (rc == SQLITE_ROW || !g_hash_table_add (linked, (gpointer) &existing[i]))
            continue;
        }
      g_array_append_val (ids, id);
    }
  if (!writer_flush (&writer, error))
    goto fail;

  if (is_bulk)
    {
      if (progress != NULL)
        progress (rows_share, user_data);
      if (!bulk_end (self, &bulk, last_id, progress, user_data, cancellable, error))
        goto fail;
      if (progress != NULL)
        progress (0.9, user_data);
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto fail;
  if (class_id > 0 && !_cohort_store_enrol_rows (self, class_id, (gint64 *) ids->data, ids->len, NULL, error))
    goto fail;
  if (!record_import (self, source, class_id, existing, people->len, last_id, last_enrolment, created,
                      class_id > 0 ? ids->len : 0, import_id, error))
    goto fail;
  if (!_cohort_store_commit (self, error))
    goto fail;
  bulk_clear (&bulk);
  if (progress != NULL)
    progress (1.0, user_data);
  if (n_created != NULL)
    *n_created = created;
  if (n_enrolled != NULL)
    *n_enrolled = class_id > 0 ? ids->len : 0;
  return TRUE;

fail:
  _cohort_store_rollback (self);
  bulk_clear (&bulk);
  return FALSE;
}
