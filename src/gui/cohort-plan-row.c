/* cohort-plan-row.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-plan-row"

#include "config.h"

#include "cohort-choices.h"
#include "cohort-format.h"
#include "cohort-plan-row.h"

struct _CohortPlanRow
{
  GtkListBoxRow   parent_instance;

  /* Template widgets */
  GtkDropDown    *program_drop;
  GtkDropDown    *level_drop;
  GtkSpinButton  *classes_spin;
  GtkSpinButton  *students_spin;
  GtkWidget      *remove_button;

  /* Owned references */
  GPtrArray      *program_codes;   /* the code at each position of program_drop */
};

G_DEFINE_FINAL_TYPE (CohortPlanRow, cohort_plan_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  CHANGED,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Levels from the top down; "not set" last. */
static const CohortLevel levels[] = {
  COHORT_LEVEL_PROVINCE, COHORT_LEVEL_DISTRICT, COHORT_LEVEL_COMMUNE, COHORT_LEVEL_UNKNOWN,
};

static void
on_changed_cb (CohortPlanRow *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[REMOVE], 0);
}

static void
cohort_plan_row_dispose (GObject *object)
{
  CohortPlanRow *self = COHORT_PLAN_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), COHORT_TYPE_PLAN_ROW);
  g_clear_pointer (&self->program_codes, g_ptr_array_unref);

  G_OBJECT_CLASS (cohort_plan_row_parent_class)->dispose (object);
}

static void
cohort_plan_row_class_init (CohortPlanRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_plan_row_dispose;

  /**
   * CohortPlanRow::changed:
   *
   * The program, level or a number was changed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
  /**
   * CohortPlanRow::remove:
   *
   * The user asked to remove the line.
   */
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cohort/Cohort/cohort-plan-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortPlanRow, program_drop);
  gtk_widget_class_bind_template_child (widget_class, CohortPlanRow, level_drop);
  gtk_widget_class_bind_template_child (widget_class, CohortPlanRow, classes_spin);
  gtk_widget_class_bind_template_child (widget_class, CohortPlanRow, students_spin);
  gtk_widget_class_bind_template_child (widget_class, CohortPlanRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);

  gtk_widget_class_install_action (widget_class, "row.remove", NULL, remove_action);
}

static void
cohort_plan_row_init (CohortPlanRow *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    gtk_string_list_append (names, cohort_format_level (levels[i]));
  gtk_drop_down_set_model (self->level_drop, G_LIST_MODEL (names));
}

/**
 * cohort_plan_row_new:
 * @program_names: the names of the programs, shared by the rows
 * @program_codes: (element-type utf8): the code at each position of @program_names
 *
 * Returns: (transfer floating): a row with the first program, province level
 *   and no classes or students
 */
CohortPlanRow *
cohort_plan_row_new (GListModel *program_names,
                     GPtrArray  *program_codes)
{
  CohortPlanRow *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (program_names), NULL);
  g_return_val_if_fail (program_codes != NULL, NULL);

  self = g_object_new (COHORT_TYPE_PLAN_ROW, NULL);
  self->program_codes = g_ptr_array_ref (program_codes);
  /* Set before anyone listens, so that filling the row is no change. */
  gtk_drop_down_set_model (self->program_drop, program_names);
  return self;
}

/**
 * cohort_plan_row_set_line:
 *
 * Shows @line; a program the list does not have selects nothing.
 */
void
cohort_plan_row_set_line (CohortPlanRow        *self,
                          const CohortPlanLine *line)
{
  guint program = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (COHORT_IS_PLAN_ROW (self));
  g_return_if_fail (line != NULL);

  for (guint i = 0; i < self->program_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->program_codes, i), line->program) == 0)
      program = i;
  gtk_drop_down_set_selected (self->program_drop, program);
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    if (levels[i] == line->level)
      gtk_drop_down_set_selected (self->level_drop, i);
  gtk_spin_button_set_value (self->classes_spin, line->planned_classes);
  gtk_spin_button_set_value (self->students_spin, line->planned_students);
}

/**
 * cohort_plan_row_dup_line:
 *
 * Returns: (transfer full): the line as the row shows it, digits still being
 *   typed included
 */
CohortPlanLine *
cohort_plan_row_dup_line (CohortPlanRow *self)
{
  g_return_val_if_fail (COHORT_IS_PLAN_ROW (self), NULL);

  gtk_spin_button_update (self->classes_spin);
  gtk_spin_button_update (self->students_spin);
  return cohort_plan_line_new (cohort_choices_code (self->program_codes,
                                                    gtk_drop_down_get_selected (self->program_drop)),
                               cohort_plan_row_level_at (gtk_drop_down_get_selected (self->level_drop)),
                               gtk_spin_button_get_value_as_int (self->classes_spin),
                               gtk_spin_button_get_value_as_int (self->students_spin));
}

/**
 * cohort_plan_row_set_problem:
 *
 * Marks the program and level of a line the plan cannot take as they are.
 */
void
cohort_plan_row_set_problem (CohortPlanRow *self,
                             gboolean       problem)
{
  GtkWidget *widgets[] = { GTK_WIDGET (self->program_drop), GTK_WIDGET (self->level_drop) };

  g_return_if_fail (COHORT_IS_PLAN_ROW (self));

  for (guint i = 0; i < G_N_ELEMENTS (widgets); i++)
    {
      if (problem)
        gtk_widget_add_css_class (widgets[i], "error");
      else
        gtk_widget_remove_css_class (widgets[i], "error");
    }
}

/**
 * cohort_plan_row_add_to_groups:
 *
 * Puts the columns of the row in the size groups of the column headings, so
 * that they line up.
 */
void
cohort_plan_row_add_to_groups (CohortPlanRow *self,
                               GtkSizeGroup  *level,
                               GtkSizeGroup  *classes,
                               GtkSizeGroup  *students,
                               GtkSizeGroup  *button)
{
  g_return_if_fail (COHORT_IS_PLAN_ROW (self));

  gtk_size_group_add_widget (level, GTK_WIDGET (self->level_drop));
  gtk_size_group_add_widget (classes, GTK_WIDGET (self->classes_spin));
  gtk_size_group_add_widget (students, GTK_WIDGET (self->students_spin));
  gtk_size_group_add_widget (button, self->remove_button);
}

void
cohort_plan_row_focus (CohortPlanRow *self)
{
  g_return_if_fail (COHORT_IS_PLAN_ROW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->program_drop));
}

/**
 * cohort_plan_row_level_at:
 * @position: a position in the level drop-down
 *
 * Returns: the level shown there: province, district, commune, then not set
 */
CohortLevel
cohort_plan_row_level_at (guint position)
{
  return position < G_N_ELEMENTS (levels) ? levels[position] : COHORT_LEVEL_UNKNOWN;
}

guint
cohort_plan_row_n_levels (void)
{
  return G_N_ELEMENTS (levels);
}
