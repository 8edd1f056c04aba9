/* cohort-platform.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _CohortSavedLocale CohortSavedLocale;

void               cohort_platform_init           (void);
CohortSavedLocale *cohort_platform_use_c_locale   (void);
void               cohort_platform_restore_locale (CohortSavedLocale *saved);

G_END_DECLS
