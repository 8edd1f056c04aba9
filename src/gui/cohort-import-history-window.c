/* cohort-import-history-window.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The import history: every import, newest first, with its file, when, the
 * class it enrolled people in and what it did; Undo asks first, then takes
 * the import back, or says who was used since and why nothing changed.
 */
#define G_LOG_DOMAIN "cohort-import-history-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-date.h"
#include "cohort-format.h"
#include "cohort-import-history-window.h"

struct _CohortImportHistoryWindow
{
  AdwWindow         parent_instance;

  /* Template widgets */
  AdwToastOverlay  *toast_overlay;
  GtkStack         *stack;
  GtkListBox       *list_box;

  /* Owned references */
  CohortStore      *store;
  GPtrArray        *rows;      /* AdwActionRow, in the list's order (borrowed from the list box) */
  AdwMessageDialog *dialog;    /* the question or the refusal shown, or NULL */
  gint64            undoing;   /* the import asked about */
};

G_DEFINE_FINAL_TYPE (CohortImportHistoryWindow, cohort_import_history_window, ADW_TYPE_WINDOW)

enum {
  UNDONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* "2026-01-05T08:30:00Z" → "05/01/2026 15:30", local time */
static char *
format_when (const char *iso)
{
  g_autoptr(GDateTime) utc = iso ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;
  g_autoptr(GDateTime) local = utc ? g_date_time_to_local (utc) : NULL;

  return local ? g_date_time_format (local, "%d/%m/%Y %H:%M") : g_strdup (iso ? iso : "");
}

static char *
subtitle_text (CohortImportRecord *r)
{
  g_autofree char *when = format_when (r->at);
  g_autofree char *created = cohort_format_count (r->n_created);
  g_autofree char *linked = cohort_format_count (r->n_linked);
  g_autoptr(GString) text = g_string_new (when);

  g_string_append (text, " · ");
  if (r->class_code != NULL)
    {
      g_autofree char *enrolled = cohort_format_count (r->n_enrolled);

      /* Translators: a class code and year, then the number of people enrolled in it */
      g_string_append_printf (text, _("class %s (%d): %s enrolled"), r->class_code, r->class_year, enrolled);
      g_string_append (text, " · ");
    }
  /* Translators: numbers of people an import added and found already in Cohort */
  g_string_append_printf (text, _("%s new, %s already in Cohort"), created, linked);
  if (r->undone_at != NULL)
    {
      g_autofree char *undone = format_when (r->undone_at);

      g_string_append (text, " · ");
      /* Translators: a date and time */
      g_string_append_printf (text, _("undone on %s"), undone);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
reload (CohortImportHistoryWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = cohort_store_list_imports (self->store, &error);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  g_ptr_array_set_size (self->rows, 0);
  if (records == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  for (guint i = 0; i < records->len; i++)
    {
      CohortImportRecord *r = g_ptr_array_index (records, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = subtitle_text (r);
      GtkWidget *suffix;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), r->file_name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      if (r->undone_at == NULL)
        {
          suffix = gtk_button_new_with_mnemonic (_("_Undo…"));
          gtk_actionable_set_action_name (GTK_ACTIONABLE (suffix), "history.undo");
          gtk_actionable_set_action_target (GTK_ACTIONABLE (suffix), "x", r->id);
        }
      else
        {
          /* Translators: said of an import taken back */
          suffix = gtk_label_new (_("Undone"));
          gtk_widget_add_css_class (suffix, "dim-label");
        }
      gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
      gtk_list_box_append (self->list_box, row);
      g_ptr_array_add (self->rows, row);
    }
  gtk_stack_set_visible_child_name (self->stack, records->len > 0 ? "list" : "empty");
}

/* The dialog shown now; the one before closes by itself after its response. */
static void
show_dialog (CohortImportHistoryWindow *self,
             AdwMessageDialog          *dialog)
{
  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_undo_response_cb (AdwMessageDialog          *dialog,
                     const char                *response,
                     CohortImportHistoryWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "undo"))
    return;
  if (!cohort_store_undo_import (self->store, self->undoing, &error))
    {
      AdwMessageDialog *refusal = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                              _("The Import Cannot Be Undone"),
                                                                              error->message));

      adw_message_dialog_add_response (refusal, "close", _("_Close"));
      show_dialog (self, refusal);
      return;
    }
  cohort_store_note_change (self->store);
  reload (self);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Import undone")));
  g_signal_emit (self, signals[UNDONE], 0, self->undoing);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CohortImportHistoryWindow *self = COHORT_IMPORT_HISTORY_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortImportRecord) record = NULL;
  g_autofree char *body = NULL;
  g_autofree char *created = NULL, *enrolled = NULL;
  AdwMessageDialog *dialog;

  self->undoing = g_variant_get_int64 (parameter);
  record = cohort_store_get_import (self->store, self->undoing, &error);
  if (record == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  created = cohort_format_count (record->n_created);
  enrolled = cohort_format_count (record->n_enrolled);
  /* Translators: numbers of people and of places on rosters an import made */
  body = g_strdup_printf (_("The %s people it added and the %s places on rosters it made will be removed. People "
                            "who were in Cohort before stay."), created, enrolled);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL, body));
  {
    /* Translators: %s is a file name */
    g_autofree char *heading = g_strdup_printf (_("Undo the Import of “%s”?"), record->file_name);

    adw_message_dialog_set_heading (dialog, heading);
  }
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "undo", _("_Undo Import"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "undo", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_undo_response_cb), self, 0);
  show_dialog (self, dialog);
}

/* GObject ------------------------------------------------------------------------------ */

static void
cohort_import_history_window_dispose (GObject *object)
{
  CohortImportHistoryWindow *self = (CohortImportHistoryWindow *) object;

  g_clear_weak_pointer (&self->dialog);
  gtk_widget_dispose_template (GTK_WIDGET (self), COHORT_TYPE_IMPORT_HISTORY_WINDOW);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cohort_import_history_window_parent_class)->dispose (object);
}

static void
cohort_import_history_window_class_init (CohortImportHistoryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cohort_import_history_window_dispose;

  /**
   * CohortImportHistoryWindow::undone:
   * @import_id: the import taken back
   */
  signals[UNDONE] = g_signal_new ("undone", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cohort/Cohort/cohort-import-history-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortImportHistoryWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CohortImportHistoryWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CohortImportHistoryWindow, list_box);
  gtk_widget_class_install_action (widget_class, "history.undo", "x", undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cohort_import_history_window_init (CohortImportHistoryWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

/**
 * cohort_import_history_window_new:
 *
 * Returns: (transfer none): the window, filled, not shown yet
 */
CohortImportHistoryWindow *
cohort_import_history_window_new (GtkWindow   *parent,
                                  CohortStore *store)
{
  CohortImportHistoryWindow *self = g_object_new (COHORT_TYPE_IMPORT_HISTORY_WINDOW, "transient-for", parent,
                                                  NULL);

  self->store = g_object_ref (store);
  reload (self);
  return self;
}

guint
cohort_import_history_window_get_n_rows (CohortImportHistoryWindow *self)
{
  g_return_val_if_fail (COHORT_IS_IMPORT_HISTORY_WINDOW (self), 0);
  return self->rows->len;
}

/**
 * cohort_import_history_window_get_row:
 *
 * Returns: (transfer none) (nullable): the row of an import, newest first
 */
AdwActionRow *
cohort_import_history_window_get_row (CohortImportHistoryWindow *self,
                                      guint                      position)
{
  g_return_val_if_fail (COHORT_IS_IMPORT_HISTORY_WINDOW (self), NULL);
  return position < self->rows->len ? g_ptr_array_index (self->rows, position) : NULL;
}

/**
 * cohort_import_history_window_get_dialog:
 *
 * Returns: (transfer none) (nullable): the question or refusal shown now
 */
AdwMessageDialog *
cohort_import_history_window_get_dialog (CohortImportHistoryWindow *self)
{
  g_return_val_if_fail (COHORT_IS_IMPORT_HISTORY_WINDOW (self), NULL);
  return self->dialog;
}
