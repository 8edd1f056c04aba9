/* cohort-import-item.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cohort-import-plan.h"

G_BEGIN_DECLS

#define COHORT_TYPE_IMPORT_ITEM (cohort_import_item_get_type ())

G_DECLARE_FINAL_TYPE (CohortImportItem, cohort_import_item, COHORT, IMPORT_ITEM, GObject)

/* What an import will do with a row of the list. */
typedef enum
{
  COHORT_IMPORT_ROW_NEW,       /* a person Cohort does not have yet */
  COHORT_IMPORT_ROW_LINKED,    /* stands for a person already in Cohort */
  COHORT_IMPORT_ROW_REJECTED,  /* left out for the problems of its cells */
} CohortImportRowStatus;

CohortImportItem      *cohort_import_item_new        (CohortImportRow  *row);
CohortImportRow       *cohort_import_item_get_row    (CohortImportItem *self);
CohortImportRowStatus  cohort_import_item_get_status (CohortImportItem *self);

G_END_DECLS
