/* cohort-widgets.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-number.h"
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
  GtkWidget *overlay = NULL;
  AdwToast *toast = adw_toast_new (title);

  /* The nearest overlay up the tree; a view with an action bar names its
   * own, above the bar, so that no toast hides the bar's buttons. */
  for (GtkWidget *w = widget; w != NULL && overlay == NULL; w = gtk_widget_get_parent (w))
    {
      overlay = g_object_get_data (G_OBJECT (w), "cohort-toast-overlay");
      if (overlay == NULL && ADW_IS_TOAST_OVERLAY (w))
        overlay = w;
    }

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

/**
 * cohort_set_toast_overlay:
 * @widget: a view
 * @overlay: the overlay inside @widget where the toasts of @widget and of
 *   everything in it go, e.g. above its action bar
 */
void
cohort_set_toast_overlay (GtkWidget       *widget,
                          AdwToastOverlay *overlay)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_object_set_data (G_OBJECT (widget), "cohort-toast-overlay", overlay);
}

/* Limits of text ------------------------------------------------------------- */

typedef struct
{
  guint            max_chars;
  char            *label;
  CohortLimitFunc  refused;
  gpointer         user_data;
  GtkEditable     *editable;      /* the row or entry (borrowed) */
  GtkText         *text;          /* its GtkText (borrowed) */
  GtkWidget       *message_row;   /* under the row, made when first needed */
  char            *refusal;       /* what was refused, until the text changes */
  char            *before;        /* the text before a deletion a paste may start with */
  char            *restore;       /* the text to put back after a refused paste */
  char            *pending;       /* the message, until the idle says it */
  guint            refused_id;    /* idle that says so, once the change is over */
  gboolean         filling;
} Limit;

static void
limit_free (gpointer data)
{
  Limit *limit = data;

  g_clear_handle_id (&limit->refused_id, g_source_remove);
  g_free (limit->label);
  g_free (limit->refusal);
  g_free (limit->before);
  g_free (limit->restore);
  g_free (limit->pending);
  g_free (limit);
}

static GtkText *
find_text (GtkEditable *editable)
{
  while (editable != NULL && !GTK_IS_TEXT (editable))
    editable = gtk_editable_get_delegate (editable);
  return editable ? GTK_TEXT (editable) : NULL;
}

static gboolean
scroll_into_view_cb (gpointer data)
{
  GtkWidget *widget = data;
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content;
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  double value, page;

  if (scrolled == NULL || !gtk_widget_get_mapped (widget))
    goto out;
  content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  if (content == NULL || !gtk_widget_compute_bounds (widget, content, &bounds))
    goto out;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  if (bounds.origin.y + bounds.size.height > value + page)
    value = bounds.origin.y + bounds.size.height - page;
  if (bounds.origin.y < value)
    value = bounds.origin.y;
  gtk_adjustment_set_value (adjustment, value);

out:
  g_object_unref (widget);
  return G_SOURCE_REMOVE;
}

/**
 * cohort_scroll_into_view:
 *
 * Scrolls the scrolled window around @widget so that all of @widget shows,
 * once it is laid out: a message that just appeared under a field.
 */
void
cohort_scroll_into_view (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_idle_add_full (G_PRIORITY_LOW, scroll_into_view_cb, g_object_ref (widget), NULL);
}

/* A row under @limit's row, as the person editor shows its messages: an
 * AdwEntryRow has no subtitle in libadwaita 1.2. */
static void
show_message_row (Limit      *limit,
                  const char *message)
{
  GtkWidget *row = GTK_WIDGET (limit->editable);
  GtkWidget *list = gtk_widget_get_parent (row);

  if (limit->message_row == NULL)
    {
      GtkWidget *label;

      if (!GTK_IS_LIST_BOX (list) || !GTK_IS_LIST_BOX_ROW (row))
        {
          gtk_widget_set_tooltip_text (row, message);
          return;
        }
      label = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_widget_add_css_class (label, "error");
      /* An AdwPreferencesRow: a preferences group expects nothing else in its list */
      limit->message_row = adw_preferences_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (limit->message_row), label);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (limit->message_row), FALSE);
      gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (limit->message_row), FALSE);
      gtk_widget_set_focusable (limit->message_row, FALSE);
      gtk_list_box_insert (GTK_LIST_BOX (list), limit->message_row,
                           gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + 1);
    }
  gtk_label_set_label (GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (limit->message_row))),
                       message ? message : "");
  gtk_widget_set_visible (limit->message_row, message != NULL);
  if (message != NULL)
    cohort_scroll_into_view (limit->message_row);
}

static void
on_limited_changed_cb (GtkEditable *editable,
                       Limit       *limit)
{
  /* A deletion on its own is over: no paste follows it in the same change. */
  g_clear_pointer (&limit->before, g_free);
  if (limit->refusal == NULL || limit->filling)
    return;
  g_clear_pointer (&limit->refusal, g_free);
  if (limit->refused != NULL)
    limit->refused (limit->editable, NULL, limit->user_data);
  else if (limit->message_row != NULL)
    gtk_widget_set_visible (limit->message_row, FALSE);
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (limit->editable), NULL);
}

/* A paste over a selection deletes the selection first: remember the text. */
static void
on_delete_text_cb (GtkEditable *text,
                   int          start,
                   int          end,
                   Limit       *limit)
{
  if (limit->filling)
    return;
  g_free (limit->before);
  limit->before = g_strdup (gtk_editable_get_text (text));
}

/* Once the change is over: the text as it was, and the message. */
static gboolean
say_refused_cb (gpointer data)
{
  Limit *limit = data;
  g_autofree char *message = g_steal_pointer (&limit->pending);
  g_autofree char *restore = g_steal_pointer (&limit->restore);

  limit->refused_id = 0;
  if (restore != NULL && g_strcmp0 (restore, gtk_editable_get_text (limit->editable)) != 0)
    {
      limit->filling = TRUE;
      gtk_editable_set_text (limit->editable, restore);
      gtk_editable_set_position (limit->editable, -1);
      limit->filling = FALSE;
    }
  /* The change may have cleared it */
  g_free (limit->refusal);
  limit->refusal = g_steal_pointer (&message);
  if (limit->refused != NULL)
    limit->refused (limit->editable, limit->refusal, limit->user_data);
  else
    show_message_row (limit, limit->refusal);
  return G_SOURCE_REMOVE;
}

/* Typing or pasting past the limit adds nothing: a paste is never cut. */
static void
on_insert_text_cb (GtkEditable *text,
                   const char  *new_text,
                   int          length,
                   int         *position,
                   Limit       *limit)
{
  g_autofree char *before = g_steal_pointer (&limit->before);
  glong have, adding;
  g_autofree char *total = NULL;

  if (limit->filling)
    return;
  have = g_utf8_strlen (gtk_editable_get_text (text), -1);
  adding = length < 0 ? g_utf8_strlen (new_text, -1) : g_utf8_strlen (new_text, length);
  if (have + adding <= (glong) limit->max_chars)
    return;

  g_signal_stop_emission_by_name (text, "insert-text");
  gtk_widget_error_bell (GTK_WIDGET (text));
  g_free (limit->pending);
  if (adding <= 1)
    /* Translators: "Work unit: at most 200 characters." */
    limit->pending = g_strdup_printf (_("%s: at most %u characters."), limit->label, limit->max_chars);
  else
    {
      total = cohort_number_format (have + adding);
      /* Translators: "Work unit: at most 200 characters; with the text pasted it would
       * have 5,012. Nothing was added." */
      limit->pending = g_strdup_printf (_("%s: at most %u characters; with the text pasted it would have %s. "
                                          "Nothing was added."), limit->label, limit->max_chars, total);
    }
  /* Nothing of a refused paste changes the field, not even the selection it replaced. */
  g_free (limit->restore);
  limit->restore = g_steal_pointer (&before);
  if (limit->refused_id == 0)
    limit->refused_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, say_refused_cb, limit, NULL);
}

/**
 * cohort_editable_set_limit:
 * @editable: an entry or an AdwEntryRow
 * @max_chars: the most characters it takes (a `COHORT_LIMIT_*`)
 * @label: what it holds, translated, for the message ("Work unit")
 * @refused: (nullable): told the message when text is refused, and %NULL
 *   when the text changes again; without it the message shows in a row
 *   under @editable
 *
 * Sets the entry's maximum length, and refuses text typed or pasted past
 * it with a message instead of cutting it. Fill @editable from code with
 * cohort_editable_fill ().
 */
void
cohort_editable_set_limit (GtkEditable     *editable,
                           guint            max_chars,
                           const char      *label,
                           CohortLimitFunc  refused,
                           gpointer         user_data)
{
  Limit *limit;
  GtkText *text = find_text (editable);

  g_return_if_fail (GTK_IS_EDITABLE (editable));
  g_return_if_fail (text != NULL);
  g_return_if_fail (g_object_get_data (G_OBJECT (editable), "cohort-limit") == NULL);

  limit = g_new0 (Limit, 1);
  limit->max_chars = max_chars;
  limit->label = g_strdup (label);
  limit->refused = refused;
  limit->user_data = user_data;
  limit->editable = editable;
  limit->text = text;
  g_object_set_data_full (G_OBJECT (editable), "cohort-limit", limit, limit_free);
  gtk_text_set_max_length (text, (int) MAX ((glong) max_chars,
                                             g_utf8_strlen (gtk_editable_get_text (editable), -1)));
  g_signal_connect (text, "insert-text", G_CALLBACK (on_insert_text_cb), limit);
  g_signal_connect (text, "delete-text", G_CALLBACK (on_delete_text_cb), limit);
  g_signal_connect (editable, "changed", G_CALLBACK (on_limited_changed_cb), limit);
}

/**
 * cohort_editable_fill:
 *
 * Sets the text of @editable from code, whole even when it is longer than
 * the limit (a value written before there was one): the check of the form
 * then says to shorten it.
 */
void
cohort_editable_fill (GtkEditable *editable,
                      const char  *text)
{
  Limit *limit = g_object_get_data (G_OBJECT (editable), "cohort-limit");

  g_return_if_fail (GTK_IS_EDITABLE (editable));

  if (limit == NULL)
    {
      gtk_editable_set_text (editable, text ? text : "");
      return;
    }
  limit->filling = TRUE;
  gtk_text_set_max_length (limit->text, 0);
  gtk_editable_set_text (editable, text ? text : "");
  gtk_text_set_max_length (limit->text, (int) MAX ((glong) limit->max_chars,
                                                    g_utf8_strlen (text ? text : "", -1)));
  limit->filling = FALSE;
}

/**
 * cohort_editable_get_refusal:
 *
 * Returns: (nullable): the message about text refused, until the text changes
 */
const char *
cohort_editable_get_refusal (GtkEditable *editable)
{
  Limit *limit = g_object_get_data (G_OBJECT (editable), "cohort-limit");

  return limit ? limit->refusal : NULL;
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
