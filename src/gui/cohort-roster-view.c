/* cohort-roster-view.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-roster-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cohort-class-editor.h"
#include "cohort-class-picker.h"
#include "cohort-date.h"
#include "cohort-fold.h"
#include "cohort-format.h"
#include "cohort-import-window.h"
#include "cohort-list-export.h"
#include "cohort-person-editor.h"
#include "cohort-person-picker.h"
#include "cohort-roster-sorters.h"
#include "cohort-roster-view.h"
#include "cohort-widgets.h"

struct _CohortRosterView
{
  AdwBin              parent_instance;

  /* Template widgets */
  GtkLabel           *title_label;
  GtkLabel           *subtitle_label;
  GtkSearchEntry     *filter_entry;
  GtkLabel           *count_label;
  GtkWidget          *close_class_button;
  GtkColumnView      *column_view;
  GtkColumnViewColumn *roster_no_column;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *birth_column;
  GtkColumnViewColumn *gender_column;
  GtkColumnViewColumn *ethnicity_column;
  GtkColumnViewColumn *position_column;
  GtkColumnViewColumn *unit_column;
  GtkColumnViewColumn *level_column;
  GtkColumnViewColumn *party_column;
  GtkColumnViewColumn *status_column;
  AdwToastOverlay    *toast_overlay;

  /* Owned references */
  CohortStore        *store;
  CohortClass        *klass;
  GListStore         *roster;     /* CohortEnrolment, in roster order */
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkMultiSelection  *selection;
  GtkCustomFilter    *filter;
  char               *folded_filter;
  AdwToast           *last_toast; /* weak */
};

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

static guint
n_selected (CohortRosterView *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  return (guint) gtk_bitset_get_size (selected);
}

static void
update_actions (CohortRosterView *self)
{
  gboolean open = self->klass != NULL;
  gboolean lao = open && cohort_list_export_has_lao_students (G_LIST_MODEL (self->roster));
  gboolean any = open && n_selected (self) > 0;
  gboolean finished = open && cohort_class_get_number (self->klass, COHORT_CLASS_STATUS)
                              == COHORT_CLASS_STATUS_FINISHED;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.withdraw", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.defer", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.reinstate", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.move", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.close-class", open && !finished);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.export-list", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.print-list", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.export-lao-list", lao);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.print-lao-list", lao);
  gtk_widget_set_visible (self->close_class_button, !finished);
}

/* The students of the class leave the withdrawn out, as the exported list does. */
static void
update_count (CohortRosterView *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint all = g_list_model_get_n_items (G_LIST_MODEL (self->roster));
  guint selected = n_selected (self);
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
  update_actions (self);
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
static GArray *
dup_selected_ids (CohortRosterView *self)
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

static void
show_error (CohortRosterView *self,
            const GError     *error)
{
  g_set_weak_pointer (&self->last_toast, cohort_show_toast (GTK_WIDGET (self), error->message, FALSE));
}

static void
on_undo_clicked_cb (AdwToast         *toast,
                    CohortRosterView *self)
{
  CohortRosterUndo *undo = g_object_get_data (G_OBJECT (toast), "cohort-undo");
  g_autoptr(GError) error = NULL;

  if (undo == NULL || self->store == NULL)
    return;
  if (!cohort_store_undo (self->store, undo, &error))
    show_error (self, error);
  /* One undo per toast. */
  g_object_set_data (G_OBJECT (toast), "cohort-undo", NULL);
  cohort_roster_view_reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* After an action: show the roster as it is now, and offer Undo. */
static void
done (CohortRosterView *self,
      const char       *message,
      CohortRosterUndo *undo)
{
  AdwToast *toast;

  cohort_roster_view_reload (self);
  g_signal_emit (self, signals[CHANGED], 0);

  /* Only the last action offers Undo: its toast replaces the one before. */
  if (self->last_toast != NULL)
    adw_toast_dismiss (self->last_toast);
  toast = cohort_show_toast (GTK_WIDGET (self), message, undo != NULL);
  if (undo != NULL)
    {
      g_object_set_data_full (G_OBJECT (toast), "cohort-undo", undo, (GDestroyNotify) cohort_roster_undo_free);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), self, 0);
    }
  g_set_weak_pointer (&self->last_toast, toast);
}

static void
set_status (CohortRosterView *self,
            const char       *status)
{
  g_autoptr(GArray) ids = dup_selected_ids (self);
  g_autoptr(GError) error = NULL;
  CohortRosterUndo *undo = NULL;
  g_autofree char *message = NULL;
  guint n = ids->len;

  if (n == 0)
    return;
  if (!cohort_store_set_enrolment_status (self->store, (gint64 *) ids->data, n, status, &undo, &error))
    {
      show_error (self, error);
      return;
    }
  if (g_str_equal (status, "withdrawn"))
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u student withdrawn", "%u students withdrawn", n), n);
  else if (g_str_equal (status, "deferred"))
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u student deferred", "%u students deferred", n), n);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u student reinstated", "%u students reinstated", n),
                               n);
  done (self, message, undo);
}

static void
status_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CohortRosterView *self = COHORT_ROSTER_VIEW (widget);

  if (g_str_equal (action_name, "roster.withdraw"))
    set_status (self, "withdrawn");
  else if (g_str_equal (action_name, "roster.defer"))
    set_status (self, "deferred");
  else
    set_status (self, "studying");
}

static void
renumber_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CohortRosterView *self = COHORT_ROSTER_VIEW (widget);
  g_autoptr(GError) error = NULL;
  CohortRosterUndo *undo = NULL;

  if (!cohort_store_renumber_roster (self->store, cohort_class_get_number (self->klass, COHORT_CLASS_ID), &undo,
                                     &error))
    {
      show_error (self, error);
      return;
    }
  done (self, _("Roster renumbered in roster order"), undo);
}

static void
on_people_picked_cb (CohortPersonPicker *picker,
                     CohortRosterView   *self)
{
  g_autoptr(GArray) ids = cohort_person_picker_dup_selected (picker);
  g_autoptr(GError) error = NULL;
  CohortRosterUndo *undo = NULL;
  g_autofree char *message = NULL;

  if (!cohort_store_enrol (self->store, cohort_class_get_number (self->klass, COHORT_CLASS_ID),
                           (gint64 *) ids->data, ids->len, &undo, &error))
    {
      show_error (self, error);
      return;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person enrolled", "%u people enrolled", ids->len),
                             ids->len);
  done (self, message, undo);
}

static void
enrol_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CohortRosterView *self = COHORT_ROSTER_VIEW (widget);
  CohortPersonPicker *picker;
  g_autofree char *title = g_strdup_printf (_("Enrol in %s"), cohort_class_get_text (self->klass, COHORT_CLASS_CODE));

  picker = cohort_person_picker_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, title);
  g_signal_connect_object (picker, "picked", G_CALLBACK (on_people_picked_cb), self, 0);
  gtk_window_present (GTK_WINDOW (picker));
}

static void
on_class_picked_cb (CohortClassPicker *picker,
                    CohortClass       *target,
                    CohortRosterView  *self)
{
  g_autoptr(GArray) ids = dup_selected_ids (self);
  g_autoptr(GError) error = NULL;
  CohortRosterUndo *undo = NULL;
  g_autofree char *message = NULL;

  if (!cohort_store_move_enrolments (self->store, (gint64 *) ids->data, ids->len,
                                     cohort_class_get_number (target, COHORT_CLASS_ID), &undo, &error))
    {
      show_error (self, error);
      return;
    }
  /* Translators: "2 students moved to K52A" */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u student moved to %s", "%u students moved to %s",
                                          ids->len),
                             ids->len, cohort_class_get_text (target, COHORT_CLASS_CODE));
  done (self, message, undo);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CohortRosterView *self = COHORT_ROSTER_VIEW (widget);
  CohortClassPicker *picker;
  guint n = n_selected (self);
  g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Move %u Student", "Move %u Students", n),
                                            n);

  if (n == 0)
    return;
  picker = cohort_class_picker_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, title,
                                    cohort_class_get_number (self->klass, COHORT_CLASS_ID));
  g_signal_connect_object (picker, "picked", G_CALLBACK (on_class_picked_cb), self, 0);
  gtk_window_present (GTK_WINDOW (picker));
}

static void
on_imported_cb (CohortImportWindow *import,
                guint               n_created,
                guint               n_enrolled,
                CohortRosterView   *self)
{
  cohort_roster_view_reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* A list an agency sent, everyone on it enrolled in this class. */
static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CohortRosterView *self = COHORT_ROSTER_VIEW (widget);
  CohortImportWindow *import;

  import = cohort_import_window_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, self->klass);
  g_signal_connect_object (import, "imported", G_CALLBACK (on_imported_cb), self, 0);
  cohort_import_window_choose_file (import);
}

static void
on_class_saved_cb (CohortClassEditor *editor,
                   CohortClass       *klass,
                   CohortRosterView  *self)
{
  cohort_roster_view_reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
edit_class_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CohortRosterView *self = COHORT_ROSTER_VIEW (widget);
  CohortClassEditor *editor;

  editor = cohort_class_editor_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, self->klass);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_class_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_close_undo_cb (AdwToast         *toast,
                  CohortRosterView *self)
{
  CohortClass *before = g_object_get_data (G_OBJECT (toast), "cohort-class");
  g_autoptr(GError) error = NULL;

  if (before != NULL && !cohort_store_save_class (self->store, before, &error))
    show_error (self, error);
  cohort_roster_view_reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
close_class_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CohortRosterView *self = COHORT_ROSTER_VIEW (widget);
  g_autoptr(CohortClass) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  before = cohort_store_get_class (self->store, cohort_class_get_number (self->klass, COHORT_CLASS_ID), &error);
  if (before == NULL)
    {
      show_error (self, error);
      return;
    }
  cohort_class_set_number (self->klass, COHORT_CLASS_STATUS, COHORT_CLASS_STATUS_FINISHED);
  if (!cohort_store_save_class (self->store, self->klass, &error))
    {
      show_error (self, error);
      cohort_roster_view_reload (self);
      return;
    }
  cohort_roster_view_reload (self);
  g_signal_emit (self, signals[CHANGED], 0);

  /* Translators: "Class B43 closed" */
  message = g_strdup_printf (_("Class %s closed"), cohort_class_get_text (before, COHORT_CLASS_CODE));
  toast = cohort_show_toast (widget, message, TRUE);
  g_object_set_data_full (G_OBJECT (toast), "cohort-class", g_steal_pointer (&before), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_close_undo_cb), self, 0);
  g_set_weak_pointer (&self->last_toast, toast);
}

static void
enrol_one (CohortRosterView *self,
           CohortPerson     *person,
           gboolean          existing)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = cohort_person_dup_full_name (person);
  g_autofree char *message = NULL;
  CohortRosterUndo *undo = NULL;
  gint64 id = cohort_person_get_id (person);

  if (!cohort_store_enrol (self->store, cohort_class_get_number (self->klass, COHORT_CLASS_ID), &id, 1, &undo,
                           &error))
    {
      show_error (self, error);
      return;
    }
  if (existing)
    /* Translators: %s is a full name */
    message = g_strdup_printf (_("%s was already in Cohort: enrolled from the existing record"), name);
  else
    /* Translators: %s is a full name */
    message = g_strdup_printf (_("%s added and enrolled"), name);
  done (self, message, undo);
}

static void
on_person_saved_cb (CohortPersonEditor *editor,
                    CohortPerson       *person,
                    CohortRosterView   *self)
{
  enrol_one (self, person, FALSE);
}

static void
on_open_existing_cb (CohortPersonEditor *editor,
                     CohortPerson       *existing,
                     CohortRosterView   *self)
{
  enrol_one (self, existing, TRUE);
}

/* Someone not yet in Cohort: the person editor, then straight onto the roster. */
static void
new_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CohortRosterView *self = COHORT_ROSTER_VIEW (widget);
  CohortPersonEditor *editor;

  editor = cohort_person_editor_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, NULL);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_person_saved_cb), self, 0);
  g_signal_connect_object (editor, "open-existing", G_CALLBACK (on_open_existing_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

/* The official lists: the work is in cohort-list-export.c. */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CohortRosterView *self = COHORT_ROSTER_VIEW (widget);
  CohortListKind kind = strstr (action_name, "-lao-") != NULL ? COHORT_LIST_KIND_LAO : COHORT_LIST_KIND_ROSTER;

  if (self->klass == NULL)
    return;
  if (g_str_has_prefix (action_name, "roster.print-"))
    cohort_list_export_print (widget, self->store, self->klass, kind);
  else
    cohort_list_export_choose_file (widget, self->store, self->klass, kind);
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

  gtk_widget_class_install_action (widget_class, "roster.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "roster.enrol", NULL, enrol_action);
  gtk_widget_class_install_action (widget_class, "roster.new-person", NULL, new_person_action);
  gtk_widget_class_install_action (widget_class, "roster.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "roster.move", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "roster.withdraw", NULL, status_action);
  gtk_widget_class_install_action (widget_class, "roster.defer", NULL, status_action);
  gtk_widget_class_install_action (widget_class, "roster.reinstate", NULL, status_action);
  gtk_widget_class_install_action (widget_class, "roster.renumber", NULL, renumber_action);
  gtk_widget_class_install_action (widget_class, "roster.edit-class", NULL, edit_class_action);
  gtk_widget_class_install_action (widget_class, "roster.close-class", NULL, close_class_action);
  gtk_widget_class_install_action (widget_class, "roster.export-list", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "roster.export-lao-list", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "roster.print-list", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "roster.print-lao-list", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "roster.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "roster.export-list", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "roster.export-lao-list", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "roster.print-list", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "roster.print-lao-list", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "roster.withdraw", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "roster.withdraw", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "roster.new-person", NULL);
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
  update_actions (self);
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
  update_actions (self);
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
      show_error (self, error);
      return FALSE;
    }
  g_set_object (&self->klass, klass);
  g_list_store_splice (self->roster, 0, g_list_model_get_n_items (G_LIST_MODEL (self->roster)),
                       roster->pdata, roster->len);
  show_titles (self);
  update_count (self);
  update_actions (self);
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
