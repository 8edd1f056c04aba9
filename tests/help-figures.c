/* help-figures.c: renders the figures of the user guide — the real windows over
 * a demo database, in the language of LANGUAGE — as screenshots/NAME-LANG.png
 * under G_TEST_BUILDDIR. build-aux/help-figures.sh runs it for en, vi and lo
 * and puts the pictures into help/<lang>/figures/.
 *
 * Each figure is one function below; a new screen of the guide gets one more,
 * and its name in help/meson.build (help_media).
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cohort-classes-page.h"
#include "cohort-import-history-window.h"
#include "cohort-import-window.h"
#include "cohort-merge-window.h"
#include "cohort-organisation-window.h"
#include "cohort-plan-window.h"
#include "cohort-preferences-window.h"
#include "cohort-roster-view.h"
#include "cohort-setup-assistant.h"
#include "cohort-status-dialog.h"
#include "cohort-students-page.h"
#include "cohort-test-ui.h"
#include "cohort-window.h"

/* The size of the figures of whole windows: small enough to read beside the text. */
#define WIDTH  1280
#define HEIGHT 720
/* The setup assistant is a narrow column: a window as wide as the page, not shrunk. */
#define SETUP_WIDTH  900
#define SETUP_HEIGHT 660

static char *demo_path;
static char *demo_dir;
static CohortStore *store;
static CohortWindow *window;

static void
shoot (GtkWidget  *widget,
       const char *name)
{
  cohort_test_spin (400);
  cohort_test_screenshot (widget, name);
}

/* A class of Vietnamese cadres under way with a full roster: the figures show a
 * real list, and its students can still be withdrawn. Any class with such a
 * roster otherwise. */
static CohortClass *
pick_class (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) classes = cohort_store_list_classes (store, FALSE, 0, &error);
  CohortClass *full = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < classes->len; i++)
    {
      CohortClass *klass = g_ptr_array_index (classes, i);
      g_autoptr(GPtrArray) roster =
        cohort_store_get_roster (store, cohort_class_get_number (klass, COHORT_CLASS_ID), NULL);

      if (roster == NULL || roster->len < 25 || roster->len > 60)
        continue;
      if (cohort_class_get_text (klass, COHORT_CLASS_LAO_PROVINCE) != NULL)
        continue;
      if (cohort_class_get_number (klass, COHORT_CLASS_STATUS) == COHORT_CLASS_STATUS_RUNNING)
        return g_object_ref (klass);
      if (full == NULL)
        full = klass;
    }
  return g_object_ref (full ? full : g_ptr_array_index (classes, 0));
}

static gboolean
import_done (gpointer data)
{
  return g_strcmp0 (cohort_import_window_get_state (data), "done") == 0;
}

/* Reads @path into @klass (or into Cohort without a class) and imports it, as
 * Import N People does. */
static void
import_list (CohortClass *klass,
             const char  *path)
{
  CohortImportWindow *import = cohort_import_window_new (GTK_WINDOW (window), store, klass);

  cohort_import_window_open_file (import, path);
  cohort_test_wait_for (cohort_test_import_not_busy, import, 60);
  g_assert_cmpstr (cohort_import_window_get_state (import), ==, "preview");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (import), "import.run", NULL));
  cohort_test_wait_for (import_done, import, 60);
  gtk_window_destroy (GTK_WINDOW (import));
}

/* Figures -------------------------------------------------------------------------- */

/* The setup assistant on a new, empty database: the school typed in, then two
 * district political centres added. */
static void
figure_setup (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) empty = cohort_store_open (":memory:", &error);
  CohortSetupAssistant *setup;
  CohortWindow *win;

  g_assert_no_error (error);
  win = cohort_test_window_for (empty);
  gtk_window_set_default_size (GTK_WINDOW (win), SETUP_WIDTH, SETUP_HEIGHT);
  g_assert_cmpstr (cohort_window_get_visible_view (win), ==, "setup");
  setup = COHORT_SETUP_ASSISTANT (cohort_window_get_setup_assistant (win));

  cohort_setup_assistant_set_text (setup, "school-name", "Trường Chính trị Lê Duẩn");
  cohort_setup_assistant_set_text (setup, "school-short", "TCT");
  cohort_setup_assistant_set_province (setup, cohort_store_find_province (empty, "Quảng Trị", NULL));
  shoot (GTK_WIDGET (win), "setup-school");

  g_assert_true (cohort_setup_assistant_go_on (setup));
  g_assert_cmpint (cohort_setup_assistant_get_step (setup), ==, COHORT_SETUP_STEP_HOSTS);
  cohort_setup_assistant_set_text (setup, "host-name", "Trung tâm Chính trị huyện Gio Linh");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (setup), "setup.add-host", NULL));
  cohort_setup_assistant_set_text (setup, "host-name", "Trung tâm Chính trị huyện Vĩnh Linh");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (setup), "setup.add-host", NULL));
  g_assert_cmpuint (cohort_setup_assistant_get_n_hosts (setup), ==, 2);
  shoot (GTK_WIDGET (win), "setup-hosts");
  gtk_window_destroy (GTK_WINDOW (win));
}

static void
figure_dashboard (void)
{
  cohort_test_show_page (window, "dashboard");
  cohort_test_wait_until_loaded (window);
  shoot (GTK_WIDGET (window), "dashboard");
}

static void
figure_roster_and_export_menu (void)
{
  CohortClassesPage *classes = COHORT_CLASSES_PAGE (cohort_window_get_page (window, "classes"));
  CohortRosterView *roster = cohort_classes_page_get_roster_view (classes);
  g_autoptr(CohortClass) klass = pick_class ();
  GtkWidget *export_button;
  GtkPopover *popover;

  cohort_test_show_page (window, "classes");
  cohort_classes_page_open_roster (classes, klass);
  gtk_selection_model_select_range (cohort_roster_view_get_selection (roster), 2, 2, TRUE);
  shoot (GTK_WIDGET (window), "roster");

  export_button = cohort_test_find_descendant (GTK_WIDGET (roster), GTK_TYPE_MENU_BUTTON, "export_button");
  g_assert_nonnull (export_button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (export_button));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (export_button));
  g_assert_nonnull (popover);
  shoot (GTK_WIDGET (popover), "export-menu");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (export_button));
}

static void
figure_students (void)
{
  CohortStudentsPage *students = COHORT_STUDENTS_PAGE (cohort_window_get_page (window, "students"));

  cohort_test_show_page (window, "students");
  cohort_students_page_search (students, "nguyen van");
  cohort_test_wait_until_loaded (window);
  shoot (GTK_WIDGET (window), "students");
  cohort_students_page_search (students, "");
  cohort_test_wait_until_loaded (window);
}

/* The filters under the search: born 1975–1985, from Quảng Trị, district level. */
static void
figure_students_filters (void)
{
  CohortStudentsPage *students = COHORT_STUDENTS_PAGE (cohort_window_get_page (window, "students"));
  CohortPersonFilter filter = COHORT_PERSON_FILTER_INIT;
  g_autofree char *province =
    g_strdup_printf ("vn:%" G_GINT64_FORMAT, cohort_store_find_province (store, "Quảng Trị", NULL));

  cohort_test_show_page (window, "students");
  filter.born_from = 1975;
  filter.born_to = 1985;
  filter.province = province;
  filter.level = COHORT_LEVEL_DISTRICT;
  cohort_students_page_set_filter (students, &filter);
  cohort_test_wait_until_loaded (window);
  g_assert_true (cohort_students_page_has_filters (students));
  g_assert_cmpuint (g_list_model_get_n_items (cohort_students_page_get_model (students)), >, 0);
  shoot (GTK_WIDGET (window), "students-filters");
  cohort_students_page_clear_filters (students);
  cohort_test_wait_until_loaded (window);
}

/* As agencies send them: a title, a column Cohort must guess, a date that cannot be. */
static const char danh_sach[] =
  "DANH SÁCH CÁN BỘ ĐI HỌC LỚP TRUNG CẤP LÝ LUẬN CHÍNH TRỊ\n"
  "STT,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Địa bàn công tác,Số CCCD\n"
  "1,Nguyễn Thị Hoa,12/03/1985,Nữ,Kinh,UBND xã Gio An,045185011111\n"
  "2,Trần Văn Bình,31/02/1980,Nam,Kinh,UBND xã Gio Bình,\n"
  "3,Lò Văn Pấng,04/07/1979,Nam,Thái,UBND xã Mường Khoa,045079022222\n"
  "4,Hồ Thị Lan,21/11/1990,Nữ,Bru-Vân Kiều,Huyện đoàn Hướng Hóa,045190033333\n"
  "5,Phan Đức Minh,02/09/1987,Nam,Kinh,Phòng Nội vụ huyện Gio Linh,045087044444\n";

static void
figure_import (void)
{
  g_autoptr(CohortClass) klass = pick_class ();
  g_autofree char *path = cohort_test_write_file (demo_dir, "danh-sach.csv", danh_sach);
  CohortImportWindow *import;

  import = cohort_import_window_new (GTK_WINDOW (window), store, klass);
  gtk_window_set_default_size (GTK_WINDOW (import), 960, 560);
  cohort_import_window_open_file (import, path);
  cohort_test_wait_for (cohort_test_import_not_busy, import, 60);
  gtk_window_present (GTK_WINDOW (import));
  shoot (GTK_WIDGET (import), "import");
  gtk_window_destroy (GTK_WINDOW (import));
}

/* Two imports: a list of people without a class, undone since, then the list
 * of the import figure into its class. */
static void
figure_import_history (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortClass) klass = pick_class ();
  g_autofree char *first = cohort_test_write_file (demo_dir, "can-bo-xa-hai-lang.csv",
                                                             "Họ và tên,Ngày sinh,Giới tính,Dân tộc,Địa bàn công tác\n"
                                                             "Lê Thị Mai,14/02/1988,Nữ,Kinh,UBND xã Hải Phú\n"
                                                             "Võ Văn Thành,09/10/1984,Nam,Kinh,UBND xã Hải Thượng\n"
                                                             "Hồ Văn Kăn,23/05/1990,Nam,Pa Kô,UBND xã Hải Phú\n");
  g_autofree char *second = cohort_test_write_file (demo_dir, "danh-sach.csv", danh_sach);
  g_autoptr(GPtrArray) records = NULL;
  CohortImportHistoryWindow *history;

  import_list (NULL, first);
  records = cohort_store_list_imports (store, &error);
  g_assert_no_error (error);
  g_assert_true (cohort_store_undo_import (store, ((CohortImportRecord *) g_ptr_array_index (records, 0))->id,
                                           &error));
  g_assert_no_error (error);
  import_list (klass, second);

  history = cohort_import_history_window_new (GTK_WINDOW (window), store);
  gtk_window_present (GTK_WINDOW (history));
  g_assert_cmpuint (cohort_import_history_window_get_n_rows (history), ==, 2);
  shoot (GTK_WIDGET (history), "import-history");
  gtk_window_destroy (GTK_WINDOW (history));
  cohort_test_wait_until_loaded (window);
}

static void
figure_plan (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  CohortPlanWindow *plan = cohort_plan_window_new (GTK_WINDOW (window), store,
                                                   g_date_time_get_year (now) - 1, 0);

  gtk_window_present (GTK_WINDOW (plan));
  shoot (GTK_WIDGET (plan), "plan");
  gtk_window_destroy (GTK_WINDOW (plan));
}

static void
figure_documents (void)
{
  CohortPreferencesWindow *prefs =
    cohort_preferences_window_new (cohort_test_ui_settings (), demo_path, store);

  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (prefs), "documents");
  gtk_window_set_default_size (GTK_WINDOW (prefs), 720, 640);
  gtk_window_present (GTK_WINDOW (prefs));
  shoot (GTK_WIDGET (prefs), "documents");
  gtk_window_destroy (GTK_WINDOW (prefs));
}

static void
figure_organisation (void)
{
  CohortOrganisationWindow *organisation = cohort_organisation_window_new (GTK_WINDOW (window), store);

  gtk_window_set_default_size (GTK_WINDOW (organisation), 720, 760);
  gtk_window_present (GTK_WINDOW (organisation));
  g_assert_cmpuint (cohort_organisation_window_get_n_rows (organisation, COHORT_HOST_GROUP_SCHOOL), ==, 1);
  shoot (GTK_WIDGET (organisation), "organisation");
  gtk_window_destroy (GTK_WINDOW (organisation));
}

/* Withdraw on a roster: the question with the date, the decision and the reason. */
static void
figure_withdraw (void)
{
  CohortClassesPage *classes = COHORT_CLASSES_PAGE (cohort_window_get_page (window, "classes"));
  CohortRosterView *roster = cohort_classes_page_get_roster_view (classes);
  g_autoptr(CohortClass) klass = pick_class ();
  CohortStatusDialog *dialog;

  cohort_test_show_page (window, "classes");
  cohort_classes_page_open_roster (classes, klass);
  gtk_selection_model_select_item (cohort_roster_view_get_selection (roster), 4, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (roster), "roster.withdraw", NULL));
  dialog = cohort_test_find_window (COHORT_TYPE_STATUS_DIALOG);
  g_assert_nonnull (dialog);
  cohort_status_dialog_set_text (dialog, "decision", "15/QĐ-TCT");
  cohort_status_dialog_set_text (dialog, "reason", "Chuyển công tác");
  g_assert_null (cohort_status_dialog_get_error (dialog));
  shoot (GTK_WIDGET (dialog), "withdraw");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  cohort_test_spin (50);
  if ((dialog = cohort_test_find_window (COHORT_TYPE_STATUS_DIALOG)) != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A student of the class entered again from an agency's list: in capitals, with
 * the citizen ID and a new position. The merge window keeps the first record. */
static void
figure_merge (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortClass) klass = pick_class ();
  g_autoptr(GPtrArray) roster = cohort_store_get_roster (store, cohort_class_get_number (klass, COHORT_CLASS_ID),
                                                         &error);
  g_autoptr(CohortPerson) again = cohort_person_new ();
  CohortPerson *first;
  CohortMergeWindow *merge;
  g_autofree char *family = NULL;
  g_autofree char *middle = NULL;
  g_autofree char *given = NULL;

  g_assert_no_error (error);
  first = cohort_enrolment_get_person (g_ptr_array_index (roster, 6));
  family = g_utf8_strup (cohort_person_get_family_name (first), -1);
  middle = g_utf8_strup (cohort_person_get_middle_name (first) ?: "", -1);
  given = g_utf8_strup (cohort_person_get_given_name (first), -1);
  cohort_person_set_field (again, COHORT_PERSON_FAMILY_NAME, family);
  cohort_person_set_field (again, COHORT_PERSON_MIDDLE_NAME, *middle ? middle : NULL);
  cohort_person_set_field (again, COHORT_PERSON_GIVEN_NAME, given);
  cohort_person_set_field (again, COHORT_PERSON_BIRTH_DATE, cohort_person_get_birth_date (first));
  cohort_person_set_gender (again, cohort_person_get_gender (first));
  cohort_person_set_field (again, COHORT_PERSON_ETHNICITY, cohort_person_get_field (first, COHORT_PERSON_ETHNICITY));
  cohort_person_set_field (again, COHORT_PERSON_HOMETOWN, cohort_person_get_field (first, COHORT_PERSON_HOMETOWN));
  cohort_person_set_field (again, COHORT_PERSON_ID_NUMBER,
                           cohort_person_get_field (first, COHORT_PERSON_ID_NUMBER) ?: "045183007777");
  cohort_person_set_field (again, COHORT_PERSON_UNIT, cohort_person_get_unit (first));
  cohort_person_set_field (again, COHORT_PERSON_POSITION, "Bí thư Đảng ủy xã");
  g_assert_true (cohort_store_insert_person (store, again, &error));
  g_assert_no_error (error);

  merge = cohort_merge_window_new (GTK_WINDOW (window), store, cohort_person_get_id (first),
                                   cohort_person_get_id (again), &error);
  g_assert_no_error (error);
  cohort_merge_window_choose (merge, "family-name", FALSE);
  cohort_merge_window_choose (merge, "given-name", FALSE);
  cohort_merge_window_choose (merge, "id-number", TRUE);
  cohort_merge_window_choose (merge, "position", TRUE);
  gtk_window_present (GTK_WINDOW (merge));
  shoot (GTK_WIDGET (merge), "merge");
  gtk_window_destroy (GTK_WINDOW (merge));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  cohort_test_ui_init (&argc, &argv);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);

  figure_setup ();

  demo_path = cohort_test_ui_make_demo (3000, &demo_dir);
  store = cohort_store_open (demo_path, &error);
  g_assert_no_error (error);
  window = cohort_test_window_for (store);
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  cohort_test_spin (300);

  figure_dashboard ();
  figure_roster_and_export_menu ();
  figure_students ();
  figure_students_filters ();
  figure_import ();
  figure_plan ();
  figure_documents ();
  figure_organisation ();
  /* These write to the demo database: the figures above show it as it was made. */
  figure_import_history ();
  figure_withdraw ();
  figure_merge ();

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  cohort_test_ui_remove_demo (demo_path, demo_dir);
  return 0;
}
