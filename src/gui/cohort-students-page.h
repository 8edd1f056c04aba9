/* cohort-students-page.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-page.h"
#include "cohort-person-view.h"

G_BEGIN_DECLS

#define COHORT_TYPE_STUDENTS_PAGE (cohort_students_page_get_type ())

G_DECLARE_FINAL_TYPE (CohortStudentsPage, cohort_students_page, COHORT, STUDENTS_PAGE, CohortPage)

void        cohort_students_page_focus_search (CohortStudentsPage *self);
void        cohort_students_page_search       (CohortStudentsPage *self,
                                               const char         *query);
GListModel *cohort_students_page_get_model    (CohortStudentsPage *self);
gboolean    cohort_students_page_is_searching (CohortStudentsPage *self);
void        cohort_students_page_new_person   (CohortStudentsPage *self);
void        cohort_students_page_open_person  (CohortStudentsPage *self,
                                               gint64              person_id);
void        cohort_students_page_open_person_from (CohortStudentsPage *self,
                                                   gint64              person_id,
                                                   const char         *back_page,
                                                   const char         *back_tooltip);
const char *cohort_students_page_get_visible_view (CohortStudentsPage *self);
CohortPersonView *cohort_students_page_get_person_view (CohortStudentsPage *self);
GtkColumnView *cohort_students_page_get_column_view (CohortStudentsPage *self);
void        cohort_students_page_set_filter    (CohortStudentsPage       *self,
                                                const CohortPersonFilter *filter);
void        cohort_students_page_clear_filters (CohortStudentsPage       *self);
gboolean    cohort_students_page_has_filters   (CohortStudentsPage       *self);
GtkWidget  *cohort_students_page_get_clear_button (CohortStudentsPage    *self);

G_END_DECLS
