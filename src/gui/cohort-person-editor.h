/* cohort-person-editor.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-store.h"

G_BEGIN_DECLS

#define COHORT_TYPE_PERSON_EDITOR (cohort_person_editor_get_type ())

/* A window to create a person or change one: checks every value as it is
 * typed, and warns before saving someone who may already be recorded. */
G_DECLARE_FINAL_TYPE (CohortPersonEditor, cohort_person_editor, COHORT, PERSON_EDITOR, AdwWindow)

CohortPersonEditor *cohort_person_editor_new                  (GtkWindow          *parent,
                                                               CohortStore        *store,
                                                               CohortPerson       *person);
gboolean            cohort_person_editor_save                 (CohortPersonEditor *self);

/* For tests */
GtkWidget          *cohort_person_editor_get_save_button      (CohortPersonEditor *self);
void                cohort_person_editor_set_field_text       (CohortPersonEditor *self,
                                                               const char         *key,
                                                               const char         *text);
const char         *cohort_person_editor_get_field_text       (CohortPersonEditor *self,
                                                               const char         *key);
const char         *cohort_person_editor_get_error            (CohortPersonEditor *self,
                                                               const char         *key);
AdwMessageDialog   *cohort_person_editor_get_duplicate_dialog (CohortPersonEditor *self);
const char         *cohort_person_editor_get_refusal          (CohortPersonEditor *self,
                                                               const char         *key);
GtkEditable        *cohort_person_editor_get_row              (CohortPersonEditor *self,
                                                               const char         *key);

G_END_DECLS
