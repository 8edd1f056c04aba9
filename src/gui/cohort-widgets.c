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

static void
text_cell_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  min_chars)
{
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), GPOINTER_TO_UINT (min_chars));
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, cell);
}

static void
text_cell_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   gpointer                  func)
{
  g_autofree char *text = ((CohortCellTextFunc) func) (gtk_list_item_get_item (list_item));

  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (list_item)), text);
}

/**
 * cohort_text_cell_factory_new:
 * @text: the text of a cell for an item
 * @min_chars: the width of the column, in characters
 *
 * A factory of one-line text cells set once per bind. In GTK 4.8 the
 * expressions of a GtkBuilderListItemFactory cost about half a millisecond
 * per cell to rebind, which a list that changes at every keystroke feels.
 *
 * Returns: (transfer full): the factory, for gtk_column_view_column_set_factory()
 */
GtkListItemFactory *
cohort_text_cell_factory_new (CohortCellTextFunc text,
                              int                min_chars)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (text_cell_setup_cb), GUINT_TO_POINTER (min_chars));
  g_signal_connect (factory, "bind", G_CALLBACK (text_cell_bind_cb), (gpointer) text);
  return factory;
}

/**
 * cohort_show_undo_toast:
 * @undo: (transfer full) (nullable): what Undo puts back; the toast keeps it.
 *   Without it the toast has no Undo button.
 * @on_undo: called as on_undo (toast, target) when Undo is clicked, not after
 *   @target is finalized; cohort_undo_toast_steal() gives the undo
 * @last: (inout) (optional): a weak pointer to the caller's last toast: it is
 *   dismissed (only the last action offers Undo), then points to this one
 *
 * Returns: (transfer none): the toast shown
 */
AdwToast *
cohort_show_undo_toast (GtkWidget         *widget,
                        const char        *title,
                        CohortRosterUndo  *undo,
                        GCallback          on_undo,
                        gpointer           target,
                        AdwToast         **last)
{
  AdwToast *toast;

  if (last != NULL && *last != NULL)
    adw_toast_dismiss (*last);
  toast = cohort_show_toast (widget, title, undo != NULL);
  if (undo != NULL)
    {
      g_object_set_data_full (G_OBJECT (toast), "cohort-undo", undo, (GDestroyNotify) cohort_roster_undo_free);
      g_signal_connect_object (toast, "button-clicked", on_undo, target, 0);
    }
  if (last != NULL)
    g_set_weak_pointer (last, toast);
  return toast;
}

/**
 * cohort_undo_toast_steal:
 *
 * Returns: (transfer full) (nullable): the undo of a toast of
 *   cohort_show_undo_toast(), once: a second click finds none
 */
CohortRosterUndo *
cohort_undo_toast_steal (AdwToast *toast)
{
  return g_object_steal_data (G_OBJECT (toast), "cohort-undo");
}
