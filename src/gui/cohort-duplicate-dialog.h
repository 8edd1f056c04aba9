/* cohort-duplicate-dialog.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-person.h"

G_BEGIN_DECLS

#define COHORT_TYPE_DUPLICATE_DIALOG (cohort_duplicate_dialog_get_type ())

/* The question asked before saving a person who may already be recorded:
 * responses "cancel", "open" (the first match) and "save" (anyway). */
G_DECLARE_FINAL_TYPE (CohortDuplicateDialog, cohort_duplicate_dialog, COHORT, DUPLICATE_DIALOG,
                      AdwMessageDialog)

CohortDuplicateDialog *cohort_duplicate_dialog_new         (GtkWindow             *parent,
                                                            CohortPerson          *person,
                                                            GPtrArray             *matches);
CohortPerson          *cohort_duplicate_dialog_get_person  (CohortDuplicateDialog *self);
CohortPerson          *cohort_duplicate_dialog_get_match   (CohortDuplicateDialog *self);

G_END_DECLS
