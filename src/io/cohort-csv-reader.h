/* cohort-csv-reader.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cohort-text-decode.h"

G_BEGIN_DECLS

/* Limits no roster comes near; beyond them a file is refused, not read. */
#define COHORT_CSV_MAX_CELL_CHARS 32768
#define COHORT_CSV_MAX_COLUMNS    1000

/* Called once per row, in order; return FALSE with @error set to stop. */
typedef gboolean (*CohortRowFunc) (guint              row,
                                   const char *const *cells,
                                   guint              n_cells,
                                   gpointer           user_data,
                                   GError           **error);

typedef struct
{
  CohortTextEncoding encoding;
  char               delimiter;
  guint              n_rows;
} CohortCsvInfo;

gboolean cohort_csv_read (const guint8   *data,
                          gsize           len,
                          CohortCsvInfo  *info,
                          CohortRowFunc   func,
                          gpointer        user_data,
                          GCancellable   *cancellable,
                          GError        **error);

G_END_DECLS
