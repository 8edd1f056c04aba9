/* schema-downgrade.h: what the tests of old databases take away from a
 * database of today to make one of an older schema, migration by migration.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>
#include <string.h>

/* Dropping a column makes SQLite read the whole schema again, whose indexes
 * name Cohort's collations: plain ones stand in for them on this connection,
 * which writes no row. */
static inline int
downgrade_collate (void       *data,
                   int         a_len,
                   const void *a,
                   int         b_len,
                   const void *b)
{
  int n = memcmp (a, b, MIN (a_len, b_len));

  return n != 0 ? n : a_len - b_len;
}

/* Takes away what migration 0006 (organisation) adds. */
static inline void
downgrade_undo_0006 (const char *path)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_create_collation (db, "vi", SQLITE_UTF8, NULL, downgrade_collate);
  sqlite3_create_collation (db, "lo", SQLITE_UTF8, NULL, downgrade_collate);
  if (sqlite3_exec (db,
                    "DROP INDEX org_unit_kind; DROP TABLE setup_step; "
                    "ALTER TABLE program_type DROP COLUMN training_level; "
                    "ALTER TABLE program_type DROP COLUMN active; "
                    "ALTER TABLE program_type DROP COLUMN builtin;",
                    NULL, NULL, &message) != SQLITE_OK)
    g_error ("undoing migration 0006: %s", message);
  sqlite3_close (db);
}
