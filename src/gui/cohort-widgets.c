/* cohort-widgets.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-widgets"

#include "config.h"

#include <glib/gi18n.h>

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

/**
 * cohort_show_toast:
 * @widget: a widget inside the window's toast overlay
 * @can_undo: give the toast an Undo button; connect to its ::button-clicked
 *
 * Returns: (transfer none): the toast shown
 */
AdwToast *
cohort_show_toast (GtkWidget  *widget,
                   const char *title,
                   gboolean    can_undo)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast = adw_toast_new (title);

  /* No ADW_TOAST_PRIORITY_HIGH: libadwaita 1.2 aborts when a high-priority
   * toast pushes back one that is still animating. Callers dismiss their own
   * previous toast instead. */
  if (!can_undo)
    adw_toast_set_timeout (toast, 4);

  if (can_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_timeout (toast, 10);
    }
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_set_data_full (G_OBJECT (widget), "cohort-toast", toast, g_object_unref);
  return toast;
}
