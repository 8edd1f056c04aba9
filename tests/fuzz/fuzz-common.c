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

#include "cohort-csv-reader.h"
#include "cohort-import-row.h"
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
      if (rows->map->header_row >= rows->first_rows->len ||
          rows->map->first_data_row <= rows->map->header_row ||
          rows->map->first_data_row > rows->map->header_row + 2)
        g_error ("header at row %u, data from row %u", rows->map->header_row, rows->map->first_data_row);
      for (guint c = 0; c < rows->map->n_columns; c++)
        if (rows->map->kinds[c] >= COHORT_N_COLUMN_KINDS)
          g_error ("column %u has kind %d", c, rows->map->kinds[c]);
      for (guint r = rows->map->first_data_row; r < rows->first_rows->len; r++)
        read_person (rows, g_ptr_array_index (rows->first_rows, r));
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
