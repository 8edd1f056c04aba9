/* cohort-person.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cohort-enums.h"

G_BEGIN_DECLS

#define COHORT_TYPE_PERSON (cohort_person_get_type ())

G_DECLARE_FINAL_TYPE (CohortPerson, cohort_person, COHORT, PERSON, GObject)

/* Text fields of a person, in the order of their properties. */
typedef enum
{
  COHORT_PERSON_FAMILY_NAME,
  COHORT_PERSON_MIDDLE_NAME,
  COHORT_PERSON_GIVEN_NAME,
  COHORT_PERSON_LAO_FAMILY_NAME,
  COHORT_PERSON_LAO_GIVEN_NAME,
  COHORT_PERSON_LATIN_NAME,
  COHORT_PERSON_BIRTH_DATE,
  COHORT_PERSON_ETHNICITY,
  COHORT_PERSON_RELIGION,
  COHORT_PERSON_NATIONALITY,
  COHORT_PERSON_HOMETOWN,
  COHORT_PERSON_LAO_PROVINCE,
  COHORT_PERSON_UNIT,
  COHORT_PERSON_POSITION,
  COHORT_PERSON_PARTY_JOIN_DATE,
  COHORT_PERSON_PARTY_OFFICIAL_DATE,
  COHORT_PERSON_EDUCATION,
  COHORT_PERSON_PROFESSIONAL,
  COHORT_PERSON_ID_NUMBER,
  COHORT_PERSON_PASSPORT_NUMBER,
  COHORT_PERSON_PHONE,
  COHORT_PERSON_ETHNICITY_TEXT,   /* an ethnic group as a list wrote it, not yet one of the 54 */
  COHORT_PERSON_LLCT_LEVEL,       /* political theory (lý luận chính trị): "Trung cấp", "Cao cấp" */
  COHORT_PERSON_QLNN_LEVEL,       /* state management (quản lý nhà nước): "Chuyên viên", … */
  COHORT_PERSON_N_TEXT_FIELDS
} CohortPersonField;

CohortPerson   *cohort_person_new               (void);
CohortPerson   *cohort_person_copy              (CohortPerson      *self);
void            cohort_person_fill_from         (CohortPerson      *self,
                                                 CohortPerson      *other);

gint64          cohort_person_get_id            (CohortPerson      *self);
void            cohort_person_set_id            (CohortPerson      *self,
                                                 gint64             id);
const char     *cohort_person_get_field         (CohortPerson      *self,
                                                 CohortPersonField  field);
void            cohort_person_set_field         (CohortPerson      *self,
                                                 CohortPersonField  field,
                                                 const char        *value);
const char     *cohort_person_field_key         (CohortPersonField  field);

CohortNameOrder cohort_person_get_name_order    (CohortPerson      *self);
void            cohort_person_set_name_order    (CohortPerson      *self,
                                                 CohortNameOrder    order);
CohortGender    cohort_person_get_gender        (CohortPerson      *self);
void            cohort_person_set_gender        (CohortPerson      *self,
                                                 CohortGender       gender);
CohortLevel     cohort_person_get_level         (CohortPerson      *self);
void            cohort_person_set_level         (CohortPerson      *self,
                                                 CohortLevel        level);

char           *cohort_person_dup_full_name     (CohortPerson      *self);
char           *cohort_person_dup_lao_name      (CohortPerson      *self);
char           *cohort_person_dup_display_name  (CohortPerson      *self);
char           *cohort_person_dup_search_text   (CohortPerson      *self);
GBytes         *cohort_person_dup_sort_key      (CohortPerson      *self);

/* Convenience accessors for the most used fields. */
#define cohort_person_get_family_name(p) cohort_person_get_field ((p), COHORT_PERSON_FAMILY_NAME)
#define cohort_person_get_middle_name(p) cohort_person_get_field ((p), COHORT_PERSON_MIDDLE_NAME)
#define cohort_person_get_given_name(p)  cohort_person_get_field ((p), COHORT_PERSON_GIVEN_NAME)
#define cohort_person_get_birth_date(p)  cohort_person_get_field ((p), COHORT_PERSON_BIRTH_DATE)
#define cohort_person_get_unit(p)        cohort_person_get_field ((p), COHORT_PERSON_UNIT)
#define cohort_person_get_position(p)    cohort_person_get_field ((p), COHORT_PERSON_POSITION)

G_END_DECLS
