/* cohort-dashboard-charts.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dashboard's figures as the charts the page, the PDF, the .xlsx and
 * `cohort-cli stats --json` all show: built once here so they cannot differ.
 */
#define G_LOG_DOMAIN "cohort-io"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "cohort-dashboard-charts.h"
#include "cohort-json.h"
#include "cohort-number.h"

/**
 * cohort_result_get_name:
 *
 * Returns: the classification as graduation lists write it
 */
const char *
cohort_result_get_name (CohortResult result)
{
  switch (result)
    {
    case COHORT_RESULT_EXCELLENT:
      /* Translators: graduation classification (Xuất sắc) */
      return C_("classification", "Excellent");
    case COHORT_RESULT_VERY_GOOD:
      /* Translators: graduation classification (Giỏi) */
      return C_("classification", "Very good");
    case COHORT_RESULT_GOOD:
      /* Translators: graduation classification (Khá) */
      return C_("classification", "Good");
    case COHORT_RESULT_FAIRLY_GOOD:
      /* Translators: graduation classification (Trung bình khá) */
      return C_("classification", "Fairly good");
    case COHORT_RESULT_AVERAGE:
      /* Translators: graduation classification (Trung bình) */
      return C_("classification", "Average");
    case COHORT_RESULT_NOT_PASSED:
    default:
      /* Translators: students of a graded class who did not graduate (Không đạt) */
      return C_("classification", "Not passed");
    }
}

static const char *const result_keys[COHORT_N_RESULTS] = {
  "excellent", "very-good", "good", "fairly-good", "average", "not-passed",
};

/* Best to worst, blue to vermillion: ordered and apart for every eye. */
static const CohortChartColour result_colours[COHORT_N_RESULTS] = {
  COHORT_CHART_BLUE, COHORT_CHART_SKY, COHORT_CHART_GREEN, COHORT_CHART_YELLOW, COHORT_CHART_ORANGE,
  COHORT_CHART_VERMILLION,
};

/**
 * cohort_lao_province_row_get_name:
 *
 * Returns: the province's name in the language of the user interface
 */
const char *
cohort_lao_province_row_get_name (const CohortLaoProvinceRow *row)
{
  const char *const *languages = g_get_language_names ();

  for (guint i = 0; languages[i] != NULL; i++)
    {
      if (g_str_has_prefix (languages[i], "lo"))
        return row->name_lo;
      if (g_str_has_prefix (languages[i], "vi"))
        return row->name_vi;
      if (g_str_has_prefix (languages[i], "en") || g_str_equal (languages[i], "C"))
        return row->name_en;
    }
  return row->name_en;
}

static const char *
level_name (CohortLevel level)
{
  switch (level)
    {
    case COHORT_LEVEL_PROVINCE:
      return _("Province level");
    case COHORT_LEVEL_DISTRICT:
      return _("District level");
    case COHORT_LEVEL_COMMUNE:
      return _("Commune level");
    case COHORT_LEVEL_UNKNOWN:
    default:
      return _("Level not set");
    }
}

static void
add_years (CohortChart           *chart,
           const CohortDashboard *d)
{
  for (guint y = 0; y < d->n_years; y++)
    {
      g_autofree char *year = g_strdup_printf ("%d", d->from_year + (int) y);

      cohort_chart_add_category (chart, year, year);
    }
}

static CohortChart *
programs_chart (const CohortDashboard *d)
{
  CohortChart *chart = cohort_chart_new ("students-by-program", COHORT_CHART_STACKED,
                                         _("Students per Year by Program"));
  guint n = d->programs->len;

  cohort_chart_set_dimensions (chart, "year", "program");
  cohort_chart_set_value_name (chart, _("Students"));
  add_years (chart, d);
  for (guint p = 0; p < n; p++)
    {
      CohortChoice *program = g_ptr_array_index (d->programs, p);

      cohort_chart_add_series (chart, program->name, program->code, (CohortChartColour) (p % COHORT_CHART_N_COLOURS));
      for (guint y = 0; y < d->n_years; y++)
        cohort_chart_set_value (chart, p, y, d->students_by_year_program[y * n + p]);
    }
  return chart;
}

static CohortChart *
levels_chart (const CohortDashboard *d)
{
  CohortChart *chart = cohort_chart_new ("students-by-level", COHORT_CHART_DONUT,
                                         _("Students by Level of Cadres"));
  static const CohortLevel order[] = {
    COHORT_LEVEL_PROVINCE, COHORT_LEVEL_DISTRICT, COHORT_LEVEL_COMMUNE, COHORT_LEVEL_UNKNOWN,
  };

  cohort_chart_set_dimensions (chart, "level", NULL);
  cohort_chart_set_value_name (chart, _("Students"));
  cohort_chart_add_series (chart, _("Students"), "students", COHORT_CHART_BLUE);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      guint c = cohort_chart_add_category (chart, level_name (order[i]), cohort_level_to_string (order[i]));

      cohort_chart_set_value (chart, 0, c, d->students_by_level[order[i]]);
    }
  return chart;
}

static CohortChart *
plan_chart (const CohortDashboard *d)
{
  /* Translators: title of the plan chart, "Plan and Actual, 2026" */
  g_autofree char *title = g_strdup_printf (_("Plan and Actual, %d"), d->plan_year);
  CohortChart *chart = cohort_chart_new ("plan-vs-actual", COHORT_CHART_PAIRED, title);
  guint planned, actual;

  cohort_chart_set_dimensions (chart, "program", NULL);
  cohort_chart_set_value_name (chart, _("Students"));
  planned = cohort_chart_add_series (chart, C_("plan chart", "Planned"), "planned", COHORT_CHART_GREY);
  actual = cohort_chart_add_series (chart, C_("plan chart", "Actual"), "actual", COHORT_CHART_BLUE);
  for (guint p = 0; p < d->programs->len; p++)
    {
      CohortChoice *program = g_ptr_array_index (d->programs, p);
      guint c;

      if (d->plan_students_by_program[p] == 0 && d->actual_students_by_program[p] == 0 &&
          d->plan_classes_by_program[p] == 0 && d->actual_classes_by_program[p] == 0)
        continue;
      c = cohort_chart_add_category (chart, program->name, program->code);
      cohort_chart_set_value (chart, planned, c, d->plan_students_by_program[p]);
      cohort_chart_set_value (chart, actual, c, d->actual_students_by_program[p]);
    }
  return chart;
}

static CohortChart *
results_chart (const CohortDashboard *d)
{
  CohortChart *chart = cohort_chart_new ("results-by-year", COHORT_CHART_PERCENT,
                                         _("Graduation Results per Year"));

  cohort_chart_set_dimensions (chart, "year", NULL);
  cohort_chart_set_value_name (chart, _("Students"));
  add_years (chart, d);
  for (guint r = 0; r < COHORT_N_RESULTS; r++)
    {
      cohort_chart_add_series (chart, cohort_result_get_name (r), result_keys[r], result_colours[r]);
      for (guint y = 0; y < d->n_years; y++)
        cohort_chart_set_value (chart, r, y, d->results_by_year[y * COHORT_N_RESULTS + r]);
    }
  return chart;
}

static CohortChart *
lao_chart (const CohortDashboard *d)
{
  CohortChart *chart = cohort_chart_new ("lao-by-province", COHORT_CHART_STACKED,
                                         _("Lao Students per Province and Year"));
  guint n = d->lao_provinces->len;

  cohort_chart_set_dimensions (chart, "year", "lao-province");
  cohort_chart_set_value_name (chart, _("Lao students"));
  add_years (chart, d);
  for (guint p = 0; p < n; p++)
    {
      CohortLaoProvinceRow *province = g_ptr_array_index (d->lao_provinces, p);

      cohort_chart_add_series (chart, cohort_lao_province_row_get_name (province), province->code,
                               (CohortChartColour) (p % COHORT_CHART_N_COLOURS));
      for (guint y = 0; y < d->n_years; y++)
        cohort_chart_set_value (chart, p, y, d->lao_students_by_year_province[y * n + p]);
    }
  return chart;
}

/**
 * cohort_dashboard_build_charts:
 *
 * Returns: (transfer full) (element-type CohortChart): the charts, in
 *   #CohortDashboardChart order
 */
GPtrArray *
cohort_dashboard_build_charts (const CohortDashboard *dashboard)
{
  GPtrArray *charts = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_chart_unref);

  g_return_val_if_fail (dashboard != NULL, NULL);

  g_ptr_array_add (charts, programs_chart (dashboard));
  g_ptr_array_add (charts, levels_chart (dashboard));
  g_ptr_array_add (charts, plan_chart (dashboard));
  g_ptr_array_add (charts, results_chart (dashboard));
  g_ptr_array_add (charts, lao_chart (dashboard));
  return charts;
}

/**
 * cohort_dashboard_plan_percent:
 *
 * Returns: @actual as a percentage of @planned, to one decimal; -1 when
 *   nothing was planned
 */
double
cohort_dashboard_plan_percent (gint64 actual,
                               gint64 planned)
{
  if (planned <= 0)
    return -1;
  return round (1000.0 * (double) actual / (double) planned) / 10.0;
}

/**
 * cohort_dashboard_get_rate:
 * @base: (out) (optional): what the rate divides by
 *
 * Returns: the rate as a percentage, to one decimal; -1 when @base is 0
 */
double
cohort_dashboard_get_rate (const CohortDashboard *d,
                           CohortDashboardRate    rate,
                           gint64                *base)
{
  gint64 part, whole;

  switch (rate)
    {
    case COHORT_DASHBOARD_RATE_PLAN_CLASSES:
      part = d->classes_running + d->classes_finished;
      whole = d->plan_classes;
      break;
    case COHORT_DASHBOARD_RATE_PLAN_STUDENTS:
      part = d->students;
      whole = d->plan_students;
      break;
    case COHORT_DASHBOARD_RATE_GRADUATES:
    default:
      part = d->graduates;
      whole = d->finished_students;
      break;
    }
  if (base != NULL)
    *base = whole;
  return cohort_dashboard_plan_percent (part, whole);
}

/**
 * cohort_dashboard_dup_rate_text:
 * @percent: the rate as shown, e.g. "64%"
 * @base: what it divides by
 *
 * Returns: (transfer full): the rate and what it is a share of, "64% of
 *   25,000 planned students"
 */
char *
cohort_dashboard_dup_rate_text (CohortDashboardRate  rate,
                                const char          *percent,
                                gint64               base)
{
  g_autofree char *n = cohort_number_format (base);

  switch (rate)
    {
    case COHORT_DASHBOARD_RATE_PLAN_CLASSES:
      /* Translators: a rate and what it divides by: "108.8% of 922 planned classes" */
      return g_strdup_printf (_("%s of %s planned classes"), percent, n);
    case COHORT_DASHBOARD_RATE_PLAN_STUDENTS:
      /* Translators: a rate and what it divides by: "64% of 25,000 planned students" */
      return g_strdup_printf (_("%s of %s planned students"), percent, n);
    case COHORT_DASHBOARD_RATE_GRADUATES:
    default:
      /* Translators: graduates as a rate: "96.1% of 77,852 students of finished classes" */
      return g_strdup_printf (_("%s of %s students of finished classes"), percent, n);
    }
}

/**
 * cohort_dashboard_narrow_filter:
 * @filter: (inout): the page's filter, narrowed to what a bar stands for
 *
 * Sets the members of @filter that select the classes behind the value of
 * @series in @category of @chart.
 */
void
cohort_dashboard_narrow_filter (CohortDashboardFilter *filter,
                                const CohortDashboard *dashboard,
                                CohortChart           *chart,
                                guint                  series,
                                guint                  category)
{
  const char *dims[2] = { cohort_chart_get_category_dimension (chart), cohort_chart_get_series_dimension (chart) };
  const char *keys[2] = { cohort_chart_get_category_key (chart, category),
                          cohort_chart_get_series_key (chart, series) };

  if (g_str_equal (cohort_chart_get_id (chart), "plan-vs-actual"))
    filter->year = dashboard->plan_year;
  if (g_str_equal (cohort_chart_get_id (chart), "results-by-year"))
    filter->graded_only = TRUE;
  if (g_str_equal (cohort_chart_get_id (chart), "lao-by-province"))
    filter->lao_only = TRUE;

  for (guint i = 0; i < 2; i++)
    {
      if (dims[i] == NULL)
        continue;
      if (g_str_equal (dims[i], "year"))
        filter->year = (int) g_ascii_strtoll (keys[i], NULL, 10);
      else if (g_str_equal (dims[i], "program"))
        filter->program = keys[i];
      else if (g_str_equal (dims[i], "level"))
        filter->level = cohort_level_from_string (keys[i]);
      else if (g_str_equal (dims[i], "lao-province"))
        filter->lao_province = keys[i];
    }
}

static const char *
kind_key (CohortChartKind kind)
{
  static const char *const keys[] = { "stacked", "percent", "paired", "donut" };

  return kind < G_N_ELEMENTS (keys) ? keys[kind] : "stacked";
}

static void
append_percent (GString    *out,
                const char *key,
                double      percent)
{
  g_string_append_c (out, ',');
  cohort_json_append_string (out, key);
  if (percent < 0)
    g_string_append (out, ":null");
  else
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append_printf (out, ":%s", g_ascii_formatd (buf, sizeof buf, "%.1f", percent));
    }
}

/**
 * cohort_dashboard_dup_json:
 *
 * Returns: (transfer full): the tiles and every chart's categories and
 *   series as JSON, the numbers the page shows
 */
char *
cohort_dashboard_dup_json (const CohortDashboard       *d,
                           const CohortDashboardFilter *filter,
                           GPtrArray                   *charts)
{
  GString *out = g_string_new ("{\"period\":{");

  cohort_json_append_int (out, "from", d->from_year);
  cohort_json_append_int (out, "to", d->to_year);
  cohort_json_append_int (out, "plan_year", d->plan_year);
  g_string_append (out, "},\n\"filter\":{");
  if (filter->host_id == COHORT_HOST_DISTRICT_CENTRES)
    cohort_json_append_member (out, "host", "district-centres");
  else if (filter->host_id > 0)
    cohort_json_append_int (out, "host", filter->host_id);
  else
    cohort_json_append_member (out, "host", "all");
  cohort_json_append_member (out, "program", filter->program);
  g_string_append (out, "},\n\"tiles\":{");
  cohort_json_append_int (out, "classes_running", d->classes_running);
  cohort_json_append_int (out, "classes_finished", d->classes_finished);
  cohort_json_append_int (out, "classes_planned", d->classes_planned);
  cohort_json_append_int (out, "students", d->students);
  cohort_json_append_int (out, "graduates", d->graduates);
  cohort_json_append_int (out, "lao_students", d->lao_students);
  cohort_json_append_int (out, "plan_classes", d->plan_classes);
  cohort_json_append_int (out, "plan_students", d->plan_students);
  append_percent (out, "plan_classes_percent",
                  cohort_dashboard_plan_percent (d->classes_running + d->classes_finished, d->plan_classes));
  append_percent (out, "plan_students_percent", cohort_dashboard_plan_percent (d->students, d->plan_students));
  cohort_json_append_int (out, "finished_students", d->finished_students);
  append_percent (out, "graduates_percent",
                  cohort_dashboard_get_rate (d, COHORT_DASHBOARD_RATE_GRADUATES, NULL));
  g_string_append (out, "},\n\"charts\":[");

  for (guint i = 0; i < charts->len; i++)
    {
      CohortChart *chart = g_ptr_array_index (charts, i);

      g_string_append (out, i ? ",\n{" : "\n{");
      cohort_json_append_member (out, "id", cohort_chart_get_id (chart));
      cohort_json_append_member (out, "kind", kind_key (cohort_chart_get_kind (chart)));
      cohort_json_append_member (out, "title", cohort_chart_get_title (chart));
      cohort_json_append_member (out, "value", cohort_chart_get_value_name (chart));
      g_string_append (out, ",\"categories\":[");
      for (guint c = 0; c < cohort_chart_get_n_categories (chart); c++)
        {
          g_string_append (out, c ? ",{" : "{");
          cohort_json_append_member (out, "key", cohort_chart_get_category_key (chart, c));
          cohort_json_append_member (out, "label", cohort_chart_get_category_label (chart, c));
                  g_string_append_c (out, '}');
        }
      g_string_append (out, "],\"series\":[");
      for (guint s = 0; s < cohort_chart_get_n_series (chart); s++)
        {
          g_string_append (out, s ? ",{" : "{");
          cohort_json_append_member (out, "key", cohort_chart_get_series_key (chart, s));
          cohort_json_append_member (out, "name", cohort_chart_get_series_name (chart, s));
          g_string_append (out, ",\"values\":[");
          for (guint c = 0; c < cohort_chart_get_n_categories (chart); c++)
            g_string_append_printf (out, "%s%" G_GINT64_FORMAT, c ? "," : "", cohort_chart_get_value (chart, s, c));
          g_string_append (out, "]}");
        }
      g_string_append (out, "]}");
    }
  g_string_append (out, "]}\n");
  return g_string_free (out, FALSE);
}
