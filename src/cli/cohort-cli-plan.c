/* cohort-cli-plan.c: cohort-cli plan — the annual plans of the school and
 * the centres: list them, set or delete one line.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "cohort-cli.h"
#include "cohort-json.h"

/* Host id → name, for the hosts Cohort lists. */
static GHashTable *
host_names (CohortStore  *store,
            GError      **error)
{
  g_autoptr(GPtrArray) hosts = cohort_store_list_choices (store, COHORT_CHOICE_HOST, error);
  GHashTable *names;

  if (hosts == NULL)
    return NULL;
  names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < hosts->len; i++)
    {
      CohortChoice *host = g_ptr_array_index (hosts, i);

      g_hash_table_insert (names, g_strdup (host->code), g_strdup (host->name));
    }
  return names;
}

static gboolean
print_lines (CohortStore  *store,
             int           year,
             gint64        host_id,
             gboolean      json,
             GError      **error)
{
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GHashTable) names = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  lines = cohort_store_list_plan_lines (store, year, host_id, error);
  if (lines == NULL)
    return FALSE;
  names = host_names (store, error);
  if (names == NULL)
    return FALSE;

  for (guint i = 0; i < lines->len; i++)
    {
      CohortPlanLine *line = g_ptr_array_index (lines, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, line->host_id);
      const char *host = g_hash_table_lookup (names, id);

      g_string_truncate (out, 0);
      if (json)
        {
          g_string_append_c (out, '{');
          cohort_json_append_int (out, "id", line->id);
          cohort_json_append_int (out, "year", line->year);
          cohort_json_append_int (out, "host_id", line->host_id);
          cohort_json_append_member (out, "host", host ? host : id);
          cohort_json_append_member (out, "program", line->program);
          cohort_json_append_member (out, "level", cohort_level_to_string (line->level));
          cohort_json_append_int (out, "classes", line->planned_classes);
          cohort_json_append_int (out, "students", line->planned_students);
          g_string_append (out, "}\n");
        }
      else
        g_string_append_printf (out, "%d\t%s\t%s\t%s\t%d\t%d\n", line->year, host ? host : id, line->program,
                                cohort_level_to_string (line->level), line->planned_classes,
                                line->planned_students);
      fputs (out->str, stdout);
    }
  return TRUE;
}

static gboolean
parse_level (const char   *text,
             CohortLevel  *level,
             GError      **error)
{
  for (int i = COHORT_LEVEL_UNKNOWN; i <= COHORT_LEVEL_COMMUNE; i++)
    if (g_ascii_strcasecmp (text, cohort_level_to_string (i)) == 0)
      {
        *level = i;
        return TRUE;
      }
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("Cohort has no level “%s”: write province, district, commune or unknown."), text);
  return FALSE;
}

/* The options shared by plan set and plan delete: which line of which plan. */
typedef struct
{
  int    year;
  gint64 host_id;
  char  *program;
  char  *level;
  int    classes;
  int    students;
} LineOptions;

static void
line_options_clear (LineOptions *o)
{
  g_free (o->program);
  g_free (o->level);
}

static int
change_line (CohortStore  *store,
             int           argc,
             char        **argv,
             gboolean      delete,
             GError      **error)
{
  LineOptions o = { .classes = -1, .students = -1 };
  g_autoptr(GPtrArray) lines = NULL;
  CohortLevel level = COHORT_LEVEL_UNKNOWN;
  gboolean found = FALSE;
  int status = 2;
  GOptionEntry set_entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &o.year, N_("The year of the plan"), "YEAR" },
    { "host", 0, 0, G_OPTION_ARG_INT64, &o.host_id, N_("The number of the school or centre (see cohort-cli plan hosts)"), "ID" },
    { "program", 0, 0, G_OPTION_ARG_STRING, &o.program, N_("The program type code, e.g. TCLLCT"), "CODE" },
    { "level", 0, 0, G_OPTION_ARG_STRING, &o.level, N_("province, district, commune or unknown (the default)"), "LEVEL" },
    { "classes", 0, 0, G_OPTION_ARG_INT, &o.classes, N_("The number of classes planned"), "N" },
    { "students", 0, 0, G_OPTION_ARG_INT, &o.students, N_("The number of students planned"), "N" },
    { NULL }
  };

  /* plan delete takes the same options but the numbers. */
  if (delete)
    set_entries[4] = (GOptionEntry) { NULL };
  if (!cohort_cli_parse_options (delete ? "plan delete" : "plan set", set_entries, &argc, &argv, error))
    goto out;
  if (o.year == 0 || o.host_id == 0 || o.program == NULL || (!delete && (o.classes < 0 || o.students < 0)))
    {
      if (delete)
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                     _("plan delete needs the year, the host and the program of the line, e.g. "
                       "cohort-cli plan delete --year 2026 --host 1 --program TCLLCT --level province"));
      else
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                     _("plan set needs the year, the host, the program and both numbers, e.g. "
                       "cohort-cli plan set --year 2026 --host 1 --program TCLLCT --level province "
                       "--classes 4 --students 240"));
      goto out;
    }
  if (o.level != NULL && !parse_level (o.level, &level, error))
    goto out;

  status = 1;
  lines = cohort_store_list_plan_lines (store, o.year, o.host_id, error);
  if (lines == NULL)
    goto out;
  for (guint i = 0; i < lines->len; i++)
    {
      CohortPlanLine *line = g_ptr_array_index (lines, i);

      if (g_ascii_strcasecmp (line->program, o.program) != 0 || line->level != level)
        continue;
      found = TRUE;
      if (delete)
        g_ptr_array_remove_index (lines, i);
      else
        {
          line->planned_classes = o.classes;
          line->planned_students = o.students;
        }
      break;
    }
  if (!found && delete)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND,
                   _("The plan of %d for host %lld has no line for %s, level %s. "
                     "cohort-cli plan --year %d lists its lines."),
                   o.year, (long long) o.host_id, o.program, cohort_level_to_string (level), o.year);
      goto out;
    }
  if (!found)
    {
      g_autofree char *code = g_ascii_strup (o.program, -1);

      g_ptr_array_add (lines, cohort_plan_line_new (code, level, o.classes, o.students));
    }

  if (!cohort_store_save_plan (store, o.year, o.host_id, lines, error) ||
      !print_lines (store, o.year, o.host_id, FALSE, error))
    goto out;
  status = 0;

out:
  line_options_clear (&o);
  return status;
}

static int
print_hosts (CohortStore  *store,
             int           argc,
             char        **argv,
             GError      **error)
{
  g_autoptr(GPtrArray) hosts = NULL;
  GOptionEntry entries[] = {
    { NULL }
  };

  if (!cohort_cli_parse_options ("plan hosts", entries, &argc, &argv, error))
    return 2;
  hosts = cohort_store_list_choices (store, COHORT_CHOICE_HOST, error);
  if (hosts == NULL)
    return 1;
  for (guint i = 0; i < hosts->len; i++)
    {
      CohortChoice *host = g_ptr_array_index (hosts, i);

      printf ("%s\t%s\n", host->code, host->name);
    }
  return 0;
}

int
cohort_cli_plan (CohortStore  *store,
                 int           argc,
                 char        **argv,
                 GError      **error)
{
  gboolean json = FALSE;
  int year = 0;
  gint64 host_id = 0;
  GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("Only the plan of YEAR"), "YEAR" },
    { "host", 0, 0, G_OPTION_ARG_INT64, &host_id, N_("Only the plan of the school or centre with this number"), "ID" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON, one object a line"), NULL },
    { NULL }
  };

  if (argc >= 2 && g_str_equal (argv[1], "hosts"))
    return print_hosts (store, argc - 1, argv + 1, error);
  if (argc >= 2 && g_str_equal (argv[1], "set"))
    return change_line (store, argc - 1, argv + 1, FALSE, error);
  if (argc >= 2 && g_str_equal (argv[1], "delete"))
    return change_line (store, argc - 1, argv + 1, TRUE, error);

  if (!cohort_cli_parse_options ("plan [hosts|set|delete]", entries, &argc, &argv, error))
    return 2;
  if (argc > 1)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("plan has no command “%s”: write plan to list the plans, plan hosts to list the "
                     "school and centres, plan set or plan delete to change a line."), argv[1]);
      return 2;
    }
  return print_lines (store, year, host_id, json, error) ? 0 : 1;
}
