/* cohort-dashboard-pdf.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dashboard as a training report in PDF, A4 portrait, laid out as
 * Decree 30/2020/NĐ-CP lays out a report: the school's letterhead (agency
 * lines left, national motto right, place and date in italics under it),
 * the title, the period and filters, a table of the figures, the five
 * charts two to a page and never cut across pages, the signatures at the
 * end; page numbers in the top margin from page 2.
 */
#define G_LOG_DOMAIN "cohort-dashboard-pdf"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "cohort-chart-layout.h"
#include "cohort-dashboard-pdf.h"
#include "cohort-dashboard-report.h"
#include "cohort-io-error.h"
#include "cohort-list-letterhead-private.h"
#include "cohort-list-render.h"
#include "cohort-list-text-private.h"
#include "cohort-number.h"
#include "cohort-pdf-private.h"

/* A4 portrait, in points. */
#define PAGE_WIDTH  595.28
#define PAGE_HEIGHT 841.89

#define SIZE_TITLE   14.0
#define SIZE_FILTERS 13.0
#define SIZE_TABLE   12.0
#define GAP          12.0
#define CELL_PAD_X   4.0
#define CELL_PAD_Y   4.0
#define GRID_WIDTH   0.5
#define CHART_GAP    16.0
#define CHART_MIN    240.0
#define CHART_MAX    330.0

/* The letterhead's serif for Vietnamese, the official Lao font for Lao
 * (charts in Lao have Lao labels); both have their script's marks right. */
#define CHART_FONT "Times New Roman, Phetsarath OT, Noto Sans Lao 10"

#define N_COLUMNS 4
#define N_ROWS    (COHORT_DASHBOARD_N_TILES + 1)

typedef struct
{
  guint    first_chart;
  guint    n_charts;
  gboolean signatures;
} Page;

typedef struct
{
  CohortDashboardReport *report;       /* borrowed */
  PangoContext          *context;
  CohortListLetterhead  *letterhead;
  CohortListMargins      margins;
  double                 width;        /* printable */

  PangoLayout           *title;
  PangoLayout           *filters;
  double                 title_y;      /* below the top margin */
  double                 table_y;
  PangoLayout           *cells[N_ROWS * N_COLUMNS];
  double                 column_x[N_COLUMNS + 1];
  double                 row_height[N_ROWS];
  double                 intro_height; /* what page 1 holds above the charts */

  CohortChartLayout     *charts[COHORT_DASHBOARD_N_CHARTS];
  guint                  n_charts;
  double                 chart_height;
  GArray                *pages;        /* Page */
} Report;

static void
report_clear (Report *self)
{
  g_clear_pointer (&self->letterhead, _cohort_list_letterhead_free);
  g_clear_object (&self->title);
  g_clear_object (&self->filters);
  for (guint i = 0; i < G_N_ELEMENTS (self->cells); i++)
    g_clear_object (&self->cells[i]);
  for (guint i = 0; i < self->n_charts; i++)
    g_clear_pointer (&self->charts[i], cohort_chart_layout_free);
  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_object (&self->context);
}

static double
page_bottom (Report *self)
{
  return PAGE_HEIGHT - self->margins.bottom;
}

static PangoLayout *
make_layout (Report         *self,
             const char     *text,
             double          size,
             CohortListFace  face,
             double          width,
             PangoAlignment  align)
{
  return _cohort_list_layout_new (self->context, text, COHORT_LIST_SCRIPT_VIETNAMESE, size, face, width, align);
}

static char *
number_text (gint64 value)
{
  return value >= 0 ? cohort_number_format (value) : g_strdup ("");
}

/* The figures: what, how many, against which plan, and how much of it. */
static void
lay_out_table (Report *self)
{
  static const double shares[N_COLUMNS] = { 0.36, 0.14, 0.14, 0.36 };
  const char *headings[N_COLUMNS] = {
    /* xgettext:no-c-format */
    C_("report", "Indicator"), C_("report", "Actual"), C_("report", "Plan"), C_("report", "Rate"),
  };
  double x = self->margins.left;

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      self->column_x[c] = x;
      x += self->width * shares[c];
    }
  self->column_x[N_COLUMNS] = self->margins.left + self->width;

  for (guint r = 0; r < N_ROWS; r++)
    {
      const CohortDashboardTile *tile = r > 0 ? &self->report->tiles[r - 1] : NULL;
      double tallest = 0;

      for (guint c = 0; c < N_COLUMNS; c++)
        {
          double w = self->column_x[c + 1] - self->column_x[c] - 2 * CELL_PAD_X;
          g_autofree char *text = NULL;
          PangoLayout *layout;

          if (tile == NULL)
            text = g_strdup (headings[c]);
          else if (c == 0)
            text = g_strdup (tile->label);
          else if (c == 1)
            text = number_text (tile->value);
          else if (c == 2)
            text = number_text (tile->plan);
          else
            text = g_strdup (tile->rate_text ? tile->rate_text : "");

          layout = make_layout (self, text, SIZE_TABLE, tile == NULL ? COHORT_LIST_FACE_BOLD : COHORT_LIST_FACE_REGULAR,
                                w, tile == NULL ? PANGO_ALIGN_CENTER
                                   : c == 0 || c == 3 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
          tallest = MAX (tallest, _cohort_list_layout_height (layout));
          self->cells[r * N_COLUMNS + c] = layout;
        }
      self->row_height[r] = tallest + 2 * CELL_PAD_Y;
    }
}

static void
lay_out_intro (Report *self)
{
  double y = _cohort_list_letterhead_get_top_height (self->letterhead);

  if (y > 0)
    y += 2 * GAP;
  self->title_y = y;
  self->title = make_layout (self, self->report->title, SIZE_TITLE, COHORT_LIST_FACE_BOLD, self->width,
                             PANGO_ALIGN_CENTER);
  y += _cohort_list_layout_height (self->title) + 2;
  self->filters = make_layout (self, self->report->filters, SIZE_FILTERS, COHORT_LIST_FACE_ITALIC, self->width,
                               PANGO_ALIGN_CENTER);
  y += _cohort_list_layout_height (self->filters) + GAP;
  self->table_y = y;
  lay_out_table (self);
  for (guint r = 0; r < N_ROWS; r++)
    y += self->row_height[r];
  self->intro_height = y + CHART_GAP;
}

/* Two charts and the signatures fill a page, as large as that allows. */
static void
lay_out_charts (Report *self)
{
  CohortChartStyle style = {
    .text = { 0, 0, 0, 1 }, .background = { 1, 1, 1, 1 }, .dark = FALSE, .show_title = TRUE, .font = CHART_FONT,
  };
  double room = page_bottom (self) - self->margins.top;

  self->chart_height = (room - CHART_GAP - _cohort_list_letterhead_get_closing_height (self->letterhead)) / 2;
  self->chart_height = CLAMP (self->chart_height, CHART_MIN, CHART_MAX);
  self->n_charts = MIN (self->report->charts->len, G_N_ELEMENTS (self->charts));
  for (guint i = 0; i < self->n_charts; i++)
    self->charts[i] = cohort_chart_layout_new (g_ptr_array_index (self->report->charts, i), self->context,
                                               self->width, self->chart_height, &style);
}

/* Charts are never cut; the signatures follow the last chart, and when they
 * do not fit under it that chart goes over with them, so that no page holds
 * the signatures alone. */
static void
paginate (Report *self)
{
  double bottom = page_bottom (self);
  double closing = _cohort_list_letterhead_get_closing_height (self->letterhead);
  double y = self->margins.top + self->intro_height;
  Page page = { 0, 0, FALSE };

  self->pages = g_array_new (FALSE, FALSE, sizeof (Page));
  for (guint i = 0; i < self->n_charts; i++)
    {
      if (y + self->chart_height > bottom && (page.n_charts > 0 || self->pages->len == 0))
        {
          g_array_append_val (self->pages, page);
          page = (Page) { i, 0, FALSE };
          y = self->margins.top;
        }
      page.n_charts++;
      y += self->chart_height + CHART_GAP;
    }

  y -= CHART_GAP;
  if (y + closing <= bottom)
    {
      page.signatures = TRUE;
      g_array_append_val (self->pages, page);
    }
  else if (page.n_charts >= 2 || (page.n_charts == 1 && self->pages->len == 0))
    {
      page.n_charts--;
      g_array_append_val (self->pages, page);
      page = (Page) { page.first_chart + page.n_charts, 1, TRUE };
      g_array_append_val (self->pages, page);
    }
  else
    {
      g_array_append_val (self->pages, page);
      page = (Page) { self->n_charts, 0, TRUE };
      g_array_append_val (self->pages, page);
    }
}

/* Drawing */

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_table (Report  *self,
            cairo_t *cr,
            double   y)
{
  cairo_set_line_width (cr, GRID_WIDTH);
  for (guint r = 0; r < N_ROWS; r++)
    {
      double h = self->row_height[r];

      for (guint c = 0; c < N_COLUMNS; c++)
        {
          PangoLayout *layout = self->cells[r * N_COLUMNS + c];
          double x = self->column_x[c];

          cairo_rectangle (cr, x, y, self->column_x[c + 1] - x, h);
          cairo_stroke (cr);
          show_layout (cr, layout, x + CELL_PAD_X, y + (h - _cohort_list_layout_height (layout)) / 2);
        }
      y += h;
    }
}

static void
draw_page (Report  *self,
           cairo_t *cr,
           guint    n)
{
  Page *page = &g_array_index (self->pages, Page, n);
  double x = self->margins.left;
  double y = self->margins.top;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  if (n == 0)
    {
      _cohort_list_letterhead_draw_top (self->letterhead, cr, x, y);
      show_layout (cr, self->title, x, y + self->title_y);
      show_layout (cr, self->filters, x, y + self->title_y + _cohort_list_layout_height (self->title) + 2);
      draw_table (self, cr, y + self->table_y);
      y += self->intro_height;
    }
  else
    _cohort_list_letterhead_draw_page_number (self->letterhead, cr, n, x, self->margins.top);

  for (guint i = page->first_chart; i < page->first_chart + page->n_charts; i++)
    {
      cairo_save (cr);
      cairo_translate (cr, x, y);
      cohort_chart_layout_paint (self->charts[i], cr, -1, -1);
      cairo_restore (cr);
      y += self->chart_height + CHART_GAP;
    }
  if (page->signatures)
    {
      if (page->n_charts > 0)
        y -= CHART_GAP;
      cairo_set_source_rgb (cr, 0, 0, 0);
      _cohort_list_letterhead_draw_closing (self->letterhead, cr, x, y);
    }
  cairo_restore (cr);
}

static void
paint_report (cairo_t  *cr,
              gpointer  data)
{
  Report *self = data;

  for (guint n = 0; n < self->pages->len; n++)
    {
      draw_page (self, cr, n);
      cairo_show_page (cr);
    }
}

/**
 * cohort_dashboard_write_pdf:
 * @store: the database
 * @filter: the period, host and program of the dashboard
 * @date: (nullable): the date under the national motto; %NULL for today
 * @path: the file to write; an existing file is replaced
 * @error: why it could not be written, in words for the user
 *
 * Writes the dashboard's figures and charts as a training report on A4
 * portrait pages (see the top of this file), in the language of the user
 * interface under the school's letterhead. The file is written under a
 * hidden temporary name beside @path and renamed over it when complete.
 *
 * Returns: %TRUE on success; %COHORT_IO_ERROR_NOT_CONFIGURED when the
 *   school's name is not set, %COHORT_IO_ERROR_CANNOT_WRITE when the file
 *   cannot be written, a store error otherwise
 */
gboolean
cohort_dashboard_write_pdf (CohortStore                  *store,
                            const CohortDashboardFilter  *filter,
                            GDate                        *date,
                            const char                   *path,
                            GError                      **error)
{
  g_autoptr(CohortDashboardReport) report = NULL;
  g_autofree char *title = NULL;
  Report self = { 0 };
  gboolean ok;

  g_return_val_if_fail (COHORT_IS_STORE (store), FALSE);
  g_return_val_if_fail (filter != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CANNOT_WRITE,
                   _("“%s” is a folder. Choose a file name for the report."), path);
      return FALSE;
    }
  report = cohort_dashboard_report_new (store, filter, date, error);
  if (report == NULL)
    return FALSE;

  self.report = report;
  cohort_list_render_get_default_margins (&self.margins);
  self.width = PAGE_WIDTH - self.margins.left - self.margins.right;
  self.context = _cohort_list_context_new ();
  self.letterhead = _cohort_list_letterhead_new (self.context, report->letterhead, self.width, TRUE);
  lay_out_intro (&self);
  lay_out_charts (&self);
  paginate (&self);

  title = g_strdup_printf ("%s — %s", report->title, report->filters);
  ok = _cohort_pdf_write_file (path, title, PAGE_WIDTH, PAGE_HEIGHT, paint_report, &self, error);
  report_clear (&self);
  return ok;
}
