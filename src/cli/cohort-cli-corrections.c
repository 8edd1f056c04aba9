/* cohort-cli-corrections.c: putting mistakes right from the command line —
 * cohort-cli people delete|merge|duplicates, enrolments remove, classes
 * delete — through the same store functions as the window.
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

/* A person number given on the command line. */
static gboolean
parse_id (const char  *text,
          const char  *what,
          gint64      *id,
          GError     **error)
{
  guint64 value = 0;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    {
      /* Translators: the first %s is what the number is for ("KEEP_ID"), the second what was given */
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s must be the number of a person, as cohort-cli people --json or search prints it "
                     "(“%s” is not)."), what, text ? text : "");
      return FALSE;
    }
  *id = (gint64) value;
  return TRUE;
}

/* people delete ID --------------------------------------------------------------- */

static int
delete_person (CohortStore  *store,
               int           argc,
               char        **argv,
               GError      **error)
{
  g_autoptr(CohortPerson) person = NULL;
  g_autofree char *name = NULL;
  GOptionEntry entries[] = { { NULL } };
  gint64 id;

  if (!cohort_cli_parse_options ("people delete ID", entries, &argc, &argv, error))
    return 2;
  if (argc != 2)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("people delete needs the number of one person, e.g. cohort-cli people delete 1234"));
      return 2;
    }
  if (!parse_id (argv[1], "ID", &id, error))
    return 2;
  person = cohort_store_get_person (store, id, error);
  if (person == NULL || !cohort_store_delete_person (store, id, NULL, error))
    return 1;
  name = cohort_person_dup_display_name (person);
  /* Translators: "Nguyễn Văn An (1234) deleted." */
  g_print (_("%s (%lld) deleted.\n"), name, (long long) id);
  return 0;
}

/* people merge KEEP_ID OTHER_ID ---------------------------------------------------- */

static int
merge_people (CohortStore  *store,
              int           argc,
              char        **argv,
              GError      **error)
{
  g_autoptr(CohortPerson) keep = NULL;
  g_autoptr(CohortPerson) other = NULL;
  g_autoptr(GPtrArray) clashes = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  GOptionEntry entries[] = { { NULL } };
  gint64 keep_id, other_id;

  if (!cohort_cli_parse_options ("people merge KEEP_ID OTHER_ID", entries, &argc, &argv, error))
    return 2;
  if (argc != 3)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("people merge needs two people: the one to keep, then the other record of the same "
                     "person, e.g. cohort-cli people merge 1234 5678"));
      return 2;
    }
  if (!parse_id (argv[1], "KEEP_ID", &keep_id, error) || !parse_id (argv[2], "OTHER_ID", &other_id, error))
    return 2;

  keep = cohort_store_get_person (store, keep_id, error);
  other = keep ? cohort_store_get_person (store, other_id, error) : NULL;
  if (other == NULL)
    return 1;
  clashes = cohort_store_list_merge_clashes (store, keep_id, other_id, error);
  if (clashes == NULL)
    return 1;

  /* The kept person's values win; what they lack comes from the other. */
  cohort_person_fill_from (keep, other);
  if (!cohort_store_merge_people (store, keep, other_id, NULL, error))
    return 1;

  for (guint i = 0; i < clashes->len; i++)
    {
      CohortMergeClash *clash = g_ptr_array_index (clashes, i);

      /* Translators: "Both were on the roster of B43 (2026): enrolment 12 (studying) stays, 31 (withdrawn) was removed." */
      g_printerr (_("Both were on the roster of %s (%d): enrolment %lld (%s) stays, %lld (%s) was removed.\n"),
                  clash->class_code, clash->year, (long long) clash->kept_enrolment, clash->kept_status,
                  (long long) clash->dropped_enrolment, clash->dropped_status);
    }
  g_clear_object (&keep);
  keep = cohort_store_get_person (store, keep_id, error);
  if (keep == NULL)
    return 1;
  cohort_cli_print_person (keep, out);
  return 0;
}

/* people duplicates [--json] --------------------------------------------------------- */

static const char *const reason_keys[COHORT_N_DUPLICATE_REASONS] = {
  "id-number", "name-birth-date", "name-year-unit",
};

static int
list_duplicates (CohortStore  *store,
                 int           argc,
                 char        **argv,
                 GError      **error)
{
  g_autoptr(GPtrArray) pairs = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) person = g_string_new (NULL);
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON, one pair a line"), NULL },
    { NULL }
  };

  if (!cohort_cli_parse_options ("people duplicates", entries, &argc, &argv, error))
    return 2;
  pairs = cohort_store_find_duplicate_pairs (store, NULL, error);
  if (pairs == NULL)
    return 1;

  for (guint i = 0; i < pairs->len; i++)
    {
      CohortDuplicatePair *pair = g_ptr_array_index (pairs, i);

      g_string_truncate (out, 0);
      if (json)
        {
          g_string_append_c (out, '{');
          cohort_json_append_int (out, "first_id", cohort_person_get_id (pair->first));
          cohort_json_append_int (out, "second_id", cohort_person_get_id (pair->second));
          cohort_json_append_member (out, "reason", reason_keys[pair->reason]);
          g_string_append (out, ",\"weak\":");
          g_string_append (out, pair->reason == COHORT_DUPLICATE_NAME_YEAR_AND_UNIT ? "true" : "false");
          g_string_append (out, ",\"first\":");
          cohort_cli_append_person_json (out, pair->first);
          g_string_append (out, ",\"second\":");
          cohort_cli_append_person_json (out, pair->second);
          g_string_append (out, "}\n");
        }
      else
        {
          g_autofree char *first = cohort_person_dup_display_name (pair->first);
          g_autofree char *second = cohort_person_dup_display_name (pair->second);
          const char *first_birth = cohort_person_get_birth_date (pair->first);
          const char *second_birth = cohort_person_get_birth_date (pair->second);

          g_string_append_printf (out, "%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%s\n",
                                  cohort_person_get_id (pair->first), cohort_person_get_id (pair->second),
                                  reason_keys[pair->reason], first, first_birth ? first_birth : "",
                                  second, second_birth ? second_birth : "");
        }
      fputs (out->str, stdout);
    }
  if (pairs->len >= COHORT_DUPLICATE_MAX_PAIRS)
    g_printerr (_("The first %d pairs are listed, strongest reasons first. Merge or check them, then look "
                  "again for the rest.\n"), COHORT_DUPLICATE_MAX_PAIRS);
  return 0;
}

/**
 * cohort_cli_people_correction:
 *
 * people delete ID, people merge KEEP_ID OTHER_ID, people duplicates [--json].
 *
 * Returns: the exit status, or -1 when argv[1] is none of these
 */
int
cohort_cli_people_correction (CohortStore  *store,
                              int           argc,
                              char        **argv,
                              GError      **error)
{
  if (argc < 2)
    return -1;
  if (g_str_equal (argv[1], "delete"))
    return delete_person (store, argc - 1, argv + 1, error);
  if (g_str_equal (argv[1], "merge"))
    return merge_people (store, argc - 1, argv + 1, error);
  if (g_str_equal (argv[1], "duplicates"))
    return list_duplicates (store, argc - 1, argv + 1, error);
  return -1;
}

/* A class named on the command line ------------------------------------------------- */

static CohortClass *
find_class (CohortStore  *store,
            const char   *code,
            int           year,
            gint64        id,
            const char   *example,
            GError      **error)
{
  if (id > 0)
    return cohort_store_get_class (store, id, error);
  if (code == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   /* Translators: %s is an example command line */
                   _("Say which class with --class CODE (and --year YEAR when the code is used in several "
                     "years), e.g. %s"), example);
      return NULL;
    }
  return cohort_store_find_class (store, code, year, error);
}

/* enrolments remove --class C [--year Y] PERSON_ID… ------------------------------------- */

static int
remove_enrolments (CohortStore  *store,
                   int           argc,
                   char        **argv,
                   GError      **error)
{
  g_autofree char *code = NULL;
  g_autoptr(CohortClass) klass = NULL;
  g_autoptr(GPtrArray) roster = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  int year = 0;
  GOptionEntry entries[] = {
    { "class", 0, 0, G_OPTION_ARG_STRING, &code, N_("The code of the class"), "CODE" },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The year the class starts, when its code is used in several years"),
      "YEAR" },
    { NULL }
  };

  if (!cohort_cli_parse_options ("enrolments remove PERSON_ID…", entries, &argc, &argv, error))
    return 2;
  if (argc < 2 || code == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("enrolments remove needs the class and the people to take off its roster, e.g. "
                     "cohort-cli enrolments remove --class B43 --year 2026 1234"));
      return 2;
    }
  klass = find_class (store, code, year, 0, "", error);
  if (klass == NULL)
    return 1;
  roster = cohort_store_get_roster (store, cohort_class_get_number (klass, COHORT_CLASS_ID), error);
  if (roster == NULL)
    return 1;

  for (int i = 1; i < argc; i++)
    {
      gint64 person_id, enrolment_id = 0;

      if (!parse_id (argv[i], "PERSON_ID", &person_id, error))
        return 2;
      for (guint r = 0; r < roster->len; r++)
        {
          CohortEnrolment *e = g_ptr_array_index (roster, r);

          if (cohort_person_get_id (cohort_enrolment_get_person (e)) == person_id)
            {
              enrolment_id = cohort_enrolment_get_id (e);
              g_ptr_array_add (names, cohort_person_dup_display_name (cohort_enrolment_get_person (e)));
            }
        }
      if (enrolment_id == 0)
        {
          g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND,
                       _("Person %lld is not on the roster of %s (%lld). Nobody was removed."),
                       (long long) person_id, cohort_class_get_text (klass, COHORT_CLASS_CODE),
                       (long long) cohort_class_get_number (klass, COHORT_CLASS_YEAR));
          return 1;
        }
      g_array_append_val (ids, enrolment_id);
    }

  if (!cohort_store_remove_enrolments (store, (const gint64 *) ids->data, ids->len, NULL, error))
    return 1;
  for (guint i = 0; i < names->len; i++)
    /* Translators: "Nguyễn Văn An removed from the roster of B43 (2026)." */
    g_print (_("%s removed from the roster of %s (%lld).\n"), (const char *) g_ptr_array_index (names, i),
             cohort_class_get_text (klass, COHORT_CLASS_CODE),
             (long long) cohort_class_get_number (klass, COHORT_CLASS_YEAR));
  return 0;
}

int
cohort_cli_enrolments (CohortStore  *store,
                       int           argc,
                       char        **argv,
                       GError      **error)
{
  if (argc >= 2 && g_str_equal (argv[1], "remove"))
    return remove_enrolments (store, argc - 1, argv + 1, error);
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("enrolments has one command, remove: cohort-cli enrolments remove --class CODE [--year YEAR] "
                 "PERSON_ID…"));
  return 2;
}

/* classes delete --class C [--year Y] | --id N ------------------------------------------ */

/**
 * cohort_cli_classes_delete:
 *
 * classes delete --class CODE [--year YEAR], or classes delete --id ID.
 */
int
cohort_cli_classes_delete (CohortStore  *store,
                           int           argc,
                           char        **argv,
                           GError      **error)
{
  g_autofree char *code = NULL;
  g_autoptr(CohortClass) klass = NULL;
  int year = 0;
  gint64 id = 0;
  GOptionEntry entries[] = {
    { "class", 0, 0, G_OPTION_ARG_STRING, &code, N_("The code of the class"), "CODE" },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The year the class starts, when its code is used in several years"),
      "YEAR" },
    { "id", 0, 0, G_OPTION_ARG_INT64, &id, N_("The class with this number, as classes --json prints it"), "ID" },
    { NULL }
  };

  if (!cohort_cli_parse_options ("classes delete", entries, &argc, &argv, error))
    return 2;
  if (argc > 1 || (code == NULL && id <= 0))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("classes delete needs the class: --class CODE [--year YEAR], or --id ID, e.g. "
                     "cohort-cli classes delete --class B43 --year 2026"));
      return 2;
    }
  klass = find_class (store, code, year, id, "cohort-cli classes delete --class B43 --year 2026", error);
  if (klass == NULL)
    return 1;
  if (!cohort_store_delete_class (store, cohort_class_get_number (klass, COHORT_CLASS_ID), NULL, error))
    return 1;
  /* Translators: "Class B43 (2026) deleted." */
  g_print (_("Class %s (%lld) deleted.\n"), cohort_class_get_text (klass, COHORT_CLASS_CODE),
           (long long) cohort_class_get_number (klass, COHORT_CLASS_YEAR));
  return 0;
}
