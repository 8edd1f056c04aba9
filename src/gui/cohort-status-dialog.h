/* cohort-status-dialog.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-store.h"

G_BEGIN_DECLS

#define COHORT_TYPE_STATUS_DIALOG (cohort_status_dialog_get_type ())

/* Asked when students are withdrawn or deferred: since when, under which
 * decision, why. Responses "cancel" and "apply". */
G_DECLARE_FINAL_TYPE (CohortStatusDialog, cohort_status_dialog, COHORT, STATUS_DIALOG, AdwMessageDialog)

CohortStatusDialog *cohort_status_dialog_new      (GtkWindow          *parent,
                                                   const char         *status,
                                                   const char         *class_code,
                                                   GPtrArray          *names);
const char         *cohort_status_dialog_get_status (CohortStatusDialog *self);
void                cohort_status_dialog_set_text (CohortStatusDialog *self,
                                                   const char         *field,
                                                   const char         *text);
gboolean            cohort_status_dialog_get_note (CohortStatusDialog *self,
                                                   CohortStatusNote   *note);
const char         *cohort_status_dialog_get_error (CohortStatusDialog *self);

G_END_DECLS
