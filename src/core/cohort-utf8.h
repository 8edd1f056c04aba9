/* cohort-utf8.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  cohort_utf8_is_nfc_latin (const char *text,
                                    gssize      len);
char     *cohort_utf8_nfc          (const char *text,
                                    gssize      len);

G_END_DECLS
