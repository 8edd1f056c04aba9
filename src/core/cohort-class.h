/* cohort-class.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cohort-enums.h"

G_BEGIN_DECLS

#define COHORT_TYPE_CLASS (cohort_class_get_type ())

/* A class (lớp): one run of a program, e.g. "B43" or "Lào khóa 5". */
G_DECLARE_FINAL_TYPE (CohortClass, cohort_class, COHORT, CLASS, GObject)

typedef enum
{
  COHORT_CLASS_CODE,
  COHORT_CLASS_PROGRAM,        /* program type code, e.g. "TCLLCT" */
  COHORT_CLASS_PROGRAM_NAME,
  COHORT_CLASS_HOST,           /* name of the hosting org unit */
  COHORT_CLASS_START_DATE,
  COHORT_CLASS_END_DATE,
  COHORT_CLASS_LAO_PROVINCE,   /* partner province code for a Lao cohort */
  COHORT_CLASS_N_TEXT_FIELDS
} CohortClassField;

typedef enum
{
  COHORT_CLASS_ID,
  COHORT_CLASS_HOST_ID,
  COHORT_CLASS_YEAR,
  COHORT_CLASS_COURSE_NO,
  COHORT_CLASS_PLANNED,
  COHORT_CLASS_ENROLLED,
  COHORT_CLASS_MODE,           /* CohortStudyMode */
  COHORT_CLASS_STATUS,         /* CohortClassStatus */
  COHORT_CLASS_LEVEL,          /* CohortLevel */
  COHORT_CLASS_N_INT_FIELDS
} CohortClassNumber;

CohortClass *cohort_class_new        (void);
const char  *cohort_class_get_text   (CohortClass       *self,
                                      CohortClassField   field);
void         cohort_class_set_text   (CohortClass       *self,
                                      CohortClassField   field,
                                      const char        *value);
gint64       cohort_class_get_number (CohortClass       *self,
                                      CohortClassNumber  field);
void         cohort_class_set_number (CohortClass       *self,
                                      CohortClassNumber  field,
                                      gint64             value);
gboolean     cohort_class_is_lao     (CohortClass       *self);

G_END_DECLS
