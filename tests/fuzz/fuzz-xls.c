/* fuzz-xls.c: the .xls reader (cohort_xls_read_here (), over libfreexl), its rows
 * read as an import reads them.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cohort-io-error.h"
#include "cohort-xls-reader.h"
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
  CohortXlsxInfo info = { 0 };
  FuzzRows rows;
  gboolean ok;

  fuzz_rows_init (&rows);
  ok = cohort_xls_read_here (fuzz_write_file (data, size), NULL, &info, fuzz_rows_add, &rows, NULL, &error);
  fuzz_rows_finish (&rows);

  if (ok)
    {
      if (error != NULL)
        g_error ("read and an error");
      if (info.sheet != NULL)
        fuzz_check_text (info.sheet);
      if (info.n_rows > rows.n_rows)
        g_error ("%u rows counted, %u read", info.n_rows, rows.n_rows);
    }
  else
    {
      if (error == NULL || error->domain != COHORT_IO_ERROR)
        g_error ("not read and no error of Cohort's: %s", error ? error->message : "(none)");
      fuzz_check_text (error->message);
    }
  for (guint i = 0; info.sheets != NULL && info.sheets[i] != NULL; i++)
    fuzz_check_text (info.sheets[i]);
  cohort_xlsx_info_clear (&info);
  return 0;
}
