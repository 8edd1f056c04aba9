/* cohort-class-editor.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-class-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-check.h"
#include "cohort-choices.h"
#include "cohort-class-editor.h"
#include "cohort-date.h"
#include "cohort-form-guard.h"
#include "cohort-format.h"
#include "cohort-widgets.h"

struct _CohortClassEditor
{
  AdwWindow       parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkWidget      *save_button;
  GtkLabel       *error_label;
  AdwEntryRow    *code_row;
  GtkSpinButton  *year_spin;
  AdwComboRow    *program_row;
  GtkSpinButton  *course_spin;
  AdwComboRow    *host_row;
  AdwComboRow    *mode_row;
  AdwComboRow    *level_row;
  AdwEntryRow    *start_row;
  AdwEntryRow    *end_row;
  GtkSpinButton  *planned_spin;
  AdwComboRow    *status_row;

  /* Owned references */
  CohortStore    *store;
  CohortClass    *klass;      /* the class as read, or a new one */
  GPtrArray      *programs;   /* the program codes behind the program row */
  GPtrArray      *hosts;      /* the org unit ids behind the host row */
  char           *problem;    /* what is wrong now, if anything */
  GtkWidget      *bad_row;
  gboolean        year_chosen; /* the user set the year: it no longer follows the start date */
  gboolean        filling;
};

G_DEFINE_FINAL_TYPE (CohortClassEditor, cohort_class_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A date row: empty is allowed; anything else must be a date. */
static gboolean
read_date (AdwEntryRow  *row,
           char        **iso,
           char        **problem)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  *iso = NULL;
  if (*stripped == '\0')
    return TRUE;
  *iso = cohort_date_parse_display (stripped);
  if (*iso == NULL)
    {
      /* Translators: %s is what the user typed */
      *problem = g_strdup_printf (_("“%s” is not a date. Write it as dd/mm/yyyy, e.g. 05/09/2026."), stripped);
      return FALSE;
    }
  return TRUE;
}

/* Reads the form into a copy of the class; sets self->problem if it is not acceptable. */
static CohortClass *
read_form (CohortClassEditor *self)
{
  CohortClass *klass = cohort_class_new ();
  g_autofree char *code = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->code_row))));
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  const char *host = cohort_choices_code (self->hosts, adw_combo_row_get_selected (self->host_row));
  CohortClassCheck what = COHORT_CLASS_CHECK_OK;

  g_clear_pointer (&self->problem, g_free);
  self->bad_row = NULL;

  /* What the form does not show is kept as it was. */
  cohort_class_set_number (klass, COHORT_CLASS_ID, cohort_class_get_number (self->klass, COHORT_CLASS_ID));
  cohort_class_set_text (klass, COHORT_CLASS_LAO_PROVINCE,
                         cohort_class_get_text (self->klass, COHORT_CLASS_LAO_PROVINCE));

  cohort_class_set_text (klass, COHORT_CLASS_CODE, *code ? code : NULL);
  cohort_class_set_number (klass, COHORT_CLASS_YEAR, gtk_spin_button_get_value_as_int (self->year_spin));
  cohort_class_set_text (klass, COHORT_CLASS_PROGRAM,
                         cohort_choices_code (self->programs, adw_combo_row_get_selected (self->program_row)));
  cohort_class_set_number (klass, COHORT_CLASS_COURSE_NO, gtk_spin_button_get_value_as_int (self->course_spin));
  cohort_class_set_number (klass, COHORT_CLASS_HOST_ID, host ? g_ascii_strtoll (host, NULL, 10) : 0);
  cohort_class_set_number (klass, COHORT_CLASS_MODE, adw_combo_row_get_selected (self->mode_row));
  cohort_class_set_number (klass, COHORT_CLASS_LEVEL, adw_combo_row_get_selected (self->level_row));
  cohort_class_set_number (klass, COHORT_CLASS_PLANNED, gtk_spin_button_get_value_as_int (self->planned_spin));
  cohort_class_set_number (klass, COHORT_CLASS_STATUS, adw_combo_row_get_selected (self->status_row));

  if (!read_date (self->start_row, &start, &self->problem))
    {
      self->bad_row = GTK_WIDGET (self->start_row);
      return klass;
    }
  if (!read_date (self->end_row, &end, &self->problem))
    {
      self->bad_row = GTK_WIDGET (self->end_row);
      return klass;
    }
  cohort_class_set_text (klass, COHORT_CLASS_START_DATE, start);
  cohort_class_set_text (klass, COHORT_CLASS_END_DATE, end);

  self->problem = cohort_check_class (klass, &what);
  switch (what)
    {
    case COHORT_CLASS_CHECK_CODE:
      self->bad_row = GTK_WIDGET (self->code_row);
      break;
    case COHORT_CLASS_CHECK_YEAR:
      self->bad_row = gtk_widget_get_ancestor (GTK_WIDGET (self->year_spin), ADW_TYPE_ACTION_ROW);
      break;
    case COHORT_CLASS_CHECK_PROGRAM:
      self->bad_row = GTK_WIDGET (self->program_row);
      break;
    case COHORT_CLASS_CHECK_HOST:
      self->bad_row = GTK_WIDGET (self->host_row);
      break;
    case COHORT_CLASS_CHECK_START_DATE:
      self->bad_row = GTK_WIDGET (self->start_row);
      break;
    case COHORT_CLASS_CHECK_END_DATE:
      self->bad_row = GTK_WIDGET (self->end_row);
      break;
    case COHORT_CLASS_CHECK_PLANNED:
      self->bad_row = gtk_widget_get_ancestor (GTK_WIDGET (self->planned_spin), ADW_TYPE_ACTION_ROW);
      break;
    case COHORT_CLASS_CHECK_OK:
    default:
      break;
    }

  if (self->problem == NULL &&
      cohort_store_is_class_code_taken (self->store, code, cohort_class_get_number (klass, COHORT_CLASS_YEAR),
                                        cohort_class_get_number (klass, COHORT_CLASS_ID)))
    {
      self->problem = g_strdup_printf (_("There is already a class “%s” in %d. Give this class another code."),
                                       code, (int) cohort_class_get_number (klass, COHORT_CLASS_YEAR));
      self->bad_row = GTK_WIDGET (self->code_row);
    }
  return klass;
}

static void
show_problem (CohortClassEditor *self)
{
  g_autoptr(CohortClass) klass = NULL;
  GtkWidget *rows[] = { GTK_WIDGET (self->code_row), GTK_WIDGET (self->program_row), GTK_WIDGET (self->host_row),
                        GTK_WIDGET (self->start_row), GTK_WIDGET (self->end_row),
                        gtk_widget_get_ancestor (GTK_WIDGET (self->year_spin), ADW_TYPE_ACTION_ROW),
                        gtk_widget_get_ancestor (GTK_WIDGET (self->planned_spin), ADW_TYPE_ACTION_ROW) };

  gboolean quiet;

  klass = read_form (self);
  /* An empty code on a new form is not an error yet: Save just waits for it. */
  quiet = self->bad_row == GTK_WIDGET (self->code_row) &&
          *gtk_editable_get_text (GTK_EDITABLE (self->code_row)) == '\0';
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (rows[i] != NULL)
      {
        if (rows[i] == self->bad_row && !quiet)
          gtk_widget_add_css_class (rows[i], "error");
        else
          gtk_widget_remove_css_class (rows[i], "error");
      }
  gtk_label_set_label (self->error_label, self->problem ? self->problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), self->problem != NULL && !quiet);
  gtk_widget_set_sensitive (self->save_button, self->problem == NULL);
}

static void
on_changed_cb (CohortClassEditor *self)
{
  if (self->store != NULL)
    show_problem (self);
}

/* A class belongs to the year it starts: the year follows the start date
 * typed, unless the user chose the year; a mismatch then shows inline. */
static void
on_start_changed_cb (CohortClassEditor *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->start_row))));
  g_autofree char *iso = *text ? cohort_date_parse_display (text) : NULL;
  int year;

  if (!self->filling && !self->year_chosen && iso != NULL && cohort_date_parse_iso (iso, &year, NULL, NULL) &&
      year != gtk_spin_button_get_value_as_int (self->year_spin))
    {
      self->filling = TRUE;
      gtk_spin_button_set_value (self->year_spin, year);
      self->filling = FALSE;
    }
  on_changed_cb (self);
}

static void
on_year_changed_cb (CohortClassEditor *self)
{
  if (!self->filling)
    self->year_chosen = TRUE;
  on_changed_cb (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  cohort_class_editor_save (COHORT_CLASS_EDITOR (widget));
}

/* Keeps @current among @offered when it is not there: a class keeps showing
 * its own host once closed, its own program once switched off, under its
 * name from the list of @all, with a note. */
static void
keep_current (GPtrArray        *offered,
              CohortStore      *store,
              CohortChoiceKind  all,
              const char       *current)
{
  g_autoptr(GPtrArray) choices = NULL;
  CohortChoice *kept;

  if (current == NULL || offered == NULL)
    return;
  for (guint i = 0; i < offered->len; i++)
    if (g_strcmp0 (((CohortChoice *) g_ptr_array_index (offered, i))->code, current) == 0)
      return;
  choices = cohort_store_list_choices (store, all, NULL);
  for (guint i = 0; choices != NULL && i < choices->len; i++)
    {
      CohortChoice *choice = g_ptr_array_index (choices, i);

      if (g_strcmp0 (choice->code, current) != 0)
        continue;
      kept = g_new0 (CohortChoice, 1);
      kept->code = g_strdup (choice->code);
      if (all == COHORT_CHOICE_HOST)
        /* Translators: a centre or another host that closed, kept by its class */
        kept->name = g_strdup_printf (_("%s (closed)"), choice->name);
      else
        /* Translators: a program the school no longer runs, kept by a class */
        kept->name = g_strdup_printf (_("%s (no longer run)"), choice->name);
      g_ptr_array_add (offered, kept);
      return;
    }
}

/* The program and host rows: the programs the school runs and the hosts
 * open today, and the class's own. */
static void
fill_choices (CohortClassEditor *self,
              CohortStore       *store)
{
  g_autoptr(GPtrArray) programs = cohort_store_list_choices (store, COHORT_CHOICE_ACTIVE_PROGRAM, NULL);
  g_autoptr(GPtrArray) hosts = cohort_store_list_choices (store, COHORT_CHOICE_OPEN_HOST, NULL);
  g_autoptr(GListModel) program_names = NULL;
  g_autoptr(GListModel) host_names = NULL;
  g_autofree char *host_id = NULL;
  guint program, host;

  host_id = g_strdup_printf ("%" G_GINT64_FORMAT, cohort_class_get_number (self->klass, COHORT_CLASS_HOST_ID));
  keep_current (programs, store, COHORT_CHOICE_PROGRAM, cohort_class_get_text (self->klass, COHORT_CLASS_PROGRAM));
  keep_current (hosts, store, COHORT_CHOICE_HOST,
                cohort_class_get_number (self->klass, COHORT_CLASS_HOST_ID) > 0 ? host_id : NULL);
  self->programs = cohort_choices_fill (&program_names, programs, NULL,
                                        cohort_class_get_text (self->klass, COHORT_CLASS_PROGRAM), &program);
  self->hosts = cohort_choices_fill (&host_names, hosts, NULL,
                                     cohort_class_get_number (self->klass, COHORT_CLASS_HOST_ID) > 0 ? host_id : NULL,
                                     &host);
  adw_combo_row_set_model (self->program_row, program_names);
  adw_combo_row_set_selected (self->program_row, program);
  adw_combo_row_set_model (self->host_row, host_names);
  adw_combo_row_set_selected (self->host_row, host);
}

static void
fill_form (CohortClassEditor *self)
{
  CohortClass *k = self->klass;
  g_autoptr(GtkStringList) modes = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autofree char *start = cohort_date_format (cohort_class_get_text (k, COHORT_CLASS_START_DATE));
  g_autofree char *end = cohort_date_format (cohort_class_get_text (k, COHORT_CLASS_END_DATE));

  for (int i = COHORT_STUDY_MODE_FULL_TIME; i <= COHORT_STUDY_MODE_PART_TIME; i++)
    gtk_string_list_append (modes, cohort_format_study_mode (i));
  for (int i = COHORT_LEVEL_UNKNOWN; i <= COHORT_LEVEL_COMMUNE; i++)
    gtk_string_list_append (levels, cohort_format_level (i));
  for (int i = COHORT_CLASS_STATUS_PLANNED; i <= COHORT_CLASS_STATUS_FINISHED; i++)
    gtk_string_list_append (statuses, cohort_format_class_status (i));

  adw_combo_row_set_model (self->mode_row, G_LIST_MODEL (modes));
  adw_combo_row_set_model (self->level_row, G_LIST_MODEL (levels));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  cohort_editable_fill (GTK_EDITABLE (self->code_row), cohort_class_get_text (k, COHORT_CLASS_CODE));
  gtk_spin_button_set_value (self->year_spin, cohort_class_get_number (k, COHORT_CLASS_YEAR));
  gtk_spin_button_set_value (self->course_spin, cohort_class_get_number (k, COHORT_CLASS_COURSE_NO));
  adw_combo_row_set_selected (self->mode_row, cohort_class_get_number (k, COHORT_CLASS_MODE));
  adw_combo_row_set_selected (self->level_row, cohort_class_get_number (k, COHORT_CLASS_LEVEL));
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), start);
  gtk_editable_set_text (GTK_EDITABLE (self->end_row), end);
  gtk_spin_button_set_value (self->planned_spin, cohort_class_get_number (k, COHORT_CLASS_PLANNED));
  adw_combo_row_set_selected (self->status_row, cohort_class_get_number (k, COHORT_CLASS_STATUS));
}

static void
cohort_class_editor_dispose (GObject *object)
{
  CohortClassEditor *self = COHORT_CLASS_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), COHORT_TYPE_CLASS_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->klass);
  g_clear_pointer (&self->programs, g_ptr_array_unref);
  g_clear_pointer (&self->hosts, g_ptr_array_unref);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (cohort_class_editor_parent_class)->dispose (object);
}

static void
cohort_class_editor_class_init (CohortClassEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_class_editor_dispose;

  /**
   * CohortClassEditor::saved:
   * @klass: the class as written, with its id
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, COHORT_TYPE_CLASS);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cohort/Cohort/cohort-class-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortClassEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, CohortClassEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, CohortClassEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, CohortClassEditor, code_row);
  gtk_widget_class_bind_template_child (widget_class, CohortClassEditor, year_spin);
  gtk_widget_class_bind_template_child (widget_class, CohortClassEditor, program_row);
  gtk_widget_class_bind_template_child (widget_class, CohortClassEditor, course_spin);
  gtk_widget_class_bind_template_child (widget_class, CohortClassEditor, host_row);
  gtk_widget_class_bind_template_child (widget_class, CohortClassEditor, mode_row);
  gtk_widget_class_bind_template_child (widget_class, CohortClassEditor, level_row);
  gtk_widget_class_bind_template_child (widget_class, CohortClassEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, CohortClassEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, CohortClassEditor, planned_spin);
  gtk_widget_class_bind_template_child (widget_class, CohortClassEditor, status_row);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_start_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_year_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cohort_class_editor_init (CohortClassEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cohort_editable_set_limit (GTK_EDITABLE (self->code_row), COHORT_LIMIT_CLASS_CODE, _("Class code"),
                             NULL, NULL);
}

/* Everything the form shows, to tell whether it changed. */
static char *
describe_form (GtkWindow *window)
{
  CohortClassEditor *self = COHORT_CLASS_EDITOR (window);

  return g_strdup_printf ("%s\x1f%d %u %d %u %u %u\x1f%s\x1f%s\x1f%d %u",
                          gtk_editable_get_text (GTK_EDITABLE (self->code_row)),
                          gtk_spin_button_get_value_as_int (self->year_spin),
                          adw_combo_row_get_selected (self->program_row),
                          gtk_spin_button_get_value_as_int (self->course_spin),
                          adw_combo_row_get_selected (self->host_row),
                          adw_combo_row_get_selected (self->mode_row),
                          adw_combo_row_get_selected (self->level_row),
                          gtk_editable_get_text (GTK_EDITABLE (self->start_row)),
                          gtk_editable_get_text (GTK_EDITABLE (self->end_row)),
                          gtk_spin_button_get_value_as_int (self->planned_spin),
                          adw_combo_row_get_selected (self->status_row));
}

/**
 * cohort_class_editor_new:
 * @klass: (nullable): the class to edit, or %NULL for a new one
 */
CohortClassEditor *
cohort_class_editor_new (GtkWindow   *parent,
                         CohortStore *store,
                         CohortClass *klass)
{
  CohortClassEditor *self;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_val_if_fail (COHORT_IS_STORE (store), NULL);

  self = g_object_new (COHORT_TYPE_CLASS_EDITOR, "transient-for", parent, NULL);

  if (klass != NULL)
    {
      self->klass = g_object_ref (klass);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Class"));
    }
  else
    {
      self->klass = cohort_class_new ();
      cohort_class_set_number (self->klass, COHORT_CLASS_YEAR, g_date_time_get_year (now));
      cohort_class_set_number (self->klass, COHORT_CLASS_PLANNED, 60);
      gtk_window_set_title (GTK_WINDOW (self), _("New Class"));
    }
  adw_window_title_set_title (self->window_title, gtk_window_get_title (GTK_WINDOW (self)));
  self->filling = TRUE;
  fill_choices (self, store);
  fill_form (self);
  self->filling = FALSE;

  self->store = g_object_ref (store);
  show_problem (self);
  cohort_form_guard_init (GTK_WINDOW (self), describe_form, NULL,
                          klass != NULL ? _("The changes to this class are not saved.")
                                        : _("The new class is not saved."));
  return self;
}

/**
 * cohort_class_editor_save:
 *
 * Writes the class if the form is valid, emits ::saved and closes.
 *
 * Returns: %TRUE if the class was written
 */
gboolean
cohort_class_editor_save (CohortClassEditor *self)
{
  g_autoptr(CohortClass) klass = NULL;
  g_autoptr(CohortClass) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (COHORT_IS_CLASS_EDITOR (self), FALSE);

  show_problem (self);
  if (self->problem != NULL)
    return FALSE;

  klass = read_form (self);
  if (!cohort_store_save_class (self->store, klass, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return FALSE;
    }
  /* As the store has it now, with the names of its program and host: a
   * roster opened on it shows them at once. */
  stored = cohort_store_get_class (self->store, cohort_class_get_number (klass, COHORT_CLASS_ID), NULL);
  g_signal_emit (self, signals[SAVED], 0, stored ? stored : klass);
  cohort_form_guard_close (GTK_WINDOW (self));
  return TRUE;
}

/**
 * cohort_class_editor_get_error:
 *
 * Returns: (nullable): what the form shows is wrong now
 */
const char *
cohort_class_editor_get_error (CohortClassEditor *self)
{
  g_return_val_if_fail (COHORT_IS_CLASS_EDITOR (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_label (self->error_label) : NULL;
}

gboolean
cohort_class_editor_can_save (CohortClassEditor *self)
{
  g_return_val_if_fail (COHORT_IS_CLASS_EDITOR (self), FALSE);
  return gtk_widget_get_sensitive (self->save_button);
}

/**
 * cohort_class_editor_set_text:
 * @key: "code", "year", "start", "end", "planned", "course" or "program"
 *   (the program's code)
 *
 * Fills a field as typing would.
 */
void
cohort_class_editor_set_text (CohortClassEditor *self,
                              const char        *key,
                              const char        *text)
{
  g_return_if_fail (COHORT_IS_CLASS_EDITOR (self));

  if (g_str_equal (key, "code"))
    gtk_editable_set_text (GTK_EDITABLE (self->code_row), text);
  else if (g_str_equal (key, "start"))
    gtk_editable_set_text (GTK_EDITABLE (self->start_row), text);
  else if (g_str_equal (key, "end"))
    gtk_editable_set_text (GTK_EDITABLE (self->end_row), text);
  else if (g_str_equal (key, "year"))
    gtk_spin_button_set_value (self->year_spin, g_ascii_strtod (text, NULL));
  else if (g_str_equal (key, "planned"))
    gtk_spin_button_set_value (self->planned_spin, g_ascii_strtod (text, NULL));
  else if (g_str_equal (key, "course"))
    gtk_spin_button_set_value (self->course_spin, g_ascii_strtod (text, NULL));
  else if (g_str_equal (key, "program"))
    {
      for (guint i = 0; self->programs && i < self->programs->len; i++)
        if (g_strcmp0 (g_ptr_array_index (self->programs, i), text) == 0)
          adw_combo_row_set_selected (self->program_row, i);
    }
  else
    g_return_if_reached ();
}

/**
 * cohort_class_editor_get_choices:
 * @key: "program" or "host"
 *
 * Returns: (transfer none): the names the row offers, a #GtkStringList
 */
GListModel *
cohort_class_editor_get_choices (CohortClassEditor *self,
                                 const char        *key)
{
  g_return_val_if_fail (COHORT_IS_CLASS_EDITOR (self), NULL);

  if (g_str_equal (key, "program"))
    return adw_combo_row_get_model (self->program_row);
  if (g_str_equal (key, "host"))
    return adw_combo_row_get_model (self->host_row);
  g_return_val_if_reached (NULL);
}
