/* cohort-test-ui.h: what the UI tests share — start-up as the application
 * does it, waiting on the main loop, windows on a database, screenshots.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-window.h"

G_BEGIN_DECLS

void          cohort_test_ui_init        (int         *argc,
                                          char      ***argv);
GSettings    *cohort_test_ui_settings    (void);
char         *cohort_test_ui_make_demo   (guint        n_students,
                                          char       **dir);
void          cohort_test_ui_remove_demo (const char  *path,
                                          const char  *dir);
void          cohort_test_wait_for       (gboolean   (*done) (gpointer),
                                          gpointer     data,
                                          guint        seconds);
void          cohort_test_spin           (guint        ms);
CohortWindow *cohort_test_window_for     (CohortStore *store);
void          cohort_test_wait_until_loaded (CohortWindow *window);
void          cohort_test_show_page      (CohortWindow *window,
                                          const char   *page);
void          cohort_test_screenshot     (GtkWidget   *widget,
                                          const char  *name);
gpointer      cohort_test_find_window    (GType        type);

G_END_DECLS
