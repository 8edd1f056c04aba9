/* cohort-class-editor.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-store.h"

G_BEGIN_DECLS

#define COHORT_TYPE_CLASS_EDITOR (cohort_class_editor_get_type ())

/* Creates or edits a class; checks it as the user types. */
G_DECLARE_FINAL_TYPE (CohortClassEditor, cohort_class_editor, COHORT, CLASS_EDITOR, AdwWindow)

CohortClassEditor *cohort_class_editor_new        (GtkWindow         *parent,
                                                   CohortStore       *store,
                                                   CohortClass       *klass);
gboolean           cohort_class_editor_save       (CohortClassEditor *self);
const char        *cohort_class_editor_get_error  (CohortClassEditor *self);
gboolean           cohort_class_editor_can_save   (CohortClassEditor *self);
void               cohort_class_editor_set_text   (CohortClassEditor *self,
                                                   const char        *key,
                                                   const char        *text);
GListModel        *cohort_class_editor_get_choices (CohortClassEditor *self,
                                                   const char        *key);

G_END_DECLS
