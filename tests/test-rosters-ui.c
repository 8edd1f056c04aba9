/* test-rosters-ui.c: classes and rosters driven through their real windows —
 * create a class, enrol people, move one, withdraw two and Undo, sort.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cohort-class-editor.h"
#include "cohort-class-picker.h"
#include "cohort-classes-page.h"
#include "cohort-person-editor.h"
#include "cohort-person-picker.h"
#include "cohort-students-page.h"
#include "cohort-roster-view.h"
#include "cohort-status-dialog.h"
#include "cohort-test-ui.h"
#include "cohort-window.h"

static char *demo_path;

/* Four people no demo person shares an ID number prefix with. */
static const char *const people[][5] = {
  { "Phạm", "Văn", "Đức", "1990-12-01", "099090000004" },
  { "Lê", "Thị", "Ánh", "1985-02-10", "099085000002" },
  { "Trần", "Đức", "Dũng", "1979-07-07", "099079000003" },
  { "Nguyễn", "Văn", "An", "1980-01-05", "099080000001" },
};

static void
add_people (CohortStore *store)
{
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(CohortPerson) p = cohort_person_new ();
      g_autoptr(GError) error = NULL;

      cohort_person_set_field (p, COHORT_PERSON_FAMILY_NAME, people[i][0]);
      cohort_person_set_field (p, COHORT_PERSON_MIDDLE_NAME, people[i][1]);
      cohort_person_set_field (p, COHORT_PERSON_GIVEN_NAME, people[i][2]);
      cohort_person_set_field (p, COHORT_PERSON_BIRTH_DATE, people[i][3]);
      cohort_person_set_field (p, COHORT_PERSON_ID_NUMBER, people[i][4]);
      g_assert_true (cohort_store_insert_person (store, p, &error));
    }
}

/* "given:status" for each row shown, in the order shown. */
static char *
roster_text (CohortRosterView *roster)
{
  GListModel *model = cohort_roster_view_get_model (roster);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CohortEnrolment) e = g_list_model_get_item (model, i);

      g_string_append_printf (s, "%s%s:%s", i ? " " : "",
                              cohort_person_get_given_name (cohort_enrolment_get_person (e)),
                              cohort_enrolment_get_status (e));
    }
  return g_string_free (s, FALSE);
}

static void
test_class_roster_workflow (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  g_autoptr(CohortClass) other = NULL;
  CohortWindow *window;
  CohortClassesPage *classes;
  CohortRosterView *roster;
  CohortClassEditor *editor;
  CohortPersonPicker *person_picker;
  CohortClassPicker *class_picker;
  GtkSelectionModel *selection;
  g_autofree char *text = NULL;
  gint64 before_audit;

  g_assert_no_error (error);
  add_people (store);
  window = cohort_test_window_for (store);
  cohort_test_show_page (window, "classes");
  classes = COHORT_CLASSES_PAGE (cohort_window_get_page (window, "classes"));
  roster = cohort_classes_page_get_roster_view (classes);

  /* Create a class: Ctrl+N on the Classes page opens the editor. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  editor = cohort_test_find_window (COHORT_TYPE_CLASS_EDITOR);
  g_assert_nonnull (editor);
  g_assert_false (cohort_class_editor_can_save (editor));
  cohort_class_editor_set_text (editor, "code", "B43");
  cohort_class_editor_set_text (editor, "year", "2026");
  cohort_class_editor_set_text (editor, "program", "TCLLCT");
  cohort_class_editor_set_text (editor, "course", "43");
  cohort_class_editor_set_text (editor, "start", "02/03/2026");
  cohort_class_editor_set_text (editor, "end", "01/02/2026");
  /* Ends before it starts: said inline, Save disabled, nothing written. */
  g_assert_nonnull (cohort_class_editor_get_error (editor));
  g_assert_cmpstr (cohort_class_editor_get_error (editor), ==, _("The class must end after it starts."));
  g_assert_false (cohort_class_editor_can_save (editor));
  g_assert_false (cohort_class_editor_save (editor));
  cohort_class_editor_set_text (editor, "end", "18/12/2026");
  g_assert_null (cohort_class_editor_get_error (editor));
  g_assert_true (cohort_class_editor_can_save (editor));
  cohort_test_screenshot (GTK_WIDGET (editor), "class-editor");
  g_assert_true (cohort_class_editor_save (editor));
  g_assert_cmpstr (cohort_classes_page_get_visible_view (classes), ==, "roster");
  g_assert_cmpstr (cohort_class_get_text (cohort_roster_view_get_class (roster), COHORT_CLASS_CODE), ==, "B43");
  g_assert_cmpuint (g_list_model_get_n_items (cohort_roster_view_get_model (roster)), ==, 0);

  /* The same code in the same year is refused as the user types. */
  editor = cohort_classes_page_new_class (classes);
  cohort_class_editor_set_text (editor, "code", "B43");
  cohort_class_editor_set_text (editor, "year", "2026");
  g_assert_nonnull (g_strstr_len (cohort_class_editor_get_error (editor), -1, "B43"));
  g_assert_false (cohort_class_editor_can_save (editor));
  gtk_window_destroy (GTK_WINDOW (editor));

  /* Enrol existing people, found by the beginning of their ID numbers. */
  gtk_widget_activate_action (GTK_WIDGET (roster), "roster.enrol", NULL);
  person_picker = cohort_test_find_window (COHORT_TYPE_PERSON_PICKER);
  g_assert_nonnull (person_picker);
  cohort_person_picker_search (person_picker, "0990");
  cohort_test_wait_for (cohort_test_picker_done, person_picker, 10);
  selection = cohort_person_picker_get_selection (person_picker);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 4);
  gtk_selection_model_select_all (selection);
  cohort_test_screenshot (GTK_WIDGET (person_picker), "person-picker");
  cohort_person_picker_pick (person_picker);

  /* Roster order is Vietnamese order: given name first, Đ after D. */
  text = roster_text (roster);
  g_assert_cmpstr (text, ==, "An:studying Ánh:studying Dũng:studying Đức:studying");
  g_clear_pointer (&text, g_free);

  /* Every column sorts; sorting by date of birth puts Dũng (1979) first. */
  {
    GtkColumnView *view = cohort_roster_view_get_column_view (roster);
    GListModel *columns = gtk_column_view_get_columns (view);
    g_autoptr(GtkColumnViewColumn) birth = g_list_model_get_item (columns, 2);

    for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
      {
        g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
        g_assert_nonnull (gtk_column_view_column_get_sorter (column));
      }
    gtk_column_view_sort_by_column (view, birth, GTK_SORT_ASCENDING);
    text = roster_text (roster);
    g_assert_cmpstr (text, ==, "Dũng:studying An:studying Ánh:studying Đức:studying");
    g_clear_pointer (&text, g_free);
    gtk_column_view_sort_by_column (view, birth, GTK_SORT_DESCENDING);
    text = roster_text (roster);
    g_assert_cmpstr (text, ==, "Đức:studying Ánh:studying An:studying Dũng:studying");
    g_clear_pointer (&text, g_free);
    gtk_column_view_sort_by_column (view, NULL, GTK_SORT_ASCENDING);
  }

  /* Add a new person from the roster: Ctrl+N, the editor, then on the roster. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  {
    CohortPersonEditor *person_editor = cohort_test_find_window (COHORT_TYPE_PERSON_EDITOR);

    g_assert_nonnull (person_editor);
    cohort_person_editor_set_field_text (person_editor, "full-name", "Hoàng Thị Mai");
    cohort_person_editor_set_field_text (person_editor, "birth-date", "15/08/1988");
    g_assert_true (cohort_person_editor_save (person_editor));
  }
  text = roster_text (roster);
  g_assert_cmpstr (text, ==, "An:studying Ánh:studying Dũng:studying Đức:studying Mai:studying");
  g_clear_pointer (&text, g_free);

  /* Undo takes the new person off the roster again (the person stays in Cohort). */
  g_assert_true (cohort_roster_view_undo_last (roster));
  text = roster_text (roster);
  g_assert_cmpstr (text, ==, "An:studying Ánh:studying Dũng:studying Đức:studying");
  g_clear_pointer (&text, g_free);
  g_assert_cmpint (cohort_store_count_search (store, "hoang thi mai", NULL), >=, 1);

  /* Move one (Ánh) to another class. */
  other = cohort_class_new ();
  cohort_class_set_text (other, COHORT_CLASS_CODE, "K52A");
  cohort_class_set_number (other, COHORT_CLASS_YEAR, 2026);
  cohort_class_set_text (other, COHORT_CLASS_PROGRAM, "TCLLCT");
  cohort_class_set_number (other, COHORT_CLASS_HOST_ID, 1);
  cohort_class_set_number (other, COHORT_CLASS_PLANNED, 50);
  g_assert_true (cohort_store_save_class (store, other, &error));
  selection = cohort_roster_view_get_selection (roster);
  gtk_selection_model_select_item (selection, 1, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (roster), "roster.move", NULL);
  class_picker = cohort_test_find_window (COHORT_TYPE_CLASS_PICKER);
  g_assert_nonnull (class_picker);
  cohort_class_picker_search (class_picker, "k52a");
  g_assert_cmpuint (g_list_model_get_n_items (cohort_class_picker_get_model (class_picker)), >=, 1);
  cohort_class_picker_select (class_picker, 0);
  g_assert_cmpstr (cohort_class_get_text (cohort_class_picker_get_selected (class_picker), COHORT_CLASS_CODE),
                   ==, "K52A");
  cohort_test_screenshot (GTK_WIDGET (class_picker), "class-picker");
  cohort_class_picker_pick (class_picker);
  text = roster_text (roster);
  g_assert_cmpstr (text, ==, "An:studying Dũng:studying Đức:studying");
  g_clear_pointer (&text, g_free);
  {
    g_autoptr(GPtrArray) moved = cohort_store_get_roster (store, cohort_class_get_number (other, COHORT_CLASS_ID),
                                                          &error);
    g_assert_cmpuint (moved->len, ==, 1);
    g_assert_cmpstr (cohort_person_get_given_name (cohort_enrolment_get_person (g_ptr_array_index (moved, 0))),
                     ==, "Ánh");
  }

  /* Withdraw two with Delete (it asks since when, which decision, why), then
   * Undo restores them. */
  gtk_selection_model_select_range (selection, 0, 2, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (roster), "roster.withdraw", NULL);
  {
    CohortStatusDialog *dialog = cohort_test_find_window (COHORT_TYPE_STATUS_DIALOG);

    g_assert_nonnull (dialog);
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  }
  text = roster_text (roster);
  g_assert_cmpstr (text, ==, "An:withdrawn Dũng:withdrawn Đức:studying");
  g_clear_pointer (&text, g_free);
  g_assert_nonnull (cohort_roster_view_get_last_toast (roster));
  cohort_test_screenshot (GTK_WIDGET (window), "roster-withdrawn");
  before_audit = 0;
  {
    g_autoptr(GPtrArray) rows = cohort_store_get_roster (store, cohort_class_get_number (
                                                           cohort_roster_view_get_class (roster), COHORT_CLASS_ID),
                                                         &error);
    for (guint i = 0; i < rows->len; i++)
      before_audit += g_str_equal (cohort_enrolment_get_status (g_ptr_array_index (rows, i)), "withdrawn");
    g_assert_cmpint (before_audit, ==, 2);
  }
  g_assert_true (cohort_roster_view_undo_last (roster));
  text = roster_text (roster);
  g_assert_cmpstr (text, ==, "An:studying Dũng:studying Đức:studying");
  g_clear_pointer (&text, g_free);

  /* Enter on a row opens the person in the Students page. */
  g_signal_emit_by_name (cohort_roster_view_get_column_view (roster), "activate", 0);
  g_assert_cmpstr (cohort_window_get_visible_page (window), ==, "students");
  {
    CohortStudentsPage *students = COHORT_STUDENTS_PAGE (cohort_window_get_page (window, "students"));

    g_assert_cmpstr (cohort_students_page_get_visible_view (students), ==, "person");
  }
  cohort_test_show_page (window, "classes");

  /* The list of classes shows the new class with its count. */
  gtk_widget_activate_action (GTK_WIDGET (roster), "roster.close", NULL);
  cohort_classes_page_set_filter (classes, "B43", 2026);
  {
    GListModel *list = cohort_classes_page_get_model (classes);
    g_autoptr(CohortClass) b43 = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
    b43 = g_list_model_get_item (list, 0);
    g_assert_cmpint (cohort_class_get_number (b43, COHORT_CLASS_ENROLLED), ==, 3);
  }
  cohort_test_screenshot (GTK_WIDGET (window), "classes-filtered");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  g_autofree char *dir = NULL;
  int status;

  cohort_test_ui_init (&argc, &argv);
  demo_path = cohort_test_ui_make_demo (500, &dir);

  g_test_add_func ("/ui/rosters/workflow", test_class_roster_workflow);

  status = g_test_run ();
  cohort_test_ui_remove_demo (demo_path, dir);
  return status;
}
