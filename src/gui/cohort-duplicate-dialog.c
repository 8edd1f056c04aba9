/* cohort-duplicate-dialog.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-duplicate-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-date.h"
#include "cohort-duplicate-dialog.h"

struct _CohortDuplicateDialog
{
  AdwMessageDialog  parent_instance;

  /* Owned references */
  CohortPerson     *person;    /* the one about to be saved */
  GPtrArray        *matches;   /* the people already recorded it may be */
};

G_DEFINE_FINAL_TYPE (CohortDuplicateDialog, cohort_duplicate_dialog, ADW_TYPE_MESSAGE_DIALOG)

static char *
describe_match (CohortPerson *match)
{
  g_autofree char *name = cohort_person_dup_full_name (match);
  g_autofree char *lao = cohort_person_dup_lao_name (match);
  g_autofree char *birth = cohort_date_format (cohort_person_get_birth_date (match));
  const char *unit = cohort_person_get_unit (match);

  /* Translators: a person who may be a duplicate: name, date of birth, work unit */
  return g_strdup_printf (_("%s, born %s, %s"), *name ? name : lao, *birth ? birth : "—",
                          unit ? unit : "—");
}

static void
cohort_duplicate_dialog_dispose (GObject *object)
{
  CohortDuplicateDialog *self = COHORT_DUPLICATE_DIALOG (object);

  g_clear_object (&self->person);
  g_clear_pointer (&self->matches, g_ptr_array_unref);

  G_OBJECT_CLASS (cohort_duplicate_dialog_parent_class)->dispose (object);
}

static void
cohort_duplicate_dialog_class_init (CohortDuplicateDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cohort_duplicate_dialog_dispose;
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass),
                                               "/io/github/cohort/Cohort/cohort-duplicate-dialog.ui");
}

static void
cohort_duplicate_dialog_init (CohortDuplicateDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * cohort_duplicate_dialog_new:
 * @person: the person about to be saved; id 0 when new
 * @matches: (element-type CohortPerson): the people it may be, at least one
 *
 * For a new person the question is about the same name and date of birth or
 * the same ID number; for a changed one, about the ID number.
 */
CohortDuplicateDialog *
cohort_duplicate_dialog_new (GtkWindow    *parent,
                             CohortPerson *person,
                             GPtrArray    *matches)
{
  CohortDuplicateDialog *self;
  gboolean is_new = cohort_person_get_id (person) == 0;
  g_autoptr(GString) body = g_string_new (NULL);

  g_return_val_if_fail (COHORT_IS_PERSON (person), NULL);
  g_return_val_if_fail (matches != NULL && matches->len > 0, NULL);

  self = g_object_new (COHORT_TYPE_DUPLICATE_DIALOG, "transient-for", parent, NULL);
  self->person = g_object_ref (person);
  self->matches = g_ptr_array_ref (matches);

  g_string_append (body, is_new ? g_dngettext (GETTEXT_PACKAGE,
                                               "Cohort already has someone with this name and date "
                                               "of birth, or this ID number:",
                                               "Cohort already has people with this name and date "
                                               "of birth, or this ID number:", matches->len)
                                : _("This ID number is already recorded for:"));
  for (guint i = 0; i < matches->len; i++)
    {
      g_autofree char *line = describe_match (g_ptr_array_index (matches, i));

      g_string_append_printf (body, "\n%s", line);
    }
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body->str);
  if (!is_new)
    adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "save", _("_Save Anyway"));
  return self;
}

/**
 * cohort_duplicate_dialog_get_person:
 *
 * Returns: (transfer none): the person about to be saved
 */
CohortPerson *
cohort_duplicate_dialog_get_person (CohortDuplicateDialog *self)
{
  g_return_val_if_fail (COHORT_IS_DUPLICATE_DIALOG (self), NULL);
  return self->person;
}

/**
 * cohort_duplicate_dialog_get_match:
 *
 * Returns: (transfer none): the first person already recorded, the one
 *   "Open Existing Record" opens
 */
CohortPerson *
cohort_duplicate_dialog_get_match (CohortDuplicateDialog *self)
{
  g_return_val_if_fail (COHORT_IS_DUPLICATE_DIALOG (self), NULL);
  return g_ptr_array_index (self->matches, 0);
}
