/* cohort-dashboard-xlsx.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-store.h"

G_BEGIN_DECLS

gboolean cohort_dashboard_write_xlsx (CohortStore                  *store,
                                      const CohortDashboardFilter  *filter,
                                      GDate                        *date,
                                      const char                   *path,
                                      GError                      **error);

G_END_DECLS
