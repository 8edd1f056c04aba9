/* cohort-import-history-window.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-store.h"

G_BEGIN_DECLS

#define COHORT_TYPE_IMPORT_HISTORY_WINDOW (cohort_import_history_window_get_type ())

G_DECLARE_FINAL_TYPE (CohortImportHistoryWindow, cohort_import_history_window, COHORT, IMPORT_HISTORY_WINDOW, AdwWindow)

CohortImportHistoryWindow *cohort_import_history_window_new        (GtkWindow                 *parent,
                                                                    CohortStore               *store);
guint                      cohort_import_history_window_get_n_rows (CohortImportHistoryWindow *self);
AdwActionRow              *cohort_import_history_window_get_row    (CohortImportHistoryWindow *self,
                                                                    guint                      position);
AdwMessageDialog          *cohort_import_history_window_get_dialog (CohortImportHistoryWindow *self);

G_END_DECLS
