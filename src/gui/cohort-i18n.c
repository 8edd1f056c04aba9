/* cohort-i18n.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Start-up plumbing that must happen before GTK: the UI language, the Lao
 * font rule, and finding Cohort's files when it runs from its build tree.
 */
#define G_LOG_DOMAIN "cohort-i18n"

#include "config.h"

#include <fontconfig/fontconfig.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "cohort-i18n.h"
#include "cohort-resources.h"

static const char *
locale_dir (void)
{
  /* Run from the build tree (build-aux/run.sh, tests): use its catalogues. */
  g_autofree char *probe = g_build_filename (COHORT_BUILD_LOCALEDIR, "vi", "LC_MESSAGES",
                                             GETTEXT_PACKAGE ".mo", NULL);

  if (g_file_test (probe, G_FILE_TEST_EXISTS))
    return COHORT_BUILD_LOCALEDIR;
  return LOCALEDIR;
}

/**
 * cohort_i18n_init:
 * @language: (nullable): "vi", "lo", "en", or %NULL/"" for the system language
 *
 * Applies the language chosen in Preferences (it takes effect at start-up,
 * hence "applied on restart") and binds the text domain. gettext ignores
 * LANGUAGE under the plain "C" locale, which many office PCs and servers
 * run with, so that case moves to C.UTF-8.
 */
void
cohort_i18n_init (const char *language)
{
  const char *messages;

  if (language != NULL && *language != '\0')
    g_setenv ("LANGUAGE", language, TRUE);

  setlocale (LC_ALL, "");
  messages = setlocale (LC_MESSAGES, NULL);
  if (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX"))
    {
      if (setlocale (LC_MESSAGES, "C.UTF-8") == NULL)
        setlocale (LC_MESSAGES, "en_US.UTF-8");
      if (setlocale (LC_CTYPE, "C.UTF-8") == NULL)
        setlocale (LC_CTYPE, "en_US.UTF-8");
    }

  bindtextdomain (GETTEXT_PACKAGE, locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/**
 * cohort_fonts_init:
 *
 * Adds Cohort's fontconfig rule so that Lao is drawn with a Lao font (Noto
 * Sans Lao, Phetsarath OT) rather than DejaVu, whose tone marks collide with
 * the upper vowels. Must run before GTK creates its font map.
 */
void
cohort_fonts_init (void)
{
  g_autoptr(GBytes) rule = NULL;
  FcConfig *config;

  /* Referencing the resource links it in; its constructor registers it. */
  (void) cohort_get_resource ();
  rule = g_resources_lookup_data ("/io/github/cohort/Cohort/fonts/50-cohort-lao.conf",
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  if (rule == NULL)
    return;

  config = FcInitLoadConfigAndFonts ();
  if (config == NULL)
    return;
  if (FcConfigParseAndLoadFromMemory (config, g_bytes_get_data (rule, NULL), FcTrue))
    FcConfigSetCurrent (config);
  FcConfigDestroy (config);
}

/**
 * cohort_settings_new:
 *
 * Returns: (transfer full): Cohort's settings, from the installed schema or,
 *   when running from the build tree, from the schema compiled there
 */
GSettings *
cohort_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "io.github.cohort.Cohort", TRUE);

  if (schema == NULL)
    {
      g_autoptr(GSettingsSchemaSource) build = NULL;

      build = g_settings_schema_source_new_from_directory (COHORT_BUILD_SCHEMADIR, source, FALSE,
                                                           NULL);
      if (build != NULL)
        schema = g_settings_schema_source_lookup (build, "io.github.cohort.Cohort", TRUE);
    }

  if (schema == NULL)
    g_error ("The settings schema io.github.cohort.Cohort is not installed.");

  return g_settings_new_full (schema, NULL, NULL);
}
