/* cohort-import-check.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-import-plan.h"
#include "cohort-store.h"

G_BEGIN_DECLS

/* What an import of a checked plan would do. */
typedef struct
{
  guint n_new;        /* people Cohort does not have yet */
  guint n_linked;     /* rows that stand for a person already in Cohort */
  guint n_rejected;   /* rows left out for their problems */
} CohortImportCounts;

gboolean cohort_import_plan_check  (CohortImportPlan       *plan,
                                    CohortStore            *store,
                                    CohortImportCountFunc   count_func,
                                    gpointer                user_data,
                                    GCancellable           *cancellable,
                                    GError                **error);
void     cohort_import_plan_count  (CohortImportPlan       *plan,
                                    CohortImportCounts     *counts);
guint    cohort_import_plan_column (CohortImportPlan       *plan,
                                    CohortColumnKind        kind);
GPtrArray *cohort_import_plan_accepted (CohortImportPlan   *plan,
                                        GArray            **existing);

G_END_DECLS
