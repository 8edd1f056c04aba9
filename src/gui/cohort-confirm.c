/* cohort-confirm.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-confirm"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-confirm.h"

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                gpointer          target)
{
  CohortConfirmedFunc confirmed = g_object_get_data (G_OBJECT (dialog), "cohort-confirmed");

  if (g_strcmp0 (response, "confirm") == 0 && confirmed != NULL)
    confirmed (target, dialog);
}

static AdwMessageDialog *
new_dialog (GtkWidget  *widget,
            const char *heading,
            const char *body)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       heading, body));
  adw_message_dialog_set_body_use_markup (dialog, FALSE);
  return dialog;
}

/**
 * cohort_confirm:
 * @widget: a widget of the window the question is about
 * @body: exactly what goes: names, class codes, counts
 * @confirm_label: the button that makes the change, with a mnemonic
 * @destructive: the change deletes something (Undo aside)
 * @confirmed: called on @target if the user confirms, and not after @target
 *   is finalized
 *
 * Asks once before a change. Cancel is the default answer.
 *
 * Returns: (transfer none): the dialog, presented
 */
AdwMessageDialog *
cohort_confirm (GtkWidget           *widget,
                const char          *heading,
                const char          *body,
                const char          *confirm_label,
                gboolean             destructive,
                CohortConfirmedFunc  confirmed,
                gpointer             target)
{
  AdwMessageDialog *dialog = new_dialog (widget, heading, body);

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "confirm", confirm_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "confirm", destructive ? ADW_RESPONSE_DESTRUCTIVE
                                                                             : ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "cohort-confirmed", confirmed);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_response_cb), target, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/**
 * cohort_explain:
 * @body: why, and what to do instead
 *
 * Says why a change the user asked for cannot be made.
 *
 * Returns: (transfer none): the dialog, presented
 */
AdwMessageDialog *
cohort_explain (GtkWidget  *widget,
                const char *heading,
                const char *body)
{
  AdwMessageDialog *dialog = new_dialog (widget, heading, body);

  adw_message_dialog_add_response (dialog, "cancel", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/**
 * cohort_confirm_join_names:
 * @names: (element-type utf8): names
 * @at_most: how many to write out
 *
 * Returns: (transfer full): "Nguyễn Văn An, Lê Thị Ánh and 3 others"
 */
char *
cohort_confirm_join_names (GPtrArray *names,
                           guint      at_most)
{
  GString *s = g_string_new (NULL);
  guint shown = MIN (names->len, at_most);

  for (guint i = 0; i < shown; i++)
    {
      if (i > 0)
        /* Translators: between names of a list, "Nguyễn Văn An, Lê Thị Ánh" */
        g_string_append (s, i + 1 == names->len ? _(" and ") : _(", "));
      g_string_append (s, g_ptr_array_index (names, i));
    }
  if (names->len > shown)
    {
      guint more = names->len - shown;

      /* Translators: after a few names, how many more there are */
      g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, " and %u other", " and %u others", more), more);
    }
  return g_string_free (s, FALSE);
}
