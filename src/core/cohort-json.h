/* cohort-json.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void cohort_json_append_string (GString    *out,
                                const char *value);
void cohort_json_append_member (GString    *out,
                                const char *key,
                                const char *value);
void cohort_json_append_int    (GString    *out,
                                const char *key,
                                gint64      value);
void cohort_json_append_double (GString    *out,
                                const char *key,
                                double      value);
void cohort_json_append_bool   (GString    *out,
                                const char *key,
                                gboolean    value);

G_END_DECLS
