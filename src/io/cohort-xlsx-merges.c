/* cohort-xlsx-merges.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Merged cells of an .xlsx sheet: the ranges are listed after the cells, so
 * they are found first — from the bytes of the <mergeCells> element when it
 * looks as spreadsheet programs write it, else by parsing the sheet — and
 * each cell of a range then gets the value of its first cell as rows are read.
 */
#define G_LOG_DOMAIN "cohort-xlsx-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "cohort-io-error.h"
#include "cohort-xlsx-private.h"

void
_cohort_xlsx_merge_clear (Merge *merge)
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


static void
add_merge (Xlsx             *x,
           xmlTextReaderPtr  reader)
{
  if (_cohort_xlsx_is_element (reader, "mergeCell") && x->merges->len < MAX_MERGES)
    {
      g_autofree char *ref = _cohort_xlsx_attribute (reader, "ref");
      g_auto(GStrv) ends = ref ? g_strsplit (ref, ":", 2) : NULL;
      Merge m = { 0 };

      if (ends != NULL && ends[1] != NULL && _cohort_xlsx_parse_ref (ends[0], &m.c1, &m.r1) &&
          _cohort_xlsx_parse_ref (ends[1], &m.c2, &m.r2) && m.r2 >= m.r1 && m.c2 >= m.c1)
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
  xmlTextReaderPtr reader = _cohort_xlsx_open_part (x, part, &stream);
  gboolean failed = FALSE;

  if (reader == NULL)
    {
      _cohort_xlsx_set_corrupt (error, x->path);
      return FALSE;
    }
  while (_cohort_xlsx_next_node (x, reader, &stream, &failed, error))
    {
      if (_cohort_xlsx_is_element (reader, "sheetData") && !xmlTextReaderIsEmptyElement (reader))
        {
          /* Skip the cells without looking at them. */
          if (xmlTextReaderNext (reader) < 0)
            {
              failed = TRUE;
              _cohort_xlsx_set_corrupt (error, x->path);
              break;
            }
        }
      add_merge (x, reader);
    }
  _cohort_xlsx_close_part (reader, &stream);
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
gboolean
_cohort_xlsx_find_merges (Xlsx        *x,
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

gboolean
_cohort_xlsx_fill_merges (Xlsx      *x,
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
          _cohort_xlsx_emit_cell (cells, c, g_strdup (merge->value));
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
