/* cohort-import-preview-private.h: shared by the files of CohortImportPreview.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-import-preview.h"

G_BEGIN_DECLS

struct _CohortImportPreview
{
  GtkBox              parent_instance;

  /* Template widgets */
  GtkLabel           *summary_label;
  GtkLabel           *target_label;
  GtkWidget          *sheet_box;
  GtkDropDown        *sheet_dropdown;
  GtkLabel           *source_label;
  GtkBox             *columns_box;
  GtkDropDown        *filter_dropdown;
  GtkLabel           *count_label;
  GtkColumnView      *column_view;
  GtkColumnViewColumn *other_column;   /* shown when a row has details for it */

  /* Owned references */
  GListStore         *items;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  GPtrArray          *choosers;     /* GtkDropDown per column of the file */
  GHashTable         *ethnic_names; /* code → name */

  CohortImportPlan   *plan;         /* borrowed: the window owns it */
  gboolean            filling;
};

void _cohort_import_preview_fill_summary    (CohortImportPreview *self,
                                             const char          *file_name);
void _cohort_import_preview_fill_source     (CohortImportPreview *self);
void _cohort_import_preview_fill_columns    (CohortImportPreview *self);
void _cohort_import_preview_mapping_changed (CohortImportPreview *self,
                                             const char          *mapping);

G_END_DECLS
