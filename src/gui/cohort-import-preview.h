/* cohort-import-preview.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-import-plan.h"

G_BEGIN_DECLS

#define COHORT_TYPE_IMPORT_PREVIEW (cohort_import_preview_get_type ())

G_DECLARE_FINAL_TYPE (CohortImportPreview, cohort_import_preview, COHORT, IMPORT_PREVIEW, GtkBox)

/* The rows the preview shows. */
typedef enum
{
  COHORT_IMPORT_SHOW_ALL,
  COHORT_IMPORT_SHOW_REJECTED,
  COHORT_IMPORT_SHOW_LINKED,
  COHORT_IMPORT_SHOW_NEW,
} CohortImportShow;

void        cohort_import_preview_set_plan   (CohortImportPreview *self,
                                              CohortImportPlan    *plan,
                                              const char          *file_name,
                                              const char          *target);
void        cohort_import_preview_set_ethnic_groups (CohortImportPreview *self,
                                                     GPtrArray           *choices);
void        cohort_import_preview_clear      (CohortImportPreview *self);
void        cohort_import_preview_set_show   (CohortImportPreview *self,
                                              CohortImportShow     show);
GListModel *cohort_import_preview_get_model  (CohortImportPreview *self);
GtkDropDown *cohort_import_preview_get_column_chooser (CohortImportPreview *self,
                                                       guint                column);
GtkDropDown *cohort_import_preview_get_sheet_chooser  (CohortImportPreview *self);
const char  *cohort_import_preview_get_source_text    (CohortImportPreview *self);
char       *cohort_import_preview_dup_cell_text (CohortImportPreview *self,
                                                 guint                position,
                                                 guint                preview_column,
                                                 gboolean            *problem);

char                *cohort_import_preview_dup_cell_note (CohortImportPreview *self,
                                                          guint                position,
                                                          guint                preview_column);

G_END_DECLS
