/* cohort-reports-page.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-page.h"

G_BEGIN_DECLS

#define COHORT_TYPE_REPORTS_PAGE (cohort_reports_page_get_type ())

G_DECLARE_FINAL_TYPE (CohortReportsPage, cohort_reports_page, COHORT, REPORTS_PAGE, CohortPage)

guint cohort_reports_page_get_n_rows (CohortReportsPage *self);

G_END_DECLS
