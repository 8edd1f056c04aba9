/* cohort-cli-classes.c: cohort-cli classes — list the classes, or open one
 * with the checks of the class editor.
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
#include "cohort-date.h"
#include "cohort-json.h"

/* One class as `classes --json` prints it, newline included. */
static void
print_class (CohortClass *c,
             GString     *out)
{
  g_string_assign (out, "{");
  cohort_json_append_int (out, "id", cohort_class_get_number (c, COHORT_CLASS_ID));
  cohort_json_append_member (out, "code", cohort_class_get_text (c, COHORT_CLASS_CODE));
  cohort_json_append_int (out, "year", cohort_class_get_number (c, COHORT_CLASS_YEAR));
  cohort_json_append_member (out, "program", cohort_class_get_text (c, COHORT_CLASS_PROGRAM));
  cohort_json_append_member (out, "host", cohort_class_get_text (c, COHORT_CLASS_HOST));
  cohort_json_append_member (out, "status",
                             cohort_class_status_to_string (cohort_class_get_number (c, COHORT_CLASS_STATUS)));
  cohort_json_append_member (out, "mode",
                             cohort_study_mode_to_string (cohort_class_get_number (c, COHORT_CLASS_MODE)));
  cohort_json_append_member (out, "start_date", cohort_class_get_text (c, COHORT_CLASS_START_DATE));
  cohort_json_append_member (out, "end_date", cohort_class_get_text (c, COHORT_CLASS_END_DATE));
  cohort_json_append_member (out, "lao_province", cohort_class_get_text (c, COHORT_CLASS_LAO_PROVINCE));
  cohort_json_append_int (out, "planned", cohort_class_get_number (c, COHORT_CLASS_PLANNED));
  cohort_json_append_int (out, "enrolled", cohort_class_get_number (c, COHORT_CLASS_ENROLLED));
  g_string_append (out, "}\n");
  fputs (out->str, stdout);
}

/**
 * cohort_cli_parse_date:
 * @option: the option's name, for the message
 * @text: "dd/mm/yyyy", or ISO "yyyy-mm-dd"
 * @iso: (out): the ISO date
 *
 * Returns: %TRUE if @text is a whole date
 */
gboolean
cohort_cli_parse_date (const char  *option,
                       const char  *text,
                       char       **iso,
                       GError     **error)
{
  g_autofree char *parsed = cohort_date_parse_display (text);

  if (parsed == NULL || strlen (parsed) != 10)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s “%s” is not a date: write it as dd/mm/yyyy, e.g. 30/06/2025."), option, text);
      return FALSE;
    }
  *iso = g_steal_pointer (&parsed);
  return TRUE;
}

static gboolean
parse_choice (const char         *option,
              const char         *text,
              const char *const  *words,
              guint               n_words,
              int                *value,
              GError            **error)
{
  g_autofree char *list = NULL;

  for (guint i = 0; i < n_words; i++)
    if (g_ascii_strcasecmp (text, words[i]) == 0)
      {
        *value = (int) i;
        return TRUE;
      }
  list = g_strjoinv (", ", (char **) words);
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("%s cannot be “%s”: write one of %s."), option, text, list);
  return FALSE;
}

typedef struct
{
  char   *code;
  int     year;
  char   *program;
  gint64  host_id;
  char   *start;
  char   *end;
  int     planned;
  char   *mode;
  char   *level;
  int     course;
} AddOptions;

static void
add_options_clear (AddOptions *o)
{
  g_free (o->code);
  g_free (o->program);
  g_free (o->start);
  g_free (o->end);
  g_free (o->mode);
  g_free (o->level);
}

static int
add_class (CohortStore  *store,
           int           argc,
           char        **argv,
           GError      **error)
{
  static const char *const modes[] = { "full-time", "part-time", NULL };
  static const char *const levels[] = { "unknown", "province", "district", "commune", NULL };
  AddOptions o = { .planned = -1 };
  g_autoptr(CohortClass) klass = cohort_class_new ();
  g_autoptr(CohortClass) written = NULL;
  g_autoptr(CohortProgram) program = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  int mode = COHORT_STUDY_MODE_FULL_TIME, level = COHORT_LEVEL_UNKNOWN;
  int status = 2;
  GOptionEntry entries[] = {
    { "code", 0, 0, G_OPTION_ARG_STRING, &o.code, N_("The class code, e.g. B43 or K52A"), "CODE" },
    { "year", 0, 0, G_OPTION_ARG_INT, &o.year, N_("The year the class opens (default: the year of --start)"), "YEAR" },
    { "program", 0, 0, G_OPTION_ARG_STRING, &o.program, N_("The program's code, e.g. TCLLCT (see cohort-cli programs)"), "CODE" },
    { "host", 0, 0, G_OPTION_ARG_INT64, &o.host_id, N_("The number of the school or centre that holds it (see cohort-cli hosts)"), "ID" },
    { "start", 0, 0, G_OPTION_ARG_STRING, &o.start, N_("The day it opens"), "DD/MM/YYYY" },
    { "end", 0, 0, G_OPTION_ARG_STRING, &o.end, N_("The day it closes"), "DD/MM/YYYY" },
    { "planned", 0, 0, G_OPTION_ARG_INT, &o.planned, N_("The planned number of students"), "N" },
    { "mode", 0, 0, G_OPTION_ARG_STRING, &o.mode, N_("full-time (the default) or part-time"), "MODE" },
    { "level", 0, 0, G_OPTION_ARG_STRING, &o.level, N_("The level of the cadres: province, district, commune or unknown"), "LEVEL" },
    { "course", 0, 0, G_OPTION_ARG_INT, &o.course, N_("The course number, if the program numbers its courses"), "N" },
    { NULL }
  };

  if (!cohort_cli_parse_options ("classes add", entries, &argc, &argv, error))
    goto out;
  if (o.code == NULL || o.program == NULL || o.host_id == 0 || o.planned < 0 ||
      (o.year == 0 && o.start == NULL))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("classes add needs the code, the year, the program, the host and the planned number of "
                     "students, e.g. cohort-cli classes add --code B43 --year 2026 --program TCLLCT --host 1 "
                     "--start 02/03/2026 --end 18/12/2026 --planned 60"));
      goto out;
    }
  if ((o.start != NULL && !cohort_cli_parse_date ("--start", o.start, &start, error)) ||
      (o.end != NULL && !cohort_cli_parse_date ("--end", o.end, &end, error)) ||
      (o.mode != NULL && !parse_choice ("--mode", o.mode, modes, 2, &mode, error)) ||
      (o.level != NULL && !parse_choice ("--level", o.level, levels, 4, &level, error)))
    goto out;

  status = 1;
  /* The program as the window names it: its code, case aside */
  program = cohort_store_get_program (store, o.program, error);
  if (program == NULL)
    goto out;

  cohort_class_set_text (klass, COHORT_CLASS_CODE, g_strstrip (o.code));
  cohort_class_set_number (klass, COHORT_CLASS_YEAR, o.year ? o.year : g_ascii_strtoll (start, NULL, 10));
  cohort_class_set_text (klass, COHORT_CLASS_PROGRAM, program->code);
  cohort_class_set_number (klass, COHORT_CLASS_HOST_ID, o.host_id);
  cohort_class_set_text (klass, COHORT_CLASS_START_DATE, start);
  cohort_class_set_text (klass, COHORT_CLASS_END_DATE, end);
  cohort_class_set_number (klass, COHORT_CLASS_PLANNED, o.planned);
  cohort_class_set_number (klass, COHORT_CLASS_MODE, mode);
  cohort_class_set_number (klass, COHORT_CLASS_LEVEL, level);
  cohort_class_set_number (klass, COHORT_CLASS_COURSE_NO, MAX (o.course, 0));

  /* The store checks it as the class editor does (cohort_check_class ()), and more. */
  if (!cohort_store_save_class (store, klass, error))
    goto out;
  written = cohort_store_get_class (store, cohort_class_get_number (klass, COHORT_CLASS_ID), error);
  if (written == NULL)
    goto out;
  print_class (written, out);
  status = 0;

out:
  add_options_clear (&o);
  return status;
}

static int
list_classes (CohortStore  *store,
              int           argc,
              char        **argv,
              GError      **error)
{
  gboolean json = FALSE;
  int year = 0;
  g_autoptr(GPtrArray) classes = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("Only the classes that start in YEAR"), "YEAR" },
    { NULL }
  };

  if (!cohort_cli_parse_options ("classes [add]", entries, &argc, &argv, error))
    return 2;
  if (argc > 1)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("classes has no command “%s”: write classes --json to list the classes, or classes add "
                     "to open one."), argv[1]);
      return 2;
    }
  if (!json)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("classes writes JSON only: add --json"));
      return 2;
    }

  classes = cohort_store_list_classes (store, FALSE, 0, error);
  if (classes == NULL)
    return 1;

  for (guint i = 0; i < classes->len; i++)
    {
      CohortClass *c = g_ptr_array_index (classes, i);

      if (year > 0 && cohort_class_get_number (c, COHORT_CLASS_YEAR) != year)
        continue;
      print_class (c, out);
    }
  return 0;
}

int
cohort_cli_classes (CohortStore  *store,
                    int           argc,
                    char        **argv,
                    GError      **error)
{
  if (argc >= 2 && g_str_equal (argv[1], "add"))
    return add_class (store, argc - 1, argv + 1, error);
  if (argc >= 2 && g_str_equal (argv[1], "delete"))
    return cohort_cli_classes_delete (store, argc - 1, argv + 1, error);
  return list_classes (store, argc, argv, error);
}
