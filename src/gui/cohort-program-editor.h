/* cohort-program-editor.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-store.h"

G_BEGIN_DECLS

#define COHORT_TYPE_PROGRAM_EDITOR (cohort_program_editor_get_type ())

/* Adds a program or course the school runs, or changes one: its code, names,
 * level of training, credential, and whether it is graded, for Lao cadres,
 * run by the school. */
G_DECLARE_FINAL_TYPE (CohortProgramEditor, cohort_program_editor, COHORT, PROGRAM_EDITOR, AdwWindow)

CohortProgramEditor *cohort_program_editor_new        (GtkWindow           *parent,
                                                       CohortStore         *store,
                                                       const CohortProgram *program);
gboolean             cohort_program_editor_save       (CohortProgramEditor *self);
gboolean             cohort_program_editor_can_save   (CohortProgramEditor *self);
const char          *cohort_program_editor_get_error  (CohortProgramEditor *self);
void                 cohort_program_editor_set_text   (CohortProgramEditor *self,
                                                       const char          *key,
                                                       const char          *text);
void                 cohort_program_editor_set_choice (CohortProgramEditor *self,
                                                       CohortTrainingLevel  level,
                                                       CohortCredential     credential);
void                 cohort_program_editor_set_switch (CohortProgramEditor *self,
                                                       const char          *key,
                                                       gboolean             active);
gboolean             cohort_program_editor_can_delete (CohortProgramEditor *self);
AdwMessageDialog    *cohort_program_editor_delete     (CohortProgramEditor *self);

G_END_DECLS
