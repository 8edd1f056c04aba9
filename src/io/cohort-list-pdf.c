/* cohort-list-pdf.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An official list as a PDF: the pages of the renderer (cohort-list-render.c)
 * on a cairo PDF surface, A4 landscape; and the writing of any of Cohort's
 * PDF files, whole or not at all (_cohort_pdf_write_file ()).
 */
#define G_LOG_DOMAIN "cohort-list-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#ifdef G_OS_UNIX
#include <unistd.h>    /* fsync, behind g_fsync */
#endif

#include "cohort-io-error.h"
#include "cohort-list-pdf.h"
#include "cohort-list-render.h"
#include "cohort-pdf-private.h"
#include "cohort-platform.h"

#ifndef O_BINARY
#define O_BINARY 0
#endif

typedef struct
{
  FILE *file;
  int   saved_errno;
} PdfStream;

static cairo_status_t
write_pdf_cb (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  PdfStream *stream = closure;

  if (fwrite (data, 1, length, stream->file) != length)
    {
      stream->saved_errno = errno;
      return CAIRO_STATUS_WRITE_ERROR;
    }
  return CAIRO_STATUS_SUCCESS;
}

static char *
dup_pdf_title (CohortListDocument *doc)
{
  GString *title = g_string_new (NULL);

  for (guint i = 0; i < doc->title->len; i++)
    {
      CohortListText *line = g_ptr_array_index (doc->title, i);

      g_string_append_printf (title, "%s%s", title->len ? " " : "", line->text);
    }
  return g_string_free (title, FALSE);
}

/* The same words as the .xlsx writer's, for the same failures. */
static void
set_unfinished_error (GError     **error,
                      const char  *path)
{
  g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CANNOT_WRITE,
               _("Cohort could not finish writing “%s”. Free some disk space, or choose another "
                 "folder, and try again."), path);
}

static gboolean
render_pdf (FILE               *file,
            const char         *path,
            const char         *title,
            double              width,
            double              height,
            CohortPdfPaintFunc  paint,
            gpointer            data,
            GError            **error)
{
  PdfStream stream = { file, 0 };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  surface = cairo_pdf_surface_create_for_stream (write_pdf_cb, &stream, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Cohort " PACKAGE_VERSION);
  cr = cairo_create (surface);
  paint (cr, data);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      if (stream.saved_errno == 0)
        g_debug ("cairo: %s", cairo_status_to_string (status));
      set_unfinished_error (error, path);
      return FALSE;
    }
  return TRUE;
}

/**
 * _cohort_pdf_write_file:
 * @path: the file to write; an existing file is replaced
 * @title: the document's title, in the file's properties
 * @width: of the pages, in points
 * @height: of the pages, in points
 * @paint: draws every page, each followed by cairo_show_page ()
 * @error: why it could not be written, in words for the user
 *
 * The file is written beside @path under a hidden temporary name and renamed
 * over it when complete, so @path holds either its old content or the whole
 * new document, never half of one. @paint runs in the C locale, whatever the
 * window's language.
 *
 * Returns: %TRUE on success; %COHORT_IO_ERROR_CANNOT_WRITE otherwise
 */
gboolean
_cohort_pdf_write_file (const char          *path,
                        const char          *title,
                        double               width,
                        double               height,
                        CohortPdfPaintFunc   paint,
                        gpointer             data,
                        GError             **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  CohortSavedLocale *locale;
  gboolean ok;
  FILE *file = NULL;
  int fd;

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (tmp, O_WRONLY | O_BINARY, 0666);
  if (fd < 0 || (file = fdopen (fd, "wb")) == NULL)
    {
      int saved = errno;

      if (fd >= 0)
        {
          g_close (fd, NULL);
          g_unlink (tmp);
        }
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CANNOT_WRITE,
                   _("Cohort cannot write in the folder “%s” (%s). Choose a folder you may write to."),
                   dir, g_strerror (saved));
      return FALSE;
    }

  locale = cohort_platform_use_c_locale ();
  ok = render_pdf (file, path, title, width, height, paint, data, error);
  cohort_platform_restore_locale (locale);

  /* On disk before the rename, or a power cut could leave an empty file
   * under the old name. */
  if (ok && (fflush (file) != 0 || g_fsync (fileno (file)) != 0))
    {
      set_unfinished_error (error, path);
      ok = FALSE;
    }
  if (fclose (file) != 0 && ok)
    {
      set_unfinished_error (error, path);
      ok = FALSE;
    }
  if (ok && g_rename (tmp, path) != 0)
    {
      int saved = errno;

      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CANNOT_WRITE,
                   _("Cohort could not save “%s” (%s). Close the file if it is open in another "
                     "program, or choose another name."), path, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (tmp);
  return ok;
}

static void
paint_list (cairo_t  *cr,
            gpointer  data)
{
  CohortListRender *render = data;

  for (guint page = 0; page < cohort_list_render_get_n_pages (render); page++)
    {
      cohort_list_render_draw_page (render, cr, page);
      cairo_show_page (cr);
    }
}

/**
 * cohort_list_document_write_pdf:
 * @doc: the list
 * @path: the file to write; an existing file is replaced
 * @error: why it could not be written, in words for the user
 *
 * Writes @doc as a PDF on A4 landscape pages, as the print dialog prints it.
 * The file is written beside @path under a hidden temporary name and renamed
 * over it when complete, so @path holds either its old content or the whole
 * new list, never half of one. Runs in the C locale, whatever the window's
 * language.
 *
 * Returns: %TRUE on success; %COHORT_IO_ERROR_CANNOT_WRITE otherwise
 */
gboolean
cohort_list_document_write_pdf (CohortListDocument  *doc,
                                const char          *path,
                                GError             **error)
{
  g_autoptr(CohortListRender) render = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CANNOT_WRITE,
                   _("“%s” is a folder. Choose a file name for the list."), path);
      return FALSE;
    }

  title = dup_pdf_title (doc);
  render = cohort_list_render_new (doc, COHORT_LIST_PAGE_WIDTH, COHORT_LIST_PAGE_HEIGHT, NULL);
  return _cohort_pdf_write_file (path, title, COHORT_LIST_PAGE_WIDTH, COHORT_LIST_PAGE_HEIGHT, paint_list, render,
                                 error);
}
