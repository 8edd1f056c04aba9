/* cohort-chart-layout.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "cohort-chart.h"

G_BEGIN_DECLS

/* Inks that are not palette colours. */
enum
{
  COHORT_CHART_INK_TEXT = -1,   /* titles, labels */
  COHORT_CHART_INK_DIM = -2,    /* tick labels, axis lines */
  COHORT_CHART_INK_GRID = -3,   /* grid lines */
};

typedef struct
{
  double      text[4];        /* RGBA of text, from the widget's style in the window */
  double      background[4];  /* what a picture of the chart is painted on */
  gboolean    dark;           /* lighter palette variants on a dark background */
  gboolean    show_title;     /* the title inside the picture (PNG, PDF) */
  const char *font;           /* Pango font description; NULL: the context's */
} CohortChartStyle;

typedef enum
{
  COHORT_CHART_MARK_BAR,      /* a bar or part of one: x, y, width, height */
  COHORT_CHART_MARK_SLICE,    /* a donut slice: cx, cy, radius, inner, start, end (radians) */
  COHORT_CHART_MARK_RULE,     /* an axis or grid line: a thin rectangle */
  COHORT_CHART_MARK_TEXT,     /* layout drawn at x, y */
  COHORT_CHART_MARK_SWATCH,   /* a legend's colour square */
} CohortChartMarkKind;

typedef struct
{
  CohortChartMarkKind  kind;
  double               x, y, width, height;
  double               cx, cy, radius, inner, start, end;
  int                  series;     /* the value shown, or -1 */
  int                  category;
  int                  ink;        /* CohortChartColour, or COHORT_CHART_INK_* */
  PangoLayout         *layout;
} CohortChartMark;

typedef struct _CohortChartLayout CohortChartLayout;

CohortChartLayout     *cohort_chart_layout_new         (CohortChart            *chart,
                                                        PangoContext           *context,
                                                        double                  width,
                                                        double                  height,
                                                        const CohortChartStyle *style);
void                   cohort_chart_layout_free        (CohortChartLayout      *self);
CohortChart           *cohort_chart_layout_get_chart   (CohortChartLayout      *self);
guint                  cohort_chart_layout_get_n_marks (CohortChartLayout      *self);
const CohortChartMark *cohort_chart_layout_get_mark    (CohortChartLayout      *self,
                                                        guint                   i);
gboolean               cohort_chart_layout_hit         (CohortChartLayout      *self,
                                                        double                  x,
                                                        double                  y,
                                                        guint                  *series,
                                                        guint                  *category);
const CohortChartStyle *cohort_chart_layout_get_style (CohortChartLayout      *self);
void                   cohort_chart_layout_paint       (CohortChartLayout      *self,
                                                        cairo_t                *cr,
                                                        int                     hover_series,
                                                        int                     hover_category);
void                   cohort_chart_ink_rgba           (const CohortChartStyle *style,
                                                        int                     ink,
                                                        double                  rgba[4]);
void                   cohort_chart_colour_rgb         (CohortChartColour       colour,
                                                        gboolean                dark,
                                                        double                  rgb[3]);
gboolean               cohort_chart_write_png          (CohortChart            *chart,
                                                        const char             *path,
                                                        int                     width,
                                                        int                     height,
                                                        double                  scale,
                                                        GError                **error);
cairo_surface_t       *cohort_chart_render_image       (CohortChart            *chart,
                                                        int                     width,
                                                        int                     height,
                                                        double                  scale,
                                                        const CohortChartStyle *style);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CohortChartLayout, cohort_chart_layout_free)

G_END_DECLS
