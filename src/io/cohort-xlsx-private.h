/* cohort-xlsx-private.h: what the parts of the .xlsx reader share — the
 * package being read, its merged ranges, and the helpers that stream its XML.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/xmlreader.h>
#include <zip.h>

#include "cohort-xlsx-reader.h"

G_BEGIN_DECLS

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


/* cohort-xlsx-reader.c: the package and its XML */
void             _cohort_xlsx_set_not_utf8 (GError    **error,
                                           const char  *path);
void             _cohort_xlsx_set_corrupt (GError     **error,
                                           const char  *path);
xmlTextReaderPtr _cohort_xlsx_open_part (Xlsx        *x,
                                         const char  *name,
                                         PartStream  *stream);
void             _cohort_xlsx_close_part (xmlTextReaderPtr  reader,
                                          PartStream       *stream);
gboolean         _cohort_xlsx_next_node (Xlsx              *x,
                                         xmlTextReaderPtr   reader,
                                         PartStream        *stream,
                                         gboolean          *failed,
                                         GError           **error);
gboolean         _cohort_xlsx_is_element (xmlTextReaderPtr  reader,
                                          const char       *name);
char *           _cohort_xlsx_attribute (xmlTextReaderPtr  reader,
                                         const char       *name);
gboolean         _cohort_xlsx_parse_ref (const char *ref,
                                         guint      *col,
                                         guint      *row);
void             _cohort_xlsx_emit_cell (GPtrArray   *cells,
                                         guint        col,
                                         char        *value);

/* cohort-xlsx-merges.c: merged ranges */
void             _cohort_xlsx_merge_clear (Merge *merge);
gboolean         _cohort_xlsx_find_merges (Xlsx        *x,
                                           const char  *part,
                                           GError     **error);
gboolean         _cohort_xlsx_fill_merges (Xlsx      *x,
                                           GPtrArray *cells,
                                           guint      row,
                                           GError   **error);

G_END_DECLS
