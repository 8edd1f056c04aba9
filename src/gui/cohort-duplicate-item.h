/* cohort-duplicate-item.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cohort-store.h"

G_BEGIN_DECLS

#define COHORT_TYPE_DUPLICATE_ITEM (cohort_duplicate_item_get_type ())

/* A pair the duplicate finder proposes, as a row of the list of duplicates. */
G_DECLARE_FINAL_TYPE (CohortDuplicateItem, cohort_duplicate_item, COHORT, DUPLICATE_ITEM, GObject)

CohortDuplicateItem  *cohort_duplicate_item_new        (const CohortDuplicatePair *pair);
CohortPerson         *cohort_duplicate_item_get_first  (CohortDuplicateItem *self);
CohortPerson         *cohort_duplicate_item_get_second (CohortDuplicateItem *self);
CohortDuplicateReason cohort_duplicate_item_get_reason (CohortDuplicateItem *self);

G_END_DECLS
