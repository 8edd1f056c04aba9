/* cohort-person-list-model.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cohort-store.h"

G_BEGIN_DECLS

#define COHORT_TYPE_PERSON_LIST_MODEL (cohort_person_list_model_get_type ())

/* People as a GListModel over one SQL query: the ids in order are read once,
 * the persons themselves in pages when the view asks for them. Searching and
 * sorting happen in SQL on stored keys. */
G_DECLARE_FINAL_TYPE (CohortPersonListModel, cohort_person_list_model, COHORT, PERSON_LIST_MODEL,
                      GObject)

typedef enum
{
  COHORT_PERSON_SORT_NAME,        /* roster order, on the stored collation key */
  COHORT_PERSON_SORT_BIRTH_DATE,
  COHORT_PERSON_SORT_ID,          /* order of entry */
  COHORT_PERSON_SORT_GENDER,
  COHORT_PERSON_SORT_POSITION,
  COHORT_PERSON_SORT_UNIT,
  COHORT_PERSON_N_SORTS
} CohortPersonSort;

CohortPersonListModel *cohort_person_list_model_new          (CohortStore            *store);
void                   cohort_person_list_model_set_query    (CohortPersonListModel  *self,
                                                              const char             *query,
                                                              CohortPersonSort        sort,
                                                              gboolean                descending);
void                   cohort_person_list_model_set_filter   (CohortPersonListModel  *self,
                                                              const CohortPersonFilter *filter);
gboolean               cohort_person_list_model_refresh_sync (CohortPersonListModel  *self,
                                                              GError                **error);
void                   cohort_person_list_model_refresh_async (CohortPersonListModel *self,
                                                              GCancellable           *cancellable,
                                                              GAsyncReadyCallback     callback,
                                                              gpointer                user_data);
gboolean               cohort_person_list_model_refresh_finish (CohortPersonListModel *self,
                                                              GAsyncResult           *result,
                                                              GError                **error);
gint64                 cohort_person_list_model_get_id       (CohortPersonListModel  *self,
                                                              guint                   position);

G_END_DECLS
