/* cohort-classes-page.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-classes-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "cohort-class-editor.h"
#include "cohort-choices.h"
#include "cohort-classes-page.h"
#include "cohort-confirm.h"
#include "cohort-format.h"
#include "cohort-roster-view.h"
#include "cohort-widgets.h"

struct _CohortClassesPage
{
  CohortPage        parent_instance;

  /* Template widgets */
  GtkStack         *stack;
  GtkSearchEntry   *code_entry;
  GtkDropDown      *year_dropdown;
  GtkDropDown      *program_dropdown;
  GtkDropDown      *host_dropdown;
  GtkDropDown      *status_dropdown;
  GtkLabel         *summary_label;
  GtkColumnView    *column_view;
  GtkColumnViewColumn *code_column;
  GtkColumnViewColumn *year_column;
  GtkColumnViewColumn *program_column;
  GtkColumnViewColumn *course_column;
  GtkColumnViewColumn *mode_column;
  GtkColumnViewColumn *host_column;
  GtkColumnViewColumn *start_column;
  GtkColumnViewColumn *end_column;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *size_column;
  CohortRosterView *roster_view;

  /* Owned references */
  GListStore       *classes;
  GtkSortListModel *sorted;
  GPtrArray        *years;      /* the codes behind each drop-down's entries, NULL for "all" */
  GPtrArray        *programs;
  GPtrArray        *hosts;
  gboolean          filling;    /* the drop-downs are being filled: no queries */
  gboolean          stale;      /* a roster action changed classes while the list was hidden */
  AdwToast         *last_toast; /* weak */
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
show_classes (CohortClassesPage *self,
              GPtrArray         *classes)
{
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
  /* Translators: "1.234 classes, 12 running now. …" */
  summary = g_strdup_printf (_("%s classes, %s running now. Double-click a class, or press Enter, to open its "
                               "roster; click a column title to sort."), total, running);
  gtk_label_set_label (self->summary_label, summary);
}

static GPtrArray *
fill_dropdown (GtkDropDown *dropdown,
               const char  *all,
               GPtrArray   *choices)
{
  g_autoptr(GListModel) names = NULL;
  GPtrArray *codes;
  guint selected;

  codes = cohort_choices_fill (&names, choices, all, NULL, &selected);
  gtk_drop_down_set_model (dropdown, names);
  gtk_drop_down_set_selected (dropdown, selected);
  return codes;
}

static void
fill_filters (CohortClassesPage *self)
{
  CohortStore *store = cohort_page_get_store (COHORT_PAGE (self));
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  self->filling = TRUE;
  g_clear_pointer (&self->years, g_ptr_array_unref);
  g_clear_pointer (&self->programs, g_ptr_array_unref);
  g_clear_pointer (&self->hosts, g_ptr_array_unref);
  {
    g_autoptr(GPtrArray) years = cohort_store_list_choices (store, COHORT_CHOICE_CLASS_YEAR, NULL);
    g_autoptr(GPtrArray) programs = cohort_store_list_choices (store, COHORT_CHOICE_PROGRAM, NULL);
    g_autoptr(GPtrArray) hosts = cohort_store_list_choices (store, COHORT_CHOICE_HOST, NULL);

    self->years = fill_dropdown (self->year_dropdown, _("All years"), years);
    self->programs = fill_dropdown (self->program_dropdown, _("All programs"), programs);
    self->hosts = fill_dropdown (self->host_dropdown, _("All places"), hosts);
  }

  gtk_string_list_append (statuses, _("Any status"));
  for (int i = COHORT_CLASS_STATUS_PLANNED; i <= COHORT_CLASS_STATUS_FINISHED; i++)
    gtk_string_list_append (statuses, cohort_format_class_status (i));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->code_entry), "");
  self->filling = FALSE;
}

static void
cohort_classes_page_show (CohortPage *page,
                          gpointer    data)
{
  CohortClassesPage *self = COHORT_CLASSES_PAGE (page);

  fill_filters (self);
  show_classes (self, data);
}

static const char *
chosen (GtkDropDown *dropdown,
        GPtrArray   *codes)
{
  return cohort_choices_code (codes, gtk_drop_down_get_selected (dropdown));
}

/* Filters run in SQL on the main connection: a few thousand short rows. */
static void
on_filter_changed_cb (CohortClassesPage *self)
{
  CohortStore *store = cohort_page_get_store (COHORT_PAGE (self));
  CohortClassFilter filter = { .status = -1 };
  g_autoptr(GPtrArray) classes = NULL;
  g_autoptr(GError) error = NULL;
  const char *year = chosen (self->year_dropdown, self->years);
  const char *host = chosen (self->host_dropdown, self->hosts);
  guint status = gtk_drop_down_get_selected (self->status_dropdown);

  if (self->filling || store == NULL)
    return;

  filter.year = year ? atoi (year) : 0;
  filter.program = chosen (self->program_dropdown, self->programs);
  filter.host_id = host ? g_ascii_strtoll (host, NULL, 10) : 0;
  filter.status = (status == 0 || status == GTK_INVALID_LIST_POSITION) ? -1 : (int) status - 1;
  filter.code = gtk_editable_get_text (GTK_EDITABLE (self->code_entry));

  classes = cohort_store_query_classes (store, &filter, &error);
  if (classes == NULL)
    {
      cohort_page_show_error (COHORT_PAGE (self), error);
      return;
    }
  show_classes (self, classes);
}

static void
on_class_activated_cb (CohortClassesPage *self,
                       guint              position)
{
  g_autoptr(CohortClass) klass = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

  if (klass != NULL)
    cohort_classes_page_open_roster (self, klass);
}

static void
on_roster_closed_cb (CohortClassesPage *self)
{
  if (self->stale)
    on_filter_changed_cb (self);
  self->stale = FALSE;
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* A roster action changed counts or the class: the list, hidden behind the
 * roster, is read again when it shows — once, not after every action; now,
 * if it shows (an Undo after the roster was closed). */
static void
on_roster_changed_cb (CohortClassesPage *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "list") == 0)
    on_filter_changed_cb (self);
  else
    self->stale = TRUE;
}

/* Deleting a class opened by mistake -------------------------------------------------- */

/* The filters may offer a year or program that no class has any more, or
 * not yet one that came back: they are filled again, keeping what was chosen. */
static void
reload_list (CohortClassesPage *self)
{
  g_autofree char *year = g_strdup (chosen (self->year_dropdown, self->years));
  g_autofree char *code = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->code_entry)));

  fill_filters (self);
  cohort_classes_page_set_filter (self, code, year ? atoi (year) : 0);
}

static void
on_delete_undo_cb (AdwToast          *toast,
                   CohortClassesPage *self)
{
  g_autoptr(CohortRosterUndo) undo = cohort_undo_toast_steal (toast);
  g_autoptr(GError) error = NULL;

  if (undo == NULL)
    return;
  if (!cohort_store_undo (cohort_page_get_store (COHORT_PAGE (self)), undo, &error))
    cohort_page_show_error (COHORT_PAGE (self), error);
  reload_list (self);
}

static void
delete_confirmed (gpointer          target,
                  AdwMessageDialog *dialog)
{
  CohortClassesPage *self = target;
  CohortClass *klass = g_object_get_data (G_OBJECT (dialog), "cohort-class");
  CohortStore *store = cohort_page_get_store (COHORT_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  CohortRosterUndo *undo = NULL;

  if (!cohort_store_delete_class (store, cohort_class_get_number (klass, COHORT_CLASS_ID), &undo, &error))
    {
      cohort_page_show_error (COHORT_PAGE (self), error);
      return;
    }
  if (g_strcmp0 (cohort_classes_page_get_visible_view (self), "roster") == 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  self->stale = FALSE;
  reload_list (self);

  /* Translators: "Class B43 deleted" */
  message = g_strdup_printf (_("Class %s deleted"), cohort_class_get_text (klass, COHORT_CLASS_CODE));
  cohort_show_undo_toast (GTK_WIDGET (self), message, undo, G_CALLBACK (on_delete_undo_cb), self,
                          &self->last_toast);
}

/* classes.delete (x): the class with this id, or 0 for the one selected. */
static void
delete_class_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CohortClassesPage *self = COHORT_CLASSES_PAGE (widget);
  CohortStore *store = cohort_page_get_store (COHORT_PAGE (self));
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(CohortClass) klass = NULL;
  g_autoptr(GPtrArray) roster = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *label = NULL;
  const char *code;
  AdwMessageDialog *dialog;

  if (store == NULL)
    return;
  /* Delete on a roster that has nothing selected comes up here: it is not
   * about the class selected in the list behind. */
  if (id == 0 && g_strcmp0 (cohort_classes_page_get_visible_view (self), "list") != 0)
    return;
  if (id == 0)
    {
      GtkSelectionModel *selection = gtk_column_view_get_model (self->column_view);
      CohortClass *selected = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (selection));

      if (selected == NULL)
        return;
      id = cohort_class_get_number (selected, COHORT_CLASS_ID);
    }
  klass = cohort_store_get_class (store, id, &error);
  if (klass != NULL)
    roster = cohort_store_get_roster (store, id, &error);
  if (roster == NULL)
    {
      cohort_page_show_error (COHORT_PAGE (self), error);
      return;
    }

  code = cohort_class_get_text (klass, COHORT_CLASS_CODE);
  /* Translators: a class and the year it starts, "B43 (2026)" */
  label = g_strdup_printf (_("%s (%d)"), code, (int) cohort_class_get_number (klass, COHORT_CLASS_YEAR));
  if (roster->len > 0)
    {
      /* Translators: "Class B43 Cannot Be Deleted" */
      heading = g_strdup_printf (_("Class %s Cannot Be Deleted"), code);
      /* Translators: a class and its year, then how many students */
      body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s has %u student on its roster (withdrawn students count too). Only "
                                           "a class with nobody on its roster can be deleted: move the student to "
                                           "another class, or remove the enrolment if it was a mistake, first.",
                                           "%s has %u students on its roster (withdrawn students count too). Only "
                                           "a class with nobody on its roster can be deleted: move the students to "
                                           "another class, or remove the enrolments made by mistake, first.",
                                           roster->len), label, roster->len);
      cohort_explain (widget, heading, body);
      return;
    }
  /* Translators: "Delete Class B43?" */
  heading = g_strdup_printf (_("Delete Class %s?"), code);
  /* Translators: the class and its year, its program, where it is held */
  body = g_strdup_printf (_("%s, %s, held by %s, has nobody on its roster. It is deleted from Cohort."),
                          label, cohort_class_get_text (klass, COHORT_CLASS_PROGRAM_NAME),
                          cohort_class_get_text (klass, COHORT_CLASS_HOST));
  dialog = cohort_confirm (widget, heading, body, _("_Delete Class"), TRUE, delete_confirmed, self);
  g_object_set_data_full (G_OBJECT (dialog), "cohort-class", g_steal_pointer (&klass), g_object_unref);
}

static void
on_class_saved_cb (CohortClassEditor *editor,
                   CohortClass       *klass,
                   CohortClassesPage *self)
{
  g_autofree char *message = NULL;

  fill_filters (self);
  on_filter_changed_cb (self);
  cohort_classes_page_open_roster (self, klass);
  /* Translators: "Class B43 created" */
  message = g_strdup_printf (_("Class %s created"), cohort_class_get_text (klass, COHORT_CLASS_CODE));
  /* On the roster: above its action bar */
  cohort_show_toast (GTK_WIDGET (self->roster_view), message, FALSE);
}

static void
new_class_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  cohort_classes_page_new_class (COHORT_CLASSES_PAGE (widget));
}

static void
cohort_classes_page_dispose (GObject *object)
{
  CohortClassesPage *self = COHORT_CLASSES_PAGE (object);

  /* No gtk_widget_dispose_template () here: in GTK 4.8 it disposes the roster
   * view, a template of its own inside the stack, and the stack then unparents
   * a dead widget. CohortPage, an AdwBin, unparents the whole tree itself. */
  g_clear_weak_pointer (&self->last_toast);
  g_clear_object (&self->sorted);
  g_clear_object (&self->classes);
  g_clear_pointer (&self->years, g_ptr_array_unref);
  g_clear_pointer (&self->programs, g_ptr_array_unref);
  g_clear_pointer (&self->hosts, g_ptr_array_unref);

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
  gtk_widget_class_bind_template_child (widget_class, CohortClassesPage, code_entry);
  gtk_widget_class_bind_template_child (widget_class, CohortClassesPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CohortClassesPage, program_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CohortClassesPage, host_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CohortClassesPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CohortClassesPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CohortClassesPage, roster_view);
  gtk_widget_class_bind_template_child (widget_class, CohortClassesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CohortClassesPage, code_column);
  gtk_widget_class_bind_template_child (widget_class, CohortClassesPage, year_column);
  gtk_widget_class_bind_template_child (widget_class, CohortClassesPage, program_column);
  gtk_widget_class_bind_template_child (widget_class, CohortClassesPage, course_column);
  gtk_widget_class_bind_template_child (widget_class, CohortClassesPage, mode_column);
  gtk_widget_class_bind_template_child (widget_class, CohortClassesPage, host_column);
  gtk_widget_class_bind_template_child (widget_class, CohortClassesPage, start_column);
  gtk_widget_class_bind_template_child (widget_class, CohortClassesPage, end_column);
  gtk_widget_class_bind_template_child (widget_class, CohortClassesPage, status_column);
  gtk_widget_class_bind_template_child (widget_class, CohortClassesPage, size_column);
  gtk_widget_class_bind_template_callback (widget_class, on_class_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_roster_closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_roster_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  cohort_format_bind_callbacks (widget_class);

  gtk_widget_class_install_action (widget_class, "classes.new", NULL, new_class_action);
  gtk_widget_class_install_action (widget_class, "classes.delete", "x", delete_class_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "classes.delete", "x", (gint64) 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "classes.delete", "x", (gint64) 0);
}

static GtkSorter *
property_sorter (const char *property,
                 gboolean    numeric)
{
  GtkExpression *expression = gtk_property_expression_new (COHORT_TYPE_CLASS, NULL, property);

  if (numeric)
    return GTK_SORTER (gtk_numeric_sorter_new (expression));
  return GTK_SORTER (gtk_string_sorter_new (expression));
}

static void
cohort_classes_page_init (CohortClassesPage *self)
{
  g_autoptr(GtkSingleSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* A list of classes is a few thousand rows in memory: GTK's own sorters do. */
  const struct { GtkColumnViewColumn *column; const char *property; gboolean numeric; } sorts[] = {
    { self->code_column, "code", FALSE }, { self->year_column, "year", TRUE },
    { self->program_column, "program-name", FALSE }, { self->course_column, "course-no", TRUE },
    { self->mode_column, "mode", TRUE }, { self->host_column, "host", FALSE },
    { self->start_column, "start-date", FALSE }, { self->end_column, "end-date", FALSE },
    { self->status_column, "status", TRUE }, { self->size_column, "enrolled", TRUE },
  };
  for (guint i = 0; i < G_N_ELEMENTS (sorts); i++)
    {
      g_autoptr(GtkSorter) sorter = property_sorter (sorts[i].property, sorts[i].numeric);
      gtk_column_view_column_set_sorter (sorts[i].column, sorter);
    }

  self->classes = g_list_store_new (COHORT_TYPE_CLASS);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->classes)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
}

/**
 * cohort_classes_page_get_model:
 *
 * Returns: (transfer none): the classes shown, filtered and sorted
 */
GListModel *
cohort_classes_page_get_model (CohortClassesPage *self)
{
  g_return_val_if_fail (COHORT_IS_CLASSES_PAGE (self), NULL);
  return G_LIST_MODEL (self->sorted);
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
  gtk_widget_grab_focus (GTK_WIDGET (cohort_roster_view_get_column_view (self->roster_view)));
}

/**
 * cohort_classes_page_new_class:
 *
 * Opens the editor for a new class; once saved, its roster opens.
 *
 * Returns: (transfer none): the editor
 */
CohortClassEditor *
cohort_classes_page_new_class (CohortClassesPage *self)
{
  CohortClassEditor *editor;

  g_return_val_if_fail (COHORT_IS_CLASSES_PAGE (self), NULL);

  editor = cohort_class_editor_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                    cohort_page_get_store (COHORT_PAGE (self)), NULL);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_class_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
  return editor;
}

/**
 * cohort_classes_page_set_filter:
 * @code: (nullable): part of a class code
 * @year: a year, or 0 for all
 *
 * Filters the list as choosing in the filter bar would.
 */
void
cohort_classes_page_set_filter (CohortClassesPage *self,
                                const char        *code,
                                int                year)
{
  guint position = 0;

  g_return_if_fail (COHORT_IS_CLASSES_PAGE (self));

  for (guint i = 0; year > 0 && self->years && i < self->years->len; i++)
    if (g_ptr_array_index (self->years, i) != NULL && atoi (g_ptr_array_index (self->years, i)) == year)
      position = i;
  self->filling = TRUE;
  gtk_drop_down_set_selected (self->year_dropdown, position);
  gtk_editable_set_text (GTK_EDITABLE (self->code_entry), code ? code : "");
  self->filling = FALSE;
  on_filter_changed_cb (self);
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

/**
 * cohort_classes_page_get_last_toast:
 *
 * Returns: (transfer none) (nullable): the toast of the last class deleted, while it shows
 */
AdwToast *
cohort_classes_page_get_last_toast (CohortClassesPage *self)
{
  g_return_val_if_fail (COHORT_IS_CLASSES_PAGE (self), NULL);
  return self->last_toast;
}
