/* cohort-program-list.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-store.h"

G_BEGIN_DECLS

#define COHORT_TYPE_PROGRAM_LIST (cohort_program_list_get_type ())

/* The programs in a boxed list, each with a switch: the school runs it or
 * not. Used by the Programs window and the setup. */
G_DECLARE_FINAL_TYPE (CohortProgramList, cohort_program_list, COHORT, PROGRAM_LIST, AdwBin)

GtkWidget *cohort_program_list_new        (void);
void       cohort_program_list_set_store  (CohortProgramList *self,
                                           CohortStore       *store);
void       cohort_program_list_reload     (CohortProgramList *self);
guint      cohort_program_list_get_n_rows (CohortProgramList *self);
char      *cohort_program_list_dup_row    (CohortProgramList *self,
                                           guint              index,
                                           char             **subtitle,
                                           gboolean          *active);
gboolean   cohort_program_list_set_active (CohortProgramList *self,
                                           const char        *code,
                                           gboolean           active);

G_END_DECLS
