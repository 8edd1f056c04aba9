/* cohort-cli-programs.c: cohort-cli programs — the programs and courses the
 * school runs: list, add, edit, switch on or off, delete.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "cohort-cli.h"
#include "cohort-fold.h"
#include "cohort-json.h"

/* The words of each level, as scripts may write them: English, or Vietnamese
 * with or without accents. */
static const struct { CohortTrainingLevel level; const char *words[3]; } level_words[] = {
  { COHORT_TRAINING_LEVEL_INTERMEDIATE, { "intermediate", "trung cap", "trung-cap" } },
  { COHORT_TRAINING_LEVEL_ELEMENTARY, { "elementary", "so cap", "so-cap" } },
  { COHORT_TRAINING_LEVEL_REFRESHER, { "refresher", "boi duong", "boi-duong" } },
  { COHORT_TRAINING_LEVEL_OTHER, { "other", "khac", NULL } },
};

static gboolean
parse_level (const char           *text,
             CohortTrainingLevel  *level,
             GError              **error)
{
  g_autofree char *folded = cohort_fold (text);

  g_strstrip (folded);
  for (guint i = 0; i < G_N_ELEMENTS (level_words); i++)
    for (guint j = 0; j < G_N_ELEMENTS (level_words[i].words); j++)
      if (g_strcmp0 (level_words[i].words[j], folded) == 0)
        {
          *level = level_words[i].level;
          return TRUE;
        }
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("--level cannot be “%s”: write intermediate (trung cấp), elementary (sơ cấp), refresher "
                 "(bồi dưỡng) or other."), text);
  return FALSE;
}

static gboolean
parse_credential (const char        *text,
                  CohortCredential  *credential,
                  GError           **error)
{
  for (int i = COHORT_CREDENTIAL_DIPLOMA; i <= COHORT_CREDENTIAL_UNKNOWN; i++)
    if (g_ascii_strcasecmp (text, cohort_credential_to_string (i)) == 0)
      {
        *credential = i;
        return TRUE;
      }
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("--credential cannot be “%s”: write diploma, certificate, completion, none or unknown."), text);
  return FALSE;
}

static gboolean
parse_yes_no (const char  *option,
              const char  *text,
              gboolean    *value,
              GError     **error)
{
  if (g_ascii_strcasecmp (text, "yes") == 0 || g_str_equal (text, "1") || g_ascii_strcasecmp (text, "true") == 0)
    *value = TRUE;
  else if (g_ascii_strcasecmp (text, "no") == 0 || g_str_equal (text, "0") || g_ascii_strcasecmp (text, "false") == 0)
    *value = FALSE;
  else
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("%s is yes or no, not “%s”."), option, text);
      return FALSE;
    }
  return TRUE;
}

static void
print_json (const CohortProgram *p)
{
  g_autoptr(GString) out = g_string_new ("{");

  cohort_json_append_member (out, "code", p->code);
  cohort_json_append_member (out, "name", p->name);
  cohort_json_append_member (out, "short_name", p->short_name);
  cohort_json_append_member (out, "level", cohort_training_level_to_string (p->level));
  cohort_json_append_member (out, "credential", cohort_credential_to_string (p->credential));
  cohort_json_append_bool (out, "graded", p->graded);
  cohort_json_append_bool (out, "lao", p->lao);
  cohort_json_append_bool (out, "active", p->active);
  cohort_json_append_bool (out, "builtin", p->builtin);
  cohort_json_append_int (out, "classes", p->n_classes);
  g_string_append (out, "}\n");
  fputs (out->str, stdout);
}

static int
print_program (CohortStore  *store,
               const char   *code,
               GError      **error)
{
  g_autoptr(CohortProgram) p = cohort_store_get_program (store, code, error);

  if (p == NULL)
    return 1;
  print_json (p);
  return 0;
}

static int
list_programs (CohortStore  *store,
               int           argc,
               char        **argv,
               GError      **error)
{
  gboolean json = FALSE;
  g_autoptr(GPtrArray) programs = NULL;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON, one object a line"), NULL },
    { NULL }
  };

  if (!cohort_cli_parse_options ("programs list", entries, &argc, &argv, error))
    return 2;
  programs = cohort_store_list_programs (store, error);
  if (programs == NULL)
    return 1;
  for (guint i = 0; i < programs->len; i++)
    {
      CohortProgram *p = g_ptr_array_index (programs, i);

      if (json)
        print_json (p);
      else
        printf ("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%" G_GINT64_FORMAT "\n", p->code, p->short_name,
                cohort_training_level_to_string (p->level), cohort_credential_to_string (p->credential),
                p->graded ? "graded" : "-", p->lao ? "lao" : "-", p->active ? "on" : "off", p->n_classes);
    }
  return 0;
}

typedef struct
{
  char     *name;
  char     *short_name;
  char     *level;
  char     *credential;
  char     *graded;
  char     *lao;
  gboolean  graded_flag;
  gboolean  lao_flag;
} ProgramOptions;

static void
program_options_clear (ProgramOptions *o)
{
  g_free (o->name);
  g_free (o->short_name);
  g_free (o->level);
  g_free (o->credential);
  g_free (o->graded);
  g_free (o->lao);
}

static gboolean
apply_options (ProgramOptions  *o,
               CohortProgram   *p,
               GError         **error)
{
  if ((o->level != NULL && !parse_level (o->level, &p->level, error)) ||
      (o->credential != NULL && !parse_credential (o->credential, &p->credential, error)) ||
      (o->graded != NULL && !parse_yes_no ("--graded", o->graded, &p->graded, error)) ||
      (o->lao != NULL && !parse_yes_no ("--lao", o->lao, &p->lao, error)))
    return FALSE;
  if (o->graded_flag)
    p->graded = TRUE;
  if (o->lao_flag)
    p->lao = TRUE;
  if (o->name != NULL)
    {
      g_free (p->name);
      p->name = g_strdup (o->name);
    }
  if (o->short_name != NULL)
    {
      g_free (p->short_name);
      p->short_name = g_strdup (o->short_name);
    }
  return TRUE;
}

/* Applies the options to @p and writes it, a new program or one read from
 * the store, then prints it as it is stored. Returns the exit status: 2 for
 * an option that is wrong, 1 when the store refuses the program. */
static int
save_program (CohortStore     *store,
              ProgramOptions  *o,
              CohortProgram   *p,
              gboolean         is_new,
              GError         **error)
{
  gboolean saved;

  if (!apply_options (o, p, error))
    return 2;
  saved = is_new ? cohort_store_add_program (store, p, error) : cohort_store_update_program (store, p, error);
  if (!saved)
    return 1;
  return print_program (store, p->code, error);
}

static int
add_program (CohortStore  *store,
             int           argc,
             char        **argv,
             GError      **error)
{
  ProgramOptions o = { NULL };
  g_autoptr(CohortProgram) p = NULL;
  int status = 2;
  GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &o.name, N_("Its full name, e.g. \"Bồi dưỡng ngạch chuyên viên chính\""), "NAME" },
    { "short", 0, 0, G_OPTION_ARG_STRING, &o.short_name, N_("The short name lists show, e.g. \"Chuyên viên chính\""), "S" },
    { "level", 0, 0, G_OPTION_ARG_STRING, &o.level, N_("intermediate (trung cấp), elementary (sơ cấp), refresher (bồi dưỡng) or other (the default)"), "LEVEL" },
    { "credential", 0, 0, G_OPTION_ARG_STRING, &o.credential, N_("diploma, certificate, completion, none or unknown (the default)"), "C" },
    { "graded", 0, 0, G_OPTION_ARG_NONE, &o.graded_flag, N_("Its graduates are classified"), NULL },
    { "lao", 0, 0, G_OPTION_ARG_NONE, &o.lao_flag, N_("It is for cadres from Laos"), NULL },
    { NULL }
  };

  if (!cohort_cli_parse_options ("programs add CODE", entries, &argc, &argv, error))
    goto out;
  if (argc != 2 || o.name == NULL || o.short_name == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("programs add needs the code, the name and the short name, e.g. cohort-cli programs add "
                     "BD_CVC --name \"Bồi dưỡng ngạch chuyên viên chính\" --short \"Chuyên viên chính\" "
                     "--level refresher --credential certificate"));
      goto out;
    }
  p = cohort_program_new (argv[1], NULL, NULL);
  status = save_program (store, &o, p, TRUE, error);

out:
  program_options_clear (&o);
  return status;
}

static gboolean
one_code (const char  *command,
          int          argc,
          char       **argv,
          GError     **error)
{
  if (argc == 2)
    return TRUE;
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("programs %s needs the code of one program, as cohort-cli programs list shows it."), command);
  return FALSE;
}

static int
edit_program (CohortStore  *store,
              int           argc,
              char        **argv,
              GError      **error)
{
  ProgramOptions o = { NULL };
  g_autoptr(CohortProgram) p = NULL;
  int status = 2;
  GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &o.name, N_("Its full name"), "NAME" },
    { "short", 0, 0, G_OPTION_ARG_STRING, &o.short_name, N_("Its short name"), "S" },
    { "level", 0, 0, G_OPTION_ARG_STRING, &o.level, N_("intermediate, elementary, refresher or other"), "LEVEL" },
    { "credential", 0, 0, G_OPTION_ARG_STRING, &o.credential, N_("diploma, certificate, completion, none or unknown"), "C" },
    { "graded", 0, 0, G_OPTION_ARG_STRING, &o.graded, N_("yes or no: its graduates are classified"), "YES|NO" },
    { "lao", 0, 0, G_OPTION_ARG_STRING, &o.lao, N_("yes or no: it is for cadres from Laos"), "YES|NO" },
    { NULL }
  };

  if (!cohort_cli_parse_options ("programs edit CODE", entries, &argc, &argv, error) ||
      !one_code ("edit", argc, argv, error))
    goto out;
  p = cohort_store_get_program (store, argv[1], error);
  if (p == NULL)
    status = 1;
  else
    status = save_program (store, &o, p, FALSE, error);

out:
  program_options_clear (&o);
  return status;
}

static int
change_program (CohortStore  *store,
                const char   *command,
                int           argc,
                char        **argv,
                GError      **error)
{
  g_autofree char *usage = g_strdup_printf ("programs %s CODE", command);
  GOptionEntry entries[] = { { NULL } };

  if (!cohort_cli_parse_options (usage, entries, &argc, &argv, error) || !one_code (command, argc, argv, error))
    return 2;
  if (g_str_equal (command, "delete"))
    {
      if (!cohort_store_delete_program (store, argv[1], error))
        return 1;
      return 0;
    }
  if (!cohort_store_set_program_active (store, argv[1], g_str_equal (command, "enable"), error))
    return 1;
  return print_program (store, argv[1], error);
}

int
cohort_cli_programs (CohortStore  *store,
                     int           argc,
                     char        **argv,
                     GError      **error)
{
  GOptionEntry entries[] = { { NULL } };

  if (argc < 2 || argv[1][0] == '-')
    return list_programs (store, argc, argv, error);
  if (g_str_equal (argv[1], "list"))
    return list_programs (store, argc - 1, argv + 1, error);
  if (g_str_equal (argv[1], "add"))
    return add_program (store, argc - 1, argv + 1, error);
  if (g_str_equal (argv[1], "edit"))
    return edit_program (store, argc - 1, argv + 1, error);
  if (g_str_equal (argv[1], "enable") || g_str_equal (argv[1], "disable") || g_str_equal (argv[1], "delete"))
    return change_program (store, argv[1], argc - 1, argv + 1, error);

  if (!cohort_cli_parse_options ("programs", entries, &argc, &argv, error))
    return 2;
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("programs has no command “%s”: write programs list, programs add, programs edit, programs "
                 "enable, programs disable or programs delete."), argv[1]);
  return 2;
}
