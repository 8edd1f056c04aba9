/* cohort-pdf-private.h: for the PDF writers of src/io only.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef void (*CohortPdfPaintFunc) (cairo_t  *cr,
                                    gpointer  data);

gboolean _cohort_pdf_write_file (const char          *path,
                                 const char          *title,
                                 double               width,
                                 double               height,
                                 CohortPdfPaintFunc   paint,
                                 gpointer             data,
                                 GError             **error);

G_END_DECLS
