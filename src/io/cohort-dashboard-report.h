/* cohort-dashboard-report.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-dashboard-charts.h"
#include "cohort-list-document.h"
#include "cohort-store.h"

G_BEGIN_DECLS

/* One row of the report's table of figures. */
typedef struct
{
  const char *label;       /* translated */
  gint64      value;
  gint64      plan;        /* -1: the figure has no plan */
  double      percent;     /* the rate, to one decimal; -1 when none */
  char       *rate_text;   /* the rate and what it divides by: "64% of 25,000 planned students" */
  char       *rate_prefix; /* rate_text before and after the percentage, for a spreadsheet's */
  char       *rate_suffix; /*   number format: "", " of 25,000 planned students" */
} CohortDashboardTile;

#define COHORT_DASHBOARD_N_TILES 7

/* The dashboard as the PDF and the .xlsx hand it on: the school's letterhead
 * and signers, a title, the period and filters in words, the tiles and the
 * five charts, built once so that the two files say the same. */
typedef struct
{
  CohortDashboard     *dashboard;
  GPtrArray           *charts;        /* CohortChart, in CohortDashboardChart order */
  CohortListDocument  *letterhead;    /* no table: the header lines, place and date, signers */
  char                *title;         /* "TRAINING REPORT", translated */
  char                *filters;       /* "Period: 2021–2025 · Host: all · Program: all" */
  CohortDashboardTile  tiles[COHORT_DASHBOARD_N_TILES];
} CohortDashboardReport;

CohortDashboardReport *cohort_dashboard_report_new       (CohortStore                  *store,
                                                          const CohortDashboardFilter  *filter,
                                                          GDate                        *date,
                                                          GError                      **error);
void                   cohort_dashboard_report_free      (CohortDashboardReport        *report);
const char            *cohort_dashboard_chart_get_short_name (CohortDashboardChart     chart);
const char            *cohort_dashboard_dimension_get_name (const char                *dimension);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CohortDashboardReport, cohort_dashboard_report_free)

G_END_DECLS
