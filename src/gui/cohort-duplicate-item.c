/* cohort-duplicate-item.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-duplicate-item"

#include "cohort-duplicate-item.h"

struct _CohortDuplicateItem
{
  GObject               parent_instance;

  CohortPerson         *first;
  CohortPerson         *second;
  CohortDuplicateReason reason;
};

G_DEFINE_FINAL_TYPE (CohortDuplicateItem, cohort_duplicate_item, G_TYPE_OBJECT)

static void
cohort_duplicate_item_dispose (GObject *object)
{
  CohortDuplicateItem *self = COHORT_DUPLICATE_ITEM (object);

  g_clear_object (&self->first);
  g_clear_object (&self->second);

  G_OBJECT_CLASS (cohort_duplicate_item_parent_class)->dispose (object);
}

static void
cohort_duplicate_item_class_init (CohortDuplicateItemClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cohort_duplicate_item_dispose;
}

static void
cohort_duplicate_item_init (CohortDuplicateItem *self)
{
}

CohortDuplicateItem *
cohort_duplicate_item_new (const CohortDuplicatePair *pair)
{
  CohortDuplicateItem *self = g_object_new (COHORT_TYPE_DUPLICATE_ITEM, NULL);

  self->first = g_object_ref (pair->first);
  self->second = g_object_ref (pair->second);
  self->reason = pair->reason;
  return self;
}

/* Returns: (transfer none): the older record */
CohortPerson *
cohort_duplicate_item_get_first (CohortDuplicateItem *self)
{
  g_return_val_if_fail (COHORT_IS_DUPLICATE_ITEM (self), NULL);
  return self->first;
}

/* Returns: (transfer none) */
CohortPerson *
cohort_duplicate_item_get_second (CohortDuplicateItem *self)
{
  g_return_val_if_fail (COHORT_IS_DUPLICATE_ITEM (self), NULL);
  return self->second;
}

CohortDuplicateReason
cohort_duplicate_item_get_reason (CohortDuplicateItem *self)
{
  g_return_val_if_fail (COHORT_IS_DUPLICATE_ITEM (self), 0);
  return self->reason;
}
