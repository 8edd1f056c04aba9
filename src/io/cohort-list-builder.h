/* cohort-list-builder.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-list-document.h"
#include "cohort-store.h"

G_BEGIN_DECLS

gboolean            cohort_list_document_set_letterhead (CohortListDocument  *doc,
                                                         CohortStore         *store,
                                                         GDate               *date,
                                                         GError             **error);

CohortListDocument *cohort_list_document_new_for_class (CohortStore     *store,
                                                        CohortListKind   kind,
                                                        gint64           class_id,
                                                        GDate           *date,
                                                        GError         **error);

G_END_DECLS
