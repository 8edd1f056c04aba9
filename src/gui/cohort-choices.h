/* cohort-choices.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Short lists of the store (programs, hosts, ethnic groups…) in combo rows
 * and drop-downs: the names shown, the codes behind them.
 */
#pragma once

#include <adwaita.h>

#include "cohort-store.h"

G_BEGIN_DECLS

GPtrArray  *cohort_choices_fill (GListModel **names,
                                 GPtrArray   *choices,
                                 const char  *none_label,
                                 const char  *current,
                                 guint       *selected);
const char *cohort_choices_code (GPtrArray   *codes,
                                 guint        position);
GArray     *cohort_choices_fill_provinces (GListModel **names,
                                           GPtrArray   *provinces,
                                           gboolean     current_only,
                                           const char  *none_label,
                                           gint64       current,
                                           guint       *selected);
gint64      cohort_choices_province     (GArray      *ids,
                                           guint        position);

G_END_DECLS
