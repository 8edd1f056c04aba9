/* cohort-roster-view.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-store.h"

G_BEGIN_DECLS

#define COHORT_TYPE_ROSTER_VIEW (cohort_roster_view_get_type ())

/* The roster of one class: everyone enrolled, in roster order, and what the
 * office does with it. */
G_DECLARE_FINAL_TYPE (CohortRosterView, cohort_roster_view, COHORT, ROSTER_VIEW, AdwBin)

gboolean     cohort_roster_view_show_class    (CohortRosterView  *self,
                                               CohortStore       *store,
                                               CohortClass       *klass,
                                               GError           **error);
gboolean     cohort_roster_view_reload        (CohortRosterView  *self);
CohortClass *cohort_roster_view_get_class     (CohortRosterView  *self);
void         cohort_roster_view_set_filter    (CohortRosterView  *self,
                                               const char        *text);
GListModel  *cohort_roster_view_get_model     (CohortRosterView  *self);
GtkSelectionModel *cohort_roster_view_get_selection (CohortRosterView *self);
GtkColumnView *cohort_roster_view_get_column_view (CohortRosterView *self);
AdwToast    *cohort_roster_view_get_last_toast (CohortRosterView *self);
gboolean     cohort_roster_view_undo_last     (CohortRosterView  *self);

G_END_DECLS
