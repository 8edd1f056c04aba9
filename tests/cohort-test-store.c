/* cohort-test-store.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "cohort-store-test-private.h"
#include "cohort-test-store.h"

/* Files ----------------------------------------------------------------------------- */

/* A new folder under the temporary folder, named after @tmpl ("cohort-x-XXXXXX"). */
char *
cohort_test_make_tmp_dir (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  return dir;
}

/* Removes the files in @dir (a database, its WAL, backups), then @dir. */
void
cohort_test_remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* Removes the database at @path with its WAL and shared-memory files. */
void
cohort_test_remove_database (const char *path)
{
  g_unlink (path);
  for (const char *const *suffix = (const char *const[]) { "-wal", "-shm", NULL }; *suffix; suffix++)
    {
      g_autofree char *side = g_strconcat (path, *suffix, NULL);
      g_unlink (side);
    }
}

/* A new database @file in a new temporary folder, opened through the store;
 * @dir and @path are set for the caller to free. */
CohortStore *
cohort_test_store_new (const char  *tmpl,
                       const char  *file,
                       char       **dir,
                       char       **path)
{
  g_autoptr(GError) error = NULL;
  CohortStore *store;

  *dir = cohort_test_make_tmp_dir (tmpl);
  *path = g_build_filename (*dir, file, NULL);
  store = cohort_store_open (*path, &error);
  g_assert_no_error (error);
  return store;
}

/* Closes what cohort_test_store_new () opened and removes its folder. */
void
cohort_test_store_close (CohortStore **store,
                         char        **dir,
                         char        **path)
{
  g_clear_object (store);
  cohort_test_remove_tree (*dir);
  g_clear_pointer (dir, g_free);
  g_clear_pointer (path, g_free);
}

/* Rows ------------------------------------------------------------------------------ */

CohortPerson *
cohort_test_person_new (const char *family,
                        const char *middle,
                        const char *given,
                        const char *birth)
{
  CohortPerson *p = cohort_person_new ();

  cohort_person_set_field (p, COHORT_PERSON_FAMILY_NAME, family);
  cohort_person_set_field (p, COHORT_PERSON_MIDDLE_NAME, middle);
  cohort_person_set_field (p, COHORT_PERSON_GIVEN_NAME, given);
  cohort_person_set_field (p, COHORT_PERSON_BIRTH_DATE, birth);
  return p;
}

/* The org unit 1 every class of a test needs. */
void
cohort_test_add_school (const char *path)
{
  cohort_test_raw_exec (path, "INSERT INTO org_unit (id, name, kind) VALUES "
                              "(1, 'Trường Chính trị Lê Duẩn', 'school')");
}

/* Plain SQL on a connection -------------------------------------------------------- */

/* A connection of the test's own, as another program would open the file, but
 * with Cohort's collations and SQL functions: writing to a column indexed with
 * them, or firing a trigger that calls them, needs them. */
sqlite3 *
cohort_test_sql_open (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  _cohort_store_test_register_functions (db);
  return db;
}

static sqlite3_stmt *
prepare (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  return stmt;
}

/* The first column of the one row @sql returns. */
gint64
cohort_test_sql_int (sqlite3    *db,
                     const char *sql)
{
  sqlite3_stmt *stmt = prepare (db, sql);
  gint64 v;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  v = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return v;
}

/* The first column of the first row, or NULL without a row or for a NULL. */
char *
cohort_test_sql_text (sqlite3    *db,
                      const char *sql)
{
  sqlite3_stmt *stmt = prepare (db, sql);
  char *v = NULL;

  if (sqlite3_step (stmt) == SQLITE_ROW)
    v = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return v;
}

void
cohort_test_sql_exec (sqlite3    *db,
                      const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* Every row of @sql as "a|b|c\n" lines (NULL as "(null)"). */
char *
cohort_test_sql_rows (sqlite3    *db,
                      const char *sql)
{
  sqlite3_stmt *stmt = prepare (db, sql);
  GString *out = g_string_new (NULL);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        g_string_append_printf (out, "%s%s", i ? "|" : "", (const char *) sqlite3_column_text (stmt, i));
      g_string_append_c (out, '\n');
    }
  sqlite3_finalize (stmt);
  return g_string_free (out, FALSE);
}

/* The same on a file, each on a connection of its own ------------------------------ */

gint64
cohort_test_raw_int (const char *path,
                     const char *sql)
{
  sqlite3 *db = cohort_test_sql_open (path);
  gint64 v = cohort_test_sql_int (db, sql);

  sqlite3_close (db);
  return v;
}

char *
cohort_test_raw_text (const char *path,
                      const char *sql)
{
  sqlite3 *db = cohort_test_sql_open (path);
  char *v = cohort_test_sql_text (db, sql);

  sqlite3_close (db);
  return v;
}

void
cohort_test_raw_exec (const char *path,
                      const char *sql)
{
  sqlite3 *db = cohort_test_sql_open (path);

  cohort_test_sql_exec (db, sql);
  sqlite3_close (db);
}

char *
cohort_test_raw_rows (const char *path,
                      const char *sql)
{
  sqlite3 *db = cohort_test_sql_open (path);
  char *v = cohort_test_sql_rows (db, sql);

  sqlite3_close (db);
  return v;
}

/* Every row of every table, every column with its type (blobs in hex), in
 * rowid order, to tell that a refusal wrote nothing or that Undo gave back
 * what was there. Left out: SQLite's own tables, and the search index's,
 * whose pages are laid out anew when a row is put back (searching shows it
 * works); audit_log too with COHORT_TEST_DUMP_NO_AUDIT_LOG. */
char *
cohort_test_dump (const char          *path,
                  CohortTestDumpFlags  flags)
{
  sqlite3 *db = cohort_test_sql_open (path);
  sqlite3_stmt *tables = prepare (db, "SELECT name, sql LIKE '%WITHOUT ROWID%' FROM sqlite_schema "
                                      "WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                                      "AND name NOT LIKE 'person_fts%' ORDER BY name");
  GString *out = g_string_new (NULL);

  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *sql = NULL;
      sqlite3_stmt *rows = NULL;

      if ((flags & COHORT_TEST_DUMP_NO_AUDIT_LOG) && g_str_equal (table, "audit_log"))
        continue;
      /* a table without rowid is ordered by its primary key, its first columns */
      sql = sqlite3_column_int (tables, 1)
        ? g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1, 2", table)
        : g_strdup_printf ("SELECT rowid, * FROM \"%s\" ORDER BY rowid", table);
      rows = prepare (db, sql);
      g_string_append_printf (out, "[%s]\n", table);
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (rows); c++)
            {
              g_string_append (out, c ? "|" : "");
              switch (sqlite3_column_type (rows, c))
                {
                case SQLITE_NULL:
                  g_string_append (out, "NULL");
                  break;
                case SQLITE_BLOB:
                  {
                    const guint8 *b = sqlite3_column_blob (rows, c);
                    for (int i = 0; i < sqlite3_column_bytes (rows, c); i++)
                      g_string_append_printf (out, "%02x", b[i]);
                  }
                  break;
                default:
                  g_string_append_printf (out, "%d:%s", sqlite3_column_type (rows, c),
                                          (const char *) sqlite3_column_text (rows, c));
                }
            }
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (rows);
    }
  sqlite3_finalize (tables);
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}
