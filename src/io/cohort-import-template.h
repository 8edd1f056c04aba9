/* cohort-import-template.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *cohort_import_template_language (const char  *lang);
gboolean    cohort_import_template_write    (const char  *path,
                                             const char  *lang,
                                             GError     **error);

G_END_DECLS
