/* cohort-cli.h: what the commands of cohort-cli share.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-store.h"

G_BEGIN_DECLS

gboolean cohort_cli_parse_options (const char    *command,
                                   GOptionEntry  *entries,
                                   int           *argc,
                                   char        ***argv,
                                   GError       **error);
int      cohort_cli_import        (CohortStore   *store,
                                   int            argc,
                                   char         **argv,
                                   GError       **error);
int      cohort_cli_imports       (CohortStore   *store,
                                   int            argc,
                                   char         **argv,
                                   GError       **error);
int      cohort_cli_import_template (CohortStore *store,
                                   int            argc,
                                   char         **argv,
                                   GError       **error);
int      cohort_cli_export        (CohortStore   *store,
                                   int            argc,
                                   char         **argv,
                                   GError       **error);
int      cohort_cli_stats         (CohortStore   *store,
                                   int            argc,
                                   char         **argv,
                                   GError       **error);
gboolean cohort_cli_dashboard_filter (CohortStore *store,
                                   const char    *host,
                                   const char    *program,
                                   CohortDashboardFilter *filter,
                                   GError       **error);
int      cohort_cli_plan          (CohortStore   *store,
                                   int            argc,
                                   char         **argv,
                                   GError       **error);
int      cohort_cli_settings      (CohortStore   *store,
                                   int            argc,
                                   char         **argv,
                                   GError       **error);

G_END_DECLS
