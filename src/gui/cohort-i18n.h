/* cohort-i18n.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void       cohort_i18n_init          (const char *language);
void       cohort_fonts_init         (void);
GSettings *cohort_settings_new       (void);

G_END_DECLS
