/* fuzz-text-decode.c: the bytes of a text file into Unicode
 * (cohort_text_decode ()).
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cohort-io-error.h"
#include "cohort-text-decode.h"
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
  g_autofree char *text = NULL;
  CohortTextEncoding encoding = -1;
  gboolean ascii = memchr (data, '\0', size) == NULL;

  for (gsize i = 0; i < size && ascii; i++)
    ascii = data[i] < 0x80;

  text = cohort_text_decode (data, size, &encoding, &error);
  if (text == NULL)
    {
      if (error == NULL || error->domain != COHORT_IO_ERROR)
        g_error ("no text and no error of Cohort's");
      return 0;
    }
  if (error != NULL)
    g_error ("text and an error");
  fuzz_check_text (text);
  if (encoding < COHORT_TEXT_UTF8 || encoding > COHORT_TEXT_VNI)
    g_error ("encoding %d", encoding);
  fuzz_check_text (cohort_text_encoding_name (encoding));

  /* ASCII is UTF-8, and already NFC: it comes out as it went in. */
  if (ascii && (encoding != COHORT_TEXT_UTF8 || strlen (text) != size || memcmp (text, data, size) != 0))
    g_error ("ASCII changed by decoding");
  return 0;
}
