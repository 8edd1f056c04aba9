/* cohort-import-table.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-header-map.h"

G_BEGIN_DECLS

/* What a row under the header of a list is. */
typedef enum
{
  COHORT_TABLE_BLANK,
  COHORT_TABLE_PERSON,       /* a row of the table: a person, or data without a name */
  COHORT_TABLE_EMPTY_SLOT,   /* a row number and nothing else: a line of the form left blank */
  COHORT_TABLE_HEADING,      /* a group heading across the table ("I. HUYỆN GIO LINH"), column numbers */
  COHORT_TABLE_CLOSING,      /* under the table: the count, place and date, signers and their names */
} CohortTableLine;

/* Where the reading of a table is, row after row. */
typedef struct
{
  gboolean ended;          /* a closing line was seen: only a numbered row that goes on starts it again */
  gboolean after_blank;    /* a blank row after people */
  gboolean numbered;       /* the people's rows have row numbers */
  gint64   last_no;
  guint    n_people;
  guint    declared;       /* from a count line, or 0 */
} CohortImportTable;

typedef enum
{
  COHORT_CLOSING_NONE,
  COHORT_CLOSING_COUNT,      /* "Danh sách có 8 đồng chí./.", "Tổng cộng: 45 học viên" */
  COHORT_CLOSING_PLACE_DATE, /* "Quảng Trị, ngày 05 tháng 01 năm 2026" */
  COHORT_CLOSING_SIGNER,     /* "NGƯỜI LẬP BIỂU", "KT. GIÁM ĐỐC", "(Ký, ghi rõ họ tên)" */
} CohortClosingKind;

CohortClosingKind cohort_closing_kind          (const char              *text,
                                                guint                   *count);
CohortTableLine   cohort_import_table_classify (CohortImportTable       *table,
                                                const CohortHeaderMap   *map,
                                                const char *const       *cells);
gboolean          cohort_import_table_is_header (const CohortHeaderMap  *map,
                                                 const char *const      *cells);

G_END_DECLS
