/* bench-dashboard.c: the principal's dashboard on a large database, in the
 * real page: the first frame, then the time from a filter change to the
 * frame drawn with the new figures (tiles and five charts), over twelve
 * filter changes (p50, p95, worst), next to what the figures cost alone
 * (cohort_store_get_dashboard () and the charts built) and to a plain
 * GROUP BY over the enrolments giving the same sums, in the same run.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bench-common.h"

#include <adwaita.h>
#include <sqlite3.h>
#include <stdio.h>

#include "cohort-dashboard-charts.h"
#include "cohort-dashboard-page.h"
#include "cohort-i18n.h"
#include "cohort-platform.h"

typedef struct
{
  int         from, to;
  gint64      host;
  const char *program;
} Filter;

static const Filter filters[] = {
  { 0, 0, 0, NULL }, { 2020, 2024, 0, NULL }, { 0, 0, COHORT_HOST_DISTRICT_CENTRES, NULL },
  { 0, 0, 0, "TCLLCT" }, { 2024, 2024, 0, NULL }, { 2018, 2022, COHORT_HOST_DISTRICT_CENTRES, "SCLLCT" },
  { 0, 0, 1, NULL }, { 2016, 2026, 1, "BD_DVM" }, { 2025, 2026, 0, "TCLLCT_LAO" },
  { 0, 0, 0, "BD_DT4" }, { 2019, 2019, 0, NULL }, { 0, 0, 0, NULL },
};

static void
wait_draw (GtkWidget *widget)
{
  gtk_widget_queue_draw (widget);
  gtk_test_widget_wait_for_draw (widget);
}

/* The same sums straight from the enrolments: what the tally saves. */
static double
plain_group_by (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  double t0 = bench_now_ms ();
  gint64 sum = 0;

  sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  sqlite3_prepare_v2 (db,
                      "SELECT c.year, c.program_type, c.level, c.status, c.lao_province_code, "
                      "count(DISTINCT c.id), count(e.id) FILTER (WHERE e.status <> 'withdrawn'), "
                      "count(e.id) FILTER (WHERE e.status = 'graduated'), "
                      "count(e.id) FILTER (WHERE e.status = 'not-graduated'), "
                      "count(e.id) FILTER (WHERE e.status = 'graduated' AND e.band = 'excellent'), "
                      "count(e.id) FILTER (WHERE e.status = 'graduated' AND e.band = 'very-good'), "
                      "count(e.id) FILTER (WHERE e.status = 'graduated' AND e.band = 'good'), "
                      "count(e.id) FILTER (WHERE e.status = 'graduated' AND e.band = 'fairly-good'), "
                      "count(e.id) FILTER (WHERE e.status = 'graduated' AND e.band = 'average') "
                      "FROM class c JOIN org_unit o ON o.id = c.org_unit_id "
                      "LEFT JOIN enrolment e ON e.class_id = c.id "
                      "GROUP BY 1, 2, 3, 4, 5", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    sum += sqlite3_column_int64 (stmt, 6);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert (sum > 0);
  return bench_now_ms () - t0;
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = NULL;
  g_autoptr(GArray) page_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) data_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) plain_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) redraw_times = g_array_new (FALSE, FALSE, sizeof (double));
  CohortDashboardPage *page;
  CohortStoreCounts counts;
  GtkWidget *window;
  double t0, first;

  if (argc != 2)
    {
      fprintf (stderr, "usage: bench-dashboard DB\n");
      return 2;
    }
  cohort_platform_init ();
  cohort_i18n_init (NULL);
  cohort_fonts_init ();
  gtk_init ();
  adw_init ();

  store = cohort_store_open (argv[1], &error);
  if (store == NULL || !cohort_store_get_counts (store, &counts, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  page = g_object_new (COHORT_TYPE_DASHBOARD_PAGE, NULL);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  wait_draw (window);

  t0 = bench_now_ms ();
  cohort_page_set_store (COHORT_PAGE (page), store);
  wait_draw (window);
  first = bench_now_ms () - t0;

  for (guint round = 0; round < 3; round++)
    for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
      {
        const Filter *f = &filters[i];
        CohortDashboardFilter filter = COHORT_DASHBOARD_FILTER_INIT;
        g_autoptr(CohortDashboard) d = NULL;
        g_autoptr(GPtrArray) charts = NULL;
        double t;

        /* the figures alone */
        filter.from_year = f->from;
        filter.to_year = f->to;
        filter.host_id = f->host;
        filter.program = f->program;
        t = bench_now_ms ();
        d = cohort_store_get_dashboard (store, &filter, &error);
        charts = cohort_dashboard_build_charts (d);
        t = bench_now_ms () - t;
        g_array_append_val (data_times, t);

        /* the page: drop-downs set, figures read, tiles and charts drawn */
        t = bench_now_ms ();
        if (!cohort_dashboard_page_set_filter (page, f->from, f->to, f->host, f->program))
          g_error ("filter %u not among the choices", i);
        wait_draw (window);
        t = bench_now_ms () - t;
        g_array_append_val (page_times, t);
        if (g_getenv ("BENCH_VERBOSE"))
          printf ("  filter %u: figures %.1f ms, page %.1f ms\n", i,
                  g_array_index (data_times, double, data_times->len - 1), t);
      }
  /* what any frame of this window costs with the renderer in use: nothing changed, all drawn again */
  for (guint i = 0; i < 20; i++)
    {
      double t = bench_now_ms ();

      wait_draw (window);
      t = bench_now_ms () - t;
      g_array_append_val (redraw_times, t);
    }
  for (guint i = 0; i < 5; i++)
    {
      double t = plain_group_by (argv[1]);

      g_array_append_val (plain_times, t);
    }

  printf ("database: %lld people, %lld classes, %lld enrolments\n", (long long) counts.people,
          (long long) counts.classes, (long long) counts.enrolments);
  printf ("first frame of the page: %.1f ms\n", first);
  printf ("filter change to frame drawn (%u changes): p50 %.1f ms, p95 %.1f ms, worst %.1f ms\n",
          page_times->len, bench_percentile (page_times, 0.5), bench_percentile (page_times, 0.95),
          bench_percentile (page_times, 1.0));
  printf ("the same window drawn again, nothing changed: p50 %.1f ms\n", bench_percentile (redraw_times, 0.5));
  printf ("figures alone (cohort_store_get_dashboard + charts): p50 %.1f ms, p95 %.1f ms\n",
          bench_percentile (data_times, 0.5), bench_percentile (data_times, 0.95));
  printf ("plain GROUP BY over the enrolments, same sums: median %.1f ms (best %.1f ms)\n",
          bench_percentile (plain_times, 0.5), bench_percentile (plain_times, 0.0));
  printf ("RSS: %ld MB\n", bench_rss_mb ("VmRSS:"));
  return 0;
}
