/* cohort-store-dashboard.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The principal's dashboard: every figure of the page from one pass over the
 * classes of the period (class_tally holds each class's counts, kept by
 * triggers) and one over the annual plan, added up here.
 */
#define G_LOG_DOMAIN "cohort-store"

#include "config.h"

#include <string.h>

#include "cohort-store-private.h"

/* ?1 from, ?2 to, ?3 host, ?4 program, ?5 year, ?6 level, ?7 Lao province,
 * ?8 Lao only, ?9 graded only, on class c: the columns of index class_dashboard. */
#define DASHBOARD_WHERE \
  "c.year BETWEEN ?1 AND ?2 " \
  "AND (?3 = 0 OR c.org_unit_id = ?3 OR (?3 = -1 AND c.org_unit_id IN " \
  "(SELECT id FROM org_unit WHERE kind = 'district-centre'))) " \
  "AND (?4 IS NULL OR c.program_type = ?4) AND (?5 = 0 OR c.year = ?5) " \
  "AND (?6 IS NULL OR c.level = ?6) AND (?7 IS NULL OR c.lao_province_code = ?7) " \
  "AND (?8 = 0 OR c.lao_province_code IS NOT NULL) " \
  "AND (?9 = 0 OR c.program_type IN (SELECT code FROM program_type WHERE graded = 1)) "

static void
bind_filter (sqlite3_stmt                *stmt,
             const CohortDashboardFilter *filter,
             int                          from_year,
             int                          to_year)
{
  sqlite3_bind_int (stmt, 1, from_year);
  sqlite3_bind_int (stmt, 2, to_year);
  sqlite3_bind_int64 (stmt, 3, filter->host_id);
  sqlite3_bind_text (stmt, 4, filter->program, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, filter->year);
  if (filter->level >= 0)
    sqlite3_bind_text (stmt, 6, cohort_level_to_string (filter->level), -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 6);
  sqlite3_bind_text (stmt, 7, filter->lao_province, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 8, filter->lao_only || filter->lao_province != NULL);
  sqlite3_bind_int (stmt, 9, filter->graded_only);
}

/* The end of the period when none is given: this year, even when a class is
 * already planned for a later one (the principal reads this year's figures). */
static int
default_to_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now);
}

/**
 * cohort_store_get_year_span:
 * @first: (out): the first year with classes (this year if none)
 * @last: (out): the last year with classes (this year if none)
 */
gboolean
cohort_store_get_year_span (CohortStore  *self,
                            int          *first,
                            int          *last,
                            GError      **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);

  stmt = _cohort_store_prepare (self, "SELECT min (year), max (year) FROM class", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      *first = sqlite3_column_int (stmt, 0);
      *last = sqlite3_column_int (stmt, 1);
    }
  else
    *first = *last = g_date_time_get_year (now);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return _cohort_store_set_error (self, rc, error);
  return TRUE;
}

void
cohort_dashboard_free (CohortDashboard *dashboard)
{
  if (dashboard == NULL)
    return;
  g_clear_pointer (&dashboard->programs, g_ptr_array_unref);
  g_clear_pointer (&dashboard->lao_provinces, g_ptr_array_unref);
  g_free (dashboard->students_by_year_program);
  g_free (dashboard->classes_by_year_program);
  g_free (dashboard->plan_classes_by_program);
  g_free (dashboard->plan_students_by_program);
  g_free (dashboard->actual_classes_by_program);
  g_free (dashboard->actual_students_by_program);
  g_free (dashboard->results_by_year);
  g_free (dashboard->lao_students_by_year_province);
  g_free (dashboard);
}

/* One group of classes of the period, as the store adds them up. */
typedef struct
{
  int     year;
  int     program;        /* index in all_programs */
  int     level;          /* CohortLevel */
  int     status;         /* CohortClassStatus */
  int     lao_province;   /* index in all_provinces, or -1 */
  gboolean graded;
  gint64  classes;
  gint64  students;
  gint64  graduated;
  gint64  results[COHORT_N_RESULTS];
} Group;

static int
index_of (GPtrArray  *codes,
          const char *code)
{
  for (guint i = 0; code != NULL && i < codes->len; i++)
    if (g_str_equal (*(char **) g_ptr_array_index (codes, i), code))
      return (int) i;
  return -1;
}

static GPtrArray *
read_programs (CohortStore *self,
               GError     **error)
{
  g_autoptr(GPtrArray) programs = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_choice_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _cohort_store_prepare (self, "SELECT code, short_name FROM program_type ORDER BY sort_order, code",
                                error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CohortChoice *choice = g_new0 (CohortChoice, 1);

      choice->code = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      choice->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      g_ptr_array_add (programs, choice);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&programs);
}

static GPtrArray *
read_lao_provinces (CohortStore *self,
                    GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_lao_province_row_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _cohort_store_prepare (self, "SELECT code, name_lo, name_vi, name_en FROM lao_province ORDER BY code",
                                error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CohortLaoProvinceRow *row = g_new0 (CohortLaoProvinceRow, 1);

      row->code = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      row->name_lo = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      row->name_vi = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      row->name_en = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
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

static GArray *
read_groups (CohortStore                 *self,
             const CohortDashboardFilter *filter,
             int                          from_year,
             int                          to_year,
             GPtrArray                   *programs,
             GPtrArray                   *provinces,
             GError                     **error)
{
  g_autoptr(GArray) groups = g_array_new (FALSE, TRUE, sizeof (Group));
  sqlite3_stmt *stmt;
  int rc;

  stmt = _cohort_store_prepare (self,
                                "SELECT c.year, c.program_type, c.level, c.status, c.lao_province_code, "
                                "(SELECT graded FROM program_type WHERE code = c.program_type), "
                                "count(*), sum (t.students), sum (t.graduated), "
                                "sum (t.excellent), sum (t.very_good), sum (t.good), sum (t.fairly_good), "
                                "sum (t.average), sum (t.not_passed) "
                                "FROM class c JOIN class_tally t ON t.class_id = c.id "
                                "WHERE " DASHBOARD_WHERE
                                "GROUP BY c.year, c.program_type, c.level, c.status, c.lao_province_code",
                                error);
  if (stmt == NULL)
    return NULL;
  bind_filter (stmt, filter, from_year, to_year);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Group g = { 0 };

      g.year = sqlite3_column_int (stmt, 0);
      g.program = index_of (programs, (const char *) sqlite3_column_text (stmt, 1));
      g.level = cohort_level_from_string ((const char *) sqlite3_column_text (stmt, 2));
      g.status = cohort_class_status_from_string ((const char *) sqlite3_column_text (stmt, 3));
      g.lao_province = index_of (provinces, (const char *) sqlite3_column_text (stmt, 4));
      g.graded = sqlite3_column_int (stmt, 5) != 0;
      g.classes = sqlite3_column_int64 (stmt, 6);
      g.students = sqlite3_column_int64 (stmt, 7);
      g.graduated = sqlite3_column_int64 (stmt, 8);
      for (guint r = 0; r < COHORT_N_RESULTS; r++)
        g.results[r] = sqlite3_column_int64 (stmt, 9 + r);
      if (g.program >= 0)
        g_array_append_val (groups, g);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&groups);
}

/* Planned classes and students, [year index × programs + program]. */
static gboolean
read_plan (CohortStore                 *self,
           const CohortDashboardFilter *filter,
           int                          from_year,
           int                          to_year,
           GPtrArray                   *programs,
           gint64                      *classes,
           gint64                      *students,
           GError                     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _cohort_store_prepare (self,
                                "SELECT p.year, p.program_type, sum (p.planned_classes), "
                                "sum (p.planned_students) FROM plan p JOIN org_unit o ON o.id = p.org_unit_id "
                                "WHERE p.year BETWEEN ?1 AND ?2 "
                                "AND (?3 = 0 OR (?3 = -1 AND o.kind = 'district-centre') OR p.org_unit_id = ?3) "
                                "AND (?4 IS NULL OR p.program_type = ?4) AND (?5 = 0 OR p.year = ?5) "
                                "AND (?6 IS NULL OR p.level = ?6) "
                                "GROUP BY p.year, p.program_type", error);
  if (stmt == NULL)
    return FALSE;
  /* ?1 to ?6 mean what they mean for the classes; the plan has no ?7 to ?9 */
  bind_filter (stmt, filter, from_year, to_year);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int y = sqlite3_column_int (stmt, 0) - from_year;
      int p = index_of (programs, (const char *) sqlite3_column_text (stmt, 1));

      if (p < 0)
        continue;
      classes[y * programs->len + p] += sqlite3_column_int64 (stmt, 2);
      students[y * programs->len + p] += sqlite3_column_int64 (stmt, 3);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _cohort_store_set_error (self, rc, error);
  return TRUE;
}

/* Keeps the items whose @used flag is set, and renumbers @index to match. */
static void
keep_used (GPtrArray *items,
           gboolean  *used,
           int       *index)
{
  int kept = 0;

  for (guint i = 0; i < items->len; i++)
    index[i] = used[i] ? kept++ : -1;
  for (guint i = items->len; i-- > 0;)
    if (!used[i])
      g_ptr_array_remove_index (items, i);
}

/**
 * cohort_store_get_dashboard:
 * @filter: the period, host and program type (the narrowing members unset)
 *
 * Returns: (transfer full): every figure of the dashboard; programs and Lao
 *   provinces without classes or plan in the period are left out
 */
CohortDashboard *
cohort_store_get_dashboard (CohortStore                  *self,
                            const CohortDashboardFilter  *filter,
                            GError                      **error)
{
  g_autoptr(CohortDashboard) d = g_new0 (CohortDashboard, 1);
  g_autoptr(GArray) groups = NULL;
  g_autofree gint64 *plan_classes = NULL;
  g_autofree gint64 *plan_students = NULL;
  g_autofree gboolean *program_used = NULL;
  g_autofree gboolean *province_used = NULL;
  g_autofree int *program_index = NULL;
  g_autofree int *province_index = NULL;
  guint n_all_programs, n_all_provinces, n_programs, n_provinces;
  int first, last;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  if (!cohort_store_get_year_span (self, &first, &last, error))
    return NULL;
  d->from_year = filter->from_year > 0 ? filter->from_year : first;
  d->to_year = filter->to_year > 0 ? filter->to_year : default_to_year ();
  if (d->to_year < d->from_year)
    d->to_year = d->from_year;
  d->n_years = d->to_year - d->from_year + 1;
  d->plan_year = d->to_year;

  if ((d->programs = read_programs (self, error)) == NULL ||
      (d->lao_provinces = read_lao_provinces (self, error)) == NULL)
    return NULL;
  n_all_programs = d->programs->len;
  n_all_provinces = d->lao_provinces->len;

  groups = read_groups (self, filter, d->from_year, d->to_year, d->programs, d->lao_provinces, error);
  if (groups == NULL)
    return NULL;
  plan_classes = g_new0 (gint64, d->n_years * n_all_programs);
  plan_students = g_new0 (gint64, d->n_years * n_all_programs);
  if (!read_plan (self, filter, d->from_year, d->to_year, d->programs, plan_classes, plan_students, error))
    return NULL;

  /* Which programs and provinces have something to show. */
  program_used = g_new0 (gboolean, n_all_programs);
  province_used = g_new0 (gboolean, n_all_provinces);
  program_index = g_new0 (int, n_all_programs);
  province_index = g_new0 (int, MAX (n_all_provinces, 1));
  for (guint i = 0; i < groups->len; i++)
    {
      const Group *g = &g_array_index (groups, Group, i);

      if (g->status == COHORT_CLASS_STATUS_PLANNED)
        continue;
      program_used[g->program] = TRUE;
      if (g->lao_province >= 0 && g->students > 0)
        province_used[g->lao_province] = TRUE;
    }
  for (guint i = 0; i < d->n_years * n_all_programs; i++)
    if (plan_classes[i] > 0 || plan_students[i] > 0)
      program_used[i % n_all_programs] = TRUE;
  keep_used (d->programs, program_used, program_index);
  keep_used (d->lao_provinces, province_used, province_index);
  n_programs = d->programs->len;
  n_provinces = d->lao_provinces->len;

  d->students_by_year_program = g_new0 (gint64, d->n_years * n_programs);
  d->classes_by_year_program = g_new0 (gint64, d->n_years * n_programs);
  d->plan_classes_by_program = g_new0 (gint64, n_programs);
  d->plan_students_by_program = g_new0 (gint64, n_programs);
  d->actual_classes_by_program = g_new0 (gint64, n_programs);
  d->actual_students_by_program = g_new0 (gint64, n_programs);
  d->results_by_year = g_new0 (gint64, d->n_years * COHORT_N_RESULTS);
  d->lao_students_by_year_province = g_new0 (gint64, d->n_years * n_provinces);

  for (guint i = 0; i < groups->len; i++)
    {
      const Group *g = &g_array_index (groups, Group, i);
      guint y = g->year - d->from_year;
      int p = program_index[g->program];

      switch (g->status)
        {
        case COHORT_CLASS_STATUS_PLANNED:
          d->classes_planned += g->classes;
          continue;
        case COHORT_CLASS_STATUS_RUNNING:
          d->classes_running += g->classes;
          break;
        default:
          d->classes_finished += g->classes;
          d->finished_students += g->students;
          break;
        }
      d->students += g->students;
      d->graduates += g->graduated;
      d->students_by_year_program[y * n_programs + p] += g->students;
      d->classes_by_year_program[y * n_programs + p] += g->classes;
      if (g->level >= 0 && g->level < (int) G_N_ELEMENTS (d->students_by_level))
        d->students_by_level[g->level] += g->students;
      if (g->year == d->plan_year)
        {
          d->actual_classes_by_program[p] += g->classes;
          d->actual_students_by_program[p] += g->students;
        }
      if (g->graded)
        for (guint r = 0; r < COHORT_N_RESULTS; r++)
          d->results_by_year[y * COHORT_N_RESULTS + r] += g->results[r];
      if (g->lao_province >= 0)
        {
          d->lao_students += g->students;
          if (province_index[g->lao_province] >= 0)
            d->lao_students_by_year_province[y * n_provinces + province_index[g->lao_province]] += g->students;
        }
    }

  for (guint y = 0; y < d->n_years; y++)
    for (guint i = 0; i < n_all_programs; i++)
      {
        gint64 c = plan_classes[y * n_all_programs + i];
        gint64 s = plan_students[y * n_all_programs + i];

        d->plan_classes += c;
        d->plan_students += s;
        if (d->from_year + (int) y == d->plan_year && program_index[i] >= 0)
          {
            d->plan_classes_by_program[program_index[i]] += c;
            d->plan_students_by_program[program_index[i]] += s;
          }
      }
  return g_steal_pointer (&d);
}

/**
 * cohort_store_query_dashboard_classes:
 * @filter: the dashboard's filter, narrowed to one bar or slice
 *
 * Returns: (transfer full) (element-type CohortClass): the classes that ran
 *   (running or finished) behind the figure, newest first
 */
GPtrArray *
cohort_store_query_dashboard_classes (CohortStore                  *self,
                                      const CohortDashboardFilter  *filter,
                                      GError                      **error)
{
  int first, last;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  g_autoptr(GPtrArray) classes = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  if (!cohort_store_get_year_span (self, &first, &last, error))
    return NULL;
  stmt = _cohort_store_prepare (self,
                                CLASS_SELECT "WHERE " DASHBOARD_WHERE
                                "AND c.status IN ('running', 'finished') "
                                "ORDER BY c.start_date DESC, c.code COLLATE vi", error);
  if (stmt == NULL)
    return NULL;
  bind_filter (stmt, filter, filter->from_year > 0 ? filter->from_year : first,
               filter->to_year > 0 ? filter->to_year : MAX (default_to_year (), first));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (classes, _cohort_store_read_class (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&classes);
}
