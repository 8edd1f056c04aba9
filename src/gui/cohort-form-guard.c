/* cohort-form-guard.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-form-guard"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-form-guard.h"

typedef struct
{
  CohortFormStateFunc  state;
  CohortFormSaveFunc   save;
  char                *body;
  char                *saved;      /* the state when opened or last saved */
  AdwMessageDialog    *dialog;     /* while asking */
  gboolean             closing;    /* no more questions: close */
} Guard;

static void
guard_free (gpointer data)
{
  Guard *guard = data;

  if (guard->dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (guard->dialog), (gpointer *) &guard->dialog);
      gtk_window_destroy (GTK_WINDOW (guard->dialog));
    }
  g_free (guard->body);
  g_free (guard->saved);
  g_free (guard);
}

static Guard *
get_guard (GtkWindow *window)
{
  return g_object_get_data (G_OBJECT (window), "cohort-form-guard");
}

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                GtkWindow        *window)
{
  Guard *guard = get_guard (window);

  if (guard == NULL)
    return;
  g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &guard->dialog);
  guard->dialog = NULL;
  /* The form closes below while the dialog still finishes its response. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);

  if (g_str_equal (response, "save") && (guard->save == NULL || !guard->save (window)))
    return;
  if (g_str_equal (response, "discard") || g_str_equal (response, "save"))
    cohort_form_guard_close (window);
}

/* Escape, Cancel and the close button all come here. */
static gboolean
on_close_request_cb (GtkWindow *window)
{
  Guard *guard = get_guard (window);

  if (guard == NULL || guard->closing || !cohort_form_guard_has_changes (window))
    return FALSE;
  if (guard->dialog == NULL)
    {
      guard->dialog = cohort_discard_dialog_new (window, guard->body, guard->save != NULL);
      g_object_add_weak_pointer (G_OBJECT (guard->dialog), (gpointer *) &guard->dialog);
      g_signal_connect_object (guard->dialog, "response", G_CALLBACK (on_response_cb), window, 0);
    }
  gtk_window_present (GTK_WINDOW (guard->dialog));
  return TRUE;
}

/**
 * cohort_form_guard_init:
 * @state: what the form shows, compared with what it showed when filled
 * @save: (nullable): saves the form, for a form without a Save button of
 *   its own (the question then offers Save)
 * @body: what would be lost, e.g. "The changes to this person are not saved."
 *
 * Call once the form is filled: what it shows then counts as unchanged.
 */
void
cohort_form_guard_init (GtkWindow           *window,
                        CohortFormStateFunc  state,
                        CohortFormSaveFunc   save,
                        const char          *body)
{
  Guard *guard;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (state != NULL);
  g_return_if_fail (get_guard (window) == NULL);

  guard = g_new0 (Guard, 1);
  guard->state = state;
  guard->save = save;
  guard->body = g_strdup (body);
  guard->saved = state (window);
  g_object_set_data_full (G_OBJECT (window), "cohort-form-guard", guard, guard_free);
  g_signal_connect (window, "close-request", G_CALLBACK (on_close_request_cb), NULL);
}

void
cohort_form_guard_set_body (GtkWindow  *window,
                            const char *body)
{
  Guard *guard = get_guard (window);

  if (guard == NULL)
    return;
  g_free (guard->body);
  guard->body = g_strdup (body);
}

/**
 * cohort_form_guard_mark_saved:
 *
 * What the form shows now is saved: it counts as unchanged.
 */
void
cohort_form_guard_mark_saved (GtkWindow *window)
{
  Guard *guard = get_guard (window);

  g_return_if_fail (guard != NULL);
  g_free (guard->saved);
  guard->saved = guard->state (window);
}

gboolean
cohort_form_guard_has_changes (GtkWindow *window)
{
  Guard *guard = get_guard (window);
  g_autofree char *now = NULL;

  if (guard == NULL)
    return FALSE;
  now = guard->state (window);
  return g_strcmp0 (now, guard->saved) != 0;
}

/**
 * cohort_form_guard_close:
 *
 * Closes the form without asking: after it was saved, or its changes discarded.
 */
void
cohort_form_guard_close (GtkWindow *window)
{
  Guard *guard = get_guard (window);

  if (guard != NULL)
    guard->closing = TRUE;
  gtk_window_close (window);
}

/**
 * cohort_form_guard_get_dialog:
 *
 * Returns: (transfer none) (nullable): the question, while it is shown
 */
AdwMessageDialog *
cohort_form_guard_get_dialog (GtkWindow *window)
{
  Guard *guard = get_guard (window);

  return guard ? guard->dialog : NULL;
}

/**
 * cohort_discard_dialog_new:
 * @body: what would be lost
 * @can_save: offer Save too
 *
 * "Discard Changes?": Keep Editing (the default, also Escape), Discard, and
 * Save when @can_save. Connect to ::response ("keep", "discard", "save").
 *
 * Returns: (transfer none): the dialog, not shown yet
 */
AdwMessageDialog *
cohort_discard_dialog_new (GtkWindow  *parent,
                           const char *body,
                           gboolean    can_save)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Discard Changes?"), body));

  adw_message_dialog_add_responses (dialog, "keep", _("_Keep Editing"), "discard", _("_Discard"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  if (can_save)
    {
      adw_message_dialog_add_response (dialog, "save", _("_Save"));
      adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
    }
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  return dialog;
}
