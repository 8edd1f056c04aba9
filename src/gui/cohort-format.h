/* cohort-format.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cohort-enrolment.h"
#include "cohort-enums.h"

G_BEGIN_DECLS

char       *cohort_format_count        (gint64            n);
const char *cohort_format_gender       (CohortGender      gender);
const char *cohort_format_level        (CohortLevel       level);
const char *cohort_format_class_status (CohortClassStatus status);
const char *cohort_format_enrolment_status (const char   *status);
const char *cohort_format_study_mode  (CohortStudyMode   mode);
char       *cohort_format_status_note (CohortEnrolment  *entry);
const char *cohort_format_org_kind    (CohortOrgKind     kind);
const char *cohort_format_training_level (CohortTrainingLevel level);
const char *cohort_format_credential  (CohortCredential  credential);
char       *cohort_format_province    (const char       *name,
                                       const char       *now);

G_END_DECLS

G_BEGIN_DECLS

/* Closures for <closure function="…"> in templates: the first argument is the item. */
char *cohort_format_number_cb       (gpointer    item,
                                     gint64      n);
char *cohort_format_date_cb         (gpointer    item,
                                     const char *iso);
char *cohort_format_class_status_cb (gpointer    item,
                                     gint64      status);
char *cohort_format_class_size_cb   (gpointer    item,
                                     gint64      enrolled,
                                     gint64      planned);
char *cohort_format_gender_cb       (gpointer    item,
                                     int         gender);
char *cohort_format_int_cb          (gpointer    item,
                                     int         n);
char *cohort_format_optional_cb    (gpointer    item,
                                     gint64      n);
char *cohort_format_study_mode_cb  (gpointer    item,
                                     gint64      mode);
char *cohort_format_level_cb        (gpointer    item,
                                     int         level);
char *cohort_format_enrolment_status_cb (gpointer    item,
                                         const char *status);
char *cohort_format_status_cell_cb  (gpointer         item,
                                     CohortEnrolment *entry);
char *cohort_format_status_tooltip_cb (gpointer       item,
                                     CohortEnrolment *entry);

void  cohort_format_bind_callbacks  (gpointer    widget_class);

G_END_DECLS
