/* test-navigation-ui.c: moving about the window as a user does — a new
 * class's roster shows its program at once, the roster counts its students
 * without the withdrawn, toasts stay above the roster's action bar, Back
 * from a person returns where the user came from (a roster, the Students
 * list after a search) with the selection and scroll kept, and the Students
 * page's filters match plain SQL, clear with one click and stay for the
 * session. Run in en, vi and lo.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "cohort-class-editor.h"
#include "cohort-classes-page.h"
#include "cohort-format.h"
#include "cohort-person-view.h"
#include "cohort-roster-view.h"
#include "cohort-status-dialog.h"
#include "cohort-students-page.h"
#include "cohort-test-store.h"
#include "cohort-test-ui.h"
#include "cohort-window.h"

static char *demo_path;

static GtkWidget *
child_of (gpointer     widget,
          GType        type,
          const char  *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (widget), type, name));
}

/* A toast as AdwToastOverlay shows it: a child whose CSS name is "toast". */
static GtkWidget *
find_toast (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_widget_get_css_name (child), "toast") == 0 && gtk_widget_get_visible (child))
        return child;
      if ((found = find_toast (child)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
page_idle (gpointer page)
{
  return !cohort_students_page_is_searching (page);
}

static guint
selected_position (GtkSelectionModel *selection)
{
  g_autoptr(GtkBitset) set = gtk_selection_model_get_selection (selection);

  return gtk_bitset_get_size (set) == 1 ? gtk_bitset_get_nth (set, 0) : GTK_INVALID_LIST_POSITION;
}

static GtkAdjustment *
vadjustment (GtkColumnView *view)
{
  return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
}

/* Scrolls @view a little and selects the row at @position, as a user would. */
static double
scroll_and_select (GtkColumnView     *view,
                   GtkSelectionModel *selection,
                   guint              position)
{
  GtkAdjustment *adj = vadjustment (view);

  gtk_test_widget_wait_for_draw (GTK_WIDGET (view));
  gtk_adjustment_set_value (adj, MIN (gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj), 120.0));
  gtk_selection_model_select_item (selection, position, TRUE);
  cohort_test_spin (100);
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), >, 0);
  return gtk_adjustment_get_value (adj);
}

/* A new class, its roster, its count, its toasts ------------------------------------ */

static void
test_new_class_roster (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  CohortWindow *window = cohort_test_window_for (store);
  CohortClassesPage *classes = COHORT_CLASSES_PAGE (cohort_window_get_page (window, "classes"));
  CohortRosterView *roster = cohort_classes_page_get_roster_view (classes);
  g_autofree char *program = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *students = NULL;
  const char *title, *subtitle;
  CohortClassEditor *editor;
  GtkSelectionModel *selection;
  GtkWidget *toast, *action_bar;
  graphene_rect_t toast_bounds, bar_bounds;
  gint64 ids[4];

  cohort_test_show_page (window, "classes");
  editor = cohort_classes_page_new_class (classes);
  cohort_class_editor_set_text (editor, "code", "B88");
  cohort_class_editor_set_text (editor, "program", "SCLLCT");
  cohort_class_editor_set_text (editor, "start", "07/04/2026");
  cohort_class_editor_set_text (editor, "end", "07/05/2026");
  g_assert_true (cohort_class_editor_save (editor));

  /* The roster shows the program and the host at once, never "(null)". */
  g_assert_cmpstr (cohort_classes_page_get_visible_view (classes), ==, "roster");
  {
    g_autoptr(CohortClass) stored = cohort_store_get_class (store, cohort_class_get_number (
                                                              cohort_roster_view_get_class (roster), COHORT_CLASS_ID),
                                                            &error);

    g_assert_no_error (error);
    program = g_strdup (cohort_class_get_text (stored, COHORT_CLASS_PROGRAM_NAME));
    g_assert_nonnull (program);
  }
  title = gtk_label_get_label (GTK_LABEL (child_of (roster, COHORT_TYPE_ROSTER_VIEW, "title_label")));
  subtitle = gtk_label_get_label (GTK_LABEL (child_of (roster, COHORT_TYPE_ROSTER_VIEW, "subtitle_label")));
  g_assert_null (strstr (title, "(null)"));
  g_assert_null (strstr (subtitle, "(null)"));
  g_assert_nonnull (strstr (title, "B88"));
  g_assert_nonnull (strstr (title, program));

  /* "Class B88 created" shows over the roster, above its action bar. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  cohort_test_spin (400);
  toast = find_toast (child_of (roster, COHORT_TYPE_ROSTER_VIEW, "toast_overlay"));
  g_assert_nonnull (toast);
  action_bar = cohort_test_find_descendant (GTK_WIDGET (roster), GTK_TYPE_ACTION_BAR, NULL);
  g_assert_nonnull (action_bar);
  g_assert_true (gtk_widget_compute_bounds (toast, GTK_WIDGET (window), &toast_bounds));
  g_assert_true (gtk_widget_compute_bounds (action_bar, GTK_WIDGET (window), &bar_bounds));
  g_assert_cmpfloat (toast_bounds.origin.y + toast_bounds.size.height, <=, bar_bounds.origin.y);
  cohort_test_screenshot (GTK_WIDGET (window), "roster-new-class");

  /* Four people enrolled, two withdrawn: the count leaves them out. */
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT id FROM person ORDER BY id LIMIT 1 OFFSET %u", i * 7);

      ids[i] = cohort_test_raw_int (demo_path, sql);
    }
  g_assert_true (cohort_store_enrol (store, cohort_class_get_number (cohort_roster_view_get_class (roster),
                                                                     COHORT_CLASS_ID), ids, 4, NULL, &error));
  g_assert_true (cohort_roster_view_reload (roster));
  selection = cohort_roster_view_get_selection (roster);
  gtk_selection_model_select_range (selection, 0, 2, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (roster), "roster.withdraw", NULL);
  /* Withdraw asks since when, under which decision and why */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (cohort_test_find_window (COHORT_TYPE_STATUS_DIALOG)), "apply");
  gtk_selection_model_unselect_all (selection);
  students = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u student", "%u students", 2), 2);
  expected = g_strdup_printf (_("%s · %u withdrawn"), students, 2);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child_of (roster, COHORT_TYPE_ROSTER_VIEW, "count_label"))), ==,
                   expected);

  /* The toast of Withdraw, with its Undo, stays above the buttons too. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  cohort_test_spin (400);
  toast = find_toast (child_of (roster, COHORT_TYPE_ROSTER_VIEW, "toast_overlay"));
  g_assert_nonnull (toast);
  g_assert_true (gtk_widget_compute_bounds (toast, GTK_WIDGET (window), &toast_bounds));
  g_assert_cmpfloat (toast_bounds.origin.y + toast_bounds.size.height, <=, bar_bounds.origin.y);
  cohort_test_screenshot (GTK_WIDGET (window), "roster-count-toast");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Back ------------------------------------------------------------------------------- */

static void
test_back_to_roster (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  CohortWindow *window = cohort_test_window_for (store);
  CohortClassesPage *classes = COHORT_CLASSES_PAGE (cohort_window_get_page (window, "classes"));
  CohortStudentsPage *students = COHORT_STUDENTS_PAGE (cohort_window_get_page (window, "students"));
  CohortRosterView *roster = cohort_classes_page_get_roster_view (classes);
  gint64 class_id = cohort_test_raw_int (demo_path,
                                         "SELECT class_id FROM enrolment GROUP BY class_id ORDER BY count(*) DESC LIMIT 1");
  g_autoptr(CohortClass) klass = cohort_store_get_class (store, class_id, &error);
  GtkColumnView *view = cohort_roster_view_get_column_view (roster);
  GtkSelectionModel *selection = cohort_roster_view_get_selection (roster);
  double scrolled;

  g_assert_no_error (error);
  cohort_test_show_page (window, "classes");
  cohort_classes_page_open_roster (classes, klass);
  g_assert_cmpuint (g_list_model_get_n_items (cohort_roster_view_get_model (roster)), >, 30);
  scrolled = scroll_and_select (view, selection, 12);

  /* Enter on the row: the person, then Back to the roster as it was. */
  g_signal_emit_by_name (view, "activate", 12);
  g_assert_cmpstr (cohort_window_get_visible_page (window), ==, "students");
  g_assert_cmpstr (cohort_students_page_get_visible_view (students), ==, "person");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  cohort_test_screenshot (GTK_WIDGET (window), "person-from-roster");
  gtk_widget_activate_action (GTK_WIDGET (cohort_students_page_get_person_view (students)), "person.close", NULL);
  cohort_test_spin (100);
  g_assert_cmpstr (cohort_window_get_visible_page (window), ==, "classes");
  g_assert_cmpstr (cohort_classes_page_get_visible_view (classes), ==, "roster");
  g_assert_cmpint (cohort_class_get_number (cohort_roster_view_get_class (roster), COHORT_CLASS_ID), ==, class_id);
  g_assert_cmpuint (selected_position (selection), ==, 12);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment (view)), ==, scrolled);
  /* The Students page is back on its list for next time. */
  g_assert_cmpstr (cohort_students_page_get_visible_view (students), ==, "list");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_back_to_search (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  CohortWindow *window = cohort_test_window_for (store);
  CohortStudentsPage *students = COHORT_STUDENTS_PAGE (cohort_window_get_page (window, "students"));
  GtkColumnView *view = cohort_students_page_get_column_view (students);
  GtkSelectionModel *selection = gtk_column_view_get_model (view);
  GtkEditable *search = GTK_EDITABLE (child_of (students, COHORT_TYPE_STUDENTS_PAGE, "search_entry"));
  double scrolled;
  guint n;

  cohort_test_show_page (window, "students");
  cohort_students_page_search (students, "nguyen");
  cohort_test_wait_for (page_idle, students, 30);
  n = g_list_model_get_n_items (cohort_students_page_get_model (students));
  g_assert_cmpuint (n, >, 40);
  scrolled = scroll_and_select (view, selection, 30);

  g_signal_emit_by_name (view, "activate", 30);
  g_assert_cmpstr (cohort_students_page_get_visible_view (students), ==, "person");
  gtk_widget_activate_action (GTK_WIDGET (cohort_students_page_get_person_view (students)), "person.close", NULL);
  cohort_test_spin (100);
  g_assert_cmpstr (cohort_window_get_visible_page (window), ==, "students");
  g_assert_cmpstr (cohort_students_page_get_visible_view (students), ==, "list");
  g_assert_cmpstr (gtk_editable_get_text (search), ==, "nguyen");
  g_assert_cmpuint (g_list_model_get_n_items (cohort_students_page_get_model (students)), ==, n);
  g_assert_cmpuint (selected_position (selection), ==, 30);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment (view)), ==, scrolled);
  cohort_test_screenshot (GTK_WIDGET (window), "students-back");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Students page's filters ----------------------------------------------------------- */

static void
test_students_filters (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  CohortWindow *window = cohort_test_window_for (store);
  CohortStudentsPage *students = COHORT_STUDENTS_PAGE (cohort_window_get_page (window, "students"));
  gint64 everyone = cohort_test_raw_int (demo_path, "SELECT count(*) FROM person");
  gint64 quang_tri = cohort_test_raw_int (demo_path,
                                          "SELECT id FROM vn_province WHERE name = 'Quảng Trị' AND valid_to IS NULL");
  g_autofree char *province = g_strdup_printf ("vn:%" G_GINT64_FORMAT, quang_tri);
  CohortPersonFilter filter = COHORT_PERSON_FILTER_INIT;
  gint64 expected;

  cohort_test_show_page (window, "students");
  g_assert_false (gtk_widget_get_sensitive (cohort_students_page_get_clear_button (students)));
  g_assert_cmpuint (g_list_model_get_n_items (cohort_students_page_get_model (students)), ==, everyone);

  /* Born 1975–1985, district level, from Quảng Trị as it is today. */
  filter.born_from = 1975;
  filter.born_to = 1985;
  filter.level = COHORT_LEVEL_DISTRICT;
  filter.province = province;
  cohort_students_page_set_filter (students, &filter);
  cohort_test_wait_for (page_idle, students, 30);
  expected = cohort_test_raw_int (demo_path,
                                  "SELECT count(*) FROM person WHERE substr (birth_date, 1, 4) BETWEEN '1975' AND '1985' "
                                  "AND level = 'district' AND (hometown LIKE '%Quảng Trị%' OR hometown LIKE '%Quảng Bình%')");
  g_assert_cmpint (expected, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cohort_students_page_get_model (students)), ==, expected);
  g_assert_true (cohort_students_page_has_filters (students));
  g_assert_true (gtk_widget_get_sensitive (cohort_students_page_get_clear_button (students)));

  /* With the search text as well. */
  cohort_students_page_search (students, "thi");
  cohort_test_wait_for (page_idle, students, 30);
  expected = cohort_test_raw_int (demo_path,
                                  "SELECT count(*) FROM person WHERE substr (birth_date, 1, 4) BETWEEN '1975' AND '1985' "
                                  "AND level = 'district' AND (hometown LIKE '%Quảng Trị%' OR hometown LIKE '%Quảng Bình%') "
                                  "AND (' ' || search_text) LIKE '% thi%'");
  g_assert_cmpuint (g_list_model_get_n_items (cohort_students_page_get_model (students)), ==, expected);
  cohort_test_screenshot (GTK_WIDGET (window), "students-filtered");

  /* Kept for the session: another page, a reload, then back. */
  cohort_test_show_page (window, "dashboard");
  cohort_window_reload (window);
  cohort_test_wait_until_loaded (window);
  cohort_test_show_page (window, "students");
  g_assert_true (cohort_students_page_has_filters (students));
  g_assert_cmpuint (g_list_model_get_n_items (cohort_students_page_get_model (students)), ==, expected);

  /* One click clears them; the search text stays. */
  g_signal_emit_by_name (cohort_students_page_get_clear_button (students), "clicked");
  cohort_test_wait_for (page_idle, students, 30);
  g_assert_false (cohort_students_page_has_filters (students));
  g_assert_false (gtk_widget_get_sensitive (cohort_students_page_get_clear_button (students)));
  expected = cohort_test_raw_int (demo_path, "SELECT count(*) FROM person WHERE (' ' || search_text) LIKE '% thi%'");
  g_assert_cmpuint (g_list_model_get_n_items (cohort_students_page_get_model (students)), ==, expected);

  /* A year of birth that is not one: the entry says so, the list is not narrowed by it. */
  gtk_editable_set_text (GTK_EDITABLE (child_of (students, COHORT_TYPE_STUDENTS_PAGE, "born_entry")), "19x5");
  cohort_test_wait_for (page_idle, students, 30);
  g_assert_true (gtk_widget_has_css_class (child_of (students, COHORT_TYPE_STUDENTS_PAGE, "born_entry"), "error"));
  g_assert_cmpuint (g_list_model_get_n_items (cohort_students_page_get_model (students)), ==, expected);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  g_autofree char *dir = NULL;
  int status;

  cohort_test_ui_init (&argc, &argv);
  demo_path = cohort_test_ui_make_demo (1500, &dir);

  g_test_add_func ("/ui/navigation/new-class-roster", test_new_class_roster);
  g_test_add_func ("/ui/navigation/back-to-roster", test_back_to_roster);
  g_test_add_func ("/ui/navigation/back-to-search", test_back_to_search);
  g_test_add_func ("/ui/navigation/students-filters", test_students_filters);

  status = g_test_run ();
  cohort_test_ui_remove_demo (demo_path, dir);
  return status;
}
