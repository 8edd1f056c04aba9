/* cohort-dashboard-export.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Handing the dashboard on: a chart copied or saved as a picture, the whole
 * dashboard exported as a PDF report or an Excel workbook.
 */
#define G_LOG_DOMAIN "cohort-dashboard-export"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cohort-chart-layout.h"
#include "cohort-dashboard-export.h"
#include "cohort-dashboard-pdf.h"
#include "cohort-dashboard-xlsx.h"
#include "cohort-widgets.h"

/* A picture of a chart: 900 × 500 at twice the resolution, on white. */
#define PICTURE_WIDTH 900
#define PICTURE_HEIGHT 500
#define PICTURE_SCALE 2.0

static void
show_error (GtkWidget    *widget,
            const char   *heading,
            const GError *error)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading,
                                                       error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The file chosen in @chooser, with @extension added if the name lacks it;
 * %NULL when the chooser was cancelled. */
static char *
chosen_path (GtkNativeDialog *chooser,
             int              response,
             const char      *extension)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *lower = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return NULL;
  lower = g_ascii_strdown (path, -1);
  return g_str_has_suffix (lower, extension) ? g_steal_pointer (&path) : g_strconcat (path, extension, NULL);
}

static void
show_saved (GtkWidget  *widget,
            const char *path)
{
  g_autofree char *name = g_filename_display_basename (path);
  /* Translators: "“Students per Year.png” saved" */
  g_autofree char *text = g_strdup_printf (_("“%s” saved"), name);

  cohort_show_toast (widget, text, FALSE);
}

/**
 * cohort_dashboard_chart_texture:
 *
 * Returns: (transfer full): @chart with its title, dark on white, as a texture
 */
GdkTexture *
cohort_dashboard_chart_texture (CohortChart *chart)
{
  CohortChartStyle style = {
    .text = { 0.1, 0.1, 0.12, 1 }, .background = { 1, 1, 1, 1 }, .show_title = TRUE, .font = "Sans 10",
  };
  cairo_surface_t *surface = cohort_chart_render_image (chart, PICTURE_WIDTH, PICTURE_HEIGHT, PICTURE_SCALE,
                                                        &style);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  g_autoptr(GBytes) bytes = NULL;

  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) stride * height);
  cairo_surface_destroy (surface);
  /* cairo's ARGB32 is GDK's default memory format */
  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
}

void
cohort_dashboard_copy_chart (GtkWidget   *widget,
                             CohortChart *chart)
{
  g_autoptr(GdkTexture) texture = cohort_dashboard_chart_texture (chart);

  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
  cohort_show_toast (widget, _("Chart copied: paste it into a document or an e-mail"), FALSE);
}

typedef struct
{
  GtkWidget   *widget;
  CohortChart *chart;
} SaveData;

static void
save_data_free (gpointer p)
{
  SaveData *data = p;

  g_object_unref (data->widget);
  cohort_chart_unref (data->chart);
  g_free (data);
}

static void
on_picture_chosen_cb (GtkNativeDialog *chooser,
                      int              response,
                      SaveData        *data)
{
  g_autofree char *path = chosen_path (chooser, response, ".png");
  g_autoptr(GError) error = NULL;

  if (path != NULL)
    {
      if (!cohort_chart_write_png (data->chart, path, PICTURE_WIDTH, PICTURE_HEIGHT, PICTURE_SCALE, &error))
        show_error (data->widget, _("Could Not Save the Chart"), error);
      else
        show_saved (data->widget, path);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
set_documents_folder (GtkFileChooser *chooser)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autoptr(GFile) folder = g_file_new_for_path (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR)
                                                 ? documents : g_get_home_dir ());

  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

/* A file name from a title: no characters that file systems refuse. */
static char *
file_name_for (const char *title,
               const char *extension)
{
  g_autofree char *name = g_strdup (title);

  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return g_strconcat (name, extension, NULL);
}

void
cohort_dashboard_save_chart (GtkWidget   *widget,
                             CohortChart *chart)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = file_name_for (cohort_chart_get_title (chart), ".png");
  GtkFileFilter *filter = gtk_file_filter_new ();
  SaveData *data = g_new0 (SaveData, 1);

  chooser = gtk_file_chooser_native_new (_("Save Chart as Picture"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PNG picture (.png)"));
  gtk_file_filter_add_suffix (filter, "png");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  set_documents_folder (GTK_FILE_CHOOSER (chooser));

  data->widget = g_object_ref (widget);
  data->chart = cohort_chart_ref (chart);
  g_object_set_data_full (G_OBJECT (chooser), "cohort-save", data, save_data_free);
  g_signal_connect (chooser, "response", G_CALLBACK (on_picture_chosen_cb), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * cohort_dashboard_export_to:
 * @path: ends in .pdf or .xlsx
 *
 * Writes the dashboard for @filter to @path, dated today.
 */
gboolean
cohort_dashboard_export_to (GtkWidget                    *widget,
                            CohortStore                  *store,
                            const CohortDashboardFilter  *filter,
                            const char                   *path,
                            GError                      **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".pdf"))
    return cohort_dashboard_write_pdf (store, filter, NULL, path, error);
  return cohort_dashboard_write_xlsx (store, filter, NULL, path, error);
}

typedef struct
{
  GtkWidget             *widget;
  CohortStore           *store;
  CohortDashboardFilter  filter;
  char                  *program;
  char                  *extension;
} ExportData;

static void
export_data_free (gpointer p)
{
  ExportData *data = p;

  g_object_unref (data->widget);
  g_object_unref (data->store);
  g_free (data->program);
  g_free (data->extension);
  g_free (data);
}

static void
on_export_chosen_cb (GtkNativeDialog *chooser,
                     int              response,
                     ExportData      *data)
{
  g_autofree char *path = chosen_path (chooser, response, data->extension);
  g_autoptr(GError) error = NULL;

  if (path != NULL)
    {
      data->filter.program = data->program;
      if (!cohort_dashboard_export_to (data->widget, data->store, &data->filter, path, &error))
        show_error (data->widget, _("Could Not Export the Dashboard"), error);
      else
        show_saved (data->widget, path);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/**
 * cohort_dashboard_export:
 * @format: "pdf" or "xlsx"
 *
 * Asks where to write the dashboard for @filter, then writes it.
 */
void
cohort_dashboard_export (GtkWidget                   *widget,
                         CohortStore                 *store,
                         const CohortDashboardFilter *filter,
                         const char                  *format)
{
  gboolean pdf = g_str_equal (format, "pdf");
  GtkFileChooserNative *chooser;
  GtkFileFilter *file_filter = gtk_file_filter_new ();
  ExportData *data = g_new0 (ExportData, 1);
  g_autofree char *name = NULL;

  data->extension = g_strconcat (".", pdf ? "pdf" : "xlsx", NULL);
  /* Translators: the suggested file name of an exported dashboard */
  name = file_name_for (_("Training report"), data->extension);
  chooser = gtk_file_chooser_native_new (_("Export the Dashboard"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (file_filter, pdf ? _("PDF document (.pdf)") : _("Excel workbook (.xlsx)"));
  gtk_file_filter_add_suffix (file_filter, pdf ? "pdf" : "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), file_filter);
  g_object_unref (file_filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  set_documents_folder (GTK_FILE_CHOOSER (chooser));

  data->widget = g_object_ref (widget);
  data->store = g_object_ref (store);
  data->filter = *filter;
  data->program = g_strdup (filter->program);
  g_object_set_data_full (G_OBJECT (chooser), "cohort-export", data, export_data_free);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_chosen_cb), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
