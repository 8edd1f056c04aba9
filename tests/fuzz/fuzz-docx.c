/* fuzz-docx.c: the .docx and .ods readers (cohort_docx_read (),
 * cohort_ods_read ()), their rows read as an import reads them.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An input is a zip file as it is, or the parts of a package as text
 * ("@@ word/document.xml", then the part; see fuzz-xlsx.c), packed by the
 * target. Both readers read each input: the one whose part is missing
 * refuses it at once.
 */
#include <string.h>

#include "cohort-docx-reader.h"
#include "cohort-io-error.h"
#include "fuzz-common.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_init ();
  return 0;
}

static void
read_with (gboolean    (*read) (const char *, guint *, CohortRowFunc, gpointer, GCancellable *, GError **),
           const char   *path)
{
  g_autoptr(GError) error = NULL;
  FuzzRows rows;
  gboolean ok;

  fuzz_rows_init (&rows);
  ok = read (path, NULL, fuzz_rows_add, &rows, NULL, &error);
  fuzz_rows_finish (&rows);
  if (ok && error != NULL)
    g_error ("read and an error");
  if (!ok)
    {
      if (error == NULL || error->domain != COHORT_IO_ERROR)
        g_error ("not read and no error of Cohort's: %s", error ? error->message : "(none)");
      fuzz_check_text (error->message);
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GByteArray) zip = NULL;
  const char *path;

  if (size >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    path = fuzz_write_file (data, size);
  else
    {
      zip = fuzz_pack_parts (data, size);
      path = fuzz_write_file (zip->data, zip->len);
    }
  read_with (cohort_docx_read, path);
  read_with (cohort_ods_read, path);
  return 0;
}
