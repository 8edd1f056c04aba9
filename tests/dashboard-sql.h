/* dashboard-sql.h: the dashboard's figures counted again with plain SQL over
 * the enrolments (not the per-class tally), to compare with what Cohort shows.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "cohort-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64 classes_running;
  gint64 classes_finished;
  gint64 classes_planned;
  gint64 students;
  gint64 graduates;
  gint64 finished_students;   /* of finished classes: what graduates are a share of */
  gint64 lao_students;
  gint64 plan_classes;
  gint64 plan_students;
} DashboardSqlTiles;

void dashboard_sql_tiles        (sqlite3                     *db,
                                 const CohortDashboardFilter *filter,
                                 int                          from_year,
                                 int                          to_year,
                                 DashboardSqlTiles           *tiles);
void dashboard_sql_check_charts (sqlite3                     *db,
                                 const CohortDashboardFilter *filter,
                                 int                          from_year,
                                 int                          to_year,
                                 GPtrArray                   *charts);

G_END_DECLS
