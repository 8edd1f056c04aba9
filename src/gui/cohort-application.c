/* cohort-application.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-application"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-about-window.h"
#include "cohort-application.h"
#include "cohort-help.h"
#include "cohort-preferences-window.h"
#include "cohort-store.h"
#include "cohort-window.h"

struct _CohortApplication
{
  AdwApplication  parent_instance;

  /* Owned references */
  GSettings      *settings;
  char           *db_path;   /* from --db; overrides $COHORT_DB and the preference */
};

G_DEFINE_FINAL_TYPE (CohortApplication, cohort_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

/* --db, then $COHORT_DB, then the preference, then the default file. */
static char *
dup_database_path (CohortApplication *self)
{
  g_autofree char *pref = NULL;
  const char *env = g_getenv ("COHORT_DB");

  if (self->db_path != NULL)
    return g_strdup (self->db_path);
  if (env != NULL && *env != '\0')
    return g_strdup (env);
  pref = g_settings_get_string (self->settings, "database-path");
  if (pref != NULL && *pref != '\0')
    return g_steal_pointer (&pref);
  return cohort_store_default_path ();
}

/* Actions */

static void
cohort_application_about (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  CohortApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  CohortAboutWindow *about = cohort_about_window_new ();

  gtk_window_set_transient_for (GTK_WINDOW (about), window);
  gtk_window_present (GTK_WINDOW (about));
}

/* F1 and Main Menu → Help: the user guide, in the language of the windows. */
static void
cohort_application_help (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  CohortApplication *self = user_data;

  cohort_help_show (gtk_application_get_active_window (GTK_APPLICATION (self)),
                    parameter != NULL ? g_variant_get_string (parameter, NULL) : NULL);
}

static void
cohort_application_preferences (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  CohortApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *path = dup_database_path (self);
  CohortStore *store = NULL;
  CohortPreferencesWindow *prefs;

  /* The store of the main window (the active one may be a dialog). */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (COHORT_IS_WINDOW (l->data))
      {
        store = cohort_window_get_store (l->data);
        break;
      }
  prefs = cohort_preferences_window_new (self->settings, path, store);
  gtk_window_set_transient_for (GTK_WINDOW (prefs), window);
  gtk_window_present (GTK_WINDOW (prefs));
}

static void
cohort_application_quit (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", cohort_application_about },
  { "help", cohort_application_help },
  { "help-page", cohort_application_help, "s" },
  { "preferences", cohort_application_preferences },
  { "quit", cohort_application_quit },
};

/* GApplication overrides */

static int
cohort_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  CohortApplication *self = COHORT_APPLICATION (app);
  const char *db = NULL;

  if (g_variant_dict_lookup (options, "db", "^&ay", &db))
    self->db_path = g_strdup (db);
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", _("Cohort"), PACKAGE_VERSION);
      return 0;
    }
  return -1;
}

static void
cohort_application_activate (GApplication *app)
{
  CohortApplication *self = COHORT_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      g_autofree char *path = dup_database_path (self);
      g_autoptr(GError) error = NULL;
      g_autoptr(CohortStore) store = cohort_store_open (path, &error);

      window = GTK_WINDOW (cohort_window_new (self, store, self->settings));
      if (store == NULL)
        cohort_window_show_error (COHORT_WINDOW (window), error->message);
    }

  gtk_window_present (window);
}

static void
cohort_application_startup (GApplication *app)
{
  CohortApplication *self = COHORT_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *prefs_accels[] = { "<Control>comma", NULL };
  static const char *help_accels[] = { "F1", NULL };

  G_APPLICATION_CLASS (cohort_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", prefs_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.help", help_accels);
}

/* GObject overrides */

static void
cohort_application_finalize (GObject *object)
{
  CohortApplication *self = (CohortApplication *) object;

  g_clear_object (&self->settings);
  g_free (self->db_path);

  G_OBJECT_CLASS (cohort_application_parent_class)->finalize (object);
}

static void
cohort_application_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CohortApplication *self = COHORT_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cohort_application_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CohortApplication *self = COHORT_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cohort_application_class_init (CohortApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = cohort_application_finalize;
  object_class->get_property = cohort_application_get_property;
  object_class->set_property = cohort_application_set_property;

  app_class->activate = cohort_application_activate;
  app_class->startup = cohort_application_startup;
  app_class->handle_local_options = cohort_application_handle_local_options;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cohort_application_init (CohortApplication *self)
{
  static const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Open this database file"), N_("PATH") },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}

CohortApplication *
cohort_application_new (GSettings *settings)
{
  return g_object_new (COHORT_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/io/github/cohort/Cohort",
                       "settings", settings,
                       NULL);
}

GSettings *
cohort_application_get_settings (CohortApplication *self)
{
  g_return_val_if_fail (COHORT_IS_APPLICATION (self), NULL);
  return self->settings;
}
