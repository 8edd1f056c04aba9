/* cohort-organisation-window.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-host-editor.h"
#include "cohort-store.h"

G_BEGIN_DECLS

#define COHORT_TYPE_ORGANISATION_WINDOW (cohort_organisation_window_get_type ())

/* The school and the hosts of its classes: the district political centres
 * and other hosts, open or closed at a date. */
G_DECLARE_FINAL_TYPE (CohortOrganisationWindow, cohort_organisation_window, COHORT, ORGANISATION_WINDOW, AdwWindow)

typedef enum
{
  COHORT_HOST_GROUP_SCHOOL,
  COHORT_HOST_GROUP_OPEN,
  COHORT_HOST_GROUP_CLOSED,
} CohortHostGroup;

CohortOrganisationWindow *cohort_organisation_window_new       (GtkWindow                *parent,
                                                                CohortStore              *store);
void              cohort_organisation_window_reload             (CohortOrganisationWindow *self);
CohortHostEditor *cohort_organisation_window_add_host           (CohortOrganisationWindow *self);
CohortHostEditor *cohort_organisation_window_edit_host          (CohortOrganisationWindow *self,
                                                                 gint64                    id);

/* What tests read, as a person would. */
guint             cohort_organisation_window_get_n_rows         (CohortOrganisationWindow *self,
                                                                 CohortHostGroup           group);
char             *cohort_organisation_window_dup_row            (CohortOrganisationWindow *self,
                                                                 CohortHostGroup           group,
                                                                 guint                     index,
                                                                 char                    **subtitle);

G_END_DECLS
