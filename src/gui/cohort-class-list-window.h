/* cohort-class-list-window.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-class.h"

G_BEGIN_DECLS

#define COHORT_TYPE_CLASS_LIST_WINDOW (cohort_class_list_window_get_type ())

G_DECLARE_FINAL_TYPE (CohortClassListWindow, cohort_class_list_window, COHORT, CLASS_LIST_WINDOW, AdwWindow)

CohortClassListWindow *cohort_class_list_window_new           (GtkWindow             *parent,
                                                               const char            *title,
                                                               const char            *subtitle,
                                                               GPtrArray             *classes);
guint                  cohort_class_list_window_get_n_classes (CohortClassListWindow *self);
CohortClass           *cohort_class_list_window_get_class     (CohortClassListWindow *self,
                                                               guint                  i);
void                   cohort_class_list_window_activate      (CohortClassListWindow *self,
                                                               guint                  i);

G_END_DECLS
