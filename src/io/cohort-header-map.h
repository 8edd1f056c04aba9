/* cohort-header-map.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a column of an agency's list holds. */
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
  COHORT_COLUMN_BIRTH_MALE,      /* "Ngày sinh" split in "Nam" / "Nữ" columns */
  COHORT_COLUMN_BIRTH_FEMALE,
  COHORT_COLUMN_GENDER,
  COHORT_COLUMN_ETHNICITY,
  COHORT_COLUMN_RELIGION,
  COHORT_COLUMN_HOMETOWN,
  COHORT_COLUMN_UNIT,
  COHORT_COLUMN_POSITION,
  COHORT_COLUMN_ID_NUMBER,
  COHORT_COLUMN_PHONE,
  COHORT_COLUMN_PARTY_JOIN_DATE,
  COHORT_COLUMN_EDUCATION,
  COHORT_COLUMN_LAO_NAME,
  COHORT_COLUMN_LATIN_NAME,
  COHORT_COLUMN_NOTE,
  COHORT_COLUMN_PASSPORT,        /* số hộ chiếu */
  COHORT_COLUMN_LAO_PROVINCE,    /* a Lao cadre's province, by its Lao, English or Vietnamese name */
  COHORT_N_COLUMN_KINDS
} CohortColumnKind;

/* Where the table starts and what its columns hold. */
typedef struct
{
  guint             header_row;   /* first header row (0-based) */
  guint             first_data_row;
  guint             n_columns;
  CohortColumnKind *kinds;        /* n_columns */
  gboolean         *sure;         /* n_columns: the header matched a name exactly */
} CohortHeaderMap;

CohortColumnKind  cohort_column_kind_for_header (const char        *header,
                                                 gboolean          *sure);
const char       *cohort_column_kind_key        (CohortColumnKind   kind);
CohortColumnKind  cohort_column_kind_from_key   (const char        *key);
const char       *cohort_column_kind_label      (CohortColumnKind   kind);
CohortHeaderMap  *cohort_header_map_find        (GPtrArray         *rows);
char             *cohort_header_map_signature   (const char *const *headers);
char             *cohort_header_map_to_string   (const CohortHeaderMap *map);
gboolean          cohort_header_map_apply_string (CohortHeaderMap  *map,
                                                  const char       *text);
void              cohort_header_map_free        (CohortHeaderMap   *map);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CohortHeaderMap, cohort_header_map_free)

G_END_DECLS
