/* cohort-widgets.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small helpers shared by Cohort's widgets.
 */
#pragma once

#include <adwaita.h>

#include "cohort-store.h"

G_BEGIN_DECLS

void       cohort_list_box_remove_all (GtkListBox *list);
GtkWidget *cohort_dim_number_label    (const char *text);
/* Returns the text of a cell for @item, newly allocated. */
typedef char *(*CohortCellTextFunc) (gpointer item);

GtkListItemFactory *cohort_text_cell_factory_new (CohortCellTextFunc text,
                                                  int                min_chars);
AdwToast  *cohort_show_toast          (GtkWidget  *widget,
                                       const char *title,
                                       gboolean    can_undo);
AdwToast  *cohort_show_undo_toast     (GtkWidget         *widget,
                                       const char        *title,
                                       CohortRosterUndo  *undo,
                                       GCallback          on_undo,
                                       gpointer           target,
                                       AdwToast         **last);
CohortRosterUndo *cohort_undo_toast_steal (AdwToast    *toast);
void       cohort_set_toast_overlay   (GtkWidget       *widget,
                                       AdwToastOverlay *overlay);

/* Told that text was refused: typed or pasted past the limit. */
typedef void (*CohortLimitFunc) (GtkEditable *editable,
                                 const char  *message,
                                 gpointer     user_data);

void       cohort_editable_set_limit  (GtkEditable     *editable,
                                       guint            max_chars,
                                       const char      *label,
                                       CohortLimitFunc  refused,
                                       gpointer         user_data);
void       cohort_editable_fill       (GtkEditable     *editable,
                                       const char      *text);
const char *cohort_editable_get_refusal (GtkEditable   *editable);
void       cohort_scroll_into_view    (GtkWidget       *widget);

G_END_DECLS
