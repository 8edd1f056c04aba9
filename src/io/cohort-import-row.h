/* cohort-import-row.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-header-map.h"
#include "cohort-import-cells.h"
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
