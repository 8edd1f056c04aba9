/* cohort-list-render.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "cohort-list-document.h"

G_BEGIN_DECLS

/* A4 landscape in points, the page of Cohort's PDF lists. */
#define COHORT_LIST_PAGE_WIDTH  841.89
#define COHORT_LIST_PAGE_HEIGHT 595.28

/* Distances from the edges of the paper, in points. */
typedef struct
{
  double top;
  double right;
  double bottom;
  double left;
} CohortListMargins;

/* A CohortListDocument laid out on pages of one size: the PDF writer and
 * printing both draw through it, so the paper shows what the file shows. */
typedef struct _CohortListRender CohortListRender;

CohortListRender *cohort_list_render_new            (CohortListDocument      *doc,
                                                     double                   page_width,
                                                     double                   page_height,
                                                     const CohortListMargins *margins);
void              cohort_list_render_free           (CohortListRender        *self);
void              cohort_list_render_get_default_margins (CohortListMargins *margins);
guint             cohort_list_render_get_n_pages    (CohortListRender        *self);
void              cohort_list_render_get_page_rows  (CohortListRender        *self,
                                                     guint                    page,
                                                     guint                   *first_row,
                                                     guint                   *n_rows);
gboolean          cohort_list_render_page_has_signatures (CohortListRender   *self,
                                                          guint               page);
void              cohort_list_render_draw_page      (CohortListRender        *self,
                                                     cairo_t                 *cr,
                                                     guint                    page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CohortListRender, cohort_list_render_free)

G_END_DECLS
