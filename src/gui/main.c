/* main.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort"

#include "config.h"

#include "cohort-application.h"
#include "cohort-i18n.h"
#include "cohort-platform.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(CohortApplication) app = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *language = NULL;

  cohort_platform_init ();

  /* The language must be known before anything is translated. */
  settings = cohort_settings_new ();
  language = g_settings_get_string (settings, "language");
  cohort_i18n_init (language);
  cohort_fonts_init ();

  app = cohort_application_new (settings);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
