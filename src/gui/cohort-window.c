/* cohort-window.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-classes-page.h"
#include "cohort-dashboard-page.h"
#include "cohort-lao-page.h"
#include "cohort-page.h"
#include "cohort-reports-page.h"
#include "cohort-students-page.h"
#include "cohort-widgets.h"


#include "cohort-window-private.h"

G_DEFINE_FINAL_TYPE (CohortWindow, cohort_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const page_names[] = { "dashboard", "classes", "students", "lao", "reports" };

/* Helpers */

static void
select_sidebar_row (CohortWindow *self,
                    const char   *name)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (GTK_IS_LIST_BOX_ROW (row) && g_strcmp0 (gtk_widget_get_name (row), name) == 0)
        {
          gtk_list_box_select_row (self->sidebar, GTK_LIST_BOX_ROW (row));
          return;
        }
    }
}

void
_cohort_window_show_page (CohortWindow *self,
                          const char   *name)
{
  if (gtk_stack_get_child_by_name (self->page_stack, name) == NULL)
    return;
  gtk_stack_set_visible_child_name (self->page_stack, name);
  select_sidebar_row (self, name);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* GTK ships no Lao translation, so the title of its shortcuts window would
 * read "Shortcuts" in a Lao Cohort: put Cohort's own translated label there. */
static void
relabel_stock_title (GtkWidget *widget)
{
  const char *stock = g_dgettext ("gtk40", "Shortcuts");

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), stock) == 0)
        gtk_label_set_label (GTK_LABEL (child), _("Keyboard Shortcuts"));
      else
        relabel_stock_title (child);
    }
}

static void
on_application_changed_cb (CohortWindow *self)
{
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));

  if (overlay != NULL && gtk_window_get_titlebar (GTK_WINDOW (overlay)) != NULL)
    relabel_stock_title (gtk_window_get_titlebar (GTK_WINDOW (overlay)));
}

/* The school's own data are set up before anything else: the windows that
 * change them are for later. */
static void
enable_organisation (CohortWindow *self,
                     gboolean      enabled)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.organisation", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.programs", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-plan", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-plan-for", enabled);
}

/* Chooses between the setup of a new database (resumed at the first step
 * not done), the "ready" page of an empty database and the content. */
void
_cohort_window_update_main_view (CohortWindow *self)
{
  CohortStoreCounts counts = { 0 };
  g_autoptr(GError) error = NULL;
  CohortSetupStep step;

  if (self->store == NULL)
    return;

  step = cohort_store_get_setup_step (self->store, &error);
  if (error == NULL)
    cohort_store_get_counts (self->store, &counts, &error);
  if (error != NULL)
    {
      cohort_window_show_error (self, error->message);
      return;
    }

  enable_organisation (self, step == COHORT_SETUP_N_STEPS);
  if (step < COHORT_SETUP_N_STEPS)
    {
      if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "setup") != 0)
        cohort_setup_assistant_resume (self->setup_assistant);
      gtk_stack_set_visible_child_name (self->main_stack, "setup");
    }
  else if (counts.people == 0 && counts.classes == 0)
    gtk_stack_set_visible_child_name (self->main_stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->main_stack, "content");
}

/* A toast of the window, over the view shown: a roster's toasts go above
 * its action bar. */
void
_cohort_window_show_toast (CohortWindow *self,
                           const char   *message)
{
  CohortClassesPage *classes = COHORT_CLASSES_PAGE (cohort_window_get_page (self, "classes"));
  GtkWidget *target = GTK_WIDGET (self->toast_overlay);

  if (g_strcmp0 (cohort_window_get_visible_page (self), "classes") == 0 &&
      g_strcmp0 (cohort_classes_page_get_visible_view (classes), "roster") == 0)
    target = GTK_WIDGET (cohort_classes_page_get_roster_view (classes));
  cohort_show_toast (target, message, FALSE);
}

/* Signal callbacks */

static void
on_sidebar_row_activated_cb (CohortWindow  *self,
                             GtkListBoxRow *row)
{
  _cohort_window_show_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
on_back_clicked_cb (CohortWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
on_visible_page_changed_cb (CohortWindow *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->page_stack);
  GtkStackPage *page;

  if (child == NULL)
    return;
  page = gtk_stack_get_page (self->page_stack, child);
  adw_window_title_set_title (self->page_title, gtk_stack_page_get_title (page));
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-page", gtk_stack_page_get_name (page));
}

static void
on_setup_finished_cb (CohortWindow *self)
{
  cohort_window_reload (self);
  /* people imported without a class: the Students page lists them */
  if (g_strcmp0 (cohort_window_get_visible_view (self), "content") == 0)
    _cohort_window_show_page (self, "students");
}

static void
on_setup_class_created_cb (CohortWindow *self,
                           CohortClass  *klass)
{
  _cohort_window_open_new_class (self, klass);
}

/* Enter on a roster row opens the person in the Students page; Back
 * returns to the roster, its selection and scroll as they were. */
static void
on_roster_person_activated_cb (CohortWindow *self,
                               gint64        person_id)
{
  CohortClassesPage *classes = COHORT_CLASSES_PAGE (cohort_window_get_page (self, "classes"));
  CohortClass *klass = cohort_roster_view_get_class (cohort_classes_page_get_roster_view (classes));
  g_autofree char *tooltip = NULL;

  /* Translators: the tooltip of Back on a person opened from a roster: "Back to the Roster of B43" */
  tooltip = g_strdup_printf (_("Back to the Roster of %s"),
                             klass ? cohort_class_get_text (klass, COHORT_CLASS_CODE) : "");
  _cohort_window_show_page (self, "students");
  cohort_students_page_open_person_from (COHORT_STUDENTS_PAGE (cohort_window_get_page (self, "students")),
                                         person_id, "classes", tooltip);
}

static void
on_students_go_back_cb (CohortWindow *self,
                        const char   *page)
{
  CohortClassesPage *classes = COHORT_CLASSES_PAGE (cohort_window_get_page (self, "classes"));
  CohortRosterView *roster = cohort_classes_page_get_roster_view (classes);

  _cohort_window_show_page (self, page);
  if (g_str_equal (page, "classes") && g_strcmp0 (cohort_classes_page_get_visible_view (classes), "roster") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (cohort_roster_view_get_column_view (roster)));
}

/* GObject overrides */

static void
cohort_window_constructed (GObject *object)
{
  CohortWindow *self = COHORT_WINDOW (object);
  g_autofree char *last = NULL;

  G_OBJECT_CLASS (cohort_window_parent_class)->constructed (object);

  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
      last = g_settings_get_string (self->settings, "last-page");
    }

  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    cohort_page_set_store (COHORT_PAGE (cohort_window_get_page (self, page_names[i])), self->store);
  cohort_setup_assistant_set_store (self->setup_assistant, self->store);

  _cohort_window_show_page (self, last && *last ? last : "dashboard");
  on_visible_page_changed_cb (self);
  _cohort_window_update_main_view (self);
}

static void
cohort_window_dispose (GObject *object)
{
  CohortWindow *self = COHORT_WINDOW (object);

  if (self->demo_question != NULL)
    gtk_window_destroy (GTK_WINDOW (self->demo_question));
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), COHORT_TYPE_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cohort_window_parent_class)->dispose (object);
}

static void
cohort_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CohortWindow *self = COHORT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cohort_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CohortWindow *self = COHORT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cohort_window_class_init (CohortWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cohort_window_constructed;
  object_class->dispose = cohort_window_dispose;
  object_class->get_property = cohort_window_get_property;
  object_class->set_property = cohort_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, COHORT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (COHORT_TYPE_DASHBOARD_PAGE);
  g_type_ensure (COHORT_TYPE_CLASSES_PAGE);
  g_type_ensure (COHORT_TYPE_STUDENTS_PAGE);
  g_type_ensure (COHORT_TYPE_LAO_PAGE);
  g_type_ensure (COHORT_TYPE_REPORTS_PAGE);
  g_type_ensure (COHORT_TYPE_SETUP_ASSISTANT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cohort/Cohort/cohort-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CohortWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CohortWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CohortWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, CohortWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, CohortWindow, page_title);
  gtk_widget_class_bind_template_child (widget_class, CohortWindow, page_stack);
  gtk_widget_class_bind_template_child (widget_class, CohortWindow, error_status);
  gtk_widget_class_bind_template_child (widget_class, CohortWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, CohortWindow, setup_assistant);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_setup_finished_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_setup_class_created_cb);

  _cohort_window_class_actions_init (widget_class);

  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-page", "s", page_names[i]);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import", NULL);
}

static void
cohort_window_init (CohortWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (cohort_classes_page_get_roster_view (
                             COHORT_CLASSES_PAGE (cohort_window_get_page (self, "classes"))),
                           "person-activated", G_CALLBACK (on_roster_person_activated_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (cohort_window_get_page (self, "students"), "go-back",
                           G_CALLBACK (on_students_go_back_cb), self, G_CONNECT_SWAPPED);
  self->cancellable = g_cancellable_new ();

  /* The application, and with it the help overlay, comes after construction. */
  g_signal_connect (self, "notify::application", G_CALLBACK (on_application_changed_cb), NULL);

  if (g_str_has_suffix (APP_ID, ".Devel"))
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

/* Public API */

CohortWindow *
cohort_window_new (CohortApplication *app,
                   CohortStore       *store,
                   GSettings         *settings)
{
  return g_object_new (COHORT_TYPE_WINDOW,
                       "application", app,
                       "store", store,
                       "settings", settings,
                       NULL);
}

/**
 * cohort_window_get_store:
 *
 * Returns: (transfer none) (nullable): the open database
 */
CohortStore *
cohort_window_get_store (CohortWindow *self)
{
  g_return_val_if_fail (COHORT_IS_WINDOW (self), NULL);
  return self->store;
}

/**
 * cohort_window_show_error:
 * @message: what went wrong and what to do, for the user
 *
 * Shows the page for a database that cannot be opened.
 */
void
cohort_window_show_error (CohortWindow *self,
                          const char   *message)
{
  g_return_if_fail (COHORT_IS_WINDOW (self));
  adw_status_page_set_description (self->error_status, message);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

/**
 * cohort_window_get_visible_view:
 *
 * Returns: "setup", "content", "empty", "loading" or "error"
 */
const char *
cohort_window_get_visible_view (CohortWindow *self)
{
  g_return_val_if_fail (COHORT_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->main_stack);
}

/**
 * cohort_window_get_visible_page:
 *
 * Returns: the name of the page shown: "dashboard", "classes", "students", "lao" or "reports"
 */
const char *
cohort_window_get_visible_page (CohortWindow *self)
{
  g_return_val_if_fail (COHORT_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->page_stack);
}

/**
 * cohort_window_get_page:
 *
 * Returns: (transfer none) (nullable): the page widget called @name
 */
GtkWidget *
cohort_window_get_page (CohortWindow *self,
                        const char   *name)
{
  g_return_val_if_fail (COHORT_IS_WINDOW (self), NULL);
  return gtk_stack_get_child_by_name (self->page_stack, name);
}

/**
 * cohort_window_reload:
 *
 * Reads every page again after the data changed.
 */
void
cohort_window_reload (CohortWindow *self)
{
  g_return_if_fail (COHORT_IS_WINDOW (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-demo", TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    cohort_page_reload (COHORT_PAGE (cohort_window_get_page (self, page_names[i])));
  _cohort_window_update_main_view (self);
}

/**
 * cohort_window_get_setup_assistant:
 *
 * Returns: (transfer none): the #CohortSetupAssistant of a new database
 */
GtkWidget *
cohort_window_get_setup_assistant (CohortWindow *self)
{
  g_return_val_if_fail (COHORT_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->setup_assistant);
}
