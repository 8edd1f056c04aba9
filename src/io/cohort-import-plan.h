/* cohort-import-plan.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cohort-csv-reader.h"
#include "cohort-header-map.h"
#include "cohort-import-row.h"

G_BEGIN_DECLS

/* One person of the list, where it came from, and what could not be read. */
typedef struct
{
  guint         row;        /* in the sheet, from 0 */
  CohortPerson *person;
  GPtrArray    *problems;   /* CohortCellProblem */
  gint64        existing;   /* the record in Cohort this row stands for, after
                             * cohort_import_plan_check (); 0 when new */
} CohortImportRow;

/* What a file holds, read and checked, before anything is written. */
typedef struct
{
  char            *sheet;     /* NULL for CSV */
  GStrv            sheets;    /* every sheet of a workbook, or NULL */
  gboolean         sheet_searched;   /* @sheet is not the first: the ones before it have no header */
  char            *format;    /* "CSV (UTF-8)", "XLSX", "XLS" */
  CohortHeaderMap *map;
  GStrv            headers;   /* the header cells, for messages */
  GPtrArray       *rows;      /* CohortImportRow */
  guint            n_rows;    /* rows read, titles and footers included */
  guint            declared;  /* the number of people a count line under the
                               * table gives ("Danh sách có 8 đồng chí"), or 0 */
  guint           *filled;    /* per column of the map: its cells with text in
                               * the people's rows */
} CohortImportPlan;

/* Called once the header is found, before any row is read: may change the
 * kinds of the columns (a mapping the user chose). */
typedef void (*CohortImportMapFunc) (CohortHeaderMap   *map,
                                     const char *const *headers,
                                     gpointer           user_data);

/* Called with the number of rows read so far, from the reading thread. */
typedef void (*CohortImportCountFunc) (guint    n_rows,
                                       gpointer user_data);

CohortImportPlan *cohort_import_plan_read (const char        *path,
                                           const char        *sheet,
                                           GCancellable      *cancellable,
                                           GError           **error);
CohortImportPlan *cohort_import_plan_read_full (const char            *path,
                                                const char            *sheet,
                                                CohortImportMapFunc    map_func,
                                                CohortImportCountFunc  count_func,
                                                gpointer               user_data,
                                                GCancellable          *cancellable,
                                                GError               **error);
gboolean          cohort_import_read_rows (const char        *path,
                                           const char        *sheet,
                                           CohortRowFunc      func,
                                           gpointer           user_data,
                                           GCancellable      *cancellable,
                                           GError           **error);
void              cohort_import_plan_free (CohortImportPlan  *plan);
gboolean          cohort_import_row_is_rejected (const CohortImportRow *row);
const char       *cohort_import_plan_header (CohortImportPlan *plan,
                                             guint             column);
char             *cohort_import_plan_dup_problems (CohortImportPlan *plan,
                                                   CohortImportRow  *row);
GStrv             cohort_import_plan_dup_unread  (CohortImportPlan *plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CohortImportPlan, cohort_import_plan_free)

G_END_DECLS
