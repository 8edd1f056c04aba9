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
void     cohort_cli_append_person_json (GString  *out,
                                   CohortPerson  *person);
gboolean cohort_cli_print_person  (CohortPerson  *person,
                                   GString       *out);
int      cohort_cli_people_correction (CohortStore *store,
                                   int            argc,
                                   char         **argv,
                                   GError       **error);
int      cohort_cli_enrolments    (CohortStore   *store,
                                   int            argc,
                                   char         **argv,
                                   GError       **error);
int      cohort_cli_classes_delete (CohortStore  *store,
                                   int            argc,
                                   char         **argv,
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
int      cohort_cli_classes       (CohortStore   *store,
                                   int            argc,
                                   char         **argv,
                                   GError       **error);
int      cohort_cli_hosts         (CohortStore   *store,
                                   int            argc,
                                   char         **argv,
                                   GError       **error);
int      cohort_cli_programs      (CohortStore   *store,
                                   int            argc,
                                   char         **argv,
                                   GError       **error);
gboolean cohort_cli_parse_date    (const char    *option,
                                   const char    *text,
                                   char         **iso,
                                   GError       **error);

G_END_DECLS
