/* cohort-list-pdf.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-list-document.h"

G_BEGIN_DECLS

gboolean cohort_list_document_write_pdf (CohortListDocument  *doc,
                                         const char          *path,
                                         GError             **error);

G_END_DECLS
