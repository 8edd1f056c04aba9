/* cohort-import-rejects.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-import-plan.h"

G_BEGIN_DECLS

gboolean cohort_import_plan_write_rejects (CohortImportPlan  *plan,
                                           const char        *source_path,
                                           const char        *path,
                                           GCancellable      *cancellable,
                                           GError           **error);

G_END_DECLS
