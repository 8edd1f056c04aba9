/* cohort-header-map.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a column of an agency's list holds. The order is the order of the
 * column choosers of the import preview; cohort_column_kind_key () names
 * each kind for settings, whatever its place. */
typedef enum
{
  COHORT_COLUMN_UNKNOWN,
  COHORT_COLUMN_ROW_NO,          /* STT */
  COHORT_COLUMN_FULL_NAME,
  COHORT_COLUMN_FAMILY_MIDDLE,   /* "Họ và tên đệm", with the given name beside it */
  COHORT_COLUMN_FAMILY_NAME,
  COHORT_COLUMN_MIDDLE_NAME,
  COHORT_COLUMN_GIVEN_NAME,
  COHORT_COLUMN_BIRTH_DATE,
  COHORT_COLUMN_BIRTH_YEAR,
  COHORT_COLUMN_BIRTH_MONTH,     /* "Ngày sinh" split in "Ngày" | "Tháng" | "Năm" */
  COHORT_COLUMN_BIRTH_DAY,
  COHORT_COLUMN_BIRTH_MALE,      /* "Ngày sinh" split in "Nam" / "Nữ" columns: date and gender */
  COHORT_COLUMN_BIRTH_FEMALE,
  COHORT_COLUMN_GENDER,
  COHORT_COLUMN_GENDER_MARK_MALE,   /* "Giới tính" split in "Nam" | "Nữ": an "x" in one of them */
  COHORT_COLUMN_GENDER_MARK_FEMALE,
  COHORT_COLUMN_ETHNICITY,
  COHORT_COLUMN_RELIGION,
  COHORT_COLUMN_HOMETOWN,
  COHORT_COLUMN_POSITION_UNIT,   /* "Chức vụ, đơn vị công tác": both in one cell */
  COHORT_COLUMN_UNIT,
  COHORT_COLUMN_POSITION,
  COHORT_COLUMN_ID_NUMBER,
  COHORT_COLUMN_PHONE,
  COHORT_COLUMN_PARTY_JOIN_DATE,
  COHORT_COLUMN_PARTY_OFFICIAL_DATE,
  COHORT_COLUMN_EDUCATION,       /* general education: "12/12" */
  COHORT_COLUMN_PROFESSIONAL,    /* professional qualification: "Đại học Luật" */
  COHORT_COLUMN_LLCT,            /* political theory: "Trung cấp" */
  COHORT_COLUMN_QLNN,            /* state management */
  COHORT_COLUMN_LAO_NAME,
  COHORT_COLUMN_LATIN_NAME,
  COHORT_COLUMN_NOTE,            /* "Ghi chú": not a field of a person, not imported */
  COHORT_COLUMN_PASSPORT,        /* số hộ chiếu */
  COHORT_COLUMN_LAO_PROVINCE,    /* a Lao cadre's province, by its Lao, English or Vietnamese name */
  COHORT_N_COLUMN_KINDS
} CohortColumnKind;

/* Where the table starts and what its columns hold. A header takes one to
 * three rows: group headings over the headings of their columns ("Giới
 * tính" over "Nam" | "Nữ"), merged or written once over the group. */
typedef struct
{
  guint             header_row;     /* first header row (0-based) */
  guint             n_header_rows;  /* 1 to 3 */
  guint             first_data_row; /* after the header and a row of column numbers, if any */
  guint             n_columns;
  CohortColumnKind *kinds;          /* n_columns */
  gboolean         *sure;           /* n_columns: the header matched a name exactly */
  GStrv             labels;         /* n_columns: the heading of each column, groups first:
                                     * "Giới tính › Nam"; "" for a column without one */
  GPtrArray        *rows;           /* GStrv: the header's rows as read, for the header
                                     * repeated on a later page */
} CohortHeaderMap;

CohortColumnKind  cohort_column_kind_for_header (const char        *header,
                                                 gboolean          *sure);
const char       *cohort_column_kind_key        (CohortColumnKind   kind);
CohortColumnKind  cohort_column_kind_from_key   (const char        *key);
const char       *cohort_column_kind_label      (CohortColumnKind   kind);
CohortHeaderMap  *cohort_header_map_find        (GPtrArray         *rows);
gboolean          cohort_header_is_word         (const char        *text);
gboolean          cohort_column_kind_is_read    (CohortColumnKind   kind);
char             *cohort_header_map_signature   (const char *const *headers);
char             *cohort_header_map_to_string   (const CohortHeaderMap *map);
gboolean          cohort_header_map_apply_string (CohortHeaderMap  *map,
                                                  const char       *text);
void              cohort_header_map_free        (CohortHeaderMap   *map);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CohortHeaderMap, cohort_header_map_free)

G_END_DECLS
