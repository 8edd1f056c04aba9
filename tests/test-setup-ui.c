/* test-setup-ui.c: a new, empty database set up from nothing in the window,
 * as an office does it on its first morning — the school and its letterhead,
 * its centres, the signers, the programs it runs (left and resumed on the
 * way), then the first class in the class editor, its students imported from
 * an agency's .xlsx through the import window, and its official list
 * exported; no demo data, no cohort-cli. The demo replacing what was
 * entered, and the "ready" page of a database set up but empty.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "cohort-class-editor.h"
#include "cohort-classes-page.h"
#include "cohort-import-plan.h"
#include "cohort-import-window.h"
#include "cohort-list-export.h"
#include "cohort-roster-view.h"
#include "cohort-setup-assistant.h"
#include "cohort-test-ui.h"
#include "cohort-window.h"

static char *tmp_dir;

/* Helpers ---------------------------------------------------------------------- */

static char *
new_db_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static CohortSetupAssistant *
assistant_of (CohortWindow *window)
{
  return COHORT_SETUP_ASSISTANT (cohort_window_get_setup_assistant (window));
}

static CohortStoreCounts
counts_of (CohortStore *store)
{
  g_autoptr(GError) error = NULL;
  CohortStoreCounts counts;

  g_assert_true (cohort_store_get_counts (store, &counts, &error));
  g_assert_no_error (error);
  return counts;
}

static char *
setting (CohortStore *store,
         const char  *key)
{
  g_autoptr(GError) error = NULL;
  char *value = cohort_store_get_setting (store, key, &error);

  g_assert_no_error (error);
  return value;
}

/* The list a district's organisation board mailed: title lines above the
 * header, dates as Excel dates and as text, a Bru-Vân Kiều cadre. */
static const char *const people[][8] = {
  { "Nguyễn Văn An", "1980-01-05", "Nam", "Kinh", "Phó Bí thư Đảng ủy", "Đảng ủy xã Gio An", "045080000001" },
  { "Lê Thị Ánh", "10/02/1985", "Nữ", "Kinh", "Chủ tịch Hội Liên hiệp Phụ nữ", "UBND xã Gio Mỹ", "045185000002" },
  { "Hồ Văn Thành", "07/07/1979", "Nam", "Bru-Vân Kiều", "Trưởng Ban Dân vận", "Đảng ủy xã Linh Trường", "" },
  { "Trần Đức Dũng", "1990-12-12", "Nam", "Kinh", "Phó Chủ tịch UBND", "UBND xã Gio Hải", "045090000004" },
  { "Phạm Thị Mai", "23/04/1988", "Nữ", "Kinh", "Công chức Văn phòng", "UBND xã Gio Việt", "045188000005" },
};

static char *
write_agency_list (void)
{
  char *path = g_build_filename (tmp_dir, "danh-sach-gio-linh.xlsx", NULL);
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "Danh sách");
  lxw_format *date = workbook_add_format (wb);
  static const char *const headers[] = { "STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Chức vụ",
                                         "Đơn vị công tác", "Số CCCD" };

  format_set_num_format (date, "dd/mm/yyyy");
  worksheet_write_string (ws, 0, 0, "BAN TỔ CHỨC HUYỆN ỦY GIO LINH", NULL);
  worksheet_write_string (ws, 1, 0, "DANH SÁCH CÁN BỘ ĐI HỌC LỚP TRUNG CẤP LÝ LUẬN CHÍNH TRỊ NĂM 2026", NULL);
  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    worksheet_write_string (ws, 3, c, headers[c], NULL);
  for (guint r = 0; r < G_N_ELEMENTS (people); r++)
    {
      worksheet_write_number (ws, 4 + r, 0, r + 1, NULL);
      worksheet_write_string (ws, 4 + r, 1, people[r][0], NULL);
      if (people[r][1][4] == '-')
        {
          lxw_datetime dt = { 0 };

          sscanf (people[r][1], "%d-%d-%d", &dt.year, &dt.month, &dt.day);
          worksheet_write_datetime (ws, 4 + r, 2, &dt, date);
        }
      else
        worksheet_write_string (ws, 4 + r, 2, people[r][1], NULL);
      for (guint c = 2; c < 7; c++)
        if (*people[r][c] != '\0')
          worksheet_write_string (ws, 4 + r, c + 1, people[r][c], NULL);
    }
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
  return path;
}

static gboolean
collect_cells (guint              row,
               const char *const *cells,
               guint              n_cells,
               gpointer           user_data,
               GError           **error)
{
  for (guint i = 0; i < n_cells; i++)
    if (cells[i] != NULL)
      g_string_append_printf (user_data, "%s\n", cells[i]);
  return TRUE;
}

static gboolean
view_is_content (gpointer data)
{
  return g_strcmp0 (cohort_window_get_visible_view (data), "content") == 0;
}

/* Tests ------------------------------------------------------------------------ */

static void
test_from_nothing_to_first_class (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = new_db_path ("office.db");
  g_autoptr(CohortStore) store = cohort_store_open (path, &error);
  g_autoptr(CohortHost) school = NULL;
  g_autoptr(CohortClass) klass = NULL;
  g_autofree char *value = NULL;
  g_autofree char *list = NULL;
  g_autofree char *exported = NULL;
  CohortWindow *window;
  CohortSetupAssistant *setup;
  CohortProgramList *programs;
  CohortClassEditor *editor;
  CohortClassesPage *classes;
  CohortRosterView *roster;
  CohortImportWindow *import;
  gboolean active;

  g_assert_no_error (error);
  window = cohort_test_window_for (store);
  setup = assistant_of (window);

  /* A new database: the setup, at its first step, the demo on offer */
  g_assert_cmpstr (cohort_window_get_visible_view (window), ==, "setup");
  g_assert_cmpint (cohort_setup_assistant_get_step (setup), ==, COHORT_SETUP_STEP_SCHOOL);
  g_assert_true (cohort_setup_assistant_can_try_demo (setup));

  /* 1. The school. Nothing typed: it says what is missing and writes nothing. */
  g_assert_false (cohort_setup_assistant_go_on (setup));
  g_assert_nonnull (cohort_setup_assistant_get_error (setup));
  g_assert_cmpint (counts_of (store).org_units, ==, 0);
  g_assert_cmpint (cohort_setup_assistant_get_step (setup), ==, COHORT_SETUP_STEP_SCHOOL);

  cohort_setup_assistant_set_text (setup, "school-name", "Trường Chính trị Lê Duẩn");
  cohort_setup_assistant_set_text (setup, "school-short", "TCT");
  cohort_setup_assistant_set_province (setup, cohort_store_find_province (store, "Quảng Trị", NULL));
  /* the letterhead of a school of Quảng Trị, suggested */
  g_assert_cmpstr (cohort_setup_assistant_get_text (setup, "parent-agency"), ==, "TỈNH ỦY QUẢNG TRỊ");
  g_assert_cmpstr (cohort_setup_assistant_get_text (setup, "place"), ==, "Quảng Trị");
  cohort_test_screenshot (GTK_WIDGET (window), "setup-school");
  /* In a narrow window the steps shrink to their numbers; nothing is cut */
  {
    GtkWidget *small = adw_window_new ();
    GtkWidget *narrow = g_object_new (COHORT_TYPE_SETUP_ASSISTANT, NULL);
    int min;

    adw_window_set_content (ADW_WINDOW (small), narrow);
    cohort_setup_assistant_set_store (COHORT_SETUP_ASSISTANT (narrow), store);
    gtk_window_set_default_size (GTK_WINDOW (small), 420, 640);
    gtk_window_present (GTK_WINDOW (small));
    cohort_test_screenshot (small, "setup-school-small");
    gtk_widget_measure (narrow, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
    g_assert_cmpint (min, <=, 420);
    g_assert_cmpint (gtk_widget_get_width (small), <=, 420);
    gtk_window_destroy (GTK_WINDOW (small));
  }
  g_assert_true (cohort_setup_assistant_go_on (setup));
  g_assert_cmpint (cohort_setup_assistant_get_step (setup), ==, COHORT_SETUP_STEP_HOSTS);
  school = cohort_store_get_school (store, &error);
  g_assert_nonnull (school);
  g_assert_cmpstr (school->name, ==, "Trường Chính trị Lê Duẩn");
  g_assert_cmpstr (school->province, ==, "Quảng Trị");
  value = setting (store, COHORT_SETTING_AGENCY);
  g_assert_cmpstr (value, ==, "TRƯỜNG CHÍNH TRỊ LÊ DUẨN");
  g_clear_pointer (&value, g_free);

  /* The office closes Cohort here; opened again, it goes on with the hosts. */
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  store = cohort_store_open (path, &error);
  g_assert_no_error (error);
  window = cohort_test_window_for (store);
  setup = assistant_of (window);
  g_assert_cmpstr (cohort_window_get_visible_view (window), ==, "setup");
  g_assert_cmpint (cohort_setup_assistant_get_step (setup), ==, COHORT_SETUP_STEP_HOSTS);

  /* 2. Two district political centres; the same one twice is refused */
  g_assert_cmpuint (cohort_setup_assistant_get_n_hosts (setup), ==, 0);
  cohort_setup_assistant_set_text (setup, "host-name", "Trung tâm Chính trị huyện Gio Linh");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (setup), "setup.add-host", NULL));
  cohort_setup_assistant_set_text (setup, "host-name", "Trung tâm Chính trị huyện Vĩnh Linh");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (setup), "setup.add-host", NULL));
  g_assert_cmpstr (cohort_setup_assistant_get_text (setup, "host-name"), ==, "");
  cohort_setup_assistant_set_text (setup, "host-name", "TRUNG TÂM CHÍNH TRỊ HUYỆN GIO LINH");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (setup), "setup.add-host", NULL));
  g_assert_nonnull (cohort_setup_assistant_get_error (setup));
  g_assert_cmpuint (cohort_setup_assistant_get_n_hosts (setup), ==, 2);
  g_assert_cmpint (counts_of (store).org_units, ==, 3);
  cohort_setup_assistant_set_text (setup, "host-name", "");
  cohort_test_screenshot (GTK_WIDGET (window), "setup-hosts");
  g_assert_true (cohort_setup_assistant_go_on (setup));

  /* 3. The signers: the signer's title and name are needed */
  g_assert_cmpint (cohort_setup_assistant_get_step (setup), ==, COHORT_SETUP_STEP_SIGNERS);
  g_assert_false (cohort_setup_assistant_go_on (setup));
  g_assert_nonnull (cohort_setup_assistant_get_error (setup));
  cohort_setup_assistant_set_text (setup, "signer-title", "KT. HIỆU TRƯỞNG");
  cohort_setup_assistant_set_text (setup, "signer-title2", "PHÓ HIỆU TRƯỞNG");
  cohort_setup_assistant_set_text (setup, "signer-name", "Lê Văn Hùng");
  cohort_setup_assistant_set_text (setup, "preparer-title", "NGƯỜI LẬP DANH SÁCH");
  cohort_setup_assistant_set_text (setup, "preparer-name", "Trần Thị Thu Hà");
  cohort_test_screenshot (GTK_WIDGET (window), "setup-signers");
  g_assert_true (cohort_setup_assistant_go_on (setup));
  value = setting (store, COHORT_SETTING_SIGNER_TITLE);
  g_assert_cmpstr (value, ==, "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG");
  g_clear_pointer (&value, g_free);

  /* 4. The programs: the school does not run the course "Nhận thức về Đảng" */
  g_assert_cmpint (cohort_setup_assistant_get_step (setup), ==, COHORT_SETUP_STEP_PROGRAMS);
  programs = cohort_setup_assistant_get_program_list (setup);
  g_assert_cmpuint (cohort_program_list_get_n_rows (programs), ==, 9);
  g_assert_true (cohort_program_list_set_active (programs, "BD_NTVD", FALSE));
  {
    g_autoptr(CohortProgram) ntvd = cohort_store_get_program (store, "BD_NTVD", &error);

    g_assert_false (ntvd->active);
  }
  cohort_test_screenshot (GTK_WIDGET (window), "setup-programs");
  g_assert_true (cohort_setup_assistant_go_on (setup));
  g_assert_cmpint (cohort_setup_assistant_get_step (setup), ==, COHORT_SETUP_STEP_FIRST_LISTS);
  cohort_test_screenshot (GTK_WIDGET (window), "setup-first-lists");
  /* Back shows the programs as saved */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (setup), "setup.back", NULL));
  g_assert_cmpint (cohort_setup_assistant_get_step (setup), ==, COHORT_SETUP_STEP_PROGRAMS);
  for (guint i = 0; i < cohort_program_list_get_n_rows (programs); i++)
    {
      g_autofree char *subtitle = NULL;
      g_autofree char *title = cohort_program_list_dup_row (programs, i, &subtitle, &active);

      g_assert_true (active == (strstr (subtitle, "BD_NTVD") == NULL));
    }
  g_assert_true (cohort_setup_assistant_go_on (setup));

  /* 5. The first class: the class editor offers the school and its two
   * centres, and the programs the school runs */
  editor = cohort_setup_assistant_new_class (setup);
  g_assert_cmpuint (g_list_model_get_n_items (cohort_class_editor_get_choices (editor, "host")), ==, 3);
  g_assert_true (cohort_test_string_list_has (cohort_class_editor_get_choices (editor, "host"), "Trung tâm Chính trị huyện Gio Linh"));
  g_assert_cmpuint (g_list_model_get_n_items (cohort_class_editor_get_choices (editor, "program")), ==, 8);
  g_assert_false (cohort_test_string_list_has (cohort_class_editor_get_choices (editor, "program"), "Nhận thức về Đảng"));
  cohort_class_editor_set_text (editor, "code", "B01");
  cohort_class_editor_set_text (editor, "year", "2026");
  cohort_class_editor_set_text (editor, "program", "TCLLCT");
  cohort_class_editor_set_text (editor, "start", "02/03/2026");
  cohort_class_editor_set_text (editor, "end", "18/12/2026");
  cohort_class_editor_set_text (editor, "planned", "50");
  g_assert_true (cohort_class_editor_can_save (editor));
  cohort_test_screenshot (GTK_WIDGET (editor), "setup-first-class");
  g_assert_true (cohort_class_editor_save (editor));

  /* Set up: the roster of the class, where its students go */
  g_assert_cmpint (cohort_store_get_setup_step (store, NULL), ==, COHORT_SETUP_N_STEPS);
  g_assert_cmpstr (cohort_window_get_visible_view (window), ==, "content");
  g_assert_cmpstr (cohort_window_get_visible_page (window), ==, "classes");
  classes = COHORT_CLASSES_PAGE (cohort_window_get_page (window, "classes"));
  g_assert_cmpstr (cohort_classes_page_get_visible_view (classes), ==, "roster");
  roster = cohort_classes_page_get_roster_view (classes);
  klass = g_object_ref (cohort_roster_view_get_class (roster));
  g_assert_cmpstr (cohort_class_get_text (klass, COHORT_CLASS_CODE), ==, "B01");
  g_assert_cmpint (cohort_class_get_number (klass, COHORT_CLASS_HOST_ID), ==, school->id);   /* the first offered */

  /* The agency's list, through the import window, into the class */
  list = write_agency_list ();
  import = cohort_import_window_new (GTK_WINDOW (window), store, klass);
  cohort_import_window_open_file (import, list);
  cohort_test_wait_for (cohort_test_import_not_busy, import, 60);
  g_assert_cmpstr (cohort_import_window_get_state (import), ==, "preview");
  g_assert_cmpuint (g_list_model_get_n_items (cohort_import_preview_get_model (cohort_import_window_get_preview (import))),
                    ==, G_N_ELEMENTS (people));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (import), "import.run", NULL));
  cohort_test_wait_for (cohort_test_import_not_busy, import, 60);
  g_assert_cmpstr (cohort_import_window_get_state (import), ==, "done");
  gtk_window_destroy (GTK_WINDOW (import));
  /* as the roster does once its Import List… has imported */
  g_assert_true (cohort_roster_view_reload (roster));
  {
    g_autoptr(GPtrArray) enrolled = cohort_store_get_roster (store, cohort_class_get_number (klass, COHORT_CLASS_ID),
                                                             &error);
    CohortStoreCounts counts = counts_of (store);

    g_assert_no_error (error);
    g_assert_cmpuint (enrolled->len, ==, G_N_ELEMENTS (people));
    /* no demo data: what the office entered, and nothing else */
    g_assert_cmpint (counts.people, ==, G_N_ELEMENTS (people));
    g_assert_cmpint (counts.classes, ==, 1);
    g_assert_cmpint (counts.enrolments, ==, G_N_ELEMENTS (people));
  }
  g_assert_cmpuint (g_list_model_get_n_items (cohort_roster_view_get_model (roster)), ==, G_N_ELEMENTS (people));
  cohort_test_screenshot (GTK_WIDGET (window), "setup-first-roster");

  /* Its official list, with the school's letterhead and signers */
  exported = g_build_filename (tmp_dir, "B01.xlsx", NULL);
  {
    g_autoptr(CohortImportPlan) read = NULL;
    g_autoptr(GString) cells = g_string_new (NULL);
    gboolean saved = cohort_test_save_list (GTK_WIDGET (roster), store, klass, COHORT_LIST_KIND_ROSTER, exported,
                                            &error);

    g_assert_no_error (error);
    g_assert_true (saved);
    read = cohort_import_plan_read (exported, NULL, NULL, &error);
    g_assert_no_error (error);
    /* every student, each once (the signature lines under the table are not people) */
    for (guint i = 0; i < G_N_ELEMENTS (people); i++)
      {
        guint found = 0;

        for (guint r = 0; r < read->rows->len; r++)
          {
            CohortImportRow *row = g_ptr_array_index (read->rows, r);
            g_autofree char *name = row->person ? cohort_person_dup_full_name (row->person) : NULL;

            found += g_strcmp0 (name, people[i][0]) == 0;
          }
        g_assert_cmpuint (found, ==, 1);
      }
    g_assert_true (cohort_import_read_rows (exported, NULL, collect_cells, cells, NULL, &error));
    g_assert_no_error (error);
    for (guint i = 0; i < G_N_ELEMENTS (people); i++)
      g_assert_nonnull (strstr (cells->str, people[i][0]));
    g_assert_nonnull (strstr (cells->str, "TỈNH ỦY QUẢNG TRỊ"));
    g_assert_nonnull (strstr (cells->str, "TRƯỜNG CHÍNH TRỊ LÊ DUẨN"));
    g_assert_nonnull (strstr (cells->str, "PHÓ HIỆU TRƯỞNG"));
    g_assert_nonnull (strstr (cells->str, "Lê Văn Hùng"));
    g_assert_nonnull (strstr (cells->str, "Trần Thị Thu Hà"));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
dialog_shown (gpointer data)
{
  return cohort_test_find_window (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* The demo, asked for once the school is entered: asked first, then it
 * replaces what was entered. */
static void
test_demo_replaces_setup (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = new_db_path ("demo.db");
  g_autoptr(CohortStore) store = cohort_store_open (path, &error);
  g_autoptr(CohortHost) school = NULL;
  CohortSetupAssistant *setup;
  CohortWindow *window;
  AdwMessageDialog *question;

  g_assert_no_error (error);
  window = cohort_test_window_for (store);
  setup = assistant_of (window);
  cohort_setup_assistant_set_text (setup, "school-name", "Trường Chính trị Nguyễn Văn Cừ");
  cohort_setup_assistant_set_province (setup, cohort_store_find_province (store, "Quảng Ninh", NULL));
  g_assert_true (cohort_setup_assistant_go_on (setup));

  /* Cancel: nothing changes */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-demo", NULL));
  cohort_test_wait_for (dialog_shown, NULL, 10);
  question = cohort_test_find_window (ADW_TYPE_MESSAGE_DIALOG);
  cohort_test_screenshot (GTK_WIDGET (question), "setup-demo-question");
  adw_message_dialog_response (question, "cancel");
  cohort_test_spin (100);
  g_assert_cmpstr (cohort_window_get_visible_view (window), ==, "setup");
  g_assert_cmpint (cohort_setup_assistant_get_step (setup), ==, COHORT_SETUP_STEP_HOSTS);
  school = cohort_store_get_school (store, NULL);
  g_assert_cmpstr (school->name, ==, "Trường Chính trị Nguyễn Văn Cừ");
  g_clear_pointer (&school, cohort_host_free);

  /* The demo: its own school, the setup done */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-demo", NULL));
  cohort_test_wait_for (dialog_shown, NULL, 10);
  adw_message_dialog_response (cohort_test_find_window (ADW_TYPE_MESSAGE_DIALOG), "demo");
  cohort_test_wait_for (view_is_content, window, 180);
  cohort_test_wait_until_loaded (window);
  school = cohort_store_get_school (store, NULL);
  g_assert_cmpstr (school->name, ==, "Trường Chính trị Lê Duẩn");
  g_assert_cmpint (cohort_store_get_setup_step (store, NULL), ==, COHORT_SETUP_N_STEPS);
  g_assert_cmpint (counts_of (store).people, >, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Set up, with no class or person yet: New Class…, Import a List… */
static void
test_ready_state (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = new_db_path ("ready.db");
  g_autoptr(CohortStore) store = cohort_store_open (path, &error);
  g_autoptr(CohortHost) school = cohort_host_new ("Trường Chính trị tỉnh Cao Bằng", COHORT_ORG_KIND_SCHOOL);
  CohortClassEditor *editor;
  CohortWindow *window;

  g_assert_no_error (error);
  school->province_id = cohort_store_find_province (store, "Cao Bằng", NULL);
  g_assert_true (cohort_store_save_school (store, school, "TỈNH ỦY CAO BẰNG", "Cao Bằng", &error));
  for (CohortSetupStep step = COHORT_SETUP_STEP_HOSTS; step < COHORT_SETUP_N_STEPS; step++)
    if (step != COHORT_SETUP_STEP_SIGNERS)
      g_assert_true (cohort_store_complete_setup_step (store, step, NULL, NULL, &error));
  window = cohort_test_window_for (store);
  /* the signers not given yet: the setup goes on with them */
  g_assert_cmpstr (cohort_window_get_visible_view (window), ==, "setup");
  g_assert_cmpint (cohort_setup_assistant_get_step (assistant_of (window)), ==, COHORT_SETUP_STEP_SIGNERS);
  cohort_setup_assistant_set_text (assistant_of (window), "signer-title", "HIỆU TRƯỞNG");
  cohort_setup_assistant_set_text (assistant_of (window), "signer-name", "Nông Văn Bình");
  g_assert_true (cohort_setup_assistant_go_on (assistant_of (window)));
  g_assert_cmpstr (cohort_window_get_visible_view (window), ==, "empty");
  cohort_test_screenshot (GTK_WIDGET (window), "setup-ready");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-class", NULL));
  editor = cohort_test_find_window (COHORT_TYPE_CLASS_EDITOR);
  g_assert_nonnull (editor);
  cohort_class_editor_set_text (editor, "code", "SC01");
  cohort_class_editor_set_text (editor, "program", "SCLLCT");
  cohort_class_editor_set_text (editor, "planned", "40");
  g_assert_true (cohort_class_editor_save (editor));
  g_assert_cmpstr (cohort_window_get_visible_view (window), ==, "content");
  g_assert_cmpstr (cohort_window_get_visible_page (window), ==, "classes");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  cohort_test_ui_init (&argc, &argv);
  tmp_dir = g_dir_make_tmp ("cohort-setup-ui-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/ui/setup/from-nothing-to-first-class", test_from_nothing_to_first_class);
  g_test_add_func ("/ui/setup/ready-state", test_ready_state);
  g_test_add_func ("/ui/setup/demo-replaces-setup", test_demo_replaces_setup);

  status = g_test_run ();
  cohort_test_ui_remove_demo (NULL, tmp_dir);
  return status;
}
