/* cohort-cli-export.c: cohort-cli export — the official lists of a class,
 * and the dashboard as a training report — and cohort-cli settings — the
 * header lines and signers they carry.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "cohort-cli.h"
#include "cohort-dashboard-pdf.h"
#include "cohort-dashboard-xlsx.h"
#include "cohort-date.h"
#include "cohort-list-builder.h"
#include "cohort-list-pdf.h"
#include "cohort-list-xlsx.h"

typedef gboolean (*WriteFunc) (CohortListDocument *doc, const char *path, GError **error);
typedef gboolean (*WriteReportFunc) (CohortStore *store, const CohortDashboardFilter *filter, GDate *date,
                                     const char *path, GError **error);

/* The file formats, told by the extension of the file name. */
static const struct
{
  const char      *extension;
  WriteFunc        write;
  WriteReportFunc  write_report;
} formats[] = {
  { ".xlsx", cohort_list_document_write_xlsx, cohort_dashboard_write_xlsx },
  { ".pdf", cohort_list_document_write_pdf, cohort_dashboard_write_pdf },
};

static const struct
{
  const char     *name;
  CohortListKind  kind;
} kinds[] = {
  { "roster", COHORT_LIST_KIND_ROSTER },
  { "lao-list", COHORT_LIST_KIND_LAO },
};

/* The index in formats of the format of @path, or -1; a name without an
 * extension gets ".xlsx". */
static int
find_format (char   **path,
             GError **error)
{
  g_autofree char *base = g_path_get_basename (*path);
  const char *dot = strrchr (base, '.');

  if (dot == NULL || dot == base)
    {
      char *with = g_strconcat (*path, formats[0].extension, NULL);

      g_free (*path);
      *path = with;
      return 0;
    }
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (dot, formats[i].extension) == 0)
      return (int) i;

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("Cohort cannot write “%s” files. Name the file with .xlsx or .pdf at the end, e.g. "
                 "danh-sach.xlsx or danh-sach.pdf."), dot);
  return -1;
}

/* `export dashboard`: the figures and charts of the dashboard's page for the
 * same period, host and program, as a training report. */
static int
export_dashboard (CohortStore  *store,
                  char        **output,
                  GDate        *date,
                  int           from,
                  int           to,
                  const char   *host,
                  const char   *program,
                  GError      **error)
{
  CohortDashboardFilter filter = COHORT_DASHBOARD_FILTER_INIT;
  int format;

  if (from < 0 || to < 0 || (from > 0 && to > 0 && to < from))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("The years are not a period: give --from before --to, e.g. --from 2020 --to 2025."));
      return 2;
    }
  format = find_format (output, error);
  if (format < 0)
    return 2;
  if (!cohort_cli_dashboard_filter (store, host, program, &filter, error))
    return 2;
  filter.from_year = from;
  filter.to_year = to;

  if (!formats[format].write_report (store, &filter, date, *output, error))
    return 1;
  printf (_("Wrote the training report to %s.\n"), *output);
  return 0;
}

int
cohort_cli_export (CohortStore  *store,
                   int           argc,
                   char        **argv,
                   GError      **error)
{
  g_autofree char *code = NULL;
  g_autofree char *output = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *host = NULL;
  g_autofree char *program = NULL;
  g_autoptr(CohortClass) klass = NULL;
  g_autoptr(CohortListDocument) doc = NULL;
  g_autoptr(GDate) date = NULL;
  const char *kind_name;
  CohortListKind kind = COHORT_LIST_KIND_ROSTER;
  gboolean known = FALSE;
  gboolean dashboard;
  int format;
  int year = 0, from = 0, to = 0;
  GOptionEntry entries[] = {
    { "class", 0, 0, G_OPTION_ARG_STRING, &code, N_("The code of the class"), "CODE" },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The year the class starts, when its code is used in several years"), "YEAR" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write (.xlsx or .pdf); an existing file is replaced"), "FILE" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The date above the signatures, dd/mm/yyyy (default: today)"), "DATE" },
    { "from", 0, 0, G_OPTION_ARG_INT, &from, N_("dashboard: the first year"), "YEAR" },
    { "to", 0, 0, G_OPTION_ARG_INT, &to, N_("dashboard: the last year"), "YEAR" },
    { "host", 0, 0, G_OPTION_ARG_STRING, &host, N_("dashboard: all, centres, or the number of a host"), "HOST" },
    { "program", 0, 0, G_OPTION_ARG_STRING, &program, N_("dashboard: a program type code, e.g. TCLLCT"), "CODE" },
    { NULL }
  };

  if (!cohort_cli_parse_options ("export roster|lao-list|dashboard", entries, &argc, &argv, error))
    return 2;
  dashboard = argc >= 2 && g_str_equal (argv[1], "dashboard");
  if (argc < 2 || output == NULL || (code == NULL && !dashboard))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("export needs the kind of list, a class and a file, e.g. "
                     "cohort-cli export roster --class B43 -o danh-sach.xlsx"));
      return 2;
    }
  if (dashboard && (code != NULL || year != 0))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("The training report covers every class of a period: give --from and --to (and "
                     "--host, --program) instead of --class and --year."));
      return 2;
    }
  if (!dashboard && (from != 0 || to != 0 || host != NULL || program != NULL))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--from, --to, --host and --program choose what the training report covers: "
                     "use them with export dashboard."));
      return 2;
    }

  kind_name = argv[1];
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kinds[i].name, kind_name))
      {
        kind = kinds[i].kind;
        known = TRUE;
      }
  if (!known && !dashboard)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Cohort has no list “%s”: write roster (the list of the students of a class), "
                     "lao-list (the bilingual list of a Lao cohort) or dashboard (the training "
                     "report)."), kind_name);
      return 2;
    }

  if (date_text != NULL)
    {
      g_autofree char *iso = cohort_date_parse_display (date_text);
      int y, m, d;

      if (iso == NULL || !cohort_date_parse_iso (iso, &y, &m, &d) || m == 0)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("“%s” is not a date. Write it as dd/mm/yyyy, e.g. 05/01/2026."), date_text);
          return 2;
        }
      date = g_date_new_dmy (d, m, y);
    }

  if (dashboard)
    return export_dashboard (store, &output, date, from, to, host, program, error);

  format = find_format (&output, error);
  if (format < 0)
    return 2;

  klass = cohort_store_find_class (store, code, year, error);
  if (klass == NULL)
    return 1;
  doc = cohort_list_document_new_for_class (store, kind, cohort_class_get_number (klass, COHORT_CLASS_ID),
                                            date, error);
  if (doc == NULL || !formats[format].write (doc, output, error))
    return 1;

  printf (g_dngettext (GETTEXT_PACKAGE, "Wrote the list of class %s, %u student, to %s.\n",
                       "Wrote the list of class %s, %u students, to %s.\n", doc->rows->len),
          cohort_class_get_text (klass, COHORT_CLASS_CODE), doc->rows->len, output);
  return 0;
}

/* Settings ------------------------------------------------------------------------------- */

static gboolean
check_key (const char  *key,
           GError     **error)
{
  g_autofree const char **keys = cohort_store_list_setting_keys ();
  g_autofree char *list = NULL;

  if (g_strv_contains (keys, key))
    return TRUE;
  list = g_strjoinv (", ", (char **) keys);
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("Cohort has no setting “%s”. The settings are: %s."), key, list);
  return FALSE;
}

/* A line break is shown, and can be typed, as the two characters \n. */
static char *
escape_lines (const char *value)
{
  g_auto(GStrv) lines = g_strsplit (value ? value : "", "\n", -1);

  return g_strjoinv ("\\n", lines);
}

static char *
unescape_lines (const char *value)
{
  g_auto(GStrv) parts = g_strsplit (value, "\\n", -1);

  return g_strjoinv ("\n", parts);
}

int
cohort_cli_settings (CohortStore  *store,
                     int           argc,
                     char        **argv,
                     GError      **error)
{
  g_autofree const char **keys = NULL;
  GOptionEntry entries[] = {
    { NULL }
  };

  if (!cohort_cli_parse_options ("settings [KEY [VALUE]]", entries, &argc, &argv, error))
    return 2;
  if (argc > 3)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("settings takes a KEY and one VALUE: put the value in quotes, e.g. "
                     "cohort-cli settings document.place \"Quảng Trị\""));
      return 2;
    }

  if (argc == 3)
    {
      g_autofree char *value = unescape_lines (argv[2]);
      const char *set_keys[] = { argv[1], NULL };
      const char *set_values[] = { value, NULL };
      g_autofree char *stored = NULL;
      g_autofree char *shown = NULL;

      if (!check_key (argv[1], error))
        return 2;
      if (!cohort_store_set_settings (store, set_keys, set_values, error))
        return 1;
      stored = cohort_store_get_setting (store, argv[1], error);
      shown = escape_lines (stored);
      printf ("%s\t%s\n", argv[1], shown);
      return 0;
    }

  if (argc == 2)
    {
      g_autofree char *value = NULL;

      if (!check_key (argv[1], error))
        return 2;
      value = cohort_store_get_setting (store, argv[1], error);
      if (value == NULL && error != NULL && *error != NULL)
        return 1;
      printf ("%s\n", value ? value : "");
      return 0;
    }

  keys = cohort_store_list_setting_keys ();
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *value = cohort_store_get_setting (store, keys[i], error);
      g_autofree char *shown = NULL;

      if (value == NULL && error != NULL && *error != NULL)
        return 1;
      shown = escape_lines (value);
      printf ("%s\t%s\n", keys[i], shown);
    }
  return 0;
}
