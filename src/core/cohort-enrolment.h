/* cohort-enrolment.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cohort-class.h"
#include "cohort-person.h"

G_BEGIN_DECLS

/* What is recorded when a student is withdrawn or deferred. */
typedef enum
{
  COHORT_STATUS_NOTE_REASON,
  COHORT_STATUS_NOTE_DATE,       /* ISO yyyy-mm-dd */
  COHORT_STATUS_NOTE_DECISION,   /* the number of the decision, e.g. "15/QĐ-TCT" */
  COHORT_N_STATUS_NOTES
} CohortStatusNoteField;

#define COHORT_TYPE_ENROLMENT (cohort_enrolment_get_type ())

/* A person on the roster of a class. */
G_DECLARE_FINAL_TYPE (CohortEnrolment, cohort_enrolment, COHORT, ENROLMENT, GObject)

CohortEnrolment *cohort_enrolment_new                (CohortPerson    *person);
CohortPerson    *cohort_enrolment_get_person         (CohortEnrolment *self);
gint64           cohort_enrolment_get_id             (CohortEnrolment *self);
void             cohort_enrolment_set_id             (CohortEnrolment *self,
                                                      gint64           id);
int              cohort_enrolment_get_roster_no      (CohortEnrolment *self);
void             cohort_enrolment_set_roster_no      (CohortEnrolment *self,
                                                      int              roster_no);
const char      *cohort_enrolment_get_status         (CohortEnrolment *self);
void             cohort_enrolment_set_status         (CohortEnrolment *self,
                                                      const char      *status);
const char      *cohort_enrolment_get_ethnicity_name (CohortEnrolment *self);
void             cohort_enrolment_set_ethnicity_name (CohortEnrolment *self,
                                                      const char      *name);
const char      *cohort_enrolment_get_note           (CohortEnrolment *self,
                                                      CohortStatusNoteField which);
void             cohort_enrolment_set_note           (CohortEnrolment *self,
                                                      CohortStatusNoteField which,
                                                      const char      *value);
CohortClass     *cohort_enrolment_get_class          (CohortEnrolment *self);
void             cohort_enrolment_set_class          (CohortEnrolment *self,
                                                      CohortClass     *klass);

G_END_DECLS
