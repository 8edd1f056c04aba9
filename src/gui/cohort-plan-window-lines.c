/* cohort-plan-window-lines.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lines of the plan window: one row for each program and level, added,
 * copied from last year, removed and read back; the totals under them and
 * the page shown when there is none.
 */
#define G_LOG_DOMAIN "cohort-plan-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-choices.h"
#include "cohort-plan-window-private.h"
#include "cohort-widgets.h"

GPtrArray *
_cohort_plan_window_read_lines (CohortPlanWindow *self)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_plan_line_free);
  CohortPlanRow *row;

  for (guint i = 0; (row = nth_row (self, i)) != NULL; i++)
    g_ptr_array_add (lines, cohort_plan_row_dup_line (row));
  return lines;
}

/* The lines as text, to compare with the plan as it was read. */
char *
_cohort_plan_window_describe_lines (CohortPlanWindow *self)
{
  g_autoptr(GPtrArray) lines = _cohort_plan_window_read_lines (self);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < lines->len; i++)
    {
      CohortPlanLine *line = g_ptr_array_index (lines, i);

      g_string_append_printf (s, "%s|%d|%d|%d\n", line->program ? line->program : "", (int) line->level,
                              line->planned_classes, line->planned_students);
    }
  return g_string_free (s, FALSE);
}

/* Marks the lines that share a program and level, or have no program. */
void
_cohort_plan_window_mark_problem_rows (CohortPlanWindow *self,
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
  g_autoptr(GPtrArray) lines = _cohort_plan_window_read_lines (self);
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
  _cohort_plan_window_hide_error (self);
  update_view (self);
}

static void
on_row_remove_cb (CohortPlanWindow *self,
                  CohortPlanRow    *row)
{
  GtkListBoxRow *next = gtk_list_box_get_row_at_index (self->lines_list,
                                                       gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + 1);

  gtk_list_box_remove (self->lines_list, GTK_WIDGET (row));
  _cohort_plan_window_hide_error (self);
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

void
_cohort_plan_window_show_lines (CohortPlanWindow *self,
                                GPtrArray        *lines)
{
  cohort_list_box_remove_all (self->lines_list);
  for (guint i = 0; lines != NULL && i < lines->len; i++)
    add_row (self, g_ptr_array_index (lines, i));
  _cohort_plan_window_hide_error (self);
  update_view (self);
}

/* Actions */

/* A new line takes the first program and level the plan does not have yet. */
void
_cohort_plan_window_add_line_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  CohortPlanWindow *self = COHORT_PLAN_WINDOW (widget);
  g_autoptr(GPtrArray) lines = _cohort_plan_window_read_lines (self);
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
  _cohort_plan_window_hide_error (self);
  update_view (self);
  cohort_plan_row_focus (row);
}

void
_cohort_plan_window_copy_last_year_action (GtkWidget  *widget,
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
      _cohort_plan_window_show_error (self, error->message);
      return;
    }
  if (lines->len == 0)
    {
      /* Translators: %d is a year */
      message = g_strdup_printf (_("There is no plan for %d to copy."), self->year - 1);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
      return;
    }

  _cohort_plan_window_show_lines (self, lines);
  /* Translators: %d is a year */
  message = g_strdup_printf (_("Copied the plan for %d. Change the numbers, then save."), self->year - 1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* Public API */

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

void
cohort_plan_window_get_totals (CohortPlanWindow *self,
                               int              *classes,
                               int              *students)
{
  g_return_if_fail (COHORT_IS_PLAN_WINDOW (self));

  *classes = (int) g_ascii_strtoll (gtk_label_get_label (self->classes_total), NULL, 10);
  *students = (int) g_ascii_strtoll (gtk_label_get_label (self->students_total), NULL, 10);
}
