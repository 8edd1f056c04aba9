/* cohort-docx-reader.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lists typed in a word processor: the tables of a .docx (word/document.xml:
 * w:tbl/w:tr/w:tc, cells spread over columns with w:gridSpan and down rows
 * with w:vMerge, text in w:t runs) and the first sheet of an OpenDocument
 * spreadsheet (.ods: content.xml, table:table-row/table:table-cell, repeated
 * rows and cells, spans), read as the rows of a sheet. The paragraphs around
 * a .docx table (the title above, the count, date and signers below) come
 * as rows of one cell, so the import finds the header and the table's end
 * as in a workbook. Streamed with the .xlsx reader's libzip + libxml2
 * helpers and limits: parts that unpack too far, a DTD, too many columns or
 * too long a cell are refused, and no text that is not UTF-8 is handed on.
 */
#define G_LOG_DOMAIN "cohort-docx-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "cohort-docx-reader.h"
#include "cohort-io-error.h"
#include "cohort-xlsx-private.h"

/* Rows an .ods may repeat (trailing empty rows are written as one row
 * repeated a million times) and cells of a row. */
#define MAX_REPEAT_ROWS 10000

typedef struct
{
  Xlsx           x;
  CohortRowFunc  func;
  gpointer       user_data;
  GPtrArray     *cells;       /* of the row being read */
  guint          row;         /* rows handed on */
  guint64        handed_on;
} Reading;

static void
set_corrupt (GError     **error,
             const char  *path,
             const char  *kind)
{
  g_autofree char *name = g_path_get_basename (path);

  /* Translators: a file name, then its kind: ".docx" or ".ods" */
  g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CORRUPT,
               _("“%s” is not a readable %s file: it may be damaged or cut short. Open it and save it again."),
               name, kind);
}

/* The helpers' "not a readable .xlsx" becomes what this file is. */
static void
fix_error (GError     **error,
           const char  *path,
           const char  *kind)
{
  if (error != NULL && *error != NULL && g_error_matches (*error, COHORT_IO_ERROR, COHORT_IO_ERROR_CORRUPT) &&
      strstr ((*error)->message, ".xlsx") != NULL && strstr ((*error)->message, "DTD") == NULL)
    {
      g_clear_error (error);
      set_corrupt (error, path, kind);
    }
}

static gboolean
emit (Reading  *r,
      GError  **error)
{
  gboolean ok;

  for (guint c = 0; c < r->cells->len; c++)
    {
      char *cell = g_ptr_array_index (r->cells, c);

      if (cell == NULL)
        g_ptr_array_index (r->cells, c) = cell = g_strdup ("");
      if (!g_utf8_validate (cell, -1, NULL))
        {
          _cohort_xlsx_set_not_utf8 (error, r->x.path);
          return FALSE;
        }
      r->handed_on += 1 + strlen (cell);
    }
  if (r->handed_on > COHORT_XLSX_MAX_PART_BYTES)
    {
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_TOO_LARGE,
                   _("This file unpacks to more than %d MB. It is not a list of students: check that you chose "
                     "the right file."), COHORT_XLSX_MAX_PART_BYTES / (1024 * 1024));
      return FALSE;
    }
  g_ptr_array_add (r->cells, NULL);
  ok = r->func (r->row++, (const char *const *) r->cells->pdata, r->cells->len - 1, r->user_data, error);
  g_ptr_array_set_size (r->cells, 0);
  return ok;
}

static gboolean
put_cell (Reading     *r,
          guint        col,
          const char  *value,
          GError     **error)
{
  if (col >= COHORT_CSV_MAX_COLUMNS)
    {
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_TOO_LARGE,
                   _("Row %u has more than %d columns. This is not a list of students: check that you chose the "
                     "right file."), r->row + 1, COHORT_CSV_MAX_COLUMNS);
      return FALSE;
    }
  _cohort_xlsx_emit_cell (r->cells, col, g_strdup (value));
  return TRUE;
}

static gboolean
check_cell_length (Reading  *r,
                   GString  *text,
                   GError  **error)
{
  if (text->len <= COHORT_CSV_MAX_CELL_CHARS * 4)
    return TRUE;
  g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_TOO_LARGE,
               _("Row %u has a cell longer than %d characters. This is not a list of students: check that you "
                 "chose the right file."), r->row + 1, COHORT_CSV_MAX_CELL_CHARS);
  return FALSE;
}

static int
int_attribute (xmlTextReaderPtr  reader,
               const char       *name,
               int               fallback)
{
  g_autofree char *value = _cohort_xlsx_attribute (reader, name);

  return value != NULL ? atoi (value) : fallback;
}

/* .docx ----------------------------------------------------------------------------------- */

/* Reads word/document.xml: tables row by row, other paragraphs of the body
 * as rows of one cell. Tables inside a cell are read as its text. */
static gboolean
read_document (Reading       *r,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GString) text = g_string_new (NULL);        /* of the paragraph or the cell */
  g_autoptr(GPtrArray) above = g_ptr_array_new_with_free_func (g_free);   /* cell values by grid column */
  PartStream stream;
  xmlTextReaderPtr reader = _cohort_xlsx_open_part (&r->x, "word/document.xml", &stream);
  gboolean failed = FALSE, in_text = FALSE;
  int table_depth = 0, span = 1;
  guint col = 0;
  enum { MERGE_NONE, MERGE_RESTART, MERGE_CONTINUE } vmerge = MERGE_NONE;
  gboolean in_cell = FALSE, in_paragraph = FALSE;

  if (reader == NULL)
    {
      set_corrupt (error, r->x.path, ".docx");
      return FALSE;
    }
  while (!failed && _cohort_xlsx_next_node (&r->x, reader, &stream, &failed, error))
    {
      int type = xmlTextReaderNodeType (reader);
      const char *name = (const char *) xmlTextReaderConstLocalName (reader);
      gboolean empty = type == XML_READER_TYPE_ELEMENT && xmlTextReaderIsEmptyElement (reader);
      gboolean start = type == XML_READER_TYPE_ELEMENT, end = type == XML_READER_TYPE_END_ELEMENT || empty;

      if (name == NULL)
        continue;
      if (start && g_str_equal (name, "tbl"))
        {
          if (table_depth++ == 0)
            g_ptr_array_set_size (above, 0);
        }
      else if (end && g_str_equal (name, "tbl"))
        table_depth = MAX (table_depth - 1, 0);
      else if (table_depth == 1 && start && g_str_equal (name, "tr"))
        {
          col = 0;
          g_ptr_array_set_size (r->cells, 0);
        }
      else if (table_depth == 1 && end && g_str_equal (name, "tr"))
        {
          failed = !emit (r, error);
          if (!failed && r->row % 1024 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
            failed = TRUE;
        }
      else if (table_depth == 1 && start && g_str_equal (name, "tc"))
        {
          in_cell = TRUE;
          span = 1;
          vmerge = MERGE_NONE;
          g_string_truncate (text, 0);
        }
      else if (table_depth == 1 && in_cell && g_str_equal (name, "gridSpan") && start)
        span = CLAMP (int_attribute (reader, "w:val", 1), 1, COHORT_CSV_MAX_COLUMNS);
      else if (table_depth == 1 && in_cell && g_str_equal (name, "vMerge") && start)
        {
          g_autofree char *val = _cohort_xlsx_attribute (reader, "w:val");

          vmerge = g_strcmp0 (val, "restart") == 0 ? MERGE_RESTART : MERGE_CONTINUE;
        }
      else if (table_depth == 1 && end && g_str_equal (name, "tc"))
        {
          g_autofree char *value = g_strdup (g_strstrip (text->str));

          in_cell = FALSE;
          /* A cell merged down takes the value of the cell where the merge starts */
          if (vmerge == MERGE_CONTINUE && col < above->len && g_ptr_array_index (above, col) != NULL)
            {
              g_free (value);
              value = g_strdup (g_ptr_array_index (above, col));
            }
          for (int s = 0; s < span && !failed; s++, col++)
            {
              failed = !put_cell (r, col, value, error);
              if (above->len <= col)
                g_ptr_array_set_size (above, col + 1);
              g_free (g_ptr_array_index (above, col));
              g_ptr_array_index (above, col) = g_strdup (value);
            }
        }
      else if (g_str_equal (name, "p") && table_depth == 0)
        {
          if (start)
            {
              in_paragraph = !empty;
              g_string_truncate (text, 0);
            }
          if (end)
            {
              g_autofree char *value = g_strdup (g_strstrip (text->str));

              in_paragraph = FALSE;
              g_ptr_array_set_size (r->cells, 0);
              if (*value != '\0')
                failed = !put_cell (r, 0, value, error);
              failed = failed || !emit (r, error);
            }
        }
      else if (g_str_equal (name, "p") && end && in_cell && text->len > 0 && text->str[text->len - 1] != ' ')
        g_string_append_c (text, ' ');   /* paragraphs of a cell, one after the other */
      else if (start && !empty && g_str_equal (name, "t") && (in_cell || in_paragraph))
        in_text = TRUE;
      else if (type == XML_READER_TYPE_END_ELEMENT && g_str_equal (name, "t"))
        in_text = FALSE;
      else if (start && (g_str_equal (name, "tab") || g_str_equal (name, "br")) && (in_cell || in_paragraph))
        g_string_append_c (text, ' ');

      if (in_text && (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE))
        {
          g_string_append (text, (const char *) xmlTextReaderConstValue (reader));
          failed = failed || !check_cell_length (r, text, error);
        }
    }
  _cohort_xlsx_close_part (reader, &stream);
  fix_error (error, r->x.path, ".docx");
  return !failed;
}

/* .ods ------------------------------------------------------------------------------------- */

/* Reads the first table of content.xml. */
static gboolean
read_content (Reading       *r,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) row_cells = g_ptr_array_new_with_free_func (g_free);
  PartStream stream;
  xmlTextReaderPtr reader = _cohort_xlsx_open_part (&r->x, "content.xml", &stream);
  gboolean failed = FALSE, in_table = FALSE, in_cell = FALSE, done = FALSE, in_p = FALSE;
  int repeat_row = 1, repeat_cell = 1, span = 1;
  guint col = 0, empty_rows = 0;
  g_autofree char *value = NULL;

  if (reader == NULL)
    {
      set_corrupt (error, r->x.path, ".ods");
      return FALSE;
    }
  while (!failed && !done && _cohort_xlsx_next_node (&r->x, reader, &stream, &failed, error))
    {
      int type = xmlTextReaderNodeType (reader);
      const char *name = (const char *) xmlTextReaderConstLocalName (reader);
      gboolean empty = type == XML_READER_TYPE_ELEMENT && xmlTextReaderIsEmptyElement (reader);
      gboolean start = type == XML_READER_TYPE_ELEMENT, end = type == XML_READER_TYPE_END_ELEMENT || empty;

      if (name == NULL)
        continue;
      if (start && g_str_equal (name, "table") && !empty)
        in_table = TRUE;
      else if (end && g_str_equal (name, "table") && in_table)
        done = TRUE;   /* the first sheet only */
      else if (in_table && start && g_str_equal (name, "table-row"))
        {
          repeat_row = CLAMP (int_attribute (reader, "table:number-rows-repeated", 1), 1, G_MAXINT);
          col = 0;
          g_ptr_array_set_size (row_cells, 0);
          if (empty)
            goto row_end;
        }
      else if (in_table && end && g_str_equal (name, "table-row"))
        {
          gboolean blank;

row_end:
          blank = TRUE;
          for (guint c = 0; c < row_cells->len && blank; c++)
            blank = g_ptr_array_index (row_cells, c) == NULL || *(char *) g_ptr_array_index (row_cells, c) == '\0';
          /* Empty rows are handed on when more rows follow them, and no more than a list could have */
          if (blank)
            {
              empty_rows = (guint) MIN ((guint64) empty_rows + repeat_row, (guint64) G_MAXUINT);
              continue;
            }
          for (guint e = 0; e < MIN (empty_rows, MAX_REPEAT_ROWS) && !failed; e++)
            failed = !emit (r, error);
          empty_rows = 0;
          for (int k = 0; k < MIN (repeat_row, MAX_REPEAT_ROWS) && !failed; k++)
            {
              for (guint c = 0; c < row_cells->len && !failed; c++)
                failed = !put_cell (r, c, g_ptr_array_index (row_cells, c) ?: "", error);
              failed = failed || !emit (r, error);
            }
          if (!failed && g_cancellable_set_error_if_cancelled (cancellable, error))
            failed = TRUE;
        }
      else if (in_table && start && (g_str_equal (name, "table-cell") || g_str_equal (name, "covered-table-cell")))
        {
          g_autofree char *kind = _cohort_xlsx_attribute (reader, "office:value-type");

          repeat_cell = CLAMP (int_attribute (reader, "table:number-columns-repeated", 1), 1,
                               COHORT_CSV_MAX_COLUMNS + 1);
          span = g_str_equal (name, "covered-table-cell") ? 0
                 : CLAMP (int_attribute (reader, "table:number-columns-spanned", 1), 1, COHORT_CSV_MAX_COLUMNS);
          g_string_truncate (text, 0);
          g_clear_pointer (&value, g_free);
          if (g_strcmp0 (kind, "date") == 0)
            {
              g_autofree char *date = _cohort_xlsx_attribute (reader, "office:date-value");

              value = date ? g_strndup (date, 10) : NULL;   /* "1980-01-05T00:00:00" */
            }
          else if (g_strcmp0 (kind, "float") == 0 || g_strcmp0 (kind, "percentage") == 0)
            value = _cohort_xlsx_attribute (reader, "office:value");
          in_cell = !empty;
          if (empty)
            goto cell_end;
        }
      else if (in_table && end && (g_str_equal (name, "table-cell") || g_str_equal (name, "covered-table-cell")))
        {
          const char *v;

cell_end:
          in_cell = FALSE;
          v = value != NULL ? value : g_strstrip (text->str);
          /* A covered cell (under a span) repeats the value of the cell that spans it */
          if (span == 0 && col > 0 && col - 1 < row_cells->len)
            v = g_ptr_array_index (row_cells, col - 1) ?: "";
          for (int k = 0; k < MAX (repeat_cell, 1) && !failed; k++, col++)
            {
              if (*v == '\0' && k > 0)
                {
                  /* Trailing empty cells repeat far: only count them */
                  col += repeat_cell - 1 - k;
                  break;
                }
              if (col >= COHORT_CSV_MAX_COLUMNS)
                {
                  if (*v == '\0')
                    break;
                  failed = !put_cell (r, col, v, error);
                  break;
                }
              if (row_cells->len <= col)
                g_ptr_array_set_size (row_cells, col + 1);
              g_free (g_ptr_array_index (row_cells, col));
              g_ptr_array_index (row_cells, col) = g_strdup (v);
            }
        }
      else if (in_cell && g_str_equal (name, "p"))
        {
          if (start && !empty)
            {
              if (text->len > 0)
                g_string_append_c (text, ' ');
              in_p = TRUE;
            }
          else if (end)
            in_p = FALSE;
        }
      else if (in_p && start && (g_str_equal (name, "s") || g_str_equal (name, "tab") ||
                                 g_str_equal (name, "line-break")))
        g_string_append_c (text, ' ');

      if (in_p && (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE))
        {
          g_string_append (text, (const char *) xmlTextReaderConstValue (reader));
          failed = failed || !check_cell_length (r, text, error);
        }
    }
  _cohort_xlsx_close_part (reader, &stream);
  fix_error (error, r->x.path, ".ods");
  return !failed;
}

/* Public API ------------------------------------------------------------------------------ */

static gboolean
read_package (const char    *path,
              const char    *kind,
              gboolean     (*read) (Reading *, GCancellable *, GError **),
              guint         *n_rows,
              CohortRowFunc  func,
              gpointer       user_data,
              GCancellable  *cancellable,
              GError       **error)
{
  Reading r = { { 0 }, func, user_data, NULL, 0, 0 };
  int zip_error = 0;
  gboolean ok;

  g_return_val_if_fail (path != NULL && func != NULL, FALSE);

  r.x.path = path;
  r.x.zip = zip_open (path, ZIP_RDONLY, &zip_error);
  if (r.x.zip == NULL)
    {
      set_corrupt (error, path, kind);
      return FALSE;
    }
  r.cells = g_ptr_array_new_with_free_func (g_free);
  ok = read (&r, cancellable, error);
  if (n_rows != NULL)
    *n_rows = r.row;
  g_ptr_array_unref (r.cells);
  zip_discard (r.x.zip);
  return ok;
}

/**
 * cohort_docx_read:
 * @n_rows: (out) (optional): rows handed on
 * @func: called for each row in order: a paragraph outside the tables as a
 *   row of one cell (an empty paragraph as an empty row), each table row
 *
 * Returns: %FALSE with @error set if the file cannot be read, @func stopped
 *   or @cancellable was cancelled
 */
gboolean
cohort_docx_read (const char     *path,
                  guint          *n_rows,
                  CohortRowFunc   func,
                  gpointer        user_data,
                  GCancellable   *cancellable,
                  GError        **error)
{
  return read_package (path, ".docx", read_document, n_rows, func, user_data, cancellable, error);
}

/**
 * cohort_ods_read:
 * @n_rows: (out) (optional): rows handed on
 * @func: called for each row of the first sheet, in order
 *
 * Returns: %FALSE with @error set if the file cannot be read, @func stopped
 *   or @cancellable was cancelled
 */
gboolean
cohort_ods_read (const char     *path,
                 guint          *n_rows,
                 CohortRowFunc   func,
                 gpointer        user_data,
                 GCancellable   *cancellable,
                 GError        **error)
{
  return read_package (path, ".ods", read_content, n_rows, func, user_data, cancellable, error);
}
