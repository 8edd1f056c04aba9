/* cohort-test-ui.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "cohort-i18n.h"
#include "cohort-page.h"
#include "cohort-students-page.h"
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

  *dir = g_dir_make_tmp ("cohort-ui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, "demo.db", NULL);
  store = cohort_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (cohort_store_generate_demo (store, n_students, 5, NULL, NULL, NULL, &error));
  return path;
}

void
cohort_test_ui_remove_demo (const char *path,
                            const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);
      g_unlink (file);
    }
  g_rmdir (dir);
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
