/* cohort-date.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean cohort_date_parse_iso     (const char *iso,
                                    int        *year,
                                    int        *month,
                                    int        *day);
char    *cohort_date_parse_display (const char *text);
char    *cohort_date_format        (const char *iso);
char    *cohort_date_format_official (GDate    *date);
char    *cohort_date_today         (void);

G_END_DECLS
