/* cohort-xlsx-write-private.h: for the .xlsx writers of src/io only.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes the workbook to @tmp; @path is the name to give in messages. */
typedef gboolean (*CohortXlsxWriteFunc) (gpointer     data,
                                         const char  *tmp,
                                         const char  *path,
                                         GError     **error);

gboolean _cohort_xlsx_write_file (const char          *path,
                                  CohortXlsxWriteFunc  write,
                                  gpointer             data,
                                  GError             **error);

G_END_DECLS
