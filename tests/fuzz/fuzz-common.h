/* fuzz-common.h: what the fuzz targets of Cohort's readers share.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cohort-header-map.h"

G_BEGIN_DECLS

/* Rows as a reader hands them, checked and read as an import reads them:
 * the first rows are searched for a header, every row below it becomes a
 * person. */
typedef struct
{
  GPtrArray       *first_rows;   /* GStrv, until the header is searched for */
  CohortHeaderMap *map;
  guint            n_rows;
} FuzzRows;

void        fuzz_init        (void);
const char *fuzz_write_file  (const guint8       *data,
                              gsize               size);
void        fuzz_check_text  (const char         *text);
void        fuzz_rows_init   (FuzzRows           *rows);
gboolean    fuzz_rows_add    (guint               row,
                              const char *const  *cells,
                              guint               n_cells,
                              gpointer            user_data,
                              GError            **error);
void        fuzz_rows_finish (FuzzRows           *rows);
GByteArray *fuzz_pack_parts  (const guint8       *data,
                              gsize               size);

G_END_DECLS
