/* test-window.c: the main window built from its template, driven through its
 * actions under Xvfb; writes screenshots of every page into the build tree.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cohort-about-window.h"
#include "cohort-application.h"
#include "cohort-classes-page.h"
#include "cohort-dashboard-page.h"
#include "cohort-format.h"
#include "cohort-fold.h"
#include "cohort-i18n.h"
#include "cohort-lao-page.h"
#include "cohort-page.h"
#include "cohort-form-guard.h"
#include "cohort-preferences-window.h"
#include "cohort-reports-page.h"
#include "cohort-students-page.h"
#include "cohort-test-ui.h"
#include "cohort-window.h"

static char *demo_path;
static GSettings *settings;

#define wait_for cohort_test_wait_for
#define spin cohort_test_spin
#define window_for cohort_test_window_for
#define save_screenshot cohort_test_screenshot
#define show cohort_test_show_page

/* Tests ---------------------------------------------------------------------------- */

/* A new database starts with the setup of the school, the demo on offer. */
static void
test_empty_database_offers_demo (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (":memory:", &error);
  CohortWindow *window = window_for (store);

  g_assert_cmpstr (cohort_window_get_visible_view (window), ==, "setup");
  save_screenshot (GTK_WIDGET (window), "welcome");
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
window_shows_content (gpointer data)
{
  return g_strcmp0 (cohort_window_get_visible_view (data), "content") == 0;
}

static void
test_load_demo_from_window (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (":memory:", &error);
  CohortWindow *window = window_for (store);
  CohortStoreCounts counts;
  CohortDashboardPage *dashboard;
  g_autofree char *expected = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.load-demo", NULL);
  g_assert_cmpstr (cohort_window_get_visible_view (window), ==, "loading");
  wait_for (window_shows_content, window, 120);

  g_assert_true (cohort_store_get_counts (store, &counts, &error));
  g_assert_cmpint (counts.people, ==, 20000);
  dashboard = COHORT_DASHBOARD_PAGE (cohort_window_get_page (window, "dashboard"));
  {
    CohortDashboardFilter filter = COHORT_DASHBOARD_FILTER_INIT;
    g_autoptr(CohortDashboard) d = cohort_store_get_dashboard (store, &filter, &error);

    g_assert_no_error (error);
    g_assert_cmpint (d->lao_students, >, 0);
    expected = cohort_format_count (d->lao_students);
  }
  g_assert_cmpstr (cohort_dashboard_page_get_tile_text (dashboard, "lao"), ==, expected);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_pages_show_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  CohortWindow *window = NULL;
  CohortStoreCounts counts;
  CohortStatsRow totals;
  g_autoptr(GPtrArray) stats = NULL;
  g_autoptr(GPtrArray) lao_classes = NULL;
  CohortDashboardPage *dashboard;
  CohortStudentsPage *students;
  GListModel *found;

  g_assert_no_error (error);
  g_assert_true (cohort_store_get_counts (store, &counts, &error));
  g_assert_true (cohort_store_get_stats_totals (store, 0, 0, &totals, &error));
  stats = cohort_store_get_stats (store, 0, 0, &error);
  lao_classes = cohort_store_list_classes (store, TRUE, 0, &error);

  window = window_for (store);
  g_assert_cmpstr (cohort_window_get_visible_view (window), ==, "content");

  /* Dashboard: tiles hold the totals of the database */
  show (window, "dashboard");
  dashboard = COHORT_DASHBOARD_PAGE (cohort_window_get_page (window, "dashboard"));
  {
    CohortDashboardFilter filter = COHORT_DASHBOARD_FILTER_INIT;
    g_autoptr(CohortDashboard) d = cohort_store_get_dashboard (store, &filter, &error);
    g_autofree char *classes = NULL;
    g_autofree char *trained = NULL;

    g_assert_no_error (error);
    classes = cohort_format_count (d->classes_running + d->classes_finished);
    trained = cohort_format_count (d->students);
    g_assert_cmpstr (cohort_dashboard_page_get_tile_text (dashboard, "classes"), ==, classes);
    g_assert_cmpstr (cohort_dashboard_page_get_tile_text (dashboard, "students"), ==, trained);
    g_assert_cmpuint (d->n_years, ==, 11);
  }
  save_screenshot (GTK_WIDGET (window), "dashboard");

  /* Classes: every class of the database */
  show (window, "classes");
  g_assert_cmpuint (g_list_model_get_n_items (cohort_classes_page_get_model (
                      COHORT_CLASSES_PAGE (cohort_window_get_page (window, "classes")))),
                    ==, counts.classes);
  save_screenshot (GTK_WIDGET (window), "classes");

  /* Opening a class shows its roster in roster order; the filter narrows it */
  {
    CohortClassesPage *classes = COHORT_CLASSES_PAGE (cohort_window_get_page (window, "classes"));
    g_autoptr(CohortClass) first = g_list_model_get_item (cohort_classes_page_get_model (classes), 0);
    g_autoptr(GPtrArray) roster = cohort_store_get_roster (store, cohort_class_get_number (first, COHORT_CLASS_ID), NULL);
    CohortRosterView *view = cohort_classes_page_get_roster_view (classes);
    GListModel *rows = cohort_roster_view_get_model (view);
    guint n_nguyen = 0;

    cohort_classes_page_open_roster (classes, first);
    g_assert_cmpstr (cohort_classes_page_get_visible_view (classes), ==, "roster");
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, roster->len);
    for (guint i = 0; i < roster->len; i++)
      {
        g_autoptr(CohortEnrolment) row = g_list_model_get_item (rows, i);
        CohortPerson *p = cohort_enrolment_get_person (row);
        g_autofree char *full = cohort_person_dup_full_name (p);
        g_autofree char *folded = cohort_fold (full);

        g_assert_cmpint (cohort_person_get_id (p), ==,
                         cohort_person_get_id (cohort_enrolment_get_person (g_ptr_array_index (roster, i))));
        n_nguyen += strstr (folded, "nguyen") != NULL;
      }
    save_screenshot (GTK_WIDGET (window), "roster");

    cohort_roster_view_set_filter (view, "NGUYỄN");
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_nguyen);
    g_assert_cmpuint (n_nguyen, >, 0);

    gtk_widget_activate_action (GTK_WIDGET (view), "roster.close", NULL);
    g_assert_cmpstr (cohort_classes_page_get_visible_view (classes), ==, "list");
  }

  /* Students: Ctrl+F goes to the search; "nguyen duc" finds Nguyễn … Đức */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_assert_cmpstr (cohort_window_get_visible_page (window), ==, "students");
  students = COHORT_STUDENTS_PAGE (cohort_window_get_page (window, "students"));
  /* Typed one letter at a time, as a person would: only the last search shows */
  cohort_students_page_search (students, "ng");
  cohort_students_page_search (students, "nguyen d");
  cohort_students_page_search (students, "nguyen duc");
  cohort_test_wait_until_loaded (window);
  found = cohort_students_page_get_model (students);
  g_assert_cmpuint (g_list_model_get_n_items (found), >, 0);
  g_assert_cmpint (g_list_model_get_n_items (found), ==,
                   cohort_store_count_search (store, "nguyen duc", NULL));
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(CohortPerson) p = g_list_model_get_item (found, i);
      g_autofree char *full = cohort_person_dup_full_name (p);
      g_autofree char *folded = cohort_fold (full);

      g_assert_nonnull (strstr (folded, "nguyen"));
      g_assert_nonnull (strstr (folded, "duc"));
    }
  save_screenshot (GTK_WIDGET (window), "students");

  /* Every column sorts, in SQL: by date of birth, then the reverse. */
  {
    GtkColumnView *view = cohort_students_page_get_column_view (students);
    g_autoptr(GtkColumnViewColumn) birth = g_list_model_get_item (gtk_column_view_get_columns (view), 2);
    guint n = g_list_model_get_n_items (found);

    for (guint i = 0; i < g_list_model_get_n_items (gtk_column_view_get_columns (view)); i++)
      {
        g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (gtk_column_view_get_columns (view), i);
        g_assert_nonnull (gtk_column_view_column_get_sorter (column));
      }
    for (int desc = 0; desc < 2; desc++)
      {
        gtk_column_view_sort_by_column (view, birth, desc ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
        cohort_test_wait_until_loaded (window);
        found = cohort_students_page_get_model (students);
        g_assert_cmpuint (g_list_model_get_n_items (found), ==, n);
        for (guint i = 1; i < n; i++)
          {
            g_autoptr(CohortPerson) a = g_list_model_get_item (found, i - 1);
            g_autoptr(CohortPerson) b = g_list_model_get_item (found, i);
            const char *da = cohort_person_get_birth_date (a), *db = cohort_person_get_birth_date (b);

            if (da != NULL && db != NULL)
              g_assert_cmpint (desc ? strcmp (db, da) : strcmp (da, db), <=, 0);
          }
      }
    gtk_column_view_sort_by_column (view, NULL, GTK_SORT_ASCENDING);
    cohort_test_wait_until_loaded (window);
  }

  /* Lao cohorts */
  show (window, "lao");
  g_assert_cmpuint (cohort_lao_page_get_n_cohorts (COHORT_LAO_PAGE (cohort_window_get_page (window, "lao"))),
                    ==, lao_classes->len);
  g_assert_cmpuint (cohort_lao_page_get_n_provinces (COHORT_LAO_PAGE (cohort_window_get_page (window, "lao"))),
                    >=, 2);
  save_screenshot (GTK_WIDGET (window), "lao");

  /* Reports: one line per statistics row */
  show (window, "reports");
  g_assert_cmpuint (cohort_reports_page_get_n_rows (COHORT_REPORTS_PAGE (cohort_window_get_page (window, "reports"))),
                    ==, stats->len);
  save_screenshot (GTK_WIDGET (window), "reports");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_error_page (void)
{
  CohortWindow *window = window_for (NULL);

  cohort_window_show_error (window, "The file is damaged.");
  g_assert_cmpstr (cohort_window_get_visible_view (window), ==, "error");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_preferences_language (void)
{
  CohortPreferencesWindow *prefs = cohort_preferences_window_new (settings, demo_path, NULL);
  AdwComboRow *row;

  gtk_window_present (GTK_WINDOW (prefs));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (prefs));
  row = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (prefs),
                                                      COHORT_TYPE_PREFERENCES_WINDOW,
                                                      "language_row"));
  /* No database: nothing to set on the Documents page. */
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (prefs),
                                                                                        COHORT_TYPE_PREFERENCES_WINDOW,
                                                                                        "documents_page"))));
  g_settings_set_string (settings, "language", "lo");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 2);
  adw_combo_row_set_selected (row, 1);
  {
    g_autofree char *lang = g_settings_get_string (settings, "language");
    g_assert_cmpstr (lang, ==, "vi");
  }
  save_screenshot (GTK_WIDGET (prefs), "preferences");
  g_settings_reset (settings, "language");
  gtk_window_destroy (GTK_WINDOW (prefs));
}

/* The Documents page shows the settings of the database, saves a line when
 * it is applied (two rows make a two-line title), and asks about what was
 * typed but not applied when the window closes. */
static void
test_preferences_documents (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  CohortPreferencesWindow *prefs;
  GtkWindow *alive;
  const char *keys[] = { COHORT_SETTING_AGENCY, COHORT_SETTING_SIGNER_TITLE, NULL };
  const char *values[] = { "TRƯỜNG CHÍNH TRỊ LÊ DUẨN", "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG", NULL };
  char *value;

  g_assert_no_error (error);
  g_assert_true (cohort_store_set_settings (store, keys, values, &error));
  prefs = cohort_preferences_window_new (settings, demo_path, store);
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (prefs), "documents");
  gtk_window_present (GTK_WINDOW (prefs));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (prefs));

  g_assert_cmpstr (gtk_editable_get_text (cohort_test_prefs_row (prefs, "agency_row")), ==, "TRƯỜNG CHÍNH TRỊ LÊ DUẨN");
  g_assert_cmpstr (gtk_editable_get_text (cohort_test_prefs_row (prefs, "signer_title_row")), ==, "KT. HIỆU TRƯỞNG");
  g_assert_cmpstr (gtk_editable_get_text (cohort_test_prefs_row (prefs, "signer_title2_row")), ==, "PHÓ HIỆU TRƯỞNG");
  save_screenshot (GTK_WIDGET (prefs), "preferences-documents");

  gtk_editable_set_text (cohort_test_prefs_row (prefs, "parent_agency_row"), "TỈNH ỦY QUẢNG TRỊ");
  g_signal_emit_by_name (cohort_test_prefs_row (prefs, "parent_agency_row"), "apply");
  value = cohort_store_get_setting (store, COHORT_SETTING_PARENT_AGENCY, &error);
  g_assert_cmpstr (value, ==, "TỈNH ỦY QUẢNG TRỊ");
  g_free (value);

  gtk_editable_set_text (cohort_test_prefs_row (prefs, "signer_title_row"), "TL. HIỆU TRƯỞNG");
  gtk_editable_set_text (cohort_test_prefs_row (prefs, "signer_title2_row"), "TRƯỞNG PHÒNG QUẢN LÝ ĐÀO TẠO");
  g_signal_emit_by_name (cohort_test_prefs_row (prefs, "signer_title2_row"), "apply");
  value = cohort_store_get_setting (store, COHORT_SETTING_SIGNER_TITLE, &error);
  g_assert_cmpstr (value, ==, "TL. HIỆU TRƯỞNG\nTRƯỞNG PHÒNG QUẢN LÝ ĐÀO TẠO");
  g_free (value);

  /* Typed, not applied: closing asks, and Save saves it (the demo's place is Quảng Trị). */
  gtk_editable_set_text (cohort_test_prefs_row (prefs, "place_row"), "Đông Hà");
  alive = GTK_WINDOW (prefs);
  g_object_add_weak_pointer (G_OBJECT (prefs), (gpointer *) &alive);
  gtk_window_close (GTK_WINDOW (prefs));
  g_assert_nonnull (cohort_form_guard_get_dialog (GTK_WINDOW (prefs)));
  adw_message_dialog_response (cohort_form_guard_get_dialog (GTK_WINDOW (prefs)), "save");
  wait_for (cohort_test_is_cleared, &alive, 5);
  value = cohort_store_get_setting (store, COHORT_SETTING_PLACE, &error);
  g_assert_cmpstr (value, ==, "Đông Hà");
  g_free (value);
  g_assert_no_error (error);
}

static void
test_about_window (void)
{
  CohortAboutWindow *about = cohort_about_window_new ();
  GtkLabel *version;
  g_autofree char *expected = g_strdup_printf (_("Version %s"), PACKAGE_VERSION);

  gtk_window_present (GTK_WINDOW (about));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (about));
  version = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (about), COHORT_TYPE_ABOUT_WINDOW,
                                                      "version_label"));
  g_assert_cmpstr (gtk_label_get_label (version), ==, expected);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (about)), ==, _("About Cohort"));
  save_screenshot (GTK_WIDGET (about), "about");
  gtk_window_destroy (GTK_WINDOW (about));
}

static void
test_translations_loaded (void)
{
  const char *lang = g_getenv ("LANGUAGE");

  if (lang == NULL || g_str_equal (lang, "en") || *lang == '\0')
    {
      g_assert_cmpstr (_("Dashboard"), ==, "Dashboard");
      return;
    }
  /* The catalogue of the UI language is found and used */
  g_assert_cmpstr (_("Dashboard"), !=, "Dashboard");
  g_assert_cmpstr (_("Students"), !=, "Students");
  g_assert_cmpstr (C_("number", ","), ==, g_str_equal (lang, "vi") ? "." : ",");
}

int
main (int argc, char **argv)
{
  g_autofree char *dir = NULL;
  int status;

  cohort_test_ui_init (&argc, &argv);
  settings = cohort_test_ui_settings ();

  /* One demo database shared by the page tests */
  demo_path = cohort_test_ui_make_demo (3000, &dir);

  g_test_add_func ("/ui/i18n/catalogue", test_translations_loaded);
  g_test_add_func ("/ui/window/empty", test_empty_database_offers_demo);
  g_test_add_func ("/ui/window/pages", test_pages_show_database);
  g_test_add_func ("/ui/window/error", test_error_page);
  g_test_add_func ("/ui/window/load-demo", test_load_demo_from_window);
  g_test_add_func ("/ui/preferences/language", test_preferences_language);
  g_test_add_func ("/ui/preferences/documents", test_preferences_documents);
  g_test_add_func ("/ui/about", test_about_window);

  status = g_test_run ();
  cohort_test_ui_remove_demo (demo_path, dir);
  return status;
}
