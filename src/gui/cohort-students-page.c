/* cohort-students-page.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Students page: everyone Cohort knows, searched as the user types and
 * sorted by any column in SQL, and the person opened from the list or from
 * a roster. Its filters bar is in cohort-students-page-filters.c.
 */
#define G_LOG_DOMAIN "cohort-students-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-date.h"
#include "cohort-format.h"
#include "cohort-person-editor.h"
#include "cohort-person-list-model.h"
#include "cohort-sort-probe.h"
#include "cohort-students-page-private.h"
#include "cohort-widgets.h"

G_DEFINE_FINAL_TYPE (CohortStudentsPage, cohort_students_page, COHORT_TYPE_PAGE)

enum {
  GO_BACK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Cells of the table */

static char *
name_text (gpointer item)
{
  return cohort_person_dup_full_name (item);
}

static char *
lao_name_text (gpointer item)
{
  return cohort_person_dup_lao_name (item);
}

static char *
birth_text (gpointer item)
{
  return cohort_date_format (cohort_person_get_birth_date (item));
}

static char *
gender_text (gpointer item)
{
  CohortGender gender = cohort_person_get_gender (item);

  return g_strdup (gender == COHORT_GENDER_UNKNOWN ? "" : cohort_format_gender (gender));
}

static char *
position_text (gpointer item)
{
  return g_strdup (cohort_person_get_position (item));
}

static char *
unit_text (gpointer item)
{
  return g_strdup (cohort_person_get_unit (item));
}

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
      /* Cancelled: the search that replaced it is under way. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      cohort_page_show_error (COHORT_PAGE (self), error);
    }
  g_clear_object (&self->searching);
  g_clear_handle_id (&self->spinner_id, g_source_remove);
  gtk_spinner_stop (self->search_spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->search_spinner), FALSE);
  show_count (self);
}

/* A search that takes longer than a glance shows that it is working. */
static gboolean
show_spinner_cb (gpointer user_data)
{
  CohortStudentsPage *self = user_data;

  self->spinner_id = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->search_spinner), TRUE);
  gtk_spinner_start (self->search_spinner);
  return G_SOURCE_REMOVE;
}

/* Each keystroke cancels the search before it: only the last one shows. */
void
_cohort_students_page_run_search (CohortStudentsPage *self)
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
  g_free (self->query);
  self->query = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  if (self->spinner_id == 0 && !gtk_widget_get_visible (GTK_WIDGET (self->search_spinner)))
    self->spinner_id = g_timeout_add (150, show_spinner_cb, self);

  {
    int sort = COHORT_PERSON_SORT_NAME;
    gboolean descending = FALSE;

    /* The column the user sorts by, sorted in SQL on its index. */
    if (!cohort_sort_probe_read (gtk_column_view_get_sorter (self->column_view), &self->probed, &sort,
                                 &descending))
      sort = COHORT_PERSON_SORT_NAME;
    cohort_person_list_model_set_query (self->people,
                                        gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                                        sort, descending);
  }
  _cohort_students_page_apply_filter (self);
  cohort_person_list_model_refresh_async (self->people, self->searching, on_refreshed_cb,
                                          g_object_ref (self));
}

/* The entry reports the text cohort_students_page_search () already ran, or
 * a real change: only the second costs a search. */
static void
on_search_changed_cb (CohortStudentsPage *self)
{
  if (g_strcmp0 (self->query, gtk_editable_get_text (GTK_EDITABLE (self->search_entry))) != 0)
    _cohort_students_page_run_search (self);
}

static void
on_person_activated_cb (CohortStudentsPage *self,
                        guint               position)
{
  if (self->people == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->people)))
    return;
  cohort_students_page_open_person (self, cohort_person_list_model_get_id (self->people, position));
}

/* Back: to where the person was opened from — a roster on another page, or
 * this list with its search, selection and scroll as they were. */
static void
on_person_closed_cb (CohortStudentsPage *self)
{
  g_autofree char *back = g_steal_pointer (&self->back_page);

  cohort_person_view_set_back_tooltip (self->person_view, NULL);
  gtk_stack_set_visible_child_name (self->stack, "list");
  if (back != NULL)
    g_signal_emit (self, signals[GO_BACK], 0, back);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* A person was changed in the view: the list may show the old name. */
static void
on_person_saved_cb (CohortStudentsPage *self)
{
  _cohort_students_page_run_search (self);
}

/* The person shown was deleted: back to the list, without them. */
static void
on_person_deleted_cb (CohortStudentsPage *self)
{
  _cohort_students_page_run_search (self);
  gtk_stack_set_visible_child_name (self->stack, "list");
}

/* Records merged, or Undo of a deletion or merge: the list shows what is
 * now recorded, and the person page shows the person. */
static void
on_person_changed_cb (CohortStudentsPage *self)
{
  _cohort_students_page_run_search (self);
  gtk_stack_set_visible_child_name (self->stack, "person");
  gtk_widget_activate_action (GTK_WIDGET (self), "win.data-changed", NULL);
}

static void
on_editor_saved_cb (CohortStudentsPage *self,
                    CohortPerson       *person)
{
  _cohort_students_page_run_search (self);
  cohort_students_page_open_person (self, cohort_person_get_id (person));
}

static void
on_editor_open_existing_cb (CohortStudentsPage *self,
                            CohortPerson       *existing)
{
  cohort_students_page_open_person (self, cohort_person_get_id (existing));
}

static void
on_new_clicked_cb (CohortStudentsPage *self)
{
  cohort_students_page_new_person (self);
}

static void
cohort_students_page_reload (CohortPage *page)
{
  CohortStudentsPage *self = COHORT_STUDENTS_PAGE (page);

  /* The store may have changed: start again from a new model. */
  if (self->people != NULL)
    gtk_single_selection_set_model (self->selection, NULL);
  g_clear_object (&self->people);
  _cohort_students_page_fill_filter_choices (self);
  _cohort_students_page_run_search (self);
}

static void
cohort_students_page_dispose (GObject *object)
{
  CohortStudentsPage *self = COHORT_STUDENTS_PAGE (object);

  if (self->searching != NULL)
    g_cancellable_cancel (self->searching);
  g_clear_object (&self->searching);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->back_page, g_free);
  g_clear_pointer (&self->province_codes, g_ptr_array_unref);
  g_clear_pointer (&self->class_years, g_array_unref);
  g_clear_handle_id (&self->spinner_id, g_source_remove);
  /* No gtk_widget_dispose_template () here: in GTK 4.8 it disposes the person
   * view, a template of its own inside the stack, and the stack then unparents
   * a dead widget. CohortPage, an AdwBin, unparents the whole tree itself. */
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

  /**
   * CohortStudentsPage::go-back:
   * @page: the name of the page the person was opened from
   *
   * Back was pressed on a person opened from another page.
   */
  signals[GO_BACK] = g_signal_new ("go-back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (COHORT_TYPE_PERSON);
  g_type_ensure (COHORT_TYPE_PERSON_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cohort/Cohort/cohort-students-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, search_spinner);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, results_stack);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, person_view);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, lao_column);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, birth_column);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, gender_column);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, position_column);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, unit_column);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, born_entry);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, unit_entry);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, class_entry);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, class_year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, province_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, level_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, clear_button);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, none_page);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_person_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_person_closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_person_saved_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_person_deleted_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_person_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_new_clicked_cb);
  _cohort_students_page_class_init_filters (widget_class);
  cohort_format_bind_callbacks (widget_class);
}

static void
cohort_students_page_init (CohortStudentsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Every column sorts, in SQL: the view's sorter only says which column. */
  const struct {
    GtkColumnViewColumn *column;
    CohortPersonSort     sort;
    CohortCellTextFunc   text;
    int                  min_chars;
  } columns[] = {
    { self->name_column, COHORT_PERSON_SORT_NAME, name_text, 18 },
    { self->lao_column, COHORT_PERSON_SORT_NAME, lao_name_text, 12 },
    { self->birth_column, COHORT_PERSON_SORT_BIRTH_DATE, birth_text, 10 },
    { self->gender_column, COHORT_PERSON_SORT_GENDER, gender_text, 4 },
    { self->position_column, COHORT_PERSON_SORT_POSITION, position_text, 14 },
    { self->unit_column, COHORT_PERSON_SORT_UNIT, unit_text, 20 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autoptr(CohortSortProbe) probe = cohort_sort_probe_new (columns[i].sort, &self->probed);
      g_autoptr(GtkListItemFactory) factory = cohort_text_cell_factory_new (columns[i].text,
                                                                            columns[i].min_chars);

      gtk_column_view_column_set_sorter (columns[i].column, GTK_SORTER (probe));
      gtk_column_view_column_set_factory (columns[i].column, factory);
    }
  g_signal_connect_swapped (gtk_column_view_get_sorter (self->column_view), "changed",
                            G_CALLBACK (_cohort_students_page_run_search), self);

  _cohort_students_page_init_filters (self);

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
  _cohort_students_page_run_search (self);
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

/**
 * cohort_students_page_new_person:
 *
 * Opens the editor on a new person; once saved, the person is shown.
 */
void
cohort_students_page_new_person (CohortStudentsPage *self)
{
  CohortStore *store;
  CohortPersonEditor *editor;
  GtkRoot *root;

  g_return_if_fail (COHORT_IS_STUDENTS_PAGE (self));
  store = cohort_page_get_store (COHORT_PAGE (self));
  if (store == NULL)
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  editor = cohort_person_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, store, NULL);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "open-existing", G_CALLBACK (on_editor_open_existing_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

/**
 * cohort_students_page_open_person:
 *
 * Shows the person @person_id, with their classes, in place of the list;
 * Back returns to the list.
 */
void
cohort_students_page_open_person (CohortStudentsPage *self,
                                  gint64              person_id)
{
  cohort_students_page_open_person_from (self, person_id, NULL, NULL);
}

/**
 * cohort_students_page_open_person_from:
 * @back_page: (nullable): the page Back returns to (emitting ::go-back),
 *   or %NULL for this page's list
 * @back_tooltip: (nullable): what the Back button says, e.g. "Back to the
 *   Roster of B43"
 *
 * Shows the person @person_id in place of the list.
 */
void
cohort_students_page_open_person_from (CohortStudentsPage *self,
                                       gint64              person_id,
                                       const char         *back_page,
                                       const char         *back_tooltip)
{
  g_autoptr(GError) error = NULL;
  CohortStore *store;

  g_return_if_fail (COHORT_IS_STUDENTS_PAGE (self));
  store = cohort_page_get_store (COHORT_PAGE (self));
  if (store == NULL)
    return;

  if (!cohort_person_view_show_person (self->person_view, store, person_id, &error))
    {
      cohort_page_show_error (COHORT_PAGE (self), error);
      return;
    }
  g_free (self->back_page);
  self->back_page = g_strdup (back_page);
  cohort_person_view_set_back_tooltip (self->person_view, back_page ? back_tooltip : NULL);
  gtk_stack_set_visible_child_name (self->stack, "person");
  gtk_widget_grab_focus (GTK_WIDGET (self->person_view));
}

/**
 * cohort_students_page_get_person_view:
 *
 * Returns: (transfer none): the view shown when a person is opened
 */
CohortPersonView *
cohort_students_page_get_person_view (CohortStudentsPage *self)
{
  g_return_val_if_fail (COHORT_IS_STUDENTS_PAGE (self), NULL);
  return self->person_view;
}

/**
 * cohort_students_page_get_visible_view:
 *
 * Returns: "list" or "person"
 */
const char *
cohort_students_page_get_visible_view (CohortStudentsPage *self)
{
  g_return_val_if_fail (COHORT_IS_STUDENTS_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * cohort_students_page_get_column_view:
 *
 * Returns: (transfer none): the table of people, e.g. to sort by a column
 */
GtkColumnView *
cohort_students_page_get_column_view (CohortStudentsPage *self)
{
  g_return_val_if_fail (COHORT_IS_STUDENTS_PAGE (self), NULL);
  return self->column_view;
}
