/* cohort-number.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *cohort_number_format         (gint64  n);
char *cohort_number_format_percent (double  percent,
                                    guint   decimals);

G_END_DECLS
