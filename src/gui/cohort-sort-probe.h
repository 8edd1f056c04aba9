/* cohort-sort-probe.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define COHORT_TYPE_SORT_PROBE (cohort_sort_probe_get_type ())

/* A column sorter that sorts nothing: it tells which column of a column view
 * the user sorts by, for lists sorted in SQL. */
G_DECLARE_FINAL_TYPE (CohortSortProbe, cohort_sort_probe, COHORT, SORT_PROBE, GtkSorter)

CohortSortProbe *cohort_sort_probe_new      (int            key,
                                             int           *last_called);
gboolean         cohort_sort_probe_read     (GtkSorter     *view_sorter,
                                             int           *last_called,
                                             int           *key,
                                             gboolean      *descending);

G_END_DECLS
