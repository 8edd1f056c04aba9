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

/* What each migration from 0006 on adds, taken away in reverse order. */
static const char *const downgrade_steps[] = {
  /* 0006: organisation */
  "DROP INDEX org_unit_kind; DROP TABLE setup_step; "
  "ALTER TABLE program_type DROP COLUMN training_level; "
  "ALTER TABLE program_type DROP COLUMN active; "
  "ALTER TABLE program_type DROP COLUMN builtin;",
  /* 0007: corrections */
  "ALTER TABLE enrolment DROP COLUMN status_reason; ALTER TABLE enrolment DROP COLUMN status_date; "
  "ALTER TABLE enrolment DROP COLUMN status_decision;",
  /* 0008: import history */
  "DROP TABLE import_enrolment; DROP TABLE import_person; DROP TABLE import_batch; "
  "DROP TABLE ethnicity_alias; ALTER TABLE person DROP COLUMN ethnicity_text;",
  /* 0009: the Students page's filters */
  "DROP INDEX person_hometown_province; DROP INDEX person_level;",
};

/* Takes away what the migrations after @level (from 0006 on) add; the
 * caller sets user_version. */
static inline void
downgrade_to (const char *path,
              int         level)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_create_collation (db, "vi", SQLITE_UTF8, NULL, downgrade_collate);
  sqlite3_create_collation (db, "lo", SQLITE_UTF8, NULL, downgrade_collate);
  for (int step = (int) G_N_ELEMENTS (downgrade_steps) - 1; step >= 0; step--)
    if (6 + step > level && sqlite3_exec (db, downgrade_steps[step], NULL, NULL, &message) != SQLITE_OK)
      g_error ("undoing migration %04d: %s", 6 + step, message);
  sqlite3_close (db);
}
