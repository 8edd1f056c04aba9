/* cohort-cli-import.c: cohort-cli import — a list of people into the
 * database; cohort-cli imports — the import history, and undo.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>

#include "cohort-cli.h"
#include "cohort-import-check.h"
#include "cohort-import-rejects.h"
#include "cohort-import-template.h"
#include "cohort-json.h"

/* Each row left out, and each row imported with a cell to check: its number
 * in the file, the column and why; as text or one JSON object a line. */
static void
print_rows (CohortImportPlan *plan,
            gboolean          json)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < plan->rows->len; i++)
    {
      CohortImportRow *row = g_ptr_array_index (plan->rows, i);
      gboolean rejected = cohort_import_row_is_rejected (row);

      if (row->problems->len == 0)
        continue;
      if (!json)
        {
          g_autofree char *reasons = cohort_import_plan_dup_problems (plan, row);

          if (rejected)
            /* Translators: "Row 12 left out: “Ngày sinh”: “31/02/1980” is not a valid date. …" */
            printf (_("Row %u left out: %s\n"), row->row + 1, reasons);
          else
            /* Translators: a row imported, with a cell the user should check */
            printf (_("Row %u imported, to check: %s\n"), row->row + 1, reasons);
          continue;
        }
      for (guint p = 0; p < row->problems->len; p++)
        {
          CohortCellProblem *problem = g_ptr_array_index (row->problems, p);
          const char *column = cohort_import_plan_header (plan, problem->column);

          g_string_assign (out, "{");
          cohort_json_append_int (out, "row", row->row + 1);
          cohort_json_append_member (out, "reason", problem->message);
          cohort_json_append_member (out, "column", *column ? column : NULL);
          g_string_append_printf (out, ",\"imported\":%s}\n", rejected ? "false" : "true");
          fputs (out->str, stdout);
        }
    }
}

/* Which sheet and which rows of it the list was read from, and the columns
 * not imported. */
static void
print_source (CohortImportPlan *plan)
{
  CohortHeaderMap *map = plan->map;
  guint n_sheets = plan->sheets ? g_strv_length (plan->sheets) : 0;
  g_auto(GStrv) unread = cohort_import_plan_dup_unread (plan);

  if (plan->sheet != NULL && plan->sheet_searched)
    /* Translators: a sheet's name, then the number of sheets of the workbook */
    printf (_("Sheet “%s”: the first of the workbook’s %u sheets with a list’s header (--sheet reads another).\n"),
            plan->sheet, n_sheets);
  else if (plan->sheet != NULL && n_sheets > 1)
    /* Translators: a sheet's name, then the number of sheets of the workbook */
    printf (_("Sheet “%s”, the first of the workbook’s %u sheets (--sheet reads another).\n"), plan->sheet, n_sheets);
  if (map->n_header_rows > 1)
    /* Translators: the rows of a list's header, counted from 1 as the spreadsheet program shows them */
    printf (_("Header on rows %u to %u"), map->header_row + 1, map->header_row + map->n_header_rows);
  else
    printf (_("Header on row %u"), map->header_row + 1);
  if (map->first_data_row > map->header_row + map->n_header_rows)
    /* Translators: after "Header on rows 3 to 4": the row that numbers the columns, "(1) (2) (3)…" */
    printf (_(", column numbers on row %u"), map->first_data_row);
  printf (".\n");
  if (unread[0] != NULL)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; unread[i] != NULL; i++)
        g_string_append_printf (names, i > 0 ? ", “%s”" : "“%s”", unread[i]);
      /* Translators: %s lists the headings of columns: “Ghi chú”, “Trình độ › Ngoại ngữ” */
      printf (_("Columns not imported: %s.\n"), names->str);
    }
}

/* The same as members of the JSON summary. */
static void
append_source_json (GString          *out,
                    CohortImportPlan *plan)
{
  g_auto(GStrv) unread = cohort_import_plan_dup_unread (plan);

  cohort_json_append_member (out, "sheet", plan->sheet);
  g_string_append_printf (out, ",\"header_rows\":[%u,%u]", plan->map->header_row + 1,
                          plan->map->header_row + plan->map->n_header_rows);
  cohort_json_append_int (out, "first_data_row", plan->map->first_data_row + 1);
  g_string_append (out, ",\"not_imported\":[");
  for (guint i = 0; unread[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      cohort_json_append_string (out, unread[i]);
    }
  g_string_append_c (out, ']');
}

int
cohort_cli_import (CohortStore  *store,
                   int           argc,
                   char        **argv,
                   GError      **error)
{
  g_autofree char *code = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *rejects = NULL;
  g_autofree char *base = NULL;
  g_autoptr(CohortImportPlan) plan = NULL;
  g_autoptr(CohortClass) klass = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GArray) existing = NULL;
  CohortImportCounts counts;
  CohortImportSource source;
  gboolean dry_run = FALSE, json = FALSE;
  guint n_created = 0, n_enrolled = 0;
  gint64 import_id = 0;
  int year = 0;
  GOptionEntry entries[] = {
    { "class", 0, 0, G_OPTION_ARG_STRING, &code, N_("Enrol everyone in the class with this code"), "CODE" },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The year the class starts, when its code is used in several years"), "YEAR" },
    { "sheet", 0, 0, G_OPTION_ARG_STRING, &sheet, N_("The sheet of a workbook to read (default: the first with a "
                                                     "list’s header)"), "NAME" },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Read and check only; write nothing"), NULL },
    { "rejects", 0, 0, G_OPTION_ARG_FILENAME, &rejects, N_("Save the rows that cannot be imported, with the reason, in this .xlsx"), "FILE" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the rows left out and the result as JSON, one object a line"), NULL },
    { NULL }
  };

  if (!cohort_cli_parse_options ("import FILE", entries, &argc, &argv, error))
    return 2;
  if (argc < 2)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("import needs a FILE, e.g. cohort-cli import danh-sach.xlsx --class B43"));
      return 2;
    }
  if (code != NULL)
    {
      klass = cohort_store_find_class (store, code, year, error);
      if (klass == NULL)
        return 1;
    }

  plan = cohort_import_plan_read (argv[1], sheet, NULL, error);
  if (plan == NULL)
    return 1;
  if (!json)
    {
      printf (_("Read %u rows of “%s” (%s%s%s): %u people.\n"), plan->n_rows, argv[1], plan->format,
              plan->sheet ? ", " : "", plan->sheet ? plan->sheet : "", plan->rows->len);
      print_source (plan);
    }

  if (!cohort_import_plan_check (plan, store, NULL, NULL, NULL, error))
    return 1;
  print_rows (plan, json);
  cohort_import_plan_count (plan, &counts);
  people = cohort_import_plan_accepted (plan, &existing);
  if (!json && plan->declared > 0 && plan->declared != plan->rows->len)
    /* Translators: the number a list gives under its table, then the number of rows Cohort read */
    printf (_("The list says it has %u people; Cohort found %u rows of people. Check the list.\n"), plan->declared,
            plan->rows->len);
  if (rejects != NULL && counts.n_rejected > 0)
    {
      if (!cohort_import_plan_write_rejects (plan, argv[1], rejects, NULL, error))
        return 1;
      if (!json)
        /* Translators: the number of rows, then the file they were saved in */
        printf (_("%u rows that cannot be imported saved in “%s”.\n"), counts.n_rejected, rejects);
    }

  if (!json)
    printf (_("%u to import: %u new, %u already in Cohort (their records are kept); %u rows left out.\n"),
            people->len, counts.n_new, counts.n_linked, counts.n_rejected);
  if (!dry_run)
    {
      base = g_path_get_basename (argv[1]);
      source = (CohortImportSource) { base, plan->sheet, plan->format, plan->rows->len, counts.n_rejected };
      if (!cohort_store_import_people (store, klass ? cohort_class_get_number (klass, COHORT_CLASS_ID) : 0, people,
                                       (gint64 *) existing->data, &source, &import_id, &n_created, &n_enrolled,
                                       NULL, NULL, NULL, error))
        return 1;
    }

  if (json)
    {
      g_autoptr(GString) out = g_string_new ("{");

      cohort_json_append_int (out, "read", plan->rows->len);
      cohort_json_append_int (out, "imported", dry_run ? 0 : people->len);
      cohort_json_append_int (out, "created", dry_run ? 0 : n_created);
      cohort_json_append_int (out, "linked", dry_run ? 0 : people->len - n_created);
      cohort_json_append_int (out, "left_out", counts.n_rejected);
      if (klass != NULL)
        cohort_json_append_int (out, "enrolled", n_enrolled);
      if (plan->declared > 0)
        cohort_json_append_int (out, "declared", plan->declared);
      if (import_id > 0)
        cohort_json_append_int (out, "import", import_id);
      append_source_json (out, plan);
      g_string_append_printf (out, ",\"dry_run\":%s}\n", dry_run ? "true" : "false");
      fputs (out->str, stdout);
      return 0;
    }
  if (dry_run)
    {
      printf (_("Nothing was written (--dry-run).\n"));
      return 0;
    }
  if (klass != NULL)
    printf (_("Imported: %u new people; %u people enrolled in %s (%u were on its roster already).\n"),
            n_created, n_enrolled, code, people->len - n_enrolled);
  else
    printf (_("Imported: %u new people.\n"), n_created);
  /* Translators: the number of the import in the history */
  printf (_("Import %lld; to take it back: cohort-cli imports undo %lld\n"), (long long) import_id,
          (long long) import_id);
  return 0;
}

/* imports ------------------------------------------------------------------------------ */

int
cohort_cli_imports (CohortStore  *store,
                    int           argc,
                    char        **argv,
                    GError      **error)
{
  gboolean json = FALSE;
  g_autoptr(GString) out = g_string_new (NULL);
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON, one import a line"), NULL },
    { NULL }
  };

  if (!cohort_cli_parse_options ("imports [list | undo ID]", entries, &argc, &argv, error))
    return 2;

  if (argc >= 2 && g_str_equal (argv[1], "undo"))
    {
      g_autoptr(CohortImportRecord) record = NULL;
      char *end = NULL;
      gint64 id = argc >= 3 ? g_ascii_strtoll (argv[2], &end, 10) : 0;

      if (argc < 3 || end == argv[2] || *end != '\0' || id <= 0)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("imports undo needs the number of an import, e.g. cohort-cli imports undo 3 (see "
                         "cohort-cli imports list)"));
          return 2;
        }
      if (!cohort_store_undo_import (store, id, error))
        return 1;
      record = cohort_store_get_import (store, id, error);
      if (record == NULL)
        return 1;
      /* Translators: the file of an import, then numbers of people and places */
      printf (_("Undone: the import of “%s” (%u people removed, %u places on rosters removed).\n"),
              record->file_name, record->n_created, record->n_enrolled);
      return 0;
    }
  if (argc >= 2 && !g_str_equal (argv[1], "list"))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Unknown imports command “%s”: use imports list [--json] or imports undo ID."), argv[1]);
      return 2;
    }

  {
    g_autoptr(GPtrArray) records = cohort_store_list_imports (store, error);

    if (records == NULL)
      return 1;
    for (guint i = 0; i < records->len; i++)
      {
        CohortImportRecord *r = g_ptr_array_index (records, i);

        if (json)
          {
            g_string_assign (out, "{");
            cohort_json_append_int (out, "id", r->id);
            cohort_json_append_member (out, "file", r->file_name);
            cohort_json_append_member (out, "at", r->at);
            cohort_json_append_int (out, "created", r->n_created);
            cohort_json_append_int (out, "linked", r->n_linked);
            cohort_json_append_int (out, "enrolled", r->n_enrolled);
            cohort_json_append_int (out, "left_out", r->n_left_out);
            cohort_json_append_member (out, "sheet", r->sheet);
            cohort_json_append_member (out, "class", r->class_code);
            if (r->class_code != NULL)
              cohort_json_append_int (out, "class_year", r->class_year);
            cohort_json_append_member (out, "undone_at", r->undone_at);
            g_string_append_printf (out, ",\"undone\":%s}\n", r->undone_at ? "true" : "false");
          }
        else
          {
            g_autofree char *klass = r->class_code ? g_strdup_printf ("%s (%d)", r->class_code, r->class_year)
                                                   : g_strdup ("-");

            g_string_printf (out, "%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%u\t%u\t%u\t%s\n", r->id, r->at, r->file_name,
                             klass, r->n_created, r->n_linked, r->n_enrolled, r->undone_at ? _("undone") : "");
          }
        fputs (out->str, stdout);
      }
  }
  return 0;
}

/* import-template ---------------------------------------------------------------------- */

int
cohort_cli_import_template (CohortStore  *store,
                            int           argc,
                            char        **argv,
                            GError      **error)
{
  g_autofree char *output = NULL;
  g_autofree char *lang = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The workbook to write"), "FILE.xlsx" },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang, N_("The language of the headings: vi, lo or en (default: the "
                                                  "interface's)"), "LANG" },
    { NULL }
  };

  if (!cohort_cli_parse_options ("import-template -o FILE.xlsx", entries, &argc, &argv, error))
    return 2;
  if (output == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("import-template needs -o FILE.xlsx, e.g. cohort-cli import-template -o mau.xlsx --lang vi"));
      return 2;
    }
  if (lang != NULL && !g_str_equal (lang, "vi") && !g_str_equal (lang, "lo") && !g_str_equal (lang, "en"))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--lang takes vi, lo or en, not “%s”."), lang);
      return 2;
    }
  if (!cohort_import_template_write (output, lang, error))
    return 1;
  /* Translators: a file name */
  printf (_("Wrote the import template to %s.\n"), output);
  return 0;
}
