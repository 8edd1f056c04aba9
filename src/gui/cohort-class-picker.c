/* cohort-class-picker.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-class-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-class-picker.h"
#include "cohort-format.h"

/* A person looks for a class they know the code of: the newest few hundred
 * matches are plenty. */
#define MAX_SHOWN 300

struct _CohortClassPicker
{
  AdwWindow           parent_instance;

  /* Template widgets */
  AdwWindowTitle     *window_title;
  GtkWidget          *pick_button;
  GtkSearchEntry     *search_entry;
  GtkColumnView      *column_view;

  /* Owned references */
  CohortStore        *store;
  GListStore         *classes;
  GtkSingleSelection *selection;
  gint64              except_id;
  char               *query;      /* the last search run */
};

G_DEFINE_FINAL_TYPE (CohortClassPicker, cohort_class_picker, ADW_TYPE_WINDOW)

enum {
  PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_button (CohortClassPicker *self)
{
  gtk_widget_set_sensitive (self->pick_button, gtk_single_selection_get_selected_item (self->selection) != NULL);
}

static void
on_search_changed_cb (CohortClassPicker *self)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  CohortClassFilter filter = { .status = -1, .limit = MAX_SHOWN + 1 };

  filter.code = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  /* The entry reports a change a moment after cohort_class_picker_search()
   * ran it: listing again would drop the selection. */
  if (self->query != NULL && g_str_equal (self->query, filter.code))
    return;
  g_free (self->query);
  self->query = g_strdup (filter.code);
  found = cohort_store_query_classes (self->store, &filter, &error);
  if (found == NULL)
    {
      g_warning ("Cannot list classes: %s", error->message);
      return;
    }
  for (guint i = found->len; i > 0; i--)
    if (cohort_class_get_number (g_ptr_array_index (found, i - 1), COHORT_CLASS_ID) == self->except_id)
      g_ptr_array_remove_index (found, i - 1);
  if (found->len > MAX_SHOWN)
    g_ptr_array_set_size (found, MAX_SHOWN);
  g_list_store_splice (self->classes, 0, g_list_model_get_n_items (G_LIST_MODEL (self->classes)),
                       found->pdata, found->len);
  update_button (self);
}

static void
on_search_activate_cb (CohortClassPicker *self)
{
  cohort_class_picker_pick (self);
}

static void
on_row_activated_cb (CohortClassPicker *self,
                     guint              position)
{
  cohort_class_picker_pick (self);
}

static void
pick_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  cohort_class_picker_pick (COHORT_CLASS_PICKER (widget));
}

static void
cohort_class_picker_dispose (GObject *object)
{
  CohortClassPicker *self = COHORT_CLASS_PICKER (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), COHORT_TYPE_CLASS_PICKER);
  g_clear_object (&self->selection);
  g_clear_object (&self->classes);
  g_clear_object (&self->store);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (cohort_class_picker_parent_class)->dispose (object);
}

static void
cohort_class_picker_class_init (CohortClassPickerClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_class_picker_dispose;

  /**
   * CohortClassPicker::picked:
   * @klass: the class chosen
   */
  signals[PICKED] = g_signal_new ("picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, COHORT_TYPE_CLASS);

  g_type_ensure (COHORT_TYPE_CLASS);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cohort/Cohort/cohort-class-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortClassPicker, window_title);
  gtk_widget_class_bind_template_child (widget_class, CohortClassPicker, pick_button);
  gtk_widget_class_bind_template_child (widget_class, CohortClassPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CohortClassPicker, column_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  cohort_format_bind_callbacks (widget_class);

  gtk_widget_class_install_action (widget_class, "picker.pick", NULL, pick_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cohort_class_picker_init (CohortClassPicker *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->classes = g_list_store_new (COHORT_TYPE_CLASS);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->classes)));
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (update_button), self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
}

/**
 * cohort_class_picker_new:
 * @except_class_id: a class not to offer (the one the students are in), or 0
 */
CohortClassPicker *
cohort_class_picker_new (GtkWindow   *parent,
                         CohortStore *store,
                         const char  *title,
                         gint64       except_class_id)
{
  CohortClassPicker *self;

  g_return_val_if_fail (COHORT_IS_STORE (store), NULL);

  self = g_object_new (COHORT_TYPE_CLASS_PICKER, "transient-for", parent, "title", title, NULL);
  adw_window_title_set_title (self->window_title, title);
  self->store = g_object_ref (store);
  self->except_id = except_class_id;
  on_search_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return self;
}

void
cohort_class_picker_search (CohortClassPicker *self,
                            const char        *code)
{
  g_return_if_fail (COHORT_IS_CLASS_PICKER (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), code);
  on_search_changed_cb (self);
}

/**
 * cohort_class_picker_get_model:
 *
 * Returns: (transfer none): the classes listed
 */
GListModel *
cohort_class_picker_get_model (CohortClassPicker *self)
{
  g_return_val_if_fail (COHORT_IS_CLASS_PICKER (self), NULL);
  return G_LIST_MODEL (self->classes);
}

/**
 * cohort_class_picker_get_selected:
 *
 * Returns: (transfer none) (nullable): the class selected
 */
CohortClass *
cohort_class_picker_get_selected (CohortClassPicker *self)
{
  g_return_val_if_fail (COHORT_IS_CLASS_PICKER (self), NULL);
  return gtk_single_selection_get_selected_item (self->selection);
}

void
cohort_class_picker_select (CohortClassPicker *self,
                            guint              position)
{
  g_return_if_fail (COHORT_IS_CLASS_PICKER (self));
  gtk_single_selection_set_selected (self->selection, position);
}

/**
 * cohort_class_picker_pick:
 *
 * What the Move button does: emits ::picked with the selected class and closes.
 */
void
cohort_class_picker_pick (CohortClassPicker *self)
{
  CohortClass *klass;

  g_return_if_fail (COHORT_IS_CLASS_PICKER (self));

  klass = gtk_single_selection_get_selected_item (self->selection);
  if (klass == NULL)
    return;
  g_signal_emit (self, signals[PICKED], 0, klass);
  gtk_window_close (GTK_WINDOW (self));
}
