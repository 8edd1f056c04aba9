/* cohort-students-page-private.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the files of CohortStudentsPage only: cohort-students-page.c (the
 * search, the list and the person opened) and cohort-students-page-filters.c
 * (the filters bar).
 */
#pragma once

#include "cohort-person-list-model.h"
#include "cohort-person-view.h"
#include "cohort-students-page.h"

G_BEGIN_DECLS

struct _CohortStudentsPage
{
  CohortPage             parent_instance;

  /* Template widgets */
  GtkStack              *stack;
  GtkSearchEntry        *search_entry;
  GtkLabel              *count_label;
  GtkSpinner            *search_spinner;
  GtkStack              *results_stack;
  GtkColumnView         *column_view;
  GtkColumnViewColumn   *name_column;
  GtkColumnViewColumn   *lao_column;
  GtkColumnViewColumn   *birth_column;
  GtkColumnViewColumn   *gender_column;
  GtkColumnViewColumn   *position_column;
  GtkColumnViewColumn   *unit_column;
  CohortPersonView      *person_view;
  GtkEntry              *born_entry;
  GtkEntry              *unit_entry;
  GtkEntry              *class_entry;
  GtkDropDown           *class_year_dropdown;
  GtkDropDown           *province_dropdown;
  GtkDropDown           *level_dropdown;
  GtkWidget             *clear_button;
  AdwStatusPage         *none_page;

  /* Owned references */
  CohortPersonListModel *people;
  GtkSingleSelection    *selection;
  GCancellable          *searching;   /* the search under way, if any */
  int                    probed;      /* written by the columns' sort probes */
  char                  *query;       /* the text of the last search run */
  guint                  spinner_id;  /* shows the spinner if a search takes long */
  char                  *back_page;   /* the page the person was opened from, if not this list */

  /* The filters' choices; they stay as set for the session */
  GPtrArray             *province_codes;  /* char *, NULL first for any province */
  GArray                *class_years;     /* int, 0 first for any year */
  gboolean               filling;         /* the filters are set from code */
};

void _cohort_students_page_run_search          (CohortStudentsPage *self);

/* cohort-students-page-filters.c: the filters bar */
void _cohort_students_page_fill_filter_choices (CohortStudentsPage *self);
void _cohort_students_page_apply_filter        (CohortStudentsPage *self);
void _cohort_students_page_init_filters        (CohortStudentsPage *self);
void _cohort_students_page_class_init_filters  (GtkWidgetClass     *widget_class);

G_END_DECLS
