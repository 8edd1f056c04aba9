/* cohort-classes-page.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-page.h"

G_BEGIN_DECLS

#define COHORT_TYPE_CLASSES_PAGE (cohort_classes_page_get_type ())

G_DECLARE_FINAL_TYPE (CohortClassesPage, cohort_classes_page, COHORT, CLASSES_PAGE, CohortPage)

GListModel *cohort_classes_page_get_model (CohortClassesPage *self);

G_END_DECLS
