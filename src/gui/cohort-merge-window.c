/* cohort-merge-window.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-merge-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-date.h"
#include "cohort-format.h"
#include "cohort-merge-window.h"
#include "cohort-person-details.h"
#include "cohort-widgets.h"

struct _CohortMergeWindow
{
  AdwWindow         parent_instance;

  /* Template widgets */
  GtkWidget        *merge_button;
  GtkLabel         *keep_label;
  GtkLabel         *keep_detail;
  GtkLabel         *other_label;
  GtkLabel         *other_detail;
  GtkWidget        *differ_group;
  GtkListBox       *differ_list;
  GtkWidget        *same_group;
  GtkListBox       *same_list;
  GtkWidget        *classes_group;
  GtkListBox       *classes_list;
  GtkLabel         *error_label;

  /* Owned references */
  CohortStore      *store;
  CohortPerson     *keep;
  CohortPerson     *other;
  GPtrArray        *keep_history;    /* CohortEnrolment */
  GPtrArray        *other_history;
  GPtrArray        *classes_notes;   /* char *, as shown */
  GHashTable       *choices;         /* detail index → the right-hand GtkCheckButton (the other record's value) */
  CohortRosterUndo *undo;            /* of the merge made */
};

G_DEFINE_FINAL_TYPE (CohortMergeWindow, cohort_merge_window, ADW_TYPE_WINDOW)

enum {
  MERGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* "Record 1234 · born 05/01/1980 · 3 classes" */
static char *
dup_detail (CohortPerson *person,
            GPtrArray    *history)
{
  g_autofree char *birth = cohort_date_format (cohort_person_get_birth_date (person));
  g_autofree char *classes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u class", "%u classes", history->len),
                                              history->len);

  /* Translators: the number of a person's record, the date of birth, how many classes */
  return g_strdup_printf (_("Record %lld · born %s · %s"), (long long) cohort_person_get_id (person),
                          *birth ? birth : "—", history->len ? classes : _("no class"));
}

static GtkWidget *
value_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text && *text ? text : "—");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_NONE);
  return label;
}

/* A value that differs: its title, the kept record's value and the other's,
 * one of the two chosen. */
static GtkWidget *
differ_row (CohortMergeWindow *self,
            guint              d)
{
  g_autofree char *left = cohort_person_detail_format (d, self->store, self->keep);
  g_autofree char *right = cohort_person_detail_format (d, self->store, self->other);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *values = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new (cohort_person_detail_title (d));
  GtkWidget *keep_button = gtk_check_button_new ();
  GtkWidget *other_button = gtk_check_button_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (title), 16);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 16);
  gtk_widget_add_css_class (title, "dim-label");
  gtk_check_button_set_child (GTK_CHECK_BUTTON (keep_button), value_label (left));
  gtk_check_button_set_child (GTK_CHECK_BUTTON (other_button), value_label (right));
  gtk_check_button_set_group (GTK_CHECK_BUTTON (other_button), GTK_CHECK_BUTTON (keep_button));
  /* the two values in columns of one width, on every row, whatever their length */
  gtk_box_set_homogeneous (GTK_BOX (values), TRUE);
  gtk_widget_set_hexpand (values, TRUE);
  /* What the kept record has stays, unless it has nothing there. */
  if (cohort_person_detail_is_empty (d, self->keep))
    gtk_check_button_set_active (GTK_CHECK_BUTTON (other_button), TRUE);
  else
    gtk_check_button_set_active (GTK_CHECK_BUTTON (keep_button), TRUE);
  gtk_box_append (GTK_BOX (values), keep_button);
  gtk_box_append (GTK_BOX (values), other_button);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), values);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_hash_table_insert (self->choices, GUINT_TO_POINTER (d), other_button);
  return row;
}

static GtkWidget *
same_row (CohortMergeWindow *self,
          guint              d)
{
  g_autofree char *value = cohort_person_detail_format (d, self->store, self->keep);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = value_label (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cohort_person_detail_title (d));
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

static GtkWidget *
note_row (const char *text)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = value_label (text);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (label, 10);
  gtk_widget_set_margin_bottom (label, 10);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  return row;
}

/* What happens to the classes: those only the other record is on move; in a
 * class both are on, one enrolment stays — said before anything is merged. */
static gboolean
fill_classes (CohortMergeWindow  *self,
              GError            **error)
{
  g_autoptr(GPtrArray) clashes = cohort_store_list_merge_clashes (self->store, cohort_person_get_id (self->keep),
                                                                  cohort_person_get_id (self->other), error);
  g_autofree char *keep_name = NULL;
  g_autofree char *other_name = NULL;
  guint moving;

  if (clashes == NULL)
    return FALSE;
  keep_name = cohort_person_dup_display_name (self->keep);
  other_name = cohort_person_dup_display_name (self->other);
  g_ptr_array_set_size (self->classes_notes, 0);
  cohort_list_box_remove_all (self->classes_list);

  moving = self->other_history->len - clashes->len;
  if (moving > 0)
    {
      g_autoptr(GString) codes = g_string_new (NULL);

      for (guint i = 0; i < self->other_history->len; i++)
        {
          CohortClass *klass = cohort_enrolment_get_class (g_ptr_array_index (self->other_history, i));
          gboolean clash = FALSE;

          for (guint j = 0; j < clashes->len; j++)
            clash |= ((CohortMergeClash *) g_ptr_array_index (clashes, j))->class_id
                     == cohort_class_get_number (klass, COHORT_CLASS_ID);
          if (!clash)
            g_string_append_printf (codes, "%s%s (%d)", codes->len ? ", " : "",
                                    cohort_class_get_text (klass, COHORT_CLASS_CODE),
                                    (int) cohort_class_get_number (klass, COHORT_CLASS_YEAR));
        }
      /* Translators: how many classes, the list of them, then the name of the record kept */
      g_ptr_array_add (self->classes_notes,
                       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "%u class moves to the record kept, with its roster number and "
                                                     "status: %s.",
                                                     "%u classes move to the record kept, each with its roster "
                                                     "number and status: %s.", moving), moving, codes->str));
    }
  for (guint i = 0; i < clashes->len; i++)
    {
      CohortMergeClash *clash = g_ptr_array_index (clashes, i);

      /* Translators: a class both records are on: the class and its year, whose enrolment stays (a name) and
       * its status, then the status of the one removed */
      g_ptr_array_add (self->classes_notes,
                       g_strdup_printf (_("Both are on the roster of %s (%d): the enrolment of %s, %s, stays; the "
                                          "other, %s, is removed."),
                                        clash->class_code, clash->year, clash->kept_is_other ? other_name : keep_name,
                                        cohort_format_enrolment_status (clash->kept_status),
                                        cohort_format_enrolment_status (clash->dropped_status)));
    }
  if (self->other_history->len == 0)
    g_ptr_array_add (self->classes_notes, g_strdup (_("The other record is on no roster: no class changes.")));

  for (guint i = 0; i < self->classes_notes->len; i++)
    gtk_list_box_append (self->classes_list, note_row (g_ptr_array_index (self->classes_notes, i)));
  return TRUE;
}

static gboolean
show_records (CohortMergeWindow  *self,
              GError            **error)
{
  g_autofree char *keep_name = cohort_person_dup_display_name (self->keep);
  g_autofree char *other_name = cohort_person_dup_display_name (self->other);
  g_autofree char *keep_detail = dup_detail (self->keep, self->keep_history);
  g_autofree char *other_detail = dup_detail (self->other, self->other_history);
  guint n_differ = 0, n_same = 0;

  gtk_label_set_label (self->keep_label, keep_name);
  gtk_label_set_label (self->keep_detail, keep_detail);
  gtk_label_set_label (self->other_label, other_name);
  gtk_label_set_label (self->other_detail, other_detail);

  g_hash_table_remove_all (self->choices);
  cohort_list_box_remove_all (self->differ_list);
  cohort_list_box_remove_all (self->same_list);
  for (guint d = 0; d < cohort_person_details_count (); d++)
    {
      if (!cohort_person_detail_equal (d, self->keep, self->other))
        {
          gtk_list_box_append (self->differ_list, differ_row (self, d));
          n_differ++;
        }
      else if (!cohort_person_detail_is_empty (d, self->keep))
        {
          gtk_list_box_append (self->same_list, same_row (self, d));
          n_same++;
        }
    }
  gtk_widget_set_visible (self->differ_group, n_differ > 0);
  gtk_widget_set_visible (self->same_group, n_same > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  return fill_classes (self, error);
}

static void
swap_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  cohort_merge_window_swap (COHORT_MERGE_WINDOW (widget));
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  cohort_merge_window_merge (COHORT_MERGE_WINDOW (widget));
}

static void
cohort_merge_window_dispose (GObject *object)
{
  CohortMergeWindow *self = COHORT_MERGE_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), COHORT_TYPE_MERGE_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->keep);
  g_clear_object (&self->other);
  g_clear_pointer (&self->keep_history, g_ptr_array_unref);
  g_clear_pointer (&self->other_history, g_ptr_array_unref);
  g_clear_pointer (&self->classes_notes, g_ptr_array_unref);
  g_clear_pointer (&self->choices, g_hash_table_unref);
  g_clear_pointer (&self->undo, cohort_roster_undo_free);

  G_OBJECT_CLASS (cohort_merge_window_parent_class)->dispose (object);
}

static void
cohort_merge_window_class_init (CohortMergeWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_merge_window_dispose;

  /**
   * CohortMergeWindow::merged:
   * @kept_id: the record kept
   *
   * The two records were merged; cohort_merge_window_steal_undo() gives
   * what puts them back.
   */
  signals[MERGED] = g_signal_new ("merged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cohort/Cohort/cohort-merge-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortMergeWindow, merge_button);
  gtk_widget_class_bind_template_child (widget_class, CohortMergeWindow, keep_label);
  gtk_widget_class_bind_template_child (widget_class, CohortMergeWindow, keep_detail);
  gtk_widget_class_bind_template_child (widget_class, CohortMergeWindow, other_label);
  gtk_widget_class_bind_template_child (widget_class, CohortMergeWindow, other_detail);
  gtk_widget_class_bind_template_child (widget_class, CohortMergeWindow, differ_group);
  gtk_widget_class_bind_template_child (widget_class, CohortMergeWindow, differ_list);
  gtk_widget_class_bind_template_child (widget_class, CohortMergeWindow, same_group);
  gtk_widget_class_bind_template_child (widget_class, CohortMergeWindow, same_list);
  gtk_widget_class_bind_template_child (widget_class, CohortMergeWindow, classes_group);
  gtk_widget_class_bind_template_child (widget_class, CohortMergeWindow, classes_list);
  gtk_widget_class_bind_template_child (widget_class, CohortMergeWindow, error_label);

  gtk_widget_class_install_action (widget_class, "merge.swap", NULL, swap_action);
  gtk_widget_class_install_action (widget_class, "merge.merge", NULL, merge_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cohort_merge_window_init (CohortMergeWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->classes_notes = g_ptr_array_new_with_free_func (g_free);
  self->choices = g_hash_table_new (NULL, NULL);
}

/**
 * cohort_merge_window_new:
 * @keep_id: the record proposed to keep
 * @other_id: the other record of the same person
 *
 * Returns: (transfer none) (nullable): the window, not yet shown; %NULL
 *   with @error set when a record cannot be read
 */
CohortMergeWindow *
cohort_merge_window_new (GtkWindow    *parent,
                         CohortStore  *store,
                         gint64        keep_id,
                         gint64        other_id,
                         GError      **error)
{
  g_autoptr(CohortPerson) keep = NULL;
  g_autoptr(CohortPerson) other = NULL;
  g_autoptr(GPtrArray) keep_history = NULL;
  g_autoptr(GPtrArray) other_history = NULL;
  CohortMergeWindow *self;

  g_return_val_if_fail (COHORT_IS_STORE (store), NULL);

  if (keep_id == other_id)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("A person cannot be merged with themselves. Choose two different records."));
      return NULL;
    }
  if ((keep = cohort_store_get_person (store, keep_id, error)) == NULL ||
      (other = cohort_store_get_person (store, other_id, error)) == NULL ||
      (keep_history = cohort_store_get_person_history (store, keep_id, error)) == NULL ||
      (other_history = cohort_store_get_person_history (store, other_id, error)) == NULL)
    return NULL;

  self = g_object_new (COHORT_TYPE_MERGE_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->keep = g_steal_pointer (&keep);
  self->other = g_steal_pointer (&other);
  self->keep_history = g_steal_pointer (&keep_history);
  self->other_history = g_steal_pointer (&other_history);
  if (!show_records (self, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  return self;
}

gint64
cohort_merge_window_get_keep_id (CohortMergeWindow *self)
{
  g_return_val_if_fail (COHORT_IS_MERGE_WINDOW (self), 0);
  return cohort_person_get_id (self->keep);
}

gint64
cohort_merge_window_get_other_id (CohortMergeWindow *self)
{
  g_return_val_if_fail (COHORT_IS_MERGE_WINDOW (self), 0);
  return cohort_person_get_id (self->other);
}

/**
 * cohort_merge_window_swap:
 *
 * Keeps the other record instead; the choices start again from it.
 */
void
cohort_merge_window_swap (CohortMergeWindow *self)
{
  g_autoptr(GError) error = NULL;
  CohortPerson *person;
  GPtrArray *history;

  g_return_if_fail (COHORT_IS_MERGE_WINDOW (self));

  person = self->keep;
  self->keep = self->other;
  self->other = person;
  history = self->keep_history;
  self->keep_history = self->other_history;
  self->other_history = history;
  if (!show_records (self, &error))
    cohort_show_toast (GTK_WIDGET (self->merge_button), error->message, FALSE);
}

/**
 * cohort_merge_window_dup_differing:
 *
 * Returns: (transfer full): the keys of the values that differ ("birth-date", "unit", …)
 */
GStrv
cohort_merge_window_dup_differing (CohortMergeWindow *self)
{
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();

  g_return_val_if_fail (COHORT_IS_MERGE_WINDOW (self), NULL);

  for (guint d = 0; d < cohort_person_details_count (); d++)
    if (g_hash_table_contains (self->choices, GUINT_TO_POINTER (d)))
      g_strv_builder_add (keys, cohort_person_detail_key (d));
  return g_strv_builder_end (keys);
}

/**
 * cohort_merge_window_choose:
 * @key: a value that differs, "unit", "birth-date", …
 * @from_other: keep the other record's value rather than the kept record's
 *
 * Chooses as clicking the value would.
 *
 * Returns: %FALSE if the two records do not differ there
 */
gboolean
cohort_merge_window_choose (CohortMergeWindow *self,
                            const char        *key,
                            gboolean           from_other)
{
  g_return_val_if_fail (COHORT_IS_MERGE_WINDOW (self), FALSE);

  for (guint d = 0; d < cohort_person_details_count (); d++)
    {
      GtkCheckButton *other_button = g_hash_table_lookup (self->choices, GUINT_TO_POINTER (d));

      if (other_button == NULL || !g_str_equal (cohort_person_detail_key (d), key))
        continue;
      if (from_other)
        gtk_check_button_set_active (other_button, TRUE);
      else
        {
          GtkWidget *keep_button = gtk_widget_get_prev_sibling (GTK_WIDGET (other_button));

          gtk_check_button_set_active (GTK_CHECK_BUTTON (keep_button), TRUE);
        }
      return TRUE;
    }
  return FALSE;
}

guint
cohort_merge_window_get_n_classes_notes (CohortMergeWindow *self)
{
  g_return_val_if_fail (COHORT_IS_MERGE_WINDOW (self), 0);
  return self->classes_notes->len;
}

/**
 * cohort_merge_window_get_classes_note:
 *
 * Returns: what the window says will happen to the classes, line @i
 */
const char *
cohort_merge_window_get_classes_note (CohortMergeWindow *self,
                                      guint              i)
{
  g_return_val_if_fail (COHORT_IS_MERGE_WINDOW (self), NULL);
  g_return_val_if_fail (i < self->classes_notes->len, NULL);
  return g_ptr_array_index (self->classes_notes, i);
}

/**
 * cohort_merge_window_merge:
 *
 * What Merge does: keeps one record with the values chosen, emits ::merged
 * and closes; or says under the values why it cannot.
 *
 * Returns: %TRUE if the records were merged
 */
gboolean
cohort_merge_window_merge (CohortMergeWindow *self)
{
  g_autoptr(CohortPerson) kept = NULL;
  g_autoptr(GError) error = NULL;
  gint64 kept_id;

  g_return_val_if_fail (COHORT_IS_MERGE_WINDOW (self), FALSE);

  kept = cohort_person_copy (self->keep);
  for (guint d = 0; d < cohort_person_details_count (); d++)
    {
      GtkCheckButton *other_button = g_hash_table_lookup (self->choices, GUINT_TO_POINTER (d));

      if (other_button != NULL && gtk_check_button_get_active (other_button))
        cohort_person_detail_copy (d, self->other, kept);
    }
  g_clear_pointer (&self->undo, cohort_roster_undo_free);
  if (!cohort_store_merge_people (self->store, kept, cohort_person_get_id (self->other), &self->undo, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return FALSE;
    }
  kept_id = cohort_person_get_id (kept);
  g_signal_emit (self, signals[MERGED], 0, kept_id);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

/**
 * cohort_merge_window_steal_undo:
 *
 * Returns: (transfer full) (nullable): what puts the two records back, once
 */
CohortRosterUndo *
cohort_merge_window_steal_undo (CohortMergeWindow *self)
{
  g_return_val_if_fail (COHORT_IS_MERGE_WINDOW (self), NULL);
  return g_steal_pointer (&self->undo);
}

/**
 * cohort_merge_window_get_error:
 *
 * Returns: (nullable): why the last Merge did not happen
 */
const char *
cohort_merge_window_get_error (CohortMergeWindow *self)
{
  g_return_val_if_fail (COHORT_IS_MERGE_WINDOW (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_label (self->error_label) : NULL;
}
