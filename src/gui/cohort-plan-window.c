/* cohort-plan-window.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The annual plan of the school or a centre: the year and host chosen,
 * the plan read, the question before changes are dropped, and saving.
 * Its lines are in cohort-plan-window-lines.c.
 */
#define G_LOG_DOMAIN "cohort-plan-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-choices.h"
#include "cohort-form-guard.h"
#include "cohort-plan-window-private.h"

G_DEFINE_FINAL_TYPE (CohortPlanWindow, cohort_plan_window, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static guint
host_position (CohortPlanWindow *self,
               gint64            host_id)
{
  g_autofree char *code = g_strdup_printf ("%" G_GINT64_FORMAT, host_id);

  for (guint i = 0; self->host_codes && i < self->host_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->host_codes, i), code) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static gint64
selected_host (CohortPlanWindow *self)
{
  const char *code = cohort_choices_code (self->host_codes, gtk_drop_down_get_selected (self->host_drop));

  return code ? g_ascii_strtoll (code, NULL, 10) : 0;
}

static const char *
host_name (CohortPlanWindow *self,
           gint64            host_id)
{
  GListModel *names = gtk_drop_down_get_model (self->host_drop);
  guint position = host_position (self, host_id);

  if (names == NULL || position == GTK_INVALID_LIST_POSITION)
    return "";
  return gtk_string_list_get_string (GTK_STRING_LIST (names), position);
}

void
_cohort_plan_window_show_error (CohortPlanWindow *self,
                                const char       *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

void
_cohort_plan_window_hide_error (CohortPlanWindow *self)
{
  CohortPlanRow *row;

  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  for (guint i = 0; (row = nth_row (self, i)) != NULL; i++)
    cohort_plan_row_set_problem (row, FALSE);
}

/* The question when the window closes with changes names the plan shown. */
static void
set_guard_body (CohortPlanWindow *self)
{
  g_autofree char *body = NULL;

  if (self->host_id <= 0)
    return;
  /* Translators: the first %s is a school or centre, %d a year */
  body = g_strdup_printf (_("The plan of %s for %d has changes that are not saved."),
                          host_name (self, self->host_id), self->year);
  cohort_form_guard_set_body (GTK_WINDOW (self), body);
}

/* For the form guard: the plan shown has changes, or not. */
static char *
describe_changes (GtkWindow *window)
{
  return g_strdup (cohort_plan_window_has_changes (COHORT_PLAN_WINDOW (window)) ? "changed" : "");
}

/* Reads the plan of the year and host chosen. */
static void
load_plan (CohortPlanWindow *self)
{
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;

  if (self->host_id > 0)
    lines = cohort_store_list_plan_lines (self->store, self->year, self->host_id, &error);
  _cohort_plan_window_show_lines (self, lines);
  if (error != NULL)
    _cohort_plan_window_show_error (self, error->message);

  g_free (self->loaded);
  self->loaded = _cohort_plan_window_describe_lines (self);
  set_guard_body (self);
}

/* Puts the year and host choosers back on the plan shown. */
static void
show_choice (CohortPlanWindow *self)
{
  self->filling = TRUE;
  gtk_spin_button_set_value (self->year_spin, self->year);
  gtk_drop_down_set_selected (self->host_drop, host_position (self, self->host_id));
  self->filling = FALSE;
}

/* The dialog closes itself when a response is chosen. */
static void
on_question_response_cb (CohortPlanWindow *self,
                         const char       *response,
                         AdwMessageDialog *dialog)
{
  g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->question);
  self->question = NULL;

  if (g_strcmp0 (response, "discard") == 0)
    {
      self->year = self->next_year;
      self->host_id = self->next_host_id;
      load_plan (self);
    }
  show_choice (self);
}

/* The user chose another year or host: show its plan, after asking whether
 * to drop the changes made to this one. */
static void
choose_plan (CohortPlanWindow *self,
             int               year,
             gint64            host_id)
{
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (self->filling || (year == self->year && host_id == self->host_id))
    return;
  if (!cohort_plan_window_has_changes (self))
    {
      self->year = year;
      self->host_id = host_id;
      load_plan (self);
      return;
    }

  self->next_year = year;
  self->next_host_id = host_id;
  if (self->question != NULL)
    return;

  /* Translators: the first %s is a school or centre, %d a year */
  body = g_strdup_printf (_("The plan of %s for %d has changes that are not saved."),
                          host_name (self, self->host_id), self->year);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Discard Changes?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  /* Swapped: the window first, the dialog last */
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_question_response_cb), self, G_CONNECT_SWAPPED);
  self->question = ADW_MESSAGE_DIALOG (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->question);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_year_changed_cb (CohortPlanWindow *self)
{
  choose_plan (self, gtk_spin_button_get_value_as_int (self->year_spin), self->host_id);
}

static void
on_host_changed_cb (CohortPlanWindow *self)
{
  choose_plan (self, self->year, selected_host (self));
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  cohort_plan_window_save (COHORT_PLAN_WINDOW (widget));
}

/* GObject overrides */

static void
cohort_plan_window_dispose (GObject *object)
{
  CohortPlanWindow *self = COHORT_PLAN_WINDOW (object);

  if (self->question != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->question), (gpointer *) &self->question);
      gtk_window_destroy (GTK_WINDOW (self->question));
      self->question = NULL;
    }
  gtk_widget_dispose_template (GTK_WIDGET (object), COHORT_TYPE_PLAN_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->program_names);
  g_clear_pointer (&self->program_codes, g_ptr_array_unref);
  g_clear_pointer (&self->host_codes, g_ptr_array_unref);
  g_clear_pointer (&self->loaded, g_free);

  G_OBJECT_CLASS (cohort_plan_window_parent_class)->dispose (object);
}

static void
cohort_plan_window_class_init (CohortPlanWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_plan_window_dispose;

  /**
   * CohortPlanWindow::saved:
   * @year: the year of the plan written
   * @host_id: its host
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT64);

  g_type_ensure (COHORT_TYPE_PLAN_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cohort/Cohort/cohort-plan-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortPlanWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CohortPlanWindow, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, CohortPlanWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, CohortPlanWindow, year_spin);
  gtk_widget_class_bind_template_child (widget_class, CohortPlanWindow, host_label);
  gtk_widget_class_bind_template_child (widget_class, CohortPlanWindow, host_drop);
  gtk_widget_class_bind_template_child (widget_class, CohortPlanWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CohortPlanWindow, lines_list);
  gtk_widget_class_bind_template_child (widget_class, CohortPlanWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CohortPlanWindow, classes_total);
  gtk_widget_class_bind_template_child (widget_class, CohortPlanWindow, students_total);
  gtk_widget_class_bind_template_child (widget_class, CohortPlanWindow, level_group);
  gtk_widget_class_bind_template_child (widget_class, CohortPlanWindow, classes_group);
  gtk_widget_class_bind_template_child (widget_class, CohortPlanWindow, students_group);
  gtk_widget_class_bind_template_child (widget_class, CohortPlanWindow, button_group);
  gtk_widget_class_bind_template_callback (widget_class, on_year_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_host_changed_cb);

  gtk_widget_class_install_action (widget_class, "plan.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "plan.add-line", NULL,
                                   _cohort_plan_window_add_line_action);
  gtk_widget_class_install_action (widget_class, "plan.copy-last-year", NULL,
                                   _cohort_plan_window_copy_last_year_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "plan.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cohort_plan_window_init (CohortPlanWindow *self)
{
  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->filling = FALSE;
}

/* Public API */

/**
 * cohort_plan_window_new:
 * @year: the year to show first
 * @host_id: the host to show first, or 0 for the school (the first host)
 *
 * Returns: (transfer floating): the editor; present it
 */
CohortPlanWindow *
cohort_plan_window_new (GtkWindow   *parent,
                        CohortStore *store,
                        int          year,
                        gint64       host_id)
{
  CohortPlanWindow *self;
  g_autoptr(GPtrArray) programs = NULL;
  g_autoptr(GPtrArray) hosts = NULL;
  g_autoptr(GListModel) host_names = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *host_code = NULL;
  guint selected;

  g_return_val_if_fail (COHORT_IS_STORE (store), NULL);

  self = g_object_new (COHORT_TYPE_PLAN_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->year = CLAMP (year, COHORT_PLAN_MIN_YEAR, COHORT_PLAN_MAX_YEAR);

  programs = cohort_store_list_choices (store, COHORT_CHOICE_PROGRAM, &error);
  if (programs != NULL)
    hosts = cohort_store_list_choices (store, COHORT_CHOICE_HOST, &error);
  self->program_codes = cohort_choices_fill (&self->program_names, programs, NULL, NULL, &selected);
  if (host_id > 0)
    host_code = g_strdup_printf ("%" G_GINT64_FORMAT, host_id);
  self->host_codes = cohort_choices_fill (&host_names, hosts, NULL, host_code, &selected);

  self->filling = TRUE;
  gtk_drop_down_set_model (self->host_drop, host_names);
  gtk_drop_down_set_selected (self->host_drop, self->host_codes->len > 0 ? selected : GTK_INVALID_LIST_POSITION);
  gtk_spin_button_set_value (self->year_spin, self->year);
  self->filling = FALSE;
  self->host_id = selected_host (self);
  /* Without a host the chooser would show GTK's own "(None)": the empty page says why. */
  gtk_widget_set_visible (self->host_label, self->host_codes->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->host_drop), self->host_codes->len > 0);

  load_plan (self);
  if (error != NULL)
    _cohort_plan_window_show_error (self, error->message);
  /* Escape or closing with changes asks first, as changing the year does. */
  cohort_form_guard_init (GTK_WINDOW (self), describe_changes, NULL,
                          _("The changes to this plan are not saved."));
  set_guard_body (self);
  return self;
}

int
cohort_plan_window_get_year (CohortPlanWindow *self)
{
  g_return_val_if_fail (COHORT_IS_PLAN_WINDOW (self), 0);
  return self->year;
}

gint64
cohort_plan_window_get_host_id (CohortPlanWindow *self)
{
  g_return_val_if_fail (COHORT_IS_PLAN_WINDOW (self), 0);
  return self->host_id;
}

/**
 * cohort_plan_window_has_changes:
 *
 * Returns: %TRUE if the lines differ from the plan as it was read
 */
gboolean
cohort_plan_window_has_changes (CohortPlanWindow *self)
{
  g_autofree char *now = NULL;

  g_return_val_if_fail (COHORT_IS_PLAN_WINDOW (self), FALSE);

  now = _cohort_plan_window_describe_lines (self);
  return g_strcmp0 (now, self->loaded) != 0;
}

/**
 * cohort_plan_window_save:
 *
 * Writes the plan of the year and host shown, as the lines are, in one go;
 * emits ::saved and closes. When the store refuses the plan, its message is
 * shown at the top, the lines at fault are marked and nothing is written.
 *
 * Returns: %TRUE if the plan was written
 */
gboolean
cohort_plan_window_save (CohortPlanWindow *self)
{
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (COHORT_IS_PLAN_WINDOW (self), FALSE);

  if (self->host_id <= 0)
    return FALSE;

  _cohort_plan_window_hide_error (self);
  lines = _cohort_plan_window_read_lines (self);
  if (!cohort_store_save_plan (self->store, self->year, self->host_id, lines, &error))
    {
      _cohort_plan_window_show_error (self, error->message);
      _cohort_plan_window_mark_problem_rows (self, lines);
      return FALSE;
    }

  g_free (self->loaded);
  self->loaded = _cohort_plan_window_describe_lines (self);
  g_signal_emit (self, signals[SAVED], 0, self->year, self->host_id);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

/**
 * cohort_plan_window_set_year:
 *
 * Chooses another year as the year chooser does: with changes not saved,
 * the window asks first (see cohort_plan_window_get_question()).
 */
void
cohort_plan_window_set_year (CohortPlanWindow *self,
                             int               year)
{
  g_return_if_fail (COHORT_IS_PLAN_WINDOW (self));
  gtk_spin_button_set_value (self->year_spin, year);
}

/**
 * cohort_plan_window_set_host:
 *
 * Chooses another host as the host chooser does.
 */
void
cohort_plan_window_set_host (CohortPlanWindow *self,
                             gint64            host_id)
{
  g_return_if_fail (COHORT_IS_PLAN_WINDOW (self));
  gtk_drop_down_set_selected (self->host_drop, host_position (self, host_id));
}

/**
 * cohort_plan_window_get_error:
 *
 * Returns: (nullable): the message shown at the top, if any
 */
const char *
cohort_plan_window_get_error (CohortPlanWindow *self)
{
  g_return_val_if_fail (COHORT_IS_PLAN_WINDOW (self), NULL);
  return gtk_revealer_get_reveal_child (self->error_revealer) ? gtk_label_get_label (self->error_label) : NULL;
}

/**
 * cohort_plan_window_get_view:
 *
 * Returns: "lines", or "empty" when the plan has no line
 */
const char *
cohort_plan_window_get_view (CohortPlanWindow *self)
{
  g_return_val_if_fail (COHORT_IS_PLAN_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * cohort_plan_window_get_question:
 *
 * Returns: (transfer none) (nullable): the dialog asking whether to discard
 *   changes, while it is open
 */
AdwMessageDialog *
cohort_plan_window_get_question (CohortPlanWindow *self)
{
  g_return_val_if_fail (COHORT_IS_PLAN_WINDOW (self), NULL);
  return self->question;
}
