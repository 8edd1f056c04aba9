/* cohort-person-details.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The values of a person the window shows, in the order it shows them, with
 * their titles and how each is written: shared by the person page and the
 * merge window.
 */
#pragma once

#include "cohort-store.h"

G_BEGIN_DECLS

typedef enum
{
  COHORT_DETAIL_GROUP_NAME,
  COHORT_DETAIL_GROUP_LAO,
  COHORT_DETAIL_GROUP_PERSONAL,
  COHORT_DETAIL_GROUP_WORK,
  COHORT_DETAIL_GROUP_PARTY,
  COHORT_N_DETAIL_GROUPS
} CohortDetailGroup;

guint        cohort_person_details_count  (void);
const char  *cohort_person_detail_key     (guint         detail);
const char  *cohort_person_detail_title   (guint         detail);
CohortDetailGroup cohort_person_detail_group (guint      detail);
char        *cohort_person_detail_format  (guint         detail,
                                           CohortStore  *store,
                                           CohortPerson *person);
gboolean     cohort_person_detail_equal   (guint         detail,
                                           CohortPerson *a,
                                           CohortPerson *b);
gboolean     cohort_person_detail_is_empty (guint        detail,
                                           CohortPerson *person);
void         cohort_person_detail_copy    (guint         detail,
                                           CohortPerson *from,
                                           CohortPerson *to);

G_END_DECLS
