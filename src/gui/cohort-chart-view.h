/* cohort-chart-view.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cohort-chart.h"

G_BEGIN_DECLS

#define COHORT_TYPE_CHART_VIEW (cohort_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (CohortChartView, cohort_chart_view, COHORT, CHART_VIEW, GtkWidget)

GtkWidget   *cohort_chart_view_new             (void);
CohortChart *cohort_chart_view_get_chart       (CohortChartView *self);
void         cohort_chart_view_set_chart       (CohortChartView *self,
                                                CohortChart     *chart);
char        *cohort_chart_view_dup_description (CohortChartView *self);
char        *cohort_chart_view_dup_tooltip_at  (CohortChartView *self,
                                                double           x,
                                                double           y);
gboolean     cohort_chart_view_find_value      (CohortChartView *self,
                                                guint            series,
                                                guint            category,
                                                double          *x,
                                                double          *y);
gboolean     cohort_chart_view_click_at        (CohortChartView *self,
                                                double           x,
                                                double           y);

G_END_DECLS
