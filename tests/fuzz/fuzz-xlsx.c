/* fuzz-xlsx.c: the .xlsx reader (cohort_xlsx_read ()), its rows read as an
 * import reads them.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An input is either a zip file as it is, or — what most of the corpus is —
 * the parts of a package as text:
 *
 *   @@ xl/workbook.xml
 *   <workbook>…</workbook>
 *   @@ xl/worksheets/sheet1.xml
 *   …
 *
 * which the target packs into a zip (stored, with the right CRCs) before
 * reading it. Mutations of a zip's compressed bytes mostly give a bad CRC
 * at the end of a part; mutations of the text reach the XML the reader
 * walks through.
 */
#include <string.h>

#include "cohort-io-error.h"
#include "cohort-xlsx-reader.h"
#include "fuzz-common.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GByteArray) zip = NULL;
  CohortXlsxInfo info = { 0 };
  FuzzRows rows;
  const char *path;
  gboolean ok;

  if (size >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    path = fuzz_write_file (data, size);
  else
    {
      zip = fuzz_pack_parts (data, size);
      path = fuzz_write_file (zip->data, zip->len);
    }

  fuzz_rows_init (&rows);
  ok = cohort_xlsx_read (path, NULL, &info, fuzz_rows_add, &rows, NULL, &error);
  fuzz_rows_finish (&rows);

  if (ok)
    {
      if (error != NULL)
        g_error ("read and an error");
      if (info.sheet != NULL)   /* NULL for a <sheet> without a name */
        fuzz_check_text (info.sheet);
    }
  else
    {
      if (error == NULL || error->domain != COHORT_IO_ERROR)
        g_error ("not read and no error of Cohort's: %s", error ? error->message : "(none)");
      fuzz_check_text (error->message);
      if (info.sheet != NULL)
        g_error ("a sheet name with an error");
    }
  for (guint i = 0; info.sheets != NULL && info.sheets[i] != NULL; i++)
    fuzz_check_text (info.sheets[i]);
  cohort_xlsx_info_clear (&info);
  return 0;
}
