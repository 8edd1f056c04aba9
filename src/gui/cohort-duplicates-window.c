/* cohort-duplicates-window.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-duplicates-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-date.h"
#include "cohort-duplicate-item.h"
#include "cohort-duplicates-window.h"
#include "cohort-format.h"
#include "cohort-widgets.h"

struct _CohortDuplicatesWindow
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  GtkStack            *stack;
  GtkSpinner          *spinner;
  GtkListView         *list_view;

  /* Owned references */
  CohortStore         *store;
  GListStore          *pairs;        /* CohortDuplicateItem */
  GCancellable        *searching;
  AdwToast            *last_toast;   /* weak */
};

G_DEFINE_FINAL_TYPE (CohortDuplicatesWindow, cohort_duplicates_window, ADW_TYPE_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Rows -------------------------------------------------------------------------------- */

static const char *
reason_text (CohortDuplicateReason reason)
{
  switch (reason)
    {
    case COHORT_DUPLICATE_ID_NUMBER:
      return _("The same citizen ID number");
    case COHORT_DUPLICATE_NAME_AND_BIRTH_DATE:
      return _("The same name and date of birth");
    case COHORT_DUPLICATE_NAME_YEAR_AND_UNIT:
    default:
      return _("Weaker: the same name, year of birth and work unit");
    }
}

/* "Nguyễn Văn An" and "Record 1234 · 05/01/1980 · 0450… · UBND xã Gio Linh" */
static void
describe (CohortPerson *person,
          GtkLabel     *name_label,
          GtkLabel     *detail_label)
{
  g_autofree char *name = cohort_person_dup_display_name (person);
  g_autofree char *birth = cohort_date_format (cohort_person_get_birth_date (person));
  const char *id_no = cohort_person_get_field (person, COHORT_PERSON_ID_NUMBER);
  const char *unit = cohort_person_get_unit (person);
  g_autoptr(GString) detail = g_string_new (NULL);

  /* Translators: the number of a person's record in Cohort */
  g_string_append_printf (detail, _("Record %lld"), (long long) cohort_person_get_id (person));
  if (*birth)
    g_string_append_printf (detail, " · %s", birth);
  if (id_no)
    g_string_append_printf (detail, " · %s", id_no);
  if (unit)
    g_string_append_printf (detail, " · %s", unit);
  gtk_label_set_label (name_label, name);
  gtk_label_set_label (detail_label, detail->str);
}

static GtkWidget *
record_box (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_widget_set_hexpand (box, TRUE);
  gtk_widget_set_size_request (box, 260, -1);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), detail);
  return box;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *pair = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *reason = gtk_label_new (NULL);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Compare…"));

  gtk_widget_set_margin_top (row, 6);
  gtk_widget_set_margin_bottom (row, 6);
  gtk_widget_set_margin_start (row, 6);
  gtk_widget_set_margin_end (row, 6);
  gtk_label_set_xalign (GTK_LABEL (reason), 0);
  gtk_widget_add_css_class (reason, "caption-heading");
  gtk_box_append (GTK_BOX (row), reason);
  /* the two records in columns of one width, on every row */
  gtk_box_set_homogeneous (GTK_BOX (pair), TRUE);
  gtk_widget_set_hexpand (pair, TRUE);
  gtk_box_append (GTK_BOX (pair), record_box ());
  gtk_box_append (GTK_BOX (pair), record_box ());
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", 0);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "duplicates.compare");
  gtk_box_append (GTK_BOX (line), pair);
  gtk_box_append (GTK_BOX (line), button);
  gtk_box_append (GTK_BOX (row), line);
  gtk_list_item_set_child (list_item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  CohortDuplicateItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *row = gtk_list_item_get_child (list_item);
  GtkWidget *reason = gtk_widget_get_first_child (row);
  GtkWidget *line = gtk_widget_get_next_sibling (reason);
  GtkWidget *pair = gtk_widget_get_first_child (line);
  GtkWidget *first = gtk_widget_get_first_child (pair);
  GtkWidget *second = gtk_widget_get_next_sibling (first);
  GtkWidget *button = gtk_widget_get_next_sibling (pair);
  CohortDuplicateReason why = cohort_duplicate_item_get_reason (item);

  gtk_label_set_label (GTK_LABEL (reason), reason_text (why));
  if (why == COHORT_DUPLICATE_NAME_YEAR_AND_UNIT)
    gtk_widget_add_css_class (reason, "dim-label");
  else
    gtk_widget_remove_css_class (reason, "dim-label");
  describe (cohort_duplicate_item_get_first (item), GTK_LABEL (gtk_widget_get_first_child (first)),
            GTK_LABEL (gtk_widget_get_last_child (first)));
  describe (cohort_duplicate_item_get_second (item), GTK_LABEL (gtk_widget_get_first_child (second)),
            GTK_LABEL (gtk_widget_get_last_child (second)));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", gtk_list_item_get_position (list_item));
}

/* The finder ------------------------------------------------------------------------------ */

static void
find_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  CohortStore *store = task_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *pairs = cohort_store_find_duplicate_pairs (store, cancellable, &error);

  if (pairs == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, pairs, (GDestroyNotify) g_ptr_array_unref);
}

static void
show_pairs (CohortDuplicatesWindow *self,
            GPtrArray              *pairs)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *count = cohort_format_count (pairs->len);
  g_autofree char *subtitle = NULL;

  for (guint i = 0; i < pairs->len; i++)
    g_ptr_array_add (items, cohort_duplicate_item_new (g_ptr_array_index (pairs, i)));
  g_list_store_splice (self->pairs, 0, g_list_model_get_n_items (G_LIST_MODEL (self->pairs)), items->pdata,
                       items->len);
  if (pairs->len >= COHORT_DUPLICATE_MAX_PAIRS)
    /* Translators: %s is a number, 5,000 */
    subtitle = g_strdup_printf (_("The first %s pairs; merge or check them, then look again"), count);
  else if (pairs->len > 0)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s pair", "%s pairs", pairs->len), count);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_stack_set_visible_child_name (self->stack, pairs->len ? "pairs" : "none");
}

static void
on_found_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pairs = g_task_propagate_pointer (G_TASK (result), &error);
  CohortDuplicatesWindow *self = COHORT_DUPLICATES_WINDOW (source);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->searching);
  gtk_spinner_stop (self->spinner);
  if (pairs == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }
  show_pairs (self, pairs);
}

/* Actions ------------------------------------------------------------------------------------ */

static void
on_undo_clicked_cb (AdwToast               *toast,
                    CohortDuplicatesWindow *self)
{
  g_autoptr(CohortRosterUndo) undo = cohort_undo_toast_steal (toast);
  g_autoptr(GError) error = NULL;

  if (undo == NULL)
    return;
  if (!cohort_store_undo (self->store, undo, &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
  g_signal_emit (self, signals[CHANGED], 0);
  cohort_duplicates_window_refresh (self);
}

static void
on_merged_cb (CohortMergeWindow      *window,
              gint64                  kept_id,
              CohortDuplicatesWindow *self)
{
  CohortRosterUndo *undo = cohort_merge_window_steal_undo (window);
  g_autoptr(CohortPerson) kept = cohort_store_get_person (self->store, kept_id, NULL);
  g_autofree char *name = kept ? cohort_person_dup_display_name (kept) : g_strdup ("");
  g_autofree char *message = NULL;

  /* Translators: %s is a full name */
  message = g_strdup_printf (_("Records merged into %s"), name);
  cohort_show_undo_toast (GTK_WIDGET (self->stack), message, undo, G_CALLBACK (on_undo_clicked_cb), self,
                          &self->last_toast);
  g_signal_emit (self, signals[CHANGED], 0);
  cohort_duplicates_window_refresh (self);
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CohortMergeWindow *window = cohort_duplicates_window_compare (COHORT_DUPLICATES_WINDOW (widget),
                                                                g_variant_get_uint32 (parameter));

  if (window != NULL)
    gtk_window_present (GTK_WINDOW (window));
}

static void
on_pair_activated_cb (CohortDuplicatesWindow *self,
                      guint                   position)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "duplicates.compare", "u", position);
}

static void
refresh_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  cohort_duplicates_window_refresh (COHORT_DUPLICATES_WINDOW (widget));
}

/* GObject --------------------------------------------------------------------------------------- */

static void
cohort_duplicates_window_dispose (GObject *object)
{
  CohortDuplicatesWindow *self = COHORT_DUPLICATES_WINDOW (object);

  if (self->searching != NULL)
    g_cancellable_cancel (self->searching);
  g_clear_object (&self->searching);
  g_clear_weak_pointer (&self->last_toast);
  gtk_widget_dispose_template (GTK_WIDGET (object), COHORT_TYPE_DUPLICATES_WINDOW);
  g_clear_object (&self->pairs);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cohort_duplicates_window_parent_class)->dispose (object);
}

static void
cohort_duplicates_window_class_init (CohortDuplicatesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_duplicates_window_dispose;

  /**
   * CohortDuplicatesWindow::changed:
   *
   * Records were merged, or a merge undone: what the window shows of people is stale.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cohort/Cohort/cohort-duplicates-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortDuplicatesWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CohortDuplicatesWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CohortDuplicatesWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CohortDuplicatesWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, CohortDuplicatesWindow, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_pair_activated_cb);

  gtk_widget_class_install_action (widget_class, "duplicates.compare", "u", compare_action);
  gtk_widget_class_install_action (widget_class, "duplicates.refresh", NULL, refresh_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "duplicates.refresh", NULL);
}

static void
cohort_duplicates_window_init (CohortDuplicatesWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkSingleSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->pairs = g_list_store_new (COHORT_TYPE_DUPLICATE_ITEM);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->pairs)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

/* Public -------------------------------------------------------------------------------------------- */

/**
 * cohort_duplicates_window_new:
 *
 * Returns: (transfer none): the window, looking for pairs; present it
 */
CohortDuplicatesWindow *
cohort_duplicates_window_new (GtkWindow   *parent,
                              CohortStore *store)
{
  CohortDuplicatesWindow *self;

  g_return_val_if_fail (COHORT_IS_STORE (store), NULL);

  self = g_object_new (COHORT_TYPE_DUPLICATES_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  cohort_duplicates_window_refresh (self);
  return self;
}

/**
 * cohort_duplicates_window_refresh:
 *
 * Looks for pairs again, in a worker thread over a connection of its own.
 */
void
cohort_duplicates_window_refresh (CohortDuplicatesWindow *self)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) reader = NULL;

  g_return_if_fail (COHORT_IS_DUPLICATES_WINDOW (self));

  if (self->searching != NULL)
    g_cancellable_cancel (self->searching);
  g_clear_object (&self->searching);
  self->searching = g_cancellable_new ();
  gtk_stack_set_visible_child_name (self->stack, "searching");
  gtk_spinner_start (self->spinner);
  adw_window_title_set_subtitle (self->window_title, NULL);

  task = g_task_new (self, self->searching, on_found_cb, NULL);
  g_task_set_source_tag (task, cohort_duplicates_window_refresh);
  if (cohort_store_can_open_reader (self->store))
    {
      reader = cohort_store_open_reader (self->store, &error);
      if (reader == NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      g_task_set_task_data (task, g_steal_pointer (&reader), g_object_unref);
      g_task_run_in_thread (task, find_thread);
    }
  else
    {
      /* One connection only (a database in memory): here, now. */
      g_task_set_task_data (task, g_object_ref (self->store), g_object_unref);
      find_thread (task, self, self->store, self->searching);
    }
}

gboolean
cohort_duplicates_window_is_searching (CohortDuplicatesWindow *self)
{
  g_return_val_if_fail (COHORT_IS_DUPLICATES_WINDOW (self), FALSE);
  return self->searching != NULL;
}

/**
 * cohort_duplicates_window_get_model:
 *
 * Returns: (transfer none): the pairs shown (CohortDuplicateItem)
 */
GListModel *
cohort_duplicates_window_get_model (CohortDuplicatesWindow *self)
{
  g_return_val_if_fail (COHORT_IS_DUPLICATES_WINDOW (self), NULL);
  return G_LIST_MODEL (self->pairs);
}

/**
 * cohort_duplicates_window_compare:
 * @position: a pair of the list
 *
 * What Compare… does: the two records side by side, the older one proposed
 * to keep.
 *
 * Returns: (transfer none) (nullable): the merge window, not yet presented
 */
CohortMergeWindow *
cohort_duplicates_window_compare (CohortDuplicatesWindow *self,
                                  guint                   position)
{
  g_autoptr(CohortDuplicateItem) item = NULL;
  g_autoptr(GError) error = NULL;
  CohortMergeWindow *window;

  g_return_val_if_fail (COHORT_IS_DUPLICATES_WINDOW (self), NULL);

  item = g_list_model_get_item (G_LIST_MODEL (self->pairs), position);
  if (item == NULL)
    return NULL;
  window = cohort_merge_window_new (GTK_WINDOW (self), self->store,
                                    cohort_person_get_id (cohort_duplicate_item_get_first (item)),
                                    cohort_person_get_id (cohort_duplicate_item_get_second (item)), &error);
  if (window == NULL)
    {
      /* merged or deleted since the list was made */
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      cohort_duplicates_window_refresh (self);
      return NULL;
    }
  g_signal_connect_object (window, "merged", G_CALLBACK (on_merged_cb), self, 0);
  return window;
}

/**
 * cohort_duplicates_window_get_last_toast:
 *
 * Returns: (transfer none) (nullable): the toast of the last merge, while it shows
 */
AdwToast *
cohort_duplicates_window_get_last_toast (CohortDuplicatesWindow *self)
{
  g_return_val_if_fail (COHORT_IS_DUPLICATES_WINDOW (self), NULL);
  return self->last_toast;
}
