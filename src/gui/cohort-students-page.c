/* cohort-students-page.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-students-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-format.h"
#include "cohort-students-page.h"

/* The page lists at most this many people; the search narrows them. */
#define SHOWN_LIMIT 500

struct _CohortStudentsPage
{
  CohortPage      parent_instance;

  /* Template widgets */
  GtkSearchEntry *search_entry;
  GtkLabel       *count_label;
  GtkStack       *results_stack;
  GtkColumnView  *column_view;

  /* Owned references */
  GListStore     *people;
  gint64          n_found;
};

G_DEFINE_FINAL_TYPE (CohortStudentsPage, cohort_students_page, COHORT_TYPE_PAGE)

static void
run_search (CohortStudentsPage *self)
{
  CohortStore *store = cohort_page_get_store (COHORT_PAGE (self));
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autofree char *found = NULL;
  g_autofree char *text = NULL;

  if (store == NULL)
    return;

  self->n_found = cohort_store_count_search (store, query, &error);
  if (self->n_found >= 0)
    people = cohort_store_search_people (store, query, SHOWN_LIMIT, &error);
  if (people == NULL)
    {
      cohort_page_show_error (COHORT_PAGE (self), error);
      return;
    }

  g_list_store_splice (self->people, 0, g_list_model_get_n_items (G_LIST_MODEL (self->people)),
                       people->pdata, people->len);

  found = cohort_format_count (self->n_found);
  if (self->n_found > people->len)
    {
      g_autofree char *shown = cohort_format_count (people->len);
      /* Translators: "12.345 people, first 500 shown" */
      text = g_strdup_printf (_("%s people, first %s shown"), found, shown);
    }
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s person", "%s people",
                                         (gulong) self->n_found), found);
  gtk_label_set_label (self->count_label, text);
  gtk_stack_set_visible_child_name (self->results_stack, people->len ? "results" : "none");
}

static void
on_search_changed_cb (CohortStudentsPage *self)
{
  run_search (self);
}

static void
cohort_students_page_reload (CohortPage *page)
{
  run_search (COHORT_STUDENTS_PAGE (page));
}

static void
cohort_students_page_dispose (GObject *object)
{
  CohortStudentsPage *self = COHORT_STUDENTS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), COHORT_TYPE_STUDENTS_PAGE);
  g_clear_object (&self->people);

  G_OBJECT_CLASS (cohort_students_page_parent_class)->dispose (object);
}

static void
cohort_students_page_class_init (CohortStudentsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_students_page_dispose;
  COHORT_PAGE_CLASS (klass)->reload = cohort_students_page_reload;

  g_type_ensure (COHORT_TYPE_PERSON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cohort/Cohort/cohort-students-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, results_stack);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, column_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  cohort_format_bind_callbacks (widget_class);
}

static void
cohort_students_page_init (CohortStudentsPage *self)
{
  g_autoptr(GtkSingleSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->people = g_list_store_new (COHORT_TYPE_PERSON);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->people)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
}

void
cohort_students_page_focus_search (CohortStudentsPage *self)
{
  g_return_if_fail (COHORT_IS_STUDENTS_PAGE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * cohort_students_page_search:
 *
 * Searches as if @query had been typed.
 */
void
cohort_students_page_search (CohortStudentsPage *self,
                             const char         *query)
{
  g_return_if_fail (COHORT_IS_STUDENTS_PAGE (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query);
  run_search (self);
}

/**
 * cohort_students_page_get_model:
 *
 * Returns: (transfer none): the people shown
 */
GListModel *
cohort_students_page_get_model (CohortStudentsPage *self)
{
  g_return_val_if_fail (COHORT_IS_STUDENTS_PAGE (self), NULL);
  return G_LIST_MODEL (self->people);
}

gint64
cohort_students_page_get_n_found (CohortStudentsPage *self)
{
  g_return_val_if_fail (COHORT_IS_STUDENTS_PAGE (self), 0);
  return self->n_found;
}
