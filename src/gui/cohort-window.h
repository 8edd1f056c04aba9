/* cohort-window.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-application.h"
#include "cohort-store.h"

G_BEGIN_DECLS

#define COHORT_TYPE_WINDOW (cohort_window_get_type ())

G_DECLARE_FINAL_TYPE (CohortWindow, cohort_window, COHORT, WINDOW, AdwApplicationWindow)

CohortWindow *cohort_window_new            (CohortApplication *app,
                                            CohortStore       *store,
                                            GSettings         *settings);
CohortStore  *cohort_window_get_store      (CohortWindow      *self);
void          cohort_window_show_error     (CohortWindow      *self,
                                            const char        *message);
const char   *cohort_window_get_visible_view (CohortWindow    *self);
const char   *cohort_window_get_visible_page (CohortWindow    *self);
GtkWidget    *cohort_window_get_page       (CohortWindow      *self,
                                            const char        *name);
void          cohort_window_reload         (CohortWindow      *self);
GtkWidget    *cohort_window_get_setup_assistant (CohortWindow *self);

G_END_DECLS
