/* test-organisation-ui.c: the Organisation and Programs windows from the main
 * menu — hosts listed as the school, open and closed (a province merged on
 * 01/07/2025 with its unit of today), one added, one closed at a date (and
 * refused before the start of its class), one removed; programs switched
 * off, added, refused, deleted; and the class editor offering only open
 * hosts and the programs the school runs, a class keeping its own.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cohort-class-editor.h"
#include "cohort-format.h"
#include "cohort-organisation-window.h"
#include "cohort-programs-window.h"
#include "cohort-test-ui.h"
#include "cohort-window.h"

static char *tmp_dir;
static char *db_path;
static gint64 school_id, gio_linh_id, le_thuy_id, cam_lo_id;

/* Helpers ---------------------------------------------------------------------- */

static gint64
add_host (CohortStore   *store,
          const char    *name,
          CohortOrgKind  kind,
          gint64         province)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortHost) host = cohort_host_new (name, kind);

  host->province_id = province;
  g_assert_true (cohort_store_save_host (store, host, &error));
  g_assert_no_error (error);
  return host->id;
}

static void
add_class (CohortStore *store,
           const char  *code,
           const char  *program,
           gint64       host,
           const char  *start)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortClass) c = cohort_class_new ();

  cohort_class_set_text (c, COHORT_CLASS_CODE, code);
  cohort_class_set_number (c, COHORT_CLASS_YEAR, g_ascii_strtoll (start, NULL, 10));
  cohort_class_set_text (c, COHORT_CLASS_PROGRAM, program);
  cohort_class_set_number (c, COHORT_CLASS_HOST_ID, host);
  cohort_class_set_text (c, COHORT_CLASS_START_DATE, start);
  cohort_class_set_number (c, COHORT_CLASS_PLANNED, 40);
  g_assert_true (cohort_store_save_class (store, c, &error));
  g_assert_no_error (error);
}

/* A school of Quảng Trị with centres of before and after the merge. */
static void
make_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = NULL;
  g_autoptr(CohortHost) school = cohort_host_new ("Trường Chính trị Lê Duẩn", COHORT_ORG_KIND_SCHOOL);
  const char *keys[] = { COHORT_SETTING_SIGNER_TITLE, COHORT_SETTING_SIGNER_NAME, NULL };
  const char *values[] = { "HIỆU TRƯỞNG", "Lê Văn Hùng", NULL };

  tmp_dir = g_dir_make_tmp ("cohort-org-ui-XXXXXX", &error);
  g_assert_no_error (error);
  db_path = g_build_filename (tmp_dir, "org.db", NULL);
  store = cohort_store_open (db_path, &error);
  g_assert_no_error (error);

  school->province_id = 72;
  g_assert_true (cohort_store_save_school (store, school, "TỈNH ỦY QUẢNG TRỊ", "Quảng Trị", &error));
  school_id = school->id;
  gio_linh_id = add_host (store, "Trung tâm Chính trị huyện Gio Linh", COHORT_ORG_KIND_DISTRICT_CENTRE, 31);
  le_thuy_id = add_host (store, "Trung tâm Chính trị huyện Lệ Thủy", COHORT_ORG_KIND_DISTRICT_CENTRE, 30);
  cam_lo_id = add_host (store, "Trung tâm Chính trị huyện Cam Lộ", COHORT_ORG_KIND_DISTRICT_CENTRE, 31);
  add_class (store, "SC01-CL", "SCLLCT", cam_lo_id, "2025-03-03");
  add_class (store, "SC02-GL", "SCLLCT", gio_linh_id, "2025-09-01");
  g_assert_true (cohort_store_close_host (store, cam_lo_id, "2025-06-30", &error));
  for (CohortSetupStep step = COHORT_SETUP_STEP_HOSTS; step < COHORT_SETUP_N_STEPS; step++)
    g_assert_true (cohort_store_complete_setup_step (store, step, step == COHORT_SETUP_STEP_SIGNERS ? keys : NULL,
                                                     step == COHORT_SETUP_STEP_SIGNERS ? values : NULL, &error));
  g_assert_no_error (error);
}

static char *
row (CohortOrganisationWindow *org,
     CohortHostGroup           group,
     guint                     index,
     char                    **subtitle)
{
  return cohort_organisation_window_dup_row (org, group, index, subtitle);
}

static gint64
host_count (CohortStore *store)
{
  g_autoptr(GPtrArray) hosts = cohort_store_list_hosts (store, NULL);

  return hosts->len;
}

static void
count_signal (guint *n)
{
  (*n)++;
}

/* Tests ------------------------------------------------------------------------ */

static void
test_hosts (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (db_path, &error);
  g_autoptr(CohortHost) gio_linh = NULL;
  g_autofree char *title = NULL, *subtitle = NULL, *expected = NULL;
  CohortOrganisationWindow *org;
  CohortHostEditor *editor;
  CohortClassEditor *class_editor;
  CohortWindow *window;
  guint changed = 0;

  g_assert_no_error (error);
  window = cohort_test_window_for (store);
  g_assert_cmpstr (cohort_window_get_visible_view (window), ==, "content");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.organisation", NULL));
  org = cohort_test_find_window (COHORT_TYPE_ORGANISATION_WINDOW);
  g_assert_nonnull (org);
  g_signal_connect_swapped (org, "changed", G_CALLBACK (count_signal), &changed);

  /* The school; two centres open; Cam Lộ closed on 30/06/2025, with its class */
  g_assert_cmpuint (cohort_organisation_window_get_n_rows (org, COHORT_HOST_GROUP_SCHOOL), ==, 1);
  g_assert_cmpuint (cohort_organisation_window_get_n_rows (org, COHORT_HOST_GROUP_OPEN), ==, 2);
  g_assert_cmpuint (cohort_organisation_window_get_n_rows (org, COHORT_HOST_GROUP_CLOSED), ==, 1);
  title = row (org, COHORT_HOST_GROUP_SCHOOL, 0, NULL);
  g_assert_cmpstr (title, ==, "Trường Chính trị Lê Duẩn");
  g_clear_pointer (&title, g_free);
  title = row (org, COHORT_HOST_GROUP_CLOSED, 0, &subtitle);
  g_assert_cmpstr (title, ==, "Trung tâm Chính trị huyện Cam Lộ");
  g_assert_nonnull (strstr (subtitle, "30/06/2025"));
  g_clear_pointer (&title, g_free);
  g_clear_pointer (&subtitle, g_free);
  /* Lệ Thủy, in Quảng Bình: shown with the unit it is part of now */
  title = row (org, COHORT_HOST_GROUP_OPEN, 1, &subtitle);
  g_assert_cmpstr (title, ==, "Trung tâm Chính trị huyện Lệ Thủy");
  expected = cohort_format_province ("Quảng Bình", "Quảng Trị");
  g_assert_nonnull (strstr (subtitle, expected));
  g_assert_nonnull (strstr (subtitle, "Quảng Trị"));
  g_clear_pointer (&title, g_free);
  g_clear_pointer (&subtitle, g_free);
  cohort_test_screenshot (GTK_WIDGET (org), "organisation");

  /* Add a centre: in the school's province unless changed */
  editor = cohort_organisation_window_add_host (org);
  g_assert_false (cohort_host_editor_can_save (editor));
  cohort_host_editor_set_text (editor, "name", "Trung tâm Chính trị huyện Hải Lăng");
  cohort_host_editor_set_text (editor, "short", "TTCT Hải Lăng");
  g_assert_true (cohort_host_editor_can_save (editor));
  cohort_test_screenshot (GTK_WIDGET (editor), "host-editor");
  g_assert_true (cohort_host_editor_save (editor));
  g_assert_cmpuint (cohort_organisation_window_get_n_rows (org, COHORT_HOST_GROUP_OPEN), ==, 3);
  g_assert_cmpint (host_count (store), ==, 5);
  {
    g_autoptr(GPtrArray) hosts = cohort_store_list_hosts (store, NULL);
    CohortHost *added = NULL;

    for (guint i = 0; i < hosts->len; i++)
      if (g_str_equal (((CohortHost *) g_ptr_array_index (hosts, i))->name, "Trung tâm Chính trị huyện Hải Lăng"))
        added = g_ptr_array_index (hosts, i);
    g_assert_nonnull (added);
    g_assert_cmpint (added->kind, ==, COHORT_ORG_KIND_DISTRICT_CENTRE);
    g_assert_cmpint (added->province_id, ==, 72);
    g_assert_cmpstr (added->short_name, ==, "TTCT Hải Lăng");
  }
  g_assert_cmpuint (changed, ==, 1);   /* the main window reloads */

  /* Close Gio Linh before its class starts: refused, and said why */
  editor = cohort_organisation_window_edit_host (org, gio_linh_id);
  g_assert_nonnull (editor);
  g_assert_false (cohort_host_editor_can_remove (editor));   /* it has a class */
  cohort_host_editor_set_text (editor, "closed", "31/02/2025");
  g_assert_false (cohort_host_editor_can_save (editor));
  cohort_host_editor_set_text (editor, "closed", "30/06/2025");
  g_assert_false (cohort_host_editor_save (editor));
  g_assert_nonnull (cohort_host_editor_get_error (editor));
  g_assert_nonnull (strstr (cohort_host_editor_get_error (editor), "SC02-GL"));
  cohort_test_screenshot (GTK_WIDGET (editor), "host-editor-refused");
  gio_linh = cohort_store_get_host (store, gio_linh_id, NULL);
  g_assert_null (gio_linh->closed_on);
  g_clear_pointer (&gio_linh, cohort_host_free);
  /* After its last class started: closed, listed as closed */
  cohort_host_editor_set_text (editor, "closed", "30/09/2025");
  g_assert_true (cohort_host_editor_save (editor));
  gio_linh = cohort_store_get_host (store, gio_linh_id, NULL);
  g_assert_cmpstr (gio_linh->closed_on, ==, "2025-09-30");
  g_assert_cmpuint (cohort_organisation_window_get_n_rows (org, COHORT_HOST_GROUP_CLOSED), ==, 2);
  g_assert_cmpuint (cohort_organisation_window_get_n_rows (org, COHORT_HOST_GROUP_OPEN), ==, 2);

  /* A host entered by mistake is removed, after one question */
  editor = cohort_organisation_window_edit_host (org, le_thuy_id);
  g_assert_true (cohort_host_editor_can_remove (editor));
  adw_message_dialog_response (cohort_host_editor_remove (editor), "remove");
  g_assert_cmpuint (cohort_organisation_window_get_n_rows (org, COHORT_HOST_GROUP_OPEN), ==, 1);
  g_assert_cmpint (host_count (store), ==, 4);
  /* never the school */
  editor = cohort_organisation_window_edit_host (org, school_id);
  g_assert_false (cohort_host_editor_can_remove (editor));
  gtk_window_destroy (GTK_WINDOW (editor));
  cohort_test_screenshot (GTK_WIDGET (org), "organisation-after");
  gtk_window_destroy (GTK_WINDOW (org));

  /* A new class: only the hosts open today */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-class", NULL));
  class_editor = cohort_test_find_window (COHORT_TYPE_CLASS_EDITOR);
  g_assert_nonnull (class_editor);
  g_assert_cmpuint (g_list_model_get_n_items (cohort_class_editor_get_choices (class_editor, "host")), ==, 2);
  g_assert_true (cohort_test_string_list_has (cohort_class_editor_get_choices (class_editor, "host"), "Trường Chính trị Lê Duẩn"));
  g_assert_true (cohort_test_string_list_has (cohort_class_editor_get_choices (class_editor, "host"),
                                              "Trung tâm Chính trị huyện Hải Lăng"));
  g_assert_false (cohort_test_string_list_has (cohort_class_editor_get_choices (class_editor, "host"),
                                               "Trung tâm Chính trị huyện Cam Lộ"));
  gtk_window_destroy (GTK_WINDOW (class_editor));
  /* A class of Cam Lộ keeps its host, shown as closed */
  {
    g_autoptr(CohortClass) klass = cohort_store_find_class (store, "SC01-CL", 2025, &error);
    GListModel *hosts;
    gboolean kept = FALSE;

    g_assert_no_error (error);
    class_editor = cohort_class_editor_new (GTK_WINDOW (window), store, klass);
    hosts = cohort_class_editor_get_choices (class_editor, "host");
    for (guint i = 0; i < g_list_model_get_n_items (hosts); i++)
      kept |= g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (hosts), i),
                                "Trung tâm Chính trị huyện Cam Lộ (");
    g_assert_true (kept);
    g_assert_true (cohort_class_editor_can_save (class_editor));
    cohort_class_editor_set_text (class_editor, "planned", "45");
    g_assert_true (cohort_class_editor_save (class_editor));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_programs (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (db_path, &error);
  g_autoptr(CohortProgram) dt4 = NULL;
  g_autoptr(CohortProgram) added = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  CohortProgramsWindow *programs;
  CohortProgramList *list;
  CohortProgramEditor *editor;
  CohortClassEditor *class_editor;
  CohortWindow *window;

  g_assert_no_error (error);
  window = cohort_test_window_for (store);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.programs", NULL));
  programs = cohort_test_find_window (COHORT_TYPE_PROGRAMS_WINDOW);
  g_assert_nonnull (programs);
  list = cohort_programs_window_get_list (programs);
  g_assert_cmpuint (cohort_program_list_get_n_rows (list), ==, 9);

  /* Switched off: written at once */
  g_assert_true (cohort_program_list_set_active (list, "BD_DT4", FALSE));
  dt4 = cohort_store_get_program (store, "BD_DT4", &error);
  g_assert_false (dt4->active);
  cohort_test_screenshot (GTK_WIDGET (programs), "programs");

  /* A course the school adds */
  editor = cohort_programs_window_add (programs);
  g_assert_false (cohort_program_editor_can_save (editor));
  cohort_program_editor_set_text (editor, "code", "bd_cvc");
  cohort_program_editor_set_text (editor, "name", "Bồi dưỡng ngạch chuyên viên chính");
  cohort_program_editor_set_text (editor, "short", "Chuyên viên chính");
  cohort_program_editor_set_choice (editor, COHORT_TRAINING_LEVEL_REFRESHER, COHORT_CREDENTIAL_CERTIFICATE);
  cohort_program_editor_set_switch (editor, "graded", TRUE);
  cohort_test_screenshot (GTK_WIDGET (editor), "program-editor");
  g_assert_true (cohort_program_editor_save (editor));
  g_assert_cmpuint (cohort_program_list_get_n_rows (list), ==, 10);
  added = cohort_store_get_program (store, "BD_CVC", &error);
  g_assert_no_error (error);
  g_assert_cmpint (added->level, ==, COHORT_TRAINING_LEVEL_REFRESHER);
  g_assert_cmpint (added->credential, ==, COHORT_CREDENTIAL_CERTIFICATE);
  g_assert_true (added->graded && added->active && !added->builtin && !added->lao);

  /* A code already used: refused in the editor, nothing written */
  before = cohort_store_list_programs (store, NULL);
  editor = cohort_programs_window_add (programs);
  cohort_program_editor_set_text (editor, "code", "TCLLCT");
  cohort_program_editor_set_text (editor, "name", "Trung cấp lần hai");
  cohort_program_editor_set_text (editor, "short", "Lần hai");
  g_assert_false (cohort_program_editor_save (editor));
  g_assert_nonnull (cohort_program_editor_get_error (editor));
  after = cohort_store_list_programs (store, NULL);
  g_assert_cmpuint (after->len, ==, before->len);
  gtk_window_destroy (GTK_WINDOW (editor));

  /* Cohort's own programs are switched off, never deleted */
  editor = cohort_programs_window_edit (programs, "SCLLCT");
  g_assert_false (cohort_program_editor_can_delete (editor));
  gtk_window_destroy (GTK_WINDOW (editor));

  /* The class editor offers what the school runs */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-class", NULL));
  class_editor = cohort_test_find_window (COHORT_TYPE_CLASS_EDITOR);
  g_assert_true (cohort_test_string_list_has (cohort_class_editor_get_choices (class_editor, "program"), "Chuyên viên chính"));
  g_assert_false (cohort_test_string_list_has (cohort_class_editor_get_choices (class_editor, "program"), dt4->short_name));
  gtk_window_destroy (GTK_WINDOW (class_editor));

  /* The course added by mistake is deleted after one question */
  editor = cohort_programs_window_edit (programs, "BD_CVC");
  g_assert_true (cohort_program_editor_can_delete (editor));
  adw_message_dialog_response (cohort_program_editor_delete (editor), "delete");
  g_assert_cmpuint (cohort_program_list_get_n_rows (list), ==, 9);
  g_assert_null (cohort_store_get_program (store, "BD_CVC", NULL));

  gtk_window_destroy (GTK_WINDOW (programs));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  int status;

  cohort_test_ui_init (&argc, &argv);
  make_database ();

  g_test_add_func ("/ui/organisation/hosts", test_hosts);
  g_test_add_func ("/ui/organisation/programs", test_programs);

  status = g_test_run ();
  cohort_test_ui_remove_demo (db_path, tmp_dir);
  return status;
}
