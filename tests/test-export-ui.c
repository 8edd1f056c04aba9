/* test-export-ui.c: the official lists from a real roster view — saved as
 * .pdf and .xlsx in a worker thread, printed through GtkPrintOperation to a
 * file that must show what the PDF shows, the file name offered, the menu's
 * actions, and the dialog when the school's name is missing.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cohort-classes-page.h"
#include "cohort-io-error.h"
#include "cohort-list-builder.h"
#include "cohort-list-export.h"
#include "cohort-list-render.h"
#include "cohort-roster-view.h"
#include "cohort-test-store.h"
#include "cohort-test-ui.h"
#include "cohort-window.h"

static char *demo_path;
static char *out_dir;

/* Saves through the roster view as the Export menu does, and waits. */
static gboolean
save (CohortRosterView  *roster,
      CohortStore       *store,
      CohortListKind     kind,
      const char        *path,
      GError           **error)
{
  return cohort_test_save_list (GTK_WIDGET (roster), store, cohort_roster_view_get_class (roster), kind, path, error);
}

/* The pages of a PDF cairo wrote: its page objects. */
static guint
count_pdf_pages (const char *path)
{
  g_autofree char *bytes = NULL;
  gsize len;
  guint n = 0;

  g_assert_true (g_file_get_contents (path, &bytes, &len, NULL));
  g_assert_true (len > 5 && memcmp (bytes, "%PDF-", 5) == 0);
  for (gsize i = 0; i + 12 <= len; i++)
    if (memcmp (bytes + i, "/Type /Page", 11) == 0 && bytes[i + 11] != 's')
      n++;
  return n;
}

/* pdftotext's text of @path, or NULL without poppler-utils. */
static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-raw", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  char *out = NULL;

  if (program == NULL)
    return NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, NULL, NULL));
  return out;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

/* The fonts in @path, subset tags dropped, sorted, one a line; or NULL
 * without poppler-utils. */
static char *
pdf_fonts (const char *path)
{
  const char *argv[] = { "pdffonts", path, NULL };
  g_autofree char *program = g_find_program_in_path ("pdffonts");
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GString *result = g_string_new (NULL);

  if (program == NULL)
    return g_string_free (result, TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, NULL, NULL));
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], " ", 2);
      const char *name = fields[0] != NULL ? fields[0] : "";
      const char *plus = strchr (name, '+');

      if (*name == '\0')
        continue;
      name = plus != NULL ? plus + 1 : name;
      if (!g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, compare_strings);
  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (result, "%s\n", (char *) g_ptr_array_index (names, i));
  return g_string_free (result, FALSE);
}

/* The list printed to a file through the print operation the Print menu
 * runs (A4 landscape by default). */
static void
print_to_file (CohortStore    *store,
               CohortClass    *klass,
               CohortListKind  kind,
               GtkWindow      *window,
               const char     *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  CohortListDocument *doc;

  doc = cohort_list_document_new_for_class (store, kind, cohort_class_get_number (klass, COHORT_CLASS_ID), NULL,
                                            &error);
  g_assert_no_error (error);
  operation = cohort_list_export_print_operation_new (doc);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, window, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
}

static CohortClass *
find_class (CohortWindow *window,
            gboolean      lao)
{
  CohortClassesPage *classes = COHORT_CLASSES_PAGE (cohort_window_get_page (window, "classes"));
  GListModel *model = cohort_classes_page_get_model (classes);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CohortClass) klass = g_list_model_get_item (model, i);
      const char *province = cohort_class_get_text (klass, COHORT_CLASS_LAO_PROVINCE);
      gboolean is_lao = province != NULL && *province != '\0';

      if (is_lao == lao && cohort_class_get_number (klass, COHORT_CLASS_ENROLLED) >= 5)
        return g_steal_pointer (&klass);
    }
  g_assert_not_reached ();
  return NULL;
}

/* The actions of a menu's items, sections flattened, space-separated. */
static void
append_actions (GMenuModel *menu,
                GString    *out)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autofree char *action = NULL;

      if (section != NULL)
        append_actions (section, out);
      else if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        g_string_append_printf (out, "%s%s", out->len ? " " : "", action);
    }
}

static char *
menu_actions (GMenuModel *menu)
{
  GString *out = g_string_new (NULL);

  append_actions (menu, out);
  return g_string_free (out, FALSE);
}

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; *p; p++)
    if ((guchar) *p >= 0x80)
      return FALSE;
  return TRUE;
}

/* Saved as PDF and .xlsx, printed to a file: the printed pages are the PDF's. */
static void
test_export_and_print (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  g_autoptr(CohortClass) klass = NULL;
  g_autoptr(CohortListDocument) doc = NULL;
  g_autofree char *pdf = g_build_filename (out_dir, "roster.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (out_dir, "roster.xlsx", NULL);
  g_autofree char *printed = g_build_filename (out_dir, "printed.pdf", NULL);
  g_autofree char *name = NULL;
  g_autofree char *pdf_words = NULL;
  g_autofree char *printed_words = NULL;
  g_autofree char *bytes = NULL;
  g_autofree char *actions = NULL;
  CohortRosterView *roster;
  CohortWindow *window;
  GtkWidget *menu_button;
  guint n_pages;

  g_assert_no_error (error);
  window = cohort_test_window_for (store);
  klass = find_class (window, FALSE);
  roster = cohort_test_open_roster (window, klass);
  cohort_test_spin (100);

  /* A name without accents, made from the program and the class. */
  name = cohort_list_export_suggest_name (klass, COHORT_LIST_KIND_ROSTER);
  g_assert_true (g_str_has_prefix (name, "Danh sach lop "));
  g_assert_true (is_ascii (name));
  g_assert_false (cohort_list_export_has_lao_students (G_LIST_MODEL (cohort_roster_view_get_model (roster))));

  /* The Export and Print menu names the four actions. (Its popover is not
   * opened here: under Xvfb, GTK 4.8 places popovers without a monitor.) */
  menu_button = cohort_test_find_descendant (GTK_WIDGET (roster), GTK_TYPE_MENU_BUTTON, NULL);
  g_assert_nonnull (menu_button);
  actions = menu_actions (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button)));
  g_assert_cmpstr (actions, ==, "roster.export-list roster.export-lao-list roster.print-list roster.print-lao-list");

  /* PDF, written in a worker thread while the window keeps drawing. */
  g_assert_true (save (roster, store, COHORT_LIST_KIND_ROSTER, pdf, &error));
  g_assert_no_error (error);
  cohort_test_screenshot (GTK_WIDGET (window), "export-saved");

  doc = cohort_list_document_new_for_class (store, COHORT_LIST_KIND_ROSTER,
                                            cohort_class_get_number (klass, COHORT_CLASS_ID), NULL, &error);
  g_assert_no_error (error);
  {
    g_autoptr(CohortListRender) render = cohort_list_render_new (doc, COHORT_LIST_PAGE_WIDTH,
                                                                 COHORT_LIST_PAGE_HEIGHT, NULL);

    n_pages = cohort_list_render_get_n_pages (render);
  }
  g_assert_cmpuint (n_pages, >=, 2);
  g_assert_cmpuint (count_pdf_pages (pdf), ==, n_pages);

  /* .xlsx from the same menu. */
  g_assert_true (save (roster, store, COHORT_LIST_KIND_ROSTER, xlsx, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (xlsx, &bytes, NULL, NULL));
  g_assert_true (g_str_has_prefix (bytes, "PK"));

  /* Printing: the same renderer on the print context. */
  print_to_file (store, klass, COHORT_LIST_KIND_ROSTER, GTK_WINDOW (window), printed);
  g_assert_cmpuint (count_pdf_pages (printed), ==, n_pages);
  pdf_words = pdf_text (pdf);
  printed_words = pdf_text (printed);
  if (pdf_words != NULL)
    {
      g_assert_nonnull (strstr (pdf_words, "DANH SÁCH HỌC VIÊN"));
      g_assert_cmpstr (printed_words, ==, pdf_words);
    }

  /* A name that is neither .xlsx nor .pdf is refused, with a dialog. */
  {
    g_autofree char *odd = g_build_filename (out_dir, "roster.ods", NULL);
    AdwMessageDialog *dialog;

    g_assert_false (save (roster, store, COHORT_LIST_KIND_ROSTER, odd, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    dialog = cohort_test_find_window (ADW_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (dialog);
    gtk_window_destroy (GTK_WINDOW (dialog));
    g_assert_false (g_file_test (odd, G_FILE_TEST_EXISTS));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Lao list of a Lao cohort; none for a class of Vietnamese cadres. */
static void
test_lao_list (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  g_autoptr(CohortClass) lao = NULL;
  g_autoptr(CohortClass) vietnamese = NULL;
  g_autofree char *pdf = g_build_filename (out_dir, "lao.pdf", NULL);
  g_autofree char *refused = g_build_filename (out_dir, "not-lao.pdf", NULL);
  g_autofree char *printed = g_build_filename (out_dir, "lao-printed.pdf", NULL);
  g_autofree char *fonts = NULL;
  g_autofree char *printed_fonts = NULL;
  g_autofree char *name = NULL;
  g_autofree char *words = NULL;
  CohortRosterView *roster;
  CohortWindow *window;
  AdwMessageDialog *dialog;

  g_assert_no_error (error);
  window = cohort_test_window_for (store);
  lao = find_class (window, TRUE);
  vietnamese = find_class (window, FALSE);

  roster = cohort_test_open_roster (window, lao);
  cohort_test_spin (100);
  g_assert_true (cohort_list_export_has_lao_students (G_LIST_MODEL (cohort_roster_view_get_model (roster))));
  name = cohort_list_export_suggest_name (lao, COHORT_LIST_KIND_LAO);
  g_assert_true (g_str_has_prefix (name, "Danh sach hoc vien Lao lop "));
  g_assert_true (is_ascii (name));
  g_assert_true (save (roster, store, COHORT_LIST_KIND_LAO, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_pdf_pages (pdf), >=, 1);
  words = pdf_text (pdf);
  if (words != NULL)
    g_assert_nonnull (strstr (words, "DANH SÁCH HỌC VIÊN"));

  /* Lao in Phetsarath OT, in the window's process too, whose own fontconfig
   * rule puts Noto Sans Lao first; and printed as the PDF shows it. */
  print_to_file (store, lao, COHORT_LIST_KIND_LAO, GTK_WINDOW (window), printed);
  g_assert_cmpuint (count_pdf_pages (printed), ==, count_pdf_pages (pdf));
  fonts = pdf_fonts (pdf);
  printed_fonts = pdf_fonts (printed);
  if (fonts != NULL && *fonts != '\0')
    {
      g_autofree char *printed_words = pdf_text (printed);

      g_assert_nonnull (strstr (fonts, "PhetsarathOT\n"));
      g_assert_cmpstr (printed_fonts, ==, fonts);
      g_assert_cmpstr (printed_words, ==, words);
    }

  /* A class without Lao students: the reason, in a dialog; no file. */
  roster = cohort_test_open_roster (window, vietnamese);
  cohort_test_spin (100);
  g_assert_false (save (roster, store, COHORT_LIST_KIND_LAO, refused, &error));
  g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_INVALID);
  g_clear_error (&error);
  dialog = cohort_test_find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_has_response (dialog, "preferences"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_false (g_file_test (refused, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Without the school's name there is no official list: the dialog says
 * where to fill it in and offers to open the Preferences. */
static void
test_school_name_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  g_autoptr(CohortClass) klass = NULL;
  g_autofree char *agency = NULL;
  g_autofree char *pdf = g_build_filename (out_dir, "no-school.pdf", NULL);
  const char *keys[] = { "document.agency", NULL };
  const char *empty[] = { "", NULL };
  const char *values[] = { NULL, NULL };
  CohortRosterView *roster;
  CohortWindow *window;
  AdwMessageDialog *dialog;

  g_assert_no_error (error);
  agency = cohort_store_get_setting (store, "document.agency", &error);
  g_assert_no_error (error);
  g_assert_true (cohort_store_set_settings (store, keys, empty, &error));

  window = cohort_test_window_for (store);
  klass = find_class (window, FALSE);
  roster = cohort_test_open_roster (window, klass);
  cohort_test_spin (100);
  g_assert_false (save (roster, store, COHORT_LIST_KIND_ROSTER, pdf, &error));
  g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_NOT_CONFIGURED);
  dialog = cohort_test_find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "preferences"));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, error->message);
  cohort_test_screenshot (GTK_WIDGET (dialog), "export-no-school");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  gtk_window_destroy (GTK_WINDOW (window));

  values[0] = agency;
  g_assert_true (cohort_store_set_settings (store, keys, values, NULL));
}

int
main (int argc, char **argv)
{
  g_autofree char *dir = NULL;
  int status;

  cohort_test_ui_init (&argc, &argv);
  demo_path = cohort_test_ui_make_demo (500, &dir);
  out_dir = g_build_filename (dir, "out", NULL);
  g_mkdir (out_dir, 0755);

  g_test_add_func ("/ui/export/pdf-xlsx-print", test_export_and_print);
  g_test_add_func ("/ui/export/lao-list", test_lao_list);
  g_test_add_func ("/ui/export/school-name-missing", test_school_name_missing);

  status = g_test_run ();

  cohort_test_remove_tree (out_dir);
  g_free (out_dir);
  cohort_test_ui_remove_demo (demo_path, dir);
  return status;
}
