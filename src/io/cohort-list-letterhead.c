/* cohort-list-letterhead.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The letterhead and the signatures of the school's official documents, as
 * Decree 30/2020/NĐ-CP places them: Ô2 (the parent agency, the school in
 * bold, a short rule) top left, Ô1 (the national motto, a rule as long as
 * its second line) top right, Ô4 (place and date, in italics) under the
 * motto or above the signatures, and the two signers side by side at the
 * end. The lists (cohort-list-render.c) and the training report
 * (cohort-dashboard-pdf.c) draw them through this one piece of code.
 */
#define G_LOG_DOMAIN "cohort-list-letterhead"

#include "config.h"

#include <pango/pangocairo.h>

#include "cohort-list-letterhead-private.h"
#include "cohort-list-text-private.h"

/* The decree's 13 pt for the heading block and the signatures. */
#define SIZE_TEXT   13.0
#define RULE_WIDTH  0.6
#define RULE_GAP    6.0
#define SIGN_SPACE  64.0   /* left blank for the signature and the seal */
#define GAP         12.0

/* The heading block and the signatures share two columns: the agency (left)
 * and the national motto (right) above, the compiler and the school's
 * signer below. */
#define LEFT_SHARE  0.42

struct _CohortListLetterhead
{
  PangoContext *context;
  double        width;
  gboolean      date_on_top;

  PangoLayout  *agency[2];     /* parent, issuing agency */
  PangoLayout  *motto[2];
  double        agency_rule;   /* length of the rule under the agency */
  double        motto_rule;
  double        top_height;

  PangoLayout  *place_date;
  PangoLayout  *signer_title[2];
  PangoLayout  *signer_name[2];
  double        closing_height;
};

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

static PangoLayout *
make_layout (CohortListLetterhead *self,
             const char           *text,
             CohortListFace        face,
             double                width)
{
  return _cohort_list_layout_new (self->context, text, COHORT_LIST_SCRIPT_VIETNAMESE, SIZE_TEXT, face, width,
                                  PANGO_ALIGN_CENTER);
}

static void
lay_out_top (CohortListLetterhead *self,
             CohortListDocument   *doc)
{
  double left = self->width * LEFT_SHARE;
  double right = self->width - left;
  double left_height, right_height;

  if (has_text (doc->parent_agency))
    self->agency[0] = make_layout (self, doc->parent_agency, COHORT_LIST_FACE_REGULAR, left);
  if (has_text (doc->agency))
    {
      self->agency[1] = make_layout (self, doc->agency, COHORT_LIST_FACE_BOLD, left);
      /* The decree: a rule a third to a half as long as the line above it. */
      self->agency_rule = _cohort_list_layout_line_width (self->agency[1]) * 0.4;
    }
  for (guint i = 0; i < 2; i++)
    if (has_text (doc->motto[i]))
      self->motto[i] = make_layout (self, doc->motto[i], COHORT_LIST_FACE_BOLD, right);
  if (self->motto[1] != NULL)
    self->motto_rule = _cohort_list_layout_line_width (self->motto[1]);

  left_height = _cohort_list_layout_height (self->agency[0]) + _cohort_list_layout_height (self->agency[1]);
  if (self->agency_rule > 0)
    left_height += RULE_GAP;
  right_height = _cohort_list_layout_height (self->motto[0]) + _cohort_list_layout_height (self->motto[1]);
  if (self->motto_rule > 0)
    right_height += RULE_GAP;
  if (self->date_on_top && self->place_date != NULL)
    right_height += RULE_GAP + _cohort_list_layout_height (self->place_date);
  self->top_height = MAX (left_height, right_height);
}

static void
lay_out_closing (CohortListLetterhead *self,
                 CohortListDocument   *doc)
{
  double left = self->width * LEFT_SHARE;
  double widths[2] = { left, self->width - left };
  double titles = 0;
  double names = 0;

  self->closing_height = GAP;
  if (!self->date_on_top)
    self->closing_height += _cohort_list_layout_height (self->place_date);
  for (guint i = 0; i < 2; i++)
    {
      if (has_text (doc->signers[i].title))
        self->signer_title[i] = make_layout (self, doc->signers[i].title, COHORT_LIST_FACE_BOLD, widths[i]);
      if (has_text (doc->signers[i].name))
        self->signer_name[i] = make_layout (self, doc->signers[i].name, COHORT_LIST_FACE_BOLD, widths[i]);
      titles = MAX (titles, _cohort_list_layout_height (self->signer_title[i]));
      names = MAX (names, _cohort_list_layout_height (self->signer_name[i]));
    }
  if (titles > 0 || names > 0)
    self->closing_height += titles + SIGN_SPACE + names;
}

/**
 * _cohort_list_letterhead_new:
 * @context: the renderer's (72 units to the inch, no hinting)
 * @doc: the document whose header lines, place and date and signers are drawn
 * @width: the printable width of the page, in points
 * @date_on_top: place and date under the national motto (a report), rather
 *   than above the signatures (a list)
 */
CohortListLetterhead *
_cohort_list_letterhead_new (PangoContext       *context,
                             CohortListDocument *doc,
                             double              width,
                             gboolean            date_on_top)
{
  CohortListLetterhead *self = g_new0 (CohortListLetterhead, 1);

  self->context = g_object_ref (context);
  self->width = width;
  self->date_on_top = date_on_top;
  if (has_text (doc->place_date))
    self->place_date = make_layout (self, doc->place_date, COHORT_LIST_FACE_ITALIC, width - width * LEFT_SHARE);
  lay_out_top (self, doc);
  lay_out_closing (self, doc);
  return self;
}

void
_cohort_list_letterhead_free (CohortListLetterhead *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < 2; i++)
    {
      g_clear_object (&self->agency[i]);
      g_clear_object (&self->motto[i]);
      g_clear_object (&self->signer_title[i]);
      g_clear_object (&self->signer_name[i]);
    }
  g_clear_object (&self->place_date);
  g_clear_object (&self->context);
  g_free (self);
}

/* The height of the agency lines and the motto (and place and date when
 * they go under it), rules included; 0 when there is nothing to draw. */
double
_cohort_list_letterhead_get_top_height (CohortListLetterhead *self)
{
  return self->top_height;
}

/* The height of place and date (unless above) and of the signatures, with
 * the space above them. */
double
_cohort_list_letterhead_get_closing_height (CohortListLetterhead *self)
{
  return self->closing_height;
}

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

static void
draw_rule (cairo_t *cr,
           double   centre,
           double   y,
           double   length)
{
  cairo_set_line_width (cr, RULE_WIDTH);
  cairo_move_to (cr, centre - length / 2, y);
  cairo_line_to (cr, centre + length / 2, y);
  cairo_stroke (cr);
}

/* Draws the top of the first page, its top left corner at (@x, @y). */
void
_cohort_list_letterhead_draw_top (CohortListLetterhead *self,
                                  cairo_t              *cr,
                                  double                x,
                                  double                y)
{
  double left = self->width * LEFT_SHARE;
  double left_y = y;
  double right_y = y;

  show_layout (cr, self->agency[0], x, left_y);
  left_y += _cohort_list_layout_height (self->agency[0]);
  show_layout (cr, self->agency[1], x, left_y);
  left_y += _cohort_list_layout_height (self->agency[1]);
  if (self->agency_rule > 0)
    draw_rule (cr, x + left / 2, left_y + 3, self->agency_rule);

  show_layout (cr, self->motto[0], x + left, right_y);
  right_y += _cohort_list_layout_height (self->motto[0]);
  show_layout (cr, self->motto[1], x + left, right_y);
  right_y += _cohort_list_layout_height (self->motto[1]);
  if (self->motto_rule > 0)
    {
      draw_rule (cr, x + left + (self->width - left) / 2, right_y + 3, self->motto_rule);
      right_y += RULE_GAP;
    }
  if (self->date_on_top)
    show_layout (cr, self->place_date, x + left, right_y + RULE_GAP);
}

/* Draws place and date (unless on top) and the signatures under @y. */
void
_cohort_list_letterhead_draw_closing (CohortListLetterhead *self,
                                      cairo_t              *cr,
                                      double                x,
                                      double                y)
{
  double left = self->width * LEFT_SHARE;
  double xs[2] = { x, x + left };
  double titles = 0;

  y += GAP;
  if (!self->date_on_top)
    {
      show_layout (cr, self->place_date, xs[1], y);
      y += _cohort_list_layout_height (self->place_date);
    }
  for (guint i = 0; i < 2; i++)
    {
      show_layout (cr, self->signer_title[i], xs[i], y);
      titles = MAX (titles, _cohort_list_layout_height (self->signer_title[i]));
    }
  y += titles + SIGN_SPACE;
  for (guint i = 0; i < 2; i++)
    show_layout (cr, self->signer_name[i], xs[i], y);
}

/* The decree: the page number centred in the top margin, from page 2. */
void
_cohort_list_letterhead_draw_page_number (CohortListLetterhead *self,
                                          cairo_t              *cr,
                                          guint                 page,
                                          double                x,
                                          double                top_margin)
{
  g_autofree char *text = g_strdup_printf ("%u", page + 1);
  g_autoptr(PangoLayout) layout = make_layout (self, text, COHORT_LIST_FACE_REGULAR, self->width);

  show_layout (cr, layout, x, (top_margin - _cohort_list_layout_height (layout)) / 2);
}
