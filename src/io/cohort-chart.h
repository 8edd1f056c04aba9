/* cohort-chart.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What a chart shows: values by category (the bars, or the slices of a donut)
 * and series (the parts of a stacked bar, the bars of a pair). */
typedef enum
{
  COHORT_CHART_STACKED,   /* one bar per category, the series stacked */
  COHORT_CHART_PERCENT,   /* the same, each bar 100 % */
  COHORT_CHART_PAIRED,    /* per category a bar per series, side by side; the
                           * last series as a percentage of the first printed */
  COHORT_CHART_DONUT,     /* one series; a slice per category */
} CohortChartKind;

/* Colours of the palette (Okabe and Ito: told apart with every common
 * colour-vision deficiency); the painter picks light or dark variants. */
typedef enum
{
  COHORT_CHART_BLUE,
  COHORT_CHART_ORANGE,
  COHORT_CHART_GREEN,
  COHORT_CHART_PURPLE,
  COHORT_CHART_SKY,
  COHORT_CHART_VERMILLION,
  COHORT_CHART_YELLOW,
  COHORT_CHART_GREY,
  COHORT_CHART_WINE,
  COHORT_CHART_TEAL,
  COHORT_CHART_N_COLOURS
} CohortChartColour;

#define COHORT_TYPE_CHART (cohort_chart_get_type ())

typedef struct _CohortChart CohortChart;

GType            cohort_chart_get_type           (void) G_GNUC_CONST;
CohortChart     *cohort_chart_new                (const char      *id,
                                                  CohortChartKind  kind,
                                                  const char      *title);
CohortChart     *cohort_chart_ref                (CohortChart     *self);
void             cohort_chart_unref              (CohortChart     *self);

void             cohort_chart_set_dimensions     (CohortChart     *self,
                                                  const char      *category_dimension,
                                                  const char      *series_dimension);
void             cohort_chart_set_value_name     (CohortChart     *self,
                                                  const char      *value_name);
guint            cohort_chart_add_category       (CohortChart     *self,
                                                  const char      *label,
                                                  const char      *key);
guint            cohort_chart_add_series         (CohortChart     *self,
                                                  const char      *name,
                                                  const char      *key,
                                                  CohortChartColour colour);
void             cohort_chart_set_value          (CohortChart     *self,
                                                  guint            series,
                                                  guint            category,
                                                  gint64           value);

const char      *cohort_chart_get_id             (CohortChart     *self);
CohortChartKind  cohort_chart_get_kind           (CohortChart     *self);
const char      *cohort_chart_get_title          (CohortChart     *self);
const char      *cohort_chart_get_value_name     (CohortChart     *self);
const char      *cohort_chart_get_category_dimension (CohortChart *self);
const char      *cohort_chart_get_series_dimension (CohortChart   *self);
guint            cohort_chart_get_n_categories   (CohortChart     *self);
const char      *cohort_chart_get_category_label (CohortChart     *self,
                                                  guint            category);
const char      *cohort_chart_get_category_key   (CohortChart     *self,
                                                  guint            category);
guint            cohort_chart_get_n_series       (CohortChart     *self);
const char      *cohort_chart_get_series_name    (CohortChart     *self,
                                                  guint            series);
const char      *cohort_chart_get_series_key     (CohortChart     *self,
                                                  guint            series);
CohortChartColour cohort_chart_get_series_colour (CohortChart     *self,
                                                  guint            series);
gint64           cohort_chart_get_value          (CohortChart     *self,
                                                  guint            series,
                                                  guint            category);
gint64           cohort_chart_get_category_total (CohortChart     *self,
                                                  guint            category);
gint64           cohort_chart_get_total          (CohortChart     *self);
gboolean         cohort_chart_is_empty           (CohortChart     *self);
char            *cohort_chart_dup_value_text     (CohortChart     *self,
                                                  guint            series,
                                                  guint            category);
char            *cohort_chart_dup_description    (CohortChart     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CohortChart, cohort_chart_unref)

G_END_DECLS
