/* cohort-classes-page.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-class-editor.h"
#include "cohort-page.h"
#include "cohort-roster-view.h"

G_BEGIN_DECLS

#define COHORT_TYPE_CLASSES_PAGE (cohort_classes_page_get_type ())

G_DECLARE_FINAL_TYPE (CohortClassesPage, cohort_classes_page, COHORT, CLASSES_PAGE, CohortPage)

GListModel       *cohort_classes_page_get_model        (CohortClassesPage *self);
void              cohort_classes_page_open_roster      (CohortClassesPage *self,
                                                        CohortClass       *klass);
CohortRosterView *cohort_classes_page_get_roster_view  (CohortClassesPage *self);
const char       *cohort_classes_page_get_visible_view (CohortClassesPage *self);
CohortClassEditor *cohort_classes_page_new_class       (CohortClassesPage *self);
void              cohort_classes_page_set_filter       (CohortClassesPage *self,
                                                        const char        *code,
                                                        int                year);
AdwToast         *cohort_classes_page_get_last_toast   (CohortClassesPage *self);

G_END_DECLS
