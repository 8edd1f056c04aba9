/* cohort-import-item.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row of the import preview: a list row read from the file, borrowed from
 * the CohortImportPlan that owns it (the preview drops its items before the plan).
 */
#define G_LOG_DOMAIN "cohort-import-item"

#include "config.h"

#include "cohort-import-item.h"

struct _CohortImportItem
{
  GObject          parent_instance;

  CohortImportRow *row;
};

G_DEFINE_FINAL_TYPE (CohortImportItem, cohort_import_item, G_TYPE_OBJECT)

static void
cohort_import_item_class_init (CohortImportItemClass *klass)
{
}

static void
cohort_import_item_init (CohortImportItem *self)
{
}

CohortImportItem *
cohort_import_item_new (CohortImportRow *row)
{
  CohortImportItem *self = g_object_new (COHORT_TYPE_IMPORT_ITEM, NULL);

  self->row = row;
  return self;
}

CohortImportRow *
cohort_import_item_get_row (CohortImportItem *self)
{
  g_return_val_if_fail (COHORT_IS_IMPORT_ITEM (self), NULL);
  return self->row;
}

CohortImportRowStatus
cohort_import_item_get_status (CohortImportItem *self)
{
  g_return_val_if_fail (COHORT_IS_IMPORT_ITEM (self), COHORT_IMPORT_ROW_REJECTED);

  if (cohort_import_row_is_rejected (self->row))
    return COHORT_IMPORT_ROW_REJECTED;
  return self->row->existing != 0 ? COHORT_IMPORT_ROW_LINKED : COHORT_IMPORT_ROW_NEW;
}
