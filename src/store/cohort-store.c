/* cohort-store.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening a Cohort database: the connection, the schema brought up to date by
 * the numbered migrations after a backup copy, the readers and writers of worker
 * threads, and what the store tells of itself.
 */
#define G_LOG_DOMAIN "cohort-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cohort-store-private.h"
#include "cohort-store-resources.h"

#define MIGRATIONS_PATH "/io/github/cohort/Cohort/store/migrations"
#define COHORT_APPLICATION_ID 1131374706 /* 'Cohr' */
#define BUSY_TIMEOUT_MS 3000

G_DEFINE_FINAL_TYPE (CohortStore, cohort_store, G_TYPE_OBJECT)

/* Migrations ------------------------------------------------------------------ */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* Migrations are the numbered .sql files of the store's GResource,
 * "0001-initial.sql", "0002-…": the number is the schema level they reach. */
static char **
list_migrations (void)
{
  g_auto(GStrv) names = g_resources_enumerate_children (MIGRATIONS_PATH,
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  guint n = names ? g_strv_length (names) : 0;

  if (n > 1)
    qsort (names, n, sizeof (char *), compare_names);
  return g_steal_pointer (&names);
}

int
cohort_store_get_latest_schema_version (void)
{
  g_auto(GStrv) names = list_migrations ();
  int latest = 0;

  for (guint i = 0; names && names[i]; i++)
    latest = MAX (latest, (int) g_ascii_strtoll (names[i], NULL, 10));
  return latest;
}

static int
query_int (CohortStore *self,
           const char  *sql,
           int         *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  int value = 0;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  *rc_out = rc;
  return value;
}

static gboolean
make_backup (CohortStore  *self,
             int           from_version,
             GError      **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *backup = g_strdup_printf ("%s.bak-v%d-%s", self->path, from_version, stamp);
  g_autofree char *quoted = NULL;
  g_autofree char *sql = NULL;
  int rc;

  /* VACUUM INTO writes a consistent copy, WAL content included. */
  if (g_file_test (backup, G_FILE_TEST_EXISTS))
    g_unlink (backup);
  quoted = sqlite3_mprintf ("%q", backup);
  sql = g_strdup_printf ("VACUUM INTO '%s'", quoted);
  sqlite3_free (g_steal_pointer (&quoted));
  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_CANNOT_OPEN,
                   _("Cohort could not make a backup copy of “%s” before upgrading it (%s). "
                     "Nothing was changed. Free some disk space and try again."),
                   self->path, sqlite3_errmsg (self->db));
      return FALSE;
    }

  g_free (self->backup_path);
  self->backup_path = g_steal_pointer (&backup);
  return TRUE;
}

static gboolean
migrate (CohortStore  *self,
         GError      **error)
{
  g_auto(GStrv) names = list_migrations ();
  int latest = cohort_store_get_latest_schema_version ();
  int version, app_id, n_tables;
  int rc;

  /* Taking the write lock first tells a locked file apart from the rest. */
  rc = sqlite3_exec (self->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return _cohort_store_set_error (self, rc, error);

  version = query_int (self, "PRAGMA user_version", &rc);
  if (rc == SQLITE_OK)
    app_id = query_int (self, "PRAGMA application_id", &rc);
  if (rc == SQLITE_OK)
    n_tables = query_int (self, "SELECT count(*) FROM sqlite_schema", &rc);
  if (rc != SQLITE_OK)
    {
      _cohort_store_rollback (self);
      return _cohort_store_set_error (self, rc, error);
    }

  if (n_tables > 0 && app_id != COHORT_APPLICATION_ID)
    {
      _cohort_store_rollback (self);
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_COHORT,
                   _("The file “%s” is a database of another program, not of Cohort. "
                     "Choose a Cohort database file, or a new file name, in Preferences."),
                   self->path);
      return FALSE;
    }

  if (version > latest)
    {
      _cohort_store_rollback (self);
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_TOO_NEW,
                   _("The database “%s” was written by a newer version of Cohort (schema %d; "
                     "this version knows up to %d). Install the newer Cohort to open it."),
                   self->path, version, latest);
      return FALSE;
    }

  if (version == latest)
    return _cohort_store_commit (self, error);

  /* An existing database is copied before it is changed. */
  if (n_tables > 0 && g_strcmp0 (self->path, ":memory:") != 0)
    {
      _cohort_store_rollback (self);
      if (!make_backup (self, version, error))
        return FALSE;
      rc = sqlite3_exec (self->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
      if (rc != SQLITE_OK)
        return _cohort_store_set_error (self, rc, error);
    }

  for (guint i = 0; names && names[i]; i++)
    {
      int level = (int) g_ascii_strtoll (names[i], NULL, 10);
      g_autofree char *path = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *sql = NULL;
      char *errmsg = NULL;

      if (level <= version)
        continue;

      path = g_build_path ("/", MIGRATIONS_PATH, names[i], NULL);
      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_assert (bytes != NULL);
      sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      sql = g_strdup_printf ("%s;\nPRAGMA user_version = %d;", (char *) g_steal_pointer (&sql),
                             level);

      rc = sqlite3_exec (self->db, sql, NULL, NULL, &errmsg);
      if (rc != SQLITE_OK)
        {
          g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_MIGRATION,
                       _("Cohort could not upgrade the database “%s” to schema %d (%s). "
                         "Nothing was changed."), self->path, level, errmsg);
          sqlite3_free (errmsg);
          _cohort_store_rollback (self);
          return FALSE;
        }
    }

  return _cohort_store_commit (self, error);
}

static gboolean
open_connection (CohortStore  *self,
                 int           flags,
                 GError      **error)
{
  int rc = sqlite3_open_v2 (self->path, &self->db, flags | SQLITE_OPEN_FULLMUTEX, NULL);

  if (rc != SQLITE_OK)
    return _cohort_store_set_error (self, SQLITE_CANTOPEN, error);

  sqlite3_extended_result_codes (self->db, 0);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  _cohort_store_register_functions (self->db);
  return TRUE;
}

/* GObject ----------------------------------------------------------------------- */

static void
cohort_store_finalize (GObject *object)
{
  CohortStore *self = (CohortStore *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->choice_codes); i++)
    g_clear_pointer (&self->choice_codes[i], g_hash_table_unref);
  g_clear_pointer (&self->ethnic_names, g_hash_table_unref);
  g_clear_pointer (&self->ethnic_aliases, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);
  g_free (self->backup_path);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (cohort_store_parent_class)->finalize (object);
}

static void
cohort_store_class_init (CohortStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cohort_store_finalize;
}

static void
cohort_store_init (CohortStore *self)
{
  g_mutex_init (&self->lock);
  self->statements = _cohort_store_new_statement_cache ();
}

/* Public API ------------------------------------------------------------------- */

/**
 * cohort_store_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/cohort/cohort.db`
 */
char *
cohort_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "cohort", COHORT_DB_BASENAME, NULL);
}

/**
 * cohort_store_open:
 * @path: the database file, created if missing, or ":memory:"
 * @error: the reason, in words for the user, when it fails
 *
 * Opens or creates a Cohort database: WAL journal, foreign keys on, schema
 * brought to the latest level by the numbered migrations, after a backup
 * copy of an existing file.
 *
 * Returns: (transfer full) (nullable): the store
 */
CohortStore *
cohort_store_open (const char  *path,
                   GError     **error)
{
  g_autoptr(CohortStore) self = NULL;
  gboolean memory;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  /* Referencing the resource links it in; its constructor registers it. */
  (void) cohort_store_get_resource ();

  self = g_object_new (COHORT_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  memory = g_strcmp0 (path, ":memory:") == 0;

  if (!memory)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_CANNOT_OPEN,
                       _("“%s” is a folder, not a database file. Choose a file name."), path);
          return NULL;
        }
      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved = errno;
          g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_CANNOT_OPEN,
                       _("Cohort cannot create the folder “%s” for its database (%s). Choose a "
                         "folder you may write to."), dir, g_strerror (saved));
          return NULL;
        }
    }

  if (!open_connection (self, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error))
    return NULL;

  if (!memory)
    {
      int mode_rc = SQLITE_OK;
      sqlite3_stmt *stmt = NULL;

      mode_rc = sqlite3_prepare_v2 (self->db, "PRAGMA journal_mode = WAL", -1, &stmt, NULL);
      if (mode_rc == SQLITE_OK)
        mode_rc = sqlite3_step (stmt);
      sqlite3_finalize (stmt);
      if (mode_rc != SQLITE_ROW && mode_rc != SQLITE_OK && mode_rc != SQLITE_DONE)
        {
          _cohort_store_set_error (self, mode_rc, error);
          return NULL;
        }
    }

  if (!_cohort_store_exec (self, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;", error))
    return NULL;

  if (!migrate (self, error))
    return NULL;

  self->schema_version = query_int (self, "PRAGMA user_version", &rc);
  return g_steal_pointer (&self);
}

/**
 * cohort_store_can_open_reader:
 *
 * Returns: %TRUE if cohort_store_open_reader() gives a connection of its own
 *   (a file database); an in-memory database has only the one connection
 */
gboolean
cohort_store_can_open_reader (CohortStore *self)
{
  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);
  return g_strcmp0 (self->path, ":memory:") != 0;
}

/**
 * cohort_store_open_reader:
 *
 * Opens a second, read-only connection to the same database file, for
 * queries in a worker thread while the window keeps its own connection.
 * WAL lets it read while the other connection writes.
 *
 * Returns: (transfer full) (nullable): the reader
 */
CohortStore *
cohort_store_open_reader (CohortStore  *self,
                          GError      **error)
{
  g_autoptr(CohortStore) reader = NULL;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);
  g_return_val_if_fail (cohort_store_can_open_reader (self), NULL);

  reader = g_object_new (COHORT_TYPE_STORE, NULL);
  reader->path = g_strdup (self->path);
  reader->schema_version = self->schema_version;
  if (!open_connection (reader, SQLITE_OPEN_READONLY, error))
    return NULL;
  return g_steal_pointer (&reader);
}

/**
 * cohort_store_open_writer:
 *
 * Opens a second read-write connection to the same database file, for a
 * long write (an import) in a worker thread: the window's connection and its
 * cached statements stay in the main thread. SQLite's locks keep the two
 * writers apart; the window waits for the import to finish before writing.
 *
 * Returns: (transfer full) (nullable): the writer
 */
CohortStore *
cohort_store_open_writer (CohortStore  *self,
                          GError      **error)
{
  g_autoptr(CohortStore) writer = NULL;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);
  g_return_val_if_fail (cohort_store_can_open_reader (self), NULL);

  writer = g_object_new (COHORT_TYPE_STORE, NULL);
  writer->path = g_strdup (self->path);
  writer->schema_version = self->schema_version;
  if (!open_connection (writer, SQLITE_OPEN_READWRITE, error))
    return NULL;
  if (!_cohort_store_exec (writer, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;", error))
    return NULL;
  return g_steal_pointer (&writer);
}

/**
 * cohort_store_note_change:
 *
 * Tells @self that people were added or changed through another connection
 * (cohort_store_open_writer()), so that what it computed from them is stale.
 */
void
cohort_store_note_change (CohortStore *self)
{
  g_return_if_fail (COHORT_IS_STORE (self));
  g_atomic_int_inc (&self->generation);
}

const char *
cohort_store_get_path (CohortStore *self)
{
  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);
  return self->path;
}

int
cohort_store_get_schema_version (CohortStore *self)
{
  g_return_val_if_fail (COHORT_IS_STORE (self), 0);
  return self->schema_version;
}

/**
 * cohort_store_get_generation:
 *
 * Returns: a number that changes whenever people are added or changed, so
 *   that what was computed from them (roster ranks) can tell it is stale
 */
guint
cohort_store_get_generation (CohortStore *self)
{
  g_return_val_if_fail (COHORT_IS_STORE (self), 0);
  return (guint) g_atomic_int_get (&self->generation);
}

/**
 * cohort_store_get_backup_path:
 *
 * Returns: (nullable): the copy made before the last migration, if any
 */
const char *
cohort_store_get_backup_path (CohortStore *self)
{
  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);
  return self->backup_path;
}

gboolean
cohort_store_get_counts (CohortStore        *self,
                         CohortStoreCounts  *counts,
                         GError            **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  stmt = _cohort_store_prepare (self,
                                "SELECT (SELECT count(*) FROM class), (SELECT count(*) FROM person), "
                                "(SELECT count(*) FROM enrolment), "
                                "(SELECT count(*) FROM person WHERE name_order = 'lo'), "
                                "(SELECT count(*) FROM org_unit)", error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return _cohort_store_set_error (self, rc, error);
    }
  counts->classes = sqlite3_column_int64 (stmt, 0);
  counts->people = sqlite3_column_int64 (stmt, 1);
  counts->enrolments = sqlite3_column_int64 (stmt, 2);
  counts->lao_people = sqlite3_column_int64 (stmt, 3);
  counts->org_units = sqlite3_column_int64 (stmt, 4);
  sqlite3_reset (stmt);
  return TRUE;
}

/**
 * cohort_store_count_reference:
 * @table: one of "vn_province", "lao_province", "ethnicity", "program_type", "religion"
 * @valid_on: (nullable): for "vn_province", an ISO date: count the units that existed then
 *
 * Returns: the number of rows, or -1 with @error set
 */
gint64
cohort_store_count_reference (CohortStore  *self,
                              const char   *table,
                              const char   *valid_on,
                              GError      **error)
{
  static const char *const tables[] = { "vn_province", "lao_province", "ethnicity",
                                        "program_type", "religion", "vn_province_merge" };
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;
  gboolean known = FALSE;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), -1);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    known |= g_strcmp0 (tables[i], table) == 0;
  if (!known)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND,
                   "Unknown reference table %s", table);
      return -1;
    }

  if (valid_on != NULL && g_str_equal (table, "vn_province"))
    sql = g_strdup ("SELECT count(*) FROM vn_province WHERE (valid_from IS NULL OR valid_from <= ?1) "
                    "AND (valid_to IS NULL OR valid_to >= ?1)");
  else
    sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK && valid_on != NULL && g_str_equal (table, "vn_province"))
    sqlite3_bind_text (stmt, 1, valid_on, -1, SQLITE_TRANSIENT);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  else
    _cohort_store_set_error (self, rc, error);
  sqlite3_finalize (stmt);
  return n;
}

/**
 * cohort_store_fold_sql:
 *
 * Runs the fold() registered in SQLite, so that tests can check that C and SQL fold alike.
 *
 * Returns: (transfer full) (nullable): the folded text
 */
char *
cohort_store_fold_sql (CohortStore  *self,
                       const char   *text,
                       GError      **error)
{
  sqlite3_stmt *stmt = _cohort_store_prepare (self, "SELECT fold (?)", error);
  char *result = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return result;
}
