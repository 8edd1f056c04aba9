/* cohort-person-picker.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-person-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-format.h"
#include "cohort-person-list-model.h"
#include "cohort-person-picker.h"

struct _CohortPersonPicker
{
  AdwWindow              parent_instance;

  /* Template widgets */
  AdwWindowTitle        *window_title;
  GtkWidget             *pick_button;
  GtkLabel              *hint_label;
  GtkSearchEntry        *search_entry;
  GtkColumnView         *column_view;

  /* Owned references */
  CohortPersonListModel *people;
  GtkMultiSelection     *selection;
  GCancellable          *searching;
  char                  *query;      /* the last search run */
  gboolean               single;     /* exactly one person is picked */
};

G_DEFINE_FINAL_TYPE (CohortPersonPicker, cohort_person_picker, ADW_TYPE_WINDOW)

enum {
  PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_button (CohortPersonPicker *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  guint64 n = gtk_bitset_get_size (selected);
  g_autofree char *subtitle = NULL;

  gtk_widget_set_sensitive (self->pick_button, self->single ? n == 1 : n > 0);
  if (n > 0)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person selected", "%u people selected", n),
                                (guint) n);
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

static void
on_refreshed_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(CohortPersonPicker) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!cohort_person_list_model_refresh_finish (COHORT_PERSON_LIST_MODEL (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Cannot search: %s", error->message);
  if (error == NULL)
    g_clear_object (&self->searching);
  update_button (self);
}

static void
on_search_changed_cb (CohortPersonPicker *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* The entry reports a change a moment after cohort_person_picker_search()
   * ran it: searching again would drop the selection. */
  if (self->query != NULL && g_str_equal (self->query, text))
    return;
  g_free (self->query);
  self->query = g_strdup (text);

  if (self->searching != NULL)
    g_cancellable_cancel (self->searching);
  g_clear_object (&self->searching);
  self->searching = g_cancellable_new ();
  cohort_person_list_model_set_query (self->people, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                                      COHORT_PERSON_SORT_NAME, FALSE);
  cohort_person_list_model_refresh_async (self->people, self->searching, on_refreshed_cb, g_object_ref (self));
}

/* Enter in the search field picks the first match when nothing is selected. */
static void
on_search_activate_cb (CohortPersonPicker *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  if (gtk_bitset_is_empty (selected) && g_list_model_get_n_items (G_LIST_MODEL (self->people)) > 0)
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), 0, TRUE);
  cohort_person_picker_pick (self);
}

static void
on_row_activated_cb (CohortPersonPicker *self,
                     guint               position)
{
  cohort_person_picker_pick (self);
}

static void
pick_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  cohort_person_picker_pick (COHORT_PERSON_PICKER (widget));
}

static void
cohort_person_picker_dispose (GObject *object)
{
  CohortPersonPicker *self = COHORT_PERSON_PICKER (object);

  if (self->searching != NULL)
    g_cancellable_cancel (self->searching);
  g_clear_object (&self->searching);
  gtk_widget_dispose_template (GTK_WIDGET (object), COHORT_TYPE_PERSON_PICKER);
  g_clear_object (&self->selection);
  g_clear_object (&self->people);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (cohort_person_picker_parent_class)->dispose (object);
}

static void
cohort_person_picker_class_init (CohortPersonPickerClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_person_picker_dispose;

  /**
   * CohortPersonPicker::picked:
   *
   * The user chose; read cohort_person_picker_dup_selected(). The window
   * closes after the handlers ran.
   */
  signals[PICKED] = g_signal_new ("picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 0);

  g_type_ensure (COHORT_TYPE_PERSON);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cohort/Cohort/cohort-person-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortPersonPicker, window_title);
  gtk_widget_class_bind_template_child (widget_class, CohortPersonPicker, pick_button);
  gtk_widget_class_bind_template_child (widget_class, CohortPersonPicker, hint_label);
  gtk_widget_class_bind_template_child (widget_class, CohortPersonPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CohortPersonPicker, column_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  cohort_format_bind_callbacks (widget_class);

  gtk_widget_class_install_action (widget_class, "picker.pick", NULL, pick_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cohort_person_picker_init (CohortPersonPicker *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CohortPersonPicker *
cohort_person_picker_new (GtkWindow   *parent,
                          CohortStore *store,
                          const char  *title)
{
  CohortPersonPicker *self;

  g_return_val_if_fail (COHORT_IS_STORE (store), NULL);

  self = g_object_new (COHORT_TYPE_PERSON_PICKER, "transient-for", parent, "title", title, NULL);
  adw_window_title_set_title (self->window_title, title);
  self->people = cohort_person_list_model_new (store);
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->people)));
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (update_button), self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  on_search_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return self;
}

void
cohort_person_picker_search (CohortPersonPicker *self,
                             const char         *query)
{
  g_return_if_fail (COHORT_IS_PERSON_PICKER (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query);
  on_search_changed_cb (self);
}

gboolean
cohort_person_picker_is_searching (CohortPersonPicker *self)
{
  g_return_val_if_fail (COHORT_IS_PERSON_PICKER (self), FALSE);
  return self->searching != NULL;
}

/**
 * cohort_person_picker_get_selection:
 *
 * Returns: (transfer none): the people listed, and which are selected
 */
GtkSelectionModel *
cohort_person_picker_get_selection (CohortPersonPicker *self)
{
  g_return_val_if_fail (COHORT_IS_PERSON_PICKER (self), NULL);
  return GTK_SELECTION_MODEL (self->selection);
}

/**
 * cohort_person_picker_dup_selected:
 *
 * Returns: (transfer full) (element-type gint64): the ids of the people selected, in list order
 */
GArray *
cohort_person_picker_dup_selected (CohortPersonPicker *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint position;

  g_return_val_if_fail (COHORT_IS_PERSON_PICKER (self), ids);

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      gint64 id = cohort_person_list_model_get_id (self->people, position);
      g_array_append_val (ids, id);
    }
  return ids;
}

/**
 * cohort_person_picker_pick:
 *
 * What the Enrol button does: emits ::picked and closes, if anyone is selected.
 */
void
cohort_person_picker_pick (CohortPersonPicker *self)
{
  g_autoptr(GtkBitset) selected = NULL;

  g_return_if_fail (COHORT_IS_PERSON_PICKER (self));

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (gtk_bitset_is_empty (selected) || (self->single && gtk_bitset_get_size (selected) != 1))
    return;
  g_signal_emit (self, signals[PICKED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

/**
 * cohort_person_picker_set_single:
 * @button_label: what the button that picks says, with a mnemonic
 * @hint: what to do, under the search field
 *
 * The picker picks exactly one person, for another purpose than enrolling.
 */
void
cohort_person_picker_set_single (CohortPersonPicker *self,
                                 const char         *button_label,
                                 const char         *hint)
{
  g_return_if_fail (COHORT_IS_PERSON_PICKER (self));

  self->single = TRUE;
  gtk_button_set_label (GTK_BUTTON (self->pick_button), button_label);
  gtk_label_set_label (self->hint_label, hint);
  update_button (self);
}
