/* cohort-widgets.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-widgets"

#include "cohort-widgets.h"

/* GtkListBox has no remove_all before GTK 4.12. */
void
cohort_list_box_remove_all (GtkListBox *list)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_LIST_BOX (list));
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/**
 * cohort_dim_number_label:
 *
 * Returns: (transfer floating): a dimmed label with tabular figures, for row suffixes
 */
GtkWidget *
cohort_dim_number_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}
