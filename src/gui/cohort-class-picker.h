/* cohort-class-picker.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-store.h"

G_BEGIN_DECLS

#define COHORT_TYPE_CLASS_PICKER (cohort_class_picker_get_type ())

/* Picks one class, found by its code; the newest come first. */
G_DECLARE_FINAL_TYPE (CohortClassPicker, cohort_class_picker, COHORT, CLASS_PICKER, AdwWindow)

CohortClassPicker *cohort_class_picker_new          (GtkWindow         *parent,
                                                     CohortStore       *store,
                                                     const char        *title,
                                                     gint64             except_class_id);
void               cohort_class_picker_search       (CohortClassPicker *self,
                                                     const char        *code);
GListModel        *cohort_class_picker_get_model    (CohortClassPicker *self);
CohortClass       *cohort_class_picker_get_selected (CohortClassPicker *self);
void               cohort_class_picker_select       (CohortClassPicker *self,
                                                     guint              position);
void               cohort_class_picker_pick         (CohortClassPicker *self);

G_END_DECLS
