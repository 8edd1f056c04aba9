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

  /* Either reload, for pages whose queries are quick, or load and show:
   * load runs in a worker thread over a read-only connection of its own and
   * returns what show then puts on screen in the main thread. */
  void     (*reload)    (CohortPage   *self);
  gpointer (*load)      (CohortStore  *store,
                         GError      **error);
  void     (*show)      (CohortPage   *self,
                         gpointer      data);
  GDestroyNotify free_data;
};

CohortStore *cohort_page_get_store  (CohortPage  *self);
void         cohort_page_set_store  (CohortPage  *self,
                                     CohortStore *store);
void         cohort_page_reload     (CohortPage  *self);
gboolean     cohort_page_is_loading (CohortPage  *self);
void         cohort_page_show_error (CohortPage  *self,
                                     const GError *error);

G_END_DECLS
