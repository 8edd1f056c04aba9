/* cohort-chart-layout.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where every part of a chart goes, as a list of marks (bars, slices,
 * lines, texts), for a size and a Pango context. The window draws the marks
 * with GtkSnapshot and finds what the pointer is over in them; PDF and PNG
 * paint the same marks with cairo.
 */
#define G_LOG_DOMAIN "cohort-io"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "cohort-chart-layout.h"
#include "cohort-number.h"

#define PAD 8.0
#define SWATCH 10.0

struct _CohortChartLayout
{
  CohortChart      *chart;
  PangoContext     *context;
  CohortChartStyle  style;
  char             *font;
  GArray           *marks;   /* CohortChartMark */
  double            width;
  double            height;
};

/* Okabe & Ito's palette, with Tol's wine and teal for the ninth and tenth;
 * on a dark background the blue, purple and wine are lightened. */
static const guint32 palette_light[COHORT_CHART_N_COLOURS] = {
  0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0xF0E442, 0x999999, 0x882255, 0x44AA99,
};
static const guint32 palette_dark[COHORT_CHART_N_COLOURS] = {
  0x1F78C8, 0xE69F00, 0x19B88A, 0xDB93BA, 0x8CCFF5, 0xF26B1D, 0xF0E442, 0xA8A8A8, 0xC2508A, 0x44AA99,
};

void
cohort_chart_colour_rgb (CohortChartColour colour,
                         gboolean          dark,
                         double            rgb[3])
{
  guint32 c = (dark ? palette_dark : palette_light)[colour % COHORT_CHART_N_COLOURS];

  rgb[0] = ((c >> 16) & 0xff) / 255.0;
  rgb[1] = ((c >> 8) & 0xff) / 255.0;
  rgb[2] = (c & 0xff) / 255.0;
}

void
cohort_chart_ink_rgba (const CohortChartStyle *style,
                       int                     ink,
                       double                  rgba[4])
{
  if (ink >= 0)
    {
      cohort_chart_colour_rgb (ink, style->dark, rgba);
      rgba[3] = 1;
      return;
    }
  for (guint i = 0; i < 4; i++)
    rgba[i] = style->text[i];
  if (ink == COHORT_CHART_INK_DIM)
    rgba[3] *= 0.62;
  else if (ink == COHORT_CHART_INK_GRID)
    rgba[3] *= 0.13;
}

void
cohort_chart_layout_free (CohortChartLayout *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->marks->len; i++)
    g_clear_object (&g_array_index (self->marks, CohortChartMark, i).layout);
  g_array_unref (self->marks);
  g_clear_object (&self->context);
  cohort_chart_unref (self->chart);
  g_free (self->font);
  g_free (self);
}

static PangoLayout *
new_text (CohortChartLayout *self,
          const char        *text,
          double             scale,
          gboolean           bold)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = NULL;

  if (self->font != NULL)
    font = pango_font_description_from_string (self->font);
  else
    font = pango_font_description_copy (pango_context_get_font_description (self->context));
  if (pango_font_description_get_size (font) <= 0)
    pango_font_description_set_size (font, 10 * PANGO_SCALE);
  if (scale != 1.0)
    pango_font_description_set_size (font, (int) (pango_font_description_get_size (font) * scale));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
text_size (PangoLayout *layout,
           double      *w,
           double      *h)
{
  int pw, ph;

  pango_layout_get_pixel_size (layout, &pw, &ph);
  *w = pw;
  *h = ph;
}

static CohortChartMark *
add_mark (CohortChartLayout   *self,
          CohortChartMarkKind  kind,
          int                  ink)
{
  CohortChartMark mark = { .kind = kind, .series = -1, .category = -1, .ink = ink };

  g_array_append_val (self->marks, mark);
  return &g_array_index (self->marks, CohortChartMark, self->marks->len - 1);
}

/* A text mark at (x, y); @align 0 left, 0.5 centred, 1 right of x. */
static CohortChartMark *
add_text (CohortChartLayout *self,
          PangoLayout       *layout,
          double             x,
          double             y,
          double             align,
          int                ink)
{
  CohortChartMark *mark = add_mark (self, COHORT_CHART_MARK_TEXT, ink);

  text_size (layout, &mark->width, &mark->height);
  mark->x = x - align * mark->width;
  mark->y = y;
  mark->layout = layout;
  return mark;
}

static void
add_rect (CohortChartLayout   *self,
          CohortChartMarkKind  kind,
          double x, double y, double w, double h,
          int series, int category, int ink)
{
  CohortChartMark *mark = add_mark (self, kind, ink);

  mark->x = x;
  mark->y = y;
  mark->width = w;
  mark->height = h;
  mark->series = series;
  mark->category = category;
}

/* A round step for an axis from 0 to at least @max in about @n_ticks steps
 * (one more at most): 1, 2, 2.5 or 5 × 10^k, the smallest that fits. */
static double
nice_step (double max,
           int    n_ticks)
{
  static const double factors[] = { 1, 2, 2.5, 5, 10 };
  double mag = pow (10, floor (log10 (max / MAX (n_ticks, 1))));

  for (guint i = 0; i < G_N_ELEMENTS (factors); i++)
    {
      double step = factors[i] * mag;

      if ((factors[i] == 2.5 && mag < 10) || step < 1)
        continue;
      if (ceil (max / step) <= n_ticks + 1)
        return step;
    }
  return 10 * mag;
}

static char *
tick_text (CohortChart *chart,
           double       value)
{
  if (cohort_chart_get_kind (chart) == COHORT_CHART_PERCENT)
    return cohort_number_format_percent (value, 0);
  return cohort_number_format ((gint64) llround (value));
}

/* Whether a series has any value: empty series stay out of the legend. */
static gboolean
series_shown (CohortChart *chart,
              guint        series)
{
  for (guint c = 0; c < cohort_chart_get_n_categories (chart); c++)
    if (cohort_chart_get_value (chart, series, c) != 0)
      return TRUE;
  return cohort_chart_get_kind (chart) == COHORT_CHART_PAIRED;
}

/* The legend in rows across the top; returns its bottom. */
static double
lay_out_legend (CohortChartLayout *self,
                double             top)
{
  CohortChart *chart = self->chart;
  double x = PAD, y = top, row_h = 0;

  for (guint i = 0; i < cohort_chart_get_n_series (chart); i++)
    {
      PangoLayout *layout;
      double w, h;

      if (!series_shown (chart, i))
        continue;
      layout = new_text (self, cohort_chart_get_series_name (chart, i), 0.85, FALSE);
      text_size (layout, &w, &h);
      if (x > PAD && x + SWATCH + 4 + w > self->width - PAD)
        {
          x = PAD;
          y += row_h + 2;
          row_h = 0;
        }
      add_rect (self, COHORT_CHART_MARK_SWATCH, x, y + (h - SWATCH) / 2, SWATCH, SWATCH, i, -1,
                cohort_chart_get_series_colour (chart, i));
      add_text (self, layout, x + SWATCH + 4, y, 0, COHORT_CHART_INK_TEXT);
      x += SWATCH + 4 + w + 12;
      row_h = MAX (row_h, h);
    }
  return row_h > 0 ? y + row_h + 8 : top;
}

static void
lay_out_empty (CohortChartLayout *self,
               double             top)
{
  PangoLayout *layout = new_text (self, _("No data for this period"), 1.0, FALSE);
  double w, h;

  text_size (layout, &w, &h);
  add_text (self, layout, self->width / 2, top + (self->height - top - h) / 2, 0.5, COHORT_CHART_INK_DIM);
}

/* Bars standing on the category axis, the series stacked. */
static void
lay_out_columns (CohortChartLayout *self,
                 double             top)
{
  CohortChart *chart = self->chart;
  gboolean percent = cohort_chart_get_kind (chart) == COHORT_CHART_PERCENT;
  guint n_cat = cohort_chart_get_n_categories (chart);
  double max = 0, step, axis_max, label_w = 0, label_h = 0, cat_h = 0;
  double left, right = self->width - PAD, bottom, plot_h, slot, bar_w;
  guint n_ticks, every = 1;
  g_autoptr(GPtrArray) tick_layouts = g_ptr_array_new ();

  guint wanted;

  {
    g_autoptr(PangoLayout) probe = new_text (self, "0", 0.85, FALSE);
    double w, h;

    text_size (probe, &w, &h);
    /* a tick every three lines of text or more, two to five of them */
    wanted = (guint) CLAMP ((self->height - PAD - top - 3 * h) / (3 * h), 2, 5);
  }
  for (guint c = 0; c < n_cat; c++)
    max = MAX (max, (double) cohort_chart_get_category_total (chart, c));
  if (percent)
    {
      step = wanted >= 4 ? 25 : 50;
      axis_max = 100;
    }
  else
    {
      step = nice_step (MAX (max, 1), wanted);
      axis_max = ceil (MAX (max, 1) / step) * step;
    }
  n_ticks = (guint) llround (axis_max / step);

  for (guint t = 0; t <= n_ticks; t++)
    {
      g_autofree char *text = tick_text (chart, t * step);
      PangoLayout *layout = new_text (self, text, 0.85, FALSE);
      double w, h;

      text_size (layout, &w, &h);
      label_w = MAX (label_w, w);
      label_h = MAX (label_h, h);
      g_ptr_array_add (tick_layouts, layout);
    }
  left = PAD + label_w + 6;
  slot = (right - left) / MAX (n_cat, 1);

  /* Category labels: every one if they fit, else every second, third… */
  for (guint c = 0; c < n_cat; c++)
    {
      g_autoptr(PangoLayout) layout = new_text (self, cohort_chart_get_category_label (chart, c), 0.85, FALSE);
      double w, h;

      text_size (layout, &w, &h);
      cat_h = MAX (cat_h, h);
      while ((w + 6) * 1.0 > slot * every && every < n_cat)
        every++;
    }
  bottom = self->height - PAD - cat_h - 4;
  plot_h = bottom - top - (percent ? label_h / 2 : label_h + 2);
  if (plot_h < 20)
    plot_h = 20;
  bar_w = MIN (slot * 0.62, 56);

  for (guint t = 0; t <= n_ticks; t++)
    {
      double y = bottom - plot_h * (t * step) / axis_max;
      PangoLayout *layout = g_ptr_array_index (tick_layouts, t);
      double w, h;

      text_size (layout, &w, &h);
      add_text (self, layout, left - 6, y - h / 2, 1.0, COHORT_CHART_INK_DIM);
      add_rect (self, COHORT_CHART_MARK_RULE, left, round (y), right - left, 1, -1, -1,
                t == 0 ? COHORT_CHART_INK_DIM : COHORT_CHART_INK_GRID);
    }

  for (guint c = 0; c < n_cat; c++)
    {
      double x = left + slot * c + (slot - bar_w) / 2;
      double total = (double) cohort_chart_get_category_total (chart, c);
      double y = bottom;

      if (c % every == 0)
        add_text (self, new_text (self, cohort_chart_get_category_label (chart, c), 0.85, FALSE),
                  left + slot * c + slot / 2, bottom + 4, 0.5, COHORT_CHART_INK_DIM);
      for (guint i = 0; i < cohort_chart_get_n_series (chart); i++)
        {
          double v = (double) cohort_chart_get_value (chart, i, c);
          double h;

          if (v <= 0)
            continue;
          h = percent ? plot_h * v / MAX (total, 1) : plot_h * v / axis_max;
          /* a one-pixel gap of background between parts keeps neighbours apart */
          add_rect (self, COHORT_CHART_MARK_BAR, x, y - h, bar_w, MAX (h - 1, 0.5), i, c,
                    cohort_chart_get_series_colour (chart, i));
          y -= h;
        }
      if (!percent && total > 0)
        {
          g_autofree char *text = cohort_number_format ((gint64) total);
          PangoLayout *layout = new_text (self, text, 0.8, FALSE);
          double w, h;

          text_size (layout, &w, &h);
          if (w <= slot - 2)
            add_text (self, layout, x + bar_w / 2, y - h - 1, 0.5, COHORT_CHART_INK_TEXT);
          else
            g_object_unref (layout);
        }
    }
}

/* Planned and actual side by side, one row per category, the share printed. */
static void
lay_out_pairs (CohortChartLayout *self,
               double             top)
{
  CohortChart *chart = self->chart;
  guint n_cat = cohort_chart_get_n_categories (chart);
  guint n_series = cohort_chart_get_n_series (chart);
  double max = 1, step, axis_max, label_w = 0, tick_h = 0, pct_w;
  double left, right, bottom, slot, bar_h;
  guint n_ticks;

  for (guint c = 0; c < n_cat; c++)
    for (guint i = 0; i < n_series; i++)
      max = MAX (max, (double) cohort_chart_get_value (chart, i, c));
  for (guint c = 0; c < n_cat; c++)
    {
      g_autoptr(PangoLayout) layout = new_text (self, cohort_chart_get_category_label (chart, c), 0.85, FALSE);
      double w, h;

      text_size (layout, &w, &h);
      label_w = MAX (label_w, w);
    }
  label_w = MIN (label_w, self->width * 0.38);
  {
    g_autoptr(PangoLayout) probe = new_text (self, "100%", 0.85, TRUE);
    double h;

    text_size (probe, &pct_w, &h);
    tick_h = h;
  }
  left = PAD + label_w + 8;
  right = self->width - PAD - pct_w - 6;

  /* as many ticks as their labels leave room for */
  for (int wanted = 4; ; wanted--)
    {
      g_autofree char *widest = NULL;
      g_autoptr(PangoLayout) probe = NULL;
      double w, h;

      step = nice_step (max, wanted);
      axis_max = ceil (max / step) * step;
      n_ticks = (guint) llround (axis_max / step);
      widest = tick_text (chart, axis_max);
      probe = new_text (self, widest, 0.85, FALSE);
      text_size (probe, &w, &h);
      if (wanted <= 1 || (n_ticks + 1) * (w + 12) <= right - left + w / 2)
        break;
    }
  bottom = self->height - PAD - tick_h - 4;
  slot = (bottom - top) / MAX (n_cat, 1);
  bar_h = MIN (slot * 0.7 / MAX (n_series, 1), 16);

  for (guint t = 0; t <= n_ticks; t++)
    {
      double x = left + (right - left) * (t * step) / axis_max;
      g_autofree char *text = tick_text (chart, t * step);

      add_rect (self, COHORT_CHART_MARK_RULE, round (x), top, 1, bottom - top, -1, -1,
                t == 0 ? COHORT_CHART_INK_DIM : COHORT_CHART_INK_GRID);
      add_text (self, new_text (self, text, 0.85, FALSE), x, bottom + 4, t == 0 ? 0 : 0.5,
                COHORT_CHART_INK_DIM);
    }

  for (guint c = 0; c < n_cat; c++)
    {
      double y0 = top + slot * c + (slot - bar_h * n_series) / 2;
      PangoLayout *label = new_text (self, cohort_chart_get_category_label (chart, c), 0.85, FALSE);
      CohortChartMark *mark;

      pango_layout_set_width (label, (int) (label_w * PANGO_SCALE));
      pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
      mark = add_text (self, label, left - 8, 0, 1.0, COHORT_CHART_INK_TEXT);
      mark->x = PAD;
      mark->width = label_w;
      mark->y = y0 + (bar_h * n_series - mark->height) / 2;
      pango_layout_set_alignment (label, PANGO_ALIGN_RIGHT);

      for (guint i = 0; i < n_series; i++)
        {
          double v = (double) cohort_chart_get_value (chart, i, c);
          double w = (right - left) * v / axis_max;
          double y = y0 + bar_h * i;

          if (v > 0)
            add_rect (self, COHORT_CHART_MARK_BAR, left + 1, y, MAX (w, 1), bar_h - 1, i, c,
                      cohort_chart_get_series_colour (chart, i));
          if (i + 1 == n_series && i > 0 && cohort_chart_get_value (chart, 0, c) > 0)
            {
              double planned = (double) cohort_chart_get_value (chart, 0, c);
              g_autofree char *text = cohort_number_format_percent (100.0 * v / planned, 0);
              PangoLayout *layout = new_text (self, text, 0.85, TRUE);
              double tw, th;

              text_size (layout, &tw, &th);
              add_text (self, layout, left + 1 + w + 4, y + (bar_h - th) / 2, 0, COHORT_CHART_INK_TEXT);
            }
        }
    }
}

/* A ring of slices with the total inside and a legend with the values. */
static void
lay_out_donut (CohortChartLayout *self,
               double             top)
{
  CohortChart *chart = self->chart;
  guint n_cat = cohort_chart_get_n_categories (chart);
  gint64 total = cohort_chart_get_total (chart);
  double avail_h = self->height - top - PAD;
  double radius = MIN (avail_h, (self->width - 2 * PAD) * 0.45) / 2;
  double cx = PAD + radius, cy = top + avail_h / 2;
  double angle = -G_PI / 2, lx = cx + radius + 24, ly;
  double row_h = 0;
  g_autofree char *total_text = cohort_number_format (total);
  PangoLayout *big = new_text (self, total_text, 1.4, TRUE);
  PangoLayout *small = new_text (self, cohort_chart_get_value_name (chart), 0.8, FALSE);
  double bw, bh, sw, sh;

  text_size (big, &bw, &bh);
  text_size (small, &sw, &sh);
  add_text (self, big, cx, cy - (bh + sh) / 2, 0.5, COHORT_CHART_INK_TEXT);
  add_text (self, small, cx, cy - (bh + sh) / 2 + bh, 0.5, COHORT_CHART_INK_DIM);

  for (guint c = 0; c < n_cat; c++)
    {
      double v = (double) cohort_chart_get_value (chart, 0, c);
      double sweep = total > 0 ? 2 * G_PI * v / (double) total : 0;
      CohortChartMark *mark;

      if (v <= 0)
        continue;
      mark = add_mark (self, COHORT_CHART_MARK_SLICE, (CohortChartColour) (c % COHORT_CHART_N_COLOURS));
      mark->cx = cx;
      mark->cy = cy;
      mark->radius = radius;
      mark->inner = radius * 0.6;
      /* a gap of about a pixel and a half keeps neighbouring slices apart */
      mark->start = angle + (sweep > 0.04 ? 0.75 / radius : 0);
      mark->end = angle + sweep - (sweep > 0.04 ? 0.75 / radius : 0);
      mark->series = 0;
      mark->category = c;
      mark->x = cx - radius;
      mark->y = cy - radius;
      mark->width = mark->height = 2 * radius;
      angle += sweep;
    }

  /* The legend: one row per category with its value and share. */
  {
    g_autoptr(PangoLayout) probe = new_text (self, "Ag", 0.9, FALSE);
    double w;

    text_size (probe, &w, &row_h);
  }
  {
    guint shown = 0;

    for (guint c = 0; c < n_cat; c++)
      shown += cohort_chart_get_value (chart, 0, c) != 0;
    ly = cy - (shown * (row_h * 2 + 6)) / 2;
  }
  for (guint c = 0, row = 0; c < n_cat; c++)
    {
      gint64 v = cohort_chart_get_value (chart, 0, c);
      g_autofree char *number = cohort_number_format (v);
      g_autofree char *share = cohort_number_format_percent (total > 0 ? 100.0 * v / total : 0, 1);
      g_autofree char *detail = g_strdup_printf ("%s · %s", number, share);
      double y = ly + row * (row_h * 2 + 6);

      if (v == 0)
        continue;
      row++;
      add_rect (self, COHORT_CHART_MARK_SWATCH, lx, y + (row_h - SWATCH) / 2, SWATCH, SWATCH, 0, c,
                (CohortChartColour) (c % COHORT_CHART_N_COLOURS));
      add_text (self, new_text (self, cohort_chart_get_category_label (chart, c), 0.9, FALSE),
                lx + SWATCH + 6, y, 0, COHORT_CHART_INK_TEXT);
      add_text (self, new_text (self, detail, 0.9, TRUE), lx + SWATCH + 6, y + row_h, 0, COHORT_CHART_INK_DIM);
    }
}

/**
 * cohort_chart_layout_new:
 * @context: measures the texts (the widget's, or a cairo context's)
 *
 * Returns: (transfer full): the marks of @chart in a box of @width × @height
 */
CohortChartLayout *
cohort_chart_layout_new (CohortChart            *chart,
                         PangoContext           *context,
                         double                  width,
                         double                  height,
                         const CohortChartStyle *style)
{
  CohortChartLayout *self = g_new0 (CohortChartLayout, 1);
  double top = PAD;

  self->chart = cohort_chart_ref (chart);
  self->context = g_object_ref (context);
  self->style = *style;
  self->font = g_strdup (style->font);
  self->style.font = self->font;
  self->marks = g_array_new (FALSE, TRUE, sizeof (CohortChartMark));
  self->width = width;
  self->height = height;

  if (style->show_title)
    {
      PangoLayout *title = new_text (self, cohort_chart_get_title (chart), 1.15, TRUE);
      CohortChartMark *mark;

      pango_layout_set_width (title, (int) ((width - 2 * PAD) * PANGO_SCALE));
      pango_layout_set_wrap (title, PANGO_WRAP_WORD_CHAR);
      mark = add_text (self, title, PAD, top, 0, COHORT_CHART_INK_TEXT);
      top += mark->height + 6;
    }

  if (cohort_chart_is_empty (chart))
    {
      lay_out_empty (self, top);
      return self;
    }
  switch (cohort_chart_get_kind (chart))
    {
    case COHORT_CHART_DONUT:
      lay_out_donut (self, top);
      break;
    case COHORT_CHART_PAIRED:
      lay_out_pairs (self, lay_out_legend (self, top));
      break;
    case COHORT_CHART_STACKED:
    case COHORT_CHART_PERCENT:
    default:
      lay_out_columns (self, lay_out_legend (self, top));
      break;
    }
  return self;
}

CohortChart *
cohort_chart_layout_get_chart (CohortChartLayout *self)
{
  return self->chart;
}

guint
cohort_chart_layout_get_n_marks (CohortChartLayout *self)
{
  return self->marks->len;
}

const CohortChartMark *
cohort_chart_layout_get_mark (CohortChartLayout *self,
                              guint              i)
{
  g_return_val_if_fail (i < self->marks->len, NULL);
  return &g_array_index (self->marks, CohortChartMark, i);
}

static gboolean
slice_contains (const CohortChartMark *m,
                double                 x,
                double                 y)
{
  double dx = x - m->cx, dy = y - m->cy;
  double r = sqrt (dx * dx + dy * dy);
  double a = atan2 (dy, dx);

  if (r < m->inner || r > m->radius)
    return FALSE;
  while (a < m->start)
    a += 2 * G_PI;
  return a <= m->end;
}

/**
 * cohort_chart_layout_hit:
 * @series: (out): the series of the value under (@x, @y)
 * @category: (out): its category
 *
 * Returns: whether a bar, slice or (for a donut) legend row is there
 */
gboolean
cohort_chart_layout_hit (CohortChartLayout *self,
                         double             x,
                         double             y,
                         guint             *series,
                         guint             *category)
{
  /* exactly inside first; then thin parts get a few pixels more to aim at */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = self->marks->len; i-- > 0;)
      {
        const CohortChartMark *m = &g_array_index (self->marks, CohortChartMark, i);
        double slack = pass == 1 && m->height < 4 ? 2 : 0;
        gboolean inside;

        if (m->series < 0 || m->category < 0)
          continue;
        if (m->kind == COHORT_CHART_MARK_SLICE)
          inside = slice_contains (m, x, y);
        else if (m->kind == COHORT_CHART_MARK_BAR)
          inside = x >= m->x && x < m->x + m->width && y >= m->y - slack && y <= m->y + m->height + slack;
        else
          continue;
        if (inside)
          {
            *series = m->series;
            *category = m->category;
            return TRUE;
          }
      }
  return FALSE;
}

/**
 * cohort_chart_layout_get_style:
 *
 * Returns: (transfer none): the style the marks were laid out for
 */
const CohortChartStyle *
cohort_chart_layout_get_style (CohortChartLayout *self)
{
  return &self->style;
}
