/* cohort-import-row.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-header-map.h"
#include "cohort-person.h"

G_BEGIN_DECLS

/* A cell that cannot be read, and why. */
typedef struct
{
  guint     column;
  char     *message;
  gboolean  warning;   /* the row is imported all the same; the cell is to check */
} CohortCellProblem;

void          cohort_cell_problem_free  (CohortCellProblem     *problem);
char         *cohort_cell_read_date     (const char            *text,
                                         char                 **problem);
char         *cohort_cell_number_text   (double                 d);
CohortGender  cohort_cell_read_gender   (const char            *text,
                                         gboolean              *ok);
CohortPerson *cohort_import_row_read    (const CohortHeaderMap *map,
                                         const char *const     *cells,
                                         GPtrArray             *problems);
CohortPerson *cohort_import_row_read_full (const CohortHeaderMap *map,
                                           const char *const     *cells,
                                           GPtrArray             *problems,
                                           gboolean              *named);
char         *cohort_name_part_fix_case (const char            *part,
                                         gboolean               all_caps);

G_END_DECLS
