/* cohort-setup-assistant-private.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the files of CohortSetupAssistant only.
 */
#pragma once

#include "cohort-setup-assistant.h"

G_BEGIN_DECLS

struct _CohortSetupAssistant
{
  AdwBin             parent_instance;

  /* Template widgets */
  AdwToastOverlay   *toast_overlay;
  GtkBox            *steps_box;          /* each step with its title */
  GtkBox            *compact_steps_box;  /* the numbers, the title of the step shown; for narrow windows */
  GtkStack          *stack;
  AdwEntryRow       *school_name_row;
  AdwEntryRow       *school_short_row;
  AdwComboRow       *province_row;
  AdwEntryRow       *parent_agency_row;
  AdwEntryRow       *place_row;
  GtkListBox        *hosts_list;
  AdwEntryRow       *host_name_row;
  GtkWidget         *add_host_button;
  AdwComboRow       *host_kind_row;
  AdwEntryRow       *signer_title_row;
  AdwEntryRow       *signer_title2_row;
  AdwEntryRow       *signer_name_row;
  AdwEntryRow       *preparer_title_row;
  AdwEntryRow       *preparer_title2_row;
  AdwEntryRow       *preparer_name_row;
  CohortProgramList *program_list;
  GtkRevealer       *error_revealer;
  GtkLabel          *error_label;
  GtkWidget         *back_button;
  GtkWidget         *demo_button;
  GtkWidget         *continue_button;

  /* Owned references */
  CohortStore       *store;
  GPtrArray         *provinces;        /* CohortProvince */
  GArray            *province_ids;     /* the province id at each position of province_row */
  gint64             school_id;        /* 0 until the school is written */

  CohortSetupStep    step;             /* the page shown */
  GtkWidget         *step_marks[2][COHORT_SETUP_N_STEPS];   /* in steps_box, in compact_steps_box */
  GtkWidget         *step_titles[2][COHORT_SETUP_N_STEPS];
  gboolean           filling;          /* rows set by Cohort, not typed */
  gboolean           letterhead_typed; /* the user wrote the letterhead: no more suggestions */
};

void     _cohort_setup_assistant_show_error       (CohortSetupAssistant *self,
                                                   const char           *message);
void     _cohort_setup_assistant_fill_page        (CohortSetupAssistant *self,
                                                   CohortSetupStep       step);
gboolean _cohort_setup_assistant_save_school      (CohortSetupAssistant *self);
gboolean _cohort_setup_assistant_save_signers     (CohortSetupAssistant *self);
void     _cohort_setup_assistant_class_init_pages (GtkWidgetClass       *widget_class);
void     _cohort_setup_assistant_init_pages       (CohortSetupAssistant *self);

G_END_DECLS
