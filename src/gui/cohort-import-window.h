/* cohort-import-window.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-import-preview.h"
#include "cohort-store.h"

G_BEGIN_DECLS

#define COHORT_TYPE_IMPORT_WINDOW (cohort_import_window_get_type ())

G_DECLARE_FINAL_TYPE (CohortImportWindow, cohort_import_window, COHORT, IMPORT_WINDOW, AdwWindow)

CohortImportWindow  *cohort_import_window_new          (GtkWindow          *parent,
                                                        CohortStore        *store,
                                                        CohortClass        *klass);
void                 cohort_import_window_choose_file  (CohortImportWindow *self);
void                 cohort_import_window_open_file    (CohortImportWindow *self,
                                                        const char         *path);
const char          *cohort_import_window_get_state    (CohortImportWindow *self);
double               cohort_import_window_get_progress (CohortImportWindow *self);
CohortImportPreview *cohort_import_window_get_preview  (CohortImportWindow *self);
void                 cohort_import_window_save_rejects (CohortImportWindow *self,
                                                        const char         *path);
gboolean             cohort_import_window_save_template (CohortImportWindow *self,
                                                         const char         *path,
                                                         const char         *lang);

G_END_DECLS
