/* test-person-editor.c: the person editor and the person view under Xvfb,
 * driven as a user types; writes screenshots into the build tree.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cohort-date.h"
#include "cohort-i18n.h"
#include "cohort-page.h"
#include "cohort-person-editor.h"
#include "cohort-person-view.h"
#include "cohort-students-page.h"
#include "cohort-test-store.h"
#include "cohort-test-ui.h"
#include "cohort-window.h"

static char *tmp_dir;

/* Helpers --------------------------------------------------------------------------- */

#define wait_for cohort_test_wait_for
#define spin cohort_test_spin
#define save_screenshot cohort_test_screenshot

/* A store on a new file of the temporary folder, with a few people. */
static CohortStore *
open_store (const char *name, char **path_out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  CohortStore *store = cohort_store_open (path, &error);
  static const char *const people[][4] = {
    { "Nguyễn", "Văn", "An", "1980-05-01" },
    { "Trần", "Thị", "Bình", "1980-02-01" },
    { "Lê", "Minh", "Châu", "1975-11-30" },
  };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(CohortPerson) p = cohort_person_new ();

      cohort_person_set_field (p, COHORT_PERSON_FAMILY_NAME, people[i][0]);
      cohort_person_set_field (p, COHORT_PERSON_MIDDLE_NAME, people[i][1]);
      cohort_person_set_field (p, COHORT_PERSON_GIVEN_NAME, people[i][2]);
      cohort_person_set_field (p, COHORT_PERSON_BIRTH_DATE, people[i][3]);
      cohort_person_set_field (p, COHORT_PERSON_UNIT, "Huyện ủy Lệ Thủy");
      g_assert_true (cohort_store_insert_person (store, p, &error));
      g_assert_no_error (error);
    }
  if (path_out)
    *path_out = g_steal_pointer (&path);
  return store;
}

static gint64
count_people (CohortStore *store)
{
  CohortStoreCounts counts;

  g_assert_true (cohort_store_get_counts (store, &counts, NULL));
  return counts.people;
}

static CohortPersonEditor *
show_editor (CohortStore *store, CohortPerson *person)
{
  CohortPersonEditor *editor = cohort_person_editor_new (NULL, store, person);

  gtk_window_present (GTK_WINDOW (editor));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  return editor;
}

static void
on_person_cb (gpointer emitter, CohortPerson *person, gpointer user_data)
{
  *(gint64 *) user_data = cohort_person_get_id (person);
}

/* Tests ----------------------------------------------------------------------------- */

/* (a) A new person typed as one full name is split, saved and audited. */
static void
test_new_person (void)
{
  g_autofree char *path = NULL;
  g_autoptr(CohortStore) store = open_store ("new.db", &path);
  g_autoptr(CohortPerson) stored = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *audit_sql = NULL;
  CohortPersonEditor *editor = show_editor (store, NULL);
  GtkWidget *save = cohort_person_editor_get_save_button (editor);
  gint64 saved_id = 0;
  gint64 before = count_people (store);

  /* Nothing typed yet: nothing to save, and no error shouted */
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_null (cohort_person_editor_get_error (editor, "given-name"));

  cohort_person_editor_set_field_text (editor, "full-name", "Nguyễn Thị Thu Hương");
  g_assert_cmpstr (cohort_person_editor_get_field_text (editor, "family-name"), ==, "Nguyễn");
  g_assert_cmpstr (cohort_person_editor_get_field_text (editor, "middle-name"), ==, "Thị Thu");
  g_assert_cmpstr (cohort_person_editor_get_field_text (editor, "given-name"), ==, "Hương");
  g_assert_true (gtk_widget_get_sensitive (save));

  /* The parts stay editable and write back to the full name */
  cohort_person_editor_set_field_text (editor, "given-name", "Hường");
  g_assert_cmpstr (cohort_person_editor_get_field_text (editor, "full-name"), ==, "Nguyễn Thị Thu Hường");
  g_assert_cmpstr (cohort_person_editor_get_field_text (editor, "family-name"), ==, "Nguyễn");
  cohort_person_editor_set_field_text (editor, "given-name", "Hương");

  /* Wrong values are named as they are typed; right ones clear the message */
  cohort_person_editor_set_field_text (editor, "id-number", "0123");
  g_assert_nonnull (cohort_person_editor_get_error (editor, "id-number"));
  g_assert_false (gtk_widget_get_sensitive (save));
  cohort_person_editor_set_field_text (editor, "id-number", "044 185 012 345");
  g_assert_null (cohort_person_editor_get_error (editor, "id-number"));
  cohort_person_editor_set_field_text (editor, "phone", "09x");
  g_assert_nonnull (cohort_person_editor_get_error (editor, "phone"));
  cohort_person_editor_set_field_text (editor, "phone", "0912 345 678");
  g_assert_null (cohort_person_editor_get_error (editor, "phone"));

  cohort_person_editor_set_field_text (editor, "birth-date", "12/03/1985");
  cohort_person_editor_set_field_text (editor, "unit", "Ban Tuyên giáo Tỉnh ủy Quảng Trị");
  cohort_person_editor_set_field_text (editor, "position", "Chuyên viên");
  g_assert_null (cohort_person_editor_get_error (editor, "birth-date"));
  g_assert_true (gtk_widget_get_sensitive (save));
  /* A hometown in a province merged in 2025 shows the province of today, and is no error. */
  cohort_person_editor_set_field_text (editor, "hometown", "xã Quảng Hòa, Quảng Bình");
  g_assert_nonnull (g_strstr_len (cohort_person_editor_get_error (editor, "hometown"), -1, "Quảng Trị"));
  g_assert_true (gtk_widget_get_sensitive (save));
  save_screenshot (GTK_WIDGET (editor), "person-editor");

  g_signal_connect (editor, "saved", G_CALLBACK (on_person_cb), &saved_id);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_assert_true (cohort_person_editor_save (editor));
  g_assert_null (editor);   /* closed */
  g_assert_cmpint (saved_id, >, 0);
  g_assert_cmpint (count_people (store), ==, before + 1);

  stored = cohort_store_get_person (store, saved_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cohort_person_get_family_name (stored), ==, "Nguyễn");
  g_assert_cmpstr (cohort_person_get_middle_name (stored), ==, "Thị Thu");
  g_assert_cmpstr (cohort_person_get_given_name (stored), ==, "Hương");
  g_assert_cmpstr (cohort_person_get_birth_date (stored), ==, "1985-03-12");
  g_assert_cmpstr (cohort_person_get_field (stored, COHORT_PERSON_ID_NUMBER), ==, "044185012345");
  g_assert_cmpint (cohort_person_get_name_order (stored), ==, COHORT_NAME_ORDER_VIETNAMESE);

  found = cohort_store_search_people (store, "nguyen thi thu huong", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (cohort_person_get_id (g_ptr_array_index (found, 0)), ==, saved_id);

  audit_sql = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE entity = 'person' AND "
                               "action = 'create' AND entity_id = %" G_GINT64_FORMAT, saved_id);
  g_assert_cmpint (cohort_test_raw_int (path, audit_sql), ==, 1);
}

/* (b) An impossible date is refused inline and nothing is written. */
static void
test_invalid_date (void)
{
  g_autofree char *path = NULL;
  g_autoptr(CohortStore) store = open_store ("invalid.db", &path);
  g_autoptr(GPtrArray) found = cohort_store_search_people (store, "tran thi binh", 1, NULL);
  g_autoptr(CohortPerson) after = NULL;
  CohortPerson *binh = g_ptr_array_index (found, 0);
  CohortPersonEditor *editor = show_editor (store, binh);
  GtkWidget *save = cohort_person_editor_get_save_button (editor);
  const char *problem;
  gint64 saved_id = 0;

  g_assert_cmpstr (cohort_person_editor_get_field_text (editor, "birth-date"), ==, "01/02/1980");
  g_assert_cmpstr (cohort_person_editor_get_field_text (editor, "full-name"), ==, "Trần Thị Bình");
  g_assert_true (gtk_widget_get_sensitive (save));

  g_signal_connect (editor, "saved", G_CALLBACK (on_person_cb), &saved_id);
  cohort_person_editor_set_field_text (editor, "birth-date", "31/02/1980");
  problem = cohort_person_editor_get_error (editor, "birth-date");
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, "31/02/1980"));
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_false (cohort_person_editor_save (editor));
  g_assert_cmpint (saved_id, ==, 0);
  save_screenshot (GTK_WIDGET (editor), "person-editor-error");

  after = cohort_store_get_person (store, cohort_person_get_id (binh), NULL);
  g_assert_cmpstr (cohort_person_get_birth_date (after), ==, "1980-02-01");
  g_assert_cmpint (cohort_test_raw_int (path, "SELECT count(*) FROM audit_log WHERE action = 'update'"), ==, 0);

  /* Dates that fit each other: party admission after birth, full membership after admission */
  cohort_person_editor_set_field_text (editor, "birth-date", "01/02/1980");
  g_assert_null (cohort_person_editor_get_error (editor, "birth-date"));
  cohort_person_editor_set_field_text (editor, "party-join-date", "01/02/1979");
  g_assert_nonnull (cohort_person_editor_get_error (editor, "party-join-date"));
  g_assert_false (gtk_widget_get_sensitive (save));
  cohort_person_editor_set_field_text (editor, "party-join-date", "03/02/2005");
  cohort_person_editor_set_field_text (editor, "party-official-date", "03/02/2004");
  g_assert_nonnull (cohort_person_editor_get_error (editor, "party-official-date"));
  cohort_person_editor_set_field_text (editor, "party-official-date", "03/02/2006");
  g_assert_null (cohort_person_editor_get_error (editor, "party-official-date"));

  /* Without a given name there is nothing to save */
  cohort_person_editor_set_field_text (editor, "given-name", "");
  g_assert_nonnull (cohort_person_editor_get_error (editor, "given-name"));
  g_assert_false (gtk_widget_get_sensitive (save));
  cohort_person_editor_set_field_text (editor, "given-name", "Bình");
  g_assert_true (gtk_widget_get_sensitive (save));

  /* A valid edit is written over the same record */
  g_assert_true (cohort_person_editor_save (editor));
  g_assert_cmpint (saved_id, ==, cohort_person_get_id (binh));
  g_clear_object (&after);
  after = cohort_store_get_person (store, saved_id, NULL);
  g_assert_cmpstr (cohort_person_get_field (after, COHORT_PERSON_PARTY_OFFICIAL_DATE), ==, "2006-02-03");
  g_assert_cmpint (cohort_test_raw_int (path, "SELECT count(*) FROM audit_log WHERE action = 'update'"), ==, 1);
}

/* (c) The same name, accents and case aside, and birth date: ask first. */
static void
test_duplicate_warning (void)
{
  g_autoptr(CohortStore) store = open_store ("duplicate.db", NULL);
  g_autoptr(GPtrArray) found = cohort_store_search_people (store, "nguyen van an", 1, NULL);
  gint64 an_id = cohort_person_get_id (g_ptr_array_index (found, 0));
  gint64 before = count_people (store);
  CohortPersonEditor *editor = show_editor (store, NULL);
  AdwMessageDialog *dialog;
  gint64 opened = 0, saved_id = 0;

  cohort_person_editor_set_field_text (editor, "full-name", "nguyễn văn an");
  cohort_person_editor_set_field_text (editor, "birth-date", "01/05/1980");
  g_signal_connect (editor, "open-existing", G_CALLBACK (on_person_cb), &opened);
  g_signal_connect (editor, "saved", G_CALLBACK (on_person_cb), &saved_id);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);

  g_assert_true (cohort_person_editor_save (editor));
  dialog = cohort_person_editor_get_duplicate_dialog (editor);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Nguyễn Văn An"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "01/05/1980"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  save_screenshot (GTK_WIDGET (dialog), "person-duplicate");

  adw_message_dialog_response (dialog, "open");
  g_assert_cmpint (opened, ==, an_id);
  g_assert_cmpint (saved_id, ==, 0);
  g_assert_null (editor);
  g_assert_cmpint (count_people (store), ==, before);

  /* "Save as New Person" writes the new one anyway */
  editor = show_editor (store, NULL);
  g_signal_connect (editor, "saved", G_CALLBACK (on_person_cb), &saved_id);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  cohort_person_editor_set_field_text (editor, "full-name", "NGUYEN VAN AN");
  cohort_person_editor_set_field_text (editor, "birth-date", "1/5/1980");
  g_assert_true (cohort_person_editor_save (editor));
  dialog = cohort_person_editor_get_duplicate_dialog (editor);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "save");
  g_assert_null (editor);
  g_assert_cmpint (saved_id, >, an_id);
  g_assert_cmpint (count_people (store), ==, before + 1);

  /* Editing: an ID number that is someone else's is questioned too */
  {
    g_autoptr(CohortPerson) an = cohort_store_get_person (store, an_id, NULL);
    g_autoptr(CohortPerson) other = cohort_store_get_person (store, saved_id, NULL);

    cohort_person_set_field (other, COHORT_PERSON_ID_NUMBER, "044185012345");
    g_assert_true (cohort_store_update_person (store, other, NULL));
    editor = show_editor (store, an);
    g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
    cohort_person_editor_set_field_text (editor, "id-number", "044185012345");
    g_assert_true (cohort_person_editor_save (editor));
    dialog = cohort_person_editor_get_duplicate_dialog (editor);
    g_assert_nonnull (dialog);
    adw_message_dialog_response (dialog, "cancel");
    g_assert_nonnull (editor);   /* still open, nothing written */
    g_assert_null (cohort_person_editor_get_duplicate_dialog (editor));
    g_clear_object (&an);
    an = cohort_store_get_person (store, an_id, NULL);
    g_assert_null (cohort_person_get_field (an, COHORT_PERSON_ID_NUMBER));
    gtk_window_destroy (GTK_WINDOW (editor));
    g_assert_null (editor);
  }
}

/* (d) The person view on a demo database, inside the Students page. */

/* Someone enrolled in at least two classes, found through the rosters. */
static gint64
find_returning_student (CohortStore *store)
{
  g_autoptr(GPtrArray) classes = cohort_store_list_classes (store, FALSE, 0, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint c = 0; c < classes->len; c++)
    {
      gint64 class_id = cohort_class_get_number (g_ptr_array_index (classes, c), COHORT_CLASS_ID);
      g_autoptr(GPtrArray) roster = cohort_store_get_roster (store, class_id, NULL);

      for (guint r = 0; r < roster->len; r++)
        {
          CohortPerson *p = cohort_enrolment_get_person (g_ptr_array_index (roster, r));
          gint64 *id = g_new (gint64, 1);

          *id = cohort_person_get_id (p);
          if (!g_hash_table_add (seen, id))
            return cohort_person_get_id (p);
        }
    }
  return 0;
}

static CohortPersonEditor *
find_editor (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (COHORT_IS_PERSON_EDITOR (w))
        return COHORT_PERSON_EDITOR (w);
    }
  return NULL;
}

static void
test_person_view (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "demo.db", NULL);
  g_autoptr(CohortStore) store = cohort_store_open (path, &error);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(CohortPerson) person = NULL;
  g_autofree char *birth = NULL;
  CohortWindow *window;
  CohortStudentsPage *students;
  CohortPersonView *view;
  CohortPersonEditor *editor;
  gint64 id;

  g_assert_no_error (error);
  g_assert_true (cohort_store_generate_demo (store, 200, 1, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  id = find_returning_student (store);
  g_assert_cmpint (id, >, 0);
  history = cohort_store_get_person_history (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, >=, 2);
  person = cohort_store_get_person (store, id, &error);

  window = cohort_window_new (NULL, store, cohort_test_ui_settings ());
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  cohort_test_wait_until_loaded (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "students");
  students = COHORT_STUDENTS_PAGE (cohort_window_get_page (window, "students"));
  view = cohort_students_page_get_person_view (students);
  g_assert_cmpstr (cohort_students_page_get_visible_view (students), ==, "list");

  cohort_students_page_open_person (students, id);
  g_assert_cmpstr (cohort_students_page_get_visible_view (students), ==, "person");
  g_assert_cmpint (cohort_person_get_id (cohort_person_view_get_person (view)), ==, id);
  g_assert_cmpuint (g_list_model_get_n_items (cohort_person_view_get_history (view)), ==, history->len);
  for (guint i = 0; i < history->len; i++)
    {
      g_autoptr(CohortEnrolment) shown = g_list_model_get_item (cohort_person_view_get_history (view), i);

      g_assert_cmpint (cohort_enrolment_get_id (shown), ==,
                       cohort_enrolment_get_id (g_ptr_array_index (history, i)));
      g_assert_nonnull (cohort_enrolment_get_class (shown));
    }
  birth = cohort_date_format (cohort_person_get_birth_date (person));
  g_assert_cmpstr (cohort_person_view_get_value (view, "birth-date"), ==, birth);
  if (cohort_person_get_field (person, COHORT_PERSON_PHONE) == NULL)
    g_assert_cmpstr (cohort_person_view_get_value (view, "phone"), ==, "—");
  save_screenshot (GTK_WIDGET (window), "person-view");

  /* Edit from the view: the change shows at once */
  editor = cohort_person_view_edit (view);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  cohort_person_editor_set_field_text (editor, "position", "Phó Bí thư Đảng ủy xã");
  g_assert_true (cohort_person_editor_save (editor));
  g_assert_cmpstr (cohort_person_view_get_value (view, "position"), ==, "Phó Bí thư Đảng ủy xã");

  gtk_widget_activate_action (GTK_WIDGET (view), "person.close", NULL);
  g_assert_cmpstr (cohort_students_page_get_visible_view (students), ==, "list");

  /* A Lao cadre in the editor: the Lao group shows the three forms of the name */
  {
    g_autoptr(GPtrArray) lao_classes = cohort_store_list_classes (store, TRUE, 1, NULL);
    g_autoptr(GPtrArray) roster = NULL;
    CohortPerson *lao;

    g_assert_cmpuint (lao_classes->len, ==, 1);
    roster = cohort_store_get_roster (store, cohort_class_get_number (g_ptr_array_index (lao_classes, 0),
                                                                      COHORT_CLASS_ID), NULL);
    lao = cohort_enrolment_get_person (g_ptr_array_index (roster, 0));
    g_assert_cmpint (cohort_person_get_name_order (lao), ==, COHORT_NAME_ORDER_LAO);
    editor = cohort_person_editor_new (GTK_WINDOW (window), store, lao);
    gtk_window_present (GTK_WINDOW (editor));
    gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
    g_assert_cmpstr (cohort_person_editor_get_field_text (editor, "lao-given-name"), ==,
                     cohort_person_get_field (lao, COHORT_PERSON_LAO_GIVEN_NAME));
    g_assert_true (gtk_widget_get_sensitive (cohort_person_editor_get_save_button (editor)));
    save_screenshot (GTK_WIDGET (editor), "person-editor-lao");
    gtk_window_destroy (GTK_WINDOW (editor));

    cohort_students_page_open_person (students, cohort_person_get_id (lao));
    g_assert_cmpstr (cohort_person_view_get_value (view, "lao-given-name"), ==,
                     cohort_person_get_field (lao, COHORT_PERSON_LAO_GIVEN_NAME));
    save_screenshot (GTK_WIDGET (window), "person-view-lao");
    gtk_widget_activate_action (GTK_WIDGET (view), "person.close", NULL);
  }

  /* New Person from the page: once saved, the new person is shown */
  cohort_students_page_new_person (students);
  editor = find_editor ();
  g_assert_nonnull (editor);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  cohort_person_editor_set_field_text (editor, "full-name", "Hoàng Thị Mai");
  cohort_person_editor_set_field_text (editor, "birth-date", "07/07/1991");
  g_assert_true (cohort_person_editor_save (editor));
  g_assert_null (find_editor ());
  g_assert_cmpstr (cohort_students_page_get_visible_view (students), ==, "person");
  {
    g_autofree char *name = cohort_person_dup_full_name (cohort_person_view_get_person (view));

    g_assert_cmpstr (name, ==, "Hoàng Thị Mai");
  }
  cohort_test_wait_until_loaded (window);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
  }
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  cohort_test_ui_init (&argc, &argv);

  tmp_dir = g_dir_make_tmp ("cohort-person-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/ui/person-editor/new", test_new_person);
  g_test_add_func ("/ui/person-editor/invalid-date", test_invalid_date);
  g_test_add_func ("/ui/person-editor/duplicate", test_duplicate_warning);
  g_test_add_func ("/ui/person-view/history", test_person_view);

  status = g_test_run ();

  cohort_test_remove_tree (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
  return status;
}
