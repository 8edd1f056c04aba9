/* cohort-list-text-private.h: for the page renderers of src/io only.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

#include "cohort-list-document.h"

G_BEGIN_DECLS

/* Times New Roman is what the decree asks for; Linux systems without it get
 * Liberation Serif, which has the same metrics, through fontconfig's alias.
 * Lao: the official Phetsarath OT, else Noto Sans Lao. Both stack Lao tone
 * marks above the upper vowels, which DejaVu (the usual fallback) does not. */
#define COHORT_LIST_FAMILY_VIETNAMESE "Times New Roman"
#define COHORT_LIST_FAMILY_LAO        "Phetsarath OT, Noto Sans Lao"

typedef enum
{
  COHORT_LIST_FACE_REGULAR,
  COHORT_LIST_FACE_BOLD,
  COHORT_LIST_FACE_ITALIC,
} CohortListFace;

PangoContext *_cohort_list_context_new      (void);
PangoLayout *_cohort_list_layout_new        (PangoContext     *context,
                                             const char       *text,
                                             CohortListScript  script,
                                             double            size,
                                             CohortListFace    face,
                                             double            width,
                                             PangoAlignment    align);
void         _cohort_list_layout_set_width  (PangoLayout      *layout,
                                             double            width);
double       _cohort_list_layout_height     (PangoLayout      *layout);
double       _cohort_list_layout_line_width (PangoLayout      *layout);
double       _cohort_list_layout_min_width  (PangoLayout      *layout);

G_END_DECLS
