/* cohort-form-guard.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A form window that asks before changes are lost: Escape, Cancel or the
 * close button on a form with changes ask "Discard Changes?" (Keep Editing,
 * Discard, and Save where the form has no Save button of its own); a form
 * without changes closes at once.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Returns what the form shows now, as text: changed text, changed form. */
typedef char     *(*CohortFormStateFunc) (GtkWindow *window);
/* Saves the form; returns %FALSE (and says why) when it cannot. */
typedef gboolean  (*CohortFormSaveFunc)  (GtkWindow *window);

void              cohort_form_guard_init        (GtkWindow           *window,
                                                 CohortFormStateFunc  state,
                                                 CohortFormSaveFunc   save,
                                                 const char          *body);
void              cohort_form_guard_set_body    (GtkWindow           *window,
                                                 const char          *body);
void              cohort_form_guard_mark_saved  (GtkWindow           *window);
gboolean          cohort_form_guard_has_changes (GtkWindow           *window);
void              cohort_form_guard_close       (GtkWindow           *window);
AdwMessageDialog *cohort_form_guard_get_dialog  (GtkWindow           *window);
AdwMessageDialog *cohort_discard_dialog_new     (GtkWindow           *parent,
                                                 const char          *body,
                                                 gboolean             can_save);

G_END_DECLS
