/* cohort-roster-view.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The roster of one class as a table: filter, sort, selection, titles. What
 * the office does with it is in cohort-roster-actions.c.
 */
#define G_LOG_DOMAIN "cohort-roster-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cohort-date.h"
#include "cohort-fold.h"
#include "cohort-format.h"
#include "cohort-roster-sorters.h"
#include "cohort-roster-view-private.h"
#include "cohort-widgets.h"

G_DEFINE_FINAL_TYPE (CohortRosterView, cohort_roster_view, ADW_TYPE_BIN)

enum {
  CLOSED,
  CHANGED,
  PERSON_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A roster is one class, a few dozen to a few hundred people: filtering in C
 * with the same fold as the database search is instant. */
static gboolean
match_enrolment (gpointer item,
                 gpointer user_data)
{
  CohortRosterView *self = user_data;
  CohortPerson *person = cohort_enrolment_get_person (item);
  g_autofree char *names = NULL;
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;

  if (self->folded_filter == NULL || *self->folded_filter == '\0')
    return TRUE;

  names = cohort_person_dup_search_text (person);
  text = g_strjoin (" ", names, cohort_person_get_unit (person) ?: "",
                    cohort_person_get_position (person) ?: "", NULL);
  folded = cohort_fold (text);
  return strstr (folded, self->folded_filter) != NULL;
}

guint
_cohort_roster_view_n_selected (CohortRosterView *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  return (guint) gtk_bitset_get_size (selected);
}

static void
update_count (CohortRosterView *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint all = g_list_model_get_n_items (G_LIST_MODEL (self->roster));
  guint selected = _cohort_roster_view_n_selected (self);
  guint withdrawn = 0;
  g_autofree char *students = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < all; i++)
    {
      g_autoptr(CohortEnrolment) entry = g_list_model_get_item (G_LIST_MODEL (self->roster), i);

      withdrawn += g_strcmp0 (cohort_enrolment_get_status (entry), "withdrawn") == 0;
    }
  students = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u student", "%u students", all - withdrawn),
                              all - withdrawn);
  if (withdrawn > 0)
    {
      /* Translators: the count of a roster: "38 students · 2 withdrawn" */
      char *with = g_strdup_printf (_("%s · %u withdrawn"), students, withdrawn);

      g_free (students);
      students = with;
    }

  if (selected > 1)
    /* Translators: "3 selected of 45" */
    text = g_strdup_printf (_("%u selected of %u"), selected, shown);
  else if (shown == all)
    text = g_steal_pointer (&students);
  else
    /* Translators: the roster filtered: "12 shown · 38 students · 2 withdrawn" */
    text = g_strdup_printf (_("%u shown · %s"), shown, students);
  gtk_label_set_label (self->count_label, text);
}

static void
on_selection_changed_cb (CohortRosterView *self)
{
  update_count (self);
  _cohort_roster_view_update_actions (self);
}

static void
show_titles (CohortRosterView *self)
{
  CohortClass *klass = self->klass;
  g_autofree char *title = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *subtitle = NULL;

  title = g_strdup_printf ("%s · %s · %s", cohort_class_get_text (klass, COHORT_CLASS_CODE),
                           cohort_class_get_text (klass, COHORT_CLASS_PROGRAM_NAME),
                           cohort_format_class_status (cohort_class_get_number (klass, COHORT_CLASS_STATUS)));
  start = cohort_date_format (cohort_class_get_text (klass, COHORT_CLASS_START_DATE));
  end = cohort_date_format (cohort_class_get_text (klass, COHORT_CLASS_END_DATE));
  /* Translators: "Trường Chính trị Lê Duẩn · 05/09/2025 – 02/07/2026" */
  subtitle = g_strdup_printf (_("%s · %s – %s"), cohort_class_get_text (klass, COHORT_CLASS_HOST), start, end);
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->subtitle_label, subtitle);
}

/* The enrolments selected, in the order shown. */
GPtrArray *
_cohort_roster_view_dup_selected (CohortRosterView *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);
  GtkBitsetIter iter;
  guint position;

  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (entries, g_list_model_get_item (G_LIST_MODEL (self->sorted), position));
  return entries;
}

/* Their ids. */
GArray *
_cohort_roster_view_dup_selected_ids (CohortRosterView *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkBitsetIter iter;
  guint position;

  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(CohortEnrolment) entry = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);
      gint64 id = cohort_enrolment_get_id (entry);

      g_array_append_val (ids, id);
    }
  return ids;
}

void
_cohort_roster_view_emit_changed (CohortRosterView *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

void
_cohort_roster_view_emit_closed (CohortRosterView *self)
{
  g_signal_emit (self, signals[CLOSED], 0);
}

static void
on_row_activated_cb (CohortRosterView *self,
                     guint             position)
{
  g_autoptr(CohortEnrolment) entry = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

  if (entry != NULL)
    g_signal_emit (self, signals[PERSON_ACTIVATED], 0,
                   cohort_person_get_id (cohort_enrolment_get_person (entry)));
}

static void
on_filter_changed_cb (CohortRosterView *self)
{
  cohort_roster_view_set_filter (self, gtk_editable_get_text (GTK_EDITABLE (self->filter_entry)));
}

static void
cohort_roster_view_dispose (GObject *object)
{
  CohortRosterView *self = COHORT_ROSTER_VIEW (object);

  /* AdwBin unparents its child itself: no gtk_widget_dispose_template () here. */
  g_clear_weak_pointer (&self->last_toast);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->roster);
  g_clear_object (&self->klass);
  g_clear_object (&self->store);
  g_clear_pointer (&self->folded_filter, g_free);

  G_OBJECT_CLASS (cohort_roster_view_parent_class)->dispose (object);
}

static void
cohort_roster_view_class_init (CohortRosterViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_roster_view_dispose;

  /**
   * CohortRosterView::closed:
   *
   * The user asked to go back to the list of classes.
   */
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * CohortRosterView::changed:
   *
   * The class or its roster was written: lists showing them are out of date.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * CohortRosterView::person-activated:
   * @person_id: the person of the row
   */
  signals[PERSON_ACTIVATED] = g_signal_new ("person-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  g_type_ensure (COHORT_TYPE_ENROLMENT);
  g_type_ensure (COHORT_TYPE_PERSON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cohort/Cohort/cohort-roster-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortRosterView, title_label);
  gtk_widget_class_bind_template_child (widget_class, CohortRosterView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, CohortRosterView, filter_entry);
  gtk_widget_class_bind_template_child (widget_class, CohortRosterView, count_label);
  gtk_widget_class_bind_template_child (widget_class, CohortRosterView, close_class_button);
  gtk_widget_class_bind_template_child (widget_class, CohortRosterView, column_view);
  gtk_widget_class_bind_template_child (widget_class, CohortRosterView, roster_no_column);
  gtk_widget_class_bind_template_child (widget_class, CohortRosterView, name_column);
  gtk_widget_class_bind_template_child (widget_class, CohortRosterView, birth_column);
  gtk_widget_class_bind_template_child (widget_class, CohortRosterView, gender_column);
  gtk_widget_class_bind_template_child (widget_class, CohortRosterView, ethnicity_column);
  gtk_widget_class_bind_template_child (widget_class, CohortRosterView, position_column);
  gtk_widget_class_bind_template_child (widget_class, CohortRosterView, unit_column);
  gtk_widget_class_bind_template_child (widget_class, CohortRosterView, level_column);
  gtk_widget_class_bind_template_child (widget_class, CohortRosterView, party_column);
  gtk_widget_class_bind_template_child (widget_class, CohortRosterView, status_column);
  gtk_widget_class_bind_template_child (widget_class, CohortRosterView, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  cohort_format_bind_callbacks (widget_class);
  _cohort_roster_view_install_actions (widget_class);
}

static void
cohort_roster_view_init (CohortRosterView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cohort_set_toast_overlay (GTK_WIDGET (self), self->toast_overlay);

  const struct { GtkColumnViewColumn *column; CohortRosterSort by; } sorts[] = {
    { self->roster_no_column, COHORT_ROSTER_SORT_NUMBER },
    { self->name_column, COHORT_ROSTER_SORT_NAME },
    { self->birth_column, COHORT_ROSTER_SORT_BIRTH_DATE },
    { self->gender_column, COHORT_ROSTER_SORT_GENDER },
    { self->ethnicity_column, COHORT_ROSTER_SORT_ETHNICITY },
    { self->position_column, COHORT_ROSTER_SORT_POSITION },
    { self->unit_column, COHORT_ROSTER_SORT_UNIT },
    { self->level_column, COHORT_ROSTER_SORT_LEVEL },
    { self->party_column, COHORT_ROSTER_SORT_PARTY_DATE },
    { self->status_column, COHORT_ROSTER_SORT_STATUS },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sorts); i++)
    {
      g_autoptr(GtkSorter) sorter = cohort_roster_sorter_new (sorts[i].by);
      gtk_column_view_column_set_sorter (sorts[i].column, sorter);
    }

  self->roster = g_list_store_new (COHORT_TYPE_ENROLMENT);
  self->filter = gtk_custom_filter_new (match_enrolment, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->roster)),
                                              GTK_FILTER (self->filter));
  /* With no column chosen the view's sorter says "equal", and the stable
   * sort keeps the roster order the store gave. */
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (on_selection_changed_cb), self);
  g_signal_connect_swapped (self->selection, "items-changed", G_CALLBACK (on_selection_changed_cb), self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  _cohort_roster_view_update_actions (self);
}

/**
 * cohort_roster_view_show_class:
 *
 * Reads the roster of @klass and shows it.
 */
gboolean
cohort_roster_view_show_class (CohortRosterView  *self,
                               CohortStore       *store,
                               CohortClass       *klass,
                               GError           **error)
{
  g_autoptr(GPtrArray) roster = NULL;

  g_return_val_if_fail (COHORT_IS_ROSTER_VIEW (self), FALSE);
  g_return_val_if_fail (COHORT_IS_CLASS (klass), FALSE);

  roster = cohort_store_get_roster (store, cohort_class_get_number (klass, COHORT_CLASS_ID), error);
  if (roster == NULL)
    return FALSE;

  g_set_object (&self->store, store);
  g_set_object (&self->klass, klass);
  gtk_editable_set_text (GTK_EDITABLE (self->filter_entry), "");
  gtk_column_view_sort_by_column (self->column_view, NULL, GTK_SORT_ASCENDING);
  g_list_store_splice (self->roster, 0, g_list_model_get_n_items (G_LIST_MODEL (self->roster)),
                       roster->pdata, roster->len);
  show_titles (self);
  update_count (self);
  _cohort_roster_view_update_actions (self);
  return TRUE;
}

/**
 * cohort_roster_view_reload:
 *
 * Reads the class and its roster again, keeping the filter and sort order.
 */
gboolean
cohort_roster_view_reload (CohortRosterView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortClass) klass = NULL;
  g_autoptr(GPtrArray) roster = NULL;

  g_return_val_if_fail (COHORT_IS_ROSTER_VIEW (self), FALSE);

  if (self->klass == NULL)
    return FALSE;
  klass = cohort_store_get_class (self->store, cohort_class_get_number (self->klass, COHORT_CLASS_ID), &error);
  if (klass != NULL)
    roster = cohort_store_get_roster (self->store, cohort_class_get_number (klass, COHORT_CLASS_ID), &error);
  if (roster == NULL)
    {
      _cohort_roster_view_show_error (self, error);
      return FALSE;
    }
  g_set_object (&self->klass, klass);
  g_list_store_splice (self->roster, 0, g_list_model_get_n_items (G_LIST_MODEL (self->roster)),
                       roster->pdata, roster->len);
  show_titles (self);
  update_count (self);
  _cohort_roster_view_update_actions (self);
  return TRUE;
}

/**
 * cohort_roster_view_get_class:
 *
 * Returns: (transfer none) (nullable): the class shown
 */
CohortClass *
cohort_roster_view_get_class (CohortRosterView *self)
{
  g_return_val_if_fail (COHORT_IS_ROSTER_VIEW (self), NULL);
  return self->klass;
}

/**
 * cohort_roster_view_set_filter:
 *
 * Narrows the roster to the people whose name, ID number, unit or position
 * contain @text, accents optional.
 */
void
cohort_roster_view_set_filter (CohortRosterView *self,
                               const char       *text)
{
  g_return_if_fail (COHORT_IS_ROSTER_VIEW (self));

  g_free (self->folded_filter);
  self->folded_filter = cohort_fold (text);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

/**
 * cohort_roster_view_get_model:
 *
 * Returns: (transfer none): the rows shown, filtered and sorted
 */
GListModel *
cohort_roster_view_get_model (CohortRosterView *self)
{
  g_return_val_if_fail (COHORT_IS_ROSTER_VIEW (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

/**
 * cohort_roster_view_get_selection:
 *
 * Returns: (transfer none): the rows shown and which are selected
 */
GtkSelectionModel *
cohort_roster_view_get_selection (CohortRosterView *self)
{
  g_return_val_if_fail (COHORT_IS_ROSTER_VIEW (self), NULL);
  return GTK_SELECTION_MODEL (self->selection);
}

/**
 * cohort_roster_view_get_column_view:
 *
 * Returns: (transfer none): the table, e.g. to sort by one of its columns
 */
GtkColumnView *
cohort_roster_view_get_column_view (CohortRosterView *self)
{
  g_return_val_if_fail (COHORT_IS_ROSTER_VIEW (self), NULL);
  return self->column_view;
}

/**
 * cohort_roster_view_get_last_toast:
 *
 * Returns: (transfer none) (nullable): the toast of the last action, while it shows
 */
AdwToast *
cohort_roster_view_get_last_toast (CohortRosterView *self)
{
  g_return_val_if_fail (COHORT_IS_ROSTER_VIEW (self), NULL);
  return self->last_toast;
}

/**
 * cohort_roster_view_undo_last:
 *
 * What the Undo button of the last toast does.
 *
 * Returns: %TRUE if there was something to undo
 */
gboolean
cohort_roster_view_undo_last (CohortRosterView *self)
{
  g_return_val_if_fail (COHORT_IS_ROSTER_VIEW (self), FALSE);

  if (self->last_toast == NULL)
    return FALSE;
  g_signal_emit_by_name (self->last_toast, "button-clicked");
  adw_toast_dismiss (self->last_toast);
  return TRUE;
}
