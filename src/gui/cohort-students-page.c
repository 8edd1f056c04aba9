/* cohort-students-page.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-students-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-format.h"
#include "cohort-person-list-model.h"
#include "cohort-students-page.h"

struct _CohortStudentsPage
{
  CohortPage             parent_instance;

  /* Template widgets */
  GtkSearchEntry        *search_entry;
  GtkLabel              *count_label;
  GtkStack              *results_stack;
  GtkColumnView         *column_view;

  /* Owned references */
  CohortPersonListModel *people;
  GtkSingleSelection    *selection;
  GCancellable          *searching;   /* the search under way, if any */
};

G_DEFINE_FINAL_TYPE (CohortStudentsPage, cohort_students_page, COHORT_TYPE_PAGE)

static void
show_count (CohortStudentsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->people));
  g_autofree char *found = cohort_format_count (n);
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s person", "%s people", n),
                                           found);

  gtk_label_set_label (self->count_label, text);
  gtk_stack_set_visible_child_name (self->results_stack, n ? "results" : "none");
}

static void
on_refreshed_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(CohortStudentsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!cohort_person_list_model_refresh_finish (COHORT_PERSON_LIST_MODEL (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        cohort_page_show_error (COHORT_PAGE (self), error);
      return;
    }
  g_clear_object (&self->searching);
  show_count (self);
}

/* Each keystroke cancels the search before it: only the last one shows. */
static void
run_search (CohortStudentsPage *self)
{
  CohortStore *store = cohort_page_get_store (COHORT_PAGE (self));

  if (store == NULL)
    return;

  if (self->people == NULL)
    {
      self->people = cohort_person_list_model_new (store);
      gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->people));
    }

  if (self->searching != NULL)
    g_cancellable_cancel (self->searching);
  g_clear_object (&self->searching);
  self->searching = g_cancellable_new ();

  cohort_person_list_model_set_query (self->people,
                                      gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                                      COHORT_PERSON_SORT_NAME, FALSE);
  cohort_person_list_model_refresh_async (self->people, self->searching, on_refreshed_cb,
                                          g_object_ref (self));
}

static void
on_search_changed_cb (CohortStudentsPage *self)
{
  run_search (self);
}

static void
cohort_students_page_reload (CohortPage *page)
{
  CohortStudentsPage *self = COHORT_STUDENTS_PAGE (page);

  /* The store may have changed: start again from a new model. */
  if (self->people != NULL)
    gtk_single_selection_set_model (self->selection, NULL);
  g_clear_object (&self->people);
  run_search (self);
}

static void
cohort_students_page_dispose (GObject *object)
{
  CohortStudentsPage *self = COHORT_STUDENTS_PAGE (object);

  if (self->searching != NULL)
    g_cancellable_cancel (self->searching);
  g_clear_object (&self->searching);
  gtk_widget_dispose_template (GTK_WIDGET (object), COHORT_TYPE_STUDENTS_PAGE);
  g_clear_object (&self->selection);
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
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Selecting the first of 250,000 rows at every search costs the view time. */
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
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
 * Searches as if @query had been typed; see cohort_students_page_is_searching().
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
 * cohort_students_page_is_searching:
 *
 * Returns: %TRUE while a search runs in the background
 */
gboolean
cohort_students_page_is_searching (CohortStudentsPage *self)
{
  g_return_val_if_fail (COHORT_IS_STUDENTS_PAGE (self), FALSE);
  return self->searching != NULL;
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
