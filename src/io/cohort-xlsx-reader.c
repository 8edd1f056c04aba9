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
#include <libxml/xmlreader.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "cohort-import-row.h"
#include "cohort-io-error.h"
#include "cohort-xlsx-reader.h"

#define REL_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define MAX_MERGES 20000
#define MAX_ROW_GAP 10000
/* Cells that merged ranges may fill in a sheet, and ranges looked at to
 * fill them: a list has far fewer. Overlapping ranges, which spreadsheet
 * programs never write, could otherwise make a file of a few KB fill
 * billions of cells. */
#define MAX_MERGE_WORK (16 * 1024 * 1024)

typedef struct
{
  zip_file_t *file;
  gint64      total;
  gboolean    too_large;
} PartStream;

typedef struct
{
  zip_t       *zip;
  const char  *path;
  GPtrArray   *strings;      /* shared strings */
  GArray      *date_styles;  /* gboolean per cellXfs index */
  GArray      *merges;       /* Merge, by first row once the sheet's cells start */
  guint        next_merge;   /* the first merge whose range has not begun */
  GArray      *active;       /* guint: merges whose range covers the row being read */
  guint64      merge_work;   /* cells filled and ranges looked at, for MAX_MERGE_WORK */
  guint64      handed_on;    /* bytes of the cells handed on, and one per cell */
} Xlsx;

typedef struct
{
  guint r1, c1, r2, c2;
  char *value;   /* the first cell's, once its row is read */
} Merge;

static void
merge_clear (Merge *merge)
{
  g_clear_pointer (&merge->value, g_free);
}

static int
compare_merges (gconstpointer a,
                gconstpointer b)
{
  const Merge *ma = a, *mb = b;

  return (ma->r1 > mb->r1) - (ma->r1 < mb->r1);
}

/* Reading parts ---------------------------------------------------------------------- */

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

static void
set_corrupt (GError     **error,
             const char  *path)
{
  g_autofree char *name = g_path_get_basename (path);

  g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CORRUPT,
               _("“%s” is not a readable .xlsx file: it may be damaged or cut short. Open it in the spreadsheet "
                 "program and save it again."), name);
}

/* Opens a part of the package; %NULL without error when it is not there. */
static xmlTextReaderPtr
open_part (Xlsx        *x,
           const char  *name,
           PartStream  *stream)
{
  xmlTextReaderPtr reader;

  memset (stream, 0, sizeof *stream);
  stream->file = zip_fopen (x->zip, name, 0);
  if (stream->file == NULL)
    return NULL;
  /* No network, no DTD loading, no entity substitution. */
  reader = xmlReaderForIO (part_read_cb, NULL, stream, name, NULL, XML_PARSE_NONET | XML_PARSE_NOWARNING |
                           XML_PARSE_NOERROR);
  if (reader == NULL)
    {
      zip_fclose (stream->file);
      stream->file = NULL;
    }
  return reader;
}

static void
close_part (xmlTextReaderPtr  reader,
            PartStream       *stream)
{
  if (reader != NULL)
    xmlFreeTextReader (reader);
  if (stream->file != NULL)
    zip_fclose (stream->file);
  stream->file = NULL;
}

/* The next node; FALSE at the end, or with @error set for a broken or hostile part. */
static gboolean
next_node (Xlsx              *x,
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
      if (stream->too_large)
        g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_TOO_LARGE,
                     _("This .xlsx file unpacks to more than %d MB. It is not a list of students: check that "
                       "you chose the right file."), COHORT_XLSX_MAX_PART_BYTES / (1024 * 1024));
      else
        set_corrupt (error, x->path);
      *failed = TRUE;
      return FALSE;
    }
  return rc == 1;
}

static gboolean
is_element (xmlTextReaderPtr  reader,
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

static char *
attribute (xmlTextReaderPtr  reader,
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
static gboolean
parse_ref (const char *ref,
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

static char *
find_sheet_part (Xlsx        *x,
                 const char  *wanted,
                 char       **sheet_name,
                 GError     **error)
{
  g_autofree char *rel_id = NULL;
  char *target = NULL;
  PartStream stream;
  xmlTextReaderPtr reader;
  gboolean failed = FALSE;

  reader = open_part (x, "xl/workbook.xml", &stream);
  if (reader == NULL)
    {
      set_corrupt (error, x->path);
      return NULL;
    }
  while (rel_id == NULL && next_node (x, reader, &stream, &failed, error))
    if (is_element (reader, "sheet"))
      {
        g_autofree char *name = attribute (reader, "name");

        if (wanted == NULL || g_strcmp0 (name, wanted) == 0)
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
  close_part (reader, &stream);
  if (failed)
    return NULL;
  if (rel_id == NULL)
    {
      if (wanted != NULL)
        g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_FAILED,
                     _("The file has no sheet “%s”. Choose one of its sheets."), wanted);
      else
        set_corrupt (error, x->path);
      return NULL;
    }

  reader = open_part (x, "xl/_rels/workbook.xml.rels", &stream);
  if (reader == NULL)
    {
      set_corrupt (error, x->path);
      return NULL;
    }
  while (target == NULL && next_node (x, reader, &stream, &failed, error))
    if (is_element (reader, "Relationship"))
      {
        g_autofree char *id = attribute (reader, "Id");

        if (g_strcmp0 (id, rel_id) == 0)
          {
            g_autofree char *t = attribute (reader, "Target");

            if (t != NULL)
              target = t[0] == '/' ? g_strdup (t + 1) : g_strconcat ("xl/", t, NULL);
          }
      }
  close_part (reader, &stream);
  if (target == NULL && !failed)
    set_corrupt (error, x->path);
  return target;
}

static gboolean
read_shared_strings (Xlsx    *x,
                     GError **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  PartStream stream;
  xmlTextReaderPtr reader = open_part (x, "xl/sharedStrings.xml", &stream);
  gboolean failed = FALSE, phonetic = FALSE;

  if (reader == NULL)
    return TRUE;   /* a workbook without strings */
  while (next_node (x, reader, &stream, &failed, error))
    {
      if (is_element (reader, "rPh"))
        phonetic = !xmlTextReaderIsEmptyElement (reader);
      else if (is_end (reader, "rPh"))
        phonetic = FALSE;
      else if (is_element (reader, "t") && !phonetic && !xmlTextReaderIsEmptyElement (reader))
        append_text (reader, text);
      else if (is_end (reader, "si"))
        {
          g_ptr_array_add (x->strings, g_strdup (text->str));
          g_string_truncate (text, 0);
        }
    }
  close_part (reader, &stream);
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
  xmlTextReaderPtr reader = open_part (x, "xl/styles.xml", &stream);
  gboolean failed = FALSE, in_xfs = FALSE;

  if (reader == NULL)
    return TRUE;
  while (next_node (x, reader, &stream, &failed, error))
    {
      if (is_element (reader, "numFmt"))
        {
          g_autofree char *id = attribute (reader, "numFmtId");

          if (id != NULL)
            g_hash_table_insert (codes, GUINT_TO_POINTER (atoi (id)), attribute (reader, "formatCode"));
        }
      else if (is_element (reader, "cellXfs"))
        in_xfs = !xmlTextReaderIsEmptyElement (reader);
      else if (is_end (reader, "cellXfs"))
        in_xfs = FALSE;
      else if (in_xfs && is_element (reader, "xf"))
        {
          g_autofree char *id = attribute (reader, "numFmtId");
          guint fmt = id ? (guint) atoi (id) : 0;
          gboolean date = is_date_format (fmt, g_hash_table_lookup (codes, GUINT_TO_POINTER (fmt)));

          g_array_append_val (x->date_styles, date);
        }
    }
  close_part (reader, &stream);
  return !failed;
}

static void
add_merge (Xlsx             *x,
           xmlTextReaderPtr  reader)
{
  if (is_element (reader, "mergeCell") && x->merges->len < MAX_MERGES)
    {
      g_autofree char *ref = attribute (reader, "ref");
      g_auto(GStrv) ends = ref ? g_strsplit (ref, ":", 2) : NULL;
      Merge m = { 0 };

      if (ends != NULL && ends[1] != NULL && parse_ref (ends[0], &m.c1, &m.r1) &&
          parse_ref (ends[1], &m.c2, &m.r2) && m.r2 >= m.r1 && m.c2 >= m.c1)
        g_array_append_val (x->merges, m);
    }
}

/* Merged ranges, listed after the cells: read first, in a pass over the sheet. */
static gboolean
read_merges (Xlsx        *x,
             const char  *part,
             GError     **error)
{
  PartStream stream;
  xmlTextReaderPtr reader = open_part (x, part, &stream);
  gboolean failed = FALSE;

  if (reader == NULL)
    {
      set_corrupt (error, x->path);
      return FALSE;
    }
  while (next_node (x, reader, &stream, &failed, error))
    {
      if (is_element (reader, "sheetData") && !xmlTextReaderIsEmptyElement (reader))
        {
          /* Skip the cells without looking at them. */
          if (xmlTextReaderNext (reader) < 0)
            {
              failed = TRUE;
              set_corrupt (error, x->path);
              break;
            }
        }
      add_merge (x, reader);
    }
  close_part (reader, &stream);
  g_array_sort (x->merges, compare_merges);
  return !failed;
}

/* Merged ranges without a second parse of the whole sheet ------------------------------ */

/* The bytes of a sheet, as they unpack, looked at for the one place that
 * lists merged ranges: <mergeCells>, after the cells. */
typedef enum
{
  SCAN_NO_MERGES,    /* "mergeCell" appears nowhere: the sheet has no merged cells */
  SCAN_REGION,       /* it appears only in one <mergeCells> … </mergeCells>, copied */
  SCAN_PARSE,        /* anything else: parse the sheet to find them (read_merges ()) */
} MergeScan;

#define SCAN_CHUNK 65536
#define SCAN_KEEP 64                              /* bytes kept from one chunk to the next */
#define MAX_REGION_BYTES (MAX_MERGES * 64)
#define NEEDLE "mergeCell"
#define NEEDLE_LEN 9
#define MAX_PREFIX 31

typedef struct
{
  gsize    at;        /* of the name, from the start of the region */
  gboolean closing;   /* "</…" */
  gboolean list;      /* "mergeCells", not "mergeCell" */
} Hit;

/* The first "mergeCell" in @text from @from, or -1. */
static gssize
find_needle (const guchar *text,
             gsize         from,
             gsize         len)
{
  for (gsize i = from; i + NEEDLE_LEN <= len;)
    {
      const guchar *m = memchr (text + i, 'm', len - NEEDLE_LEN + 1 - i);

      if (m == NULL)
        return -1;
      i = m - text;
      if (memcmp (m, NEEDLE, NEEDLE_LEN) == 0)
        return i;
      i++;
    }
  return -1;
}

static gboolean
is_name_byte (guchar c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '-' || c == '.';
}

/* Where the tag whose name holds the "mergeCell" at @at of @text begins:
 * the '<' of "<name", "</name", "<prefix:name" or "</prefix:name"; -1 if
 * the bytes are not a tag's name. */
static gssize
tag_start (const guchar *text,
           gsize         at,
           gboolean     *closing,
           char          prefix[MAX_PREFIX + 1])
{
  gsize p = at, prefix_len = 0;

  if (p > 0 && text[p - 1] == ':')
    {
      gsize colon = --p;

      while (p > 0 && is_name_byte (text[p - 1]) && colon - p < MAX_PREFIX)
        p--;
      prefix_len = colon - p;
      if (prefix_len == 0 || !g_ascii_isalpha (text[p]))
        return -1;
    }
  memcpy (prefix, text + p, prefix_len);
  prefix[prefix_len] = '\0';
  *closing = p >= 2 && text[p - 1] == '/' && text[p - 2] == '<';
  if (*closing)
    return p - 2;
  return p >= 1 && text[p - 1] == '<' ? (gssize) p - 1 : -1;
}

/* Reads the sheet's bytes once (unpacking is cheap, parsing XML is not) and
 * copies its <mergeCells> element into @region. Whatever does not look
 * exactly like a sheet with its merged ranges there and nowhere else
 * ("mergeCell" in a cell's text, an unusual tag) is left to the parser. */
static MergeScan
scan_merges (Xlsx        *x,
             const char  *part,
             GByteArray  *region,
             char         prefix[MAX_PREFIX + 1])
{
  g_autofree guchar *buffer = g_malloc (SCAN_KEEP + SCAN_CHUNK);
  g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (Hit));
  zip_file_t *file = zip_fopen (x->zip, part, 0);
  gsize keep = 0;            /* bytes of the previous chunk in front of this one */
  gint64 base = 0;           /* where buffer[0] is in the part */
  gint64 next = 0;           /* where to look for the next "mergeCell" */
  gint64 region_start = -1;
  gssize end = -1;

  if (file == NULL)
    return SCAN_PARSE;
  for (;;)
    {
      zip_int64_t n = zip_fread (file, buffer + keep, SCAN_CHUNK);
      gsize len;
      gssize at;

      if (n < 0 || base + keep + n > COHORT_XLSX_MAX_PART_BYTES)
        goto parse;
      len = keep + (gsize) n;
      if (region_start >= 0)
        g_byte_array_append (region, buffer + keep, (guint) n);
      while ((at = find_needle (buffer, next - base, len)) >= 0)
        {
          char name_prefix[MAX_PREFIX + 1];
          Hit hit;
          gssize start;

          if (at + NEEDLE_LEN == (gssize) len && n > 0)
            break;   /* the byte after it comes with the next chunk */
          next = base + at + 1;
          start = tag_start (buffer, at, &hit.closing, name_prefix);
          if (start < 0)
            goto parse;
          hit.list = buffer[at + NEEDLE_LEN] == 's';
          if (region_start < 0)
            {
              /* The first must open the list. */
              if (hit.closing || !hit.list)
                goto parse;
              region_start = base + start;
              strcpy (prefix, name_prefix);
              g_byte_array_append (region, buffer + start, (guint) (len - start));
            }
          else if (strcmp (prefix, name_prefix) != 0)
            goto parse;
          hit.at = base + at - region_start;
          g_array_append_val (hits, hit);
          if (hits->len > 2 * MAX_MERGES + 2)
            goto parse;
        }
      if (n == 0)
        break;
      if (region->len > MAX_REGION_BYTES)
        goto parse;
      keep = MIN (len, SCAN_KEEP);
      memmove (buffer, buffer + len - keep, keep);
      base += len - keep;
      next = MAX (next, base);
    }
  zip_fclose (file);
  file = NULL;
  if (region_start < 0)
    return SCAN_NO_MERGES;

  /* The region ends with the '>' of "<mergeCells …/>" or "</mergeCells>". */
  for (guint i = 0; i < hits->len && end < 0; i++)
    {
      Hit *hit = &g_array_index (hits, Hit, i);
      const guchar *gt;

      if (i > 0 && !(hit->closing && hit->list))
        continue;
      gt = memchr (region->data + hit->at, '>', region->len - hit->at);
      if (gt == NULL)
        goto parse;
      if (i > 0 || gt[-1] == '/')
        end = gt + 1 - region->data;
    }
  if (end < 0)
    goto parse;
  /* Nothing about merged cells after it */
  for (guint i = 0; i < hits->len; i++)
    if (g_array_index (hits, Hit, i).at >= (gsize) end)
      goto parse;
  g_byte_array_set_size (region, (guint) end);
  return SCAN_REGION;

parse:
  if (file != NULL)
    zip_fclose (file);
  return SCAN_PARSE;
}

/* The merged ranges of the copied <mergeCells> element, parsed on its own. */
static gboolean
parse_merge_region (Xlsx        *x,
                    GByteArray  *region,
                    const char  *prefix)
{
  g_autoptr(GString) doc = g_string_new ("<cohort-merges");
  xmlTextReaderPtr reader;
  int rc;

  if (*prefix != '\0')
    g_string_append_printf (doc, " xmlns:%s=\"urn:cohort\"", prefix);
  g_string_append_c (doc, '>');
  g_string_append_len (doc, (const char *) region->data, region->len);
  g_string_append (doc, "</cohort-merges>");

  reader = xmlReaderForMemory (doc->str, (int) doc->len, NULL, NULL,
                               XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
  if (reader == NULL)
    return FALSE;
  while ((rc = xmlTextReaderRead (reader)) == 1)
    add_merge (x, reader);
  xmlFreeTextReader (reader);
  if (rc != 0)
    {
      g_array_set_size (x->merges, 0);
      return FALSE;
    }
  g_array_sort (x->merges, compare_merges);
  return TRUE;
}

/* The merged ranges of the sheet: from the bytes of <mergeCells> when the
 * sheet is as spreadsheet programs write it, else by parsing it all. */
static gboolean
find_merges (Xlsx        *x,
             const char  *part,
             GError     **error)
{
  g_autoptr(GByteArray) region = g_byte_array_new ();
  char prefix[MAX_PREFIX + 1] = "";

  switch (scan_merges (x, part, region, prefix))
    {
    case SCAN_NO_MERGES:
      return TRUE;
    case SCAN_REGION:
      if (parse_merge_region (x, region, prefix))
        return TRUE;
      break;
    case SCAN_PARSE:
    default:
      break;
    }
  return read_merges (x, part, error);
}

/* Cells -------------------------------------------------------------------------------- */

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

static void
emit_cell (GPtrArray   *cells,
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
fill_merges (Xlsx      *x,
             GPtrArray *cells,
             guint      row,
             GError   **error)
{
  for (; x->next_merge < x->merges->len; x->next_merge++)
    {
      Merge *merge = &g_array_index (x->merges, Merge, x->next_merge);

      if (merge->r1 > row)
        break;
      if (merge->r1 == row && merge->c1 < cells->len && g_ptr_array_index (cells, merge->c1) != NULL)
        merge->value = g_strdup (g_ptr_array_index (cells, merge->c1));
      g_array_append_val (x->active, x->next_merge);
    }

  for (guint a = x->active->len; a > 0; a--)
    {
      Merge *merge = &g_array_index (x->merges, Merge, g_array_index (x->active, guint, a - 1));

      if (merge->r2 < row)
        {
          g_array_remove_index_fast (x->active, a - 1);
          continue;
        }
      x->merge_work++;
      if (merge->value == NULL)
        continue;
      for (guint c = merge->c1; c <= merge->c2 && c < COHORT_CSV_MAX_COLUMNS; c++)
        {
          if (row == merge->r1 && c == merge->c1)
            continue;
          emit_cell (cells, c, g_strdup (merge->value));
          x->merge_work++;
        }
      if (x->merge_work > MAX_MERGE_WORK)
        {
          g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_TOO_LARGE,
                       _("The merged cells of this .xlsx file cover more than %d million cells. It is not a list "
                         "of students: check that you chose the right file."), MAX_MERGE_WORK / (1024 * 1024));
          return FALSE;
        }
    }
  return TRUE;
}

/* Hands a row on. A sheet may not hand on more than a part may hold,
 * counting each cell as one byte more than its text, as a CSV file of that
 * size would: a reference to a long shared string, or a cell far to the
 * right, costs a few bytes of XML but gives much more. */
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
  xmlTextReaderPtr reader = open_part (x, part, &stream);
  gboolean failed = FALSE, in_row = FALSE, in_cell = FALSE, phonetic = FALSE;
  guint row = 0, next_row = 0, col = 0, next_col = 0, style = 0;
  g_autofree char *type = NULL;

  if (reader == NULL)
    {
      set_corrupt (error, x->path);
      return FALSE;
    }

  while (!failed && next_node (x, reader, &stream, &failed, error))
    {
      if (is_element (reader, "row"))
        {
          g_autofree char *r = attribute (reader, "r");
          guint number = r ? (guint) atoi (r) : 0;

          row = number > 0 ? number - 1 : next_row;
          /* Rows the file leaves out are empty rows. */
          for (guint gap = next_row; gap < row && row - gap <= MAX_ROW_GAP; gap++)
            {
              if (!fill_merges (x, cells, gap, error) || !emit_row (x, cells, gap, func, user_data, error))
                {
                  failed = TRUE;
                  break;
                }
            }
          next_col = 0;
          in_row = !xmlTextReaderIsEmptyElement (reader);
          if (!in_row)
            {
              failed = failed || !fill_merges (x, cells, row, error) ||
                       !emit_row (x, cells, row, func, user_data, error);
              next_row = row + 1;
            }
        }
      else if (in_row && is_element (reader, "c"))
        {
          g_autofree char *r = attribute (reader, "r");
          g_autofree char *s = attribute (reader, "s");
          guint ref_row;

          if (!parse_ref (r, &col, &ref_row))
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
          type = attribute (reader, "t");
          style = s ? (guint) atoi (s) : 0;
          g_string_truncate (text, 0);
          in_cell = !xmlTextReaderIsEmptyElement (reader);
        }
      else if (in_cell && is_element (reader, "rPh"))
        phonetic = !xmlTextReaderIsEmptyElement (reader);
      else if (in_cell && is_end (reader, "rPh"))
        phonetic = FALSE;
      else if (in_cell && (is_element (reader, "v") || (is_element (reader, "t") && !phonetic)) &&
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
                  set_corrupt (error, x->path);
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
          emit_cell (cells, col, value);
        }
      else if (in_row && is_end (reader, "row"))
        {
          in_row = FALSE;
          if (!fill_merges (x, cells, row, error) || !emit_row (x, cells, row, func, user_data, error))
            failed = TRUE;
          next_row = row + 1;
          if (next_row % 1024 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
            failed = TRUE;
        }
    }
  close_part (reader, &stream);
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
  int zip_error = 0;
  guint n_rows = 0;
  gboolean ok = FALSE;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  x.path = path;
  x.zip = zip_open (path, ZIP_RDONLY, &zip_error);
  if (x.zip == NULL)
    {
      set_corrupt (error, path);
      return FALSE;
    }
  x.strings = g_ptr_array_new_with_free_func (g_free);
  x.date_styles = g_array_new (FALSE, FALSE, sizeof (gboolean));
  x.merges = g_array_new (FALSE, FALSE, sizeof (Merge));
  g_array_set_clear_func (x.merges, (GDestroyNotify) merge_clear);
  x.active = g_array_new (FALSE, FALSE, sizeof (guint));

  if (check_sizes (&x, error))
    part = find_sheet_part (&x, sheet, &sheet_name, error);
  if (part != NULL && read_shared_strings (&x, error) && read_styles (&x, error) && find_merges (&x, part, error))
    ok = read_sheet (&x, part, &n_rows, func, user_data, cancellable, error);

  if (ok && info != NULL)
    {
      info->sheet = g_steal_pointer (&sheet_name);
      info->n_rows = n_rows;
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
}
