/* cohort-chart-paint.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The marks of a CohortChartLayout painted with cairo: into the PDF report,
 * and into pictures of a chart (copied, or saved as PNG).
 */
#define G_LOG_DOMAIN "cohort-io"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "cohort-chart-layout.h"
#include "cohort-io-error.h"

static void
set_ink (cairo_t                *cr,
         const CohortChartStyle *style,
         int                     ink)
{
  double rgba[4];

  cohort_chart_ink_rgba (style, ink, rgba);
  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3]);
}

/**
 * cohort_chart_layout_paint:
 * @hover_series: the value to outline, or -1
 *
 * Paints the marks with cairo (PDF, PNG).
 */
void
cohort_chart_layout_paint (CohortChartLayout *self,
                           cairo_t           *cr,
                           int                hover_series,
                           int                hover_category)
{
  const CohortChartStyle *style = cohort_chart_layout_get_style (self);

  for (guint i = 0; i < cohort_chart_layout_get_n_marks (self); i++)
    {
      const CohortChartMark *m = cohort_chart_layout_get_mark (self, i);
      gboolean hover = m->series >= 0 && m->series == hover_series && m->category == hover_category &&
                       m->kind != COHORT_CHART_MARK_SWATCH;

      cairo_save (cr);
      set_ink (cr, style, m->ink);
      switch (m->kind)
        {
        case COHORT_CHART_MARK_TEXT:
          cairo_move_to (cr, m->x, m->y);
          pango_cairo_show_layout (cr, m->layout);
          break;
        case COHORT_CHART_MARK_SLICE:
          cairo_new_path (cr);
          cairo_arc (cr, m->cx, m->cy, m->radius, m->start, m->end);
          cairo_arc_negative (cr, m->cx, m->cy, m->inner, m->end, m->start);
          cairo_close_path (cr);
          cairo_fill (cr);
          break;
        case COHORT_CHART_MARK_BAR:
        case COHORT_CHART_MARK_RULE:
        case COHORT_CHART_MARK_SWATCH:
        default:
          cairo_rectangle (cr, m->x, m->y, m->width, m->height);
          cairo_fill (cr);
          break;
        }
      if (hover)
        {
          set_ink (cr, style, COHORT_CHART_INK_TEXT);
          cairo_set_line_width (cr, 2);
          if (m->kind == COHORT_CHART_MARK_SLICE)
            {
              cairo_new_path (cr);
              cairo_arc (cr, m->cx, m->cy, m->radius, m->start, m->end);
              cairo_arc_negative (cr, m->cx, m->cy, m->inner, m->end, m->start);
              cairo_close_path (cr);
            }
          else
            cairo_rectangle (cr, m->x + 1, m->y + 1, m->width - 2, m->height - 2);
          cairo_stroke (cr);
        }
      cairo_restore (cr);
    }
}

/**
 * cohort_chart_render_image:
 * @scale: device pixels per unit (2 for a sharp picture)
 *
 * Returns: (transfer full): @chart on its background, title included
 */
cairo_surface_t *
cohort_chart_render_image (CohortChart            *chart,
                           int                     width,
                           int                     height,
                           double                  scale,
                           const CohortChartStyle *style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale),
                                                         (int) ceil (height * scale));
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_cairo_create_context (cr);
  g_autoptr(CohortChartLayout) layout = NULL;

  cairo_scale (cr, scale, scale);
  cairo_set_source_rgba (cr, style->background[0], style->background[1], style->background[2],
                         style->background[3]);
  cairo_paint (cr);
  pango_cairo_update_context (cr, context);
  layout = cohort_chart_layout_new (chart, context, width, height, style);
  cohort_chart_layout_paint (layout, cr, -1, -1);
  g_clear_pointer (&layout, cohort_chart_layout_free);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_set_device_scale (surface, 1, 1);
  return surface;
}

/**
 * cohort_chart_write_png:
 *
 * Writes @chart, black on white with its title, as a PNG of @width × @height
 * units at @scale pixels per unit.
 */
gboolean
cohort_chart_write_png (CohortChart  *chart,
                        const char   *path,
                        int           width,
                        int           height,
                        double        scale,
                        GError      **error)
{
  CohortChartStyle style = {
    .text = { 0.1, 0.1, 0.12, 1 }, .background = { 1, 1, 1, 1 }, .show_title = TRUE, .font = "Sans 10",
  };
  cairo_surface_t *surface = cohort_chart_render_image (chart, width, height, scale, &style);
  g_autofree char *tmp = g_strconcat (path, ".part", NULL);
  cairo_status_t status = cairo_surface_write_to_png (surface, tmp);

  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS || g_rename (tmp, path) != 0)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_unlink (tmp);
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CANNOT_WRITE,
                   _("Cohort could not finish writing “%s”. Free some disk space, or choose another "
                     "folder, and try again."), name);
      return FALSE;
    }
  return TRUE;
}
