/* cohort-person-view.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-person-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-confirm.h"
#include "cohort-date.h"
#include "cohort-format.h"
#include "cohort-merge-window.h"
#include "cohort-person-details.h"
#include "cohort-person-picker.h"
#include "cohort-person-view.h"
#include "cohort-widgets.h"

#define N_GROUPS COHORT_N_DETAIL_GROUPS

struct _CohortPersonView
{
  AdwBin               parent_instance;

  /* Template widgets */
  GtkWidget           *back_button;
  GtkLabel            *name_label;
  GtkLabel            *lao_name_label;
  GtkListBox          *history_list;
  AdwPreferencesGroup *groups[N_GROUPS];

  /* Made in init */
  GtkLabel           **values;    /* one a detail */

  /* Owned references */
  CohortStore         *store;
  CohortPerson        *person;
  GListStore          *history;   /* CohortEnrolment, newest first */
  AdwToast            *last_toast; /* weak */
};

G_DEFINE_FINAL_TYPE (CohortPersonView, cohort_person_view, ADW_TYPE_BIN)

static const char *const group_children[N_GROUPS] = {
  "name_group", "lao_group", "personal_group", "work_group", "party_group",
};

enum {
  CLOSED,
  SAVED,
  DELETED,
  MERGED,
  RESTORED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_details (CohortPersonView *self)
{
  g_autofree char *name = cohort_person_dup_full_name (self->person);
  g_autofree char *lao = cohort_person_dup_lao_name (self->person);
  gboolean is_lao = cohort_person_get_name_order (self->person) == COHORT_NAME_ORDER_LAO || *lao;

  gtk_label_set_label (self->name_label, *name ? name : lao);
  gtk_label_set_label (self->lao_name_label, *name ? lao : "");
  gtk_widget_set_visible (GTK_WIDGET (self->lao_name_label), *name && *lao);
  gtk_widget_set_visible (GTK_WIDGET (self->groups[COHORT_DETAIL_GROUP_LAO]), is_lao);

  for (guint d = 0; d < cohort_person_details_count (); d++)
    {
      g_autofree char *text = cohort_person_detail_format (d, self->store, self->person);

      gtk_label_set_label (self->values[d], text && *text ? text : "—");
      /* What a list wrote for the ethnic group shows only while it waits to be settled */
      if (g_str_equal (cohort_person_detail_key (d), "ethnicity-text"))
        gtk_widget_set_visible (gtk_widget_get_ancestor (GTK_WIDGET (self->values[d]), ADW_TYPE_ACTION_ROW),
                                text != NULL && *text != '\0');
    }
}

/* History --------------------------------------------------------------------------- */

static GtkWidget *
create_history_row (gpointer item,
                    gpointer user_data)
{
  CohortEnrolment *entry = item;
  CohortClass *klass = cohort_enrolment_get_class (entry);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *number = NULL;
  g_autofree char *note = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box, *no_label, *status_label;

  title = g_strdup_printf ("%s · %s", cohort_class_get_text (klass, COHORT_CLASS_CODE),
                           cohort_class_get_text (klass, COHORT_CLASS_PROGRAM_NAME) ?: "");
  start = cohort_date_format (cohort_class_get_text (klass, COHORT_CLASS_START_DATE));
  end = cohort_date_format (cohort_class_get_text (klass, COHORT_CLASS_END_DATE));
  /* Translators: a class in a person's history: "2024 · Trường Chính trị Lê Duẩn · 05/09/2024 – 02/07/2025" */
  subtitle = g_strdup_printf (_("%d · %s · %s – %s"), (int) cohort_class_get_number (klass, COHORT_CLASS_YEAR),
                              cohort_class_get_text (klass, COHORT_CLASS_HOST) ?: "—",
                              *start ? start : "…", *end ? end : "…");
  note = cohort_format_status_note (entry);
  if (note != NULL)
    {
      /* a withdrawal or deferral: since when, which decision, why */
      g_autofree char *lines = g_strdup_printf ("%s\n%s", subtitle, note);

      g_free (subtitle);
      subtitle = g_steal_pointer (&lines);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  /* Translators: the number of a student on the roster of a class */
  number = g_strdup_printf (_("No. %d"), cohort_enrolment_get_roster_no (entry));
  no_label = gtk_label_new (number);
  gtk_label_set_xalign (GTK_LABEL (no_label), 1);
  gtk_widget_add_css_class (no_label, "dim-label");
  gtk_widget_add_css_class (no_label, "numeric");
  status_label = gtk_label_new (cohort_format_enrolment_status (cohort_enrolment_get_status (entry)));
  gtk_label_set_xalign (GTK_LABEL (status_label), 1);
  gtk_box_append (GTK_BOX (box), status_label);
  gtk_box_append (GTK_BOX (box), no_label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  return row;
}

/* Actions --------------------------------------------------------------------------- */

static void
on_editor_saved_cb (CohortPersonView *self,
                    CohortPerson     *person)
{
  g_autoptr(GError) error = NULL;

  if (!cohort_person_view_show_person (self, self->store, cohort_person_get_id (person), &error))
    g_warning ("Cannot show the person saved: %s", error->message);
  g_signal_emit (self, signals[SAVED], 0, person);
}

static void
on_editor_open_existing_cb (CohortPersonView *self,
                            CohortPerson     *existing)
{
  g_autoptr(GError) error = NULL;

  if (!cohort_person_view_show_person (self, self->store, cohort_person_get_id (existing), &error))
    g_warning ("Cannot show the person: %s", error->message);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  cohort_person_view_edit (COHORT_PERSON_VIEW (widget));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_signal_emit (widget, signals[CLOSED], 0);
}

/* A toast whose Undo puts back what @undo saved, then shows @person_id again. */
static void
on_undo_clicked_cb (AdwToast         *toast,
                    CohortPersonView *self)
{
  g_autoptr(CohortRosterUndo) undo = cohort_undo_toast_steal (toast);
  gint64 person_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "cohort-person"));
  g_autoptr(GError) error = NULL;

  if (undo == NULL)
    return;
  if (!cohort_store_undo (self->store, undo, &error) ||
      !cohort_person_view_show_person (self, self->store, person_id, &error))
    cohort_show_toast (GTK_WIDGET (self), error->message, FALSE);
  else
    g_signal_emit (self, signals[RESTORED], 0, person_id);
}

static void
offer_undo (CohortPersonView *self,
            const char       *message,
            CohortRosterUndo *undo,
            gint64            show_after)
{
  AdwToast *toast;

  toast = cohort_show_undo_toast (GTK_WIDGET (self), message, undo, G_CALLBACK (on_undo_clicked_cb), self,
                                  &self->last_toast);
  g_object_set_data (G_OBJECT (toast), "cohort-person", GSIZE_TO_POINTER (show_after));
}

/* Deleting a person entered by mistake ---------------------------------------------- */

static void
delete_confirmed (gpointer          target,
                  AdwMessageDialog *dialog)
{
  CohortPersonView *self = target;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  CohortRosterUndo *undo = NULL;
  gint64 id;

  if (self->person == NULL)
    return;
  id = cohort_person_get_id (self->person);
  if (!cohort_store_delete_person (self->store, id, &undo, &error))
    {
      cohort_explain (GTK_WIDGET (self), _("The Person Stays in Cohort"), error->message);
      return;
    }
  name = cohort_person_dup_display_name (self->person);
  /* Translators: %s is a full name */
  message = g_strdup_printf (_("%s deleted"), name);
  g_signal_emit (self, signals[DELETED], 0, id);
  offer_undo (self, message, undo, id);
}

/* Only a person on no roster, withdrawn included, can be deleted: a class
 * history stays. The window says so rather than offering what it refuses. */
static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CohortPersonView *self = COHORT_PERSON_VIEW (widget);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->history));
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  if (self->person == NULL)
    return;
  name = cohort_person_dup_display_name (self->person);
  if (n > 0)
    {
      g_autoptr(GString) classes = g_string_new (NULL);

      for (guint i = 0; i < n && i < 5; i++)
        {
          g_autoptr(CohortEnrolment) entry = g_list_model_get_item (G_LIST_MODEL (self->history), i);
          CohortClass *klass = cohort_enrolment_get_class (entry);

          g_string_append (classes, i ? ", " : "");
          /* Translators: a class and the year it starts, "B43 (2026)" */
          g_string_append_printf (classes, _("%s (%d)"), cohort_class_get_text (klass, COHORT_CLASS_CODE),
                                  (int) cohort_class_get_number (klass, COHORT_CLASS_YEAR));
        }
      if (n > 5)
        g_string_append (classes, ", …");
      /* Translators: %s is a full name */
      heading = g_strdup_printf (_("%s Stays in Cohort"), name);
      /* Translators: a name, then the classes, "B43 (2026), K52A (2025)" */
      body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s is on the roster of %s (withdrawn students count too), so the "
                                           "record cannot be deleted. If that enrolment was a mistake, remove it "
                                           "from the roster first. If this record is a duplicate, use Merge With "
                                           "Another Record.",
                                           "%s is on the rosters of %s (withdrawn students count too), so the "
                                           "record cannot be deleted. If those enrolments were mistakes, remove "
                                           "them from the rosters first. If this record is a duplicate, use Merge "
                                           "With Another Record.", n), name, classes->str);
      cohort_explain (widget, heading, body);
      return;
    }
  /* Translators: %s is a full name */
  heading = g_strdup_printf (_("Delete %s?"), name);
  {
    g_autofree char *birth = cohort_date_format (cohort_person_get_birth_date (self->person));
    const char *unit = cohort_person_get_unit (self->person);

    /* Translators: a name, a date of birth, a work unit */
    body = g_strdup_printf (_("The record of %s (born %s, %s) is deleted from Cohort. The person is on no "
                              "roster."), name, *birth ? birth : "—", unit ? unit : "—");
  }
  cohort_confirm (widget, heading, body, _("_Delete"), TRUE, delete_confirmed, self);
}

/* Merging with another record of the same person ----------------------------------- */

static void
on_merged_cb (CohortMergeWindow *window,
              gint64             kept_id,
              CohortPersonView  *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;
  CohortRosterUndo *undo = cohort_merge_window_steal_undo (window);
  gint64 shown = self->person ? cohort_person_get_id (self->person) : kept_id;

  if (!cohort_person_view_show_person (self, self->store, kept_id, &error))
    cohort_show_toast (GTK_WIDGET (self), error->message, FALSE);
  name = self->person ? cohort_person_dup_display_name (self->person) : g_strdup ("");
  /* Translators: %s is a full name */
  message = g_strdup_printf (_("Records merged into %s"), name);
  g_signal_emit (self, signals[MERGED], 0, kept_id);
  offer_undo (self, message, undo, shown);
}

static void
on_other_picked_cb (CohortPersonPicker *picker,
                    CohortPersonView   *self)
{
  g_autoptr(GArray) ids = cohort_person_picker_dup_selected (picker);
  g_autoptr(GError) error = NULL;
  CohortMergeWindow *window;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ids->len != 1 || self->person == NULL)
    return;
  window = cohort_merge_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                                    cohort_person_get_id (self->person), g_array_index (ids, gint64, 0), &error);
  if (window == NULL)
    {
      cohort_show_toast (GTK_WIDGET (self), error->message, FALSE);
      return;
    }
  g_signal_connect_object (window, "merged", G_CALLBACK (on_merged_cb), self, 0);
  gtk_window_present (GTK_WINDOW (window));
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  cohort_person_view_merge_with (COHORT_PERSON_VIEW (widget));
}

/* GObject overrides ----------------------------------------------------------------- */

static void
cohort_person_view_dispose (GObject *object)
{
  CohortPersonView *self = COHORT_PERSON_VIEW (object);

  /* AdwBin unparents its child itself: no gtk_widget_dispose_template () here. */
  g_clear_weak_pointer (&self->last_toast);
  g_clear_object (&self->history);
  g_clear_object (&self->person);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cohort_person_view_parent_class)->dispose (object);
}

static void
cohort_person_view_finalize (GObject *object)
{
  g_free (COHORT_PERSON_VIEW (object)->values);

  G_OBJECT_CLASS (cohort_person_view_parent_class)->finalize (object);
}

static void
cohort_person_view_class_init (CohortPersonViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_person_view_dispose;
  G_OBJECT_CLASS (klass)->finalize = cohort_person_view_finalize;

  /**
   * CohortPersonView::closed:
   *
   * The user asked to go back to the list of people.
   */
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * CohortPersonView::saved:
   * @person: the person as the editor wrote it
   *
   * The person shown was changed.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, COHORT_TYPE_PERSON);
  /**
   * CohortPersonView::deleted:
   * @person_id: the person deleted
   *
   * The person shown was deleted; a toast offers Undo.
   */
  signals[DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * CohortPersonView::merged:
   * @kept_id: the record kept, now shown
   *
   * Two records were merged; a toast offers Undo.
   */
  signals[MERGED] = g_signal_new ("merged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * CohortPersonView::restored:
   * @person_id: the person shown again
   *
   * Undo put back a person deleted or the records merged.
   */
  signals[RESTORED] = g_signal_new ("restored", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cohort/Cohort/cohort-person-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortPersonView, back_button);
  gtk_widget_class_bind_template_child (widget_class, CohortPersonView, name_label);
  gtk_widget_class_bind_template_child (widget_class, CohortPersonView, lao_name_label);
  gtk_widget_class_bind_template_child (widget_class, CohortPersonView, history_list);
  for (guint g = 0; g < N_GROUPS; g++)
    gtk_widget_class_bind_template_child_full (widget_class, group_children[g], FALSE,
                                               G_STRUCT_OFFSET (CohortPersonView, groups)
                                               + g * sizeof (gpointer));

  gtk_widget_class_install_action (widget_class, "person.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "person.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "person.merge", NULL, merge_action);
  gtk_widget_class_install_action (widget_class, "person.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "person.close", NULL);
}

static void
cohort_person_view_init (CohortPersonView *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->values = g_new0 (GtkLabel *, cohort_person_details_count ());
  for (guint d = 0; d < cohort_person_details_count (); d++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *value = gtk_label_new (NULL);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cohort_person_detail_title (d));
      gtk_label_set_xalign (GTK_LABEL (value), 1);
      gtk_label_set_justify (GTK_LABEL (value), GTK_JUSTIFY_RIGHT);
      gtk_label_set_wrap (GTK_LABEL (value), TRUE);
      /* Ask for the whole line; wrap only what does not fit */
      gtk_label_set_natural_wrap_mode (GTK_LABEL (value), GTK_NATURAL_WRAP_NONE);
      gtk_label_set_selectable (GTK_LABEL (value), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (value), 40);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
      adw_preferences_group_add (self->groups[cohort_person_detail_group (d)], row);
      self->values[d] = GTK_LABEL (value);
    }

  self->history = g_list_store_new (COHORT_TYPE_ENROLMENT);
  gtk_list_box_bind_model (self->history_list, G_LIST_MODEL (self->history), create_history_row,
                           NULL, NULL);
  placeholder = gtk_label_new (_("Not enrolled in any class yet."));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->history_list, placeholder);
}

/* Public ---------------------------------------------------------------------------- */

/**
 * cohort_person_view_show_person:
 *
 * Reads the person @person_id and their classes from @store and shows them.
 */
gboolean
cohort_person_view_show_person (CohortPersonView  *self,
                                CohortStore       *store,
                                gint64             person_id,
                                GError           **error)
{
  g_autoptr(CohortPerson) person = NULL;
  g_autoptr(GPtrArray) history = NULL;

  g_return_val_if_fail (COHORT_IS_PERSON_VIEW (self), FALSE);
  g_return_val_if_fail (COHORT_IS_STORE (store), FALSE);

  person = cohort_store_get_person (store, person_id, error);
  if (person == NULL)
    return FALSE;
  history = cohort_store_get_person_history (store, person_id, error);
  if (history == NULL)
    return FALSE;

  g_set_object (&self->store, store);
  g_set_object (&self->person, person);
  g_list_store_splice (self->history, 0, g_list_model_get_n_items (G_LIST_MODEL (self->history)),
                       history->pdata, history->len);
  show_details (self);
  return TRUE;
}

/**
 * cohort_person_view_get_person:
 *
 * Returns: (transfer none) (nullable): the person shown
 */
CohortPerson *
cohort_person_view_get_person (CohortPersonView *self)
{
  g_return_val_if_fail (COHORT_IS_PERSON_VIEW (self), NULL);
  return self->person;
}

/**
 * cohort_person_view_edit:
 *
 * Opens the editor on the person shown; the view shows the changes when
 * they are saved.
 *
 * Returns: (transfer none) (nullable): the editor
 */
CohortPersonEditor *
cohort_person_view_edit (CohortPersonView *self)
{
  CohortPersonEditor *editor;
  GtkRoot *root;

  g_return_val_if_fail (COHORT_IS_PERSON_VIEW (self), NULL);
  if (self->person == NULL)
    return NULL;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  editor = cohort_person_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                                     self->person);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "open-existing", G_CALLBACK (on_editor_open_existing_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
  return editor;
}

/**
 * cohort_person_view_get_history:
 *
 * Returns: (transfer none): the enrolments shown, newest first
 */
GListModel *
cohort_person_view_get_history (CohortPersonView *self)
{
  g_return_val_if_fail (COHORT_IS_PERSON_VIEW (self), NULL);
  return G_LIST_MODEL (self->history);
}

/**
 * cohort_person_view_get_value:
 * @key: "birth-date", "unit", "gender", …
 *
 * Returns: (nullable): the text shown for @key, "—" when nothing is recorded
 */
const char *
cohort_person_view_get_value (CohortPersonView *self,
                              const char       *key)
{
  g_return_val_if_fail (COHORT_IS_PERSON_VIEW (self), NULL);

  for (guint d = 0; d < cohort_person_details_count (); d++)
    if (g_str_equal (cohort_person_detail_key (d), key))
      return gtk_label_get_label (self->values[d]);
  return NULL;
}

/**
 * cohort_person_view_merge_with:
 *
 * What Merge With Another Record… does: finds the other record, then shows
 * both side by side to choose what stays.
 *
 * Returns: (transfer none) (nullable): the picker, to find the other record
 */
CohortPersonPicker *
cohort_person_view_merge_with (CohortPersonView *self)
{
  CohortPersonPicker *picker;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  GtkRoot *root;

  g_return_val_if_fail (COHORT_IS_PERSON_VIEW (self), NULL);
  if (self->person == NULL)
    return NULL;

  name = cohort_person_dup_display_name (self->person);
  /* Translators: %s is a full name */
  title = g_strdup_printf (_("Merge %s With…"), name);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  picker = cohort_person_picker_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store, title);
  cohort_person_picker_set_single (picker, _("_Compare…"),
                                   _("Find the other record of the same person and select it, then Compare. You "
                                     "choose what stays before anything is merged."));
  g_signal_connect_object (picker, "picked", G_CALLBACK (on_other_picked_cb), self, 0);
  cohort_person_picker_search (picker, name);
  gtk_window_present (GTK_WINDOW (picker));
  return picker;
}

/**
 * cohort_person_view_get_last_toast:
 *
 * Returns: (transfer none) (nullable): the toast of the last deletion or merge, while it shows
 */
AdwToast *
cohort_person_view_get_last_toast (CohortPersonView *self)
{
  g_return_val_if_fail (COHORT_IS_PERSON_VIEW (self), NULL);
  return self->last_toast;
}

/**
 * cohort_person_view_set_back_tooltip:
 * @tooltip: (nullable): where Back goes, e.g. "Back to the Roster of B43";
 *   %NULL for the list of students
 */
void
cohort_person_view_set_back_tooltip (CohortPersonView *self,
                                     const char       *tooltip)
{
  g_return_if_fail (COHORT_IS_PERSON_VIEW (self));
  gtk_widget_set_tooltip_text (self->back_button, tooltip ? tooltip : _("Back to the Students"));
}
