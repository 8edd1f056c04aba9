/* cohort-plan-window.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-store.h"

G_BEGIN_DECLS

#define COHORT_TYPE_PLAN_WINDOW (cohort_plan_window_get_type ())

/* The annual plan of a year and host (the school or a centre): classes and
 * students planned per program and level, saved as a whole. */
G_DECLARE_FINAL_TYPE (CohortPlanWindow, cohort_plan_window, COHORT, PLAN_WINDOW, AdwWindow)

CohortPlanWindow *cohort_plan_window_new          (GtkWindow        *parent,
                                                   CohortStore      *store,
                                                   int               year,
                                                   gint64            host_id);
int               cohort_plan_window_get_year     (CohortPlanWindow *self);
gint64            cohort_plan_window_get_host_id  (CohortPlanWindow *self);
gboolean          cohort_plan_window_save         (CohortPlanWindow *self);
gboolean          cohort_plan_window_has_changes  (CohortPlanWindow *self);

/* What tests drive and read, as a person would. */
guint             cohort_plan_window_get_n_lines  (CohortPlanWindow *self);
CohortPlanLine   *cohort_plan_window_dup_line     (CohortPlanWindow *self,
                                                   guint             index);
void              cohort_plan_window_set_line     (CohortPlanWindow *self,
                                                   guint             index,
                                                   const char       *program,
                                                   CohortLevel       level,
                                                   int               planned_classes,
                                                   int               planned_students);
void              cohort_plan_window_remove_line  (CohortPlanWindow *self,
                                                   guint             index);
void              cohort_plan_window_set_year     (CohortPlanWindow *self,
                                                   int               year);
void              cohort_plan_window_set_host     (CohortPlanWindow *self,
                                                   gint64            host_id);
void              cohort_plan_window_get_totals   (CohortPlanWindow *self,
                                                   int              *classes,
                                                   int              *students);
const char       *cohort_plan_window_get_error    (CohortPlanWindow *self);
const char       *cohort_plan_window_get_view     (CohortPlanWindow *self);
AdwMessageDialog *cohort_plan_window_get_question (CohortPlanWindow *self);

G_END_DECLS
