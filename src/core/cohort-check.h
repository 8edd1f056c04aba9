/* cohort-check.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What makes a person or a class acceptable, with messages that say what is
 * wrong and what to do. The editors show them inline; the store refuses to
 * write anything that fails them.
 */
#pragma once

#include "cohort-class.h"
#include "cohort-person.h"

G_BEGIN_DECLS

/* The longest text Cohort keeps, in characters: a Vietnamese or Lao letter
 * counts one however many bytes it takes. The store refuses longer values on
 * every write (editors, imports, cohort-cli); the editors stop typing there
 * and say so when a paste is longer. */
#define COHORT_LIMIT_NAME_PART          50   /* family, middle or given name, Latin or Lao script */
#define COHORT_LIMIT_FULL_NAME         150   /* a name typed whole, before it is split */
#define COHORT_LIMIT_LATIN_NAME        100   /* the name as the passport writes it */
#define COHORT_LIMIT_CHOICE             50   /* ethnic group, religion, nationality, province of Laos */
#define COHORT_LIMIT_DATE               20   /* as typed: 05/01/1980 */
#define COHORT_LIMIT_HOMETOWN          200
#define COHORT_LIMIT_UNIT              200
#define COHORT_LIMIT_POSITION          150
#define COHORT_LIMIT_EDUCATION          50
#define COHORT_LIMIT_PROFESSIONAL      150
#define COHORT_LIMIT_ID_NUMBER          20   /* 12 digits, typed in groups */
#define COHORT_LIMIT_PASSPORT_NUMBER    20
#define COHORT_LIMIT_PHONE              20
#define COHORT_LIMIT_CLASS_CODE         30   /* B43, K52A, Lào khóa 11-SV */
#define COHORT_LIMIT_HOST_NAME         200   /* a school or a district political centre */
#define COHORT_LIMIT_HOST_LOCATION     200   /* where a class meets */
#define COHORT_LIMIT_PROGRAM_CODE       20
#define COHORT_LIMIT_PROGRAM_NAME      200
#define COHORT_LIMIT_SETTING_AGENCY    200   /* header lines of official documents */
#define COHORT_LIMIT_SETTING_PLACE     100
#define COHORT_LIMIT_SETTING_TITLE     100   /* a signer's title, both lines */
#define COHORT_LIMIT_SETTING_NAME       50   /* a signer's name */

/* Which value of a class a check is about. */
typedef enum
{
  COHORT_CLASS_CHECK_OK,
  COHORT_CLASS_CHECK_CODE,
  COHORT_CLASS_CHECK_YEAR,
  COHORT_CLASS_CHECK_PROGRAM,
  COHORT_CLASS_CHECK_HOST,
  COHORT_CLASS_CHECK_START_DATE,
  COHORT_CLASS_CHECK_END_DATE,
  COHORT_CLASS_CHECK_PLANNED,
} CohortClassCheck;

guint       cohort_check_person_field_limit (CohortPersonField  field);
const char *cohort_check_person_field_label (CohortPersonField  field);
char       *cohort_check_length             (const char        *label,
                                             const char        *value,
                                             guint              limit);

char *cohort_check_person_field (CohortPersonField  field,
                                 const char        *value);
char *cohort_check_person       (CohortPerson      *person,
                                 CohortPersonField *field);
char *cohort_check_class        (CohortClass       *klass,
                                 CohortClassCheck  *what);
char *cohort_check_class_finish (const char        *code,
                                 CohortClassStatus  status,
                                 const char        *start_date,
                                 const char        *today);

G_END_DECLS
