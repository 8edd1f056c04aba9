/* cohort-collation.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  COHORT_COLLATION_VI,
  COHORT_COLLATION_LO,
} CohortCollation;

GBytes *cohort_collation_key        (CohortCollation     collation,
                                     const char *const  *parts,
                                     guint               n_parts);
void    cohort_collation_append_key (CohortCollation     collation,
                                     const char *const  *parts,
                                     guint               n_parts,
                                     GByteArray         *key);
int     cohort_collation_compare    (CohortCollation     collation,
                                     const char         *a,
                                     int                 a_len,
                                     const char         *b,
                                     int                 b_len);

G_END_DECLS
