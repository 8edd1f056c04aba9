/* cohort-classes-page.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-classes-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-classes-page.h"
#include "cohort-format.h"
#include "cohort-roster-view.h"

struct _CohortClassesPage
{
  CohortPage     parent_instance;

  /* Template widgets */
  GtkStack         *stack;
  GtkLabel         *summary_label;
  GtkColumnView    *column_view;
  CohortRosterView *roster_view;

  /* Owned references */
  GListStore    *classes;
};

G_DEFINE_FINAL_TYPE (CohortClassesPage, cohort_classes_page, COHORT_TYPE_PAGE)

/* Worker thread */
static gpointer
cohort_classes_page_load (CohortStore  *store,
                          GError      **error)
{
  return cohort_store_list_classes (store, FALSE, 0, error);
}

static void
cohort_classes_page_show (CohortPage *page,
                          gpointer    data)
{
  CohortClassesPage *self = COHORT_CLASSES_PAGE (page);
  GPtrArray *classes = data;
  g_autofree char *total = NULL;
  g_autofree char *running = NULL;
  g_autofree char *summary = NULL;
  guint n_running = 0;

  for (guint i = 0; i < classes->len; i++)
    n_running += cohort_class_get_number (g_ptr_array_index (classes, i), COHORT_CLASS_STATUS)
                 == COHORT_CLASS_STATUS_RUNNING;

  /* One items-changed for the whole list. */
  g_list_store_splice (self->classes, 0, g_list_model_get_n_items (G_LIST_MODEL (self->classes)),
                       classes->pdata, classes->len);

  total = cohort_format_count (classes->len);
  running = cohort_format_count (n_running);
  /* Translators: "1.234 classes, 12 running now, newest first. …" */
  summary = g_strdup_printf (_("%s classes, %s running now, newest first. Double-click a class, or "
                               "press Enter, to open its roster."), total, running);
  gtk_label_set_label (self->summary_label, summary);
}

static void
on_class_activated_cb (CohortClassesPage *self,
                       guint              position)
{
  g_autoptr(CohortClass) klass = g_list_model_get_item (G_LIST_MODEL (self->classes), position);

  if (klass != NULL)
    cohort_classes_page_open_roster (self, klass);
}

static void
on_roster_closed_cb (CohortClassesPage *self)
{
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
cohort_classes_page_dispose (GObject *object)
{
  CohortClassesPage *self = COHORT_CLASSES_PAGE (object);

  /* No gtk_widget_dispose_template () here: in GTK 4.8 it disposes the roster
   * view, a template of its own inside the stack, and the stack then unparents
   * a dead widget. CohortPage, an AdwBin, unparents the whole tree itself. */
  g_clear_object (&self->classes);

  G_OBJECT_CLASS (cohort_classes_page_parent_class)->dispose (object);
}

static void
cohort_classes_page_class_init (CohortClassesPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_classes_page_dispose;
  COHORT_PAGE_CLASS (klass)->load = cohort_classes_page_load;
  COHORT_PAGE_CLASS (klass)->show = cohort_classes_page_show;
  COHORT_PAGE_CLASS (klass)->free_data = (GDestroyNotify) g_ptr_array_unref;

  g_type_ensure (COHORT_TYPE_CLASS);
  g_type_ensure (COHORT_TYPE_ROSTER_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cohort/Cohort/cohort-classes-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortClassesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CohortClassesPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CohortClassesPage, roster_view);
  gtk_widget_class_bind_template_callback (widget_class, on_class_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_roster_closed_cb);
  gtk_widget_class_bind_template_child (widget_class, CohortClassesPage, column_view);
  cohort_format_bind_callbacks (widget_class);
}

static void
cohort_classes_page_init (CohortClassesPage *self)
{
  g_autoptr(GtkSingleSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->classes = g_list_store_new (COHORT_TYPE_CLASS);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->classes)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
}

/**
 * cohort_classes_page_get_model:
 *
 * Returns: (transfer none): the classes shown
 */
GListModel *
cohort_classes_page_get_model (CohortClassesPage *self)
{
  g_return_val_if_fail (COHORT_IS_CLASSES_PAGE (self), NULL);
  return G_LIST_MODEL (self->classes);
}

/**
 * cohort_classes_page_open_roster:
 *
 * Shows the roster of @klass in place of the list.
 */
void
cohort_classes_page_open_roster (CohortClassesPage *self,
                                 CohortClass       *klass)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (COHORT_IS_CLASSES_PAGE (self));

  if (!cohort_roster_view_show_class (self->roster_view, cohort_page_get_store (COHORT_PAGE (self)),
                                      klass, &error))
    {
      cohort_page_show_error (COHORT_PAGE (self), error);
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "roster");
}

/**
 * cohort_classes_page_get_roster_view:
 *
 * Returns: (transfer none): the roster shown when a class is opened
 */
CohortRosterView *
cohort_classes_page_get_roster_view (CohortClassesPage *self)
{
  g_return_val_if_fail (COHORT_IS_CLASSES_PAGE (self), NULL);
  return self->roster_view;
}

/**
 * cohort_classes_page_get_visible_view:
 *
 * Returns: "list" or "roster"
 */
const char *
cohort_classes_page_get_visible_view (CohortClassesPage *self)
{
  g_return_val_if_fail (COHORT_IS_CLASSES_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}
