/* test-forms-ui.c: the forms of Cohort as a user meets them — Escape on a
 * form with changes asks Keep Editing / Discard (and closes at once without
 * changes), text past a field's limit is refused with a message under the
 * field (a 5,000-character paste included, never cut), a class's year
 * follows its start date. Person editor, class editor, annual plan,
 * Preferences → Documents; run in en, vi and lo.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "cohort-check.h"
#include "cohort-class-editor.h"
#include "cohort-form-guard.h"
#include "cohort-person-editor.h"
#include "cohort-plan-window.h"
#include "cohort-preferences-window.h"
#include "cohort-test-store.h"
#include "cohort-test-ui.h"
#include "cohort-widgets.h"

static char *demo_path;

static char *
repeat (const char *unit,
        guint       n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append (s, unit);
  return g_string_free (s, FALSE);
}

/* Presents @window and watches it: *@alive becomes NULL when it is destroyed. */
static void
show (GtkWindow *window,
      gpointer  *alive)
{
  *alive = window;
  g_object_add_weak_pointer (G_OBJECT (window), alive);
  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
}

/* What Escape does on a form: the binding activates window.close. */
static void
press_escape (GtkWindow *window)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL);
  cohort_test_spin (50);
}

static GtkText *
text_of (GtkEditable *editable)
{
  while (editable != NULL && !GTK_IS_TEXT (editable))
    editable = gtk_editable_get_delegate (editable);
  return GTK_TEXT (editable);
}

static gboolean
refused (gpointer editable)
{
  return cohort_editable_get_refusal (editable) != NULL;
}

/* Pastes @text into @editable through the clipboard, as Ctrl+V does. */
static void
paste (GtkEditable *editable,
       const char  *text)
{
  GtkText *inner = text_of (editable);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (inner)), text);
  gtk_widget_grab_focus (GTK_WIDGET (inner));
  gtk_widget_activate_action (GTK_WIDGET (inner), "clipboard.paste", NULL);
}

static CohortPerson *
first_person (CohortStore *store)
{
  g_autoptr(GPtrArray) found = cohort_store_search_people (store, "", 1, NULL);

  g_assert_nonnull (found);
  g_assert_cmpuint (found->len, ==, 1);
  return g_object_ref (g_ptr_array_index (found, 0));
}

/* The person editor ---------------------------------------------------------------- */

static void
test_person_editor_escape (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  g_autoptr(CohortPerson) person = first_person (store);
  g_autofree char *unit_sql = g_strdup_printf ("SELECT count(*) FROM person WHERE id = %" G_GINT64_FORMAT
                                               " AND unit IS '%s'", cohort_person_get_id (person),
                                               cohort_person_get_unit (person));
  gint64 audit = cohort_test_raw_int (demo_path, "SELECT count(*) FROM audit_log");
  CohortPersonEditor *editor;
  gpointer alive = NULL;
  AdwMessageDialog *dialog;

  /* Nothing changed: Escape closes at once. */
  show (GTK_WINDOW (cohort_person_editor_new (NULL, store, person)), &alive);
  press_escape (alive);
  cohort_test_wait_for (cohort_test_is_cleared, &alive, 5);

  /* A change: Escape asks; Keep Editing keeps the form as it was typed. */
  editor = cohort_person_editor_new (NULL, store, person);
  show (GTK_WINDOW (editor), &alive);
  cohort_person_editor_set_field_text (editor, "unit", "Sở Nội vụ tỉnh Quảng Trị, phòng mới");
  press_escape (GTK_WINDOW (editor));
  dialog = cohort_form_guard_get_dialog (GTK_WINDOW (editor));
  g_assert_nonnull (dialog);
  g_assert_nonnull (alive);
  g_assert_true (adw_message_dialog_has_response (dialog, "keep"));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  g_assert_false (adw_message_dialog_has_response (dialog, "save"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "keep");
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, _("Discard Changes?"));
  cohort_test_screenshot (GTK_WIDGET (dialog), "person-editor-discard");
  adw_message_dialog_response (dialog, "keep");
  cohort_test_spin (50);
  g_assert_nonnull (alive);
  g_assert_null (cohort_form_guard_get_dialog (GTK_WINDOW (editor)));
  g_assert_cmpstr (cohort_person_editor_get_field_text (editor, "unit"), ==, "Sở Nội vụ tỉnh Quảng Trị, phòng mới");

  /* Typed back as it was: no change, nothing to ask. */
  cohort_person_editor_set_field_text (editor, "unit", cohort_person_get_unit (person));
  g_assert_false (cohort_form_guard_has_changes (GTK_WINDOW (editor)));
  cohort_person_editor_set_field_text (editor, "unit", "Phòng khác");

  /* Discard closes, and nothing is written. */
  press_escape (GTK_WINDOW (editor));
  dialog = cohort_form_guard_get_dialog (GTK_WINDOW (editor));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  cohort_test_wait_for (cohort_test_is_cleared, &alive, 5);
  g_assert_cmpint (cohort_test_raw_int (demo_path, unit_sql), ==, 1);
  g_assert_cmpint (cohort_test_raw_int (demo_path, "SELECT count(*) FROM audit_log"), ==, audit);

  /* Saved: closes without asking. */
  editor = cohort_person_editor_new (NULL, store, person);
  show (GTK_WINDOW (editor), &alive);
  cohort_person_editor_set_field_text (editor, "position", "Chuyên viên chính");
  g_assert_true (cohort_person_editor_save (editor));
  cohort_test_wait_for (cohort_test_is_cleared, &alive, 5);
  g_assert_cmpint (cohort_test_raw_int (demo_path, "SELECT count(*) FROM audit_log"), ==, audit + 1);
}

static void
test_person_editor_limits (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  g_autofree char *paste_text = repeat ("ễ", 5000);
  g_autofree char *fits = repeat ("ễ", COHORT_LIMIT_UNIT);
  g_autofree char *limit = g_strdup_printf ("%u", COHORT_LIMIT_UNIT);
  gint64 people = cohort_test_raw_int (demo_path, "SELECT count(*) FROM person");
  CohortPersonEditor *editor = cohort_person_editor_new (NULL, store, NULL);
  GtkEditable *unit = cohort_person_editor_get_row (editor, "unit");
  gpointer alive = NULL;
  int position;

  show (GTK_WINDOW (editor), &alive);
  /* The entry's maximum length is the limit of the field. */
  g_assert_cmpint (gtk_text_get_max_length (text_of (unit)), ==, COHORT_LIMIT_UNIT);
  g_assert_cmpint (gtk_text_get_max_length (text_of (cohort_person_editor_get_row (editor, "given-name"))), ==,
                   COHORT_LIMIT_NAME_PART);

  /* A 5,000-character paste: refused whole, said under the field. */
  cohort_person_editor_set_field_text (editor, "full-name", "Nguyễn Văn Toàn");
  cohort_person_editor_set_field_text (editor, "unit", "Huyện ủy");
  paste (unit, paste_text);
  cohort_test_wait_for (refused, unit, 5);
  g_assert_cmpstr (gtk_editable_get_text (unit), ==, "Huyện ủy");
  g_assert_nonnull (strstr (cohort_person_editor_get_refusal (editor, "unit"), limit));
  g_assert_cmpstr (cohort_person_editor_get_error (editor, "unit"), ==,
                   cohort_person_editor_get_refusal (editor, "unit"));
  cohort_test_screenshot (GTK_WIDGET (editor), "person-editor-paste-refused");

  /* Exactly the limit fits; one more character does not. */
  gtk_editable_set_text (unit, "");
  g_assert_null (cohort_person_editor_get_refusal (editor, "unit"));
  position = 0;
  gtk_editable_insert_text (unit, fits, -1, &position);
  g_assert_cmpint (g_utf8_strlen (gtk_editable_get_text (unit), -1), ==, COHORT_LIMIT_UNIT);
  gtk_editable_insert_text (unit, "x", -1, &position);
  g_assert_cmpint (g_utf8_strlen (gtk_editable_get_text (unit), -1), ==, COHORT_LIMIT_UNIT);
  cohort_test_wait_for (refused, unit, 5);

  /* What fits is saved whole. */
  g_assert_true (cohort_person_editor_save (editor));
  cohort_test_wait_for (cohort_test_is_cleared, &alive, 5);
  g_assert_cmpint (cohort_test_raw_int (demo_path, "SELECT count(*) FROM person"), ==, people + 1);
  g_assert_cmpint (cohort_test_raw_int (demo_path, "SELECT max (length (unit)) FROM person"), ==, COHORT_LIMIT_UNIT);
}

/* The class editor ------------------------------------------------------------------ */

static GtkSpinButton *
year_spin (CohortClassEditor *editor)
{
  return GTK_SPIN_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (editor), COHORT_TYPE_CLASS_EDITOR,
                                                         "year_spin"));
}

static void
test_class_editor (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  g_autofree char *code = repeat ("Ố", COHORT_LIMIT_CLASS_CODE + 5);
  CohortClassEditor *editor = cohort_class_editor_new (NULL, store, NULL);
  GtkEditable *code_row = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (editor), COHORT_TYPE_CLASS_EDITOR,
                                                                       "code_row"));
  gint64 classes = cohort_test_raw_int (demo_path, "SELECT count(*) FROM class");
  gpointer alive = NULL;

  show (GTK_WINDOW (editor), &alive);
  g_assert_cmpint (gtk_text_get_max_length (text_of (code_row)), ==, COHORT_LIMIT_CLASS_CODE);

  /* The year follows the start date typed ... */
  cohort_class_editor_set_text (editor, "code", "B77");
  cohort_class_editor_set_text (editor, "program", "TCLLCT");
  cohort_class_editor_set_text (editor, "start", "05/09/2025");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (year_spin (editor)), ==, 2025);
  g_assert_null (cohort_class_editor_get_error (editor));
  /* ... unless the user chose the year: then a mismatch shows inline. */
  cohort_class_editor_set_text (editor, "year", "2026");
  g_assert_nonnull (cohort_class_editor_get_error (editor));
  g_assert_nonnull (strstr (cohort_class_editor_get_error (editor), "05/09/2025"));
  g_assert_false (cohort_class_editor_can_save (editor));
  cohort_test_screenshot (GTK_WIDGET (editor), "class-editor-year");
  cohort_class_editor_set_text (editor, "start", "02/03/2026");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (year_spin (editor)), ==, 2026);
  g_assert_null (cohort_class_editor_get_error (editor));

  /* A pasted code past the limit is refused whole. */
  paste (code_row, code);
  cohort_test_wait_for (refused, code_row, 5);
  g_assert_cmpstr (gtk_editable_get_text (code_row), ==, "B77");

  /* Escape asks; Discard writes nothing. */
  press_escape (GTK_WINDOW (editor));
  g_assert_nonnull (alive);
  g_assert_nonnull (cohort_form_guard_get_dialog (GTK_WINDOW (editor)));
  adw_message_dialog_response (cohort_form_guard_get_dialog (GTK_WINDOW (editor)), "discard");
  cohort_test_wait_for (cohort_test_is_cleared, &alive, 5);
  g_assert_cmpint (cohort_test_raw_int (demo_path, "SELECT count(*) FROM class"), ==, classes);

  /* A new form left as it opened closes at once. */
  show (GTK_WINDOW (cohort_class_editor_new (NULL, store, NULL)), &alive);
  press_escape (alive);
  cohort_test_wait_for (cohort_test_is_cleared, &alive, 5);
}

/* The annual plan ------------------------------------------------------------------- */

static void
test_plan_escape (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  gint64 school = cohort_test_raw_int (demo_path, "SELECT org_unit_id FROM plan ORDER BY year DESC, id LIMIT 1");
  int year = (int) cohort_test_raw_int (demo_path, "SELECT year FROM plan ORDER BY year DESC, id LIMIT 1");
  gint64 lines = cohort_test_raw_int (demo_path, "SELECT count(*) FROM plan");
  CohortPlanWindow *plan;
  gpointer alive = NULL;

  show (GTK_WINDOW (cohort_plan_window_new (NULL, store, year, school)), &alive);
  press_escape (alive);
  cohort_test_wait_for (cohort_test_is_cleared, &alive, 5);

  plan = cohort_plan_window_new (NULL, store, year, school);
  show (GTK_WINDOW (plan), &alive);
  g_assert_cmpuint (cohort_plan_window_get_n_lines (plan), >, 0);
  cohort_plan_window_remove_line (plan, 0);
  press_escape (GTK_WINDOW (plan));
  g_assert_nonnull (alive);
  g_assert_nonnull (cohort_form_guard_get_dialog (GTK_WINDOW (plan)));
  adw_message_dialog_response (cohort_form_guard_get_dialog (GTK_WINDOW (plan)), "keep");
  cohort_test_spin (50);
  g_assert_nonnull (alive);
  press_escape (GTK_WINDOW (plan));
  adw_message_dialog_response (cohort_form_guard_get_dialog (GTK_WINDOW (plan)), "discard");
  cohort_test_wait_for (cohort_test_is_cleared, &alive, 5);
  g_assert_cmpint (cohort_test_raw_int (demo_path, "SELECT count(*) FROM plan"), ==, lines);
}

/* Preferences → Documents ------------------------------------------------------------ */

static void
test_preferences (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  g_autofree char *place = cohort_store_get_setting (store, COHORT_SETTING_PLACE, NULL);
  g_autofree char *paste_text = repeat ("Ệ", 5000);
  g_autofree char *still = NULL;
  CohortPreferencesWindow *prefs;
  GtkEditable *agency;
  gpointer alive = NULL;

  /* Nothing typed: closes at once. */
  prefs = cohort_preferences_window_new (cohort_test_ui_settings (), demo_path, store);
  show (GTK_WINDOW (prefs), &alive);
  press_escape (GTK_WINDOW (prefs));
  cohort_test_wait_for (cohort_test_is_cleared, &alive, 5);

  prefs = cohort_preferences_window_new (cohort_test_ui_settings (), demo_path, store);
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (prefs), "documents");
  show (GTK_WINDOW (prefs), &alive);
  agency = cohort_test_prefs_row (prefs, "agency_row");
  still = g_strdup (gtk_editable_get_text (agency));
  g_assert_cmpint (gtk_text_get_max_length (text_of (agency)), ==,
                   (int) cohort_store_get_setting_limit (COHORT_SETTING_AGENCY));

  /* A 5,000-character paste into the school's name: refused, said under it. */
  paste (agency, paste_text);
  cohort_test_wait_for (refused, agency, 5);
  g_assert_cmpstr (gtk_editable_get_text (agency), ==, still);
  g_clear_pointer (&still, g_free);
  cohort_test_screenshot (GTK_WIDGET (prefs), "preferences-paste-refused");

  /* The place typed, not saved: Escape asks, with Save offered; Discard keeps the database as it was. */
  gtk_editable_set_text (cohort_test_prefs_row (prefs, "place_row"), "Đông Hà");
  press_escape (GTK_WINDOW (prefs));
  g_assert_nonnull (alive);
  g_assert_true (adw_message_dialog_has_response (cohort_form_guard_get_dialog (GTK_WINDOW (prefs)), "save"));
  cohort_test_screenshot (GTK_WIDGET (cohort_form_guard_get_dialog (GTK_WINDOW (prefs))), "preferences-discard");
  adw_message_dialog_response (cohort_form_guard_get_dialog (GTK_WINDOW (prefs)), "discard");
  cohort_test_wait_for (cohort_test_is_cleared, &alive, 5);
  still = cohort_store_get_setting (store, COHORT_SETTING_PLACE, NULL);
  g_assert_cmpstr (still, ==, place);
}

int
main (int argc, char **argv)
{
  g_autofree char *dir = NULL;
  int status;

  cohort_test_ui_init (&argc, &argv);
  demo_path = cohort_test_ui_make_demo (300, &dir);

  g_test_add_func ("/ui/forms/person-editor/escape", test_person_editor_escape);
  g_test_add_func ("/ui/forms/person-editor/limits", test_person_editor_limits);
  g_test_add_func ("/ui/forms/class-editor", test_class_editor);
  g_test_add_func ("/ui/forms/plan", test_plan_escape);
  g_test_add_func ("/ui/forms/preferences", test_preferences);

  status = g_test_run ();
  cohort_test_ui_remove_demo (demo_path, dir);
  return status;
}
