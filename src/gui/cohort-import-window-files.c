/* cohort-import-window-files.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The files of the import window: choosing the list, saving the rows not
 * imported, saving the import template, and the import history.
 */
#define G_LOG_DOMAIN "cohort-import-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cohort-import-history-window.h"
#include "cohort-import-rejects.h"
#include "cohort-import-template.h"
#include "cohort-import-window-private.h"

/* Files -------------------------------------------------------------------------------- */

static void
on_rejects_saved_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  CohortImportWindow *self = COHORT_IMPORT_WINDOW (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (g_task_get_task_data (G_TASK (result)));
  g_autofree char *text = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  if (_cohort_import_window_stop_busy (self))
    return;
  gtk_stack_set_visible_child_name (self->stack, "done");
  _cohort_import_window_update_actions (self);
  if (ok)
    {
      /* Translators: a file name */
      text = g_strdup_printf (_("Saved “%s”"), name);
      _cohort_import_window_show_toast (self, text);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    _cohort_import_window_show_toast (self, error->message);
}

static void
save_rejects_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  CohortImportWindow *self = source_object;
  GError *error = NULL;

  if (cohort_import_plan_write_rejects (self->plan, self->path, task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * cohort_import_window_save_rejects:
 *
 * Saves the rows that were not imported, with the reasons, as an .xlsx at @path.
 */
void
cohort_import_window_save_rejects (CohortImportWindow *self,
                                   const char         *path)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (COHORT_IS_IMPORT_WINDOW (self));
  g_return_if_fail (self->plan != NULL && !self->busy);

  _cohort_import_window_start_busy (self, PHASE_SAVING);
  task = g_task_new (self, self->cancellable, on_rejects_saved_cb, NULL);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, save_rejects_thread);
}

/* The file the user chose, or %NULL; the chooser is done with. */
static char *
take_chosen_path (CohortImportWindow *self,
                  int                 response)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  g_clear_object (&self->chooser);
  return file ? g_file_get_path (file) : NULL;
}

static void
on_rejects_chosen_cb (GtkNativeDialog    *chooser,
                      int                 response,
                      CohortImportWindow *self)
{
  g_autofree char *path = take_chosen_path (self, response);

  if (path != NULL)
    {
      if (!g_str_has_suffix (path, ".xlsx"))
        {
          char *with = g_strconcat (path, ".xlsx", NULL);

          g_free (path);
          path = with;
        }
      cohort_import_window_save_rejects (self, path);
    }
}

void
_cohort_import_window_save_rejects_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CohortImportWindow *self = COHORT_IMPORT_WINDOW (widget);
  g_autofree char *base = g_path_get_basename (self->path);
  g_autofree char *name = NULL;
  char *dot = strrchr (base, '.');

  if (dot != NULL)
    *dot = '\0';
  /* Translators: the name of the file saved with the rows not imported; %s is the list's file name */
  name = g_strdup_printf (_("%s - not imported.xlsx"), base);
  self->chooser = gtk_file_chooser_native_new (_("Save the Rows Not Imported"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_rejects_chosen_cb), self, 0);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

void
_cohort_import_window_history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CohortImportWindow *self = COHORT_IMPORT_WINDOW (widget);
  CohortImportHistoryWindow *history = cohort_import_history_window_new (GTK_WINDOW (self), self->store);

  gtk_window_present (GTK_WINDOW (history));
}

/**
 * cohort_import_window_save_template:
 * @lang: (nullable): "vi", "lo" or "en"; %NULL for the interface's language
 *
 * Saves the import template at @path; says so, or why not, in a toast.
 *
 * Returns: whether it was written
 */
gboolean
cohort_import_window_save_template (CohortImportWindow *self,
                                    const char         *path,
                                    const char         *lang)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *text = NULL;

  g_return_val_if_fail (COHORT_IS_IMPORT_WINDOW (self), FALSE);

  if (!cohort_import_template_write (path, lang, &error))
    {
      _cohort_import_window_show_toast (self, error->message);
      return FALSE;
    }
  /* Translators: a file name */
  text = g_strdup_printf (_("Saved “%s”"), name);
  _cohort_import_window_show_toast (self, text);
  return TRUE;
}

static void
on_template_chosen_cb (GtkNativeDialog    *chooser,
                       int                 response,
                       CohortImportWindow *self)
{
  g_autofree char *path = take_chosen_path (self, response);

  if (path == NULL)
    return;
  if (!g_str_has_suffix (path, ".xlsx"))
    {
      char *with = g_strconcat (path, ".xlsx", NULL);

      g_free (path);
      path = with;
    }
  cohort_import_window_save_template (self, path, NULL);
}

void
_cohort_import_window_template_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CohortImportWindow *self = COHORT_IMPORT_WINDOW (widget);
  GtkWindow *parent = self->presented ? GTK_WINDOW (self) : gtk_window_get_transient_for (GTK_WINDOW (self));

  self->chooser = gtk_file_chooser_native_new (_("Save the Import Template"), parent,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  /* Translators: the file name offered for the import template; keep .xlsx */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("import-template.xlsx"));
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_template_chosen_cb), self, 0);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/**
 * cohort_import_window_open_file:
 *
 * Shows the window and reads the list at @path into the preview.
 */
void
cohort_import_window_open_file (CohortImportWindow *self,
                                const char         *path)
{
  g_autofree char *name = g_path_get_basename (path);

  g_return_if_fail (COHORT_IS_IMPORT_WINDOW (self));

  g_free (self->path);
  self->path = g_strdup (path);
  g_clear_pointer (&self->mapping, g_free);
  g_clear_pointer (&self->sheet, g_free);
  adw_window_title_set_subtitle (self->window_title, name);
  if (!self->presented)
    {
      self->presented = TRUE;
      gtk_window_present (GTK_WINDOW (self));
    }
  _cohort_import_window_start_reading (self);
}

static void
on_file_chosen_cb (GtkNativeDialog    *chooser,
                   int                 response,
                   CohortImportWindow *self)
{
  g_autofree char *path = take_chosen_path (self, response);

  if (path != NULL)
    cohort_import_window_open_file (self, path);
  else if (!self->presented)
    gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * cohort_import_window_choose_file:
 *
 * Asks for the list to import, then reads it; the window shows only once a
 * file is chosen.
 */
void
cohort_import_window_choose_file (CohortImportWindow *self)
{
  GtkWindow *parent = self->presented ? GTK_WINDOW (self) : gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GtkFileFilter) lists = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (lists, _("Lists (.xlsx, .xls, .csv)"));
  gtk_file_filter_add_suffix (lists, "xlsx");
  gtk_file_filter_add_suffix (lists, "xls");
  gtk_file_filter_add_suffix (lists, "csv");
  gtk_file_filter_add_suffix (lists, "txt");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  self->chooser = gtk_file_chooser_native_new (_("Choose the List to Import"), parent,
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), lists);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_file_chosen_cb), self, 0);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

void
_cohort_import_window_choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  cohort_import_window_choose_file (COHORT_IMPORT_WINDOW (widget));
}
