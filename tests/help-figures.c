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
#include "cohort-import-window.h"
#include "cohort-plan-window.h"
#include "cohort-preferences-window.h"
#include "cohort-roster-view.h"
#include "cohort-students-page.h"
#include "cohort-test-ui.h"
#include "cohort-window.h"

/* The size of the figures of whole windows: small enough to read beside the text. */
#define WIDTH  1200
#define HEIGHT 720

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

static GtkWidget *
find_descendant (GtkWidget  *widget,
                 GType       type,
                 const char *buildable_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (buildable_id == NULL ||
           g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (child)), buildable_id) == 0))
        return child;
      if ((found = find_descendant (child, type, buildable_id)) != NULL)
        return found;
    }
  return NULL;
}

/* A class that has run, with a full roster: the figures show a real list. */
static CohortClass *
pick_class (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) classes = cohort_store_list_classes (store, FALSE, 0, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < classes->len; i++)
    {
      CohortClass *klass = g_ptr_array_index (classes, i);
      g_autoptr(GPtrArray) roster =
        cohort_store_get_roster (store, cohort_class_get_number (klass, COHORT_CLASS_ID), NULL);

      if (roster != NULL && roster->len >= 25 && roster->len <= 60)
        return g_object_ref (klass);
    }
  return g_object_ref (g_ptr_array_index (classes, 0));
}

/* Figures -------------------------------------------------------------------------- */

static void
figure_welcome (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) empty = cohort_store_open (":memory:", &error);
  CohortWindow *win;

  g_assert_no_error (error);
  win = cohort_test_window_for (empty);
  gtk_window_set_default_size (GTK_WINDOW (win), WIDTH, HEIGHT);
  shoot (GTK_WIDGET (win), "welcome");
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

  export_button = find_descendant (GTK_WIDGET (roster), GTK_TYPE_MENU_BUTTON, "export_button");
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

static gboolean
import_not_busy (gpointer data)
{
  return g_strcmp0 (cohort_import_window_get_state (data), "busy") != 0;
}

static void
figure_import (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortClass) klass = pick_class ();
  g_autofree char *path = g_build_filename (demo_dir, "danh-sach.csv", NULL);
  CohortImportWindow *import;
  /* As agencies send them: a title, a column Cohort must guess, a date that cannot be. */
  const char *text =
    "DANH SÁCH CÁN BỘ ĐI HỌC LỚP TRUNG CẤP LÝ LUẬN CHÍNH TRỊ\n"
    "STT,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Nơi làm việc,Số CCCD\n"
    "1,Nguyễn Thị Hoa,12/03/1985,Nữ,Kinh,UBND xã Gio An,045185011111\n"
    "2,Trần Văn Bình,31/02/1980,Nam,Kinh,UBND xã Gio Bình,\n"
    "3,Lò Văn Pấng,04/07/1979,Nam,Thái,UBND xã Mường Khoa,045079022222\n"
    "4,Hồ Thị Lan,21/11/1990,Nữ,Bru-Vân Kiều,Huyện đoàn Hướng Hóa,045190033333\n"
    "5,Phan Đức Minh,02/09/1987,Nam,Kinh,Phòng Nội vụ huyện Gio Linh,045087044444\n";

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  import = cohort_import_window_new (GTK_WINDOW (window), store, klass);
  gtk_window_set_default_size (GTK_WINDOW (import), 960, 560);
  cohort_import_window_open_file (import, path);
  cohort_test_wait_for (import_not_busy, import, 60);
  gtk_window_present (GTK_WINDOW (import));
  shoot (GTK_WIDGET (import), "import");
  gtk_window_destroy (GTK_WINDOW (import));
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

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  cohort_test_ui_init (&argc, &argv);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);

  figure_welcome ();

  demo_path = cohort_test_ui_make_demo (3000, &demo_dir);
  store = cohort_store_open (demo_path, &error);
  g_assert_no_error (error);
  window = cohort_test_window_for (store);
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  cohort_test_spin (300);

  figure_dashboard ();
  figure_roster_and_export_menu ();
  figure_students ();
  figure_import ();
  figure_plan ();
  figure_documents ();

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  cohort_test_ui_remove_demo (demo_path, demo_dir);
  return 0;
}
