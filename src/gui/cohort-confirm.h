/* cohort-confirm.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Asking once before a change that deletes something, and explaining why a
 * change cannot be made. The answers are the responses "confirm" and
 * "cancel" of an AdwMessageDialog.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Called on @target when the user confirms; what the question was about can
 * be kept on @dialog with g_object_set_data (). */
typedef void (*CohortConfirmedFunc) (gpointer          target,
                                     AdwMessageDialog *dialog);

AdwMessageDialog *cohort_confirm (GtkWidget           *widget,
                                  const char          *heading,
                                  const char          *body,
                                  const char          *confirm_label,
                                  gboolean             destructive,
                                  CohortConfirmedFunc  confirmed,
                                  gpointer             target);
AdwMessageDialog *cohort_explain (GtkWidget           *widget,
                                  const char          *heading,
                                  const char          *body);
char             *cohort_confirm_join_names (GPtrArray *names,
                                             guint      at_most);

G_END_DECLS
