/* cohort-test-ui.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"


#include "cohort-classes-page.h"
#include "cohort-i18n.h"
#include "cohort-import-window.h"
#include "cohort-page.h"
#include "cohort-person-picker.h"
#include "cohort-students-page.h"
#include "cohort-test-store.h"
#include "cohort-test-ui.h"

static GSettings *settings;

/* Start-up as CohortApplication does it: language, fonts, icons and style. */
void
cohort_test_ui_init (int    *argc,
                     char ***argv)
{
  g_autoptr(GtkCssProvider) css = NULL;

  cohort_i18n_init (NULL);
  cohort_fonts_init ();
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  settings = cohort_settings_new ();

  css = gtk_css_provider_new ();
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/io/github/cohort/Cohort/icons");
  gtk_css_provider_load_from_resource (css, "/io/github/cohort/Cohort/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

GSettings *
cohort_test_ui_settings (void)
{
  return settings;
}

/* A demo database in a new temporary directory; returns its path. */
char *
cohort_test_ui_make_demo (guint   n_students,
                          char  **dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = NULL;
  char *path;

  store = cohort_test_store_new ("cohort-ui-XXXXXX", "demo.db", dir, &path);
  g_assert_true (cohort_store_generate_demo (store, n_students, 5, NULL, NULL, NULL, &error));
  return path;
}

void
cohort_test_ui_remove_demo (const char *path,
                            const char *dir)
{
  cohort_test_remove_tree (dir);
  g_clear_object (&settings);
}

void
cohort_test_wait_for (gboolean (*done) (gpointer),
                      gpointer   data,
                      guint      seconds)
{
  gint64 end = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (done (data));
}

void
cohort_test_spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
pages_loaded (gpointer data)
{
  static const char *const names[] = { "dashboard", "classes", "students", "lao", "reports" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (cohort_page_is_loading (COHORT_PAGE (cohort_window_get_page (data, names[i]))))
      return FALSE;
  return !cohort_students_page_is_searching (COHORT_STUDENTS_PAGE (cohort_window_get_page (data, "students")));
}

CohortWindow *
cohort_test_window_for (CohortStore *store)
{
  CohortWindow *window = cohort_window_new (NULL, store, settings);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  /* Pages of a file database load in worker threads */
  cohort_test_wait_for (pages_loaded, window, 60);
  return window;
}

/* Until every page and the search under way have finished. */
void
cohort_test_wait_until_loaded (CohortWindow *window)
{
  cohort_test_wait_for (pages_loaded, window, 60);
}

void
cohort_test_show_page (CohortWindow *window,
                       const char   *page)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", page);
  g_assert_cmpstr (cohort_window_get_visible_page (window), ==, page);
  cohort_test_spin (50);
}

/* Renders @widget and writes it to screenshots/NAME-LANG.png in the build tree. */
void
cohort_test_screenshot (GtkWidget  *widget,
                        const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  const char *lang = g_getenv ("LANGUAGE");
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ?: ".", "screenshots", NULL);
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  graphene_rect_t bounds;

  gtk_test_widget_wait_for_draw (widget);
  cohort_test_spin (300);
  w = gtk_widget_get_width (widget);
  h = gtk_widget_get_height (widget);
  if (!GTK_IS_NATIVE (widget))
    {
      /* a part of a window: on the window's background */
      gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
      GdkRGBA bg = dark ? (GdkRGBA) { 0.141, 0.141, 0.141, 1 } : (GdkRGBA) { 0.98, 0.98, 0.98, 1 };

      gtk_snapshot_append_color (snapshot, &bg, &GRAPHENE_RECT_INIT (0, 0, w, h));
    }
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  graphene_rect_init (&bounds, 0, 0, w, h);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node, &bounds);

  g_mkdir_with_parents (dir, 0755);
  file = g_strdup_printf ("%s-%s.png", name, lang && *lang ? lang : "en");
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/**
 * cohort_test_find_window:
 *
 * Returns: (transfer none) (nullable): the open window of @type, e.g. a
 *   dialog or an editor an action opened
 */
gpointer
cohort_test_find_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return w;
    }
  return NULL;
}

/**
 * cohort_test_find_descendant:
 * @buildable_id: (nullable): the id in the template, or %NULL for any
 *
 * Returns: (transfer none) (nullable): the first widget of @type below
 *   @widget, depth first
 */
GtkWidget *
cohort_test_find_descendant (GtkWidget  *widget,
                             GType       type,
                             const char *buildable_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (buildable_id == NULL ||
           g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (child)), buildable_id) == 0))
        return child;
      if ((found = cohort_test_find_descendant (child, type, buildable_id)) != NULL)
        return found;
    }
  return NULL;
}

/* A row of the Preferences window, by its name in the template. */
GtkEditable *
cohort_test_prefs_row (CohortPreferencesWindow *prefs,
                       const char              *name)
{
  return GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (prefs), COHORT_TYPE_PREFERENCES_WINDOW, name));
}

/* The roster of @klass, opened on the Classes page as a double click does. */
CohortRosterView *
cohort_test_open_roster (CohortWindow *window,
                         CohortClass  *klass)
{
  CohortClassesPage *classes = COHORT_CLASSES_PAGE (cohort_window_get_page (window, "classes"));

  cohort_test_show_page (window, "classes");
  cohort_classes_page_open_roster (classes, klass);
  g_assert_cmpstr (cohort_classes_page_get_visible_view (classes), ==, "roster");
  return cohort_classes_page_get_roster_view (classes);
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} Saved;

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Saved *saved = user_data;

  saved->ok = cohort_list_export_save_to_finish (result, &saved->error);
  saved->done = TRUE;
}

static gboolean
saved_done (gpointer data)
{
  return ((Saved *) data)->done;
}

/* Saves the list of @klass to @path as the Export menu does, and waits. */
gboolean
cohort_test_save_list (GtkWidget       *widget,
                       CohortStore     *store,
                       CohortClass     *klass,
                       CohortListKind   kind,
                       const char      *path,
                       GError         **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  Saved saved = { FALSE, FALSE, NULL };

  cohort_list_export_save_to (widget, store, klass, kind, file, on_saved_cb, &saved);
  cohort_test_wait_for (saved_done, &saved, 30);
  if (saved.error != NULL)
    g_propagate_error (error, saved.error);
  return saved.ok;
}

/* Writes @text to the file @name in @dir; returns its path. */
char *
cohort_test_write_file (const char *dir,
                        const char *name,
                        const char *text)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  return path;
}

/* Whether the GtkStringList @list holds @string. */
gboolean
cohort_test_string_list_has (GListModel *list,
                             const char *string)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (list), i), string) == 0)
      return TRUE;
  return FALSE;
}

/* @data points to a pointer a weak reference clears: TRUE once it is gone. */
gboolean
cohort_test_is_cleared (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* A CohortImportWindow that has finished reading or importing. */
gboolean
cohort_test_import_not_busy (gpointer import)
{
  return g_strcmp0 (cohort_import_window_get_state (import), "busy") != 0;
}

/* A CohortPersonPicker whose search has finished. */
gboolean
cohort_test_picker_done (gpointer picker)
{
  return !cohort_person_picker_is_searching (picker);
}
