/* cohort-host-editor.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cohort-store.h"

G_BEGIN_DECLS

#define COHORT_TYPE_HOST_EDITOR (cohort_host_editor_get_type ())

/* Adds or changes a host of classes — the school, a district political
 * centre or another host: its name, kind, province and closing date. */
G_DECLARE_FINAL_TYPE (CohortHostEditor, cohort_host_editor, COHORT, HOST_EDITOR, AdwWindow)

CohortHostEditor *cohort_host_editor_new          (GtkWindow        *parent,
                                                   CohortStore      *store,
                                                   const CohortHost *host,
                                                   CohortOrgKind     kind,
                                                   gint64            province_id);
gboolean          cohort_host_editor_save         (CohortHostEditor *self);
gboolean          cohort_host_editor_can_save     (CohortHostEditor *self);
const char       *cohort_host_editor_get_error    (CohortHostEditor *self);
void              cohort_host_editor_set_text     (CohortHostEditor *self,
                                                   const char       *key,
                                                   const char       *text);
void              cohort_host_editor_set_kind     (CohortHostEditor *self,
                                                   CohortOrgKind     kind);
void              cohort_host_editor_set_province (CohortHostEditor *self,
                                                   gint64            province_id);
gboolean          cohort_host_editor_can_remove   (CohortHostEditor *self);
AdwMessageDialog *cohort_host_editor_remove       (CohortHostEditor *self);

G_END_DECLS
