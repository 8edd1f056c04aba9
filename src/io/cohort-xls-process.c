/* cohort-xls-process.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cohort_xls_read (): the rows of an .xls file, read by libfreexl in the
 * cohort-xls-rows helper process. libfreexl 1.0.6 crashes on some damaged
 * files (found by fuzzing); there such a file ends the helper and Cohort
 * says the file is damaged, instead of closing with the user's work.
 */
#define G_LOG_DOMAIN "cohort-xls-process"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "cohort-csv-reader.h"
#include "cohort-io-error.h"
#include "cohort-xls-reader.h"

/* Built beside this file, installed in libexecdir; COHORT_XLS_ROWS overrides. */
static char *
helper_path (void)
{
  const char *env = g_getenv ("COHORT_XLS_ROWS");

  if (env != NULL && *env)
    return g_strdup (env);
  if (g_file_test (COHORT_BUILD_XLS_ROWS, G_FILE_TEST_IS_EXECUTABLE))
    return g_strdup (COHORT_BUILD_XLS_ROWS);
  return g_build_filename (COHORT_LIBEXECDIR, "cohort-xls-rows", NULL);
}

static gboolean
read_u32 (GInputStream  *in,
          guint32       *n,
          GCancellable  *cancellable,
          GError       **error)
{
  gsize got = 0;

  return g_input_stream_read_all (in, n, sizeof *n, &got, cancellable, error) && got == sizeof *n;
}

static char *
read_text (GInputStream  *in,
           GCancellable  *cancellable,
           GError       **error)
{
  guint32 len;
  char *text;
  gsize got = 0;

  /* A cell is at most COHORT_CSV_MAX_CELL_CHARS characters of up to 4 bytes. */
  if (!read_u32 (in, &len, cancellable, error) || len > 4 * COHORT_CSV_MAX_CELL_CHARS + 4)
    return NULL;
  text = g_malloc (len + 1);
  if (!g_input_stream_read_all (in, text, len, &got, cancellable, error) || got != len)
    {
      g_free (text);
      return NULL;
    }
  text[len] = '\0';
  return text;
}

static void
set_damaged (const char  *path,
             GError     **error)
{
  g_autofree char *name = g_path_get_basename (path);

  g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CORRUPT,
               _("“%s” is not a readable .xls file: it may be damaged, protected by a password, or not an "
                 "Excel file. Open it in the spreadsheet program and save it again as .xlsx."), name);
}

/* The names of the sheets, as the helper sent them, once. */
static void
set_names (CohortXlsxInfo *info,
           GPtrArray      *names)
{
  if (info == NULL || info->sheets != NULL || names->len == 0)
    return;
  info->sheets = g_new0 (char *, names->len + 1);
  for (guint i = 0; i < names->len; i++)
    info->sheets[i] = g_strdup (g_ptr_array_index (names, i));
}

/* Reads the helper's output up to its last record: TRUE when it says it
 * read the sheet, FALSE with @error when it says why not, when @func stops,
 * or when the output ends early (the helper crashed). */
static gboolean
read_records (GInputStream   *in,
              const char     *path,
              CohortXlsxInfo *info,
              CohortRowFunc   func,
              gpointer        user_data,
              GCancellable   *cancellable,
              GError        **error)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GError *local_error = NULL;

  for (guint n = 0;; n++)
    {
      guchar tag;
      gsize got = 0;
      guint32 row, n_cells, code;

      if (!g_input_stream_read_all (in, &tag, 1, &got, cancellable, &local_error) || got != 1)
        break;
      if (tag == 'R')
        {
          if (!read_u32 (in, &row, cancellable, &local_error) || !read_u32 (in, &n_cells, cancellable, &local_error)
              || n_cells > COHORT_CSV_MAX_COLUMNS)
            break;
          g_ptr_array_set_size (cells, 0);
          for (guint c = 0; c < n_cells; c++)
            {
              char *text = read_text (in, cancellable, &local_error);

              if (text == NULL)
                goto ended;
              g_ptr_array_add (cells, text);
            }
          g_ptr_array_add (cells, NULL);
          set_names (info, names);
          if (!func (row, (const char *const *) cells->pdata, n_cells, user_data, error))
            return FALSE;
          if (n % 1024 == 1023 && g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
        }
      else if (tag == 'N')
        {
          char *name = read_text (in, cancellable, &local_error);

          if (name == NULL || names->len >= 256 || !g_utf8_validate (name, -1, NULL))
            {
              g_free (name);
              break;
            }
          g_ptr_array_add (names, name);
        }
      else if (tag == 'S')
        {
          g_autofree char *sheet = read_text (in, cancellable, &local_error);

          if (sheet == NULL || !read_u32 (in, &row, cancellable, &local_error))
            break;
          if (info != NULL)
            {
              info->sheet = *sheet ? g_steal_pointer (&sheet) : NULL;
              info->n_rows = row;
            }
          set_names (info, names);
          return TRUE;
        }
      else if (tag == 'E')
        {
          g_autofree char *message = NULL;

          if (!read_u32 (in, &code, cancellable, &local_error) ||
              (message = read_text (in, cancellable, &local_error)) == NULL)
            break;
          g_set_error_literal (error, COHORT_IO_ERROR, code, message);
          set_names (info, names);
          return FALSE;
        }
      else
        break;
    }

ended:
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, local_error);
  else
    {
      g_clear_error (&local_error);
      set_damaged (path, error);
    }
  return FALSE;
}

/**
 * cohort_xls_read:
 * @sheet: (nullable): the name of the sheet, or %NULL for the first
 * @info: (out) (optional): the sheet read and its number of rows
 * @func: called for each row in order, empty rows included
 *
 * Reads an .xls file as cohort_xls_read_here () does, in a helper process.
 *
 * Returns: %FALSE with @error set if the file cannot be read, @func stopped
 *   or @cancellable was cancelled
 */
gboolean
cohort_xls_read (const char      *path,
                 const char      *sheet,
                 CohortXlsxInfo  *info,
                 CohortRowFunc    func,
                 gpointer         user_data,
                 GCancellable    *cancellable,
                 GError         **error)
{
  g_autofree char *helper = helper_path ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) spawn_error = NULL;
  gboolean ok;

  g_return_val_if_fail (func != NULL, FALSE);

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &spawn_error,
                              helper, path, sheet, NULL);
  if (process == NULL)
    {
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_FAILED,
                   _("Cohort cannot read .xls files here: its helper “%s” did not start (%s). Save the list as "
                     ".xlsx and import that."), helper, spawn_error->message);
      return FALSE;
    }

  ok = read_records (g_subprocess_get_stdout_pipe (process), path, info, func, user_data, cancellable, error);
  if (!ok)
    g_subprocess_force_exit (process);
  g_subprocess_wait (process, NULL, NULL);
  return ok;
}
