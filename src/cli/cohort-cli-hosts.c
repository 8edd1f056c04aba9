/* cohort-cli-hosts.c: cohort-cli hosts — the school, the district political
 * centres and the other hosts of classes: list, add, edit, close.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "cohort-cli.h"
#include "cohort-date.h"
#include "cohort-json.h"

/* The kinds scripts see: a partner school is one of the "other" hosts. */
static const char *
kind_word (CohortOrgKind kind)
{
  switch (kind)
    {
    case COHORT_ORG_KIND_SCHOOL:
      return "school";
    case COHORT_ORG_KIND_DISTRICT_CENTRE:
      return "centre";
    case COHORT_ORG_KIND_PARTNER_SCHOOL:
    case COHORT_ORG_KIND_OTHER:
    default:
      return "other";
    }
}

static gboolean
parse_kind (const char     *text,
            CohortOrgKind  *kind,
            GError        **error)
{
  if (g_ascii_strcasecmp (text, "school") == 0)
    *kind = COHORT_ORG_KIND_SCHOOL;
  else if (g_ascii_strcasecmp (text, "centre") == 0 || g_ascii_strcasecmp (text, "center") == 0)
    *kind = COHORT_ORG_KIND_DISTRICT_CENTRE;
  else if (g_ascii_strcasecmp (text, "other") == 0)
    *kind = COHORT_ORG_KIND_OTHER;
  else
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--kind cannot be “%s”: write school, centre or other."), text);
      return FALSE;
    }
  return TRUE;
}

static void
print_json (const CohortHost *host)
{
  g_autoptr(GString) out = g_string_new ("{");

  cohort_json_append_int (out, "id", host->id);
  cohort_json_append_member (out, "name", host->name);
  cohort_json_append_member (out, "kind", kind_word (host->kind));
  cohort_json_append_member (out, "province", host->province);
  cohort_json_append_member (out, "closed_on", host->closed_on);
  g_string_append (out, "}\n");
  fputs (out->str, stdout);
}

/* The province as lists show it: one gone on 01/07/2025 with its unit of today. */
static char *
province_text (const CohortHost *host)
{
  if (host->province == NULL)
    return g_strdup ("");
  if (host->province_now != NULL && g_strcmp0 (host->province_now, host->province) != 0)
    /* Translators: a province before 01/07/2025, then the one it is part of now */
    return g_strdup_printf (_("%s (part of %s since 01/07/2025)"), host->province, host->province_now);
  return g_strdup (host->province);
}

static int
list_hosts (CohortStore  *store,
            int           argc,
            char        **argv,
            GError      **error)
{
  gboolean json = FALSE;
  g_autoptr(GPtrArray) hosts = NULL;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON, one object a line"), NULL },
    { NULL }
  };

  if (!cohort_cli_parse_options ("hosts list", entries, &argc, &argv, error))
    return 2;
  hosts = cohort_store_list_hosts (store, error);
  if (hosts == NULL)
    return 1;
  for (guint i = 0; i < hosts->len; i++)
    {
      CohortHost *host = g_ptr_array_index (hosts, i);
      g_autofree char *province = NULL;
      g_autofree char *closed = NULL;

      if (json)
        {
          print_json (host);
          continue;
        }
      province = province_text (host);
      closed = host->closed_on ? cohort_date_format (host->closed_on) : g_strdup ("");
      printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%s\n", host->id, kind_word (host->kind), host->name,
              host->short_name ? host->short_name : "", province, closed);
    }
  return 0;
}

static int
list_provinces (CohortStore  *store,
                int           argc,
                char        **argv,
                GError      **error)
{
  g_autoptr(GPtrArray) provinces = NULL;
  GOptionEntry entries[] = { { NULL } };

  if (!cohort_cli_parse_options ("hosts provinces", entries, &argc, &argv, error))
    return 2;
  provinces = cohort_store_list_provinces (store, error);
  if (provinces == NULL)
    return 1;
  for (guint i = 0; i < provinces->len; i++)
    {
      CohortProvince *p = g_ptr_array_index (provinces, i);

      printf ("%" G_GINT64_FORMAT "\t%s\t%s\n", p->id, p->name, p->now ? p->now : "");
    }
  return 0;
}

/* Reads the host back as the store has it and prints it. */
static int
print_host (CohortStore  *store,
            gint64        id,
            GError      **error)
{
  g_autoptr(CohortHost) host = cohort_store_get_host (store, id, error);

  if (host == NULL)
    return 1;
  print_json (host);
  return 0;
}

static gint64
parse_id (const char  *command,
          int          argc,
          char       **argv,
          GError     **error)
{
  gint64 id = 0;
  char *end = NULL;

  if (argc >= 2)
    id = g_ascii_strtoll (argv[1], &end, 10);
  if (argc != 2 || end == NULL || *end != '\0' || id <= 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("hosts %s needs the number of one host, as cohort-cli hosts list shows it."), command);
      return 0;
    }
  return id;
}

typedef struct
{
  char *name;
  char *kind;
  char *short_name;
  char *province;
  char *date;
} HostOptions;

static void
host_options_clear (HostOptions *o)
{
  g_free (o->name);
  g_free (o->kind);
  g_free (o->short_name);
  g_free (o->province);
  g_free (o->date);
}

/* Applies the options given to @host; an empty --short or --province clears it. */
static gboolean
apply_options (CohortStore  *store,
               HostOptions  *o,
               CohortHost   *host,
               GError      **error)
{
  if (o->kind != NULL && !parse_kind (o->kind, &host->kind, error))
    return FALSE;
  if (o->province != NULL)
    {
      if (*g_strstrip (o->province) == '\0')
        host->province_id = 0;
      else if ((host->province_id = cohort_store_find_province (store, o->province, error)) == 0)
        return FALSE;
    }
  if (o->name != NULL)
    {
      g_free (host->name);
      host->name = g_strdup (o->name);
    }
  if (o->short_name != NULL)
    {
      g_free (host->short_name);
      host->short_name = *o->short_name ? g_strdup (o->short_name) : NULL;
    }
  return TRUE;
}

static int
add_host (CohortStore  *store,
          int           argc,
          char        **argv,
          GError      **error)
{
  HostOptions o = { NULL };
  g_autoptr(CohortHost) host = NULL;
  int status = 2;
  GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &o.kind, N_("school, centre (a district political centre) or other"), "KIND" },
    { "short", 0, 0, G_OPTION_ARG_STRING, &o.short_name, N_("A short name for lists, e.g. TTCT Gio Linh"), "S" },
    { "province", 0, 0, G_OPTION_ARG_STRING, &o.province, N_("Its province: a name, accents and case aside, or its number"), "P" },
    { NULL }
  };

  if (!cohort_cli_parse_options ("hosts add NAME", entries, &argc, &argv, error))
    goto out;
  if (argc != 2 || o.kind == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("hosts add needs the name and the kind of the host, e.g. cohort-cli hosts add "
                     "\"Trung tâm Chính trị huyện Gio Linh\" --kind centre --province \"Quảng Trị\""));
      goto out;
    }
  host = cohort_host_new (argv[1], COHORT_ORG_KIND_OTHER);
  if (!apply_options (store, &o, host, error))
    {
      status = (*error)->domain == G_OPTION_ERROR ? 2 : 1;
      goto out;
    }
  status = 1;
  if (!cohort_store_save_host (store, host, error))
    goto out;
  status = print_host (store, host->id, error);

out:
  host_options_clear (&o);
  return status;
}

static int
edit_host (CohortStore  *store,
           int           argc,
           char        **argv,
           GError      **error)
{
  HostOptions o = { NULL };
  g_autoptr(CohortHost) host = NULL;
  gint64 id;
  int status = 2;
  GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &o.name, N_("Its new name"), "N" },
    { "short", 0, 0, G_OPTION_ARG_STRING, &o.short_name, N_("Its short name; \"\" removes it"), "S" },
    { "province", 0, 0, G_OPTION_ARG_STRING, &o.province, N_("Its province: a name or a number; \"\" for none"), "P" },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &o.kind, N_("school, centre or other"), "K" },
    { NULL }
  };

  if (!cohort_cli_parse_options ("hosts edit ID", entries, &argc, &argv, error))
    goto out;
  if ((id = parse_id ("edit", argc, argv, error)) == 0)
    goto out;
  status = 1;
  host = cohort_store_get_host (store, id, error);
  if (host == NULL)
    goto out;
  /* A partner school stays one unless --kind says otherwise. */
  if (!apply_options (store, &o, host, error))
    {
      status = (*error)->domain == G_OPTION_ERROR ? 2 : 1;
      goto out;
    }
  if (!cohort_store_save_host (store, host, error))
    goto out;
  status = print_host (store, id, error);

out:
  host_options_clear (&o);
  return status;
}

static int
close_host (CohortStore  *store,
            int           argc,
            char        **argv,
            gboolean      reopen,
            GError      **error)
{
  HostOptions o = { NULL };
  g_autofree char *iso = NULL;
  gint64 id;
  int status = 2;
  GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &o.date, N_("Its last day, e.g. 30/06/2025"), "DD/MM/YYYY" },
    { NULL }
  };

  if (reopen)
    entries[0] = (GOptionEntry) { NULL };
  if (!cohort_cli_parse_options (reopen ? "hosts reopen ID" : "hosts close ID --date DD/MM/YYYY", entries,
                                 &argc, &argv, error))
    goto out;
  if ((id = parse_id (reopen ? "reopen" : "close", argc, argv, error)) == 0)
    goto out;
  if (!reopen && o.date == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("hosts close needs the date of the host's last day, e.g. --date 30/06/2025."));
      goto out;
    }
  if (!reopen && !cohort_cli_parse_date ("--date", o.date, &iso, error))
    goto out;
  status = 1;
  if (!cohort_store_close_host (store, id, iso, error))
    goto out;
  status = print_host (store, id, error);

out:
  host_options_clear (&o);
  return status;
}

int
cohort_cli_hosts (CohortStore  *store,
                  int           argc,
                  char        **argv,
                  GError      **error)
{
  GOptionEntry entries[] = { { NULL } };

  if (argc < 2 || g_str_equal (argv[1], "list") || argv[1][0] == '-')
    {
      if (argc >= 2 && g_str_equal (argv[1], "list"))
        return list_hosts (store, argc - 1, argv + 1, error);
      return list_hosts (store, argc, argv, error);
    }
  if (g_str_equal (argv[1], "add"))
    return add_host (store, argc - 1, argv + 1, error);
  if (g_str_equal (argv[1], "edit"))
    return edit_host (store, argc - 1, argv + 1, error);
  if (g_str_equal (argv[1], "close"))
    return close_host (store, argc - 1, argv + 1, FALSE, error);
  if (g_str_equal (argv[1], "reopen"))
    return close_host (store, argc - 1, argv + 1, TRUE, error);
  if (g_str_equal (argv[1], "provinces"))
    return list_provinces (store, argc - 1, argv + 1, error);

  if (!cohort_cli_parse_options ("hosts", entries, &argc, &argv, error))
    return 2;
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("hosts has no command “%s”: write hosts list, hosts add, hosts edit, hosts close, hosts "
                 "reopen or hosts provinces."), argv[1]);
  return 2;
}
