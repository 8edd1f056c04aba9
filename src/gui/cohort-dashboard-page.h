/* cohort-dashboard-page.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-page.h"

G_BEGIN_DECLS

#define COHORT_TYPE_DASHBOARD_PAGE (cohort_dashboard_page_get_type ())

G_DECLARE_FINAL_TYPE (CohortDashboardPage, cohort_dashboard_page, COHORT, DASHBOARD_PAGE, CohortPage)

const char *cohort_dashboard_page_get_tile_text (CohortDashboardPage *self,
                                                 const char          *tile);
guint       cohort_dashboard_page_get_n_years   (CohortDashboardPage *self);

G_END_DECLS
