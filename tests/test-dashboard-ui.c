/* test-dashboard-ui.c: the dashboard page in a real window — its tiles and
 * the series of its five chart views equal to plain SQL, for the remembered
 * filter and after the filter, enrolments and withdrawals change; a click on
 * a bar lists the classes behind it and opens one; tooltips, descriptions,
 * pictures of a chart; screenshots of the whole page, light and dark.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "cohort-chart-layout.h"
#include "cohort-class-list-window.h"
#include "cohort-classes-page.h"
#include "cohort-dashboard-charts.h"
#include "cohort-dashboard-export.h"
#include "cohort-dashboard-page.h"
#include "cohort-format.h"
#include "cohort-io-error.h"
#include "cohort-number.h"
#include "cohort-roster-view.h"
#include "cohort-test-store.h"
#include "cohort-test-ui.h"
#include "dashboard-sql.h"

static char *demo_path;

static CohortDashboardPage *
dashboard_of (CohortWindow *window)
{
  cohort_test_show_page (window, "dashboard");
  return COHORT_DASHBOARD_PAGE (cohort_window_get_page (window, "dashboard"));
}

static void
assert_tile (CohortDashboardPage *page,
             const char          *tile,
             gint64               n)
{
  g_autofree char *text = cohort_format_count (n);

  g_assert_cmpstr (cohort_dashboard_page_get_tile_text (page, tile), ==, text);
}

/* A rate says what it divides by: the number under it. */
static void
assert_percent_tile (CohortDashboardPage *page,
                     const char          *tile,
                     gint64               actual,
                     gint64               planned)
{
  g_autofree char *text = NULL;
  g_autofree char *detail_key = g_strconcat (tile, "-detail", NULL);
  g_autofree char *base = cohort_number_format (planned);
  g_autofree char *held = cohort_number_format (actual);
  const char *detail = cohort_dashboard_page_get_tile_text (page, detail_key);

  if (planned == 0)
    {
      g_assert_cmpstr (cohort_dashboard_page_get_tile_text (page, tile), ==, "—");
      return;
    }
  text = cohort_number_format_percent (round (1000.0 * actual / planned) / 10.0, 1);
  g_assert_cmpstr (cohort_dashboard_page_get_tile_text (page, tile), ==, text);
  g_assert_nonnull (strstr (detail, base));
  g_assert_nonnull (strstr (detail, held));
}

/* What the page shows against SQL over the enrolments. */
static void
assert_page_equals_sql (CohortDashboardPage *page)
{
  const CohortDashboardFilter *filter = cohort_dashboard_page_get_filter (page);
  const CohortDashboard *d = cohort_dashboard_page_get_dashboard (page);
  g_autoptr(GPtrArray) charts = g_ptr_array_new ();
  DashboardSqlTiles t;
  sqlite3 *db = NULL;

  g_assert_nonnull (d);
  db = cohort_test_sql_open (demo_path);
  dashboard_sql_tiles (db, filter, d->from_year, d->to_year, &t);
  assert_tile (page, "classes", t.classes_running + t.classes_finished);
  assert_tile (page, "students", t.students);
  assert_tile (page, "graduates", t.graduates);
  if (t.finished_students > 0)
    {
      /* "96.1% of 77,852 students of finished classes" */
      g_autofree char *share = cohort_number_format_percent (round (1000.0 * t.graduates / t.finished_students)
                                                             / 10.0, 1);
      g_autofree char *rate = cohort_dashboard_dup_rate_text (COHORT_DASHBOARD_RATE_GRADUATES, share,
                                                              t.finished_students);

      g_assert_cmpstr (cohort_dashboard_page_get_tile_text (page, "graduates-detail"), ==, rate);
    }
  assert_tile (page, "lao", t.lao_students);
  assert_percent_tile (page, "plan-classes", t.classes_running + t.classes_finished, t.plan_classes);
  assert_percent_tile (page, "plan-students", t.students, t.plan_students);

  for (guint i = 0; i < COHORT_DASHBOARD_N_CHARTS; i++)
    g_ptr_array_add (charts, cohort_chart_view_get_chart (cohort_dashboard_page_get_chart_view (page, i)));
  dashboard_sql_check_charts (db, filter, d->from_year, d->to_year, charts);
  sqlite3_close (db);
}

static void
test_page_equals_sql (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  GSettings *settings = cohort_test_ui_settings ();
  CohortWindow *window = cohort_test_window_for (store);
  CohortDashboardPage *page = dashboard_of (window);
  gint64 school;

  assert_page_equals_sql (page);
  cohort_test_screenshot (GTK_WIDGET (window), "dashboard-top");

  /* each filter as the user picks it: shown at once, remembered */
  school = cohort_test_raw_int (demo_path, "SELECT id FROM org_unit WHERE kind = 'school' LIMIT 1");

  g_assert_true (cohort_dashboard_page_set_filter (page, 2019, 2021, COHORT_HOST_DISTRICT_CENTRES, NULL));
  assert_page_equals_sql (page);
  g_assert_cmpint (g_settings_get_int (settings, "dashboard-from-year"), ==, 2019);
  g_assert_cmpint (g_settings_get_int (settings, "dashboard-to-year"), ==, 2021);
  g_autofree char *host = g_settings_get_string (settings, "dashboard-host");
  g_assert_cmpstr (host, ==, "centres");

  g_assert_true (cohort_dashboard_page_set_filter (page, 0, 0, school, "TCLLCT"));
  assert_page_equals_sql (page);
  g_assert_true (cohort_dashboard_page_set_filter (page, 2024, 2024, 0, "SCLLCT"));
  assert_page_equals_sql (page);
  g_assert_false (cohort_dashboard_page_set_filter (page, 0, 0, 0, "NO_SUCH_PROGRAM"));

  /* a new window comes back to the remembered filter */
  gtk_window_destroy (GTK_WINDOW (window));
  window = cohort_test_window_for (store);
  page = dashboard_of (window);
  g_assert_cmpint (cohort_dashboard_page_get_filter (page)->from_year, ==, 2024);
  g_assert_cmpint (cohort_dashboard_page_get_filter (page)->to_year, ==, 2024);
  g_assert_cmpstr (cohort_dashboard_page_get_filter (page)->program, ==, "SCLLCT");
  assert_page_equals_sql (page);

  g_assert_true (cohort_dashboard_page_set_filter (page, 0, 0, 0, NULL));
  g_assert_cmpint (g_settings_get_int (settings, "dashboard-from-year"), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Enrolments added and withdrawn: the page, reloaded as after any write, follows. */
static void
test_page_after_enrol_and_withdraw (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  CohortWindow *window = cohort_test_window_for (store);
  CohortDashboardPage *page = dashboard_of (window);
  gint64 before = cohort_dashboard_page_get_dashboard (page)->students;
  gint64 people[25], enrolments[8], class_id;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n = 0;

  db = cohort_test_sql_open (demo_path);
  class_id = cohort_test_sql_int (db, "SELECT id FROM class WHERE status = 'running' ORDER BY id LIMIT 1");
  sqlite3_prepare_v2 (db, "SELECT id FROM person WHERE id NOT IN (SELECT person_id FROM enrolment "
                          "WHERE class_id = ?) ORDER BY id LIMIT 25", -1, &stmt, NULL);
  sqlite3_bind_int64 (stmt, 1, class_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    people[n++] = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  g_assert_true (cohort_store_enrol (store, class_id, people, n, NULL, &error));
  cohort_window_reload (window);
  cohort_test_wait_until_loaded (window);
  assert_page_equals_sql (page);
  g_assert_cmpint (cohort_dashboard_page_get_dashboard (page)->students, ==, before + 25);

  n = 0;
  sqlite3_prepare_v2 (db, "SELECT id FROM enrolment WHERE class_id = ? AND status <> 'withdrawn' LIMIT 8",
                      -1, &stmt, NULL);
  sqlite3_bind_int64 (stmt, 1, class_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    enrolments[n++] = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_true (cohort_store_set_enrolment_status (store, enrolments, n, "withdrawn", NULL, &error));
  cohort_window_reload (window);
  cohort_test_wait_until_loaded (window);
  assert_page_equals_sql (page);
  g_assert_cmpint (cohort_dashboard_page_get_dashboard (page)->students, ==, before + 25 - 8);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
classes_window_open (gpointer data)
{
  return cohort_dashboard_page_get_classes_window (data) != NULL;
}

/* A bar clicked: its classes, a tooltip with its value, a roster opened. */
static void
test_click_bar_lists_classes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  CohortWindow *window = cohort_test_window_for (store);
  CohortDashboardPage *page = dashboard_of (window);
  CohortChartView *view = cohort_dashboard_page_get_chart_view (page, COHORT_DASHBOARD_CHART_PROGRAMS);
  CohortChart *chart;
  CohortClassListWindow *list;
  g_autoptr(CohortClass) first = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *value = NULL;
  g_autofree char *description = NULL;
  gint64 students = 0;
  guint series = 0, category = 0;
  double x, y;

  gtk_test_widget_wait_for_draw (GTK_WIDGET (view));
  chart = cohort_chart_view_get_chart (view);
  /* the newest year's first program with students */
  category = cohort_chart_get_n_categories (chart) - 1;
  while (cohort_chart_get_value (chart, series, category) == 0)
    series++;
  g_assert_true (cohort_chart_view_find_value (view, series, category, &x, &y));

  tooltip = cohort_chart_view_dup_tooltip_at (view, x, y);
  value = cohort_format_count (cohort_chart_get_value (chart, series, category));
  g_assert_nonnull (tooltip);
  g_assert_true (g_str_has_prefix (tooltip, cohort_chart_get_category_label (chart, category)));
  g_assert_nonnull (strstr (tooltip, cohort_chart_get_series_name (chart, series)));
  g_assert_nonnull (strstr (tooltip, value));
  g_assert_null (cohort_chart_view_dup_tooltip_at (view, 1, 1));

  description = cohort_chart_view_dup_description (view);
  g_assert_true (g_str_has_prefix (description, cohort_chart_get_title (chart)));
  g_assert_nonnull (strstr (description, value));

  g_assert_true (cohort_chart_view_click_at (view, x, y));
  cohort_test_wait_for (classes_window_open, page, 10);
  list = COHORT_CLASS_LIST_WINDOW (cohort_dashboard_page_get_classes_window (page));
  g_assert_cmpuint (cohort_class_list_window_get_n_classes (list), >, 0);
  for (guint i = 0; i < cohort_class_list_window_get_n_classes (list); i++)
    {
      CohortClass *klass = cohort_class_list_window_get_class (list, i);

      g_assert_cmpstr (cohort_class_get_text (klass, COHORT_CLASS_PROGRAM), ==,
                       cohort_chart_get_series_key (chart, series));
      g_assert_cmpint (cohort_class_get_number (klass, COHORT_CLASS_YEAR), ==,
                       g_ascii_strtoll (cohort_chart_get_category_key (chart, category), NULL, 10));
      students += cohort_class_get_number (klass, COHORT_CLASS_ENROLLED);
    }
  g_assert_cmpint (students, ==, cohort_chart_get_value (chart, series, category));
  cohort_test_screenshot (GTK_WIDGET (list), "dashboard-classes");

  first = g_object_ref (cohort_class_list_window_get_class (list, 0));
  cohort_class_list_window_activate (list, 0);
  cohort_test_spin (200);
  g_assert_cmpstr (cohort_window_get_visible_page (window), ==, "classes");
  {
    CohortClassesPage *classes = COHORT_CLASSES_PAGE (cohort_window_get_page (window, "classes"));
    CohortClass *shown = cohort_roster_view_get_class (cohort_classes_page_get_roster_view (classes));

    g_assert_cmpstr (cohort_classes_page_get_visible_view (classes), ==, "roster");
    g_assert_cmpint (cohort_class_get_number (shown, COHORT_CLASS_ID), ==,
                     cohort_class_get_number (first, COHORT_CLASS_ID));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A chart copied or saved: a picture of it, title included. */
static void
test_chart_picture (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  CohortWindow *window = cohort_test_window_for (store);
  CohortDashboardPage *page = dashboard_of (window);
  CohortChart *chart = cohort_chart_view_get_chart (cohort_dashboard_page_get_chart_view (page, COHORT_DASHBOARD_CHART_LEVELS));
  g_autoptr(GdkTexture) texture = cohort_dashboard_chart_texture (chart);
  g_autofree char *dir = g_dir_make_tmp ("cohort-chart-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "levels.png", NULL);
  g_autoptr(GdkTexture) read = NULL;
  g_autoptr(GFile) file = NULL;

  g_assert_cmpint (gdk_texture_get_width (texture), ==, 1800);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 1000);
  g_assert_true (cohort_chart_write_png (chart, path, 900, 500, 2, &error));
  g_assert_no_error (error);
  file = g_file_new_for_path (path);
  read = gdk_texture_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (read), ==, 1800);
  g_assert_false (cohort_chart_write_png (chart, "/nonexistent/dir/x.png", 900, 500, 1, &error));
  g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CANNOT_WRITE);
  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The whole page, tall enough to hold every chart, light and dark. */
static void
test_screenshots (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  CohortWindow *window = cohort_test_window_for (store);
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *page = GTK_WIDGET (dashboard_of (window));
  GtkWidget *scrolled = adw_bin_get_child (ADW_BIN (page));
  GtkWidget *viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  GtkWidget *content = gtk_viewport_get_child (GTK_VIEWPORT (viewport));

  /* the page's content, all of it, beyond the window's height */
  cohort_test_screenshot (GTK_WIDGET (window), "dashboard-window");
  cohort_test_screenshot (content, "dashboard-light");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  cohort_test_spin (300);
  cohort_test_screenshot (content, "dashboard-dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  g_autofree char *dir = NULL;
  int status;

  cohort_test_ui_init (&argc, &argv);
  demo_path = cohort_test_ui_make_demo (25000, &dir);

  g_test_add_func ("/ui/dashboard/equals-sql", test_page_equals_sql);
  g_test_add_func ("/ui/dashboard/enrol-withdraw", test_page_after_enrol_and_withdraw);
  g_test_add_func ("/ui/dashboard/click-bar", test_click_bar_lists_classes);
  g_test_add_func ("/ui/dashboard/picture", test_chart_picture);
  g_test_add_func ("/ui/dashboard/screenshots", test_screenshots);
  status = g_test_run ();

  cohort_test_ui_remove_demo (demo_path, dir);
  return status;
}
