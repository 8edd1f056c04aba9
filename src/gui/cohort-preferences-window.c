/* cohort-preferences-window.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-preferences-window.h"
#include "cohort-store.h"

struct _CohortPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwActionRow         *database_row;
  AdwComboRow          *language_row;

  /* Owned references */
  GSettings            *settings;
  char                 *current_path;
  GtkFileChooserNative *chooser;
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

static void
cohort_preferences_window_dispose (GObject *object)
{
  CohortPreferencesWindow *self = COHORT_PREFERENCES_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (object), COHORT_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
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
  gtk_widget_class_bind_template_callback (widget_class, on_choose_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_default_activated_cb);
}

static void
cohort_preferences_window_init (CohortPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * cohort_preferences_window_new:
 * @current_path: the database open now (from --db, the preference or the default)
 */
CohortPreferencesWindow *
cohort_preferences_window_new (GSettings  *settings,
                               const char *current_path)
{
  CohortPreferencesWindow *self = g_object_new (COHORT_TYPE_PREFERENCES_WINDOW, NULL);

  self->settings = g_object_ref (settings);
  self->current_path = g_strdup (current_path);
  g_settings_bind_with_mapping (settings, "language", self->language_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, language_to_row, row_to_language,
                                NULL, NULL);
  show_path (self);
  return self;
}
