/* cohort-dashboard-page.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-chart-view.h"
#include "cohort-page.h"

G_BEGIN_DECLS

#define COHORT_TYPE_DASHBOARD_PAGE (cohort_dashboard_page_get_type ())

G_DECLARE_FINAL_TYPE (CohortDashboardPage, cohort_dashboard_page, COHORT, DASHBOARD_PAGE, CohortPage)

const char      *cohort_dashboard_page_get_tile_text  (CohortDashboardPage *self,
                                                       const char          *tile);
const CohortDashboard *cohort_dashboard_page_get_dashboard (CohortDashboardPage *self);
const CohortDashboardFilter *cohort_dashboard_page_get_filter (CohortDashboardPage *self);
CohortChartView *cohort_dashboard_page_get_chart_view (CohortDashboardPage *self,
                                                       guint                chart);
gboolean         cohort_dashboard_page_set_filter     (CohortDashboardPage *self,
                                                       int                  from_year,
                                                       int                  to_year,
                                                       gint64               host_id,
                                                       const char          *program);
GtkWindow       *cohort_dashboard_page_get_classes_window (CohortDashboardPage *self);

G_END_DECLS
