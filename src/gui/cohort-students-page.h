/* cohort-students-page.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-page.h"

G_BEGIN_DECLS

#define COHORT_TYPE_STUDENTS_PAGE (cohort_students_page_get_type ())

G_DECLARE_FINAL_TYPE (CohortStudentsPage, cohort_students_page, COHORT, STUDENTS_PAGE, CohortPage)

void        cohort_students_page_focus_search (CohortStudentsPage *self);
void        cohort_students_page_search       (CohortStudentsPage *self,
                                               const char         *query);
GListModel *cohort_students_page_get_model    (CohortStudentsPage *self);
gboolean    cohort_students_page_is_searching (CohortStudentsPage *self);

G_END_DECLS
