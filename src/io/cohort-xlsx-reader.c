/* cohort-xlsx-reader.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows of one sheet of an .xlsx file, read as a stream (libzip + libxml2's
 * text reader) so that memory does not grow with the file: shared and inline
 * strings, numbers, booleans, dates (numbers whose style is a date format),
 * and merged cells (each cell of a merged range gets the value of its first
 * cell). Hostile files are refused: parts that unpack beyond a limit (zip
 * bombs), documents with a DTD (entity expansion), more columns or longer
 * cells than any list has.
 */
#define G_LOG_DOMAIN "cohort-xlsx-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "cohort-import-row.h"
#include "cohort-io-error.h"
#include "cohort-xlsx-private.h"

static int
part_read_cb (void *context,
              char *buffer,
              int   len)
{
  PartStream *stream = context;
  zip_int64_t n = zip_fread (stream->file, buffer, (zip_uint64_t) len);

  if (n < 0)
    return -1;
  stream->total += n;
  if (stream->total > COHORT_XLSX_MAX_PART_BYTES)
    {
      stream->too_large = TRUE;
      return -1;
    }
  return (int) n;
}

void
_cohort_xlsx_set_corrupt (GError     **error,
                          const char  *path)
{
  g_autofree char *name = g_path_get_basename (path);

  g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CORRUPT,
               _("“%s” is not a readable .xlsx file: it may be damaged or cut short. Open it in the spreadsheet "
                 "program and save it again."), name);
}

void
_cohort_xlsx_set_not_utf8 (GError     **error,
                           const char  *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *shown = g_utf8_make_valid (name, -1);

  g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_ENCODING,
               _("“%s” holds text that is not Unicode, which spreadsheet programs never write: it may be "
                 "damaged. Open it in the spreadsheet program and save it again."), shown);
}

/* Opens a part of the package; %NULL without error when it is not there. */
xmlTextReaderPtr
_cohort_xlsx_open_part (Xlsx        *x,
                        const char  *name,
                        PartStream  *stream)
{
  xmlTextReaderPtr reader;

  memset (stream, 0, sizeof *stream);
  stream->file = zip_fopen (x->zip, name, 0);
  if (stream->file == NULL)
    return NULL;
  /* No network, no DTD loading, no entity substitution. */
  xmlResetLastError ();
  reader = xmlReaderForIO (part_read_cb, NULL, stream, name, NULL, XML_PARSE_NONET | XML_PARSE_NOWARNING |
                           XML_PARSE_NOERROR);
  if (reader == NULL)
    {
      zip_fclose (stream->file);
      stream->file = NULL;
    }
  return reader;
}

void
_cohort_xlsx_close_part (xmlTextReaderPtr  reader,
                         PartStream       *stream)
{
  if (reader != NULL)
    xmlFreeTextReader (reader);
  if (stream->file != NULL)
    zip_fclose (stream->file);
  stream->file = NULL;
}

/* The next node; FALSE at the end, or with @error set for a broken or hostile part. */
gboolean
_cohort_xlsx_next_node (Xlsx              *x,
                        xmlTextReaderPtr   reader,
                        PartStream        *stream,
                        gboolean          *failed,
                        GError           **error)
{
  int rc = xmlTextReaderRead (reader);

  *failed = FALSE;
  if (rc == 1 && xmlTextReaderNodeType (reader) == XML_READER_TYPE_DOCUMENT_TYPE)
    {
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CORRUPT,
                   _("This .xlsx file contains a document type declaration, which spreadsheet programs never "
                     "write. Cohort does not read it. Save the file again from the spreadsheet program."));
      *failed = TRUE;
      return FALSE;
    }
  if (rc < 0)
    {
      const xmlError *xml_error = xmlGetLastError ();

      if (stream->too_large)
        g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_TOO_LARGE,
                     _("This .xlsx file unpacks to more than %d MB. It is not a list of students: check that "
                       "you chose the right file."), COHORT_XLSX_MAX_PART_BYTES / (1024 * 1024));
      else if (xml_error != NULL && xml_error->code == XML_ERR_INVALID_CHAR)
        _cohort_xlsx_set_not_utf8 (error, x->path);
      else
        _cohort_xlsx_set_corrupt (error, x->path);
      *failed = TRUE;
      return FALSE;
    }
  return rc == 1;
}

gboolean
_cohort_xlsx_is_element (xmlTextReaderPtr  reader,
                         const char       *name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT &&
         g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), name) == 0;
}

static gboolean
is_end (xmlTextReaderPtr  reader,
        const char       *name)
{
  return (xmlTextReaderNodeType (reader) == XML_READER_TYPE_END_ELEMENT ||
          (xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT && xmlTextReaderIsEmptyElement (reader))) &&
         g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), name) == 0;
}

char *
_cohort_xlsx_attribute (xmlTextReaderPtr  reader,
                        const char       *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (reader, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

/* The text of the current element (a <t> or <v>). */
static void
append_text (xmlTextReaderPtr  reader,
             GString          *out)
{
  xmlChar *text = xmlTextReaderReadString (reader);

  if (text != NULL)
    g_string_append (out, (const char *) text);
  xmlFree (text);
}

/* "AB12" → column 27 (0-based), row 11; FALSE if not a reference. */
gboolean
_cohort_xlsx_parse_ref (const char *ref,
                        guint      *col,
                        guint      *row)
{
  guint c = 0, r = 0;
  const char *p = ref;

  if (ref == NULL)
    return FALSE;
  for (; g_ascii_isalpha (*p) && p - ref < 3; p++)
    c = c * 26 + (g_ascii_toupper (*p) - 'A' + 1);
  for (; g_ascii_isdigit (*p) && r < 2000000; p++)
    r = r * 10 + (*p - '0');
  if (c == 0 || r == 0 || *p != '\0')
    return FALSE;
  *col = c - 1;
  *row = r - 1;
  return TRUE;
}

/* The sizes the package declares; the stream checks them again as it reads,
 * for a package that lies. */
static gboolean
check_sizes (Xlsx    *x,
             GError **error)
{
  zip_int64_t n = zip_get_num_entries (x->zip, 0);

  for (zip_int64_t i = 0; i < n; i++)
    {
      zip_stat_t st;

      if (zip_stat_index (x->zip, (zip_uint64_t) i, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE) &&
          st.size > COHORT_XLSX_MAX_PART_BYTES)
        {
          g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_TOO_LARGE,
                       _("This .xlsx file unpacks to more than %d MB. It is not a list of students: check that "
                         "you chose the right file."), COHORT_XLSX_MAX_PART_BYTES / (1024 * 1024));
          return FALSE;
        }
    }
  return TRUE;
}

/* Workbook, shared strings, styles --------------------------------------------------- */

/* The most sheet names kept for the choice of a sheet. */
#define MAX_SHEET_NAMES 256

static char *
find_sheet_part (Xlsx        *x,
                 const char  *wanted,
                 char       **sheet_name,
                 GStrv       *sheets,
                 GError     **error)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  guint n_names = 0;
  g_autofree char *rel_id = NULL;
  char *target = NULL;
  PartStream stream;
  xmlTextReaderPtr reader;
  gboolean failed = FALSE;
  GError *local_error = NULL;

  reader = _cohort_xlsx_open_part (x, "xl/workbook.xml", &stream);
  if (reader == NULL)
    {
      _cohort_xlsx_set_corrupt (error, x->path);
      return NULL;
    }
  while (_cohort_xlsx_next_node (x, reader, &stream, &failed, &local_error))
    if (_cohort_xlsx_is_element (reader, "sheet"))
      {
        g_autofree char *name = _cohort_xlsx_attribute (reader, "name");

        if (name != NULL && n_names < MAX_SHEET_NAMES)
          {
            g_strv_builder_add (names, name);
            n_names++;
          }
        if (rel_id == NULL && (wanted == NULL || g_strcmp0 (name, wanted) == 0))
          {
            xmlChar *id = xmlTextReaderGetAttributeNs (reader, (const xmlChar *) "id", (const xmlChar *) REL_NS);

            /* A sheet without a relationship cannot be found: the next one may be. */
            if (id != NULL)
              {
                rel_id = g_strdup ((const char *) id);
                *sheet_name = g_steal_pointer (&name);
              }
            xmlFree (id);
          }
      }
  _cohort_xlsx_close_part (reader, &stream);
  /* Once the sheet is found, the others' names are only for a choice: what
   * follows it may be damaged without harm */
  if (failed && rel_id != NULL)
    {
      g_clear_error (&local_error);
      failed = FALSE;
    }
  if (failed)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  *sheets = g_strv_builder_end (names);
  if (rel_id == NULL)
    {
      if (wanted != NULL)
        g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_FAILED,
                     _("The file has no sheet “%s”. Choose one of its sheets."), wanted);
      else
        _cohort_xlsx_set_corrupt (error, x->path);
      return NULL;
    }

  reader = _cohort_xlsx_open_part (x, "xl/_rels/workbook.xml.rels", &stream);
  if (reader == NULL)
    {
      _cohort_xlsx_set_corrupt (error, x->path);
      return NULL;
    }
  while (target == NULL && _cohort_xlsx_next_node (x, reader, &stream, &failed, error))
    if (_cohort_xlsx_is_element (reader, "Relationship"))
      {
        g_autofree char *id = _cohort_xlsx_attribute (reader, "Id");

        if (g_strcmp0 (id, rel_id) == 0)
          {
            g_autofree char *t = _cohort_xlsx_attribute (reader, "Target");

            if (t != NULL)
              target = t[0] == '/' ? g_strdup (t + 1) : g_strconcat ("xl/", t, NULL);
          }
      }
  _cohort_xlsx_close_part (reader, &stream);
  if (target == NULL && !failed)
    _cohort_xlsx_set_corrupt (error, x->path);
  return target;
}

static gboolean
read_shared_strings (Xlsx    *x,
                     GError **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  PartStream stream;
  xmlTextReaderPtr reader = _cohort_xlsx_open_part (x, "xl/sharedStrings.xml", &stream);
  gboolean failed = FALSE, phonetic = FALSE;

  if (reader == NULL)
    return TRUE;   /* a workbook without strings */
  while (_cohort_xlsx_next_node (x, reader, &stream, &failed, error))
    {
      if (_cohort_xlsx_is_element (reader, "rPh"))
        phonetic = !xmlTextReaderIsEmptyElement (reader);
      else if (is_end (reader, "rPh"))
        phonetic = FALSE;
      else if (_cohort_xlsx_is_element (reader, "t") && !phonetic && !xmlTextReaderIsEmptyElement (reader))
        append_text (reader, text);
      else if (is_end (reader, "si"))
        {
          g_ptr_array_add (x->strings, g_strdup (text->str));
          g_string_truncate (text, 0);
        }
    }
  _cohort_xlsx_close_part (reader, &stream);
  return !failed;
}

/* Whether a number format shows a date: built-in 14–17 and 22, or a code
 * with a day or a year outside quotes and brackets. */
static gboolean
is_date_format (guint       id,
                const char *code)
{
  gboolean quoted = FALSE, bracket = FALSE;

  if ((id >= 14 && id <= 17) || id == 22)
    return TRUE;
  if (code == NULL)
    return FALSE;
  for (const char *p = code; *p; p++)
    {
      if (*p == '\\' && p[1])
        p++;
      else if (*p == '"')
        quoted = !quoted;
      else if (*p == '[')
        bracket = TRUE;
      else if (*p == ']')
        bracket = FALSE;
      else if (!quoted && !bracket && strchr ("dDyY", *p) != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
read_styles (Xlsx    *x,
             GError **error)
{
  g_autoptr(GHashTable) codes = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  PartStream stream;
  xmlTextReaderPtr reader = _cohort_xlsx_open_part (x, "xl/styles.xml", &stream);
  gboolean failed = FALSE, in_xfs = FALSE;

  if (reader == NULL)
    return TRUE;
  while (_cohort_xlsx_next_node (x, reader, &stream, &failed, error))
    {
      if (_cohort_xlsx_is_element (reader, "numFmt"))
        {
          g_autofree char *id = _cohort_xlsx_attribute (reader, "numFmtId");

          if (id != NULL)
            g_hash_table_insert (codes, GUINT_TO_POINTER (atoi (id)), _cohort_xlsx_attribute (reader, "formatCode"));
        }
      else if (_cohort_xlsx_is_element (reader, "cellXfs"))
        in_xfs = !xmlTextReaderIsEmptyElement (reader);
      else if (is_end (reader, "cellXfs"))
        in_xfs = FALSE;
      else if (in_xfs && _cohort_xlsx_is_element (reader, "xf"))
        {
          g_autofree char *id = _cohort_xlsx_attribute (reader, "numFmtId");
          guint fmt = id ? (guint) atoi (id) : 0;
          gboolean date = is_date_format (fmt, g_hash_table_lookup (codes, GUINT_TO_POINTER (fmt)));

          g_array_append_val (x->date_styles, date);
        }
    }
  _cohort_xlsx_close_part (reader, &stream);
  return !failed;
}

static char *
number_text (const char *v,
             gboolean    date)
{
  char *end = NULL;
  double d = g_ascii_strtod (v, &end);

  if (end == v)
    return g_strdup (v);
  if (date && d >= 1 && d < 2958466)
    {
      g_autoptr(GDate) day = g_date_new_dmy (30, G_DATE_DECEMBER, 1899);

      g_date_add_days (day, (guint) d);
      return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (day), g_date_get_month (day),
                              g_date_get_day (day));
    }
  return cohort_cell_number_text (d);
}

void
_cohort_xlsx_emit_cell (GPtrArray   *cells,
                        guint        col,
                        char        *value)
{
  if (cells->len <= col)
    g_ptr_array_set_size (cells, col + 1);
  g_free (g_ptr_array_index (cells, col));
  g_ptr_array_index (cells, col) = value;
}

/* Fills the cells of @row that merged ranges cover with their first cell's
 * value. Rows come in order: merges start (and take their value) at their
 * first row and are dropped after their last, so each row looks only at the
 * ranges that cover it. FALSE with @error past MAX_MERGE_WORK. */
static gboolean
emit_row (Xlsx           *x,
          GPtrArray      *cells,
          guint           row,
          CohortRowFunc   func,
          gpointer        user_data,
          GError        **error)
{
  gboolean ok;

  for (guint c = 0; c < cells->len; c++)
    {
      if (g_ptr_array_index (cells, c) == NULL)
        g_ptr_array_index (cells, c) = g_strdup ("");
      /* libxml2 reports bytes that are not UTF-8 only once it has handed on
       * the text around them; nothing that is not UTF-8 leaves the reader. */
      if (!g_utf8_validate (g_ptr_array_index (cells, c), -1, NULL))
        {
          _cohort_xlsx_set_not_utf8 (error, x->path);
          g_ptr_array_set_size (cells, 0);
          return FALSE;
        }
      x->handed_on += 1 + strlen (g_ptr_array_index (cells, c));
    }
  if (x->handed_on > COHORT_XLSX_MAX_PART_BYTES)
    {
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_TOO_LARGE,
                   _("This .xlsx file unpacks to more than %d MB. It is not a list of students: check that "
                     "you chose the right file."), COHORT_XLSX_MAX_PART_BYTES / (1024 * 1024));
      g_ptr_array_set_size (cells, 0);
      return FALSE;
    }
  g_ptr_array_add (cells, NULL);
  ok = func (row, (const char *const *) cells->pdata, cells->len - 1, user_data, error);
  g_ptr_array_set_size (cells, 0);
  return ok;
}

static gboolean
read_sheet (Xlsx           *x,
            const char     *part,
            guint          *n_rows,
            CohortRowFunc   func,
            gpointer        user_data,
            GCancellable   *cancellable,
            GError        **error)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  PartStream stream;
  xmlTextReaderPtr reader = _cohort_xlsx_open_part (x, part, &stream);
  gboolean failed = FALSE, in_row = FALSE, in_cell = FALSE, phonetic = FALSE;
  guint row = 0, next_row = 0, col = 0, next_col = 0, style = 0;
  g_autofree char *type = NULL;

  if (reader == NULL)
    {
      _cohort_xlsx_set_corrupt (error, x->path);
      return FALSE;
    }

  while (!failed && _cohort_xlsx_next_node (x, reader, &stream, &failed, error))
    {
      if (_cohort_xlsx_is_element (reader, "row"))
        {
          g_autofree char *r = _cohort_xlsx_attribute (reader, "r");
          guint number = r ? (guint) atoi (r) : 0;

          row = number > 0 ? number - 1 : next_row;
          /* Rows the file leaves out are empty rows. */
          for (guint gap = next_row; gap < row && row - gap <= MAX_ROW_GAP; gap++)
            {
              if (!_cohort_xlsx_fill_merges (x, cells, gap, error) || !emit_row (x, cells, gap, func, user_data, error))
                {
                  failed = TRUE;
                  break;
                }
            }
          next_col = 0;
          in_row = !xmlTextReaderIsEmptyElement (reader);
          if (!in_row)
            {
              failed = failed || !_cohort_xlsx_fill_merges (x, cells, row, error) ||
                       !emit_row (x, cells, row, func, user_data, error);
              next_row = row + 1;
            }
        }
      else if (in_row && _cohort_xlsx_is_element (reader, "c"))
        {
          g_autofree char *r = _cohort_xlsx_attribute (reader, "r");
          g_autofree char *s = _cohort_xlsx_attribute (reader, "s");
          guint ref_row;

          if (!_cohort_xlsx_parse_ref (r, &col, &ref_row))
            col = next_col;
          next_col = col + 1;
          if (col >= COHORT_CSV_MAX_COLUMNS)
            {
              g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_TOO_LARGE,
                           _("Row %u has more than %d columns. This is not a list of students: check that "
                             "you chose the right file."), row + 1, COHORT_CSV_MAX_COLUMNS);
              failed = TRUE;
              break;
            }
          g_free (type);
          type = _cohort_xlsx_attribute (reader, "t");
          style = s ? (guint) atoi (s) : 0;
          g_string_truncate (text, 0);
          in_cell = !xmlTextReaderIsEmptyElement (reader);
        }
      else if (in_cell && _cohort_xlsx_is_element (reader, "rPh"))
        phonetic = !xmlTextReaderIsEmptyElement (reader);
      else if (in_cell && is_end (reader, "rPh"))
        phonetic = FALSE;
      else if (in_cell && (_cohort_xlsx_is_element (reader, "v") || (_cohort_xlsx_is_element (reader, "t") && !phonetic)) &&
               !xmlTextReaderIsEmptyElement (reader))
        {
          append_text (reader, text);
          if (text->len > COHORT_CSV_MAX_CELL_CHARS * 4)
            {
              g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_TOO_LARGE,
                           _("Row %u has a cell longer than %d characters. This is not a list of students: "
                             "check that you chose the right file."), row + 1, COHORT_CSV_MAX_CELL_CHARS);
              failed = TRUE;
              break;
            }
        }
      else if (in_cell && is_end (reader, "c"))
        {
          char *value;

          in_cell = FALSE;
          if (g_strcmp0 (type, "s") == 0)
            {
              guint i = (guint) atoi (text->str);

              if (i >= x->strings->len)
                {
                  _cohort_xlsx_set_corrupt (error, x->path);
                  failed = TRUE;
                  break;
                }
              value = g_strdup (g_ptr_array_index (x->strings, i));
            }
          else if (g_strcmp0 (type, "b") == 0)
            value = g_strdup (g_str_equal (text->str, "1") ? "TRUE" : "FALSE");
          else if (g_strcmp0 (type, "e") == 0)
            value = g_strdup ("");
          else if (type == NULL || g_strcmp0 (type, "n") == 0)
            value = text->len ? number_text (text->str, style < x->date_styles->len &&
                                                          g_array_index (x->date_styles, gboolean, style))
                              : g_strdup ("");
          else
            value = g_strdup (text->str);   /* str, inlineStr, d */
          /* Shared strings too: the same limit as CSV, in characters. */
          if (strlen (value) > COHORT_CSV_MAX_CELL_CHARS && g_utf8_strlen (value, -1) > COHORT_CSV_MAX_CELL_CHARS)
            {
              g_free (value);
              g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_TOO_LARGE,
                           _("Row %u has a cell longer than %d characters. This is not a list of students: "
                             "check that you chose the right file."), row + 1, COHORT_CSV_MAX_CELL_CHARS);
              failed = TRUE;
              break;
            }
          _cohort_xlsx_emit_cell (cells, col, value);
        }
      else if (in_row && is_end (reader, "row"))
        {
          in_row = FALSE;
          if (!_cohort_xlsx_fill_merges (x, cells, row, error) || !emit_row (x, cells, row, func, user_data, error))
            failed = TRUE;
          next_row = row + 1;
          if (next_row % 1024 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
            failed = TRUE;
        }
    }
  _cohort_xlsx_close_part (reader, &stream);
  *n_rows = next_row;
  return !failed;
}

/**
 * cohort_xlsx_read:
 * @sheet: (nullable): the name of the sheet, or %NULL for the first
 * @info: (out) (optional): the sheet read and its number of rows; clear it
 *   with cohort_xlsx_info_clear()
 * @func: called for each row in order, empty rows included
 *
 * Returns: %FALSE with @error set if the file cannot be read, @func stopped
 *   or @cancellable was cancelled
 */
gboolean
cohort_xlsx_read (const char      *path,
                  const char      *sheet,
                  CohortXlsxInfo  *info,
                  CohortRowFunc    func,
                  gpointer         user_data,
                  GCancellable    *cancellable,
                  GError         **error)
{
  Xlsx x = { 0 };
  g_autofree char *part = NULL;
  g_autofree char *sheet_name = NULL;
  g_auto(GStrv) sheets = NULL;
  int zip_error = 0;
  guint n_rows = 0;
  gboolean ok = FALSE;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  x.path = path;
  x.zip = zip_open (path, ZIP_RDONLY, &zip_error);
  if (x.zip == NULL)
    {
      _cohort_xlsx_set_corrupt (error, path);
      return FALSE;
    }
  x.strings = g_ptr_array_new_with_free_func (g_free);
  x.date_styles = g_array_new (FALSE, FALSE, sizeof (gboolean));
  x.merges = g_array_new (FALSE, FALSE, sizeof (Merge));
  g_array_set_clear_func (x.merges, (GDestroyNotify) _cohort_xlsx_merge_clear);
  x.active = g_array_new (FALSE, FALSE, sizeof (guint));

  if (check_sizes (&x, error))
    part = find_sheet_part (&x, sheet, &sheet_name, &sheets, error);
  if (part != NULL && read_shared_strings (&x, error) && read_styles (&x, error) && _cohort_xlsx_find_merges (&x, part, error))
    ok = read_sheet (&x, part, &n_rows, func, user_data, cancellable, error);

  if (ok && info != NULL)
    {
      info->sheet = g_steal_pointer (&sheet_name);
      info->n_rows = n_rows;
    }
  if (info != NULL && sheets != NULL && sheets[0] != NULL)
    {
      g_strfreev (info->sheets);
      info->sheets = g_steal_pointer (&sheets);
    }
  zip_discard (x.zip);
  g_ptr_array_unref (x.strings);
  g_array_unref (x.date_styles);
  g_array_unref (x.merges);
  g_array_unref (x.active);
  return ok;
}

void
cohort_xlsx_info_clear (CohortXlsxInfo *info)
{
  g_clear_pointer (&info->sheet, g_free);
  g_clear_pointer (&info->sheets, g_strfreev);
}
