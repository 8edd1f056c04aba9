/* cohort-program-editor.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-program-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-format.h"
#include "cohort-program-editor.h"

struct _CohortProgramEditor
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkWidget           *save_button;
  AdwPreferencesGroup *main_group;
  GtkLabel            *error_label;
  AdwEntryRow         *code_row;
  AdwEntryRow         *name_row;
  AdwEntryRow         *short_row;
  AdwComboRow         *level_row;
  AdwComboRow         *credential_row;
  GtkSwitch           *graded_switch;
  GtkSwitch           *lao_switch;
  GtkSwitch           *active_switch;
  GtkWidget           *delete_group;

  /* Owned references */
  CohortStore         *store;
  CohortProgram       *program;     /* as read, or a new one */
  gboolean             is_new;

  /* Borrowed references */
  AdwMessageDialog    *question;
};

G_DEFINE_FINAL_TYPE (CohortProgramEditor, cohort_program_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static CohortProgram *
read_form (CohortProgramEditor *self)
{
  CohortProgram *p = cohort_program_copy (self->program);

  g_free (p->code);
  p->code = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->code_row)));
  g_free (p->name);
  p->name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  g_free (p->short_name);
  p->short_name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->short_row)));
  p->level = adw_combo_row_get_selected (self->level_row);
  p->credential = adw_combo_row_get_selected (self->credential_row);
  p->graded = gtk_switch_get_active (self->graded_switch);
  p->lao = gtk_switch_get_active (self->lao_switch);
  p->active = gtk_switch_get_active (self->active_switch);
  return p;
}

static gboolean
is_blank (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return *text == '\0';
}

/* Save waits until the code and both names are there; the store says what
 * else is wrong when it is pressed. */
static void
on_changed_cb (CohortProgramEditor *self)
{
  gtk_widget_set_sensitive (self->save_button,
                            !is_blank (self->code_row) && !is_blank (self->name_row) && !is_blank (self->short_row));
}

static void
show_error (CohortProgramEditor *self,
            const char          *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  cohort_program_editor_save (COHORT_PROGRAM_EDITOR (widget));
}

/* Closes the editor once the question, transient for it, has gone. */
static gboolean
close_later (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_delete_response_cb (CohortProgramEditor *self,
                       const char          *response)
{
  g_autoptr(GError) error = NULL;

  self->question = NULL;
  if (g_strcmp0 (response, "delete") != 0)
    return;
  if (!cohort_store_delete_program (self->store, self->program->code, &error))
    {
      show_error (self, error->message);
      return;
    }
  g_signal_emit (self, signals[DELETED], 0, self->program->short_name);
  g_idle_add_full (G_PRIORITY_DEFAULT, close_later, g_object_ref (self), g_object_unref);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  cohort_program_editor_delete (COHORT_PROGRAM_EDITOR (widget));
}

static void
fill_form (CohortProgramEditor *self)
{
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) credentials = gtk_string_list_new (NULL);
  CohortProgram *p = self->program;

  for (int i = COHORT_TRAINING_LEVEL_INTERMEDIATE; i <= COHORT_TRAINING_LEVEL_OTHER; i++)
    gtk_string_list_append (levels, cohort_format_training_level (i));
  for (int i = COHORT_CREDENTIAL_DIPLOMA; i <= COHORT_CREDENTIAL_UNKNOWN; i++)
    gtk_string_list_append (credentials, cohort_format_credential (i));
  adw_combo_row_set_model (self->level_row, G_LIST_MODEL (levels));
  adw_combo_row_set_model (self->credential_row, G_LIST_MODEL (credentials));
  adw_combo_row_set_selected (self->level_row, p->level);
  adw_combo_row_set_selected (self->credential_row, p->credential);

  gtk_editable_set_text (GTK_EDITABLE (self->code_row), p->code ? p->code : "");
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), p->name ? p->name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->short_row), p->short_name ? p->short_name : "");
  gtk_switch_set_active (self->graded_switch, p->graded);
  gtk_switch_set_active (self->lao_switch, p->lao);
  gtk_switch_set_active (self->active_switch, p->active);
  /* The code names the program in classes and plans: it is given once */
  gtk_widget_set_sensitive (GTK_WIDGET (self->code_row), self->is_new);

  if (!self->is_new)
    {
      g_autofree char *description = NULL;

      if (p->builtin)
        description = g_strdup (_("One of Cohort's reference programs: it can be renamed or switched off, not "
                                  "deleted."));
      else if (p->n_classes > 0)
        description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "It has %lld class.", "It has %lld classes.",
                                                    p->n_classes),
                                       (long long) p->n_classes);
      if (description != NULL)
        adw_preferences_group_set_description (self->main_group, description);
    }
  gtk_widget_set_visible (self->delete_group, cohort_program_editor_can_delete (self));
}

static void
cohort_program_editor_dispose (GObject *object)
{
  CohortProgramEditor *self = COHORT_PROGRAM_EDITOR (object);

  if (self->question != NULL)
    gtk_window_destroy (GTK_WINDOW (self->question));
  gtk_widget_dispose_template (GTK_WIDGET (object), COHORT_TYPE_PROGRAM_EDITOR);
  g_clear_object (&self->store);
  g_clear_pointer (&self->program, cohort_program_free);

  G_OBJECT_CLASS (cohort_program_editor_parent_class)->dispose (object);
}

static void
cohort_program_editor_class_init (CohortProgramEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_program_editor_dispose;

  /**
   * CohortProgramEditor::saved:
   * @code: the code of the program written
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * CohortProgramEditor::deleted:
   * @name: the short name of the program deleted
   */
  signals[DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cohort/Cohort/cohort-program-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortProgramEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, CohortProgramEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, CohortProgramEditor, main_group);
  gtk_widget_class_bind_template_child (widget_class, CohortProgramEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, CohortProgramEditor, code_row);
  gtk_widget_class_bind_template_child (widget_class, CohortProgramEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, CohortProgramEditor, short_row);
  gtk_widget_class_bind_template_child (widget_class, CohortProgramEditor, level_row);
  gtk_widget_class_bind_template_child (widget_class, CohortProgramEditor, credential_row);
  gtk_widget_class_bind_template_child (widget_class, CohortProgramEditor, graded_switch);
  gtk_widget_class_bind_template_child (widget_class, CohortProgramEditor, lao_switch);
  gtk_widget_class_bind_template_child (widget_class, CohortProgramEditor, active_switch);
  gtk_widget_class_bind_template_child (widget_class, CohortProgramEditor, delete_group);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);

  gtk_widget_class_install_action (widget_class, "program.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "program.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "program.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cohort_program_editor_init (CohortProgramEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * cohort_program_editor_new:
 * @program: (nullable): the program to change, or %NULL for a new one
 */
CohortProgramEditor *
cohort_program_editor_new (GtkWindow           *parent,
                           CohortStore         *store,
                           const CohortProgram *program)
{
  CohortProgramEditor *self;

  g_return_val_if_fail (COHORT_IS_STORE (store), NULL);

  self = g_object_new (COHORT_TYPE_PROGRAM_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->is_new = program == NULL;
  if (program != NULL)
    {
      self->program = cohort_program_copy (program);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Program"));
    }
  else
    {
      self->program = cohort_program_new (NULL, NULL, NULL);
      self->program->level = COHORT_TRAINING_LEVEL_REFRESHER;
      gtk_window_set_title (GTK_WINDOW (self), _("New Program"));
    }
  adw_window_title_set_title (self->window_title, gtk_window_get_title (GTK_WINDOW (self)));
  fill_form (self);
  on_changed_cb (self);
  return self;
}

/**
 * cohort_program_editor_save:
 *
 * Adds or changes the program if the store accepts it, emits ::saved and
 * closes; otherwise shows why.
 *
 * Returns: %TRUE if the program was written
 */
gboolean
cohort_program_editor_save (CohortProgramEditor *self)
{
  g_autoptr(CohortProgram) p = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_return_val_if_fail (COHORT_IS_PROGRAM_EDITOR (self), FALSE);

  if (!gtk_widget_get_sensitive (self->save_button))
    return FALSE;
  p = read_form (self);
  if (self->is_new)
    ok = cohort_store_add_program (self->store, p, &error);
  else
    ok = cohort_store_update_program (self->store, p, &error);
  if (!ok)
    {
      show_error (self, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[SAVED], 0, p->code);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

gboolean
cohort_program_editor_can_save (CohortProgramEditor *self)
{
  g_return_val_if_fail (COHORT_IS_PROGRAM_EDITOR (self), FALSE);
  return gtk_widget_get_sensitive (self->save_button);
}

/**
 * cohort_program_editor_get_error:
 *
 * Returns: (nullable): what the editor shows is wrong
 */
const char *
cohort_program_editor_get_error (CohortProgramEditor *self)
{
  g_return_val_if_fail (COHORT_IS_PROGRAM_EDITOR (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_label (self->error_label) : NULL;
}

/**
 * cohort_program_editor_set_text:
 * @key: "code", "name" or "short"
 */
void
cohort_program_editor_set_text (CohortProgramEditor *self,
                                const char          *key,
                                const char          *text)
{
  g_return_if_fail (COHORT_IS_PROGRAM_EDITOR (self));

  if (g_str_equal (key, "code"))
    gtk_editable_set_text (GTK_EDITABLE (self->code_row), text);
  else if (g_str_equal (key, "name"))
    gtk_editable_set_text (GTK_EDITABLE (self->name_row), text);
  else if (g_str_equal (key, "short"))
    gtk_editable_set_text (GTK_EDITABLE (self->short_row), text);
  else
    g_return_if_reached ();
}

void
cohort_program_editor_set_choice (CohortProgramEditor *self,
                                  CohortTrainingLevel  level,
                                  CohortCredential     credential)
{
  g_return_if_fail (COHORT_IS_PROGRAM_EDITOR (self));
  adw_combo_row_set_selected (self->level_row, level);
  adw_combo_row_set_selected (self->credential_row, credential);
}

/**
 * cohort_program_editor_set_switch:
 * @key: "graded", "lao" or "active"
 */
void
cohort_program_editor_set_switch (CohortProgramEditor *self,
                                  const char          *key,
                                  gboolean             active)
{
  g_return_if_fail (COHORT_IS_PROGRAM_EDITOR (self));

  if (g_str_equal (key, "graded"))
    gtk_switch_set_active (self->graded_switch, active);
  else if (g_str_equal (key, "lao"))
    gtk_switch_set_active (self->lao_switch, active);
  else if (g_str_equal (key, "active"))
    gtk_switch_set_active (self->active_switch, active);
  else
    g_return_if_reached ();
}

/**
 * cohort_program_editor_can_delete:
 *
 * Returns: %TRUE for a program the school added and that has no class
 */
gboolean
cohort_program_editor_can_delete (CohortProgramEditor *self)
{
  g_return_val_if_fail (COHORT_IS_PROGRAM_EDITOR (self), FALSE);
  return !self->is_new && !self->program->builtin && self->program->n_classes == 0;
}

/**
 * cohort_program_editor_delete:
 *
 * Asks whether to delete the program; answered "delete", it is deleted,
 * ::deleted is emitted and the editor closes.
 *
 * Returns: (transfer none) (nullable): the question, or %NULL when the
 *   program cannot be deleted
 */
AdwMessageDialog *
cohort_program_editor_delete (CohortProgramEditor *self)
{
  g_return_val_if_fail (COHORT_IS_PROGRAM_EDITOR (self), NULL);

  if (!cohort_program_editor_can_delete (self) || self->question != NULL)
    return self->question;
  self->question = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL));
  /* Translators: %s is the short name of a program */
  adw_message_dialog_format_heading (self->question, _("Delete “%s”?"), self->program->short_name);
  adw_message_dialog_set_body (self->question, _("It has no class. If the school no longer runs it, you can "
                                                 "switch it off instead."));
  adw_message_dialog_add_responses (self->question, "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (self->question, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (self->question, "cancel");
  adw_message_dialog_set_close_response (self->question, "cancel");
  g_signal_connect_object (self->question, "response", G_CALLBACK (on_delete_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self->question));
  return self->question;
}
