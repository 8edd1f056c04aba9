/* cohort-import-cells.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-person.h"

G_BEGIN_DECLS

/* What a cell of a "Nam" or "Nữ" column under "Giới tính" holds. */
typedef enum
{
  COHORT_MARK_NONE,      /* empty, "0", "-": not this gender */
  COHORT_MARK_SET,       /* "x", "X", "✓", "1", … */
  COHORT_MARK_OTHER,     /* anything else: a date, a word, a mistake */
} CohortMark;

char         *cohort_cell_read_date        (const char  *text,
                                            char       **problem);
char         *cohort_cell_number_text      (double       d);
CohortGender  cohort_cell_read_gender      (const char  *text,
                                            gboolean    *ok);
CohortMark    cohort_cell_read_mark        (const char  *text);
gboolean      cohort_cell_is_mark          (const char  *text);
gboolean      cohort_cell_is_column_number (const char  *text);
gboolean      cohort_cell_split_position_unit (const char  *text,
                                               char       **position,
                                               char       **unit);

G_END_DECLS
