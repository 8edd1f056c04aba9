/* cohort-list-render.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lays out an official list (Decree 30/2020/NĐ-CP) on pages and draws them
 * with pango onto any cairo context: the PDF writer (cohort-list-pdf.c) and
 * the print dialog use the same code, so the paper is the file.
 */
#define G_LOG_DOMAIN "cohort-list-render"

#include "config.h"

#include <pango/pangocairo.h>

#include "cohort-list-letterhead-private.h"
#include "cohort-list-render.h"
#include "cohort-list-text-private.h"

/* Sizes in points: the decree's 13 for the heading block and signatures
 * (cohort-list-letterhead.c), 14 for the title, and 12 in the table so that
 * a dozen columns fit. */
#define SIZE_TITLE  14.0
#define SIZE_TABLE  12.0

#define MM          (72.0 / 25.4)
#define CELL_PAD_X  3.0
#define CELL_PAD_Y  4.0
#define GRID_WIDTH  0.5
#define GAP         12.0

typedef struct
{
  guint    first_row;
  guint    n_rows;
  gboolean signatures;
} Page;

struct _CohortListRender
{
  CohortListDocument *doc;           /* borrowed */
  double              page_width;
  double              page_height;
  CohortListMargins   margins;

  PangoContext       *context;

  double             *column_x;      /* n_columns + 1 edges */

  /* Page 1, and the signatures after the last row */
  CohortListLetterhead *letterhead;
  GPtrArray          *titles;        /* PangoLayout */
  double              titles_y;      /* below the top margin */
  double              block_height;  /* heading block and titles */

  /* The table */
  guint               n_columns;
  PangoLayout       **headings;      /* n_columns */
  double              heading_height;
  GPtrArray          *cells;         /* PangoLayout, n_columns per row */
  double             *row_height;

  double              closing_height;

  GArray             *pages;         /* Page */
};

/* A layout in the renderer's context: @width points wide (text wraps
 * inside it), or as wide as its text when @width is 0. */
static PangoLayout *
make_layout (CohortListRender *self,
             const char       *text,
             CohortListScript  script,
             double            size,
             CohortListFace    face,
             double            width,
             PangoAlignment    align)
{
  return _cohort_list_layout_new (self->context, text, script, size, face, width, align);
}

static double
printable_width (CohortListRender *self)
{
  return self->page_width - self->margins.left - self->margins.right;
}

static void
lay_out_heading_block (CohortListRender *self)
{
  CohortListDocument *doc = self->doc;
  double titles_height = 0;

  self->letterhead = _cohort_list_letterhead_new (self->context, doc, printable_width (self), FALSE);
  self->titles = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < doc->title->len; i++)
    {
      CohortListText *line = g_ptr_array_index (doc->title, i);
      PangoLayout *layout = make_layout (self, line->text, line->script, SIZE_TITLE, COHORT_LIST_FACE_BOLD,
                                         printable_width (self), PANGO_ALIGN_CENTER);

      titles_height += _cohort_list_layout_height (layout);
      g_ptr_array_add (self->titles, layout);
    }

  self->titles_y = _cohort_list_letterhead_get_top_height (self->letterhead);
  if (self->titles_y > 0)
    self->titles_y += 2 * GAP;
  self->block_height = self->titles_y + titles_height;
  if (titles_height > 0)
    self->block_height += GAP;
  self->closing_height = _cohort_list_letterhead_get_closing_height (self->letterhead);
}

/* Widths are in characters, Excel's unit: the table spans the printable
 * width, shared in those proportions, except that no column is made so
 * narrow that a word or a date has to be cut; the room such a column needs
 * is taken from the columns with room to spare. */
static void
lay_out_columns (CohortListRender *self,
                 const double     *needed)
{
  CohortListDocument *doc = self->doc;
  guint n = doc->n_columns;
  g_autofree double *width = g_new0 (double, n);
  double total = printable_width (self);
  double chars = 0;
  double deficit = 0;
  double spare = 0;
  double least = 0;
  double x = self->margins.left;

  for (guint c = 0; c < n; c++)
    {
      chars += MAX (doc->columns[c].width, 1);
      least += needed[c];
    }
  for (guint c = 0; c < n; c++)
    {
      width[c] = MAX (doc->columns[c].width, 1) / chars * total;
      if (width[c] < needed[c])
        deficit += needed[c] - width[c];
      else
        spare += width[c] - needed[c];
    }

  if (least > total)
    {
      /* Too many columns for the paper: in proportion to what they need,
       * and long words break inside their cells. */
      for (guint c = 0; c < n; c++)
        width[c] = needed[c] / least * total;
    }
  else if (deficit > 0)
    {
      for (guint c = 0; c < n; c++)
        if (width[c] < needed[c])
          width[c] = needed[c];
        else
          width[c] -= (width[c] - needed[c]) / spare * deficit;
    }

  self->column_x = g_new0 (double, n + 1);
  for (guint c = 0; c < n; c++)
    {
      self->column_x[c] = x;
      x += width[c];
    }
  self->column_x[n] = self->margins.left + total;
}

static double
cell_width (CohortListRender *self,
            guint             column)
{
  return MAX (self->column_x[column + 1] - self->column_x[column] - 2 * CELL_PAD_X, 1);
}

static PangoAlignment
pango_alignment (CohortListAlign align)
{
  switch (align)
    {
    case COHORT_LIST_ALIGN_CENTER:
      return PANGO_ALIGN_CENTER;
    case COHORT_LIST_ALIGN_RIGHT:
      return PANGO_ALIGN_RIGHT;
    case COHORT_LIST_ALIGN_LEFT:
    default:
      return PANGO_ALIGN_LEFT;
    }
}

/* Every cell is laid out on one line first, to find how wide each column
 * must be, then wrapped to the column's width to find the rows' heights. */
static void
lay_out_table (CohortListRender *self)
{
  CohortListDocument *doc = self->doc;
  g_autofree double *needed = g_new0 (double, doc->n_columns);
  double tallest = 0;

  self->n_columns = doc->n_columns;
  self->headings = g_new0 (PangoLayout *, doc->n_columns);
  for (guint c = 0; c < doc->n_columns; c++)
    {
      CohortListColumn *col = &doc->columns[c];
      g_autofree char *text = NULL;

      /* A bilingual heading is its Lao line above its Vietnamese one. */
      if (col->heading[1].text != NULL)
        text = g_strconcat (col->heading[0].text, "\n", col->heading[1].text, NULL);
      else
        text = g_strdup (col->heading[0].text);
      self->headings[c] = make_layout (self, text, col->heading[0].script, SIZE_TABLE, COHORT_LIST_FACE_BOLD, 0,
                                       PANGO_ALIGN_CENTER);
      needed[c] = _cohort_list_layout_min_width (self->headings[c]);
    }

  self->cells = g_ptr_array_new_full (doc->rows->len * doc->n_columns, g_object_unref);
  for (guint r = 0; r < doc->rows->len; r++)
    {
      GStrv row = g_ptr_array_index (doc->rows, r);

      for (guint c = 0; c < doc->n_columns; c++)
        {
          CohortListColumn *col = &doc->columns[c];
          PangoLayout *layout = make_layout (self, row[c], col->script, SIZE_TABLE, COHORT_LIST_FACE_REGULAR, 0,
                                             pango_alignment (col->align));

          needed[c] = MAX (needed[c], _cohort_list_layout_min_width (layout));
          g_ptr_array_add (self->cells, layout);
        }
    }

  /* A point to spare, so that rounding never wraps a word that fits. */
  for (guint c = 0; c < doc->n_columns; c++)
    needed[c] += 2 * CELL_PAD_X + 1;
  lay_out_columns (self, needed);

  for (guint c = 0; c < doc->n_columns; c++)
    {
      _cohort_list_layout_set_width (self->headings[c], cell_width (self, c));
      tallest = MAX (tallest, _cohort_list_layout_height (self->headings[c]));
    }
  self->heading_height = tallest + 2 * CELL_PAD_Y;

  self->row_height = g_new0 (double, doc->rows->len);
  for (guint r = 0; r < doc->rows->len; r++)
    {
      tallest = 0;
      for (guint c = 0; c < doc->n_columns; c++)
        {
          PangoLayout *layout = g_ptr_array_index (self->cells, r * doc->n_columns + c);

          _cohort_list_layout_set_width (layout, cell_width (self, c));
          tallest = MAX (tallest, _cohort_list_layout_height (layout));
        }
      self->row_height[r] = tallest + 2 * CELL_PAD_Y;
    }
}

static double
first_table_y (CohortListRender *self,
               guint             page)
{
  return self->margins.top + (page == 0 ? self->block_height : 0);
}

/* Rows are never split; the table's heading row starts every page; the
 * signatures follow the last row, and when they do not fit under it the
 * last row goes over with them, so that no page holds signatures alone
 * under a heading row with nothing in it. */
static void
paginate (CohortListRender *self)
{
  CohortListDocument *doc = self->doc;
  double bottom = self->page_height - self->margins.bottom;
  Page page = { 0, 0, FALSE };
  double y = first_table_y (self, 0) + self->heading_height;

  self->pages = g_array_new (FALSE, FALSE, sizeof (Page));
  for (guint r = 0; r < doc->rows->len; r++)
    {
      if (page.n_rows > 0 && y + self->row_height[r] > bottom)
        {
          g_array_append_val (self->pages, page);
          page = (Page) { r, 0, FALSE };
          y = first_table_y (self, self->pages->len) + self->heading_height;
        }
      page.n_rows++;
      y += self->row_height[r];
    }

  if (y + self->closing_height <= bottom)
    {
      page.signatures = TRUE;
      g_array_append_val (self->pages, page);
    }
  else if (page.n_rows >= 2)
    {
      page.n_rows--;
      g_array_append_val (self->pages, page);
      page = (Page) { page.first_row + page.n_rows, 1, TRUE };
      g_array_append_val (self->pages, page);
    }
  else
    {
      g_array_append_val (self->pages, page);
      page = (Page) { doc->rows->len, 0, TRUE };
      g_array_append_val (self->pages, page);
    }
}

/**
 * cohort_list_render_get_default_margins:
 * @margins: (out): filled with the margins of Decree 30/2020/NĐ-CP
 *
 * Top and bottom 20 mm, left 30 mm, right 15 mm: the decree's smallest, which
 * leave the most room for the table.
 */
void
cohort_list_render_get_default_margins (CohortListMargins *margins)
{
  g_return_if_fail (margins != NULL);

  margins->top = 20 * MM;
  margins->bottom = 20 * MM;
  margins->left = 30 * MM;
  margins->right = 15 * MM;
}

/**
 * cohort_list_render_new:
 * @doc: the list; it must outlive the result
 * @page_width: in points, e.g. %COHORT_LIST_PAGE_WIDTH
 * @page_height: in points
 * @margins: (nullable): from the edges of the paper, in points; %NULL for the
 *   decree's
 *
 * Lays @doc out on pages. Text is measured without hinting, at 72 units to
 * the inch, so the pages come out the same on a PDF surface and on a
 * printer's cairo context whose unit is the point.
 *
 * Returns: (transfer full): the pages, to free with cohort_list_render_free()
 */
CohortListRender *
cohort_list_render_new (CohortListDocument      *doc,
                        double                   page_width,
                        double                   page_height,
                        const CohortListMargins *margins)
{
  CohortListRender *self;

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (page_width > 0 && page_height > 0, NULL);

  self = g_new0 (CohortListRender, 1);
  self->doc = doc;
  self->page_width = page_width;
  self->page_height = page_height;
  if (margins != NULL)
    self->margins = *margins;
  else
    cohort_list_render_get_default_margins (&self->margins);

  self->context = _cohort_list_context_new ();

  lay_out_heading_block (self);
  lay_out_table (self);
  paginate (self);
  return self;
}

void
cohort_list_render_free (CohortListRender *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->letterhead, _cohort_list_letterhead_free);
  g_clear_pointer (&self->titles, g_ptr_array_unref);
  /* Not through self->doc: the list may be gone already. */
  for (guint c = 0; self->headings != NULL && c < self->n_columns; c++)
    g_clear_object (&self->headings[c]);
  g_free (self->headings);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_free (self->row_height);
  g_free (self->column_x);
  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_object (&self->context);
  g_free (self);
}

/**
 * cohort_list_render_get_n_pages:
 *
 * Returns: the number of pages, at least 1
 */
guint
cohort_list_render_get_n_pages (CohortListRender *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->pages->len;
}

/**
 * cohort_list_render_get_page_rows:
 * @page: from 0
 * @first_row: (out) (optional): the first row of the document on @page
 * @n_rows: (out) (optional): how many rows @page holds
 */
void
cohort_list_render_get_page_rows (CohortListRender *self,
                                  guint             page,
                                  guint            *first_row,
                                  guint            *n_rows)
{
  Page *p;

  g_return_if_fail (self != NULL && page < self->pages->len);

  p = &g_array_index (self->pages, Page, page);
  if (first_row != NULL)
    *first_row = p->first_row;
  if (n_rows != NULL)
    *n_rows = p->n_rows;
}

/**
 * cohort_list_render_page_has_signatures:
 * @page: from 0
 *
 * Returns: whether the place, the date and the signature blocks are on @page
 */
gboolean
cohort_list_render_page_has_signatures (CohortListRender *self,
                                        guint             page)
{
  g_return_val_if_fail (self != NULL && page < self->pages->len, FALSE);
  return g_array_index (self->pages, Page, page).signatures;
}

/* Drawing */

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  if (layout == NULL)
    return;
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static double
draw_heading_block (CohortListRender *self,
                    cairo_t          *cr)
{
  double x = self->margins.left;
  double y = self->margins.top + self->titles_y;

  _cohort_list_letterhead_draw_top (self->letterhead, cr, x, self->margins.top);
  for (guint i = 0; i < self->titles->len; i++)
    {
      PangoLayout *layout = g_ptr_array_index (self->titles, i);

      show_layout (cr, layout, x, y);
      y += _cohort_list_layout_height (layout);
    }
  return self->margins.top + self->block_height;
}

static void
draw_row (CohortListRender  *self,
          cairo_t           *cr,
          PangoLayout      **layouts,
          double             y,
          double             height)
{
  cairo_set_line_width (cr, GRID_WIDTH);
  for (guint c = 0; c < self->doc->n_columns; c++)
    {
      double x = self->column_x[c];
      double w = self->column_x[c + 1] - x;

      cairo_rectangle (cr, x, y, w, height);
      cairo_stroke (cr);
      /* Vertically centred, as in the .xlsx. Text that would not fit (a
       * single row taller than a page) is cut at the cell's edge. */
      cairo_save (cr);
      cairo_rectangle (cr, x, y, w, height);
      cairo_clip (cr);
      show_layout (cr, layouts[c], x + CELL_PAD_X, y + (height - _cohort_list_layout_height (layouts[c])) / 2);
      cairo_restore (cr);
    }
}

/**
 * cohort_list_render_draw_page:
 * @cr: a context whose unit is the point and whose origin is the top left
 *   corner of the paper
 * @page: from 0
 *
 * Draws @page in black. The caller shows the page (cairo_show_page()).
 */
void
cohort_list_render_draw_page (CohortListRender *self,
                              cairo_t          *cr,
                              guint             page)
{
  Page *p;
  double y;

  g_return_if_fail (self != NULL && cr != NULL);
  g_return_if_fail (page < self->pages->len);

  p = &g_array_index (self->pages, Page, page);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);

  /* The decree: the page number centred in the top margin, from page 2. */
  if (page == 0)
    y = draw_heading_block (self, cr);
  else
    {
      _cohort_list_letterhead_draw_page_number (self->letterhead, cr, page, self->margins.left, self->margins.top);
      y = self->margins.top;
    }

  if (p->n_rows > 0 || self->doc->rows->len == 0)
    {
      draw_row (self, cr, self->headings, y, self->heading_height);
      y += self->heading_height;
    }
  for (guint r = p->first_row; r < p->first_row + p->n_rows; r++)
    {
      PangoLayout **layouts = (PangoLayout **) &g_ptr_array_index (self->cells, r * self->doc->n_columns);

      draw_row (self, cr, layouts, y, self->row_height[r]);
      y += self->row_height[r];
    }
  if (p->signatures)
    _cohort_list_letterhead_draw_closing (self->letterhead, cr, self->margins.left, y);
  cairo_restore (cr);
}
