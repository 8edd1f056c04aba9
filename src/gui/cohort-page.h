/* cohort-page.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-store.h"

G_BEGIN_DECLS

#define COHORT_TYPE_PAGE (cohort_page_get_type ())

/* The base of the sidebar's pages: each shows data of the store and reloads
 * it when told the data changed. */
G_DECLARE_DERIVABLE_TYPE (CohortPage, cohort_page, COHORT, PAGE, AdwBin)

struct _CohortPageClass
{
  AdwBinClass parent_class;

  void (*reload) (CohortPage *self);
};

CohortStore *cohort_page_get_store  (CohortPage  *self);
void         cohort_page_set_store  (CohortPage  *self,
                                     CohortStore *store);
void         cohort_page_reload     (CohortPage  *self);
void         cohort_page_show_error (CohortPage  *self,
                                     const GError *error);

G_END_DECLS
