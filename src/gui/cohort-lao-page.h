/* cohort-lao-page.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-page.h"

G_BEGIN_DECLS

#define COHORT_TYPE_LAO_PAGE (cohort_lao_page_get_type ())

G_DECLARE_FINAL_TYPE (CohortLaoPage, cohort_lao_page, COHORT, LAO_PAGE, CohortPage)

guint cohort_lao_page_get_n_provinces (CohortLaoPage *self);
guint cohort_lao_page_get_n_cohorts   (CohortLaoPage *self);

G_END_DECLS
