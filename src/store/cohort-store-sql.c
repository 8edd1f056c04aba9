/* cohort-store-sql.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the files of the store speak to SQLite: the functions and collations
 * registered on every connection, SQLite's result codes as Cohort's errors,
 * the cache of prepared statements, transactions and the audit log, and the
 * indexes and search trigger a bulk write drops and creates again.
 */
#define G_LOG_DOMAIN "cohort-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cohort-collation.h"
#include "cohort-fold.h"
#include "cohort-store-private.h"
#include "cohort-store-test-private.h"

G_DEFINE_QUARK (cohort-store-error-quark, cohort_store_error)

/* SQLite functions ---------------------------------------------------------- */

static void
fold_func (sqlite3_context *ctx,
           int              argc,
           sqlite3_value  **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  char *folded;

  if (text == NULL)
    {
      sqlite3_result_null (ctx);
      return;
    }
  folded = cohort_fold (text);
  sqlite3_result_text (ctx, folded, -1, g_free);
}

static int
collate_vi (void       *data,
            int         a_len,
            const void *a,
            int         b_len,
            const void *b)
{
  return cohort_collation_compare (GPOINTER_TO_INT (data), a, a_len, b, b_len);
}

void
_cohort_store_register_functions (sqlite3 *db)
{
  sqlite3_create_function (db, "fold", 1,
                           SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                           NULL, fold_func, NULL, NULL);
  sqlite3_create_collation_v2 (db, "vi", SQLITE_UTF8,
                               GINT_TO_POINTER (COHORT_COLLATION_VI), collate_vi, NULL);
  sqlite3_create_collation_v2 (db, "lo", SQLITE_UTF8,
                               GINT_TO_POINTER (COHORT_COLLATION_LO), collate_vi, NULL);
  _cohort_store_register_filter_functions (db);
}

/* Cohort's collations and SQL functions on a connection a test opens itself:
 * writing to a column indexed with them, or firing a trigger that calls
 * them, needs them there too. */
void
_cohort_store_test_register_functions (sqlite3 *db)
{
  _cohort_store_register_functions (db);
}

/* Errors ---------------------------------------------------------------------- */

gboolean
_cohort_store_set_error (CohortStore  *self,
                         int           rc,
                         GError      **error)
{
  const char *path = self->path ? self->path : "";
  const char *detail = self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_LOCKED,
                   _("The database “%s” is in use by another program, perhaps Cohort on another "
                     "computer. Close Cohort there and try again."), path);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_CORRUPT,
                   _("The file “%s” is damaged or is not a Cohort database. Restore it from a "
                     "backup copy, or choose another database file in Preferences."), path);
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_IOERR:
    case SQLITE_FULL:
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_CANNOT_OPEN,
                   _("Cohort cannot write to “%s” (%s). Choose a folder you may write to, or "
                     "free some disk space, and try again."), path, detail);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("The change breaks a rule of the database (%s). Nothing was saved."), detail);
      break;
    default:
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_FAILED,
                   _("The database reported an error: %s. Nothing was saved."), detail);
    }

  return FALSE;
}

/* Statements ------------------------------------------------------------------ */

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

/* SQL text → sqlite3_stmt: each statement prepared once per connection. */
GHashTable *
_cohort_store_new_statement_cache (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, NULL, finalize_statement);
}

/* Returns a prepared, reset statement for @sql; the store owns it. */
sqlite3_stmt *
_cohort_store_prepare (CohortStore  *self,
                       const char   *sql,
                       GError      **error)
{
  sqlite3_stmt *stmt;

  g_mutex_lock (&self->lock);
  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt == NULL)
    {
      int rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);

      if (rc != SQLITE_OK)
        {
          g_mutex_unlock (&self->lock);
          _cohort_store_set_error (self, rc, error);
          return NULL;
        }
      g_hash_table_insert (self->statements, (gpointer) sql, stmt);
    }
  g_mutex_unlock (&self->lock);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return stmt;
}

gboolean
_cohort_store_exec (CohortStore  *self,
                    const char   *sql,
                    GError      **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return _cohort_store_set_error (self, rc, error);
  return TRUE;
}

/* Runs @stmt, a statement that returns no row (INSERT, UPDATE, DELETE),
 * and resets it; what SQLite refused is set as Cohort's error. */
gboolean
_cohort_store_step_done (CohortStore   *self,
                         sqlite3_stmt  *stmt,
                         GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _cohort_store_set_error (self, rc, error);
  return TRUE;
}

gboolean
_cohort_store_begin (CohortStore  *self,
                     GError      **error)
{
  return _cohort_store_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
_cohort_store_commit (CohortStore  *self,
                      GError      **error)
{
  return _cohort_store_exec (self, "COMMIT", error);
}

void
_cohort_store_rollback (CohortStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

gboolean
_cohort_store_audit (CohortStore  *self,
                     const char   *entity,
                     gint64        entity_id,
                     const char   *action,
                     const char   *old_json,
                     const char   *new_json,
                     GError      **error)
{
  sqlite3_stmt *stmt;

  stmt = _cohort_store_prepare (self,
                                "INSERT INTO audit_log (entity, entity_id, action, old_value, new_value) "
                                "VALUES (?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, entity, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, entity_id);
  sqlite3_bind_text (stmt, 3, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, old_json, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, new_json, -1, SQLITE_STATIC);
  return _cohort_store_step_done (self, stmt, error);
}

/* Drops the secondary indexes of person and enrolment (inside the caller's
 * transaction) and returns the statements that create them again. */
GPtrArray *
_cohort_store_drop_indexes (CohortStore  *self,
              GError      **error)
{
  g_autoptr(GPtrArray) creates = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _cohort_store_prepare (self, "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                "AND tbl_name IN ('person', 'enrolment') AND sql IS NOT NULL", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (creates, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *drop = g_strdup_printf ("DROP INDEX \"%s\"", (char *) g_ptr_array_index (names, i));

      if (!_cohort_store_exec (self, drop, error))
        return NULL;
    }
  return g_steal_pointer (&creates);
}

/* Drops the trigger that indexes each new person for search, inside the
 * caller's transaction, and returns the statement that creates it again:
 * the caller then indexes the people it wrote in one statement. */
char *
_cohort_store_drop_search_trigger (CohortStore  *self,
                                   GError      **error)
{
  g_autofree char *create = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = _cohort_store_prepare (self, "SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                "AND name = 'person_fts_insert'", error);
  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    create = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_FAILED,
                     "The search index trigger person_fts_insert is missing");
      else
        _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  if (!_cohort_store_exec (self, "DROP TRIGGER person_fts_insert", error))
    return NULL;
  return g_steal_pointer (&create);
}
