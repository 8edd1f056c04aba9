/* test-help-ui.c: F1 and Main Menu → Help reach the user guide in the language
 * of the windows. The help viewer and the web browser are stand-ins registered
 * for help:, ghelp: and text/html in a private XDG tree, so that what Cohort
 * asks the desktop to open is what the test reads.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cohort-application.h"
#include "cohort-help.h"
#include "cohort-test-ui.h"
#include "cohort-window.h"

static char *xdg;          /* the private XDG tree */
static char *opened_log;   /* what the stand-ins were asked to open, one a line */

static void
write_file (const char *path,
            const char *text,
            int         mode)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);

  g_mkdir_with_parents (dir, 0700);
  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  g_chmod (path, mode);
}

static void
write_stand_in (const char *id,
                const char *mime_types)
{
  g_autofree char *script = g_build_filename (xdg, id, NULL);
  g_autofree char *desktop_name = g_strconcat (id, ".desktop", NULL);
  g_autofree char *desktop = g_build_filename (xdg, "data", "applications", desktop_name, NULL);
  g_autofree char *sh = g_strdup_printf ("#!/bin/sh\nprintf '%%s %%s\\n' %s \"$1\" >> %s\n",
                                         id, opened_log);
  g_autofree char *entry = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=%s\n"
                                            "Exec=%s %%u\nMimeType=%s\n", id, script, mime_types);

  write_file (script, sh, 0755);
  write_file (desktop, entry, 0644);
}

/* Which application opens help: and ghelp:; the browser keeps text/html. */
static void
set_help_viewer (gboolean present)
{
  g_autofree char *list = g_build_filename (xdg, "config", "mimeapps.list", NULL);
  const char *with =
    "[Default Applications]\n"
    "x-scheme-handler/help=test-help-viewer.desktop;\n"
    "x-scheme-handler/ghelp=test-help-viewer.desktop;\n"
    "text/html=test-browser.desktop;\n";
  /* as on a computer without yelp: nothing at all for the help schemes */
  const char *without =
    "[Default Applications]\n"
    "text/html=test-browser.desktop;\n"
    "[Removed Associations]\n"
    "x-scheme-handler/help=yelp.desktop;test-help-viewer.desktop;\n"
    "x-scheme-handler/ghelp=yelp.desktop;test-help-viewer.desktop;\n";
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  write_file (list, present ? with : without, 0644);
  /* GIO reads mimeapps.list again when its monitor says it changed. */
  while (g_get_monotonic_time () < end)
    {
      g_autoptr(GAppInfo) viewer = g_app_info_get_default_for_uri_scheme ("ghelp");

      if ((viewer != NULL) == present)
        return;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  g_assert_not_reached ();
}

/* What the stand-ins were asked to open since the last call: "ID URI". */
static char *
wait_for_opened (void)
{
  char *text = NULL;
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  /* The stand-in runs in its own process: nothing on our main loop says it is done. */
  while (!g_file_test (opened_log, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  g_assert_true (g_file_test (opened_log, G_FILE_TEST_EXISTS));
  cohort_test_spin (200);
  g_assert_true (g_file_get_contents (opened_log, &text, NULL, NULL));
  g_unlink (opened_log);
  return g_strchomp (text);
}

static const char *
guide_language (void)
{
  const char *lang = g_getenv ("LANGUAGE");

  return lang != NULL && (g_str_equal (lang, "vi") || g_str_equal (lang, "lo")) ? lang : "C";
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action,
                 char      **label)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (section != NULL && menu_has_action (section, action, label))
        return TRUE;
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        {
          g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", label);
          return TRUE;
        }
    }
  return FALSE;
}

static GtkMenuButton *
find_main_menu (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found;

      if (GTK_IS_MENU_BUTTON (child) && gtk_widget_get_mapped (child) &&
          gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (child)) != NULL)
        return GTK_MENU_BUTTON (child);
      if ((found = find_main_menu (child)) != NULL)
        return found;
    }
  return NULL;
}

/* Tests ---------------------------------------------------------------------------- */

static void
test_f1_and_menu_open_the_guide (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortApplication) app = cohort_application_new (cohort_test_ui_settings ());
  g_autoptr(CohortStore) store = cohort_store_open (":memory:", &error);
  g_auto(GStrv) actions = NULL;
  g_autofree char *label = NULL;
  g_autofree char *opened = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *index = NULL;
  g_autofree char *page = NULL;
  CohortWindow *window;
  GtkMenuButton *menu;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  set_help_viewer (TRUE);

  /* F1 is the key of app.help */
  actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), "F1");
  g_assert_nonnull (actions);
  g_assert_cmpstr (actions[0], ==, "app.help");

  window = cohort_window_new (app, store, cohort_test_ui_settings ());
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* The main menu has Help, in the language of the windows */
  menu = find_main_menu (GTK_WIDGET (window));
  g_assert_nonnull (menu);
  g_assert_true (menu_has_action (gtk_menu_button_get_menu_model (menu), "app.help", &label));
  g_assert_cmpstr (label, ==, _("_Help"));

  /* Run from the build tree, the guide is the one laid out there, in this language */
  index = g_build_filename (COHORT_BUILD_HELPDIR, "guide", guide_language (), "index.page", NULL);
  g_assert_true (g_file_test (index, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (cohort_help_get_language (), ==, guide_language ());
  {
    g_autofree char *text = NULL;

    /* a translated guide is not the English one */
    g_assert_true (g_file_get_contents (index, &text, NULL, NULL));
    g_assert_true ((strstr (text, "<title>Cohort Help</title>") != NULL) ==
                   g_str_equal (guide_language (), "C"));
  }

  gtk_widget_activate_action (GTK_WIDGET (window), "app.help", NULL);
  opened = wait_for_opened ();
  expected = g_strdup_printf ("test-help-viewer ghelp:%s/guide/%s", COHORT_BUILD_HELPDIR, guide_language ());
  g_assert_cmpstr (opened, ==, expected);

  /* A page of the guide */
  g_clear_pointer (&opened, g_free);
  g_clear_pointer (&expected, g_free);
  gtk_widget_activate_action (GTK_WIDGET (window), "app.help-page", "s", "import-list");
  opened = wait_for_opened ();
  expected = g_strdup_printf ("test-help-viewer ghelp:%s/guide/%s?import-list",
                              COHORT_BUILD_HELPDIR, guide_language ());
  g_assert_cmpstr (opened, ==, expected);
  page = g_build_filename (COHORT_BUILD_HELPDIR, "guide", guide_language (), "import-list.page", NULL);
  g_assert_true (g_file_test (page, G_FILE_TEST_IS_REGULAR));

  /* Without a help viewer: the HTML guide in the web browser */
  set_help_viewer (FALSE);
  g_clear_pointer (&opened, g_free);
  g_clear_pointer (&expected, g_free);
  gtk_widget_activate_action (GTK_WIDGET (window), "app.help", NULL);
  opened = wait_for_opened ();
  {
    g_autofree char *html = g_build_filename (COHORT_BUILD_HELPDIR, "html", guide_language (),
                                              "index.html", NULL);
    g_autofree char *uri = g_filename_to_uri (html, NULL, NULL);
    g_autofree char *text = NULL;

    /* GIO hands a file: URI on as a path when it can */
    expected = g_strconcat ("test-browser ", html, NULL);
    if (g_str_has_prefix (opened, "test-browser file:"))
      {
        g_free (expected);
        expected = g_strconcat ("test-browser ", uri, NULL);
      }
    g_assert_cmpstr (opened, ==, expected);
    /* in the language of the windows */
    g_assert_true (g_file_get_contents (html, &text, NULL, NULL));
    g_assert_true ((strstr (text, "<title>Cohort Help</title>") != NULL) ==
                   g_str_equal (guide_language (), "C"));
  }

  set_help_viewer (TRUE);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  int status;

  /* Before GIO reads the desktop's applications */
  xdg = g_dir_make_tmp ("cohort-help-XXXXXX", &error);
  g_assert_no_error (error);
  data = g_build_filename (xdg, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_free (data);
  data = g_build_filename (xdg, "config", NULL);
  g_setenv ("XDG_CONFIG_HOME", data, TRUE);
  opened_log = g_build_filename (xdg, "opened.log", NULL);
  write_stand_in ("test-help-viewer", "x-scheme-handler/help;x-scheme-handler/ghelp;");
  write_stand_in ("test-browser", "text/html;");

  cohort_test_ui_init (&argc, &argv);
  g_test_add_func ("/help/f1-and-menu", test_f1_and_menu_open_the_guide);
  status = g_test_run ();

  {
    char *rm[] = { (char *) "rm", (char *) "-rf", xdg, NULL };

    g_spawn_sync (NULL, rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  return status;
}
