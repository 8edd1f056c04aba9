/* cohort-xls-reader.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-xlsx-reader.h"

G_BEGIN_DECLS

gboolean cohort_xls_read (const char      *path,
                          const char      *sheet,
                          CohortXlsxInfo  *info,
                          CohortRowFunc    func,
                          gpointer         user_data,
                          GCancellable    *cancellable,
                          GError         **error);

/* The same, in this process: libfreexl crashes on some damaged files, so
 * Cohort calls it only in the cohort-xls-rows helper (and when fuzzing). */
gboolean cohort_xls_read_here (const char      *path,
                               const char      *sheet,
                               CohortXlsxInfo  *info,
                               CohortRowFunc    func,
                               gpointer         user_data,
                               GCancellable    *cancellable,
                               GError         **error);

G_END_DECLS
