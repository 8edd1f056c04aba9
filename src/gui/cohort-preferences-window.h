/* cohort-preferences-window.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-store.h"

G_BEGIN_DECLS

#define COHORT_TYPE_PREFERENCES_WINDOW (cohort_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (CohortPreferencesWindow, cohort_preferences_window, COHORT,
                      PREFERENCES_WINDOW, AdwPreferencesWindow)

CohortPreferencesWindow *cohort_preferences_window_new (GSettings   *settings,
                                                        const char  *current_path,
                                                        CohortStore *store);

G_END_DECLS
