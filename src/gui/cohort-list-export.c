/* cohort-list-export.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-list-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cohort-io-error.h"
#include "cohort-list-builder.h"
#include "cohort-list-export.h"
#include "cohort-list-pdf.h"
#include "cohort-list-render.h"
#include "cohort-list-xlsx.h"
#include "cohort-preferences-window.h"

typedef enum
{
  FORMAT_XLSX,
  FORMAT_PDF,
} Format;

/* The format chosen last, offered first next time. */
static Format last_format = FORMAT_XLSX;
/* The folder saved in last, offered first next time. */
static GFile *last_folder;
/* The printer and its options chosen last, for the next list. */
static GtkPrintSettings *print_settings;

static const char *const extensions[] = { ".xlsx", ".pdf" };

/* Helpers */

/* File names without accents travel safely through e-mail, zip files and
 * old Windows PCs: "Danh sách lớp" becomes "Danh sach lop". Characters no
 * file system takes become '-'. */
static char *
file_name_from (const char *text)
{
  g_autofree char *nfd = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  GString *out = g_string_new (NULL);

  for (const char *p = nfd; p != NULL && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0300 && c <= 0x036F)
        continue;
      if (c == 0x0111)
        c = 'd';
      else if (c == 0x0110)
        c = 'D';
      if (c < 0x80 && strchr ("/\\:*?\"<>|", (int) c) != NULL)
        c = '-';
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static Format
format_for_name (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  return g_str_has_suffix (lower, ".pdf") ? FORMAT_PDF : FORMAT_XLSX;
}

static gboolean
has_list_extension (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  return g_str_has_suffix (lower, ".pdf") || g_str_has_suffix (lower, ".xlsx");
}

static AdwToast *
show_toast (GtkWidget  *widget,
            const char *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 6);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_set_data_full (G_OBJECT (widget), "cohort-toast", toast, g_object_unref);
  return toast;
}

/* A setting of Preferences → Documents is missing (the school's name, the
 * signer): the dialog offers to open them. */
static gboolean
needs_preferences (const GError *error)
{
  return g_error_matches (error, COHORT_IO_ERROR, COHORT_IO_ERROR_NOT_CONFIGURED);
}

static void
on_error_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      GtkWidget        *widget)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(GObject) prefs = NULL;

  if (!g_str_equal (response, "preferences"))
    return;
  gtk_widget_activate_action (widget, "app.preferences", NULL);

  /* Straight to the page with the school's name: the newest window. */
  for (guint i = g_list_model_get_n_items (toplevels); prefs == NULL && i > 0; i--)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i - 1);

      if (COHORT_IS_PREFERENCES_WINDOW (window))
        prefs = g_steal_pointer (&window);
    }
  if (prefs != NULL)
    adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (prefs), "documents");
}

/* Errors are sentences to read to the end, and some send the user to the
 * Preferences: a dialog, not a toast that goes away. */
static void
show_error (GtkWidget    *widget,
            const char   *heading,
            const GError *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  if (needs_preferences (error))
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "preferences", _("Open _Preferences"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "preferences",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "preferences");
    }
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_error_response_cb), widget, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Saving */

typedef struct
{
  CohortListDocument *doc;
  char               *path;
  Format              format;
} WriteData;

static void
write_data_free (gpointer data)
{
  WriteData *write = data;

  cohort_list_document_free (write->doc);
  g_free (write->path);
  g_free (write);
}

/* In a worker thread: the document is the thread's own, the store is not
 * touched. */
static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *write = task_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (write->format == FORMAT_PDF)
    ok = cohort_list_document_write_pdf (write->doc, write->path, &error);
  else
    ok = cohort_list_document_write_xlsx (write->doc, write->path, &error);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
on_open_clicked_cb (AdwToast  *toast,
                    GtkWidget *widget)
{
  const char *uri = g_object_get_data (G_OBJECT (toast), "cohort-uri");

  gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (widget)), uri, GDK_CURRENT_TIME);
}

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  GtkWidget *widget = g_task_get_source_object (outer);
  WriteData *write = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_error (widget, _("Could Not Export the List"), error);
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }

  {
    g_autofree char *base = g_path_get_basename (write->path);
    g_autofree char *display = g_filename_display_name (base);
    /* Translators: "Saved as “Danh sach lop TCLLCT B43.pdf”" */
    g_autofree char *title = g_strdup_printf (_("Saved as “%s”"), display);
    AdwToast *toast = show_toast (widget, title);

    adw_toast_set_button_label (toast, _("_Open"));
    g_object_set_data_full (G_OBJECT (toast), "cohort-uri", g_filename_to_uri (write->path, NULL, NULL), g_free);
    g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_open_clicked_cb), widget, 0);
  }
  g_task_return_boolean (outer, TRUE);
}

/* The store is read in the window's thread, before any dialog: a missing
 * school name is said before the user picks a file. */
static CohortListDocument *
read_list (GtkWidget       *widget,
           CohortStore     *store,
           CohortClass     *klass,
           CohortListKind   kind,
           const char      *heading,
           GError         **error)
{
  CohortListDocument *doc;

  doc = cohort_list_document_new_for_class (store, kind, cohort_class_get_number (klass, COHORT_CLASS_ID),
                                            NULL, error);
  if (doc == NULL)
    show_error (widget, heading, *error);
  return doc;
}

/* Only the writing of the file goes to a worker thread, with @doc. */
static void
write_document (GtkWidget           *widget,
                CohortListDocument  *doc,
                const char          *path,
                GAsyncReadyCallback  callback,
                gpointer             user_data)
{
  GTask *outer = g_task_new (widget, NULL, callback, user_data);
  g_autoptr(GTask) task = NULL;
  WriteData *write = g_new0 (WriteData, 1);

  g_task_set_source_tag (outer, cohort_list_export_save_to);
  write->doc = doc;
  write->path = g_strdup (path);
  write->format = format_for_name (path);
  task = g_task_new (NULL, NULL, on_written_cb, outer);
  g_task_set_task_data (task, write, write_data_free);
  g_task_run_in_thread (task, write_thread);
}

/**
 * cohort_list_export_save_to:
 * @widget: the widget asking, inside the window's toast overlay
 * @file: a local file ending in .xlsx or .pdf
 * @callback: (nullable): called when the file is written or has failed,
 *   after the user was told which
 *
 * Reads the list of @klass from @store now, then writes @file in a worker
 * thread, so that the window stays responsive; the file's ending chooses
 * the format. Success shows a toast that can open the file; a failure shows
 * a dialog with the reason.
 */
void
cohort_list_export_save_to (GtkWidget           *widget,
                            CohortStore         *store,
                            CohortClass         *klass,
                            CohortListKind       kind,
                            GFile               *file,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  CohortListDocument *doc;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (COHORT_IS_STORE (store));
  g_return_if_fail (COHORT_IS_CLASS (klass));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (path == NULL || !has_list_extension (path))
    {
      g_autoptr(GTask) task = g_task_new (widget, NULL, callback, user_data);

      g_task_set_source_tag (task, cohort_list_export_save_to);
      g_set_error_literal (&error, COHORT_IO_ERROR, COHORT_IO_ERROR_FAILED,
                           path == NULL
                           ? _("Cohort can only save lists in a folder of this computer. Choose a local folder.")
                           : _("Cohort saves lists as .xlsx or .pdf files. Give the file one of these endings."));
      show_error (widget, _("Could Not Export the List"), error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  doc = read_list (widget, store, klass, kind, _("Could Not Export the List"), &error);
  if (doc == NULL)
    {
      g_autoptr(GTask) task = g_task_new (widget, NULL, callback, user_data);

      g_task_set_source_tag (task, cohort_list_export_save_to);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  write_document (widget, doc, path, callback, user_data);
}

/**
 * cohort_list_export_save_to_finish:
 *
 * Returns: %TRUE if the file was written
 */
gboolean
cohort_list_export_save_to_finish (GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cohort_list_export_save_to, FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

typedef struct
{
  GtkWidget          *widget;
  CohortListDocument *doc;       /* until it is written */
  GtkFileFilter      *pdf_filter;
} ChooseData;

static void
choose_data_free (gpointer data)
{
  ChooseData *choose = data;

  g_object_unref (choose->widget);
  g_clear_pointer (&choose->doc, cohort_list_document_free);
  g_object_unref (choose->pdf_filter);
  g_free (choose);
}

static void
on_file_chosen_cb (GtkNativeDialog *chooser,
                   int              response,
                   ChooseData      *choose)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GFile) target = NULL;
  g_autofree char *name = NULL;
  g_autofree char *stem = NULL;
  Format format;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file == NULL)
    goto out;

  /* The PDF filter, or a name typed with .pdf, means a PDF; anything else a
   * workbook. The name gets the ending of what is written. */
  name = g_file_get_basename (file);
  format = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser)) == choose->pdf_filter
           ? FORMAT_PDF : format_for_name (name);
  stem = has_list_extension (name) ? g_strndup (name, strrchr (name, '.') - name) : g_strdup (name);
  g_free (name);
  name = g_strconcat (stem, extensions[format], NULL);
  parent = g_file_get_parent (file);
  target = parent != NULL ? g_file_get_child (parent, name) : g_object_ref (file);
  last_format = format;
  g_set_object (&last_folder, parent);

  {
    g_autofree char *path = g_file_get_path (target);

    if (path != NULL)
      write_document (choose->widget, g_steal_pointer (&choose->doc), path, NULL, NULL);
    else
      {
        g_autoptr(GError) error = g_error_new_literal (COHORT_IO_ERROR, COHORT_IO_ERROR_FAILED,
                                                       _("Cohort can only save lists in a folder of this "
                                                         "computer. Choose a local folder."));
        show_error (choose->widget, _("Could Not Export the List"), error);
      }
  }

out:
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/**
 * cohort_list_export_choose_file:
 * @widget: the widget asking, inside the window's toast overlay
 *
 * Reads the list of @klass, then asks where to save it (.xlsx or .pdf,
 * with a name made from the class) and saves it there. A list that cannot
 * be made (no school name, no Lao students) is said before the chooser.
 */
void
cohort_list_export_choose_file (GtkWidget      *widget,
                                CohortStore    *store,
                                CohortClass    *klass,
                                CohortListKind  kind)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *xlsx_filter;
  GtkFileFilter *pdf_filter;
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;
  CohortListDocument *doc;
  ChooseData *choose;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (COHORT_IS_STORE (store));
  g_return_if_fail (COHORT_IS_CLASS (klass));

  doc = read_list (widget, store, klass, kind, _("Could Not Export the List"), &error);
  if (doc == NULL)
    return;

  stem = cohort_list_export_suggest_name (klass, kind);
  name = g_strconcat (stem, extensions[last_format], NULL);
  xlsx_filter = gtk_file_filter_new ();
  pdf_filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (kind == COHORT_LIST_KIND_LAO ? _("Export Lao List") : _("Export List"),
                                         GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (xlsx_filter, _("Excel workbook (.xlsx)"));
  gtk_file_filter_add_suffix (xlsx_filter, "xlsx");
  gtk_file_filter_set_name (pdf_filter, _("PDF document (.pdf)"));
  gtk_file_filter_add_suffix (pdf_filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), xlsx_filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf_filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), last_format == FORMAT_PDF ? pdf_filter : xlsx_filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  if (last_folder == NULL)
    {
      const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

      last_folder = g_file_new_for_path (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR)
                                         ? documents : g_get_home_dir ());
    }
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), last_folder, NULL);

  choose = g_new0 (ChooseData, 1);
  choose->widget = g_object_ref (widget);
  choose->doc = doc;
  choose->pdf_filter = pdf_filter;     /* the chooser holds one reference, this is the other */
  g_object_set_data_full (G_OBJECT (chooser), "cohort-choose", choose, choose_data_free);
  g_object_unref (xlsx_filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen_cb), choose);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * cohort_list_export_has_lao_students:
 * @enrolments: a roster, #CohortEnrolment items
 *
 * Returns: whether the class has a Lao list: a class of Vietnamese cadres
 *   has none
 */
gboolean
cohort_list_export_has_lao_students (GListModel *enrolments)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (enrolments), FALSE);

  for (guint i = 0; i < g_list_model_get_n_items (enrolments); i++)
    {
      g_autoptr(CohortEnrolment) entry = g_list_model_get_item (enrolments, i);

      if (cohort_person_get_name_order (cohort_enrolment_get_person (entry)) == COHORT_NAME_ORDER_LAO)
        return TRUE;
    }
  return FALSE;
}

/**
 * cohort_list_export_suggest_name:
 *
 * Returns: (transfer full): a file name for the list of @klass, without
 *   accents and without its ending, e.g. "Danh sach lop TCLLCT B43"
 */
char *
cohort_list_export_suggest_name (CohortClass    *klass,
                                 CohortListKind  kind)
{
  g_autofree char *name = NULL;
  const char *program = cohort_class_get_text (klass, COHORT_CLASS_PROGRAM);
  const char *code = cohort_class_get_text (klass, COHORT_CLASS_CODE);

  g_return_val_if_fail (COHORT_IS_CLASS (klass), NULL);

  /* The office's files are named in Vietnamese, whatever the window's
   * language: they go to Vietnamese agencies. */
  if (kind == COHORT_LIST_KIND_LAO)
    name = g_strdup_printf ("Danh sach hoc vien Lao lop %s %s", program ?: "", code ?: "");
  else
    name = g_strdup_printf ("Danh sach lop %s %s", program ?: "", code ?: "");
  g_strstrip (name);
  return file_name_from (name);
}

/* Printing */

typedef struct
{
  CohortListDocument *doc;
  CohortListRender   *render;
} PrintData;

static void
print_data_free (gpointer data)
{
  PrintData *print = data;

  g_clear_pointer (&print->render, cohort_list_render_free);
  cohort_list_document_free (print->doc);
  g_free (print);
}

/* The paper is known only now: A4 landscape unless the user chose another
 * in the dialog. */
static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PrintData         *print)
{
  g_clear_pointer (&print->render, cohort_list_render_free);
  print->render = cohort_list_render_new (print->doc, gtk_print_context_get_width (context),
                                          gtk_print_context_get_height (context), NULL);
  gtk_print_operation_set_n_pages (operation, cohort_list_render_get_n_pages (print->render));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 PrintData         *print)
{
  g_assert (print->render != NULL);
  cohort_list_render_draw_page (print->render, gtk_print_context_get_cairo_context (context), page);
}

static void
on_end_print_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 PrintData         *print)
{
  g_clear_pointer (&print->render, cohort_list_render_free);
}

/**
 * cohort_list_export_print_operation_new:
 * @doc: (transfer full): the list to print
 *
 * A print operation that draws @doc with the renderer of the PDF files, on
 * A4 landscape unless the user chooses otherwise. Its unit is the point and
 * its origin the corner of the paper, so the margins are the decree's from
 * the edge of the sheet, as in the PDF.
 *
 * Returns: (transfer full): the operation, to run
 */
GtkPrintOperation *
cohort_list_export_print_operation_new (CohortListDocument *doc)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  GtkPaperSize *a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  PrintData *print = g_new0 (PrintData, 1);
  g_autofree char *job = NULL;

  g_return_val_if_fail (doc != NULL, NULL);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_paper_size_free (a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  if (print_settings != NULL)
    gtk_print_operation_set_print_settings (operation, print_settings);

  if (doc->title->len > 0)
    {
      CohortListText *first = g_ptr_array_index (doc->title, doc->kind == COHORT_LIST_KIND_LAO
                                                             && doc->title->len > 1 ? 1 : 0);
      job = g_strdup (first->text);
    }
  gtk_print_operation_set_job_name (operation, job != NULL ? job : "Cohort");

  print->doc = doc;
  g_object_set_data_full (G_OBJECT (operation), "cohort-print", print, print_data_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), print);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), print);
  g_signal_connect (operation, "end-print", G_CALLBACK (on_end_print_cb), print);
  return operation;
}

static void
finish_print (GtkPrintOperation       *operation,
              GtkPrintOperationResult  result,
              const GError            *error,
              GtkWidget               *widget)
{
  /* "done" comes once for an asynchronous run, and sometimes also before
   * a synchronous one returns: the user hears of the result once. */
  if (g_object_get_data (G_OBJECT (operation), "cohort-finished") != NULL)
    return;
  g_object_set_data (G_OBJECT (operation), "cohort-finished", GINT_TO_POINTER (TRUE));

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_set_object (&print_settings, gtk_print_operation_get_print_settings (operation));
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    show_error (widget, _("Could Not Print the List"), error);
}

static void
on_print_done_cb (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result,
                  GtkWidget               *widget)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    gtk_print_operation_get_error (operation, &error);
  finish_print (operation, result, error, widget);
}

/**
 * cohort_list_export_print:
 * @widget: the widget asking
 *
 * Reads the list of @klass and opens the print dialog for it.
 */
void
cohort_list_export_print (GtkWidget      *widget,
                          CohortStore    *store,
                          CohortClass    *klass,
                          CohortListKind  kind)
{
  g_autoptr(GError) error = NULL;
  CohortListDocument *doc;
  GtkPrintOperation *operation;
  GtkPrintOperationResult result;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (COHORT_IS_CLASS (klass));

  doc = read_list (widget, store, klass, kind, _("Could Not Print the List"), &error);
  if (doc == NULL)
    return;

  operation = cohort_list_export_print_operation_new (doc);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done_cb), widget, 0);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (gtk_widget_get_root (widget)), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    /* The dialog stays open: the operation lives until it is done. */
    g_signal_connect_after (operation, "done", G_CALLBACK (g_object_unref), NULL);
  else
    {
      finish_print (operation, result, error, widget);
      g_object_unref (operation);
    }
}
