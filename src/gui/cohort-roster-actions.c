/* cohort-roster-actions.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the office does with a roster: enrol, add, import, move, withdraw,
 * defer, reinstate, renumber, edit and close the class, export and print its
 * lists. Each change shows a toast whose Undo puts the roster back.
 */
#define G_LOG_DOMAIN "cohort-roster-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cohort-check.h"
#include "cohort-class-editor.h"
#include "cohort-class-picker.h"
#include "cohort-confirm.h"
#include "cohort-date.h"
#include "cohort-import-window.h"
#include "cohort-list-export.h"
#include "cohort-person-editor.h"
#include "cohort-person-picker.h"
#include "cohort-roster-view-private.h"
#include "cohort-status-dialog.h"
#include "cohort-widgets.h"

void
_cohort_roster_view_update_actions (CohortRosterView *self)
{
  gboolean open = self->klass != NULL;
  gboolean lao = open && cohort_list_export_has_lao_students (G_LIST_MODEL (self->roster));
  gboolean any = open && _cohort_roster_view_n_selected (self) > 0;
  gboolean finished = open && cohort_class_get_number (self->klass, COHORT_CLASS_STATUS)
                              == COHORT_CLASS_STATUS_FINISHED;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.withdraw", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.defer", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.reinstate", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.move", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.remove", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.delete-class",
                                 open && g_list_model_get_n_items (G_LIST_MODEL (self->roster)) == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.close-class", open && !finished);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.export-list", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.print-list", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.export-lao-list", lao);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.print-lao-list", lao);
  gtk_widget_set_visible (self->close_class_button, !finished);
}

void
_cohort_roster_view_show_error (CohortRosterView *self,
            const GError     *error)
{
  g_set_weak_pointer (&self->last_toast, cohort_show_toast (GTK_WIDGET (self), error->message, FALSE));
}

static void
on_undo_clicked_cb (AdwToast         *toast,
                    CohortRosterView *self)
{
  g_autoptr(CohortRosterUndo) undo = cohort_undo_toast_steal (toast);
  g_autoptr(GError) error = NULL;

  if (undo == NULL || self->store == NULL)
    return;
  if (!cohort_store_undo (self->store, undo, &error))
    _cohort_roster_view_show_error (self, error);
  cohort_roster_view_reload (self);
  _cohort_roster_view_emit_changed (self);
}

/* After an action: show the roster as it is now, and offer Undo. */
static void
done (CohortRosterView *self,
      const char       *message,
      CohortRosterUndo *undo)
{
  cohort_roster_view_reload (self);
  _cohort_roster_view_emit_changed (self);
  cohort_show_undo_toast (GTK_WIDGET (self), message, undo, G_CALLBACK (on_undo_clicked_cb), self,
                          &self->last_toast);
}

static void
set_status (CohortRosterView       *self,
            GArray                 *ids,
            const char             *status,
            const CohortStatusNote *note)
{
  g_autoptr(GError) error = NULL;
  CohortRosterUndo *undo = NULL;
  g_autofree char *message = NULL;
  guint n = ids->len;

  if (n == 0)
    return;
  if (!cohort_store_set_enrolment_status_noted (self->store, (gint64 *) ids->data, n, status, note, &undo, &error))
    {
      _cohort_roster_view_show_error (self, error);
      return;
    }
  if (g_str_equal (status, "withdrawn"))
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u student withdrawn", "%u students withdrawn", n), n);
  else if (g_str_equal (status, "deferred"))
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u student deferred", "%u students deferred", n), n);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u student reinstated", "%u students reinstated", n),
                               n);
  done (self, message, undo);
}

/* The names of the people of @entries, for a question about them. */
static GPtrArray *
dup_names (GPtrArray *entries)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < entries->len; i++)
    {
      CohortPerson *person = cohort_enrolment_get_person (g_ptr_array_index (entries, i));

      g_ptr_array_add (names, cohort_person_dup_display_name (person));
    }
  return names;
}

static GArray *
dup_ids (GPtrArray *entries)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < entries->len; i++)
    {
      gint64 id = cohort_enrolment_get_id (g_ptr_array_index (entries, i));
      g_array_append_val (ids, id);
    }
  return ids;
}

static void
on_status_response_cb (CohortStatusDialog *dialog,
                       const char         *response,
                       CohortRosterView   *self)
{
  GArray *ids = g_object_get_data (G_OBJECT (dialog), "cohort-ids");
  CohortStatusNote note;

  if (g_strcmp0 (response, "apply") != 0 || !cohort_status_dialog_get_note (dialog, &note))
    return;
  set_status (self, ids, cohort_status_dialog_get_status (dialog), &note);
}

/* Withdrawing and deferring ask since when, under which decision and why;
 * reinstating asks nothing. */
static void
status_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CohortRosterView *self = COHORT_ROSTER_VIEW (widget);
  g_autoptr(GPtrArray) entries = _cohort_roster_view_dup_selected (self);
  g_autoptr(GArray) ids = dup_ids (entries);
  g_autoptr(GPtrArray) names = NULL;
  CohortStatusDialog *dialog;

  if (entries->len == 0)
    return;
  if (g_str_equal (action_name, "roster.reinstate"))
    {
      set_status (self, ids, "studying", NULL);
      return;
    }
  names = dup_names (entries);
  dialog = cohort_status_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                     g_str_equal (action_name, "roster.withdraw") ? "withdrawn" : "deferred",
                                     cohort_class_get_text (self->klass, COHORT_CLASS_CODE), names);
  g_object_set_data_full (G_OBJECT (dialog), "cohort-ids", g_steal_pointer (&ids), (GDestroyNotify) g_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_status_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Removing a mistaken enrolment ----------------------------------------------------- */

static void
remove_confirmed (gpointer          target,
                  AdwMessageDialog *dialog)
{
  CohortRosterView *self = target;
  GArray *ids = g_object_get_data (G_OBJECT (dialog), "cohort-ids");
  g_autoptr(GError) error = NULL;
  CohortRosterUndo *undo = NULL;
  g_autofree char *message = NULL;

  if (!cohort_store_remove_enrolments (self->store, (const gint64 *) ids->data, ids->len, &undo, &error))
    {
      _cohort_roster_view_show_error (self, error);
      return;
    }
  /* Translators: "2 people removed from the roster of B43" */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person removed from the roster of %s",
                                          "%u people removed from the roster of %s", ids->len),
                             ids->len, cohort_class_get_text (self->klass, COHORT_CLASS_CODE));
  done (self, message, undo);
}

/* An enrolment made by mistake goes as if it had never been made: unlike
 * Withdraw, which keeps the student on the roster. */
static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CohortRosterView *self = COHORT_ROSTER_VIEW (widget);
  g_autoptr(GPtrArray) entries = _cohort_roster_view_dup_selected (self);
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *who = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  const char *code;
  AdwMessageDialog *dialog;
  guint n = entries->len;

  if (n == 0)
    return;
  names = dup_names (entries);
  who = cohort_confirm_join_names (names, 5);
  code = cohort_class_get_text (self->klass, COHORT_CLASS_CODE);
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Remove %u Person from the Roster?",
                                          "Remove %u People from the Roster?", n), n);
  /* Translators: the names, then the class code */
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s is taken off the roster of %s as if never enrolled, with any scores "
                                       "recorded for this class. The person stays in Cohort. For a student who "
                                       "left the class, use Withdraw instead.",
                                       "%s are taken off the roster of %s as if never enrolled, with any scores "
                                       "recorded for this class. The people stay in Cohort. For students who "
                                       "left the class, use Withdraw instead.", n), who, code);
  dialog = cohort_confirm (widget, heading, body, _("_Remove"), TRUE, remove_confirmed, self);
  g_object_set_data_full (G_OBJECT (dialog), "cohort-ids", dup_ids (entries), (GDestroyNotify) g_array_unref);
}

/* A class with nobody on its roster: the Classes page deletes it and offers Undo. */
static void
delete_class_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CohortRosterView *self = COHORT_ROSTER_VIEW (widget);

  if (self->klass != NULL)
    gtk_widget_activate_action (widget, "classes.delete", "x", cohort_class_get_number (self->klass, COHORT_CLASS_ID));
}

static void
renumber_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CohortRosterView *self = COHORT_ROSTER_VIEW (widget);
  g_autoptr(GError) error = NULL;
  CohortRosterUndo *undo = NULL;

  if (!cohort_store_renumber_roster (self->store, cohort_class_get_number (self->klass, COHORT_CLASS_ID), &undo,
                                     &error))
    {
      _cohort_roster_view_show_error (self, error);
      return;
    }
  done (self, _("Roster renumbered in roster order"), undo);
}

static void
on_people_picked_cb (CohortPersonPicker *picker,
                     CohortRosterView   *self)
{
  g_autoptr(GArray) ids = cohort_person_picker_dup_selected (picker);
  g_autoptr(GError) error = NULL;
  CohortRosterUndo *undo = NULL;
  g_autofree char *message = NULL;

  if (!cohort_store_enrol (self->store, cohort_class_get_number (self->klass, COHORT_CLASS_ID),
                           (gint64 *) ids->data, ids->len, &undo, &error))
    {
      _cohort_roster_view_show_error (self, error);
      return;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person enrolled", "%u people enrolled", ids->len),
                             ids->len);
  done (self, message, undo);
}

static void
enrol_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CohortRosterView *self = COHORT_ROSTER_VIEW (widget);
  CohortPersonPicker *picker;
  g_autofree char *title = g_strdup_printf (_("Enrol in %s"), cohort_class_get_text (self->klass, COHORT_CLASS_CODE));

  picker = cohort_person_picker_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, title);
  g_signal_connect_object (picker, "picked", G_CALLBACK (on_people_picked_cb), self, 0);
  gtk_window_present (GTK_WINDOW (picker));
}

static void
on_class_picked_cb (CohortClassPicker *picker,
                    CohortClass       *target,
                    CohortRosterView  *self)
{
  g_autoptr(GArray) ids = _cohort_roster_view_dup_selected_ids (self);
  g_autoptr(GError) error = NULL;
  CohortRosterUndo *undo = NULL;
  g_autofree char *message = NULL;

  if (!cohort_store_move_enrolments (self->store, (gint64 *) ids->data, ids->len,
                                     cohort_class_get_number (target, COHORT_CLASS_ID), &undo, &error))
    {
      _cohort_roster_view_show_error (self, error);
      return;
    }
  /* Translators: "2 students moved to K52A" */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u student moved to %s", "%u students moved to %s",
                                          ids->len),
                             ids->len, cohort_class_get_text (target, COHORT_CLASS_CODE));
  done (self, message, undo);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CohortRosterView *self = COHORT_ROSTER_VIEW (widget);
  CohortClassPicker *picker;
  guint n = _cohort_roster_view_n_selected (self);
  g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Move %u Student", "Move %u Students", n),
                                            n);

  if (n == 0)
    return;
  picker = cohort_class_picker_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, title,
                                    cohort_class_get_number (self->klass, COHORT_CLASS_ID));
  g_signal_connect_object (picker, "picked", G_CALLBACK (on_class_picked_cb), self, 0);
  gtk_window_present (GTK_WINDOW (picker));
}

static void
on_imported_cb (CohortImportWindow *import,
                guint               n_created,
                guint               n_enrolled,
                CohortRosterView   *self)
{
  cohort_roster_view_reload (self);
  _cohort_roster_view_emit_changed (self);
}

/* A list an agency sent, everyone on it enrolled in this class. */
static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CohortRosterView *self = COHORT_ROSTER_VIEW (widget);
  CohortImportWindow *import;

  import = cohort_import_window_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, self->klass);
  g_signal_connect_object (import, "imported", G_CALLBACK (on_imported_cb), self, 0);
  cohort_import_window_choose_file (import);
}

static void
on_class_saved_cb (CohortClassEditor *editor,
                   CohortClass       *klass,
                   CohortRosterView  *self)
{
  cohort_roster_view_reload (self);
  _cohort_roster_view_emit_changed (self);
}

static void
edit_class_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CohortRosterView *self = COHORT_ROSTER_VIEW (widget);
  CohortClassEditor *editor;

  editor = cohort_class_editor_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, self->klass);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_class_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_close_undo_cb (AdwToast         *toast,
                  CohortRosterView *self)
{
  CohortClass *before = g_object_get_data (G_OBJECT (toast), "cohort-class");
  g_autoptr(GError) error = NULL;

  if (before != NULL && !cohort_store_save_class (self->store, before, &error))
    _cohort_roster_view_show_error (self, error);
  cohort_roster_view_reload (self);
  _cohort_roster_view_emit_changed (self);
}

static void
close_confirmed (gpointer          target,
                 AdwMessageDialog *dialog)
{
  CohortRosterView *self = target;
  g_autoptr(CohortClass) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  before = cohort_store_get_class (self->store, cohort_class_get_number (self->klass, COHORT_CLASS_ID), &error);
  if (before == NULL)
    {
      _cohort_roster_view_show_error (self, error);
      return;
    }
  cohort_class_set_number (self->klass, COHORT_CLASS_STATUS, COHORT_CLASS_STATUS_FINISHED);
  if (!cohort_store_save_class (self->store, self->klass, &error))
    {
      _cohort_roster_view_show_error (self, error);
      cohort_roster_view_reload (self);
      return;
    }
  cohort_roster_view_reload (self);
  _cohort_roster_view_emit_changed (self);

  /* Translators: "Class B43 closed" */
  message = g_strdup_printf (_("Class %s closed"), cohort_class_get_text (before, COHORT_CLASS_CODE));
  if (self->last_toast != NULL)
    adw_toast_dismiss (self->last_toast);
  toast = cohort_show_toast (GTK_WIDGET (self), message, TRUE);
  g_object_set_data_full (G_OBJECT (toast), "cohort-class", g_steal_pointer (&before), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_close_undo_cb), self, 0);
  g_set_weak_pointer (&self->last_toast, toast);
}

/* Closing a class asks first, and says what happens to those still studying:
 * nothing — they stay "studying" until their results are recorded. A class
 * that has not run cannot be closed; the store refuses it too. */
static void
close_class_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CohortRosterView *self = COHORT_ROSTER_VIEW (widget);
  g_autoptr(GPtrArray) studying = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *today = cohort_date_today ();
  g_autofree char *problem = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  const char *code;
  guint n;

  if (self->klass == NULL)
    return;
  code = cohort_class_get_text (self->klass, COHORT_CLASS_CODE);
  problem = cohort_check_class_finish (code, cohort_class_get_number (self->klass, COHORT_CLASS_STATUS),
                                       cohort_class_get_text (self->klass, COHORT_CLASS_START_DATE), today);
  if (problem != NULL)
    {
      cohort_explain (widget, _("The Class Cannot Be Closed Yet"), problem);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->roster)); i++)
    {
      CohortEnrolment *entry = g_list_model_get_item (G_LIST_MODEL (self->roster), i);

      if (g_strcmp0 (cohort_enrolment_get_status (entry), "studying") == 0)
        g_ptr_array_add (studying, entry);
      else
        g_object_unref (entry);
    }
  n = studying->len;
  /* Translators: "Close Class B43?" */
  heading = g_strdup_printf (_("Close Class %s?"), code);
  if (n == 0)
    /* Translators: %s is a class code */
    body = g_strdup_printf (_("Class %s is marked as finished. Nobody on its roster is still studying; nothing "
                              "else changes."), code);
  else
    {
      g_autofree char *who = NULL;

      names = dup_names (studying);
      who = cohort_confirm_join_names (names, 5);
      /* Translators: the class code, the number of students, then their names */
      body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Class %s is marked as finished. %u student is still “Studying” (%s) "
                                           "and stays so until the results are recorded. Withdrawn and deferred "
                                           "students do not change.",
                                           "Class %s is marked as finished. %u students are still “Studying” "
                                           "(%s) and stay so until their results are recorded. Withdrawn and "
                                           "deferred students do not change.", n), code, n, who);
    }
  cohort_confirm (widget, heading, body, _("C_lose Class"), FALSE, close_confirmed, self);
}

static void
enrol_one (CohortRosterView *self,
           CohortPerson     *person,
           gboolean          existing)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = cohort_person_dup_full_name (person);
  g_autofree char *message = NULL;
  CohortRosterUndo *undo = NULL;
  gint64 id = cohort_person_get_id (person);

  if (!cohort_store_enrol (self->store, cohort_class_get_number (self->klass, COHORT_CLASS_ID), &id, 1, &undo,
                           &error))
    {
      _cohort_roster_view_show_error (self, error);
      return;
    }
  if (existing)
    /* Translators: %s is a full name */
    message = g_strdup_printf (_("%s was already in Cohort: enrolled from the existing record"), name);
  else
    /* Translators: %s is a full name */
    message = g_strdup_printf (_("%s added and enrolled"), name);
  done (self, message, undo);
}

static void
on_person_saved_cb (CohortPersonEditor *editor,
                    CohortPerson       *person,
                    CohortRosterView   *self)
{
  enrol_one (self, person, FALSE);
}

static void
on_open_existing_cb (CohortPersonEditor *editor,
                     CohortPerson       *existing,
                     CohortRosterView   *self)
{
  enrol_one (self, existing, TRUE);
}

/* Someone not yet in Cohort: the person editor, then straight onto the roster. */
static void
new_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CohortRosterView *self = COHORT_ROSTER_VIEW (widget);
  CohortPersonEditor *editor;

  editor = cohort_person_editor_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, NULL);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_person_saved_cb), self, 0);
  g_signal_connect_object (editor, "open-existing", G_CALLBACK (on_open_existing_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

/* The official lists: the work is in cohort-list-export.c. */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CohortRosterView *self = COHORT_ROSTER_VIEW (widget);
  CohortListKind kind = strstr (action_name, "-lao-") != NULL ? COHORT_LIST_KIND_LAO : COHORT_LIST_KIND_ROSTER;

  if (self->klass == NULL)
    return;
  if (g_str_has_prefix (action_name, "roster.print-"))
    cohort_list_export_print (widget, self->store, self->klass, kind);
  else
    cohort_list_export_choose_file (widget, self->store, self->klass, kind);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  _cohort_roster_view_emit_closed (COHORT_ROSTER_VIEW (widget));
}

void
_cohort_roster_view_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "roster.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "roster.enrol", NULL, enrol_action);
  gtk_widget_class_install_action (widget_class, "roster.new-person", NULL, new_person_action);
  gtk_widget_class_install_action (widget_class, "roster.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "roster.move", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "roster.withdraw", NULL, status_action);
  gtk_widget_class_install_action (widget_class, "roster.defer", NULL, status_action);
  gtk_widget_class_install_action (widget_class, "roster.reinstate", NULL, status_action);
  gtk_widget_class_install_action (widget_class, "roster.renumber", NULL, renumber_action);
  gtk_widget_class_install_action (widget_class, "roster.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "roster.delete-class", NULL, delete_class_action);
  gtk_widget_class_install_action (widget_class, "roster.edit-class", NULL, edit_class_action);
  gtk_widget_class_install_action (widget_class, "roster.close-class", NULL, close_class_action);
  gtk_widget_class_install_action (widget_class, "roster.export-list", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "roster.export-lao-list", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "roster.print-list", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "roster.print-lao-list", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "roster.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "roster.export-list", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "roster.export-lao-list", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "roster.print-list", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "roster.print-lao-list", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "roster.withdraw", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "roster.withdraw", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_SHIFT_MASK, "roster.remove", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, GDK_SHIFT_MASK, "roster.remove", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "roster.new-person", NULL);
}
