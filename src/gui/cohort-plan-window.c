/* cohort-plan-window.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-plan-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-choices.h"
#include "cohort-plan-row.h"
#include "cohort-form-guard.h"
#include "cohort-plan-window.h"
#include "cohort-widgets.h"

struct _CohortPlanWindow
{
  AdwWindow         parent_instance;

  /* Template widgets */
  AdwToastOverlay  *toast_overlay;
  GtkRevealer      *error_revealer;
  GtkLabel         *error_label;
  GtkSpinButton    *year_spin;
  GtkWidget        *host_label;
  GtkDropDown      *host_drop;
  GtkStack         *stack;
  GtkListBox       *lines_list;
  AdwStatusPage    *empty_page;
  GtkLabel         *classes_total;
  GtkLabel         *students_total;
  GtkSizeGroup     *level_group;
  GtkSizeGroup     *classes_group;
  GtkSizeGroup     *students_group;
  GtkSizeGroup     *button_group;

  /* Owned references */
  CohortStore      *store;
  GListModel       *program_names;
  GPtrArray        *program_codes;   /* the program code at each position */
  GPtrArray        *host_codes;      /* the org unit id (as text) at each position of host_drop */
  char             *loaded;          /* the plan as read or saved, to tell changes */

  /* Borrowed references */
  AdwMessageDialog *question;        /* open while asking to discard changes */

  int               year;            /* the plan shown */
  gint64            host_id;
  int               next_year;       /* what the user chose while asked */
  gint64            next_host_id;
  gboolean          filling;         /* the year and host set by Cohort, not the user */
};

G_DEFINE_FINAL_TYPE (CohortPlanWindow, cohort_plan_window, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static CohortPlanRow *
nth_row (CohortPlanWindow *self,
         guint             index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->lines_list, (int) index);

  return row ? COHORT_PLAN_ROW (row) : NULL;
}

static GPtrArray *
read_lines (CohortPlanWindow *self)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_plan_line_free);
  CohortPlanRow *row;

  for (guint i = 0; (row = nth_row (self, i)) != NULL; i++)
    g_ptr_array_add (lines, cohort_plan_row_dup_line (row));
  return lines;
}

/* The lines as text, to compare with the plan as it was read. */
static char *
describe_lines (CohortPlanWindow *self)
{
  g_autoptr(GPtrArray) lines = read_lines (self);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < lines->len; i++)
    {
      CohortPlanLine *line = g_ptr_array_index (lines, i);

      g_string_append_printf (s, "%s|%d|%d|%d\n", line->program ? line->program : "", (int) line->level,
                              line->planned_classes, line->planned_students);
    }
  return g_string_free (s, FALSE);
}

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

static void
show_error (CohortPlanWindow *self,
            const char       *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
hide_error (CohortPlanWindow *self)
{
  CohortPlanRow *row;

  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  for (guint i = 0; (row = nth_row (self, i)) != NULL; i++)
    cohort_plan_row_set_problem (row, FALSE);
}

/* Marks the lines that share a program and level, or have no program. */
static void
mark_problem_rows (CohortPlanWindow *self,
                   GPtrArray        *lines)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < lines->len; i++)
    {
      CohortPlanLine *line = g_ptr_array_index (lines, i);
      char *key = g_strdup_printf ("%s|%d", line->program ? line->program : "", (int) line->level);

      g_hash_table_insert (counts, g_strdup (key),
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1));
      g_ptr_array_add (keys, key);
    }
  for (guint i = 0; i < lines->len; i++)
    {
      CohortPlanLine *line = g_ptr_array_index (lines, i);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, g_ptr_array_index (keys, i)));

      cohort_plan_row_set_problem (nth_row (self, i), n > 1 || line->program == NULL);
    }
}

/* The lines or the empty page, the totals and what can be done. */
static void
update_view (CohortPlanWindow *self)
{
  g_autoptr(GPtrArray) lines = read_lines (self);
  g_autofree char *classes = NULL;
  g_autofree char *students = NULL;
  g_autofree char *title = NULL;
  gint64 n_classes = 0, n_students = 0;
  gboolean has_host = self->host_id > 0;

  for (guint i = 0; i < lines->len; i++)
    {
      CohortPlanLine *line = g_ptr_array_index (lines, i);

      n_classes += line->planned_classes;
      n_students += line->planned_students;
    }
  classes = g_strdup_printf ("%" G_GINT64_FORMAT, n_classes);
  students = g_strdup_printf ("%" G_GINT64_FORMAT, n_students);
  gtk_label_set_label (self->classes_total, classes);
  gtk_label_set_label (self->students_total, students);

  if (!has_host)
    {
      adw_status_page_set_title (ADW_STATUS_PAGE (self->empty_page), _("No School or Centre"));
      adw_status_page_set_description (ADW_STATUS_PAGE (self->empty_page),
                                       _("A plan belongs to the school or a centre, and Cohort has none yet. "
                                         "Load or import data first."));
    }
  else
    {
      /* Translators: %d is a year */
      title = g_strdup_printf (_("No Plan for %d"), self->year);
      adw_status_page_set_title (ADW_STATUS_PAGE (self->empty_page), title);
      adw_status_page_set_description (ADW_STATUS_PAGE (self->empty_page),
                                       _("Add a line for each program and level, or copy last year’s plan "
                                         "and change it."));
    }
  gtk_stack_set_visible_child_name (self->stack, lines->len > 0 ? "lines" : "empty");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.add-line", has_host);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.copy-last-year",
                                 has_host && self->year > COHORT_PLAN_MIN_YEAR);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.save", has_host);
}

static void
on_row_changed_cb (CohortPlanWindow *self)
{
  hide_error (self);
  update_view (self);
}

static void
on_row_remove_cb (CohortPlanWindow *self,
                  CohortPlanRow    *row)
{
  GtkListBoxRow *next = gtk_list_box_get_row_at_index (self->lines_list,
                                                       gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + 1);

  gtk_list_box_remove (self->lines_list, GTK_WIDGET (row));
  hide_error (self);
  update_view (self);
  if (next != NULL)
    cohort_plan_row_focus (COHORT_PLAN_ROW (next));
}

static CohortPlanRow *
add_row (CohortPlanWindow     *self,
         const CohortPlanLine *line)
{
  CohortPlanRow *row = cohort_plan_row_new (self->program_names, self->program_codes);

  cohort_plan_row_set_line (row, line);
  cohort_plan_row_add_to_groups (row, self->level_group, self->classes_group, self->students_group,
                                 self->button_group);
  g_signal_connect_object (row, "changed", G_CALLBACK (on_row_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove", G_CALLBACK (on_row_remove_cb), self, G_CONNECT_SWAPPED);
  gtk_list_box_append (self->lines_list, GTK_WIDGET (row));
  return row;
}

static void
show_lines (CohortPlanWindow *self,
            GPtrArray        *lines)
{
  cohort_list_box_remove_all (self->lines_list);
  for (guint i = 0; lines != NULL && i < lines->len; i++)
    add_row (self, g_ptr_array_index (lines, i));
  hide_error (self);
  update_view (self);
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
  show_lines (self, lines);
  if (error != NULL)
    show_error (self, error->message);

  g_free (self->loaded);
  self->loaded = describe_lines (self);
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

/* A new line takes the first program and level the plan does not have yet. */
static void
add_line_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CohortPlanWindow *self = COHORT_PLAN_WINDOW (widget);
  g_autoptr(GPtrArray) lines = read_lines (self);
  g_autoptr(CohortPlanLine) line = NULL;
  CohortPlanRow *row;

  for (guint p = 0; line == NULL && p < self->program_codes->len; p++)
    for (guint l = 0; line == NULL && l < cohort_plan_row_n_levels (); l++)
      {
        const char *program = g_ptr_array_index (self->program_codes, p);
        CohortLevel level = cohort_plan_row_level_at (l);
        gboolean used = FALSE;

        for (guint i = 0; !used && i < lines->len; i++)
          {
            CohortPlanLine *other = g_ptr_array_index (lines, i);

            used = g_strcmp0 (other->program, program) == 0 && other->level == level;
          }
        if (!used)
          line = cohort_plan_line_new (program, level, 0, 0);
      }
  if (line == NULL)
    line = cohort_plan_line_new (cohort_choices_code (self->program_codes, 0), COHORT_LEVEL_UNKNOWN, 0, 0);

  row = add_row (self, line);
  hide_error (self);
  update_view (self);
  cohort_plan_row_focus (row);
}

static void
copy_last_year_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CohortPlanWindow *self = COHORT_PLAN_WINDOW (widget);
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  lines = cohort_store_list_plan_lines (self->store, self->year - 1, self->host_id, &error);
  if (lines == NULL)
    {
      show_error (self, error->message);
      return;
    }
  if (lines->len == 0)
    {
      /* Translators: %d is a year */
      message = g_strdup_printf (_("There is no plan for %d to copy."), self->year - 1);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
      return;
    }

  show_lines (self, lines);
  /* Translators: %d is a year */
  message = g_strdup_printf (_("Copied the plan for %d. Change the numbers, then save."), self->year - 1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
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
  gtk_widget_class_install_action (widget_class, "plan.add-line", NULL, add_line_action);
  gtk_widget_class_install_action (widget_class, "plan.copy-last-year", NULL, copy_last_year_action);
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
    show_error (self, error->message);
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

  now = describe_lines (self);
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

  hide_error (self);
  lines = read_lines (self);
  if (!cohort_store_save_plan (self->store, self->year, self->host_id, lines, &error))
    {
      show_error (self, error->message);
      mark_problem_rows (self, lines);
      return FALSE;
    }

  g_free (self->loaded);
  self->loaded = describe_lines (self);
  g_signal_emit (self, signals[SAVED], 0, self->year, self->host_id);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

guint
cohort_plan_window_get_n_lines (CohortPlanWindow *self)
{
  guint n = 0;

  g_return_val_if_fail (COHORT_IS_PLAN_WINDOW (self), 0);

  while (nth_row (self, n) != NULL)
    n++;
  return n;
}

/**
 * cohort_plan_window_dup_line:
 *
 * Returns: (transfer full) (nullable): line @index as shown
 */
CohortPlanLine *
cohort_plan_window_dup_line (CohortPlanWindow *self,
                             guint             index)
{
  CohortPlanRow *row;

  g_return_val_if_fail (COHORT_IS_PLAN_WINDOW (self), NULL);

  row = nth_row (self, index);
  return row ? cohort_plan_row_dup_line (row) : NULL;
}

/**
 * cohort_plan_window_set_line:
 * @program: a program type code
 *
 * Sets the fields of line @index as the user would.
 */
void
cohort_plan_window_set_line (CohortPlanWindow *self,
                             guint             index,
                             const char       *program,
                             CohortLevel       level,
                             int               planned_classes,
                             int               planned_students)
{
  g_autoptr(CohortPlanLine) line = cohort_plan_line_new (program, level, planned_classes, planned_students);
  CohortPlanRow *row;

  g_return_if_fail (COHORT_IS_PLAN_WINDOW (self));

  row = nth_row (self, index);
  g_return_if_fail (row != NULL);
  cohort_plan_row_set_line (row, line);
}

/**
 * cohort_plan_window_remove_line:
 *
 * Removes line @index as its remove button does.
 */
void
cohort_plan_window_remove_line (CohortPlanWindow *self,
                                guint             index)
{
  CohortPlanRow *row;

  g_return_if_fail (COHORT_IS_PLAN_WINDOW (self));

  row = nth_row (self, index);
  g_return_if_fail (row != NULL);
  gtk_widget_activate_action (GTK_WIDGET (row), "row.remove", NULL);
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

void
cohort_plan_window_get_totals (CohortPlanWindow *self,
                               int              *classes,
                               int              *students)
{
  g_return_if_fail (COHORT_IS_PLAN_WINDOW (self));

  *classes = (int) g_ascii_strtoll (gtk_label_get_label (self->classes_total), NULL, 10);
  *students = (int) g_ascii_strtoll (gtk_label_get_label (self->students_total), NULL, 10);
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
