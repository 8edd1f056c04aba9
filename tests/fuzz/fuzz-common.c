/* fuzz-common.c: what the fuzz targets of Cohort's readers share.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every check here aborts, which libFuzzer reports as a crash with the
 * input that caused it.
 */
#define _GNU_SOURCE

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include <string.h>
#include <zlib.h>

#include "cohort-csv-reader.h"
#include "cohort-import-row.h"
#include "cohort-import-table.h"
#include "fuzz-common.h"

#define HEADER_SEARCH_ROWS 30

/* A critical or a warning is a bug of the reader, not of the file; so is a
 * failed check of the targets (g_error ()). abort () rather than GLib's
 * breakpoint trap: libFuzzer saves the input on SIGABRT. */
static GLogWriterOutput
abort_writer (GLogLevelFlags   level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      g_log_writer_standard_streams (level, fields, n_fields, user_data);
      abort ();
    }
  return g_log_writer_default (level, fields, n_fields, user_data);
}

void
fuzz_init (void)
{
  g_log_set_writer_func (abort_writer, NULL, NULL);
  g_setenv ("TZ", "UTC", TRUE);
}

/* The readers of .xlsx and .xls open a path: the input goes to a file in
 * memory, written again for each input. */
const char *
fuzz_write_file (const guint8 *data,
                 gsize         size)
{
  static int fd = -1;
  static char path[64];
  gsize done = 0;

  if (fd < 0)
    {
      fd = memfd_create ("cohort-fuzz", MFD_CLOEXEC);
      if (fd < 0)
        g_error ("memfd_create: %s", g_strerror (errno));
      g_snprintf (path, sizeof path, "/proc/self/fd/%d", fd);
    }
  if (ftruncate (fd, 0) != 0)
    g_error ("ftruncate: %s", g_strerror (errno));
  while (done < size)
    {
      ssize_t n = pwrite (fd, data + done, size - done, (off_t) done);

      if (n <= 0)
        g_error ("pwrite: %s", g_strerror (errno));
      done += (gsize) n;
    }
  return path;
}

void
fuzz_check_text (const char *text)
{
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    g_error ("a reader gave text that is not UTF-8");
}

void
fuzz_rows_init (FuzzRows *rows)
{
  rows->first_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  rows->map = NULL;
  rows->n_rows = 0;
}

static void
read_person (FuzzRows          *rows,
             const char *const *cells)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_cell_problem_free);
  CohortPerson *person = cohort_import_row_read (rows->map, cells, problems);

  for (guint i = 0; i < problems->len; i++)
    {
      CohortCellProblem *problem = g_ptr_array_index (problems, i);

      if (problem->column >= rows->map->n_columns)
        g_error ("a problem in column %u of %u", problem->column, rows->map->n_columns);
      fuzz_check_text (problem->message);
    }
  g_clear_object (&person);
}

static void
find_header (FuzzRows *rows)
{
  rows->map = cohort_header_map_find (rows->first_rows);
  if (rows->map != NULL)
    {
      CohortHeaderMap *map = rows->map;

      /* One to three rows of header, then perhaps a row of column numbers */
      if (map->header_row >= rows->first_rows->len || map->n_header_rows < 1 || map->n_header_rows > 3 ||
          map->n_header_rows != map->rows->len || map->first_data_row < map->header_row + map->n_header_rows ||
          map->first_data_row > map->header_row + map->n_header_rows + 1)
        g_error ("header at row %u over %u rows, data from row %u", map->header_row, map->n_header_rows,
                 map->first_data_row);
      for (guint c = 0; c < map->n_columns; c++)
        {
          if (map->kinds[c] >= COHORT_N_COLUMN_KINDS)
            g_error ("column %u has kind %d", c, map->kinds[c]);
          if (map->labels[c] == NULL)
            g_error ("column %u has no label", c);
          fuzz_check_text (map->labels[c]);
        }
      for (guint r = map->first_data_row; r < rows->first_rows->len; r++)
        {
          cohort_import_table_is_header (map, g_ptr_array_index (rows->first_rows, r));
          read_person (rows, g_ptr_array_index (rows->first_rows, r));
        }
    }
  g_clear_pointer (&rows->first_rows, g_ptr_array_unref);
}

/* A CohortRowFunc: what every reader promises of the rows it hands on. */
gboolean
fuzz_rows_add (guint              row,
               const char *const *cells,
               guint              n_cells,
               gpointer           user_data,
               GError           **error)
{
  FuzzRows *rows = user_data;

  if (cells == NULL || cells[n_cells] != NULL)
    g_error ("row %u: %u cells but no NULL after them", row, n_cells);
  if (n_cells > COHORT_CSV_MAX_COLUMNS)
    g_error ("row %u: %u cells, more than the limit", row, n_cells);
  for (guint c = 0; c < n_cells; c++)
    {
      fuzz_check_text (cells[c]);
      if (g_utf8_strlen (cells[c], -1) > COHORT_CSV_MAX_CELL_CHARS)
        g_error ("row %u: a cell of %ld characters", row, g_utf8_strlen (cells[c], -1));
    }
  rows->n_rows++;

  if (rows->first_rows != NULL)
    {
      g_ptr_array_add (rows->first_rows, g_strdupv ((char **) cells));
      if (rows->first_rows->len == HEADER_SEARCH_ROWS)
        find_header (rows);
    }
  else if (rows->map != NULL)
    read_person (rows, cells);
  return TRUE;
}

void
fuzz_rows_finish (FuzzRows *rows)
{
  if (rows->first_rows != NULL)
    find_header (rows);
  g_clear_pointer (&rows->map, cohort_header_map_free);
}

/* Packages as text ------------------------------------------------------------------ */

#define PART_MARK "@@ "

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

/* The parts of @data ("@@ NAME" lines, each before its part) packed as a
 * zip, stored, with the right CRCs. */
GByteArray *
fuzz_pack_parts (const guint8 *data,
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

