/* cohort-roster-view.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-roster-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cohort-date.h"
#include "cohort-fold.h"
#include "cohort-format.h"
#include "cohort-roster-view.h"

struct _CohortRosterView
{
  AdwBin             parent_instance;

  /* Template widgets */
  GtkLabel          *title_label;
  GtkLabel          *subtitle_label;
  GtkSearchEntry    *filter_entry;
  GtkLabel          *count_label;
  GtkColumnView     *column_view;

  /* Owned references */
  GListStore        *roster;     /* CohortEnrolment, in roster order */
  GtkFilterListModel *filtered;
  GtkCustomFilter   *filter;
  char              *folded_filter;
};

G_DEFINE_FINAL_TYPE (CohortRosterView, cohort_roster_view, ADW_TYPE_BIN)

enum {
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A roster is one class, a few dozen people: filtering in C with the same
 * fold as the database search is instant. */
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

static void
update_count (CohortRosterView *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint all = g_list_model_get_n_items (G_LIST_MODEL (self->roster));
  g_autofree char *text = NULL;

  if (shown == all)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u student", "%u students", all), all);
  else
    /* Translators: "12 of 45 students" */
    text = g_strdup_printf (_("%u of %u students"), shown, all);
  gtk_label_set_label (self->count_label, text);
}

static void
on_filter_changed_cb (CohortRosterView *self)
{
  cohort_roster_view_set_filter (self, gtk_editable_get_text (GTK_EDITABLE (self->filter_entry)));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_signal_emit (widget, signals[CLOSED], 0);
}

static void
cohort_roster_view_dispose (GObject *object)
{
  CohortRosterView *self = COHORT_ROSTER_VIEW (object);

  /* AdwBin unparents its child itself: no gtk_widget_dispose_template () here. */
  g_clear_object (&self->filtered);
  g_clear_object (&self->roster);
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

  g_type_ensure (COHORT_TYPE_ENROLMENT);
  g_type_ensure (COHORT_TYPE_PERSON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cohort/Cohort/cohort-roster-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortRosterView, title_label);
  gtk_widget_class_bind_template_child (widget_class, CohortRosterView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, CohortRosterView, filter_entry);
  gtk_widget_class_bind_template_child (widget_class, CohortRosterView, count_label);
  gtk_widget_class_bind_template_child (widget_class, CohortRosterView, column_view);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  cohort_format_bind_callbacks (widget_class);

  gtk_widget_class_install_action (widget_class, "roster.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "roster.close", NULL);
}

static void
cohort_roster_view_init (CohortRosterView *self)
{
  g_autoptr(GtkMultiSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->roster = g_list_store_new (COHORT_TYPE_ENROLMENT);
  self->filter = gtk_custom_filter_new (match_enrolment, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->roster)),
                                              GTK_FILTER (self->filter));
  selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
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
  g_autofree char *title = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (COHORT_IS_ROSTER_VIEW (self), FALSE);
  g_return_val_if_fail (COHORT_IS_CLASS (klass), FALSE);

  roster = cohort_store_get_roster (store, cohort_class_get_number (klass, COHORT_CLASS_ID), error);
  if (roster == NULL)
    return FALSE;

  g_list_store_splice (self->roster, 0, g_list_model_get_n_items (G_LIST_MODEL (self->roster)),
                       roster->pdata, roster->len);
  gtk_editable_set_text (GTK_EDITABLE (self->filter_entry), "");

  title = g_strdup_printf ("%s · %s", cohort_class_get_text (klass, COHORT_CLASS_CODE),
                           cohort_class_get_text (klass, COHORT_CLASS_PROGRAM_NAME));
  start = cohort_date_format (cohort_class_get_text (klass, COHORT_CLASS_START_DATE));
  end = cohort_date_format (cohort_class_get_text (klass, COHORT_CLASS_END_DATE));
  /* Translators: "Trường Chính trị Lê Duẩn · 05/09/2025 – 02/07/2026" */
  subtitle = g_strdup_printf (_("%s · %s – %s"), cohort_class_get_text (klass, COHORT_CLASS_HOST),
                              start, end);
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->subtitle_label, subtitle);
  update_count (self);
  return TRUE;
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
 * Returns: (transfer none): the rows shown, after the filter
 */
GListModel *
cohort_roster_view_get_model (CohortRosterView *self)
{
  g_return_val_if_fail (COHORT_IS_ROSTER_VIEW (self), NULL);
  return G_LIST_MODEL (self->filtered);
}
