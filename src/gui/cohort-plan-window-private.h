/* cohort-plan-window-private.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the files of CohortPlanWindow only: cohort-plan-window.c (the
 * plan chosen, read and saved) and cohort-plan-window-lines.c (its lines).
 */
#pragma once

#include "cohort-plan-row.h"
#include "cohort-plan-window.h"

G_BEGIN_DECLS

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

static inline CohortPlanRow *
nth_row (CohortPlanWindow *self,
         guint             index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->lines_list, (int) index);

  return row ? COHORT_PLAN_ROW (row) : NULL;
}

void       _cohort_plan_window_show_error            (CohortPlanWindow *self,
                                                      const char       *message);
void       _cohort_plan_window_hide_error            (CohortPlanWindow *self);

/* cohort-plan-window-lines.c: the lines of the plan */
GPtrArray *_cohort_plan_window_read_lines            (CohortPlanWindow *self);
char      *_cohort_plan_window_describe_lines        (CohortPlanWindow *self);
void       _cohort_plan_window_mark_problem_rows     (CohortPlanWindow *self,
                                                      GPtrArray        *lines);
void       _cohort_plan_window_show_lines            (CohortPlanWindow *self,
                                                      GPtrArray        *lines);
void       _cohort_plan_window_add_line_action       (GtkWidget        *widget,
                                                      const char       *action_name,
                                                      GVariant         *parameter);
void       _cohort_plan_window_copy_last_year_action (GtkWidget        *widget,
                                                      const char       *action_name,
                                                      GVariant         *parameter);

G_END_DECLS
