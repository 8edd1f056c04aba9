/* cohort-person-editor-private.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the files of CohortPersonEditor only: cohort-person-editor.c
 * (the form) and cohort-person-editor-rows.c (what tests drive and read).
 */
#pragma once

#include "cohort-person-editor.h"

G_BEGIN_DECLS

/* The entry rows, in the order of the page. */
enum {
  ROW_FULL_NAME,
  ROW_FAMILY_NAME,
  ROW_MIDDLE_NAME,
  ROW_GIVEN_NAME,
  ROW_LAO_GIVEN_NAME,
  ROW_LAO_FAMILY_NAME,
  ROW_LATIN_NAME,
  ROW_PASSPORT_NUMBER,
  ROW_BIRTH_DATE,
  ROW_ETHNICITY_TEXT,
  ROW_HOMETOWN,
  ROW_ID_NUMBER,
  ROW_PHONE,
  ROW_UNIT,
  ROW_POSITION,
  ROW_EDUCATION,
  ROW_PROFESSIONAL,
  ROW_LLCT_LEVEL,
  ROW_QLNN_LEVEL,
  ROW_PARTY_JOIN_DATE,
  ROW_PARTY_OFFICIAL_DATE,
  N_ROWS
};

/* The combo rows that choose from a list of the store. */
enum {
  CHOICE_ETHNICITY,
  CHOICE_RELIGION,
  CHOICE_LAO_PROVINCE,
  N_CHOICES
};

struct _CohortPersonEditor
{
  AdwWindow         parent_instance;

  /* Template widgets */
  AdwWindowTitle   *window_title;
  GtkWidget        *save_button;
  GtkRevealer      *error_revealer;
  GtkLabel         *error_label;
  AdwPreferencesGroup *name_group;
  GtkSwitch        *lao_switch;
  AdwComboRow      *gender_row;
  AdwComboRow      *level_row;
  AdwEntryRow      *rows[N_ROWS];
  AdwComboRow      *choice_rows[N_CHOICES];

  /* Made in init, one in a row of its own under each entry row */
  GtkLabel         *errors[N_ROWS];

  /* Owned references */
  CohortStore      *store;
  CohortPerson     *person;          /* as it was opened; id 0 for a new one */
  GPtrArray        *codes[N_CHOICES]; /* of char *, NULL first for "Not recorded" */
  AdwMessageDialog *duplicate_dialog; /* while shown */

  gboolean          updating_names;  /* while one name row writes the others */
  gboolean          names_touched;   /* the user typed in a name row */
};

static inline const char *
row_text (CohortPersonEditor *self,
          guint               i)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->rows[i]));
}

int _cohort_person_editor_row_for_key (const char *key);

G_END_DECLS
