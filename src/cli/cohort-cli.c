/* cohort-cli.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cohort-cli: Cohort's headless commands over the same store the window uses,
 * so that every number the window shows can be checked from a script.
 */
#define G_LOG_DOMAIN "cohort-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "cohort-cli.h"
#include "cohort-json.h"
#include "cohort-platform.h"
#include "cohort-store.h"

typedef int (*CommandFunc) (CohortStore *store, int argc, char **argv, GError **error);

typedef struct
{
  const char  *name;
  const char  *usage;       /* untranslated argument synopsis */
  const char  *summary;
  CommandFunc  run;
} Command;

static int cmd_init (CohortStore *store, int argc, char **argv, GError **error);
static int cmd_demo (CohortStore *store, int argc, char **argv, GError **error);
static int cmd_search (CohortStore *store, int argc, char **argv, GError **error);
static int cmd_people (CohortStore *store, int argc, char **argv, GError **error);
static int cmd_roster (CohortStore *store, int argc, char **argv, GError **error);

static const Command commands[] = {
  { "init", "", N_("Create the database (or bring it to the latest schema) and exit"), cmd_init },
  { "demo", "[--students N] [--seed S]",
    N_("Fill an empty database with realistic demo data (default 5000 students, seed 1)"), cmd_demo },
  { "stats", "--json [--from YEAR] [--to YEAR] [--host HOST] [--program CODE]",
    N_("The dashboard's figures (tiles and every chart's values) as JSON"), cohort_cli_stats },
  { "search", "QUERY [--limit N]",
    N_("Search people by name or ID number, accents optional; one person a line"), cmd_search },
  { "people", "--json | delete ID | merge KEEP_ID OTHER_ID | duplicates [--json]",
    N_("Every person with all stored fields, one JSON object a line; delete a person on no roster; merge two "
       "records of one person (the first one's values win, what it lacks comes from the second; prints the "
       "person kept); list the pairs the duplicate finder proposes"), cmd_people },
  { "classes", "--json [--year YEAR]\n"
    "  classes  add --code CODE --year YEAR --program CODE --host ID [--start DD/MM/YYYY] [--end DD/MM/YYYY] "
    "--planned N [--mode full-time|part-time] [--level LEVEL] [--course N]\n"
    "  classes  delete --class CODE [--year YEAR] | delete --id ID",
    N_("Every class, newest first, one JSON object a line; open a class, checked as the class editor "
       "checks it, and print it as that JSON object; or delete a class with nobody on its roster"),
    cohort_cli_classes },
  { "enrolments", "remove --class CODE [--year YEAR] PERSON_ID…",
    N_("Take people enrolled by mistake off the roster of a class, as if never enrolled (to keep them on it as "
       "withdrawn, withdraw them in the window instead)"), cohort_cli_enrolments },
  { "hosts", "[list [--json]] | add NAME --kind school|centre|other [--short S] [--province P]\n"
    "  hosts    edit ID [--name N] [--short S] [--province P] [--kind K] | close ID --date DD/MM/YYYY | "
    "reopen ID | provinces",
    N_("The school, the district political centres and the other hosts of classes (JSON: one object a line); "
       "add one, change it, or close it at a date: it keeps its classes and takes no new one"),
    cohort_cli_hosts },
  { "programs", "[list [--json]] | add CODE --name N --short S [--level L] [--credential C] [--graded] [--lao]\n"
    "  programs edit CODE [--name N] [--short S] [--level L] [--credential C] [--graded yes|no] [--lao yes|no] "
    "| enable CODE | disable CODE | delete CODE",
    N_("The programs the school runs: list them, add one, change one, switch one on or off (a program switched "
       "off is offered for no new class), or delete one added by mistake"), cohort_cli_programs },
  { "roster", "CODE [--year YEAR] --json",
    N_("The roster of a class in roster order, one JSON object a line"), cmd_roster },
  { "import", "FILE [--class CODE [--year YEAR]] [--sheet NAME] [--dry-run] [--rejects FILE.xlsx] [--json]",
    N_("Read a list of people (CSV, .xlsx, .xls, .ods, .docx), show each row left out and why, and add the rest in "
       "one go, enrolled in the class if given"), cohort_cli_import },
  { "imports", "[list] [--json] | undo ID",
    N_("The import history, newest first (tab-separated, or JSON), or undo an import"), cohort_cli_imports },
  { "import-template", "-o FILE.xlsx [--lang vi|lo|en]",
    N_("Write a workbook with the columns import reads, a sample row and notes, to fill in"),
    cohort_cli_import_template },
  { "export", "roster|lao-list --class CODE [--year YEAR] [--date DD/MM/YYYY] -o FILE.xlsx|FILE.pdf\n"
    "  export   dashboard [--from YEAR] [--to YEAR] [--host HOST] [--program CODE] [--date DD/MM/YYYY] "
    "-o FILE.xlsx|FILE.pdf",
    N_("Write the official list of a class (the roster, or the bilingual list of a Lao cohort), or the "
       "dashboard as a training report, with the school's header lines and signers, as .xlsx or .pdf"),
    cohort_cli_export },
  { "plan", "[--year YEAR] [--host ID] [--json] | hosts | set … | delete … (plan set --help)",
    N_("List the annual plans (classes and students per year, host, program and level; tab-separated, "
       "or JSON), list the hosts, or set or delete one line of a plan"), cohort_cli_plan },
  { "settings", "[KEY [VALUE]]",
    N_("Show the settings of official documents (header lines, place, signers), or set one; "
       "\\n in VALUE starts a new line"), cohort_cli_settings },
};

gboolean
cohort_cli_parse_options (const char    *command,
               GOptionEntry  *entries,
               int           *argc,
               char        ***argv,
               GError       **error)
{
  g_autofree char *param = g_strdup_printf ("%s", command);
  g_autoptr(GOptionContext) context = g_option_context_new (param);

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, TRUE);
  return g_option_context_parse (context, argc, argv, error);
}

static int
cmd_init (CohortStore  *store,
          int           argc,
          char        **argv,
          GError      **error)
{
  g_print (_("Database %s is at schema %d.\n"), cohort_store_get_path (store),
           cohort_store_get_schema_version (store));
  return 0;
}

static void
print_progress (double   fraction,
                gpointer user_data)
{
  int *last = user_data;
  int pct = (int) (fraction * 100);

  if (pct / 10 != *last / 10)
    {
      g_printerr ("%d%%\n", pct);
      *last = pct;
    }
}

static int
cmd_demo (CohortStore  *store,
          int           argc,
          char        **argv,
          GError      **error)
{
  int students = 5000;
  int seed = 1;
  int last = 0;
  gboolean quiet = FALSE;
  gint64 start;
  CohortStoreCounts counts;
  GOptionEntry entries[] = {
    { "students", 0, 0, G_OPTION_ARG_INT, &students, N_("Number of students"), "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, N_("Random seed; the same seed gives the same data"), "S" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_("Do not report progress"), NULL },
    { NULL }
  };

  if (!cohort_cli_parse_options ("demo", entries, &argc, &argv, error))
    return 2;
  if (students <= 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--students must be a positive number"));
      return 2;
    }

  start = g_get_monotonic_time ();
  if (!cohort_store_generate_demo (store, students, seed, quiet ? NULL : print_progress, &last,
                                   NULL, error))
    return 1;
  if (!cohort_store_get_counts (store, &counts, error))
    return 1;

  g_print (_("Demo data: %lld people, %lld classes, %lld enrolments in %.1f s.\n"),
           (long long) counts.people, (long long) counts.classes, (long long) counts.enrolments,
           (g_get_monotonic_time () - start) / 1e6);
  return 0;
}

static int
cmd_search (CohortStore  *store,
            int           argc,
            char        **argv,
            GError      **error)
{
  int limit = 50;
  g_autoptr(GPtrArray) people = NULL;
  g_autofree char *query = NULL;
  GOptionEntry entries[] = {
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("At most N people (default 50)"), "N" },
    { NULL }
  };

  if (!cohort_cli_parse_options ("search QUERY", entries, &argc, &argv, error))
    return 2;
  if (argc < 2)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("search needs a QUERY, e.g. cohort-cli search \"nguyen duc\""));
      return 2;
    }
  query = g_strjoinv (" ", argv + 1);

  people = cohort_store_search_people (store, query, MAX (limit, 0), error);
  if (people == NULL)
    return 1;

  for (guint i = 0; i < people->len; i++)
    {
      CohortPerson *p = g_ptr_array_index (people, i);
      g_autofree char *full = cohort_person_dup_full_name (p);
      g_autofree char *lao = cohort_person_dup_lao_name (p);
      const char *birth = cohort_person_get_birth_date (p);

      printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%s%s%s\n", cohort_person_get_id (p), full,
              birth ? birth : "", cohort_person_get_unit (p) ? cohort_person_get_unit (p) : "",
              *lao ? "\t" : "", lao);
    }
  return 0;
}

/* A person as people --json writes it: one JSON object, no line end. */
void
cohort_cli_append_person_json (GString      *out,
                               CohortPerson *p)
{
  g_autofree char *full = cohort_person_dup_full_name (p);
  g_autofree char *lao = cohort_person_dup_lao_name (p);

  g_string_append_c (out, '{');
  cohort_json_append_int (out, "id", cohort_person_get_id (p));
  cohort_json_append_member (out, "name_order",
                             cohort_person_get_name_order (p) == COHORT_NAME_ORDER_LAO ? "lo" : "vi");
  cohort_json_append_member (out, "full_name", full);
  cohort_json_append_member (out, "lao_name", *lao ? lao : NULL);
  cohort_json_append_member (out, "gender", cohort_gender_to_string (cohort_person_get_gender (p)));
  cohort_json_append_member (out, "level", cohort_level_to_string (cohort_person_get_level (p)));
  for (guint i = 0; i < COHORT_PERSON_N_TEXT_FIELDS; i++)
    cohort_json_append_member (out, cohort_person_field_key (i), cohort_person_get_field (p, i));
  g_string_append_c (out, '}');
}

/* Prints @p as a line of people --json; @out is scratch space. */
gboolean
cohort_cli_print_person (CohortPerson *p,
                         GString      *out)
{
  g_string_truncate (out, 0);
  cohort_cli_append_person_json (out, p);
  g_string_append_c (out, '\n');
  fputs (out->str, stdout);
  return TRUE;
}

static gboolean
print_person (CohortPerson *p,
              gpointer      user_data)
{
  return cohort_cli_print_person (p, user_data);
}

static int
cmd_people (CohortStore  *store,
            int           argc,
            char        **argv,
            GError      **error)
{
  gboolean json = FALSE;
  g_autoptr(GString) out = g_string_new (NULL);
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  int status = cohort_cli_people_correction (store, argc, argv, error);

  if (status >= 0)
    return status;
  if (!cohort_cli_parse_options ("people [delete|merge|duplicates]", entries, &argc, &argv, error))
    return 2;
  if (argc > 1)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("people has no command “%s”: write people --json to list everyone, or people delete, "
                     "people merge or people duplicates."), argv[1]);
      return 2;
    }
  if (!json)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("people writes JSON only: add --json"));
      return 2;
    }
  return cohort_store_foreach_person (store, print_person, out, error) ? 0 : 1;
}

static int
cmd_roster (CohortStore  *store,
            int           argc,
            char        **argv,
            GError      **error)
{
  gboolean json = FALSE;
  int year = 0;
  g_autoptr(CohortClass) klass = NULL;
  g_autoptr(GPtrArray) roster = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The year the class starts, when its code is used in several years"), "YEAR" },
    { NULL }
  };

  if (!cohort_cli_parse_options ("roster CODE", entries, &argc, &argv, error))
    return 2;
  if (argc < 2)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("roster needs the CODE of a class, e.g. cohort-cli roster B43 --json"));
      return 2;
    }
  if (!json)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("roster writes JSON only: add --json"));
      return 2;
    }

  klass = cohort_store_find_class (store, argv[1], year, error);
  if (klass == NULL)
    return 1;
  roster = cohort_store_get_roster (store, cohort_class_get_number (klass, COHORT_CLASS_ID), error);
  if (roster == NULL)
    return 1;

  for (guint i = 0; i < roster->len; i++)
    {
      CohortEnrolment *e = g_ptr_array_index (roster, i);
      CohortPerson *p = cohort_enrolment_get_person (e);
      g_autofree char *full = cohort_person_dup_full_name (p);

      g_string_assign (out, "{");
      cohort_json_append_int (out, "roster_no", cohort_enrolment_get_roster_no (e));
      cohort_json_append_int (out, "person_id", cohort_person_get_id (p));
      cohort_json_append_member (out, "family_name", cohort_person_get_family_name (p));
      cohort_json_append_member (out, "middle_name", cohort_person_get_middle_name (p));
      cohort_json_append_member (out, "given_name", cohort_person_get_given_name (p));
      cohort_json_append_member (out, "full_name", full);
      cohort_json_append_member (out, "birth_date", cohort_person_get_birth_date (p));
      cohort_json_append_member (out, "status", cohort_enrolment_get_status (e));
      g_string_append (out, "}\n");
      fputs (out->str, stdout);
    }
  return 0;
}

static void
print_help (FILE *to)
{
  fprintf (to, "%s\n  cohort-cli [--db PATH] COMMAND [OPTIONS]\n\n%s\n",
           _("Usage:"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (to, "  %-8s %s\n           %s\n", commands[i].name, commands[i].usage,
             _(commands[i].summary));
  fprintf (to, "\n%s\n  --db PATH  %s\n  --help     %s\n\n%s\n",
           _("Options:"),
           _("The database file (default: ~/.local/share/cohort/cohort.db)"),
           _("Show this help; COMMAND --help shows the options of a command"),
           _("Errors are written to standard error and end with a non-zero exit status."));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = NULL;
  g_autofree char *db = NULL;
  const Command *command = NULL;
  int first = 1;
  int status;

  cohort_platform_init ();
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_file_test (COHORT_BUILD_LOCALEDIR, G_FILE_TEST_IS_DIR)
                                   ? COHORT_BUILD_LOCALEDIR : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Global options come before the command. */
  while (first < argc && argv[first][0] == '-')
    {
      if (g_str_equal (argv[first], "--help") || g_str_equal (argv[first], "-h"))
        {
          print_help (stdout);
          return 0;
        }
      else if (g_str_equal (argv[first], "--db") && first + 1 < argc)
        {
          g_free (db);
          db = g_strdup (argv[first + 1]);
          first += 2;
        }
      else if (g_str_has_prefix (argv[first], "--db="))
        {
          g_free (db);
          db = g_strdup (argv[first] + 5);
          first++;
        }
      else
        {
          g_printerr (_("Unknown option %s. See cohort-cli --help.\n"), argv[first]);
          return 2;
        }
    }

  if (first >= argc)
    {
      print_help (stderr);
      return 2;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, argv[first]))
      command = &commands[i];
  if (command == NULL)
    {
      g_printerr (_("Unknown command “%s”. See cohort-cli --help.\n"), argv[first]);
      return 2;
    }

  /* "COMMAND --help" needs no database. */
  for (int i = first + 1; i < argc; i++)
    if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
      return command->run (NULL, argc - first, argv + first, &error) == 2 && error ? 2 : 0;

  /* The import template needs no database either. */
  if (command->run == cohort_cli_import_template)
    {
      status = command->run (NULL, argc - first, argv + first, &error);
      if (error != NULL)
        g_printerr ("cohort-cli: %s\n", error->message);
      return error != NULL && status == 0 ? 1 : status;
    }

  if (db == NULL)
    db = cohort_store_default_path ();

  store = cohort_store_open (db, &error);
  if (store == NULL)
    {
      g_printerr ("cohort-cli: %s\n", error->message);
      return 1;
    }

  status = command->run (store, argc - first, argv + first, &error);
  if (error != NULL)
    {
      g_printerr ("cohort-cli: %s\n", error->message);
      return status ? status : 1;
    }
  return status;
}
