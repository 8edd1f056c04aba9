/* cohort-test-store.h: what the store tests share — a database in a
 * temporary folder opened through the store, plain SQL on a connection of
 * their own, and every table as text to compare before and after.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "cohort-store.h"

G_BEGIN_DECLS

typedef enum
{
  COHORT_TEST_DUMP_ALL          = 0,
  COHORT_TEST_DUMP_NO_AUDIT_LOG = 1 << 0,   /* for Undo, which writes audit rows of its own */
} CohortTestDumpFlags;

char         *cohort_test_make_tmp_dir (const char   *tmpl);
void          cohort_test_remove_tree  (const char   *dir);
void          cohort_test_remove_database (const char *path);
CohortStore  *cohort_test_store_new    (const char   *tmpl,
                                        const char   *file,
                                        char        **dir,
                                        char        **path);
void          cohort_test_store_close  (CohortStore **store,
                                        char        **dir,
                                        char        **path);
CohortPerson *cohort_test_person_new   (const char   *family,
                                        const char   *middle,
                                        const char   *given,
                                        const char   *birth);
void          cohort_test_add_school   (const char   *path);

sqlite3      *cohort_test_sql_open     (const char   *path);
gint64        cohort_test_sql_int      (sqlite3      *db,
                                        const char   *sql);
char         *cohort_test_sql_text     (sqlite3      *db,
                                        const char   *sql);
void          cohort_test_sql_exec     (sqlite3      *db,
                                        const char   *sql);
char         *cohort_test_sql_rows     (sqlite3      *db,
                                        const char   *sql);

gint64        cohort_test_raw_int      (const char   *path,
                                        const char   *sql);
char         *cohort_test_raw_text     (const char   *path,
                                        const char   *sql);
void          cohort_test_raw_exec     (const char   *path,
                                        const char   *sql);
char         *cohort_test_raw_rows     (const char   *path,
                                        const char   *sql);
char         *cohort_test_dump         (const char   *path,
                                        CohortTestDumpFlags flags);

G_END_DECLS
