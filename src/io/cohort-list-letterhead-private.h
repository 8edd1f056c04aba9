/* cohort-list-letterhead-private.h: for the page renderers of src/io only.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "cohort-list-document.h"

G_BEGIN_DECLS

/* The parts of an official document that every one of the school's documents
 * shares (Decree 30/2020/NĐ-CP): the agency lines and the national motto at
 * the top, place and date, and the two signature blocks at the end; laid out
 * once with pango, drawn where the renderer says. */
typedef struct _CohortListLetterhead CohortListLetterhead;

CohortListLetterhead *_cohort_list_letterhead_new           (PangoContext         *context,
                                                             CohortListDocument   *doc,
                                                             double                width,
                                                             gboolean              date_on_top);
void                  _cohort_list_letterhead_free          (CohortListLetterhead *self);
double                _cohort_list_letterhead_get_top_height (CohortListLetterhead *self);
void                  _cohort_list_letterhead_draw_top      (CohortListLetterhead *self,
                                                             cairo_t              *cr,
                                                             double                x,
                                                             double                y);
double                _cohort_list_letterhead_get_closing_height (CohortListLetterhead *self);
void                  _cohort_list_letterhead_draw_closing  (CohortListLetterhead *self,
                                                             cairo_t              *cr,
                                                             double                x,
                                                             double                y);
void                  _cohort_list_letterhead_draw_page_number (CohortListLetterhead *self,
                                                                cairo_t              *cr,
                                                                guint                 page,
                                                                double                x,
                                                                double                top_margin);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CohortListLetterhead, _cohort_list_letterhead_free)

G_END_DECLS
