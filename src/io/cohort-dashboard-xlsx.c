#include "cohort-dashboard-xlsx.h"
gboolean cohort_dashboard_write_xlsx (CohortStore *store, const CohortDashboardFilter *filter, GDate *date, const char *path, GError **error) { g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "stub"); return FALSE; }
