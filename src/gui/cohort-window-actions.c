/* cohort-window-actions.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The actions of the main window: loading the demo data, moving between the
 * pages, new, import and the import history, the annual plan, the duplicate
 * finder, a new class, the organisation and the programs.
 */
#define G_LOG_DOMAIN "cohort-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-class-editor.h"
#include "cohort-classes-page.h"
#include "cohort-duplicates-window.h"
#include "cohort-import-history-window.h"
#include "cohort-import-window.h"
#include "cohort-organisation-window.h"
#include "cohort-plan-window.h"
#include "cohort-programs-window.h"
#include "cohort-students-page.h"
#include "cohort-window-private.h"

#define DEMO_STUDENTS 20000

/* Loading demo data: the generator runs in a worker thread and reports its
 * progress through the main loop. */

typedef struct
{
  GWeakRef window;
  double   fraction;
} ProgressUpdate;

static gboolean
apply_progress (gpointer data)
{
  ProgressUpdate *update = data;
  g_autoptr(CohortWindow) self = g_weak_ref_get (&update->window);

  if (self != NULL)
    gtk_progress_bar_set_fraction (self->progress_bar, update->fraction);
  g_weak_ref_clear (&update->window);
  g_free (update);
  return G_SOURCE_REMOVE;
}

static void
report_progress (double   fraction,
                 gpointer user_data)
{
  GWeakRef *window = user_data;
  ProgressUpdate *update = g_new0 (ProgressUpdate, 1);
  g_autoptr(GObject) self = g_weak_ref_get (window);

  g_weak_ref_init (&update->window, self);
  update->fraction = fraction;
  g_idle_add (apply_progress, update);
}

static void
generate_demo_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  CohortStore *store = task_data;
  GWeakRef window;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_weak_ref_init (&window, source_object);
  ok = cohort_store_generate_demo (store, DEMO_STUDENTS, 1, report_progress, &window,
                                   cancellable, &error);
  g_weak_ref_clear (&window);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
on_demo_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  CohortWindow *self = COHORT_WINDOW (source);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _cohort_window_show_toast (self, error->message);
      _cohort_window_update_main_view (self);
      return;
    }

  cohort_window_reload (self);
  _cohort_window_show_page (self, "dashboard");
  _cohort_window_show_toast (self, _("Demo data loaded"));
}

static void
start_demo (CohortWindow *self)
{
  g_autoptr(GTask) task = NULL;

  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-demo", FALSE);

  task = g_task_new (self, self->cancellable, on_demo_loaded_cb, NULL);
  g_task_set_source_tag (task, start_demo);
  g_task_set_task_data (task, g_object_ref (self->store), g_object_unref);
  g_task_run_in_thread (task, generate_demo_thread);
}

static void
on_demo_question_response_cb (CohortWindow *self,
                              const char   *response)
{
  self->demo_question = NULL;
  if (g_strcmp0 (response, "demo") == 0)
    start_demo (self);
}

/* Demo data go only into a database with no class and no person; what the
 * setup entered (the school, hosts, signers, programs) makes way for the
 * demo's own school: ask first. */
static void
cohort_window_load_demo (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  CohortWindow *self = COHORT_WINDOW (widget);

  if (self->store == NULL || self->demo_question != NULL)
    return;
  if (!cohort_store_is_setup_started (self->store))
    {
      start_demo (self);
      return;
    }
  self->demo_question = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                    _("Replace What You Entered?"), NULL));
  adw_message_dialog_set_body (self->demo_question,
                               _("The demo brings its own school, centres, signers and programs, with thousands "
                                 "of students. The school, hosts and signers entered in the setup are replaced; "
                                 "the audit log keeps them. To set up your own school later, create a new "
                                 "database in Preferences."));
  adw_message_dialog_add_responses (self->demo_question, "cancel", _("_Cancel"), "demo", _("_Load Demo Data"),
                                    NULL);
  adw_message_dialog_set_response_appearance (self->demo_question, "demo", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (self->demo_question, "cancel");
  adw_message_dialog_set_close_response (self->demo_question, "cancel");
  g_signal_connect_object (self->demo_question, "response", G_CALLBACK (on_demo_question_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self->demo_question));
}

static void
cohort_window_show_page_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  _cohort_window_show_page (COHORT_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* A class chosen elsewhere (behind a dashboard chart): its roster on the Classes page. */
static void
cohort_window_open_class_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  CohortWindow *self = COHORT_WINDOW (widget);
  g_autoptr(CohortClass) klass = NULL;
  g_autoptr(GError) error = NULL;

  klass = cohort_store_get_class (self->store, g_variant_get_int64 (parameter), &error);
  if (klass == NULL)
    {
      if (error != NULL)
        cohort_window_show_error (self, error->message);
      return;
    }
  _cohort_window_show_page (self, "classes");
  cohort_classes_page_open_roster (COHORT_CLASSES_PAGE (cohort_window_get_page (self, "classes")), klass);
}

static void
cohort_window_focus_search (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  CohortWindow *self = COHORT_WINDOW (widget);
  GtkWidget *page;

  _cohort_window_show_page (self, "students");
  page = cohort_window_get_page (self, "students");
  cohort_students_page_focus_search (COHORT_STUDENTS_PAGE (page));
}

/* Ctrl+N: a new class on the Classes page, a new person on a roster or on
 * the Students page. */
static void
cohort_window_new_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  CohortWindow *self = COHORT_WINDOW (widget);
  const char *page = cohort_window_get_visible_page (self);

  if (g_strcmp0 (page, "classes") == 0)
    {
      CohortClassesPage *classes = COHORT_CLASSES_PAGE (cohort_window_get_page (self, "classes"));

      if (g_strcmp0 (cohort_classes_page_get_visible_view (classes), "roster") == 0)
        gtk_widget_activate_action (GTK_WIDGET (cohort_classes_page_get_roster_view (classes)),
                                    "roster.new-person", NULL);
      else
        cohort_classes_page_new_class (classes);
    }
  else if (g_strcmp0 (page, "students") == 0)
    cohort_students_page_new_person (COHORT_STUDENTS_PAGE (cohort_window_get_page (self, "students")));
}

static void
on_imported_cb (CohortImportWindow *import,
                guint               n_created,
                guint               n_enrolled,
                CohortWindow       *self)
{
  cohort_window_reload (self);
}

/* Ctrl+I: a list into the roster shown, or into Cohort without a class. */
static void
cohort_window_import_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  CohortWindow *self = COHORT_WINDOW (widget);
  CohortClassesPage *classes = COHORT_CLASSES_PAGE (cohort_window_get_page (self, "classes"));
  CohortImportWindow *import;

  if (self->store == NULL)
    return;
  if (g_strcmp0 (cohort_window_get_visible_page (self), "classes") == 0 &&
      g_strcmp0 (cohort_classes_page_get_visible_view (classes), "roster") == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (cohort_classes_page_get_roster_view (classes)), "roster.import", NULL);
      return;
    }
  import = cohort_import_window_new (GTK_WINDOW (self), self->store, NULL);
  g_signal_connect_object (import, "imported", G_CALLBACK (on_imported_cb), self, 0);
  cohort_import_window_choose_file (import);
}

static void
on_plan_saved_cb (CohortPlanWindow *plan,
                  int               year,
                  gint64            host_id,
                  CohortWindow     *self)
{
  g_autofree char *message = NULL;

  cohort_window_reload (self);
  /* Translators: %d is a year */
  message = g_strdup_printf (_("The plan for %d was saved"), year);
  _cohort_window_show_toast (self, message);
}

static void
on_import_undone_cb (CohortImportHistoryWindow *history,
                     gint64                     import_id,
                     CohortWindow              *self)
{
  cohort_window_reload (self);
}

/* Every import, newest first, each one to undo. */
static void
cohort_window_import_history_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  CohortWindow *self = COHORT_WINDOW (widget);
  CohortImportHistoryWindow *history;

  if (self->store == NULL)
    return;
  history = cohort_import_history_window_new (GTK_WINDOW (self), self->store);
  g_signal_connect_object (history, "undone", G_CALLBACK (on_import_undone_cb), self, 0);
  gtk_window_present (GTK_WINDOW (history));
}

/* The annual plan of this year, for the school (the first host Cohort lists). */
static void
cohort_window_edit_plan_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  CohortWindow *self = COHORT_WINDOW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  CohortPlanWindow *plan;

  int year = g_date_time_get_year (now);
  gint64 host_id = 0;

  if (self->store == NULL)
    return;
  /* from the dashboard: the year and host it shows */
  if (parameter != NULL)
    g_variant_get (parameter, "(ix)", &year, &host_id);
  plan = cohort_plan_window_new (GTK_WINDOW (self), self->store, year, MAX (host_id, 0));
  g_signal_connect_object (plan, "saved", G_CALLBACK (on_plan_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (plan));
}

static void
on_duplicates_changed_cb (CohortWindow *self)
{
  cohort_window_reload (self);
}

/* The pairs of records the duplicate finder proposes, to compare and merge. */
static void
cohort_window_find_duplicates_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  CohortWindow *self = COHORT_WINDOW (widget);
  CohortDuplicatesWindow *duplicates;

  if (self->store == NULL)
    return;
  duplicates = cohort_duplicates_window_new (GTK_WINDOW (self), self->store);
  g_signal_connect_object (duplicates, "changed", G_CALLBACK (on_duplicates_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (duplicates));
}

/* A page changed people other pages show (records merged, a merge undone). */
static void
cohort_window_data_changed_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  cohort_window_reload (COHORT_WINDOW (widget));
}

/* A class just created: its roster, where its students are imported. */
void
_cohort_window_open_new_class (CohortWindow *self,
                               CohortClass  *klass)
{
  cohort_window_reload (self);
  _cohort_window_show_page (self, "classes");
  cohort_classes_page_open_roster (COHORT_CLASSES_PAGE (cohort_window_get_page (self, "classes")), klass);
}

static void
on_new_class_saved_cb (CohortClassEditor *editor,
                       CohortClass       *klass,
                       CohortWindow      *self)
{
  _cohort_window_open_new_class (self, klass);
}

/* New Class… on an empty database */
static void
cohort_window_new_class_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  CohortWindow *self = COHORT_WINDOW (widget);
  CohortClassEditor *editor;

  if (self->store == NULL)
    return;
  editor = cohort_class_editor_new (GTK_WINDOW (self), self->store, NULL);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_new_class_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
cohort_window_organisation_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  CohortWindow *self = COHORT_WINDOW (widget);
  CohortOrganisationWindow *organisation;

  if (self->store == NULL)
    return;
  organisation = cohort_organisation_window_new (GTK_WINDOW (self), self->store);
  g_signal_connect_object (organisation, "changed", G_CALLBACK (cohort_window_reload), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (organisation));
}

static void
cohort_window_programs_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  CohortWindow *self = COHORT_WINDOW (widget);
  CohortProgramsWindow *programs;

  if (self->store == NULL)
    return;
  programs = cohort_programs_window_new (GTK_WINDOW (self), self->store);
  g_signal_connect_object (programs, "changed", G_CALLBACK (cohort_window_reload), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (programs));
}

void
_cohort_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", cohort_window_show_page_action);
  gtk_widget_class_install_action (widget_class, "win.load-demo", NULL, cohort_window_load_demo);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, cohort_window_focus_search);
  gtk_widget_class_install_action (widget_class, "win.open-class", "x", cohort_window_open_class_action);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, cohort_window_new_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, cohort_window_import_action);
  gtk_widget_class_install_action (widget_class, "win.edit-plan", NULL, cohort_window_edit_plan_action);
  gtk_widget_class_install_action (widget_class, "win.import-history", NULL, cohort_window_import_history_action);
  gtk_widget_class_install_action (widget_class, "win.edit-plan-for", "(ix)", cohort_window_edit_plan_action);
  gtk_widget_class_install_action (widget_class, "win.find-duplicates", NULL, cohort_window_find_duplicates_action);
  gtk_widget_class_install_action (widget_class, "win.data-changed", NULL, cohort_window_data_changed_action);
  gtk_widget_class_install_action (widget_class, "win.new-class", NULL, cohort_window_new_class_action);
  gtk_widget_class_install_action (widget_class, "win.organisation", NULL, cohort_window_organisation_action);
  gtk_widget_class_install_action (widget_class, "win.programs", NULL, cohort_window_programs_action);
}
