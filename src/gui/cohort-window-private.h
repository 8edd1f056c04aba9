/* cohort-window-private.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the files of CohortWindow only: cohort-window.c (the window, its
 * pages and what it shows) and cohort-window-actions.c (its actions).
 */
#pragma once

#include "cohort-setup-assistant.h"
#include "cohort-window.h"

G_BEGIN_DECLS

struct _CohortWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar;
  GtkWidget            *content_box;
  AdwWindowTitle       *page_title;
  GtkStack             *page_stack;
  AdwStatusPage        *error_status;
  GtkProgressBar       *progress_bar;
  CohortSetupAssistant *setup_assistant;

  /* Owned references */
  CohortStore          *store;
  GSettings            *settings;
  GCancellable         *cancellable;

  /* Borrowed references */
  AdwMessageDialog     *demo_question;   /* open while asking to replace the setup */
};

void _cohort_window_show_page         (CohortWindow   *self,
                                       const char     *name);
void _cohort_window_show_toast        (CohortWindow   *self,
                                       const char     *message);
void _cohort_window_update_main_view  (CohortWindow   *self);

/* cohort-window-actions.c: the actions of the window */
void _cohort_window_open_new_class    (CohortWindow   *self,
                                       CohortClass    *klass);
void _cohort_window_class_actions_init (GtkWidgetClass *widget_class);

G_END_DECLS
