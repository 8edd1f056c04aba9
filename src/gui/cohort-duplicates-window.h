/* cohort-duplicates-window.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-merge-window.h"
#include "cohort-store.h"

G_BEGIN_DECLS

#define COHORT_TYPE_DUPLICATES_WINDOW (cohort_duplicates_window_get_type ())

/* The pairs the duplicate finder proposes, each to compare and merge. */
G_DECLARE_FINAL_TYPE (CohortDuplicatesWindow, cohort_duplicates_window, COHORT, DUPLICATES_WINDOW, AdwWindow)

CohortDuplicatesWindow *cohort_duplicates_window_new          (GtkWindow              *parent,
                                                               CohortStore            *store);
void                    cohort_duplicates_window_refresh      (CohortDuplicatesWindow *self);
gboolean                cohort_duplicates_window_is_searching (CohortDuplicatesWindow *self);
GListModel             *cohort_duplicates_window_get_model    (CohortDuplicatesWindow *self);
CohortMergeWindow      *cohort_duplicates_window_compare      (CohortDuplicatesWindow *self,
                                                               guint                   position);
AdwToast               *cohort_duplicates_window_get_last_toast (CohortDuplicatesWindow *self);

G_END_DECLS
