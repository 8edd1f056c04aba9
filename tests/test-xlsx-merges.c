/* test-xlsx-merges.c: merged cells of .xlsx sheets as spreadsheet programs
 * write them and as they might be written — the reader finds the list of
 * merged ranges from the bytes of the sheet, and parses the whole sheet
 * when they look unusual: both ways must give the same rows.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <zip.h>

#include "cohort-io-error.h"
#include "cohort-test-io.h"
#include "cohort-xlsx-reader.h"

#define MAIN_NS "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

static const char workbook[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<workbook xmlns=\"" MAIN_NS "\" "
  "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
  "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
static const char rels[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" "
  "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
  "Target=\"worksheets/sheet1.xml\"/></Relationships>";

/* A cell of inline text; @p is "" or "x:". */
static void
append_cell (GString *s, const char *p, const char *ref, const char *text)
{
  g_string_append_printf (s, "<%sc r=\"%s\" t=\"inlineStr\"><%sis><%st>%s</%st></%sis></%sc>", p, ref, p, p, text,
                          p, p, p);
}

/* A sheet: a title, a row a-b-TEXT, a row x, then @padding characters of
 * white space, then @merges (with @p for the prefix of every tag). */
static char *
make_sheet (const char *p, const char *text, gsize padding, const char *merges)
{
  GString *s = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");

  if (*p)
    g_string_append_printf (s, "<x:worksheet xmlns:x=\"" MAIN_NS "\">");
  else
    g_string_append (s, "<worksheet xmlns=\"" MAIN_NS "\">");
  g_string_append_printf (s, "<%ssheetData><%srow r=\"1\">", p, p);
  append_cell (s, p, "A1", "Title");
  g_string_append_printf (s, "</%srow><%srow r=\"2\">", p, p);
  append_cell (s, p, "A2", "a");
  append_cell (s, p, "B2", "b");
  append_cell (s, p, "C2", text);
  g_string_append_printf (s, "</%srow><%srow r=\"3\">", p, p);
  append_cell (s, p, "A3", "x");
  g_string_append_printf (s, "</%srow>", p);
  /* White space between rows: no cell grows past the reader's limit. */
  if (padding > 0)
    {
      g_autofree char *pad = g_strnfill (padding, ' ');

      g_string_append (s, pad);
    }
  g_string_append_printf (s, "</%ssheetData>%s</%sworksheet>", p, merges, p);
  return g_string_free (s, FALSE);
}

/* The rows of a package made of @sheet. */
static char *
read_sheet (const char *sheet)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cohort-merges-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "list.xlsx", NULL);
  const char *names[] = { "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml" };
  const char *parts[] = { workbook, rels, sheet };
  GString *out = g_string_new (NULL);
  zip_t *zip = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      zip_source_t *source = zip_source_buffer (zip, parts[i], strlen (parts[i]), 0);

      g_assert_cmpint (zip_file_add (zip, names[i], source, 0), >=, 0);
    }
  g_assert_cmpint (zip_close (zip), ==, 0);
  g_assert_true (cohort_xlsx_read (path, NULL, NULL, cohort_test_collect_row, out, NULL, &error));
  g_assert_no_error (error);
  g_unlink (path);
  g_rmdir (dir);
  return g_string_free (out, FALSE);
}

static void
test_merges_found (void)
{
  const char *expected = "Title|Title|Title\na|b|TEXT\nx||TEXT\n";
  struct { const char *p, *merges; } cases[] = {
    /* as Excel and LibreOffice write them */
    { "", "<mergeCells count=\"2\"><mergeCell ref=\"A1:C1\"/><mergeCell ref=\"C2:C3\"/></mergeCells>" },
    /* with a prefix on every tag */
    { "x:", "<x:mergeCells count=\"2\"><x:mergeCell ref=\"A1:C1\"/><x:mergeCell ref=\"C2:C3\"/></x:mergeCells>" },
    /* not empty, with spaces and line breaks */
    { "", "<mergeCells\n count='2' ><mergeCell ref=\"A1:C1\"></mergeCell>\n<mergeCell ref=\"C2:C3\" /></mergeCells >" },
    /* a '>' in an attribute: parsed */
    { "", "<mergeCells count=\"2\" note=\"a>b\"><mergeCell ref=\"A1:C1\"/><mergeCell ref=\"C2:C3\"/></mergeCells>" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *sheet = make_sheet (cases[i].p, "TEXT", 0, cases[i].merges);
      g_autofree char *rows = read_sheet (sheet);

      g_assert_cmpstr (rows, ==, expected);
    }
}

static void
test_merges_unusual (void)
{
  g_autofree char *none = make_sheet ("", "TEXT", 0, "");
  g_autofree char *empty = make_sheet ("", "TEXT", 0, "<mergeCells count=\"0\"/>");
  g_autofree char *in_text = make_sheet ("", "see &lt;mergeCells&gt;", 0,
                                         "<mergeCells count=\"1\"><mergeCell ref=\"C2:C3\"/></mergeCells>");
  g_autofree char *outside = make_sheet ("", "TEXT", 0,
                                         "<mergeCells count=\"1\"><mergeCell ref=\"A1:C1\"/></mergeCells>"
                                         "<extLst><mergeCell ref=\"A2:B2\"/></extLst>");
  g_autofree char *rows = NULL;

  rows = read_sheet (none);
  g_assert_cmpstr (rows, ==, "Title\na|b|TEXT\nx\n");
  g_clear_pointer (&rows, g_free);
  rows = read_sheet (empty);
  g_assert_cmpstr (rows, ==, "Title\na|b|TEXT\nx\n");
  g_clear_pointer (&rows, g_free);
  /* The words in a cell are text, not a tag: the sheet is parsed. */
  rows = read_sheet (in_text);
  g_assert_cmpstr (rows, ==, "Title\na|b|see <mergeCells>\nx||see <mergeCells>\n");
  g_clear_pointer (&rows, g_free);
  /* A range listed outside <mergeCells> still counts, as it always did. */
  rows = read_sheet (outside);
  g_assert_cmpstr (rows, ==, "Title|Title|Title\na|a|TEXT\nx\n");
}

/* The sheet unpacks 64 KB at a time: the list of merged ranges starting
 * anywhere around the end of the first piece. */
static void
test_merges_across_chunks (void)
{
  const char *merges = "<mergeCells count=\"2\"><mergeCell ref=\"A1:C1\"/><mergeCell ref=\"C2:C3\"/></mergeCells>";
  g_autofree char *probe = make_sheet ("", "TEXT", 1, merges);
  gsize fixed = strlen (probe) - 1 - strlen (merges) - strlen ("</worksheet>");

  for (gsize k = 0; k < 48; k++)
    {
      gsize start = 65536 - 24 + k;   /* where "<mergeCells" begins */
      g_autofree char *sheet = make_sheet ("", "TEXT", start - fixed, merges);
      g_autofree char *rows = read_sheet (sheet);

      g_assert_cmpuint ((gsize) (strstr (sheet, "<mergeCells") - sheet), ==, start);
      g_assert_true (g_str_has_prefix (rows, "Title|Title|Title\na|b|TEXT\nx||TEXT\n"));
    }
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/xlsx/merges/found", test_merges_found);
  g_test_add_func ("/io/xlsx/merges/unusual", test_merges_unusual);
  g_test_add_func ("/io/xlsx/merges/across-chunks", test_merges_across_chunks);
  return g_test_run ();
}
