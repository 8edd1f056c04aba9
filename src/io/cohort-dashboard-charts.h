/* cohort-dashboard-charts.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-chart.h"
#include "cohort-store.h"

G_BEGIN_DECLS

typedef enum
{
  COHORT_DASHBOARD_CHART_PROGRAMS,   /* students per year by program type */
  COHORT_DASHBOARD_CHART_LEVELS,     /* students by level */
  COHORT_DASHBOARD_CHART_PLAN,       /* plan and actual per program, plan year */
  COHORT_DASHBOARD_CHART_RESULTS,    /* graduation classification per year */
  COHORT_DASHBOARD_CHART_LAO,        /* Lao students per partner province and year */
  COHORT_DASHBOARD_N_CHARTS
} CohortDashboardChart;

/* The rates of the dashboard, each with what it divides by. */
typedef enum
{
  COHORT_DASHBOARD_RATE_PLAN_CLASSES,    /* classes held of the classes planned */
  COHORT_DASHBOARD_RATE_PLAN_STUDENTS,   /* students of the students planned */
  COHORT_DASHBOARD_RATE_GRADUATES,       /* graduates of the students of finished classes */
} CohortDashboardRate;

GPtrArray *cohort_dashboard_build_charts      (const CohortDashboard        *dashboard);
double     cohort_dashboard_get_rate          (const CohortDashboard        *dashboard,
                                               CohortDashboardRate           rate,
                                               gint64                       *base);
char      *cohort_dashboard_dup_rate_text     (CohortDashboardRate           rate,
                                               const char                   *percent,
                                               gint64                        base);
double     cohort_dashboard_plan_percent      (gint64                        actual,
                                               gint64                        planned);
char      *cohort_dashboard_dup_json          (const CohortDashboard        *dashboard,
                                               const CohortDashboardFilter  *filter,
                                               GPtrArray                    *charts);
void       cohort_dashboard_narrow_filter     (CohortDashboardFilter        *filter,
                                               const CohortDashboard        *dashboard,
                                               CohortChart                  *chart,
                                               guint                         series,
                                               guint                         category);
const char *cohort_lao_province_row_get_name  (const CohortLaoProvinceRow   *row);
const char *cohort_result_get_name            (CohortResult                  result);

G_END_DECLS
