/* cohort-person-view.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-person-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-date.h"
#include "cohort-format.h"
#include "cohort-person-view.h"

/* How a value is shown. */
typedef enum
{
  SHOW_TEXT,
  SHOW_DATE,
  SHOW_GENDER,
  SHOW_LEVEL,
  SHOW_NATIONALITY,
  SHOW_CHOICE,     /* a code of a reference list */
} ShowKind;

enum {
  GROUP_NAME,
  GROUP_LAO,
  GROUP_PERSONAL,
  GROUP_WORK,
  GROUP_PARTY,
  N_GROUPS
};

#define NO_FIELD -1

static const struct
{
  const char *key;
  const char *title;
  guint       group;
  int         field;
  ShowKind    kind;
  CohortChoiceKind choice;
} details[] = {
  { "family-name", N_("Family Name"), GROUP_NAME, COHORT_PERSON_FAMILY_NAME, SHOW_TEXT },
  { "middle-name", N_("Middle Name"), GROUP_NAME, COHORT_PERSON_MIDDLE_NAME, SHOW_TEXT },
  { "given-name", N_("Given Name"), GROUP_NAME, COHORT_PERSON_GIVEN_NAME, SHOW_TEXT },
  { "lao-given-name", N_("Given Name in Lao Script"), GROUP_LAO, COHORT_PERSON_LAO_GIVEN_NAME, SHOW_TEXT },
  { "lao-family-name", N_("Family Name in Lao Script"), GROUP_LAO, COHORT_PERSON_LAO_FAMILY_NAME, SHOW_TEXT },
  { "latin-name", N_("Name in Latin Letters (Passport)"), GROUP_LAO, COHORT_PERSON_LATIN_NAME, SHOW_TEXT },
  { "passport-number", N_("Passport Number"), GROUP_LAO, COHORT_PERSON_PASSPORT_NUMBER, SHOW_TEXT },
  { "lao-province", N_("Province of Laos"), GROUP_LAO, COHORT_PERSON_LAO_PROVINCE, SHOW_CHOICE,
    COHORT_CHOICE_LAO_PROVINCE },
  { "birth-date", N_("Date of Birth"), GROUP_PERSONAL, COHORT_PERSON_BIRTH_DATE, SHOW_DATE },
  { "gender", N_("Gender"), GROUP_PERSONAL, NO_FIELD, SHOW_GENDER },
  { "ethnicity", N_("Ethnicity"), GROUP_PERSONAL, COHORT_PERSON_ETHNICITY, SHOW_CHOICE,
    COHORT_CHOICE_ETHNICITY },
  { "ethnicity-text", N_("Ethnicity as a List Wrote It"), GROUP_PERSONAL, COHORT_PERSON_ETHNICITY_TEXT,
    SHOW_TEXT },
  { "religion", N_("Religion"), GROUP_PERSONAL, COHORT_PERSON_RELIGION, SHOW_CHOICE,
    COHORT_CHOICE_RELIGION },
  { "nationality", N_("Nationality"), GROUP_PERSONAL, COHORT_PERSON_NATIONALITY, SHOW_NATIONALITY },
  { "hometown", N_("Hometown"), GROUP_PERSONAL, COHORT_PERSON_HOMETOWN, SHOW_TEXT },
  { "id-number", N_("Citizen ID Number"), GROUP_PERSONAL, COHORT_PERSON_ID_NUMBER, SHOW_TEXT },
  { "phone", N_("Phone"), GROUP_PERSONAL, COHORT_PERSON_PHONE, SHOW_TEXT },
  { "unit", N_("Work Unit"), GROUP_WORK, COHORT_PERSON_UNIT, SHOW_TEXT },
  { "position", N_("Position"), GROUP_WORK, COHORT_PERSON_POSITION, SHOW_TEXT },
  { "level", N_("Level"), GROUP_WORK, NO_FIELD, SHOW_LEVEL },
  { "education", N_("General Education"), GROUP_WORK, COHORT_PERSON_EDUCATION, SHOW_TEXT },
  { "professional", N_("Professional Qualification"), GROUP_WORK, COHORT_PERSON_PROFESSIONAL, SHOW_TEXT },
  { "party-join-date", N_("Party Admission Date"), GROUP_PARTY, COHORT_PERSON_PARTY_JOIN_DATE, SHOW_DATE },
  { "party-official-date", N_("Full Membership Date"), GROUP_PARTY, COHORT_PERSON_PARTY_OFFICIAL_DATE,
    SHOW_DATE },
};

#define N_DETAILS G_N_ELEMENTS (details)

struct _CohortPersonView
{
  AdwBin               parent_instance;

  /* Template widgets */
  GtkLabel            *name_label;
  GtkLabel            *lao_name_label;
  GtkListBox          *history_list;
  AdwPreferencesGroup *groups[N_GROUPS];

  /* Made in init */
  GtkLabel            *values[N_DETAILS];

  /* Owned references */
  CohortStore         *store;
  CohortPerson        *person;
  GListStore          *history;   /* CohortEnrolment, newest first */
};

G_DEFINE_FINAL_TYPE (CohortPersonView, cohort_person_view, ADW_TYPE_BIN)

static const char *const group_children[N_GROUPS] = {
  "name_group", "lao_group", "personal_group", "work_group", "party_group",
};

enum {
  CLOSED,
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The name of @code in a reference list of the store, or the code itself. */
static char *
choice_name (CohortStore      *store,
             CohortChoiceKind  kind,
             const char       *code)
{
  g_autoptr(GPtrArray) list = cohort_store_list_choices (store, kind, NULL);

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      CohortChoice *choice = g_ptr_array_index (list, i);

      if (g_strcmp0 (choice->code, code) == 0)
        return g_strdup (choice->name);
    }
  return g_strdup (code);
}

static char *
format_value (CohortPersonView *self,
              guint             d)
{
  const char *value = details[d].field == NO_FIELD ? NULL
                                                   : cohort_person_get_field (self->person, details[d].field);

  switch (details[d].kind)
    {
    case SHOW_GENDER:
      return g_strdup (cohort_format_gender (cohort_person_get_gender (self->person)));
    case SHOW_LEVEL:
      if (cohort_person_get_level (self->person) == COHORT_LEVEL_UNKNOWN)
        return NULL;
      return g_strdup (cohort_format_level (cohort_person_get_level (self->person)));
    case SHOW_DATE:
      return cohort_date_format (value);
    case SHOW_NATIONALITY:
      if (value == NULL || g_str_equal (value, "VN"))
        return g_strdup (_("Vietnamese"));
      if (g_str_equal (value, "LA"))
        return g_strdup (_("Lao"));
      return g_strdup (value);
    case SHOW_CHOICE:
      return value ? choice_name (self->store, details[d].choice, value) : NULL;
    case SHOW_TEXT:
    default:
      return g_strdup (value);
    }
}

static void
show_details (CohortPersonView *self)
{
  g_autofree char *name = cohort_person_dup_full_name (self->person);
  g_autofree char *lao = cohort_person_dup_lao_name (self->person);
  gboolean is_lao = cohort_person_get_name_order (self->person) == COHORT_NAME_ORDER_LAO || *lao;

  gtk_label_set_label (self->name_label, *name ? name : lao);
  gtk_label_set_label (self->lao_name_label, *name ? lao : "");
  gtk_widget_set_visible (GTK_WIDGET (self->lao_name_label), *name && *lao);
  gtk_widget_set_visible (GTK_WIDGET (self->groups[GROUP_LAO]), is_lao);

  for (guint d = 0; d < N_DETAILS; d++)
    {
      g_autofree char *text = format_value (self, d);

      gtk_label_set_label (self->values[d], text && *text ? text : "—");
      /* What a list wrote for the ethnic group shows only while it waits to be settled */
      if (details[d].field == COHORT_PERSON_ETHNICITY_TEXT)
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

/* GObject overrides ----------------------------------------------------------------- */

static void
cohort_person_view_dispose (GObject *object)
{
  CohortPersonView *self = COHORT_PERSON_VIEW (object);

  /* AdwBin unparents its child itself: no gtk_widget_dispose_template () here. */
  g_clear_object (&self->history);
  g_clear_object (&self->person);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cohort_person_view_parent_class)->dispose (object);
}

static void
cohort_person_view_class_init (CohortPersonViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_person_view_dispose;

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

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cohort/Cohort/cohort-person-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortPersonView, name_label);
  gtk_widget_class_bind_template_child (widget_class, CohortPersonView, lao_name_label);
  gtk_widget_class_bind_template_child (widget_class, CohortPersonView, history_list);
  for (guint g = 0; g < N_GROUPS; g++)
    gtk_widget_class_bind_template_child_full (widget_class, group_children[g], FALSE,
                                               G_STRUCT_OFFSET (CohortPersonView, groups)
                                               + g * sizeof (gpointer));

  gtk_widget_class_install_action (widget_class, "person.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "person.edit", NULL, edit_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "person.close", NULL);
}

static void
cohort_person_view_init (CohortPersonView *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint d = 0; d < N_DETAILS; d++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *value = gtk_label_new (NULL);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(details[d].title));
      gtk_label_set_xalign (GTK_LABEL (value), 1);
      gtk_label_set_justify (GTK_LABEL (value), GTK_JUSTIFY_RIGHT);
      gtk_label_set_wrap (GTK_LABEL (value), TRUE);
      /* Ask for the whole line; wrap only what does not fit */
      gtk_label_set_natural_wrap_mode (GTK_LABEL (value), GTK_NATURAL_WRAP_NONE);
      gtk_label_set_selectable (GTK_LABEL (value), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (value), 40);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
      adw_preferences_group_add (self->groups[details[d].group], row);
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

  for (guint d = 0; d < N_DETAILS; d++)
    if (g_str_equal (details[d].key, key))
      return gtk_label_get_label (self->values[d]);
  return NULL;
}
