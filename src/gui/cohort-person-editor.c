/* cohort-person-editor.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-person-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-check.h"
#include "cohort-date.h"
#include "cohort-duplicate-dialog.h"
#include "cohort-form-guard.h"
#include "cohort-format.h"
#include "cohort-name.h"
#include "cohort-choices.h"
#include "cohort-person-editor-private.h"
#include "cohort-widgets.h"

#define NO_FIELD -1

static const struct
{
  const char *key;      /* for tests */
  const char *child;    /* in the template */
  int         field;    /* CohortPersonField, or NO_FIELD */
  gboolean    is_date;
} rows[N_ROWS] = {
  [ROW_FULL_NAME] = { "full-name", "full_name_row", NO_FIELD },
  [ROW_FAMILY_NAME] = { "family-name", "family_name_row", COHORT_PERSON_FAMILY_NAME },
  [ROW_MIDDLE_NAME] = { "middle-name", "middle_name_row", COHORT_PERSON_MIDDLE_NAME },
  [ROW_GIVEN_NAME] = { "given-name", "given_name_row", COHORT_PERSON_GIVEN_NAME },
  [ROW_LAO_GIVEN_NAME] = { "lao-given-name", "lao_given_name_row", COHORT_PERSON_LAO_GIVEN_NAME },
  [ROW_LAO_FAMILY_NAME] = { "lao-family-name", "lao_family_name_row", COHORT_PERSON_LAO_FAMILY_NAME },
  [ROW_LATIN_NAME] = { "latin-name", "latin_name_row", COHORT_PERSON_LATIN_NAME },
  [ROW_PASSPORT_NUMBER] = { "passport-number", "passport_number_row", COHORT_PERSON_PASSPORT_NUMBER },
  [ROW_BIRTH_DATE] = { "birth-date", "birth_date_row", COHORT_PERSON_BIRTH_DATE, TRUE },
  [ROW_ETHNICITY_TEXT] = { "ethnicity-text", "ethnicity_text_row", COHORT_PERSON_ETHNICITY_TEXT },
  [ROW_HOMETOWN] = { "hometown", "hometown_row", COHORT_PERSON_HOMETOWN },
  [ROW_ID_NUMBER] = { "id-number", "id_number_row", COHORT_PERSON_ID_NUMBER },
  [ROW_PHONE] = { "phone", "phone_row", COHORT_PERSON_PHONE },
  [ROW_UNIT] = { "unit", "unit_row", COHORT_PERSON_UNIT },
  [ROW_POSITION] = { "position", "position_row", COHORT_PERSON_POSITION },
  [ROW_EDUCATION] = { "education", "education_row", COHORT_PERSON_EDUCATION },
  [ROW_PROFESSIONAL] = { "professional", "professional_row", COHORT_PERSON_PROFESSIONAL },
  [ROW_LLCT_LEVEL] = { "llct-level", "llct_level_row", COHORT_PERSON_LLCT_LEVEL },
  [ROW_QLNN_LEVEL] = { "qlnn-level", "qlnn_level_row", COHORT_PERSON_QLNN_LEVEL },
  [ROW_PARTY_JOIN_DATE] = { "party-join-date", "party_join_date_row", COHORT_PERSON_PARTY_JOIN_DATE, TRUE },
  [ROW_PARTY_OFFICIAL_DATE] = { "party-official-date", "party_official_date_row",
                                COHORT_PERSON_PARTY_OFFICIAL_DATE, TRUE },
};

static const struct
{
  const char       *child;
  CohortChoiceKind  kind;
  CohortPersonField field;
} choices[N_CHOICES] = {
  [CHOICE_ETHNICITY] = { "ethnicity_row", COHORT_CHOICE_ETHNICITY, COHORT_PERSON_ETHNICITY },
  [CHOICE_RELIGION] = { "religion_row", COHORT_CHOICE_RELIGION, COHORT_PERSON_RELIGION },
  [CHOICE_LAO_PROVINCE] = { "lao_province_row", COHORT_CHOICE_LAO_PROVINCE, COHORT_PERSON_LAO_PROVINCE },
};

G_DEFINE_FINAL_TYPE (CohortPersonEditor, cohort_person_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  OPEN_EXISTING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The row of a key of the rows table ("unit"), or -1 */
int
_cohort_person_editor_row_for_key (const char *key)
{
  for (guint i = 0; i < N_ROWS; i++)
    if (g_str_equal (rows[i].key, key))
      return i;
  g_critical ("No row “%s” in the person editor", key);
  return -1;
}

static int
row_for_field (CohortPersonField field)
{
  for (guint i = 0; i < N_ROWS; i++)
    if (rows[i].field == (int) field)
      return i;
  return -1;
}

static gboolean
is_lao (CohortPersonEditor *self)
{
  return gtk_switch_get_active (self->lao_switch);
}


static void
set_row_text (CohortPersonEditor *self,
              guint               i,
              const char         *text)
{
  cohort_editable_fill (GTK_EDITABLE (self->rows[i]), text);
}

/* Reading the rows ------------------------------------------------------------------ */

/* What a row holds as it would be stored: *value is %NULL when the row is
 * empty. Returns what is wrong with it, or %NULL. */
static char *
read_row (CohortPersonEditor  *self,
          guint                i,
          char               **value)
{
  g_autofree char *text = g_strstrip (g_strdup (row_text (self, i)));

  *value = NULL;
  if (*text == '\0' || rows[i].field == NO_FIELD)
    return NULL;

  if (rows[i].is_date)
    {
      g_autofree char *iso = cohort_date_parse_display (text);

      if (iso == NULL)
        return g_strdup_printf (_("“%s” is not a valid date. Write dates as dd/mm/yyyy, e.g. 05/01/1980."),
                                text);
      *value = g_steal_pointer (&iso);
      return cohort_check_person_field (rows[i].field, *value);
    }

  /* ID numbers are often typed in groups: "001 085 012 345" */
  if (i == ROW_ID_NUMBER)
    {
      char *to = text;

      for (const char *p = text; *p; p++)
        if (*p != ' ')
          *to++ = *p;
      *to = '\0';
    }

  *value = g_steal_pointer (&text);
  return cohort_check_person_field (rows[i].field, *value);
}

/* The person as the rows describe it; rows with problems are left as they were. */
static CohortPerson *
build_person (CohortPersonEditor *self)
{
  CohortPerson *person = cohort_person_copy (self->person);
  gboolean lao = is_lao (self);

  cohort_person_set_name_order (person, lao ? COHORT_NAME_ORDER_LAO : COHORT_NAME_ORDER_VIETNAMESE);
  if (lao && cohort_person_get_field (person, COHORT_PERSON_NATIONALITY) == NULL)
    cohort_person_set_field (person, COHORT_PERSON_NATIONALITY, "LA");
  else if (!lao && g_strcmp0 (cohort_person_get_field (person, COHORT_PERSON_NATIONALITY), "LA") == 0)
    cohort_person_set_field (person, COHORT_PERSON_NATIONALITY, NULL);

  for (guint i = 0; i < N_ROWS; i++)
    {
      g_autofree char *value = NULL;
      g_autofree char *problem = read_row (self, i, &value);

      if (rows[i].field == NO_FIELD || problem != NULL)
        continue;
      /* The Lao names belong to Lao cadres only */
      if (!lao && (i == ROW_LAO_GIVEN_NAME || i == ROW_LAO_FAMILY_NAME || i == ROW_LATIN_NAME))
        g_clear_pointer (&value, g_free);
      cohort_person_set_field (person, rows[i].field, value);
    }

  for (guint c = 0; c < N_CHOICES; c++)
    {
      const char *code = cohort_choices_code (self->codes[c], adw_combo_row_get_selected (self->choice_rows[c]));

      if (c == CHOICE_LAO_PROVINCE && !lao)
        code = NULL;
      cohort_person_set_field (person, choices[c].field, code);
      /* An ethnic group chosen: what a list wrote instead is settled */
      if (c == CHOICE_ETHNICITY && code != NULL &&
          g_strcmp0 (code, cohort_person_get_field (self->person, COHORT_PERSON_ETHNICITY)) != 0)
        cohort_person_set_field (person, COHORT_PERSON_ETHNICITY_TEXT, NULL);
    }

  cohort_person_set_gender (person, adw_combo_row_get_selected (self->gender_row));
  cohort_person_set_level (person, adw_combo_row_get_selected (self->level_row));
  return person;
}

/* Showing problems ------------------------------------------------------------------ */

static void
show_row_error (CohortPersonEditor *self,
                guint               i,
                const char         *problem)
{
  GtkWidget *row = GTK_WIDGET (self->rows[i]);

  if (problem == NULL)
    gtk_widget_remove_css_class (row, "error");
  else
    gtk_widget_add_css_class (row, "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->errors[i]), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->errors[i]), "dim-label");
  gtk_label_set_label (self->errors[i], problem ? problem : "");
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->errors[i])), problem != NULL);
}

/* Under the hometown: the province it belongs to now, when the name typed is
 * a province merged on 01/07/2025. */
static void
show_hometown_hint (CohortPersonEditor *self)
{
  GtkLabel *label = self->errors[ROW_HOMETOWN];
  g_autofree char *old_name = NULL;
  g_autofree char *new_name = NULL;
  g_autofree char *hint = NULL;

  if (self->store == NULL ||
      !cohort_store_find_merged_province (self->store,
                                          gtk_editable_get_text (GTK_EDITABLE (self->rows[ROW_HOMETOWN])),
                                          &old_name, &new_name))
    return;
  /* Translators: "Quảng Bình is part of Quảng Trị province since 01/07/2025." */
  hint = g_strdup_printf (_("%s is part of %s province since 01/07/2025."), old_name, new_name);
  gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
  gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  gtk_label_set_label (label, hint);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (label)), TRUE);
}

/* Checks every row, then the person as a whole; Save is allowed only when
 * nothing is wrong. Returns whether the person can be saved. */
static gboolean
validate (CohortPersonEditor *self)
{
  g_autoptr(CohortPerson) person = NULL;
  g_autofree char *problem = NULL;
  CohortPersonField field = COHORT_PERSON_GIVEN_NAME;
  gboolean ok = TRUE;

  for (guint i = 0; i < N_ROWS; i++)
    {
      g_autofree char *value = NULL;
      g_autofree char *row_problem = read_row (self, i, &value);

      show_row_error (self, i, row_problem);
      if (i == ROW_HOMETOWN && row_problem == NULL)
        show_hometown_hint (self);
      ok = ok && row_problem == NULL;
    }

  if (ok)
    {
      person = build_person (self);
      problem = cohort_check_person (person, &field);
    }
  if (problem != NULL)
    {
      int i = row_for_field (field);

      ok = FALSE;
      /* A new, empty editor need not shout that there is no name yet */
      if (i >= 0 && (field != COHORT_PERSON_GIVEN_NAME || self->names_touched))
        show_row_error (self, i, problem);
    }

  gtk_widget_set_sensitive (self->save_button, ok);
  return ok;
}

static void
show_save_error (CohortPersonEditor *self,
                 const char         *message)
{
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

/* Names ----------------------------------------------------------------------------- */

static void
full_name_to_parts (CohortPersonEditor *self)
{
  g_autofree char *family = NULL;
  g_autofree char *middle = NULL;
  g_autofree char *given = NULL;

  cohort_name_split_vietnamese (row_text (self, ROW_FULL_NAME), &family, &middle, &given);
  self->updating_names = TRUE;
  set_row_text (self, ROW_FAMILY_NAME, family);
  set_row_text (self, ROW_MIDDLE_NAME, middle);
  set_row_text (self, ROW_GIVEN_NAME, given);
  self->updating_names = FALSE;
}

static void
parts_to_full_name (CohortPersonEditor *self)
{
  g_autofree char *full = cohort_name_join (row_text (self, ROW_FAMILY_NAME),
                                            row_text (self, ROW_MIDDLE_NAME),
                                            row_text (self, ROW_GIVEN_NAME));

  self->updating_names = TRUE;
  set_row_text (self, ROW_FULL_NAME, full);
  self->updating_names = FALSE;
}

static void
on_row_changed_cb (GtkEditable        *editable,
                   CohortPersonEditor *self)
{
  if (!self->updating_names)
    {
      if (editable == GTK_EDITABLE (self->rows[ROW_FULL_NAME]))
        {
          self->names_touched = TRUE;
          full_name_to_parts (self);
        }
      else if (editable == GTK_EDITABLE (self->rows[ROW_FAMILY_NAME]) ||
               editable == GTK_EDITABLE (self->rows[ROW_MIDDLE_NAME]) ||
               editable == GTK_EDITABLE (self->rows[ROW_GIVEN_NAME]))
        {
          self->names_touched = TRUE;
          if (!is_lao (self))
            parts_to_full_name (self);
        }
      else if (editable == GTK_EDITABLE (self->rows[ROW_LAO_GIVEN_NAME]))
        self->names_touched = TRUE;
    }
  show_save_error (self, NULL);
  validate (self);
}

/* A Lao name is written given name first and is never split by words: the
 * parts are typed one by one, so the full-name row is hidden. */
static void
on_lao_changed_cb (CohortPersonEditor *self)
{
  gboolean lao = is_lao (self);

  gtk_widget_set_visible (GTK_WIDGET (self->rows[ROW_FULL_NAME]), !lao);
  adw_preferences_group_set_description (self->name_group,
                                         lao ? _("Write the name as Vietnamese documents spell it, "
                                                 "e.g. Khăm Phuông; the Lao script goes below.")
                                             : _("Type the full name: Cohort splits it into its parts. "
                                                 "Correct the parts if needed."));
  if (!lao)
    parts_to_full_name (self);
  validate (self);
}

/* Saving ---------------------------------------------------------------------------- */

static gboolean
finish_save (CohortPersonEditor *self,
             CohortPerson       *person)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (cohort_person_get_id (person) == 0)
    ok = cohort_store_insert_person (self->store, person, &error);
  else
    ok = cohort_store_update_person (self->store, person, &error);

  if (!ok)
    {
      show_save_error (self, error->message);
      return FALSE;
    }

  g_object_ref (self);
  g_signal_emit (self, signals[SAVED], 0, person);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
  return TRUE;
}

static void
on_duplicate_response_cb (CohortDuplicateDialog *dialog,
                          const char            *response,
                          CohortPersonEditor    *self)
{
  self->duplicate_dialog = NULL;
  /* The editor may close below, while the dialog still finishes its response */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);

  if (g_str_equal (response, "save"))
    finish_save (self, cohort_duplicate_dialog_get_person (dialog));
  else if (g_str_equal (response, "open"))
    {
      g_object_ref (self);
      g_signal_emit (self, signals[OPEN_EXISTING], 0, cohort_duplicate_dialog_get_match (dialog));
      gtk_window_destroy (GTK_WINDOW (self));
      g_object_unref (self);
    }
}

/* The people the saved person may duplicate: for a new person anyone with the
 * same name and birth date or ID number; for an edit, only someone else with
 * an ID number just typed. */
static GPtrArray *
find_duplicates (CohortPersonEditor  *self,
                 CohortPerson        *person,
                 GError             **error)
{
  const char *id_no = cohort_person_get_field (person, COHORT_PERSON_ID_NUMBER);
  g_autoptr(GPtrArray) found = NULL;

  if (cohort_person_get_id (person) != 0 &&
      (id_no == NULL || g_strcmp0 (id_no, cohort_person_get_field (self->person,
                                                                   COHORT_PERSON_ID_NUMBER)) == 0))
    return g_ptr_array_new_with_free_func (g_object_unref);

  found = cohort_store_find_duplicates (self->store, person, error);
  if (found == NULL || cohort_person_get_id (person) == 0)
    return g_steal_pointer (&found);

  for (guint i = found->len; i > 0; i--)
    if (g_strcmp0 (cohort_person_get_field (g_ptr_array_index (found, i - 1), COHORT_PERSON_ID_NUMBER),
                   id_no) != 0)
      g_ptr_array_remove_index (found, i - 1);
  return g_steal_pointer (&found);
}

/**
 * cohort_person_editor_save:
 *
 * Does what the Save button does: checks the person, asks about possible
 * duplicates, then writes it, emits #CohortPersonEditor::saved and closes.
 *
 * Returns: %FALSE if the values are not acceptable or the store refused
 *   them; %TRUE when the person was saved or the duplicate question is shown
 */
gboolean
cohort_person_editor_save (CohortPersonEditor *self)
{
  g_autoptr(CohortPerson) person = NULL;
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (COHORT_IS_PERSON_EDITOR (self), FALSE);

  self->names_touched = TRUE;
  if (!validate (self) || self->duplicate_dialog != NULL)
    return FALSE;

  person = build_person (self);
  matches = find_duplicates (self, person, &error);
  if (matches == NULL)
    {
      show_save_error (self, error->message);
      return FALSE;
    }
  if (matches->len > 0)
    {
      self->duplicate_dialog = ADW_MESSAGE_DIALOG (cohort_duplicate_dialog_new (GTK_WINDOW (self),
                                                                                person, matches));
      g_signal_connect_object (self->duplicate_dialog, "response",
                               G_CALLBACK (on_duplicate_response_cb), self, 0);
      gtk_window_present (GTK_WINDOW (self->duplicate_dialog));
      return TRUE;
    }

  return finish_save (self, person);
}

static void
on_save_clicked_cb (CohortPersonEditor *self)
{
  cohort_person_editor_save (self);
}

static gboolean
save_shortcut (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  cohort_person_editor_save (COHORT_PERSON_EDITOR (widget));
  return TRUE;
}

/* Filling the rows ------------------------------------------------------------------ */

static void
fill_choice (CohortPersonEditor *self,
             guint               c)
{
  g_autoptr(GPtrArray) list = cohort_store_list_choices (self->store, choices[c].kind, NULL);
  g_autoptr(GListModel) names = NULL;
  guint selected;

  self->codes[c] = cohort_choices_fill (&names, list, _("Not recorded"),
                                        cohort_person_get_field (self->person, choices[c].field), &selected);
  adw_combo_row_set_model (self->choice_rows[c], names);
  adw_combo_row_set_selected (self->choice_rows[c], selected);
}

static void
fill_rows (CohortPersonEditor *self)
{
  CohortPerson *p = self->person;
  g_autoptr(GtkStringList) genders = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);

  /* In the order of CohortGender and CohortLevel */
  gtk_string_list_append (genders, _("Not recorded"));
  gtk_string_list_append (genders, cohort_format_gender (COHORT_GENDER_MALE));
  gtk_string_list_append (genders, cohort_format_gender (COHORT_GENDER_FEMALE));
  for (CohortLevel l = COHORT_LEVEL_UNKNOWN; l <= COHORT_LEVEL_COMMUNE; l++)
    gtk_string_list_append (levels, cohort_format_level (l));
  adw_combo_row_set_model (self->gender_row, G_LIST_MODEL (genders));
  adw_combo_row_set_model (self->level_row, G_LIST_MODEL (levels));
  adw_combo_row_set_selected (self->gender_row, cohort_person_get_gender (p));
  adw_combo_row_set_selected (self->level_row, cohort_person_get_level (p));
  for (guint c = 0; c < N_CHOICES; c++)
    fill_choice (self, c);

  self->updating_names = TRUE;
  gtk_switch_set_active (self->lao_switch, cohort_person_get_name_order (p) == COHORT_NAME_ORDER_LAO);
  for (guint i = 0; i < N_ROWS; i++)
    {
      const char *value;

      if (rows[i].field == NO_FIELD)
        continue;
      value = cohort_person_get_field (p, rows[i].field);
      if (rows[i].is_date)
        {
          g_autofree char *shown = cohort_date_format (value);

          set_row_text (self, i, shown);
        }
      else
        set_row_text (self, i, value);
    }
  self->updating_names = FALSE;
  on_lao_changed_cb (self);
  /* Only a person an import could not place in a group has this row */
  gtk_widget_set_visible (GTK_WIDGET (self->rows[ROW_ETHNICITY_TEXT]),
                          cohort_person_get_field (p, COHORT_PERSON_ETHNICITY_TEXT) != NULL);
}

/* Text typed or pasted past a row's limit: said under the row until it changes. */
static void
on_text_refused_cb (GtkEditable *editable,
                    const char  *message,
                    gpointer     user_data)
{
  CohortPersonEditor *self = user_data;

  if (message == NULL)
    return;   /* the row changed: validate () shows what it says now */
  for (guint i = 0; i < N_ROWS; i++)
    if (GTK_EDITABLE (self->rows[i]) == editable)
      {
        show_row_error (self, i, message);
        cohort_scroll_into_view (gtk_widget_get_parent (GTK_WIDGET (self->errors[i])));
      }
}

/* Everything the form shows, to tell whether it changed. */
static char *
describe_form (GtkWindow *window)
{
  CohortPersonEditor *self = COHORT_PERSON_EDITOR (window);
  GString *s = g_string_new (NULL);

  g_string_append_printf (s, "%d %u %u", is_lao (self), adw_combo_row_get_selected (self->gender_row),
                          adw_combo_row_get_selected (self->level_row));
  for (guint c = 0; c < N_CHOICES; c++)
    g_string_append_printf (s, " %u", adw_combo_row_get_selected (self->choice_rows[c]));
  for (guint i = 0; i < N_ROWS; i++)
    g_string_append_printf (s, "\x1f%s", row_text (self, i));
  return g_string_free (s, FALSE);
}

/* GObject overrides ----------------------------------------------------------------- */

static void
cohort_person_editor_dispose (GObject *object)
{
  CohortPersonEditor *self = COHORT_PERSON_EDITOR (object);

  if (self->duplicate_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->duplicate_dialog));
  self->duplicate_dialog = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (object), COHORT_TYPE_PERSON_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->person);
  for (guint c = 0; c < N_CHOICES; c++)
    g_clear_pointer (&self->codes[c], g_ptr_array_unref);

  G_OBJECT_CLASS (cohort_person_editor_parent_class)->dispose (object);
}

static void
cohort_person_editor_class_init (CohortPersonEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_person_editor_dispose;

  /**
   * CohortPersonEditor::saved:
   * @person: the person as written, with its id
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, COHORT_TYPE_PERSON);
  /**
   * CohortPersonEditor::open-existing:
   * @existing: the person already recorded that the user chose to open instead
   */
  signals[OPEN_EXISTING] = g_signal_new ("open-existing", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                         COHORT_TYPE_PERSON);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cohort/Cohort/cohort-person-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortPersonEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, CohortPersonEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, CohortPersonEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, CohortPersonEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, CohortPersonEditor, name_group);
  gtk_widget_class_bind_template_child (widget_class, CohortPersonEditor, lao_switch);
  gtk_widget_class_bind_template_child (widget_class, CohortPersonEditor, gender_row);
  gtk_widget_class_bind_template_child (widget_class, CohortPersonEditor, level_row);
  for (guint i = 0; i < N_ROWS; i++)
    gtk_widget_class_bind_template_child_full (widget_class, rows[i].child, FALSE,
                                               G_STRUCT_OFFSET (CohortPersonEditor, rows)
                                               + i * sizeof (gpointer));
  for (guint c = 0; c < N_CHOICES; c++)
    gtk_widget_class_bind_template_child_full (widget_class, choices[c].child, FALSE,
                                               G_STRUCT_OFFSET (CohortPersonEditor, choice_rows)
                                               + c * sizeof (gpointer));
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, save_shortcut, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cohort_person_editor_init (CohortPersonEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < N_ROWS; i++)
    {
      GtkListBoxRow *row = GTK_LIST_BOX_ROW (self->rows[i]);
      GtkWidget *list = gtk_widget_get_parent (GTK_WIDGET (row));
      GtkWidget *error_row = gtk_list_box_row_new ();
      GtkWidget *label = gtk_label_new (NULL);

      /* Right under the row it is about: AdwEntryRow has no subtitle in libadwaita 1.2 */
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_widget_add_css_class (label, "error");
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (error_row), label);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (error_row), FALSE);
      gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (error_row), FALSE);
      gtk_widget_set_focusable (error_row, FALSE);
      gtk_widget_set_visible (error_row, FALSE);
      gtk_list_box_insert (GTK_LIST_BOX (list), error_row, gtk_list_box_row_get_index (row) + 1);
      self->errors[i] = GTK_LABEL (label);

      g_signal_connect (self->rows[i], "changed", G_CALLBACK (on_row_changed_cb), self);
    }
  for (guint i = 0; i < N_ROWS; i++)
    {
      gboolean whole = rows[i].field == NO_FIELD;
      guint limit = whole ? COHORT_LIMIT_FULL_NAME : cohort_check_person_field_limit (rows[i].field);

      cohort_editable_set_limit (GTK_EDITABLE (self->rows[i]), limit,
                                 whole ? _("Full name") : cohort_check_person_field_label (rows[i].field),
                                 on_text_refused_cb, self);
    }
  adw_entry_row_set_input_purpose (self->rows[ROW_ID_NUMBER], GTK_INPUT_PURPOSE_DIGITS);
  adw_entry_row_set_input_purpose (self->rows[ROW_PHONE], GTK_INPUT_PURPOSE_PHONE);
  g_signal_connect_swapped (self->rows[ROW_PARTY_OFFICIAL_DATE], "entry-activated",
                            G_CALLBACK (on_save_clicked_cb), self);
  g_signal_connect_swapped (self->lao_switch, "notify::active", G_CALLBACK (on_lao_changed_cb), self);
}

/**
 * cohort_person_editor_new:
 * @parent: (nullable): the window the editor belongs to
 * @person: (nullable): the person to change, or %NULL for a new person
 *
 * Returns: (transfer none): a new editor, not shown yet; it destroys itself
 *   when closed
 */
CohortPersonEditor *
cohort_person_editor_new (GtkWindow    *parent,
                          CohortStore  *store,
                          CohortPerson *person)
{
  CohortPersonEditor *self;

  g_return_val_if_fail (COHORT_IS_STORE (store), NULL);
  g_return_val_if_fail (person == NULL || COHORT_IS_PERSON (person), NULL);

  self = g_object_new (COHORT_TYPE_PERSON_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->person = person ? cohort_person_copy (person) : cohort_person_new ();

  if (person != NULL && cohort_person_get_id (person) != 0)
    {
      g_autofree char *name = cohort_person_dup_full_name (person);

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Person"));
      adw_window_title_set_subtitle (self->window_title, name);
    }
  else
    gtk_window_set_title (GTK_WINDOW (self), _("New Person"));
  adw_window_title_set_title (self->window_title, gtk_window_get_title (GTK_WINDOW (self)));

  fill_rows (self);
  cohort_form_guard_init (GTK_WINDOW (self), describe_form, NULL,
                          person != NULL && cohort_person_get_id (person) != 0
                          ? _("The changes to this person are not saved.")
                          : _("The new person is not saved."));
  return self;
}
