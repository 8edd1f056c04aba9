/* cohort-help.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

const char *cohort_help_get_language (void);
char       *cohort_help_dup_uri      (const char *page);
void        cohort_help_show         (GtkWindow  *parent,
                                      const char *page);

G_END_DECLS
