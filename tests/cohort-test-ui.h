/* cohort-test-ui.h: what the UI tests share — start-up as the application
 * does it, waiting on the main loop, windows on a database, finding widgets,
 * saving lists and writing files, screenshots.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-list-export.h"
#include "cohort-preferences-window.h"
#include "cohort-roster-view.h"
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
GtkWidget    *cohort_test_find_descendant (GtkWidget  *widget,
                                           GType       type,
                                           const char *buildable_id);
GtkEditable  *cohort_test_prefs_row      (CohortPreferencesWindow *prefs,
                                          const char              *name);
CohortRosterView *cohort_test_open_roster (CohortWindow *window,
                                           CohortClass  *klass);
gboolean      cohort_test_save_list      (GtkWidget      *widget,
                                          CohortStore    *store,
                                          CohortClass    *klass,
                                          CohortListKind  kind,
                                          const char     *path,
                                          GError        **error);
char         *cohort_test_write_file     (const char  *dir,
                                          const char  *name,
                                          const char  *text);
gboolean      cohort_test_string_list_has (GListModel *list,
                                           const char *string);

/* For cohort_test_wait_for () */
gboolean      cohort_test_is_cleared     (gpointer     data);
gboolean      cohort_test_import_not_busy (gpointer    import);
gboolean      cohort_test_picker_done    (gpointer     picker);

G_END_DECLS
