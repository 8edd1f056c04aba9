/* cohort-person-editor-rows.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The person editor's rows as tests drive and read them: typed into, read
 * back, with the message shown under each.
 */
#define G_LOG_DOMAIN "cohort-person-editor"

#include "config.h"

#include "cohort-person-editor-private.h"
#include "cohort-widgets.h"

/**
 * cohort_person_editor_get_save_button:
 *
 * Returns: (transfer none): the Save button
 */
GtkWidget *
cohort_person_editor_get_save_button (CohortPersonEditor *self)
{
  g_return_val_if_fail (COHORT_IS_PERSON_EDITOR (self), NULL);
  return self->save_button;
}

/**
 * cohort_person_editor_set_field_text:
 * @key: "full-name", "family-name", "birth-date", "id-number", …
 *
 * Sets the text of a row as typing it would.
 */
void
cohort_person_editor_set_field_text (CohortPersonEditor *self,
                                     const char         *key,
                                     const char         *text)
{
  int i;

  g_return_if_fail (COHORT_IS_PERSON_EDITOR (self));
  i = _cohort_person_editor_row_for_key (key);
  if (i >= 0)
    gtk_editable_set_text (GTK_EDITABLE (self->rows[i]), text);
}

/**
 * cohort_person_editor_get_field_text:
 *
 * Returns: the text of the row for @key
 */
const char *
cohort_person_editor_get_field_text (CohortPersonEditor *self,
                                     const char         *key)
{
  int i;

  g_return_val_if_fail (COHORT_IS_PERSON_EDITOR (self), NULL);
  i = _cohort_person_editor_row_for_key (key);
  return i >= 0 ? row_text (self, i) : NULL;
}

/**
 * cohort_person_editor_get_error:
 *
 * Returns: (nullable): the message shown for the row of @key, or %NULL
 */
const char *
cohort_person_editor_get_error (CohortPersonEditor *self,
                                const char         *key)
{
  int i;

  g_return_val_if_fail (COHORT_IS_PERSON_EDITOR (self), NULL);
  i = _cohort_person_editor_row_for_key (key);
  if (i < 0 || !gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (self->errors[i]))))
    return NULL;
  return gtk_label_get_label (self->errors[i]);
}

/**
 * cohort_person_editor_get_refusal:
 *
 * Returns: (nullable): the message about text refused in the row of @key
 */
const char *
cohort_person_editor_get_refusal (CohortPersonEditor *self,
                                  const char         *key)
{
  int i;

  g_return_val_if_fail (COHORT_IS_PERSON_EDITOR (self), NULL);
  i = _cohort_person_editor_row_for_key (key);
  return i >= 0 ? cohort_editable_get_refusal (GTK_EDITABLE (self->rows[i])) : NULL;
}

/**
 * cohort_person_editor_get_row:
 *
 * Returns: (transfer none): the entry row of @key, e.g. to paste into
 */
GtkEditable *
cohort_person_editor_get_row (CohortPersonEditor *self,
                              const char         *key)
{
  int i;

  g_return_val_if_fail (COHORT_IS_PERSON_EDITOR (self), NULL);
  i = _cohort_person_editor_row_for_key (key);
  return i >= 0 ? GTK_EDITABLE (self->rows[i]) : NULL;
}

/**
 * cohort_person_editor_get_duplicate_dialog:
 *
 * Returns: (transfer none) (nullable): the duplicate warning, while it is shown
 */
AdwMessageDialog *
cohort_person_editor_get_duplicate_dialog (CohortPersonEditor *self)
{
  g_return_val_if_fail (COHORT_IS_PERSON_EDITOR (self), NULL);
  return self->duplicate_dialog;
}
