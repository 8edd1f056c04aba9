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
#include <zlib.h>

#include "cohort-io-error.h"
#include "cohort-xlsx-reader.h"
#include "fuzz-common.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

#define PART_MARK "@@ "

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_init ();
  return 0;
}

static void
put16 (GByteArray *out,
       guint       v)
{
  guint8 b[2] = { v & 0xFF, (v >> 8) & 0xFF };

  g_byte_array_append (out, b, 2);
}

static void
put32 (GByteArray *out,
       guint32     v)
{
  guint8 b[4] = { v & 0xFF, (v >> 8) & 0xFF, (v >> 16) & 0xFF, (v >> 24) & 0xFF };

  g_byte_array_append (out, b, 4);
}

/* One record of a stored zip: a local header (central = FALSE) or a central
 * directory entry. */
static void
put_header (GByteArray   *out,
            gboolean      central,
            const guint8 *name,
            gsize         name_len,
            guint32       crc,
            guint32       size,
            guint32       offset)
{
  put32 (out, central ? 0x02014b50 : 0x04034b50);
  if (central)
    put16 (out, 20);            /* made by */
  put16 (out, 20);              /* needed */
  put16 (out, 0x0800);          /* UTF-8 names */
  put16 (out, 0);               /* stored */
  put16 (out, 0);               /* time */
  put16 (out, 0x21);            /* date: 1980-01-01 */
  put32 (out, crc);
  put32 (out, size);
  put32 (out, size);
  put16 (out, (guint) name_len);
  put16 (out, 0);               /* extra */
  if (central)
    {
      put16 (out, 0);           /* comment */
      put16 (out, 0);           /* disk */
      put16 (out, 0);           /* internal attributes */
      put32 (out, 0);           /* external attributes */
      put32 (out, offset);
    }
  g_byte_array_append (out, name, (guint) name_len);
}

/* The parts of @data packed as a zip. */
static GByteArray *
pack_parts (const guint8 *data,
            gsize         size)
{
  GByteArray *zip = g_byte_array_new ();
  g_autoptr(GByteArray) central = g_byte_array_new ();
  const guint8 *end = data + size;
  const guint8 *p = data;
  guint n_parts = 0;

  /* Text before the first mark is not part of the package. */
  while (p < end && !(end - p >= 3 && memcmp (p, PART_MARK, 3) == 0 && (p == data || p[-1] == '\n')))
    p++;

  while (p < end && n_parts < 0xFFFF)
    {
      const guint8 *name = p + 3;
      const guint8 *name_end = memchr (name, '\n', end - name);
      const guint8 *content, *content_end;
      gsize name_len;
      guint32 crc, offset = zip->len;

      if (name_end == NULL)
        break;
      name_len = MIN ((gsize) (name_end - name), 0xFFFF);
      content = name_end + 1;
      /* The part ends before the newline of the next mark. */
      for (content_end = content; content_end < end; content_end++)
        if (*content_end == '\n' && end - content_end > 3 && memcmp (content_end + 1, PART_MARK, 3) == 0)
          break;

      crc = crc32 (0, content, (uInt) (content_end - content));
      put_header (zip, FALSE, name, name_len, crc, (guint32) (content_end - content), 0);
      g_byte_array_append (zip, content, (guint) (content_end - content));
      put_header (central, TRUE, name, name_len, crc, (guint32) (content_end - content), offset);
      n_parts++;
      p = content_end < end ? content_end + 1 : end;
    }

  {
    guint32 central_offset = zip->len;

    g_byte_array_append (zip, central->data, central->len);
    put32 (zip, 0x06054b50);
    put16 (zip, 0);
    put16 (zip, 0);
    put16 (zip, n_parts);
    put16 (zip, n_parts);
    put32 (zip, central->len);
    put32 (zip, central_offset);
    put16 (zip, 0);
  }
  return zip;
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
      zip = pack_parts (data, size);
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
  cohort_xlsx_info_clear (&info);
  return 0;
}
