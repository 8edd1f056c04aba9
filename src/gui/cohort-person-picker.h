/* cohort-person-picker.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-store.h"

G_BEGIN_DECLS

#define COHORT_TYPE_PERSON_PICKER (cohort_person_picker_get_type ())

/* Finds people in the whole database and picks one or more of them. */
G_DECLARE_FINAL_TYPE (CohortPersonPicker, cohort_person_picker, COHORT, PERSON_PICKER, AdwWindow)

CohortPersonPicker *cohort_person_picker_new          (GtkWindow          *parent,
                                                       CohortStore        *store,
                                                       const char         *title);
void                cohort_person_picker_search       (CohortPersonPicker *self,
                                                       const char         *query);
gboolean            cohort_person_picker_is_searching (CohortPersonPicker *self);
GtkSelectionModel  *cohort_person_picker_get_selection (CohortPersonPicker *self);
GArray             *cohort_person_picker_dup_selected (CohortPersonPicker *self);
void                cohort_person_picker_pick         (CohortPersonPicker *self);
void                cohort_person_picker_set_single   (CohortPersonPicker *self,
                                                       const char         *button_label,
                                                       const char         *hint);

G_END_DECLS
