/* dashboard-sql.c: see dashboard-sql.h.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "cohort-chart.h"
#include "dashboard-sql.h"

/* The classes of the period, host and program, as a WHERE clause on class c
 * joined with org_unit o. */
static char *
where_classes (const CohortDashboardFilter *f,
               int                          from_year,
               int                          to_year)
{
  GString *w = g_string_new (NULL);

  g_string_append_printf (w, "c.year >= %d AND c.year <= %d", from_year, to_year);
  if (f->host_id == COHORT_HOST_DISTRICT_CENTRES)
    g_string_append (w, " AND o.kind = 'district-centre'");
  else if (f->host_id > 0)
    g_string_append_printf (w, " AND c.org_unit_id = %" G_GINT64_FORMAT, f->host_id);
  if (f->program != NULL)
    g_string_append_printf (w, " AND c.program_type = '%s'", f->program);
  return g_string_free (w, FALSE);
}

static char *
where_plan (const CohortDashboardFilter *f,
            int                          from_year,
            int                          to_year)
{
  GString *w = g_string_new (NULL);

  g_string_append_printf (w, "p.year >= %d AND p.year <= %d", from_year, to_year);
  if (f->host_id == COHORT_HOST_DISTRICT_CENTRES)
    g_string_append (w, " AND o.kind = 'district-centre'");
  else if (f->host_id > 0)
    g_string_append_printf (w, " AND p.org_unit_id = %" G_GINT64_FORMAT, f->host_id);
  if (f->program != NULL)
    g_string_append_printf (w, " AND p.program_type = '%s'", f->program);
  return g_string_free (w, FALSE);
}

static gint64
scalar (sqlite3    *db,
        const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

void
dashboard_sql_tiles (sqlite3                     *db,
                     const CohortDashboardFilter *f,
                     int                          from_year,
                     int                          to_year,
                     DashboardSqlTiles           *t)
{
  g_autofree char *w = where_classes (f, from_year, to_year);
  g_autofree char *wp = where_plan (f, from_year, to_year);
  g_autofree char *q = NULL;

#define COUNT_CLASSES(status) \
  (q = g_strdup_printf ("SELECT count(*) FROM class c JOIN org_unit o ON o.id = c.org_unit_id " \
                        "WHERE %s AND c.status = '" status "'", w), scalar (db, q))
#define COUNT_ENROLMENTS(cond) \
  (q = g_strdup_printf ("SELECT count(*) FROM enrolment e JOIN class c ON c.id = e.class_id " \
                        "JOIN org_unit o ON o.id = c.org_unit_id WHERE %s " \
                        "AND c.status IN ('running', 'finished') AND " cond, w), scalar (db, q))

  t->classes_running = COUNT_CLASSES ("running");
  g_free (q);
  t->classes_finished = COUNT_CLASSES ("finished");
  g_free (q);
  t->classes_planned = COUNT_CLASSES ("planned");
  g_free (q);
  t->students = COUNT_ENROLMENTS ("e.status <> 'withdrawn'");
  g_free (q);
  t->graduates = COUNT_ENROLMENTS ("e.status = 'graduated'");
  g_free (q);
  t->finished_students = COUNT_ENROLMENTS ("e.status <> 'withdrawn' AND c.status = 'finished'");
  g_free (q);
  t->lao_students = COUNT_ENROLMENTS ("e.status <> 'withdrawn' AND c.lao_province_code IS NOT NULL");
  g_free (q);
  q = g_strdup_printf ("SELECT total (planned_classes) FROM plan p JOIN org_unit o ON o.id = p.org_unit_id "
                       "WHERE %s", wp);
  t->plan_classes = scalar (db, q);
  g_free (q);
  q = g_strdup_printf ("SELECT total (planned_students) FROM plan p JOIN org_unit o ON o.id = p.org_unit_id "
                       "WHERE %s", wp);
  t->plan_students = scalar (db, q);
#undef COUNT_CLASSES
#undef COUNT_ENROLMENTS
}

static CohortChart *
find_chart (GPtrArray  *charts,
            const char *id)
{
  for (guint i = 0; i < charts->len; i++)
    if (g_str_equal (cohort_chart_get_id (g_ptr_array_index (charts, i)), id))
      return g_ptr_array_index (charts, i);
  g_assert_not_reached ();
}

static int
find_category (CohortChart *chart,
               const char  *key)
{
  for (guint c = 0; c < cohort_chart_get_n_categories (chart); c++)
    if (g_strcmp0 (cohort_chart_get_category_key (chart, c), key) == 0)
      return c;
  return -1;
}

static int
find_series (CohortChart *chart,
             const char  *key)
{
  for (guint s = 0; s < cohort_chart_get_n_series (chart); s++)
    if (g_strcmp0 (cohort_chart_get_series_key (chart, s), key) == 0)
      return s;
  return -1;
}

/* Every (category, series, value) row of @sql is in @chart with that value;
 * @series_key stands for the series when the query gives none. Returns the
 * sum of the rows. */
static gint64
check_rows (sqlite3     *db,
            CohortChart *chart,
            const char  *sql,
            const char  *series_key)
{
  sqlite3_stmt *stmt = NULL;
  gint64 sum = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *category = (const char *) sqlite3_column_text (stmt, 0);
      const char *series = series_key ? series_key : (const char *) sqlite3_column_text (stmt, 1);
      gint64 value = sqlite3_column_int64 (stmt, 2);
      int c = find_category (chart, category);
      int s = find_series (chart, series);

      if (value == 0)
        continue;
      if (c < 0 || s < 0)
        g_error ("%s: no category %s / series %s for %" G_GINT64_FORMAT, cohort_chart_get_id (chart),
                 category, series, value);
      g_assert_cmpint (cohort_chart_get_value (chart, s, c), ==, value);
      sum += value;
    }
  sqlite3_finalize (stmt);
  return sum;
}

static gint64
series_total (CohortChart *chart,
              const char  *key)
{
  int s = find_series (chart, key);
  gint64 total = 0;

  g_assert_cmpint (s, >=, 0);
  for (guint c = 0; c < cohort_chart_get_n_categories (chart); c++)
    total += cohort_chart_get_value (chart, s, c);
  return total;
}

void
dashboard_sql_check_charts (sqlite3                     *db,
                            const CohortDashboardFilter *f,
                            int                          from_year,
                            int                          to_year,
                            GPtrArray                   *charts)
{
  g_autofree char *w = where_classes (f, from_year, to_year);
  g_autofree char *wp = where_plan (f, to_year, to_year);
  g_autofree char *wy = where_classes (f, to_year, to_year);
  const char *from = "FROM enrolment e JOIN class c ON c.id = e.class_id JOIN org_unit o ON o.id = c.org_unit_id "
                     "JOIN program_type pt ON pt.code = c.program_type";
  const char *ran = "c.status IN ('running', 'finished')";
  CohortChart *chart;
  g_autofree char *q = NULL;
  gint64 sum;

  chart = find_chart (charts, "students-by-program");
  g_assert_cmpuint (cohort_chart_get_n_categories (chart), ==, to_year - from_year + 1);
  q = g_strdup_printf ("SELECT c.year, c.program_type, count(*) %s WHERE %s AND %s AND e.status <> 'withdrawn' "
                       "GROUP BY 1, 2", from, w, ran);
  sum = check_rows (db, chart, q, NULL);
  g_assert_cmpint (sum, ==, cohort_chart_get_total (chart));
  g_free (q);

  chart = find_chart (charts, "students-by-level");
  q = g_strdup_printf ("SELECT c.level, NULL, count(*) %s WHERE %s AND %s AND e.status <> 'withdrawn' "
                       "GROUP BY 1", from, w, ran);
  sum = check_rows (db, chart, q, "students");
  g_assert_cmpint (sum, ==, cohort_chart_get_total (chart));
  g_free (q);

  chart = find_chart (charts, "plan-vs-actual");
  q = g_strdup_printf ("SELECT p.program_type, NULL, sum (p.planned_students) FROM plan p "
                       "JOIN org_unit o ON o.id = p.org_unit_id WHERE %s GROUP BY 1", wp);
  g_assert_cmpint (check_rows (db, chart, q, "planned"), ==, series_total (chart, "planned"));
  g_free (q);
  q = g_strdup_printf ("SELECT c.program_type, NULL, count(*) %s WHERE %s AND %s AND e.status <> 'withdrawn' "
                       "GROUP BY 1", from, wy, ran);
  g_assert_cmpint (check_rows (db, chart, q, "actual"), ==, series_total (chart, "actual"));
  g_free (q);

  chart = find_chart (charts, "results-by-year");
  q = g_strdup_printf ("SELECT c.year, CASE WHEN e.status = 'not-graduated' THEN 'not-passed' ELSE e.band END, "
                       "count(*) %s WHERE %s AND %s AND pt.graded = 1 AND (e.status = 'not-graduated' OR "
                       "(e.status = 'graduated' AND e.band IN ('excellent', 'very-good', 'good', 'fairly-good', "
                       "'average'))) GROUP BY 1, 2", from, w, ran);
  sum = check_rows (db, chart, q, NULL);
  g_assert_cmpint (sum, ==, cohort_chart_get_total (chart));
  g_free (q);

  chart = find_chart (charts, "lao-by-province");
  q = g_strdup_printf ("SELECT c.year, c.lao_province_code, count(*) %s WHERE %s AND %s "
                       "AND e.status <> 'withdrawn' AND c.lao_province_code IS NOT NULL GROUP BY 1, 2",
                       from, w, ran);
  sum = check_rows (db, chart, q, NULL);
  g_assert_cmpint (sum, ==, cohort_chart_get_total (chart));
}
