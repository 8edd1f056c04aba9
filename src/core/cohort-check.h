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
