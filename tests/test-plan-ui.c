/* test-plan-ui.c: the annual plan editor driven through its real window —
 * opened from the main window on the school's plan, the lines as SQL has
 * them, a line edited, one added and one removed, saved in one go; two lines
 * for the same program and level refused with nothing written; changing year
 * with changes not saved asks first; an empty year filled from last year.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "cohort-plan-window.h"
#include "cohort-test-store.h"
#include "cohort-test-ui.h"
#include "cohort-window.h"

static char *demo_path;
static char *demo_dir;

/* Helpers -------------------------------------------------------------------- */

static char *
raw_rows_printf (const char *format,
                 ...) G_GNUC_PRINTF (1, 2);

static char *
raw_rows_printf (const char *format,
                 ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  return cohort_test_raw_rows (demo_path, sql);
}

/* The plan of a year and host in SQL, in the order the editor shows it. */
static char *
sql_plan (int    year,
          gint64 host_id)
{
  return raw_rows_printf ("SELECT p.program_type, p.level, p.planned_classes, p.planned_students "
                          "FROM plan p JOIN program_type pt ON pt.code = p.program_type "
                          "WHERE p.year = %d AND p.org_unit_id = %" G_GINT64_FORMAT " "
                          "ORDER BY pt.sort_order, CASE p.level WHEN 'province' THEN 0 "
                          "WHEN 'district' THEN 1 WHEN 'commune' THEN 2 ELSE 3 END",
                          year, host_id);
}

static char *
editor_plan (CohortPlanWindow *plan)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < cohort_plan_window_get_n_lines (plan); i++)
    {
      g_autoptr(CohortPlanLine) line = cohort_plan_window_dup_line (plan, i);

      g_string_append_printf (out, "%s|%s|%d|%d\n", line->program, cohort_level_to_string (line->level),
                              line->planned_classes, line->planned_students);
    }
  return g_string_free (out, FALSE);
}

static CohortPlanWindow *
find_plan_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (COHORT_IS_PLAN_WINDOW (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return COHORT_PLAN_WINDOW (w);
    }
  return NULL;
}

static void
on_saved_cb (CohortPlanWindow *plan,
             int               year,
             gint64            host_id,
             int              *saved_year)
{
  *saved_year = year;
}

static int
this_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now);
}

/* Tests ---------------------------------------------------------------------- */

static void
test_edit_add_remove_save (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  g_autofree char *shown = NULL, *want = NULL, *others = NULL, *others_after = NULL, *expected = NULL;
  g_autofree char *got = NULL;
  g_autoptr(CohortPlanLine) added = NULL;
  g_autoptr(CohortPlanLine) removed = NULL;
  CohortPlanWindow *plan;
  CohortWindow *window;
  AdwMessageDialog *question;
  gint64 school = cohort_test_raw_int (demo_path, "SELECT id FROM org_unit WHERE kind = 'school'");
  gint64 audit_before = cohort_test_raw_int (demo_path, "SELECT count(*) FROM audit_log WHERE entity = 'plan'");
  int year = (int) cohort_test_raw_int (demo_path,
                                        "SELECT year FROM plan WHERE org_unit_id = 1 GROUP BY year HAVING count(*) >= 3 "
                                        "ORDER BY year DESC LIMIT 1");
  int saved_year = 0, classes, students, n;

  g_assert_no_error (error);
  g_assert_cmpint (year, >, 0);
  window = cohort_test_window_for (store);

  /* The menu's Annual Plan: this year's plan of the school */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-plan", NULL));
  plan = find_plan_window ();
  g_assert_nonnull (plan);
  g_signal_connect (plan, "saved", G_CALLBACK (on_saved_cb), &saved_year);
  g_assert_cmpint (cohort_plan_window_get_year (plan), ==, this_year ());
  g_assert_cmpint (cohort_plan_window_get_host_id (plan), ==, school);
  shown = editor_plan (plan);
  want = sql_plan (this_year (), school);
  g_assert_cmpstr (shown, ==, want);

  /* Another year, nothing changed yet: shown at once, as SQL has it */
  cohort_plan_window_set_year (plan, year);
  g_assert_null (cohort_plan_window_get_question (plan));
  g_assert_cmpint (cohort_plan_window_get_year (plan), ==, year);
  g_clear_pointer (&shown, g_free);
  g_clear_pointer (&want, g_free);
  shown = editor_plan (plan);
  want = sql_plan (year, school);
  g_assert_cmpstr (shown, ==, want);
  g_assert_cmpstr (cohort_plan_window_get_view (plan), ==, "lines");
  n = (int) cohort_plan_window_get_n_lines (plan);
  g_assert_cmpint (n, >=, 3);
  cohort_plan_window_get_totals (plan, &classes, &students);
  {
    g_autofree char *sum = raw_rows_printf ("SELECT sum(planned_classes), sum(planned_students) FROM plan "
                                            "WHERE year = %d AND org_unit_id = 1", year);
    g_autofree char *totals = g_strdup_printf ("%d|%d\n", classes, students);

    g_assert_cmpstr (totals, ==, sum);
  }
  cohort_test_screenshot (GTK_WIDGET (plan), "plan-editor");
  /* On a small screen */
  gtk_window_set_default_size (GTK_WINDOW (plan), 600, 440);
  cohort_test_screenshot (GTK_WIDGET (plan), "plan-editor-small");
  gtk_window_set_default_size (GTK_WINDOW (plan), 780, 580);

  /* Edit the first line, add one, remove the last of those read */
  others = raw_rows_printf ("SELECT * FROM plan WHERE NOT (year = %d AND org_unit_id = 1) ORDER BY id", year);
  {
    g_autoptr(CohortPlanLine) first = cohort_plan_window_dup_line (plan, 0);

    cohort_plan_window_set_line (plan, 0, first->program, first->level, first->planned_classes + 2, 345);
  }
  g_assert_true (cohort_plan_window_has_changes (plan));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (plan), "plan.add-line", NULL));
  g_assert_cmpint (cohort_plan_window_get_n_lines (plan), ==, n + 1);
  cohort_plan_window_set_line (plan, n, "BD_NGACH", COHORT_LEVEL_COMMUNE, 3, 150);
  removed = cohort_plan_window_dup_line (plan, n - 1);
  cohort_plan_window_remove_line (plan, n - 1);
  g_assert_cmpint (cohort_plan_window_get_n_lines (plan), ==, n);
  added = cohort_plan_window_dup_line (plan, n - 1);
  g_assert_cmpstr (added->program, ==, "BD_NGACH");
  g_assert_cmpint (added->level, ==, COHORT_LEVEL_COMMUNE);
  cohort_test_screenshot (GTK_WIDGET (plan), "plan-editor-changed");

  /* Another year now asks; Keep Editing stays on this plan with its changes */
  cohort_plan_window_set_year (plan, year - 1);
  question = cohort_plan_window_get_question (plan);
  g_assert_nonnull (question);
  cohort_test_screenshot (GTK_WIDGET (question), "plan-editor-discard");
  /* Closing the dialog (Escape) keeps editing */
  gtk_window_close (GTK_WINDOW (question));
  cohort_test_spin (50);
  g_assert_null (cohort_plan_window_get_question (plan));
  g_assert_cmpint (cohort_plan_window_get_year (plan), ==, year);
  g_assert_cmpint (cohort_plan_window_get_n_lines (plan), ==, n);
  g_assert_true (cohort_plan_window_has_changes (plan));

  /* Save: the table holds exactly the lines shown, other plans untouched */
  expected = editor_plan (plan);
  g_assert_true (cohort_plan_window_save (plan));
  g_assert_cmpint (saved_year, ==, year);
  cohort_test_wait_until_loaded (window);
  g_assert_null (find_plan_window ());
  got = sql_plan (year, school);
  g_assert_cmpstr (got, ==, expected);
  g_assert_nonnull (strstr (got, "|345\n"));
  g_assert_nonnull (strstr (got, "BD_NGACH|commune|3|150\n"));
  others_after = raw_rows_printf ("SELECT * FROM plan WHERE NOT (year = %d AND org_unit_id = 1) ORDER BY id",
                                  year);
  g_assert_cmpstr (others_after, ==, others);
  /* an update, a create, a delete */
  g_assert_cmpint (cohort_test_raw_int (demo_path,
                                        "SELECT count(*) FROM audit_log WHERE entity = 'plan'"), ==, audit_before + 3);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Two lines for one program and level: the store's message in the window,
 * the two lines marked, nothing written. */
static void
test_duplicate_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  g_autoptr(CohortPlanLine) first = NULL;
  g_autofree char *before = NULL, *after = NULL, *shown = NULL, *want = NULL;
  const char *message;
  CohortPlanWindow *plan;
  CohortWindow *window;
  AdwMessageDialog *question;
  gint64 audit_before = cohort_test_raw_int (demo_path, "SELECT count(*) FROM audit_log");
  int year = (int) cohort_test_raw_int (demo_path,
                                        "SELECT year FROM plan WHERE org_unit_id = 1 GROUP BY year HAVING count(*) >= 2 "
                                        "ORDER BY year LIMIT 1");
  guint n;

  g_assert_no_error (error);
  window = cohort_test_window_for (store);
  plan = cohort_plan_window_new (GTK_WINDOW (window), store, year, 1);
  gtk_window_present (GTK_WINDOW (plan));
  n = cohort_plan_window_get_n_lines (plan);
  before = cohort_test_raw_rows (demo_path, "SELECT * FROM plan ORDER BY id");

  first = cohort_plan_window_dup_line (plan, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (plan), "plan.add-line", NULL));
  cohort_plan_window_set_line (plan, n, first->program, first->level, 1, 30);
  g_assert_null (cohort_plan_window_get_error (plan));
  g_assert_false (cohort_plan_window_save (plan));

  message = cohort_plan_window_get_error (plan);
  g_assert_nonnull (message);
  g_test_message ("%s", message);
  {
    g_autofree char *program = cohort_store_get_program_name (store, first->program, NULL);
    g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_plan_line_free);
    g_autoptr(GError) store_error = NULL;

    /* The message is the store's, for the same lines */
    for (guint i = 0; i <= n; i++)
      g_ptr_array_add (lines, cohort_plan_window_dup_line (plan, i));
    g_assert_false (cohort_store_save_plan (store, year, 1, lines, &store_error));
    g_assert_error (store_error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
    g_assert_cmpstr (message, ==, store_error->message);
    g_assert_nonnull (program);
  }
  g_assert_true (find_plan_window () == plan);
  cohort_test_screenshot (GTK_WIDGET (plan), "plan-editor-error");
  after = cohort_test_raw_rows (demo_path, "SELECT * FROM plan ORDER BY id");
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (cohort_test_raw_int (demo_path, "SELECT count(*) FROM audit_log"), ==, audit_before);

  /* Another host with these changes: Discard shows that host's plan */
  cohort_plan_window_set_host (plan, 3);
  question = cohort_plan_window_get_question (plan);
  g_assert_nonnull (question);
  /* as the button does: the response, and the dialog closed */
  adw_message_dialog_response (question, "discard");
  gtk_window_destroy (GTK_WINDOW (question));
  cohort_test_spin (50);
  g_assert_cmpint (cohort_plan_window_get_host_id (plan), ==, 3);
  g_assert_false (cohort_plan_window_has_changes (plan));
  g_assert_null (cohort_plan_window_get_error (plan));
  shown = editor_plan (plan);
  want = sql_plan (year, 3);
  g_assert_cmpstr (shown, ==, want);

  gtk_window_destroy (GTK_WINDOW (plan));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A year without a plan: the empty page, then last year's lines to start from. */
static void
test_empty_year_copied (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  g_autofree char *last = NULL, *shown = NULL, *got = NULL;
  CohortPlanWindow *plan;
  CohortWindow *window;
  int year = (int) cohort_test_raw_int (demo_path, "SELECT max(year) FROM plan WHERE org_unit_id = 1") + 1;

  g_assert_no_error (error);
  window = cohort_test_window_for (store);
  plan = cohort_plan_window_new (GTK_WINDOW (window), store, year, 1);
  gtk_window_present (GTK_WINDOW (plan));
  g_assert_cmpuint (cohort_plan_window_get_n_lines (plan), ==, 0);
  g_assert_cmpstr (cohort_plan_window_get_view (plan), ==, "empty");
  cohort_test_screenshot (GTK_WIDGET (plan), "plan-editor-empty");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (plan), "plan.copy-last-year", NULL));
  g_assert_cmpstr (cohort_plan_window_get_view (plan), ==, "lines");
  last = sql_plan (year - 1, 1);
  shown = editor_plan (plan);
  g_assert_cmpstr (shown, ==, last);
  g_assert_true (cohort_plan_window_has_changes (plan));
  g_assert_true (cohort_plan_window_save (plan));
  got = sql_plan (year, 1);
  g_assert_cmpstr (got, ==, last);

  cohort_test_wait_until_loaded (window);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A database without a school or centre: nothing to plan for, said so. */
static void
test_no_host (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (":memory:", &error);
  CohortPlanWindow *plan;

  g_assert_no_error (error);
  plan = cohort_plan_window_new (NULL, store, this_year (), 0);
  gtk_window_present (GTK_WINDOW (plan));
  g_assert_cmpint (cohort_plan_window_get_host_id (plan), ==, 0);
  g_assert_cmpstr (cohort_plan_window_get_view (plan), ==, "empty");
  gtk_widget_activate_action (GTK_WIDGET (plan), "plan.add-line", NULL);   /* disabled: nothing happens */
  g_assert_cmpuint (cohort_plan_window_get_n_lines (plan), ==, 0);
  g_assert_false (cohort_plan_window_save (plan));
  g_assert_null (cohort_plan_window_get_error (plan));
  cohort_test_screenshot (GTK_WIDGET (plan), "plan-editor-no-host");
  gtk_window_destroy (GTK_WINDOW (plan));
}

int
main (int argc, char **argv)
{
  int status;

  cohort_test_ui_init (&argc, &argv);
  demo_path = cohort_test_ui_make_demo (3000, &demo_dir);

  g_test_add_func ("/ui/plan/edit-add-remove-save", test_edit_add_remove_save);
  g_test_add_func ("/ui/plan/duplicate-refused", test_duplicate_refused);
  g_test_add_func ("/ui/plan/empty-year-copied", test_empty_year_copied);
  g_test_add_func ("/ui/plan/no-host", test_no_host);

  status = g_test_run ();
  cohort_test_ui_remove_demo (demo_path, demo_dir);
  return status;
}
