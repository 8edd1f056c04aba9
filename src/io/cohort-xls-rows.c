/* cohort-xls-rows.c: reads an .xls file with libfreexl and hands its rows to
 * Cohort over standard output (cohort-xls-process.c reads them). libfreexl
 * crashes on some damaged files; in a process of its own, such a file ends
 * this helper, not the program that asked.
 *
 * Output, in the machine's byte order: first 'N' with the name of each
 * sheet of the workbook; per row 'R', the row, the number of cells, then
 * each cell as a length and its UTF-8 bytes; at the end either 'S' with the
 * sheet's name and the number of rows, or 'E' with the error's code and
 * message.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "cohort-io-error.h"
#include "cohort-xls-reader.h"

static void
put_u32 (guint32 n)
{
  fwrite (&n, sizeof n, 1, stdout);
}

static void
put_text (const char *text)
{
  guint32 len = text ? (guint32) strlen (text) : 0;

  put_u32 (len);
  if (len > 0)
    fwrite (text, 1, len, stdout);
}

/* The names of the sheets, once, before anything else. */
static void
put_names (CohortXlsxInfo *info)
{
  static gboolean done;

  if (done)
    return;
  done = TRUE;
  for (guint i = 0; info->sheets != NULL && info->sheets[i] != NULL; i++)
    {
      fputc ('N', stdout);
      put_text (info->sheets[i]);
    }
}

static gboolean
put_row (guint              row,
         const char *const *cells,
         guint              n_cells,
         gpointer           user_data,
         GError           **error)
{
  put_names (user_data);
  fputc ('R', stdout);
  put_u32 (row);
  put_u32 (n_cells);
  for (guint c = 0; c < n_cells; c++)
    put_text (cells[c]);
  return !ferror (stdout);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  CohortXlsxInfo info = { 0 };

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_file_test (COHORT_BUILD_LOCALEDIR, G_FILE_TEST_IS_DIR)
                                   ? COHORT_BUILD_LOCALEDIR : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  if (argc < 2)
    {
      fprintf (stderr, "usage: cohort-xls-rows FILE.xls [SHEET]\n");
      return 2;
    }

  if (cohort_xls_read_here (argv[1], argc > 2 ? argv[2] : NULL, &info, put_row, &info, NULL, &error))
    {
      put_names (&info);
      fputc ('S', stdout);
      put_text (info.sheet);
      put_u32 (info.n_rows);
      cohort_xlsx_info_clear (&info);
    }
  else
    {
      put_names (&info);
      cohort_xlsx_info_clear (&info);
      fputc ('E', stdout);
      put_u32 (error->domain == COHORT_IO_ERROR ? (guint32) error->code : COHORT_IO_ERROR_FAILED);
      put_text (error->message);
    }
  return fflush (stdout) == 0 ? 0 : 1;
}
