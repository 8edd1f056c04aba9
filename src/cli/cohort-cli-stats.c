/* cohort-cli-stats.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `cohort-cli stats --json`: the dashboard's figures, built by the same code
 * as the page, so the two always agree.
 */
#define G_LOG_DOMAIN "cohort-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "cohort-cli.h"
#include "cohort-dashboard-charts.h"

/**
 * cohort_cli_dashboard_filter:
 * @host: (nullable): "all", "centres" (every district political centre) or
 *   an org unit's id
 * @program: (nullable): a program type code
 *
 * Fills the host and program of @filter, checking them against the database.
 */
gboolean
cohort_cli_dashboard_filter (CohortStore            *store,
                             const char             *host,
                             const char             *program,
                             CohortDashboardFilter  *filter,
                             GError                **error)
{
  if (host == NULL || g_str_equal (host, "all"))
    filter->host_id = 0;
  else if (g_str_equal (host, "centres") || g_str_equal (host, "centers"))
    filter->host_id = COHORT_HOST_DISTRICT_CENTRES;
  else
    {
      g_autoptr(GPtrArray) hosts = cohort_store_list_choices (store, COHORT_CHOICE_HOST, error);
      gboolean found = FALSE;

      if (hosts == NULL)
        return FALSE;
      for (guint i = 0; i < hosts->len && !found; i++)
        {
          CohortChoice *choice = g_ptr_array_index (hosts, i);

          if (g_str_equal (choice->code, host))
            {
              filter->host_id = g_ascii_strtoll (choice->code, NULL, 10);
              found = TRUE;
            }
        }
      if (!found)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("There is no host “%s”. Give “all”, “centres” or the number of a host "
                         "(cohort-cli classes shows them)."), host);
          return FALSE;
        }
    }

  filter->program = NULL;
  if (program != NULL)
    {
      g_autoptr(GPtrArray) programs = cohort_store_list_choices (store, COHORT_CHOICE_PROGRAM, error);

      if (programs == NULL)
        return FALSE;
      for (guint i = 0; i < programs->len; i++)
        {
          CohortChoice *choice = g_ptr_array_index (programs, i);

          if (g_str_equal (choice->code, program))
            filter->program = program;
        }
      if (filter->program == NULL)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("There is no program type “%s”. Give its code, e.g. TCLLCT."), program);
          return FALSE;
        }
    }
  return TRUE;
}

int
cohort_cli_stats (CohortStore  *store,
                  int           argc,
                  char        **argv,
                  GError      **error)
{
  gboolean json = FALSE;
  int from = 0, to = 0;
  g_autofree char *host = NULL;
  g_autofree char *program = NULL;
  CohortDashboardFilter filter = COHORT_DASHBOARD_FILTER_INIT;
  g_autoptr(CohortDashboard) dashboard = NULL;
  g_autoptr(GPtrArray) charts = NULL;
  g_autofree char *text = NULL;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "from", 0, 0, G_OPTION_ARG_INT, &from, N_("First year"), "YEAR" },
    { "to", 0, 0, G_OPTION_ARG_INT, &to, N_("Last year"), "YEAR" },
    { "host", 0, 0, G_OPTION_ARG_STRING, &host, N_("all, centres, or the number of a host"), "HOST" },
    { "program", 0, 0, G_OPTION_ARG_STRING, &program, N_("A program type code, e.g. TCLLCT"), "CODE" },
    { NULL }
  };

  if (!cohort_cli_parse_options ("stats", entries, &argc, &argv, error))
    return 2;
  if (!json)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("stats writes JSON only: add --json"));
      return 2;
    }
  if (from < 0 || to < 0 || (from > 0 && to > 0 && to < from))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("The years are not a period: give --from before --to, e.g. --from 2020 --to 2025."));
      return 2;
    }
  if (!cohort_cli_dashboard_filter (store, host, program, &filter, error))
    return 2;
  filter.from_year = from;
  filter.to_year = to;

  dashboard = cohort_store_get_dashboard (store, &filter, error);
  if (dashboard == NULL)
    return 1;
  charts = cohort_dashboard_build_charts (dashboard);
  text = cohort_dashboard_dup_json (dashboard, &filter, charts);
  fputs (text, stdout);
  return 0;
}
