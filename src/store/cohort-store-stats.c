/* cohort-store-stats.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Training statistics. A class counts in the year it starts; enrolments and
 * students count every enrolment that was not withdrawn; "students" are
 * distinct persons; the level is the level of cadres the class is for.
 */
#define G_LOG_DOMAIN "cohort-store"

#include "config.h"

#include <string.h>

#include "cohort-store-private.h"

void
cohort_stats_row_free (CohortStatsRow *row)
{
  if (row == NULL)
    return;
  g_free (row->program);
  g_free (row->program_name);
  g_free (row);
}

void
cohort_lao_province_row_free (CohortLaoProvinceRow *row)
{
  if (row == NULL)
    return;
  g_free (row->code);
  g_free (row->name_lo);
  g_free (row->name_vi);
  g_free (row->name_en);
  g_free (row);
}

/* Reads rows of (year, program, program name, level, classes, students,
 * enrolments) from a bound statement. */
static GPtrArray *
collect_stats_rows (CohortStore   *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_stats_row_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CohortStatsRow *row = g_new0 (CohortStatsRow, 1);

      row->year = sqlite3_column_int (stmt, 0);
      row->program = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      row->program_name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      row->level = cohort_level_from_string ((const char *) sqlite3_column_text (stmt, 3));
      row->classes = sqlite3_column_int64 (stmt, 4);
      row->students = sqlite3_column_int64 (stmt, 5);
      row->enrolments = sqlite3_column_int64 (stmt, 6);
      g_ptr_array_add (rows, row);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

/**
 * cohort_store_get_stats:
 * @from_year: first year, or 0
 * @to_year: last year, or 0
 *
 * Returns: (transfer full) (element-type CohortStatsRow): one row per year,
 *   program type and level that has classes, in year, program and level order
 */
GPtrArray *
cohort_store_get_stats (CohortStore  *self,
                        int           from_year,
                        int           to_year,
                        GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  stmt = _cohort_store_prepare (self,
                                "SELECT c.year, c.program_type, pt.short_name, c.level, "
                                "count(DISTINCT c.id), count(DISTINCT e.person_id), count(e.id) "
                                "FROM class c JOIN program_type pt ON pt.code = c.program_type "
                                "LEFT JOIN enrolment e ON e.class_id = c.id AND e.status <> 'withdrawn' "
                                "WHERE c.year BETWEEN ?1 AND ?2 "
                                "GROUP BY c.year, c.program_type, c.level "
                                "ORDER BY c.year, pt.sort_order, "
                                "CASE c.level WHEN 'province' THEN 1 WHEN 'district' THEN 2 "
                                "WHEN 'commune' THEN 3 ELSE 4 END", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, from_year > 0 ? from_year : 0);
  sqlite3_bind_int (stmt, 2, to_year > 0 ? to_year : 9999);
  return collect_stats_rows (self, stmt, error);
}

/**
 * cohort_store_get_stats_by_year:
 *
 * Returns: (transfer full) (element-type CohortStatsRow): one row per year,
 *   newest first, with the classes, distinct students and enrolments of the
 *   year (program and level unset), in one pass over the enrolments
 */
GPtrArray *
cohort_store_get_stats_by_year (CohortStore  *self,
                                GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  stmt = _cohort_store_prepare (self,
                                "SELECT c.year, NULL, NULL, 'unknown', count(DISTINCT c.id), "
                                "count(DISTINCT e.person_id), count(e.id) FROM class c "
                                "LEFT JOIN enrolment e ON e.class_id = c.id AND e.status <> 'withdrawn' "
                                "GROUP BY c.year ORDER BY c.year DESC", error);
  if (stmt == NULL)
    return NULL;
  return collect_stats_rows (self, stmt, error);
}

/**
 * cohort_store_get_stats_totals:
 * @totals: (out caller-allocates): classes, distinct students and enrolments of the period
 */
gboolean
cohort_store_get_stats_totals (CohortStore     *self,
                               int              from_year,
                               int              to_year,
                               CohortStatsRow  *totals,
                               GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);

  stmt = _cohort_store_prepare (self,
                                "SELECT (SELECT count(*) FROM class WHERE year BETWEEN ?1 AND ?2), "
                                "count(DISTINCT e.person_id), count(e.id) "
                                "FROM enrolment e JOIN class c ON c.id = e.class_id "
                                "WHERE e.status <> 'withdrawn' AND c.year BETWEEN ?1 AND ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, from_year > 0 ? from_year : 0);
  sqlite3_bind_int (stmt, 2, to_year > 0 ? to_year : 9999);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      memset (totals, 0, sizeof *totals);
      totals->classes = sqlite3_column_int64 (stmt, 0);
      totals->students = sqlite3_column_int64 (stmt, 1);
      totals->enrolments = sqlite3_column_int64 (stmt, 2);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return _cohort_store_set_error (self, rc, error);
  return TRUE;
}

/**
 * cohort_store_get_lao_provinces:
 *
 * Returns: (transfer full) (element-type CohortLaoProvinceRow): the 18 Lao
 *   provinces with the Lao cohorts and cadres trained from each
 */
GPtrArray *
cohort_store_get_lao_provinces (CohortStore  *self,
                                GError      **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_lao_province_row_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  stmt = _cohort_store_prepare (self,
                                "SELECT lp.code, lp.name_lo, lp.name_vi, lp.name_en, "
                                "count(DISTINCT c.id), count(DISTINCT e.person_id) "
                                "FROM lao_province lp "
                                "LEFT JOIN class c ON c.lao_province_code = lp.code "
                                "LEFT JOIN enrolment e ON e.class_id = c.id AND e.status <> 'withdrawn' "
                                "GROUP BY lp.code ORDER BY lp.code", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CohortLaoProvinceRow *row = g_new0 (CohortLaoProvinceRow, 1);

      row->code = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      row->name_lo = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      row->name_vi = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      row->name_en = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      row->classes = sqlite3_column_int64 (stmt, 4);
      row->students = sqlite3_column_int64 (stmt, 5);
      g_ptr_array_add (rows, row);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}
