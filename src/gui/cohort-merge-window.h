/* cohort-merge-window.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-store.h"

G_BEGIN_DECLS

#define COHORT_TYPE_MERGE_WINDOW (cohort_merge_window_get_type ())

/* Two records of one person side by side: the values that differ with a
 * choice for each, those they share once, and what happens to their
 * classes; Merge keeps one record with the values chosen. */
G_DECLARE_FINAL_TYPE (CohortMergeWindow, cohort_merge_window, COHORT, MERGE_WINDOW, AdwWindow)

CohortMergeWindow *cohort_merge_window_new           (GtkWindow          *parent,
                                                      CohortStore        *store,
                                                      gint64              keep_id,
                                                      gint64              other_id,
                                                      GError            **error);
gint64             cohort_merge_window_get_keep_id   (CohortMergeWindow  *self);
gint64             cohort_merge_window_get_other_id  (CohortMergeWindow  *self);
void               cohort_merge_window_swap          (CohortMergeWindow  *self);
GStrv              cohort_merge_window_dup_differing (CohortMergeWindow  *self);
gboolean           cohort_merge_window_choose        (CohortMergeWindow  *self,
                                                      const char         *key,
                                                      gboolean            from_other);
guint              cohort_merge_window_get_n_classes_notes (CohortMergeWindow *self);
const char        *cohort_merge_window_get_classes_note (CohortMergeWindow *self,
                                                      guint               i);
gboolean           cohort_merge_window_merge         (CohortMergeWindow  *self);
CohortRosterUndo  *cohort_merge_window_steal_undo    (CohortMergeWindow  *self);
const char        *cohort_merge_window_get_error     (CohortMergeWindow  *self);

G_END_DECLS
