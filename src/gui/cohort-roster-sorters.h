/* cohort-roster-sorters.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What a roster column sorts by. */
typedef enum
{
  COHORT_ROSTER_SORT_NUMBER,
  COHORT_ROSTER_SORT_NAME,        /* roster order: given, middle, family name */
  COHORT_ROSTER_SORT_BIRTH_DATE,
  COHORT_ROSTER_SORT_GENDER,
  COHORT_ROSTER_SORT_ETHNICITY,
  COHORT_ROSTER_SORT_POSITION,
  COHORT_ROSTER_SORT_UNIT,
  COHORT_ROSTER_SORT_LEVEL,
  COHORT_ROSTER_SORT_PARTY_DATE,
  COHORT_ROSTER_SORT_STATUS,
} CohortRosterSort;

GtkSorter *cohort_roster_sorter_new (CohortRosterSort by);

G_END_DECLS
