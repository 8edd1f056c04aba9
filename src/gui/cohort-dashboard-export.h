/* cohort-dashboard-export.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cohort-chart.h"
#include "cohort-store.h"

G_BEGIN_DECLS

GdkTexture *cohort_dashboard_chart_texture (CohortChart                 *chart);
void        cohort_dashboard_copy_chart    (GtkWidget                   *widget,
                                            CohortChart                 *chart);
void        cohort_dashboard_save_chart    (GtkWidget                   *widget,
                                            CohortChart                 *chart);
void        cohort_dashboard_export        (GtkWidget                   *widget,
                                            CohortStore                 *store,
                                            const CohortDashboardFilter *filter,
                                            const char                  *format);
gboolean    cohort_dashboard_export_to     (GtkWidget                   *widget,
                                            CohortStore                 *store,
                                            const CohortDashboardFilter *filter,
                                            const char                  *path,
                                            GError                     **error);

G_END_DECLS
