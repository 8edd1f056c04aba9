/* cohort-programs-window.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-program-editor.h"
#include "cohort-program-list.h"
#include "cohort-store.h"

G_BEGIN_DECLS

#define COHORT_TYPE_PROGRAMS_WINDOW (cohort_programs_window_get_type ())

/* The programs the school runs: switched on or off, added, changed. */
G_DECLARE_FINAL_TYPE (CohortProgramsWindow, cohort_programs_window, COHORT, PROGRAMS_WINDOW, AdwWindow)

CohortProgramsWindow *cohort_programs_window_new      (GtkWindow            *parent,
                                                       CohortStore          *store);
CohortProgramList    *cohort_programs_window_get_list (CohortProgramsWindow *self);
CohortProgramEditor  *cohort_programs_window_add      (CohortProgramsWindow *self);
CohortProgramEditor  *cohort_programs_window_edit     (CohortProgramsWindow *self,
                                                       const char           *code);

G_END_DECLS
