/* cohort-setup-assistant.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-class-editor.h"
#include "cohort-import-window.h"
#include "cohort-program-list.h"
#include "cohort-store.h"

G_BEGIN_DECLS

#define COHORT_TYPE_SETUP_ASSISTANT (cohort_setup_assistant_get_type ())

/* The first run of a new database, step by step: the school and its
 * letterhead, its centres and other hosts, the signers of documents, the
 * programs it runs, then the first class or the first list. Each step is
 * written when confirmed; a database reopened resumes at the first step not
 * done. */
G_DECLARE_FINAL_TYPE (CohortSetupAssistant, cohort_setup_assistant, COHORT, SETUP_ASSISTANT, AdwBin)

void                cohort_setup_assistant_set_store     (CohortSetupAssistant *self,
                                                          CohortStore          *store);
void                cohort_setup_assistant_resume        (CohortSetupAssistant *self);
CohortSetupStep     cohort_setup_assistant_get_step      (CohortSetupAssistant *self);
const char         *cohort_setup_assistant_get_error     (CohortSetupAssistant *self);
gboolean            cohort_setup_assistant_go_on         (CohortSetupAssistant *self);

/* What tests drive and read, as a person would. */
void                cohort_setup_assistant_set_text      (CohortSetupAssistant *self,
                                                          const char           *key,
                                                          const char           *text);
const char         *cohort_setup_assistant_get_text      (CohortSetupAssistant *self,
                                                          const char           *key);
void                cohort_setup_assistant_set_province  (CohortSetupAssistant *self,
                                                          gint64                province_id);
guint               cohort_setup_assistant_get_n_hosts   (CohortSetupAssistant *self);
CohortProgramList  *cohort_setup_assistant_get_program_list (CohortSetupAssistant *self);
CohortClassEditor  *cohort_setup_assistant_new_class     (CohortSetupAssistant *self);
CohortImportWindow *cohort_setup_assistant_import        (CohortSetupAssistant *self,
                                                          const char           *path);
gboolean            cohort_setup_assistant_can_try_demo  (CohortSetupAssistant *self);

G_END_DECLS
