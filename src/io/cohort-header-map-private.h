/* cohort-header-map-private.h: the words of headers, shared by the files
 * that find a list's header (cohort-header-map.c, cohort-header-find.c).
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-header-map.h"

G_BEGIN_DECLS

/* What a heading over several columns gives the headings under it. */
typedef enum
{
  COHORT_HEADER_GROUP_NONE,
  COHORT_HEADER_GROUP_NAME,     /* "Họ và tên" over "Họ và tên đệm" | "Tên" */
  COHORT_HEADER_GROUP_BIRTH,    /* "Ngày, tháng, năm sinh" over "Nam" | "Nữ", or "Ngày" | "Tháng" | "Năm" */
  COHORT_HEADER_GROUP_GENDER,   /* "Giới tính" over "Nam" | "Nữ" */
  COHORT_HEADER_GROUP_PARTY,    /* "Đảng viên" over "Ngày vào Đảng" | "Ngày chính thức" */
  COHORT_HEADER_GROUP_LEVEL,    /* "Trình độ" over "Văn hóa" | "Chuyên môn" | "LLCT" | … */
} CohortHeaderGroup;

char              *_cohort_header_words        (const char        *header);
CohortHeaderGroup  _cohort_header_group        (const char        *heading);
CohortColumnKind   _cohort_header_kind_in_group (CohortHeaderGroup  group,
                                                 const char        *heading,
                                                 gboolean          *found);
gboolean           _cohort_column_kind_joins   (CohortColumnKind   kind);

G_END_DECLS
