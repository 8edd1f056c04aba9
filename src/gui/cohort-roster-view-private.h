/* cohort-roster-view-private.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the files of CohortRosterView only: the view itself
 * (cohort-roster-view.c) and what the office does with a roster
 * (cohort-roster-actions.c).
 */
#pragma once

#include "cohort-roster-view.h"

G_BEGIN_DECLS

struct _CohortRosterView
{
  AdwBin              parent_instance;

  /* Template widgets */
  GtkLabel           *title_label;
  GtkLabel           *subtitle_label;
  GtkSearchEntry     *filter_entry;
  GtkLabel           *count_label;
  GtkWidget          *close_class_button;
  GtkColumnView      *column_view;
  GtkColumnViewColumn *roster_no_column;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *birth_column;
  GtkColumnViewColumn *gender_column;
  GtkColumnViewColumn *ethnicity_column;
  GtkColumnViewColumn *position_column;
  GtkColumnViewColumn *unit_column;
  GtkColumnViewColumn *level_column;
  GtkColumnViewColumn *party_column;
  GtkColumnViewColumn *status_column;
  AdwToastOverlay    *toast_overlay;

  /* Owned references */
  CohortStore        *store;
  CohortClass        *klass;
  GListStore         *roster;     /* CohortEnrolment, in roster order */
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkMultiSelection  *selection;
  GtkCustomFilter    *filter;
  char               *folded_filter;
  AdwToast           *last_toast; /* weak */
};

/* cohort-roster-view.c */
guint    _cohort_roster_view_n_selected        (CohortRosterView *self);
GPtrArray *_cohort_roster_view_dup_selected   (CohortRosterView *self);
GArray  *_cohort_roster_view_dup_selected_ids  (CohortRosterView *self);
void     _cohort_roster_view_emit_changed      (CohortRosterView *self);
void     _cohort_roster_view_emit_closed       (CohortRosterView *self);

/* cohort-roster-actions.c */
void     _cohort_roster_view_install_actions   (GtkWidgetClass   *widget_class);
void     _cohort_roster_view_update_actions    (CohortRosterView *self);
void     _cohort_roster_view_show_error        (CohortRosterView *self,
                                                const GError     *error);

G_END_DECLS
