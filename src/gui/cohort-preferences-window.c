/* cohort-preferences-window.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-form-guard.h"
#include "cohort-preferences-window.h"
#include "cohort-widgets.h"

struct _CohortPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwActionRow         *database_row;
  AdwComboRow          *language_row;
  AdwPreferencesPage   *documents_page;
  AdwPreferencesGroup  *header_group;
  AdwEntryRow          *parent_agency_row;
  AdwEntryRow          *agency_row;
  AdwEntryRow          *place_row;
  AdwEntryRow          *signer_title_row;
  AdwEntryRow          *signer_title2_row;
  AdwEntryRow          *signer_name_row;
  AdwEntryRow          *preparer_title_row;
  AdwEntryRow          *preparer_title2_row;
  AdwEntryRow          *preparer_name_row;

  /* Owned references */
  GSettings            *settings;
  CohortStore          *store;
  char                 *current_path;
  GtkFileChooserNative *chooser;
};

/* Which document setting each row edits: a title of two lines is edited in
 * two rows, its first line (0) and its second (1); -1 for the whole value. */
typedef struct
{
  gsize       offset;     /* of the row in CohortPreferencesWindow */
  const char *key;
  int         line;
} DocumentRow;

#define ROW(field) G_STRUCT_OFFSET (CohortPreferencesWindow, field)

static const DocumentRow document_rows[] = {
  { ROW (parent_agency_row), COHORT_SETTING_PARENT_AGENCY, -1 },
  { ROW (agency_row), COHORT_SETTING_AGENCY, -1 },
  { ROW (place_row), COHORT_SETTING_PLACE, -1 },
  { ROW (signer_title_row), COHORT_SETTING_SIGNER_TITLE, 0 },
  { ROW (signer_title2_row), COHORT_SETTING_SIGNER_TITLE, 1 },
  { ROW (signer_name_row), COHORT_SETTING_SIGNER_NAME, -1 },
  { ROW (preparer_title_row), COHORT_SETTING_PREPARER_TITLE, 0 },
  { ROW (preparer_title2_row), COHORT_SETTING_PREPARER_TITLE, 1 },
  { ROW (preparer_name_row), COHORT_SETTING_PREPARER_NAME, -1 },
};

G_DEFINE_FINAL_TYPE (CohortPreferencesWindow, cohort_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The order of the language row's items. */
static const char *const languages[] = { "", "vi", "lo", "en" };

static gboolean
language_to_row (GValue   *value,
                 GVariant *variant,
                 gpointer  user_data)
{
  const char *code = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_str_equal (languages[i], code))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
row_to_language (const GValue       *value,
                 const GVariantType *type,
                 gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  return g_variant_new_string (i < G_N_ELEMENTS (languages) ? languages[i] : "");
}

/* Shows the file Cohort will open at its next start; when that is not the
 * file open now (a new choice, or --db), says so. */
static void
show_path (CohortPreferencesWindow *self)
{
  g_autofree char *pref = g_settings_get_string (self->settings, "database-path");
  g_autofree char *path = *pref ? g_strdup (pref) : cohort_store_default_path ();

  if (self->current_path == NULL || g_str_equal (path, self->current_path))
    adw_action_row_set_subtitle (self->database_row, path);
  else
    {
      g_autofree char *text = NULL;

      /* Translators: the database file chosen, then the one open now */
      text = g_strdup_printf (_("%s (open now: %s)"), path, self->current_path);
      adw_action_row_set_subtitle (self->database_row, text);
    }
}

static void
on_chooser_response_cb (CohortPreferencesWindow *self,
                        int                      response)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        {
          g_settings_set_string (self->settings, "database-path", path);
          show_path (self);
          adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                            adw_toast_new (_("Restart Cohort to open this database")));
        }
    }
  g_clear_object (&self->chooser);
}

static void
on_choose_clicked_cb (CohortPreferencesWindow *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  /* Saving lets the user pick an existing database or name a new one. */
  self->chooser = gtk_file_chooser_native_new (_("Choose a Database File"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Choose"),
                                               _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Cohort databases"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), "cohort.db");
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_default_activated_cb (CohortPreferencesWindow *self)
{
  g_settings_reset (self->settings, "database-path");
  show_path (self);
}

/* Documents page */

static AdwEntryRow *
row_at (CohortPreferencesWindow *self,
        guint                    i)
{
  return G_STRUCT_MEMBER (AdwEntryRow *, self, document_rows[i].offset);
}

/* The value of @key as its rows show it: two lines joined by a line break. */
static char *
dup_row_value (CohortPreferencesWindow *self,
               const char              *key)
{
  GString *value = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (document_rows); i++)
    {
      const char *text;

      if (!g_str_equal (document_rows[i].key, key))
        continue;
      text = gtk_editable_get_text (GTK_EDITABLE (row_at (self, i)));
      if (document_rows[i].line > 0 && value->len > 0 && *text != '\0')
        g_string_append_c (value, '\n');
      g_string_append (value, text);
    }
  return g_string_free (value, FALSE);
}

static void
load_documents (CohortPreferencesWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (document_rows); i++)
    {
      AdwEntryRow *row = row_at (self, i);
      g_autofree char *value = NULL;
      g_auto(GStrv) lines = NULL;
      const char *text = "";

      value = cohort_store_get_setting (self->store, document_rows[i].key, NULL);
      lines = g_strsplit (value ? value : "", "\n", 2);
      if (document_rows[i].line < 0)
        text = value ? value : "";
      else if ((guint) document_rows[i].line < g_strv_length (lines))
        text = lines[document_rows[i].line];
      cohort_editable_fill (GTK_EDITABLE (row), text);
      /* Only now, or the text just loaded would show the apply button. */
      adw_entry_row_set_show_apply_button (row, TRUE);
    }
}

/* Saves @key (every setting when %NULL) as the rows show it; says what is
 * wrong in a toast. */
static gboolean
save_documents (CohortPreferencesWindow *self,
                const char              *key)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (document_rows); i++)
    {
      const char *row_key = document_rows[i].key;

      if ((key != NULL && !g_str_equal (row_key, key)) || document_rows[i].line > 0)
        continue;
      g_ptr_array_add (keys, (gpointer) row_key);
      g_ptr_array_add (values, dup_row_value (self, row_key));
    }
  g_ptr_array_add (keys, NULL);
  g_ptr_array_add (values, NULL);

  if (!cohort_store_set_settings (self->store, (const char *const *) keys->pdata,
                                  (const char *const *) values->pdata, &error))
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
      return FALSE;
    }
  return TRUE;
}

static void
on_row_applied_cb (CohortPreferencesWindow *self,
                   AdwEntryRow             *row)
{
  for (guint i = 0; i < G_N_ELEMENTS (document_rows); i++)
    if (row_at (self, i) == row)
      {
        save_documents (self, document_rows[i].key);
        return;
      }
}

/* The settings whose rows show something else than the database has, for
 * the form guard: closing with such lines asks first. */
static char *
describe_unsaved (GtkWindow *window)
{
  CohortPreferencesWindow *self = COHORT_PREFERENCES_WINDOW (window);
  GString *unsaved = g_string_new (NULL);

  for (guint i = 0; self->store != NULL && i < G_N_ELEMENTS (document_rows); i++)
    {
      const char *key = document_rows[i].key;
      g_autofree char *shown = NULL;
      g_autofree char *stored = NULL;

      if (document_rows[i].line > 0)
        continue;
      shown = dup_row_value (self, key);
      stored = cohort_store_get_setting (self->store, key, NULL);
      if (g_strcmp0 (g_strstrip (shown), stored ? g_strstrip (stored) : "") != 0)
        g_string_append_printf (unsaved, "%s ", key);
    }
  return g_string_free (unsaved, FALSE);
}

static gboolean
save_unsaved (GtkWindow *window)
{
  return save_documents (COHORT_PREFERENCES_WINDOW (window), NULL);
}

static void
cohort_preferences_window_dispose (GObject *object)
{
  CohortPreferencesWindow *self = COHORT_PREFERENCES_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (object), COHORT_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_pointer (&self->current_path, g_free);

  G_OBJECT_CLASS (cohort_preferences_window_parent_class)->dispose (object);
}

static void
cohort_preferences_window_class_init (CohortPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cohort/Cohort/cohort-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortPreferencesWindow, database_row);
  gtk_widget_class_bind_template_child (widget_class, CohortPreferencesWindow, language_row);
  gtk_widget_class_bind_template_child (widget_class, CohortPreferencesWindow, documents_page);
  gtk_widget_class_bind_template_child (widget_class, CohortPreferencesWindow, header_group);
  gtk_widget_class_bind_template_child (widget_class, CohortPreferencesWindow, parent_agency_row);
  gtk_widget_class_bind_template_child (widget_class, CohortPreferencesWindow, agency_row);
  gtk_widget_class_bind_template_child (widget_class, CohortPreferencesWindow, place_row);
  gtk_widget_class_bind_template_child (widget_class, CohortPreferencesWindow, signer_title_row);
  gtk_widget_class_bind_template_child (widget_class, CohortPreferencesWindow, signer_title2_row);
  gtk_widget_class_bind_template_child (widget_class, CohortPreferencesWindow, signer_name_row);
  gtk_widget_class_bind_template_child (widget_class, CohortPreferencesWindow, preparer_title_row);
  gtk_widget_class_bind_template_child (widget_class, CohortPreferencesWindow, preparer_title2_row);
  gtk_widget_class_bind_template_child (widget_class, CohortPreferencesWindow, preparer_name_row);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_default_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_applied_cb);
}

static void
cohort_preferences_window_init (CohortPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (document_rows); i++)
    {
      AdwEntryRow *row = row_at (self, i);

      cohort_editable_set_limit (GTK_EDITABLE (row), cohort_store_get_setting_limit (document_rows[i].key),
                                 adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), NULL, NULL);
    }
}

/**
 * cohort_preferences_window_new:
 * @current_path: the database open now (from --db, the preference or the default)
 * @store: (nullable): the database open now, whose document settings the
 *   Documents page edits; %NULL when none could be opened
 */
CohortPreferencesWindow *
cohort_preferences_window_new (GSettings   *settings,
                               const char  *current_path,
                               CohortStore *store)
{
  CohortPreferencesWindow *self = g_object_new (COHORT_TYPE_PREFERENCES_WINDOW, NULL);

  self->settings = g_object_ref (settings);
  self->current_path = g_strdup (current_path);
  g_settings_bind_with_mapping (settings, "language", self->language_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, language_to_row, row_to_language,
                                NULL, NULL);
  show_path (self);

  if (store != NULL)
    {
      self->store = g_object_ref (store);
      load_documents (self);
      cohort_form_guard_init (GTK_WINDOW (self), describe_unsaved, save_unsaved,
                              _("Lines of the document header or signers were typed but not saved."));
    }
  else
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->documents_page), FALSE);
      adw_preferences_group_set_description (self->header_group,
                                             _("No database is open. Open one to set the header "
                                               "and signers of its documents."));
    }
  return self;
}
