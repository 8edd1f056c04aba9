/* cohort-import-window-private.h: shared by the files of CohortImportWindow.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cohort-import-check.h"
#include "cohort-import-window.h"

G_BEGIN_DECLS

typedef enum
{
  PHASE_READING,
  PHASE_CHECKING,
  PHASE_WRITING,
  PHASE_SAVING,
} Phase;

struct _CohortImportWindow
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkButton           *cancel_button;
  GtkButton           *import_button;
  AdwToastOverlay     *toast_overlay;
  GtkStack            *stack;
  AdwStatusPage       *busy_page;
  GtkProgressBar      *progress_bar;
  AdwStatusPage       *error_page;
  CohortImportPreview *preview;
  AdwStatusPage       *done_page;
  GtkButton           *save_rejects_button;

  /* Owned references */
  CohortStore         *store;
  CohortClass         *klass;
  GSettings           *settings;
  char                *path;
  CohortImportPlan    *plan;
  char                *signature;      /* of the plan's headers */
  char                *mapping;        /* what the user chose the columns hold, for the next read */
  char                *sheet;          /* the sheet the user chose, or NULL for the first with a list */
  GCancellable        *cancellable;
  GtkFileChooserNative *chooser;
  guint                progress_source;

  /* Written by the worker, read by the progress timeout */
  gint                 phase;
  gint                 done;           /* rows read or checked; thousandths written */
  guint                total;          /* rows to check */

  gboolean             busy;
  gboolean             close_when_done;
  gboolean             presented;
};

void     _cohort_import_window_show_toast     (CohortImportWindow *self,
                                               const char         *title);
void     _cohort_import_window_update_actions (CohortImportWindow *self);
void     _cohort_import_window_start_busy     (CohortImportWindow *self,
                                               Phase               phase);
gboolean _cohort_import_window_stop_busy      (CohortImportWindow *self);
void     _cohort_import_window_start_reading  (CohortImportWindow *self);

/* cohort-import-window-files.c: the files the window reads and saves */
void     _cohort_import_window_save_rejects_action (GtkWidget  *widget,
                                                    const char *action_name,
                                                    GVariant   *parameter);
void     _cohort_import_window_history_action      (GtkWidget  *widget,
                                                    const char *action_name,
                                                    GVariant   *parameter);
void     _cohort_import_window_template_action     (GtkWidget  *widget,
                                                    const char *action_name,
                                                    GVariant   *parameter);
void     _cohort_import_window_choose_action       (GtkWidget  *widget,
                                                    const char *action_name,
                                                    GVariant   *parameter);

G_END_DECLS
