/* cohort-help.c: opens the user guide in the language of the windows.
 *
 * The guide is Mallard, shown by the help viewer (yelp): installed, it is
 * help:cohort/PAGE; run from the build tree, Cohort opens the pages laid out
 * there (help/guide/LANG, ghelp:DIR?PAGE), since help: only finds installed
 * guides. Without a help viewer (Windows, desktops without yelp) the same
 * pages rendered as HTML open in the web browser.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-help"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cohort-help.h"

/* Helpers */

static gboolean
is_language (const char *name,
             const char *code)
{
  gsize n = strlen (code);

  return strncmp (name, code, n) == 0 && strchr ("_.@", name[n]) != NULL;
}

static char *
dup_html_file (const char *lang,
               const char *page)
{
  const char *roots[] = { COHORT_BUILD_HELPDIR "/html", COHORT_HELP_HTMLDIR };
  g_autofree char *name = g_strconcat (page, ".html", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (roots); i++)
    {
      g_autofree char *file = g_build_filename (roots[i], lang, name, NULL);

      if (g_file_test (file, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&file);
    }
  return NULL;
}

static void
show_message (GtkWindow  *parent,
              const char *heading,
              const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Callbacks */

static void
on_uri_shown_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GtkWindow) parent = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (parent, result, &error))
    show_message (parent, _("The User Guide Could Not Be Opened"), error->message);
}

/* Public API */

/**
 * cohort_help_get_language:
 *
 * Returns: the language of the guide to show: "vi", "lo", or "C" (English),
 *   the one gettext uses for the windows
 */
const char *
cohort_help_get_language (void)
{
  const char *const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (is_language (names[i], "vi"))
        return "vi";
      if (is_language (names[i], "lo"))
        return "lo";
      if (is_language (names[i], "en") || g_str_equal (names[i], "C"))
        return "C";
    }
  return "C";
}

/**
 * cohort_help_dup_uri:
 * @page: (nullable): a page of the guide, e.g. "import-list"; %NULL for its index
 *
 * Returns: (transfer full) (nullable): what to open: the guide for the help viewer
 *   when there is one, else the HTML page; %NULL when neither is there
 */
char *
cohort_help_dup_uri (const char *page)
{
  const char *lang = cohort_help_get_language ();
  g_autofree char *build_dir = g_build_filename (COHORT_BUILD_HELPDIR, "guide", lang, NULL);
  g_autofree char *build_index = g_build_filename (build_dir, "index.page", NULL);
  gboolean from_build = g_file_test (build_index, G_FILE_TEST_IS_REGULAR);
  g_autoptr(GAppInfo) viewer = NULL;
  g_autofree char *html = NULL;

  if (page == NULL || *page == '\0')
    page = "index";

  viewer = g_app_info_get_default_for_uri_scheme (from_build ? "ghelp" : "help");
  if (viewer != NULL)
    {
      gboolean index = g_str_equal (page, "index");

      if (from_build)
        return index ? g_strconcat ("ghelp:", build_dir, NULL)
                     : g_strconcat ("ghelp:", build_dir, "?", page, NULL);
      return index ? g_strdup ("help:" GETTEXT_PACKAGE)
                   : g_strconcat ("help:" GETTEXT_PACKAGE "/", page, NULL);
    }

  html = dup_html_file (lang, page);
  if (html != NULL)
    return g_filename_to_uri (html, NULL, NULL);
  return NULL;
}

/**
 * cohort_help_show:
 * @parent: (nullable): the window asking
 * @page: (nullable): a page of the guide; %NULL for its index
 *
 * Opens the guide, or says why it cannot.
 */
void
cohort_help_show (GtkWindow  *parent,
                  const char *page)
{
  g_autofree char *uri = cohort_help_dup_uri (page);

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  if (uri == NULL)
    {
      show_message (parent, _("The User Guide Is Not Installed"),
                    _("Install the help viewer (the package “yelp”), or install Cohort "
                      "together with its guide, then press F1 again."));
      return;
    }

  g_debug ("Opening the guide: %s", uri);
  gtk_show_uri_full (parent, uri, GDK_CURRENT_TIME, NULL, on_uri_shown_cb,
                     parent != NULL ? g_object_ref (parent) : NULL);
}
