/* cohort-dashboard-report.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the training report holds, whatever its format: the letterhead of
 * the school's official documents, a title and the period and filters in
 * the language of the user interface, the dashboard's tiles and charts.
 */
#define G_LOG_DOMAIN "cohort-io"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cohort-dashboard-report.h"
#include "cohort-list-builder.h"
#include "cohort-number.h"

/**
 * cohort_dashboard_chart_get_short_name:
 *
 * Returns: a name of the chart short enough for a spreadsheet's tab (at most
 *   31 characters)
 */
const char *
cohort_dashboard_chart_get_short_name (CohortDashboardChart chart)
{
  switch (chart)
    {
    case COHORT_DASHBOARD_CHART_PROGRAMS:
      /* Translators: the name of a spreadsheet tab, at most 31 characters */
      return C_("sheet", "By program");
    case COHORT_DASHBOARD_CHART_LEVELS:
      /* Translators: the name of a spreadsheet tab, at most 31 characters */
      return C_("sheet", "By level");
    case COHORT_DASHBOARD_CHART_PLAN:
      /* Translators: the name of a spreadsheet tab, at most 31 characters */
      return C_("sheet", "Plan and actual");
    case COHORT_DASHBOARD_CHART_RESULTS:
      /* Translators: the name of a spreadsheet tab, at most 31 characters */
      return C_("sheet", "Graduation results");
    case COHORT_DASHBOARD_CHART_LAO:
    case COHORT_DASHBOARD_N_CHARTS:
    default:
      /* Translators: the name of a spreadsheet tab, at most 31 characters */
      return C_("sheet", "Lao students");
    }
}

/**
 * cohort_dashboard_dimension_get_name:
 * @dimension: a chart's category dimension ("year", "level", "program")
 *
 * Returns: the heading of the column that lists the chart's categories
 */
const char *
cohort_dashboard_dimension_get_name (const char *dimension)
{
  if (g_strcmp0 (dimension, "level") == 0)
    return C_("report", "Level of cadres");
  if (g_strcmp0 (dimension, "program") == 0)
    return C_("report", "Program");
  return C_("report", "Year");
}

static char *
host_name (CohortStore                  *store,
           const CohortDashboardFilter  *filter,
           GError                      **error)
{
  g_autoptr(GPtrArray) hosts = NULL;
  g_autofree char *code = NULL;

  if (filter->host_id == 0)
    /* Translators: in "Host: all", "Program: all" of the training report */
    return g_strdup (C_("report filter", "all"));
  if (filter->host_id == COHORT_HOST_DISTRICT_CENTRES)
    return g_strdup (C_("report filter", "district political centres"));

  hosts = cohort_store_list_choices (store, COHORT_CHOICE_HOST, error);
  if (hosts == NULL)
    return NULL;
  code = g_strdup_printf ("%" G_GINT64_FORMAT, filter->host_id);
  for (guint i = 0; i < hosts->len; i++)
    {
      CohortChoice *choice = g_ptr_array_index (hosts, i);

      if (g_strcmp0 (choice->code, code) == 0)
        return g_strdup (choice->name);
    }
  return g_strdup (code);
}

static char *
filters_line (CohortStore                  *store,
              const CohortDashboardFilter  *filter,
              const CohortDashboard        *dashboard,
              GError                      **error)
{
  g_autofree char *period = NULL;
  g_autofree char *host = NULL;
  g_autofree char *program = NULL;

  if (dashboard->from_year == dashboard->to_year)
    period = g_strdup_printf ("%d", dashboard->from_year);
  else
    period = g_strdup_printf ("%d–%d", dashboard->from_year, dashboard->to_year);
  if ((host = host_name (store, filter, error)) == NULL)
    return NULL;
  if (filter->program == NULL)
    program = g_strdup (C_("report filter", "all"));
  else if ((program = cohort_store_get_program_name (store, filter->program, error)) == NULL)
    return NULL;

  /* Translators: the line under the title of the training report: the years,
   * the host of the classes (or "all") and the program (or "all") */
  return g_strdup_printf (C_("report", "Period: %s · Host: %s · Program: %s"), period, host, program);
}

static void
set_tile (CohortDashboardTile *tile,
          const char          *label,
          gint64               value,
          gint64               plan)
{
  tile->label = label;
  tile->value = value;
  tile->plan = plan;
  tile->percent = -1;
}

/* The rate of a row, and the words that say what it divides by. */
static void
set_rate (CohortDashboardTile   *tile,
          const CohortDashboard *d,
          CohortDashboardRate    rate)
{
  g_autofree char *shown = NULL;
  g_autofree char *marked = NULL;
  g_auto(GStrv) parts = NULL;
  gint64 base;

  tile->percent = cohort_dashboard_get_rate (d, rate, &base);
  if (tile->percent < 0)
    return;
  shown = cohort_number_format_percent (tile->percent, 1);
  tile->rate_text = cohort_dashboard_dup_rate_text (rate, shown, base);
  /* The same words around a mark where the percentage goes */
  marked = cohort_dashboard_dup_rate_text (rate, "\x01", base);
  parts = g_strsplit (marked, "\x01", 2);
  tile->rate_prefix = g_strdup (parts[0]);
  tile->rate_suffix = g_strdup (parts[1] ? parts[1] : "");
}

static void
fill_tiles (CohortDashboardReport *report)
{
  const CohortDashboard *d = report->dashboard;
  CohortDashboardTile *t = report->tiles;

  set_tile (&t[0], C_("report", "Classes running"), d->classes_running, -1);
  set_tile (&t[1], C_("report", "Classes finished"), d->classes_finished, -1);
  set_tile (&t[2], C_("report", "Classes opened, not yet started"), d->classes_planned, -1);
  set_tile (&t[3], C_("report", "Classes held (running and finished)"), d->classes_running + d->classes_finished,
            d->plan_classes);
  set_rate (&t[3], d, COHORT_DASHBOARD_RATE_PLAN_CLASSES);
  set_tile (&t[4], C_("report", "Students"), d->students, d->plan_students);
  set_rate (&t[4], d, COHORT_DASHBOARD_RATE_PLAN_STUDENTS);
  set_tile (&t[5], C_("report", "Graduates"), d->graduates, -1);
  set_rate (&t[5], d, COHORT_DASHBOARD_RATE_GRADUATES);
  set_tile (&t[6], C_("report", "Lao students"), d->lao_students, -1);
}

/**
 * cohort_dashboard_report_new:
 * @store: the database
 * @filter: the period, host and program
 * @date: (nullable): the date under the national motto; %NULL for today
 * @error: why there is no report, in words for the user
 *
 * Returns: (transfer full) (nullable): the report;
 *   %COHORT_IO_ERROR_NOT_CONFIGURED when the school's name is not set (as for
 *   the lists), a store error otherwise
 */
CohortDashboardReport *
cohort_dashboard_report_new (CohortStore                  *store,
                             const CohortDashboardFilter  *filter,
                             GDate                        *date,
                             GError                      **error)
{
  g_autoptr(CohortDashboardReport) report = g_new0 (CohortDashboardReport, 1);

  g_return_val_if_fail (COHORT_IS_STORE (store), NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  report->letterhead = cohort_list_document_new (COHORT_LIST_KIND_ROSTER, 0);
  if (!cohort_list_document_set_letterhead (report->letterhead, store, date, error))
    return NULL;
  report->dashboard = cohort_store_get_dashboard (store, filter, error);
  if (report->dashboard == NULL)
    return NULL;
  report->charts = cohort_dashboard_build_charts (report->dashboard);
  report->filters = filters_line (store, filter, report->dashboard, error);
  if (report->filters == NULL)
    return NULL;
  /* Translators: the title of the report of the dashboard's figures, in
   * capitals as official documents write titles (BÁO CÁO KẾT QUẢ ĐÀO TẠO,
   * BỒI DƯỠNG) */
  report->title = g_strdup (_("TRAINING REPORT"));
  cohort_list_document_add_title (report->letterhead, report->title, COHORT_LIST_SCRIPT_VIETNAMESE);
  fill_tiles (report);
  return g_steal_pointer (&report);
}

void
cohort_dashboard_report_free (CohortDashboardReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->dashboard, cohort_dashboard_free);
  g_clear_pointer (&report->charts, g_ptr_array_unref);
  g_clear_pointer (&report->letterhead, cohort_list_document_free);
  for (guint i = 0; i < COHORT_DASHBOARD_N_TILES; i++)
    {
      g_free (report->tiles[i].rate_text);
      g_free (report->tiles[i].rate_prefix);
      g_free (report->tiles[i].rate_suffix);
    }
  g_free (report->title);
  g_free (report->filters);
  g_free (report);
}
