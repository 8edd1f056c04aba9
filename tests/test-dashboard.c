/* test-dashboard.c: the dashboard's figures — every tile and every chart
 * series equal to plain SQL over the enrolments, for several filters, before
 * and after enrolments are added, withdrawn, moved, graded and deleted; the
 * per-class tally kept by triggers and filled by its migration; the classes
 * behind a bar; the JSON and the chart texts.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <string.h>
#include <sqlite3.h>

#include "cohort-dashboard-charts.h"
#include "cohort-store.h"
#include "cohort-test-store.h"
#include "dashboard-sql.h"
#include "schema-downgrade.h"

static char *dir;
static char *demo_path;

/* The classes whose tally differs from their enrolments counted afresh. */
static gint64
tally_mismatches (sqlite3 *db)
{
  return cohort_test_sql_int (db,
                              "SELECT count(*) FROM class c LEFT JOIN class_tally t ON t.class_id = c.id "
                              "LEFT JOIN (SELECT class_id, "
                              " count(*) FILTER (WHERE status <> 'withdrawn') AS s, "
                              " count(*) FILTER (WHERE status = 'graduated') AS g, "
                              " count(*) FILTER (WHERE status = 'not-graduated') AS n, "
                              " count(*) FILTER (WHERE status = 'graduated' AND band = 'excellent') AS b1, "
                              " count(*) FILTER (WHERE status = 'graduated' AND band = 'very-good') AS b2, "
                              " count(*) FILTER (WHERE status = 'graduated' AND band = 'good') AS b3, "
                              " count(*) FILTER (WHERE status = 'graduated' AND band = 'fairly-good') AS b4, "
                              " count(*) FILTER (WHERE status = 'graduated' AND band = 'average') AS b5 "
                              " FROM enrolment GROUP BY class_id) a ON a.class_id = c.id "
                              "WHERE t.class_id IS NULL OR t.students <> coalesce (a.s, 0) OR t.graduated <> coalesce (a.g, 0) "
                              "OR t.not_passed <> coalesce (a.n, 0) OR t.excellent <> coalesce (a.b1, 0) "
                              "OR t.very_good <> coalesce (a.b2, 0) OR t.good <> coalesce (a.b3, 0) "
                              "OR t.fairly_good <> coalesce (a.b4, 0) OR t.average <> coalesce (a.b5, 0)");
}

/* The store's dashboard for @filter against SQL, tiles and charts. */
static void
check_filter (CohortStore                 *store,
              sqlite3                     *db,
              const CohortDashboardFilter *filter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortDashboard) d = cohort_store_get_dashboard (store, filter, &error);
  g_autoptr(GPtrArray) charts = NULL;
  DashboardSqlTiles t;

  g_assert_no_error (error);
  g_assert_nonnull (d);
  if (filter->from_year > 0)
    g_assert_cmpint (d->from_year, ==, filter->from_year);
  else
    g_assert_cmpint (d->from_year, ==, cohort_test_sql_int (db, "SELECT min (year) FROM class"));
  if (filter->to_year > 0)
    g_assert_cmpint (d->to_year, ==, filter->to_year);
  else
    {
      /* this year, even with a class planned later */
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_assert_cmpint (d->to_year, ==, MAX (g_date_time_get_year (now), d->from_year));
    }

  dashboard_sql_tiles (db, filter, d->from_year, d->to_year, &t);
  g_assert_cmpint (d->classes_running, ==, t.classes_running);
  g_assert_cmpint (d->classes_finished, ==, t.classes_finished);
  g_assert_cmpint (d->classes_planned, ==, t.classes_planned);
  g_assert_cmpint (d->students, ==, t.students);
  g_assert_cmpint (d->graduates, ==, t.graduates);
  g_assert_cmpint (d->finished_students, ==, t.finished_students);
  g_assert_cmpint (d->lao_students, ==, t.lao_students);
  g_assert_cmpint (d->plan_classes, ==, t.plan_classes);
  g_assert_cmpint (d->plan_students, ==, t.plan_students);

  charts = cohort_dashboard_build_charts (d);
  g_assert_cmpuint (charts->len, ==, COHORT_DASHBOARD_N_CHARTS);
  dashboard_sql_check_charts (db, filter, d->from_year, d->to_year, charts);
}

static gint64
school_id (sqlite3 *db)
{
  return cohort_test_sql_int (db, "SELECT id FROM org_unit WHERE kind = 'school' ORDER BY id LIMIT 1");
}

static void
check_all_filters (CohortStore *store,
                   sqlite3     *db)
{
  CohortDashboardFilter f = COHORT_DASHBOARD_FILTER_INIT;

  check_filter (store, db, &f);
  f.from_year = 2019;
  f.to_year = 2021;
  check_filter (store, db, &f);
  f.host_id = COHORT_HOST_DISTRICT_CENTRES;
  check_filter (store, db, &f);
  f.host_id = school_id (db);
  f.from_year = f.to_year = 0;
  check_filter (store, db, &f);
  f.program = "TCLLCT";
  check_filter (store, db, &f);
  f.host_id = 0;
  f.program = "TCLLCT_LAO";
  check_filter (store, db, &f);
  f.program = "BD_DVM";
  f.from_year = f.to_year = 2024;
  check_filter (store, db, &f);
}

static void
test_dashboard_equals_sql (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  sqlite3 *db = cohort_test_sql_open (demo_path);

  g_assert_no_error (error);
  g_assert_cmpint (tally_mismatches (db), ==, 0);
  g_assert_cmpint (cohort_test_sql_int (db, "SELECT count(*) FROM plan"), >, 0);
  check_all_filters (store, db);
  sqlite3_close (db);
}

/* Writes through Cohort (enrol, withdraw, move, undo) and by hand (grades,
 * deletes, a new class): the tally follows, the dashboard equals SQL. */
static void
test_dashboard_after_writes (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "writes.db", NULL);
  g_autoptr(CohortStore) store = NULL;
  g_autoptr(CohortRosterUndo) undo = NULL;
  CohortDashboardFilter all = COHORT_DASHBOARD_FILTER_INIT;
  g_autoptr(CohortDashboard) before = NULL;
  g_autoptr(CohortDashboard) after = NULL;
  gint64 running, finished, people[40], withdraw[10];
  sqlite3 *db;
  sqlite3_stmt *stmt = NULL;
  guint n = 0;

  g_assert_true (g_file_copy (g_file_new_for_path (demo_path), g_file_new_for_path (path),
                              G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL));
  store = cohort_store_open (path, &error);
  g_assert_no_error (error);
  db = cohort_test_sql_open (path);
  before = cohort_store_get_dashboard (store, &all, &error);

  running = cohort_test_sql_int (db, "SELECT id FROM class WHERE status = 'running' ORDER BY id LIMIT 1");
  finished = cohort_test_sql_int (db, "SELECT id FROM class WHERE status = 'finished' AND program_type = 'TCLLCT' "
                                      "ORDER BY id LIMIT 1");

  /* enrol 40 people who are not in the running class yet */
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT id FROM person WHERE id NOT IN "
                                           "(SELECT person_id FROM enrolment WHERE class_id = ?) "
                                           "AND lao_province IS NULL ORDER BY id LIMIT 40", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, running);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    people[n++] = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  g_assert_cmpuint (n, ==, 40);
  g_assert_true (cohort_store_enrol (store, running, people, n, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tally_mismatches (db), ==, 0);
  check_all_filters (store, db);

  after = cohort_store_get_dashboard (store, &all, &error);
  g_assert_cmpint (after->students, ==, before->students + 40);
  g_clear_pointer (&after, cohort_dashboard_free);

  /* withdraw ten of them, then undo, then withdraw again */
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT id FROM enrolment WHERE class_id = ? ORDER BY id DESC LIMIT 10",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, running);
  n = 0;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    withdraw[n++] = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  g_assert_true (cohort_store_set_enrolment_status (store, withdraw, n, "withdrawn", &undo, &error));
  g_assert_cmpint (tally_mismatches (db), ==, 0);
  after = cohort_store_get_dashboard (store, &all, &error);
  g_assert_cmpint (after->students, ==, before->students + 30);
  g_clear_pointer (&after, cohort_dashboard_free);
  g_assert_true (cohort_store_undo (store, undo, &error));
  g_assert_cmpint (tally_mismatches (db), ==, 0);
  g_clear_pointer (&undo, cohort_roster_undo_free);
  g_assert_true (cohort_store_set_enrolment_status (store, withdraw, n, "withdrawn", NULL, &error));
  check_all_filters (store, db);

  /* move five into the finished class */
  g_assert_true (cohort_store_move_enrolments (store, withdraw, 5, finished, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tally_mismatches (db), ==, 0);

  /* results recorded, an enrolment deleted, a class deleted, a new class */
  cohort_test_sql_exec (db, "PRAGMA foreign_keys = ON;");
  cohort_test_sql_exec (db, "UPDATE enrolment SET status = 'graduated', band = 'fairly-good' WHERE id IN "
                            "(SELECT id FROM enrolment WHERE status = 'graduated' AND band = 'good' LIMIT 25);");
  cohort_test_sql_exec (db, "UPDATE enrolment SET status = 'not-graduated', band = NULL WHERE id IN "
                            "(SELECT id FROM enrolment WHERE status = 'graduated' AND band = 'very-good' LIMIT 7);");
  cohort_test_sql_exec (db,
                        "DELETE FROM enrolment WHERE id IN (SELECT id FROM enrolment WHERE status = 'graduated' LIMIT 9);");
  cohort_test_sql_exec (db,
                        "DELETE FROM module_result WHERE enrolment_id IN (SELECT e.id FROM enrolment e JOIN class c "
                        "ON c.id = e.class_id WHERE c.id = (SELECT max (id) FROM class WHERE status = 'finished'));"
                        "DELETE FROM credential WHERE enrolment_id IN (SELECT e.id FROM enrolment e "
                        "WHERE e.class_id = (SELECT max (id) FROM class WHERE status = 'finished'));"
                        "DELETE FROM class WHERE id = (SELECT max (id) FROM class WHERE status = 'finished');");
  cohort_test_sql_exec (db, "INSERT INTO class (code, year, program_type, org_unit_id, status, fold_code) "
                            "VALUES ('T01', 2024, 'TCLLCT', 1, 'running', 't01');"
                            "INSERT INTO enrolment (class_id, person_id, status) "
                            "SELECT last_insert_rowid (), id, 'studying' FROM person ORDER BY id LIMIT 12;");
  g_assert_cmpint (tally_mismatches (db), ==, 0);
  g_assert_cmpint (cohort_test_sql_int (db,
                                        "SELECT count(*) FROM class_tally"), ==, cohort_test_sql_int (db, "SELECT count(*) FROM class"));
  check_all_filters (store, db);

  sqlite3_close (db);
  g_clear_object (&store);
  cohort_test_remove_database (path);
}

/* A database from before the tally: its migration counts every class. */
static void
test_tally_migration (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "v3.db", NULL);
  g_autoptr(CohortStore) store = NULL;
  sqlite3 *db;

  g_assert_true (g_file_copy (g_file_new_for_path (demo_path), g_file_new_for_path (path),
                              G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL));
  db = cohort_test_sql_open (path);
  cohort_test_sql_exec (db, "DROP TRIGGER class_tally_class_insert; DROP TRIGGER class_tally_enrolment_insert; "
                            "DROP TRIGGER class_tally_enrolment_delete; DROP TRIGGER class_tally_enrolment_update; "
                            "DROP TABLE class_tally; DROP INDEX class_dashboard; "
                            "CREATE INDEX class_year ON class (year, program_type); "
                            "PRAGMA user_version = 3;");
  sqlite3_close (db);
  downgrade_to (path, 3);

  store = cohort_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cohort_store_get_schema_version (store), ==, cohort_store_get_latest_schema_version ());
  db = cohort_test_sql_open (path);
  g_assert_cmpint (cohort_test_sql_int (db,
                                        "SELECT count(*) FROM class_tally"), ==, cohort_test_sql_int (db, "SELECT count(*) FROM class"));
  g_assert_cmpint (cohort_test_sql_int (db, "SELECT sum (students) FROM class_tally"), >, 0);
  g_assert_cmpint (tally_mismatches (db), ==, 0);
  check_all_filters (store, db);
  sqlite3_close (db);
  g_unlink (cohort_store_get_backup_path (store));
  g_clear_object (&store);
  cohort_test_remove_database (path);
}

/* Clicking a bar: its classes are the ones SQL finds, with their students. */
static void
test_classes_behind_values (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  CohortDashboardFilter filter = COHORT_DASHBOARD_FILTER_INIT;
  g_autoptr(CohortDashboard) d = cohort_store_get_dashboard (store, &filter, &error);
  g_autoptr(GPtrArray) charts = cohort_dashboard_build_charts (d);
  sqlite3 *db = cohort_test_sql_open (demo_path);

  for (guint i = 0; i < charts->len; i++)
    {
      CohortChart *chart = g_ptr_array_index (charts, i);

      for (guint c = 0; c < cohort_chart_get_n_categories (chart); c++)
        for (guint s = 0; s < cohort_chart_get_n_series (chart); s++)
          {
            CohortDashboardFilter narrow = filter;
            g_autoptr(GPtrArray) classes = NULL;
            gint64 students = 0;

            if (cohort_chart_get_value (chart, s, c) == 0 || g_str_equal (cohort_chart_get_series_key (chart, s), "planned"))
              continue;
            cohort_dashboard_narrow_filter (&narrow, d, chart, s, c);
            classes = cohort_store_query_dashboard_classes (store, &narrow, &error);
            g_assert_no_error (error);
            g_assert_cmpuint (classes->len, >, 0);
            for (guint k = 0; k < classes->len; k++)
              {
                CohortClass *klass = g_ptr_array_index (classes, k);

                students += cohort_class_get_number (klass, COHORT_CLASS_ENROLLED);
                g_assert_cmpint (cohort_class_get_number (klass, COHORT_CLASS_STATUS), !=, COHORT_CLASS_STATUS_PLANNED);
              }
            /* where a bar counts students, its classes hold exactly them */
            if (cohort_chart_get_kind (chart) != COHORT_CHART_PERCENT)
              g_assert_cmpint (students, ==, cohort_chart_get_value (chart, s, c));
          }
    }
  sqlite3_close (db);
}

/* What a tooltip and a screen reader are told, and the JSON. */
static void
test_chart_texts (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  CohortDashboardFilter filter = COHORT_DASHBOARD_FILTER_INIT;
  g_autoptr(CohortDashboard) d = NULL;
  g_autoptr(GPtrArray) charts = NULL;
  g_autofree char *description = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *json = NULL;
  CohortChart *programs;

  filter.from_year = 2024;
  filter.to_year = 2025;
  d = cohort_store_get_dashboard (store, &filter, &error);
  charts = cohort_dashboard_build_charts (d);
  programs = g_ptr_array_index (charts, COHORT_DASHBOARD_CHART_PROGRAMS);

  description = cohort_chart_dup_description (programs);
  g_assert_true (g_str_has_prefix (description, "Students per Year by Program. Students. 2024: "));
  g_assert_nonnull (strstr (description, "2025: "));
  g_assert_nonnull (strstr (description, "; total "));

  tooltip = cohort_chart_dup_value_text (programs, 0, 0);
  g_assert_true (g_str_has_prefix (tooltip, "2024 · "));
  g_assert_nonnull (strstr (tooltip, "\nStudents: "));

  json = cohort_dashboard_dup_json (d, &filter, charts);
  g_assert_true (g_str_has_prefix (json, "{\"period\":{\"from\":2024,\"to\":2025,\"plan_year\":2025}"));
  g_assert_nonnull (strstr (json, "\"id\":\"lao-by-province\""));
}

/* With no period given, the dashboard ends this year, even when a class is
 * already planned for the next one. */
static void
test_default_ends_this_year (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "later.db", NULL);
  g_autoptr(GFile) from = g_file_new_for_path (demo_path);
  g_autoptr(GFile) to = g_file_new_for_path (path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int this_year = g_date_time_get_year (now);
  g_autofree char *start = g_strdup_printf ("%d-09-05", this_year + 1);
  g_autoptr(CohortStore) store = NULL;
  g_autoptr(CohortClass) later = cohort_class_new ();
  g_autoptr(CohortDashboard) d = NULL;
  CohortDashboardFilter filter = COHORT_DASHBOARD_FILTER_INIT;
  int first, last;

  g_assert_true (g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error));
  store = cohort_store_open (path, &error);
  g_assert_no_error (error);
  cohort_class_set_text (later, COHORT_CLASS_CODE, "B99");
  cohort_class_set_number (later, COHORT_CLASS_YEAR, this_year + 1);
  cohort_class_set_text (later, COHORT_CLASS_PROGRAM, "TCLLCT");
  cohort_class_set_number (later, COHORT_CLASS_HOST_ID, 1);
  cohort_class_set_text (later, COHORT_CLASS_START_DATE, start);
  cohort_class_set_number (later, COHORT_CLASS_PLANNED, 50);
  g_assert_true (cohort_store_save_class (store, later, &error));
  g_assert_no_error (error);

  g_assert_true (cohort_store_get_year_span (store, &first, &last, &error));
  g_assert_cmpint (last, ==, this_year + 1);
  d = cohort_store_get_dashboard (store, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpint (d->to_year, ==, this_year);
  g_assert_cmpint (d->plan_year, ==, this_year);
  g_assert_cmpint (d->from_year, ==, first);
  g_clear_object (&store);
  cohort_test_remove_database (path);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  store = cohort_test_store_new ("cohort-dashboard-XXXXXX", "demo.db", &dir, &demo_path);
  g_assert_true (cohort_store_generate_demo (store, 3000, 7, NULL, NULL, NULL, &error));
  g_clear_object (&store);

  g_test_add_func ("/dashboard/equals-sql", test_dashboard_equals_sql);
  g_test_add_func ("/dashboard/after-writes", test_dashboard_after_writes);
  g_test_add_func ("/dashboard/tally-migration", test_tally_migration);
  g_test_add_func ("/dashboard/classes-behind", test_classes_behind_values);
  g_test_add_func ("/dashboard/texts", test_chart_texts);
  g_test_add_func ("/dashboard/ends-this-year", test_default_ends_this_year);
  status = g_test_run ();

  cohort_test_store_close (&store, &dir, &demo_path);
  return status;
}
