/* cohort-enums.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  COHORT_GENDER_UNKNOWN,
  COHORT_GENDER_MALE,
  COHORT_GENDER_FEMALE,
} CohortGender;

/* How a person's name is written and sorted. */
typedef enum
{
  COHORT_NAME_ORDER_VIETNAMESE, /* family middle given; sorted given, middle, family */
  COHORT_NAME_ORDER_LAO,        /* given family; sorted given, family */
} CohortNameOrder;

/* Administrative level of a cadre or of the cadres a class is for. */
typedef enum
{
  COHORT_LEVEL_UNKNOWN,
  COHORT_LEVEL_PROVINCE,
  COHORT_LEVEL_DISTRICT,
  COHORT_LEVEL_COMMUNE,
} CohortLevel;

typedef enum
{
  COHORT_CLASS_STATUS_PLANNED,
  COHORT_CLASS_STATUS_RUNNING,
  COHORT_CLASS_STATUS_FINISHED,
} CohortClassStatus;

typedef enum
{
  COHORT_STUDY_MODE_FULL_TIME,
  COHORT_STUDY_MODE_PART_TIME,
} CohortStudyMode;

typedef enum
{
  COHORT_ORG_KIND_SCHOOL,
  COHORT_ORG_KIND_DISTRICT_CENTRE,
  COHORT_ORG_KIND_PARTNER_SCHOOL,
  COHORT_ORG_KIND_OTHER,
} CohortOrgKind;

/* What kind of training a program is. */
typedef enum
{
  COHORT_TRAINING_LEVEL_INTERMEDIATE,   /* trung cấp */
  COHORT_TRAINING_LEVEL_ELEMENTARY,     /* sơ cấp */
  COHORT_TRAINING_LEVEL_REFRESHER,      /* bồi dưỡng */
  COHORT_TRAINING_LEVEL_OTHER,
} CohortTrainingLevel;

/* What a program's graduates receive. */
typedef enum
{
  COHORT_CREDENTIAL_DIPLOMA,            /* bằng tốt nghiệp */
  COHORT_CREDENTIAL_CERTIFICATE,        /* giấy chứng nhận, chứng chỉ */
  COHORT_CREDENTIAL_COMPLETION,         /* chứng nhận hoàn thành */
  COHORT_CREDENTIAL_NONE,
  COHORT_CREDENTIAL_UNKNOWN,            /* no source says */
} CohortCredential;

const char *cohort_gender_to_string      (CohortGender gender);
CohortGender cohort_gender_from_string   (const char  *text);
const char *cohort_level_to_string       (CohortLevel  level);
CohortLevel  cohort_level_from_string    (const char  *text);
const char *cohort_class_status_to_string (CohortClassStatus status);
CohortClassStatus cohort_class_status_from_string (const char *text);
const char *cohort_study_mode_to_string  (CohortStudyMode mode);
CohortStudyMode cohort_study_mode_from_string (const char *text);
const char *cohort_org_kind_to_string    (CohortOrgKind kind);
CohortOrgKind cohort_org_kind_from_string (const char *text);
const char *cohort_training_level_to_string (CohortTrainingLevel level);
CohortTrainingLevel cohort_training_level_from_string (const char *text);
const char *cohort_credential_to_string  (CohortCredential credential);
CohortCredential cohort_credential_from_string (const char *text);

G_END_DECLS
