/* cohort-status-dialog.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-status-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cohort-confirm.h"
#include "cohort-date.h"
#include "cohort-status-dialog.h"

struct _CohortStatusDialog
{
  AdwMessageDialog  parent_instance;

  /* Template widgets */
  AdwEntryRow      *date_row;
  AdwEntryRow      *decision_row;
  AdwEntryRow      *reason_row;
  GtkLabel         *error_label;

  /* Owned */
  char             *status;   /* "withdrawn" or "deferred" */
  char             *date;     /* ISO, or NULL */
  char             *reason;
  char             *decision;
};

G_DEFINE_FINAL_TYPE (CohortStatusDialog, cohort_status_dialog, ADW_TYPE_MESSAGE_DIALOG)

static char *
dup_stripped (AdwEntryRow *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

/* Reads the fields; an unreadable date is said under them and keeps the
 * button off. The store checks the lengths and says so if needed. */
static void
on_changed_cb (CohortStatusDialog *self)
{
  g_autofree char *date_text = dup_stripped (self->date_row);
  const char *problem = NULL;

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->decision, g_free);
  if (date_text != NULL)
    {
      self->date = cohort_date_parse_display (date_text);
      if (self->date != NULL && strlen (self->date) != 10)
        g_clear_pointer (&self->date, g_free);   /* a year alone is not the day it happened */
      if (self->date == NULL)
        problem = _("Write the date as dd/mm/yyyy, e.g. 04/05/2026, or leave it empty.");
    }
  self->reason = dup_stripped (self->reason_row);
  self->decision = dup_stripped (self->decision_row);

  if (problem)
    gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");
  gtk_label_set_label (self->error_label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), problem != NULL);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "apply", problem == NULL);
}

static void
cohort_status_dialog_finalize (GObject *object)
{
  CohortStatusDialog *self = COHORT_STATUS_DIALOG (object);

  g_free (self->status);
  g_free (self->date);
  g_free (self->reason);
  g_free (self->decision);

  G_OBJECT_CLASS (cohort_status_dialog_parent_class)->finalize (object);
}

static void
cohort_status_dialog_class_init (CohortStatusDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = cohort_status_dialog_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cohort/Cohort/cohort-status-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortStatusDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, CohortStatusDialog, decision_row);
  gtk_widget_class_bind_template_child (widget_class, CohortStatusDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, CohortStatusDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
}

static void
cohort_status_dialog_init (CohortStatusDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * cohort_status_dialog_new:
 * @status: "withdrawn" or "deferred"
 * @names: (element-type utf8): the students, in the order shown
 *
 * Today's date is filled in; the decision number and reason are optional.
 */
CohortStatusDialog *
cohort_status_dialog_new (GtkWindow  *parent,
                          const char *status,
                          const char *class_code,
                          GPtrArray  *names)
{
  CohortStatusDialog *self;
  gboolean withdraw;
  g_autofree char *who = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *today = cohort_date_today ();
  g_autofree char *shown = cohort_date_format (today);
  guint n;

  g_return_val_if_fail (g_strcmp0 (status, "withdrawn") == 0 || g_strcmp0 (status, "deferred") == 0, NULL);
  g_return_val_if_fail (names != NULL && names->len > 0, NULL);

  withdraw = g_str_equal (status, "withdrawn");
  n = names->len;
  who = cohort_confirm_join_names (names, 5);
  if (withdraw)
    {
      heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Withdraw %u Student?", "Withdraw %u Students?", n),
                                 n);
      /* Translators: the names, then the class code */
      body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s leaves class %s. The student stays on its roster as withdrawn and "
                                           "no longer counts in the class size.",
                                           "%s leave class %s. The students stay on its roster as withdrawn and no "
                                           "longer count in the class size.", n), who, class_code);
    }
  else
    {
      heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Defer %u Student?", "Defer %u Students?", n), n);
      /* Translators: the names, then the class code */
      body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s stops studying in class %s for now and continues in a later class.",
                                           "%s stop studying in class %s for now and continue in a later class.",
                                           n), who, class_code);
    }

  self = g_object_new (COHORT_TYPE_STATUS_DIALOG, "transient-for", parent, "heading", heading, "body", body, NULL);
  self->status = g_strdup (status);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self), "cancel", _("_Cancel"),
                                    "apply", withdraw ? _("_Withdraw") : _("_Defer"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "apply",
                                              withdraw ? ADW_RESPONSE_DESTRUCTIVE : ADW_RESPONSE_SUGGESTED);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), shown);
  on_changed_cb (self);
  return self;
}

/* "withdrawn" or "deferred" */
const char *
cohort_status_dialog_get_status (CohortStatusDialog *self)
{
  g_return_val_if_fail (COHORT_IS_STATUS_DIALOG (self), NULL);
  return self->status;
}

/**
 * cohort_status_dialog_set_text:
 * @field: "date", "decision" or "reason"
 *
 * Types @text into a field, as the user would.
 */
void
cohort_status_dialog_set_text (CohortStatusDialog *self,
                               const char         *field,
                               const char         *text)
{
  AdwEntryRow *row;

  g_return_if_fail (COHORT_IS_STATUS_DIALOG (self));

  if (g_str_equal (field, "date"))
    row = self->date_row;
  else if (g_str_equal (field, "decision"))
    row = self->decision_row;
  else
    row = self->reason_row;
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/**
 * cohort_status_dialog_get_note:
 * @note: (out caller-allocates): what the user wrote; the strings belong to
 *   the dialog
 *
 * Returns: %FALSE while the date cannot be read
 */
gboolean
cohort_status_dialog_get_note (CohortStatusDialog *self,
                               CohortStatusNote   *note)
{
  g_return_val_if_fail (COHORT_IS_STATUS_DIALOG (self), FALSE);

  note->reason = self->reason;
  note->date = self->date;
  note->decision = self->decision;
  return !gtk_widget_get_visible (GTK_WIDGET (self->error_label));
}

/**
 * cohort_status_dialog_get_error:
 *
 * Returns: (nullable): what is wrong in the fields, as shown under them
 */
const char *
cohort_status_dialog_get_error (CohortStatusDialog *self)
{
  g_return_val_if_fail (COHORT_IS_STATUS_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_label (self->error_label) : NULL;
}
