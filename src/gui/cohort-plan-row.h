/* cohort-plan-row.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-store.h"

G_BEGIN_DECLS

#define COHORT_TYPE_PLAN_ROW (cohort_plan_row_get_type ())

/* One line of an annual plan in the plan editor: program, level, planned
 * classes and students, and a button that removes it. */
G_DECLARE_FINAL_TYPE (CohortPlanRow, cohort_plan_row, COHORT, PLAN_ROW, GtkListBoxRow)

CohortPlanRow  *cohort_plan_row_new             (GListModel    *program_names,
                                                 GPtrArray     *program_codes);
void            cohort_plan_row_set_line        (CohortPlanRow *self,
                                                 const CohortPlanLine *line);
CohortPlanLine *cohort_plan_row_dup_line        (CohortPlanRow *self);
void            cohort_plan_row_set_problem     (CohortPlanRow *self,
                                                 gboolean       problem);
void            cohort_plan_row_add_to_groups   (CohortPlanRow *self,
                                                 GtkSizeGroup  *level,
                                                 GtkSizeGroup  *classes,
                                                 GtkSizeGroup  *students,
                                                 GtkSizeGroup  *button);
void            cohort_plan_row_focus           (CohortPlanRow *self);
CohortLevel     cohort_plan_row_level_at        (guint          position);
guint           cohort_plan_row_n_levels        (void);

G_END_DECLS
