/* cohort-person-view.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-person-editor.h"
#include "cohort-person-picker.h"
#include "cohort-store.h"

G_BEGIN_DECLS

#define COHORT_TYPE_PERSON_VIEW (cohort_person_view_get_type ())

/* One person: every recorded value and the classes they were enrolled in. */
G_DECLARE_FINAL_TYPE (CohortPersonView, cohort_person_view, COHORT, PERSON_VIEW, AdwBin)

gboolean      cohort_person_view_show_person (CohortPersonView  *self,
                                              CohortStore       *store,
                                              gint64             person_id,
                                              GError           **error);
CohortPerson *cohort_person_view_get_person  (CohortPersonView  *self);
CohortPersonEditor *cohort_person_view_edit  (CohortPersonView  *self);
CohortPersonPicker *cohort_person_view_merge_with (CohortPersonView *self);
AdwToast     *cohort_person_view_get_last_toast (CohortPersonView *self);

/* For tests */
GListModel   *cohort_person_view_get_history (CohortPersonView  *self);
const char   *cohort_person_view_get_value   (CohortPersonView  *self,
                                              const char        *key);
void          cohort_person_view_set_back_tooltip (CohortPersonView *self,
                                                   const char       *tooltip);

G_END_DECLS
