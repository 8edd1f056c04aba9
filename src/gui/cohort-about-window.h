/* cohort-about-window.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define COHORT_TYPE_ABOUT_WINDOW (cohort_about_window_get_type ())

G_DECLARE_FINAL_TYPE (CohortAboutWindow, cohort_about_window, COHORT, ABOUT_WINDOW, AdwWindow)

CohortAboutWindow *cohort_about_window_new (void);

G_END_DECLS
