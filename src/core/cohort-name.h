/* cohort-name.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char    *cohort_name_normalize       (const char  *text);
gboolean cohort_name_split_vietnamese (const char  *full_name,
                                       char       **family_name,
                                       char       **middle_name,
                                       char       **given_name);
char    *cohort_name_join             (const char  *first,
                                       const char  *second,
                                       const char  *third);

G_END_DECLS
