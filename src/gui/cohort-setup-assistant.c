/* cohort-setup-assistant.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-setup-assistant"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-setup-assistant-private.h"

G_DEFINE_FINAL_TYPE (CohortSetupAssistant, cohort_setup_assistant, ADW_TYPE_BIN)

enum {
  FINISHED,
  CLASS_CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *const page_names[] = { "school", "hosts", "signers", "programs", "first-lists" };

/* Helpers */

static const char *
step_title (CohortSetupStep step)
{
  switch (step)
    {
    case COHORT_SETUP_STEP_SCHOOL:
      return C_("setup step", "School");
    case COHORT_SETUP_STEP_HOSTS:
      return C_("setup step", "Hosts");
    case COHORT_SETUP_STEP_SIGNERS:
      return C_("setup step", "Signers");
    case COHORT_SETUP_STEP_PROGRAMS:
      return C_("setup step", "Programs");
    case COHORT_SETUP_STEP_FIRST_LISTS:
    case COHORT_SETUP_N_STEPS:
    default:
      return C_("setup step", "First Classes");
    }
}

/* The steps, twice: with every title, and, for a narrow window, with the
 * title of the step shown only. */
static void
build_steps (CohortSetupAssistant *self)
{
  GtkBox *boxes[2] = { self->steps_box, self->compact_steps_box };

  for (guint b = 0; b < 2; b++)
    for (guint i = 0; i < COHORT_SETUP_N_STEPS; i++)
      {
        GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
        g_autofree char *number = g_strdup_printf ("%u", i + 1);

        self->step_marks[b][i] = gtk_label_new (number);
        self->step_titles[b][i] = gtk_label_new (step_title (i));
        gtk_widget_add_css_class (self->step_marks[b][i], "setup-step-mark");
        gtk_widget_add_css_class (box, "setup-step");
        gtk_widget_set_valign (self->step_marks[b][i], GTK_ALIGN_CENTER);
        gtk_box_append (GTK_BOX (box), self->step_marks[b][i]);
        gtk_box_append (GTK_BOX (box), self->step_titles[b][i]);
        if (i > 0)
          {
            GtkWidget *line = gtk_separator_new (GTK_ORIENTATION_HORIZONTAL);

            gtk_widget_set_size_request (line, b == 0 ? 24 : 8, -1);
            gtk_widget_set_valign (line, GTK_ALIGN_CENTER);
            gtk_box_append (boxes[b], line);
          }
        gtk_box_append (boxes[b], box);
      }
}

static void
update_steps (CohortSetupAssistant *self,
              CohortSetupStep       done_up_to)
{
  for (guint b = 0; b < 2; b++)
    for (guint i = 0; i < COHORT_SETUP_N_STEPS; i++)
      {
        GtkWidget *box = gtk_widget_get_parent (self->step_marks[b][i]);
        g_autofree char *number = g_strdup_printf ("%u", i + 1);
        gboolean done = i < done_up_to && i != self->step;

        gtk_label_set_label (GTK_LABEL (self->step_marks[b][i]), done ? "✓" : number);
        if (i == self->step)
          gtk_widget_add_css_class (box, "current");
        else
          gtk_widget_remove_css_class (box, "current");
        if (done)
          gtk_widget_add_css_class (box, "done");
        else
          gtk_widget_remove_css_class (box, "done");
        if (b == 1)
          gtk_widget_set_visible (self->step_titles[b][i], i == self->step);
      }
}

void
_cohort_setup_assistant_show_error (CohortSetupAssistant *self,
                                    const char           *message)
{
  if (message != NULL)
    gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

/* The first classes and lists */

static gboolean
complete (CohortSetupAssistant *self,
          CohortSetupStep       step)
{
  g_autoptr(GError) error = NULL;

  if (!cohort_store_complete_setup_step (self->store, step, NULL, NULL, &error))
    {
      _cohort_setup_assistant_show_error (self, error->message);
      return FALSE;
    }
  return TRUE;
}

static void
on_class_saved_cb (CohortClassEditor    *editor,
                   CohortClass          *klass,
                   CohortSetupAssistant *self)
{
  if (complete (self, COHORT_SETUP_STEP_FIRST_LISTS))
    g_signal_emit (self, signals[CLASS_CREATED], 0, klass);
}

static void
on_imported_cb (CohortImportWindow   *import,
                guint                 n_created,
                guint                 n_enrolled,
                CohortSetupAssistant *self)
{
  if (complete (self, COHORT_SETUP_STEP_FIRST_LISTS))
    g_signal_emit (self, signals[FINISHED], 0);
}

static void
new_class_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  cohort_setup_assistant_new_class (COHORT_SETUP_ASSISTANT (widget));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  cohort_setup_assistant_import (COHORT_SETUP_ASSISTANT (widget), NULL);
}

static void
finish_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CohortSetupAssistant *self = COHORT_SETUP_ASSISTANT (widget);

  if (complete (self, COHORT_SETUP_STEP_FIRST_LISTS))
    g_signal_emit (self, signals[FINISHED], 0);
}

/* Moving between the steps */

static void
show_step (CohortSetupAssistant *self,
           CohortSetupStep       step)
{
  CohortSetupStep done = cohort_store_get_setup_step (self->store, NULL);

  self->step = MIN (step, COHORT_SETUP_STEP_FIRST_LISTS);
  _cohort_setup_assistant_show_error (self, NULL);
  _cohort_setup_assistant_fill_page (self, self->step);
  gtk_stack_set_visible_child_name (self->stack, page_names[self->step]);
  update_steps (self, done);
  /* Typing goes on where the page starts */
  if (self->step == COHORT_SETUP_STEP_SCHOOL)
    gtk_widget_grab_focus (GTK_WIDGET (self->school_name_row));
  else if (self->step == COHORT_SETUP_STEP_HOSTS)
    gtk_widget_grab_focus (GTK_WIDGET (self->host_name_row));
  else if (self->step == COHORT_SETUP_STEP_SIGNERS)
    gtk_widget_grab_focus (GTK_WIDGET (self->signer_title_row));
  gtk_widget_set_sensitive (self->back_button, self->step > COHORT_SETUP_STEP_SCHOOL);
  gtk_widget_set_visible (self->continue_button, self->step < COHORT_SETUP_STEP_FIRST_LISTS);
  gtk_widget_set_visible (self->demo_button, cohort_setup_assistant_can_try_demo (self));
}

static void
continue_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  cohort_setup_assistant_go_on (COHORT_SETUP_ASSISTANT (widget));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CohortSetupAssistant *self = COHORT_SETUP_ASSISTANT (widget);

  if (self->step > COHORT_SETUP_STEP_SCHOOL)
    show_step (self, self->step - 1);
}

/* GObject overrides */

static void
cohort_setup_assistant_dispose (GObject *object)
{
  CohortSetupAssistant *self = COHORT_SETUP_ASSISTANT (object);

  /* No gtk_widget_dispose_template () here: in GTK 4.8 the window's own
   * disposes this template inside its stack, and would find it disposed
   * twice. AdwBin unparents the whole tree itself. */
  g_clear_object (&self->store);
  g_clear_pointer (&self->provinces, g_ptr_array_unref);
  g_clear_pointer (&self->province_ids, g_array_unref);

  G_OBJECT_CLASS (cohort_setup_assistant_parent_class)->dispose (object);
}

static void
cohort_setup_assistant_class_init (CohortSetupAssistantClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_setup_assistant_dispose;

  /**
   * CohortSetupAssistant::finished:
   *
   * The setup is done.
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);
  /**
   * CohortSetupAssistant::class-created:
   * @klass: the first class, written
   *
   * The setup is done with the first class, whose students come next.
   */
  signals[CLASS_CREATED] = g_signal_new ("class-created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                         NULL, NULL, G_TYPE_NONE, 1, COHORT_TYPE_CLASS);

  g_type_ensure (COHORT_TYPE_PROGRAM_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cohort/Cohort/cohort-setup-assistant.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, steps_box);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, compact_steps_box);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, stack);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, school_name_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, school_short_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, province_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, parent_agency_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, place_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, hosts_list);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, host_name_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, add_host_button);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, host_kind_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, signer_title_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, signer_title2_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, signer_name_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, preparer_title_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, preparer_title2_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, preparer_name_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, program_list);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, error_label);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, back_button);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, demo_button);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, continue_button);

  _cohort_setup_assistant_class_init_pages (widget_class);
  gtk_widget_class_install_action (widget_class, "setup.continue", NULL, continue_action);
  gtk_widget_class_install_action (widget_class, "setup.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "setup.new-class", NULL, new_class_action);
  gtk_widget_class_install_action (widget_class, "setup.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "setup.finish", NULL, finish_action);
}

static void
cohort_setup_assistant_init (CohortSetupAssistant *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_steps (self);
  _cohort_setup_assistant_init_pages (self);
}

/* Public API */

/**
 * cohort_setup_assistant_set_store:
 *
 * Shows the setup of @store at the first step not done.
 */
void
cohort_setup_assistant_set_store (CohortSetupAssistant *self,
                                  CohortStore          *store)
{
  g_return_if_fail (COHORT_IS_SETUP_ASSISTANT (self));
  g_return_if_fail (store == NULL || COHORT_IS_STORE (store));

  if (!g_set_object (&self->store, store) || store == NULL)
    return;
  g_clear_pointer (&self->provinces, g_ptr_array_unref);
  self->provinces = cohort_store_list_provinces (store, NULL);
  self->school_id = 0;
  cohort_setup_assistant_resume (self);
}

/**
 * cohort_setup_assistant_resume:
 *
 * Goes to the first step not done, as when the database is opened again.
 */
void
cohort_setup_assistant_resume (CohortSetupAssistant *self)
{
  g_return_if_fail (COHORT_IS_SETUP_ASSISTANT (self));

  if (self->store != NULL)
    show_step (self, cohort_store_get_setup_step (self->store, NULL));
}

CohortSetupStep
cohort_setup_assistant_get_step (CohortSetupAssistant *self)
{
  g_return_val_if_fail (COHORT_IS_SETUP_ASSISTANT (self), COHORT_SETUP_STEP_SCHOOL);
  return self->step;
}

/**
 * cohort_setup_assistant_get_error:
 *
 * Returns: (nullable): why the last step could not be saved
 */
const char *
cohort_setup_assistant_get_error (CohortSetupAssistant *self)
{
  g_return_val_if_fail (COHORT_IS_SETUP_ASSISTANT (self), NULL);
  return gtk_revealer_get_reveal_child (self->error_revealer) ? gtk_label_get_label (self->error_label) : NULL;
}

/**
 * cohort_setup_assistant_go_on:
 *
 * Saves the step shown, as Continue does, and shows the next one.
 *
 * Returns: %TRUE if the step was saved
 */
gboolean
cohort_setup_assistant_go_on (CohortSetupAssistant *self)
{
  gboolean ok = FALSE;

  g_return_val_if_fail (COHORT_IS_SETUP_ASSISTANT (self), FALSE);

  switch (self->step)
    {
    case COHORT_SETUP_STEP_SCHOOL:
      ok = _cohort_setup_assistant_save_school (self);
      break;
    case COHORT_SETUP_STEP_HOSTS:
      ok = complete (self, COHORT_SETUP_STEP_HOSTS);
      break;
    case COHORT_SETUP_STEP_SIGNERS:
      ok = _cohort_setup_assistant_save_signers (self);
      break;
    case COHORT_SETUP_STEP_PROGRAMS:
      ok = complete (self, COHORT_SETUP_STEP_PROGRAMS);
      break;
    case COHORT_SETUP_STEP_FIRST_LISTS:
    case COHORT_SETUP_N_STEPS:
    default:
      return FALSE;
    }
  if (!ok)
    return FALSE;
  /* Resumed at a step left undone, the later ones may be done already */
  if (cohort_store_get_setup_step (self->store, NULL) == COHORT_SETUP_N_STEPS)
    g_signal_emit (self, signals[FINISHED], 0);
  else
    show_step (self, self->step + 1);
  return TRUE;
}

static AdwEntryRow *
row_for (CohortSetupAssistant *self,
         const char           *key)
{
  const struct { const char *key; gsize offset; } rows[] = {
    { "school-name", G_STRUCT_OFFSET (CohortSetupAssistant, school_name_row) },
    { "school-short", G_STRUCT_OFFSET (CohortSetupAssistant, school_short_row) },
    { "parent-agency", G_STRUCT_OFFSET (CohortSetupAssistant, parent_agency_row) },
    { "place", G_STRUCT_OFFSET (CohortSetupAssistant, place_row) },
    { "host-name", G_STRUCT_OFFSET (CohortSetupAssistant, host_name_row) },
    { "signer-title", G_STRUCT_OFFSET (CohortSetupAssistant, signer_title_row) },
    { "signer-title2", G_STRUCT_OFFSET (CohortSetupAssistant, signer_title2_row) },
    { "signer-name", G_STRUCT_OFFSET (CohortSetupAssistant, signer_name_row) },
    { "preparer-title", G_STRUCT_OFFSET (CohortSetupAssistant, preparer_title_row) },
    { "preparer-title2", G_STRUCT_OFFSET (CohortSetupAssistant, preparer_title2_row) },
    { "preparer-name", G_STRUCT_OFFSET (CohortSetupAssistant, preparer_name_row) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (rows[i].key, key))
      return G_STRUCT_MEMBER (AdwEntryRow *, self, rows[i].offset);
  g_return_val_if_reached (NULL);
}

/**
 * cohort_setup_assistant_set_text:
 * @key: "school-name", "school-short", "parent-agency", "place", "host-name",
 *   "signer-title", "signer-title2", "signer-name", "preparer-title",
 *   "preparer-title2" or "preparer-name"
 *
 * Fills a row as typing would.
 */
void
cohort_setup_assistant_set_text (CohortSetupAssistant *self,
                                 const char           *key,
                                 const char           *text)
{
  g_return_if_fail (COHORT_IS_SETUP_ASSISTANT (self));
  gtk_editable_set_text (GTK_EDITABLE (row_for (self, key)), text ? text : "");
}

const char *
cohort_setup_assistant_get_text (CohortSetupAssistant *self,
                                 const char           *key)
{
  g_return_val_if_fail (COHORT_IS_SETUP_ASSISTANT (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (row_for (self, key)));
}

/**
 * cohort_setup_assistant_set_province:
 *
 * Chooses the province of the school as the combo row would.
 */
void
cohort_setup_assistant_set_province (CohortSetupAssistant *self,
                                     gint64                province_id)
{
  g_return_if_fail (COHORT_IS_SETUP_ASSISTANT (self));

  for (guint i = 0; self->province_ids && i < self->province_ids->len; i++)
    if (g_array_index (self->province_ids, gint64, i) == province_id)
      adw_combo_row_set_selected (self->province_row, i);
}

guint
cohort_setup_assistant_get_n_hosts (CohortSetupAssistant *self)
{
  guint n = 0;

  g_return_val_if_fail (COHORT_IS_SETUP_ASSISTANT (self), 0);

  while (gtk_list_box_get_row_at_index (self->hosts_list, (int) n) != NULL)
    n++;
  return n;
}

/**
 * cohort_setup_assistant_get_program_list:
 *
 * Returns: (transfer none): the programs with their switches
 */
CohortProgramList *
cohort_setup_assistant_get_program_list (CohortSetupAssistant *self)
{
  g_return_val_if_fail (COHORT_IS_SETUP_ASSISTANT (self), NULL);
  return self->program_list;
}

/**
 * cohort_setup_assistant_new_class:
 *
 * Opens the class editor for the first class; once it is saved, the setup
 * is done and ::class-created is emitted.
 *
 * Returns: (transfer none): the editor
 */
CohortClassEditor *
cohort_setup_assistant_new_class (CohortSetupAssistant *self)
{
  CohortClassEditor *editor;

  g_return_val_if_fail (COHORT_IS_SETUP_ASSISTANT (self), NULL);

  editor = cohort_class_editor_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store, NULL);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_class_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
  return editor;
}

/**
 * cohort_setup_assistant_import:
 * @path: (nullable): the list to read; %NULL lets the user choose it
 *
 * Opens the import window for a list of people without a class; once they
 * are imported, the setup is done and ::finished is emitted.
 *
 * Returns: (transfer none): the import window
 */
CohortImportWindow *
cohort_setup_assistant_import (CohortSetupAssistant *self,
                               const char           *path)
{
  CohortImportWindow *import;

  g_return_val_if_fail (COHORT_IS_SETUP_ASSISTANT (self), NULL);

  import = cohort_import_window_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store, NULL);
  g_signal_connect_object (import, "imported", G_CALLBACK (on_imported_cb), self, 0);
  if (path != NULL)
    cohort_import_window_open_file (import, path);
  else
    cohort_import_window_choose_file (import);
  return import;
}

/**
 * cohort_setup_assistant_can_try_demo:
 *
 * Returns: %TRUE while the database holds no class and no person: demo
 *   data can then replace what the setup entered
 */
gboolean
cohort_setup_assistant_can_try_demo (CohortSetupAssistant *self)
{
  CohortStoreCounts counts = { 0 };

  g_return_val_if_fail (COHORT_IS_SETUP_ASSISTANT (self), FALSE);

  return self->store != NULL && cohort_store_get_counts (self->store, &counts, NULL) &&
         counts.classes == 0 && counts.people == 0;
}
