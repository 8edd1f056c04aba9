/* cohort-docx-reader.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cohort-csv-reader.h"

G_BEGIN_DECLS

gboolean cohort_docx_read (const char     *path,
                           guint          *n_rows,
                           CohortRowFunc   func,
                           gpointer        user_data,
                           GCancellable   *cancellable,
                           GError        **error);
gboolean cohort_ods_read  (const char     *path,
                           guint          *n_rows,
                           CohortRowFunc   func,
                           gpointer        user_data,
                           GCancellable   *cancellable,
                           GError        **error);

G_END_DECLS
