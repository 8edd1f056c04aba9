#pragma once
#include "cohort-store.h"
gboolean cohort_dashboard_write_pdf (CohortStore *store, const CohortDashboardFilter *filter, GDate *date, const char *path, GError **error);
