/* cohort-xlsx-reader.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cohort-csv-reader.h"

G_BEGIN_DECLS

/* An .xlsx part may not unpack to more than this: a roster is a few MB. */
#define COHORT_XLSX_MAX_PART_BYTES (256 * 1024 * 1024)

typedef struct
{
  char  *sheet;     /* the name of the sheet read */
  guint  n_rows;
  GStrv  sheets;    /* the names of every sheet of the workbook, in order: set as
                     * soon as they are known, also when the reading stops */
} CohortXlsxInfo;

gboolean cohort_xlsx_read            (const char      *path,
                                      const char      *sheet,
                                      CohortXlsxInfo  *info,
                                      CohortRowFunc    func,
                                      gpointer         user_data,
                                      GCancellable    *cancellable,
                                      GError         **error);
void     cohort_xlsx_info_clear      (CohortXlsxInfo  *info);

G_END_DECLS
