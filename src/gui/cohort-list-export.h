/* cohort-list-export.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The official lists of a class from the window: saved as .xlsx or .pdf,
 * or printed, through the same document and the same renderer as
 * cohort-cli export.
 */
#pragma once

#include <adwaita.h>

#include "cohort-list-document.h"
#include "cohort-store.h"

G_BEGIN_DECLS

gboolean           cohort_list_export_has_lao_students (GListModel      *enrolments);
char              *cohort_list_export_suggest_name   (CohortClass         *klass,
                                                      CohortListKind       kind);
void               cohort_list_export_choose_file    (GtkWidget           *widget,
                                                      CohortStore         *store,
                                                      CohortClass         *klass,
                                                      CohortListKind       kind);
void               cohort_list_export_save_to        (GtkWidget           *widget,
                                                      CohortStore         *store,
                                                      CohortClass         *klass,
                                                      CohortListKind       kind,
                                                      GFile               *file,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean           cohort_list_export_save_to_finish (GAsyncResult        *result,
                                                      GError             **error);
GtkPrintOperation *cohort_list_export_print_operation_new (CohortListDocument *doc);
void               cohort_list_export_print          (GtkWidget           *widget,
                                                      CohortStore         *store,
                                                      CohortClass         *klass,
                                                      CohortListKind       kind);

G_END_DECLS
