/* cohort-test-io.h: what the tests of the readers share — rows a reader
 * hands on, as text or kept, and the kinds a header map found.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-csv-reader.h"
#include "cohort-header-map.h"

G_BEGIN_DECLS

gboolean   cohort_test_collect_row (guint               row,
                                    const char *const  *cells,
                                    guint               n_cells,
                                    gpointer            user_data,
                                    GError            **error);
GPtrArray *cohort_test_rows_of     (const char         *csv);
char      *cohort_test_kinds_text  (CohortHeaderMap    *map);

G_END_DECLS
