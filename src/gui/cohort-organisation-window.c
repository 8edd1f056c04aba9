/* cohort-organisation-window.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-organisation-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-date.h"
#include "cohort-format.h"
#include "cohort-organisation-window.h"
#include "cohort-widgets.h"

struct _CohortOrganisationWindow
{
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkListBox      *school_list;
  GtkListBox      *open_list;
  GtkListBox      *closed_list;
  GtkWidget       *closed_group;

  /* Owned references */
  CohortStore     *store;
  GPtrArray       *hosts;      /* CohortHost, as listed */
};

G_DEFINE_FINAL_TYPE (CohortOrganisationWindow, cohort_organisation_window, ADW_TYPE_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static GtkListBox *
list_of (CohortOrganisationWindow *self,
         CohortHostGroup           group)
{
  switch (group)
    {
    case COHORT_HOST_GROUP_SCHOOL:
      return self->school_list;
    case COHORT_HOST_GROUP_CLOSED:
      return self->closed_list;
    case COHORT_HOST_GROUP_OPEN:
    default:
      return self->open_list;
    }
}

/* "District political centre · Quảng Bình (now part of Quảng Trị) · 12 classes · closed on 30/06/2025" */
static char *
describe (const CohortHost *host)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *province = cohort_format_province (host->province, host->province_now);

  if (host->kind != COHORT_ORG_KIND_SCHOOL)
    g_ptr_array_add (parts, g_strdup (cohort_format_org_kind (host->kind)));
  if (host->short_name != NULL)
    g_ptr_array_add (parts, g_strdup (host->short_name));
  if (*province != '\0')
    g_ptr_array_add (parts, g_steal_pointer (&province));
  if (host->n_classes > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lld class", "%lld classes",
                                                          host->n_classes),
                                             (long long) host->n_classes));
  else
    g_ptr_array_add (parts, g_strdup (_("no class yet")));
  if (host->closed_on != NULL)
    {
      g_autofree char *date = cohort_date_format (host->closed_on);

      /* Translators: %s is a date, dd/mm/yyyy */
      g_ptr_array_add (parts, g_strdup_printf (cohort_host_is_open (host, NULL) ? _("closes on %s")
                                                                                : _("closed on %s"), date));
    }
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static GtkWidget *
make_row (const CohortHost *host)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = describe (host);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), host->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "host-id", GINT_TO_POINTER ((int) host->id));
  return row;
}

static GtkWidget *
placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* Not dismissing the toast before: libadwaita 1.2 crashes when a toast is
 * dismissed during the animation that shows it. */
static void
show_toast (CohortOrganisationWindow *self,
            const char               *message)
{
  cohort_show_toast (GTK_WIDGET (self->toast_overlay), message, FALSE);
}

static const CohortHost *
find_host (CohortOrganisationWindow *self,
           gint64                    id)
{
  for (guint i = 0; self->hosts != NULL && i < self->hosts->len; i++)
    if (((CohortHost *) g_ptr_array_index (self->hosts, i))->id == id)
      return g_ptr_array_index (self->hosts, i);
  return NULL;
}

/* Signal callbacks */

static void
on_host_saved_cb (CohortHostEditor         *editor,
                  gint64                    id,
                  CohortOrganisationWindow *self)
{
  const CohortHost *host;
  g_autofree char *message = NULL;

  cohort_organisation_window_reload (self);
  host = find_host (self, id);
  /* Translators: %s is the name of a centre or another host */
  message = g_strdup_printf (_("“%s” saved"), host ? host->name : "");
  show_toast (self, message);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_host_removed_cb (CohortHostEditor         *editor,
                    const char               *name,
                    CohortOrganisationWindow *self)
{
  g_autofree char *message = NULL;

  cohort_organisation_window_reload (self);
  /* Translators: %s is the name of a centre or another host */
  message = g_strdup_printf (_("“%s” removed"), name);
  show_toast (self, message);
  g_signal_emit (self, signals[CHANGED], 0);
}

static CohortHostEditor *
present_editor (CohortOrganisationWindow *self,
                const CohortHost         *host,
                CohortOrgKind             kind)
{
  g_autoptr(CohortHost) school = cohort_store_get_school (self->store, NULL);
  CohortHostEditor *editor;

  /* A new host is, most often, a centre in the school's province */
  editor = cohort_host_editor_new (GTK_WINDOW (self), self->store, host, kind, school ? school->province_id : 0);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_host_saved_cb), self, 0);
  g_signal_connect_object (editor, "removed", G_CALLBACK (on_host_removed_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
  return editor;
}

static void
on_row_activated_cb (CohortOrganisationWindow *self,
                     GtkListBoxRow            *row)
{
  gint64 id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "host-id"));

  if (id > 0)
    cohort_organisation_window_edit_host (self, id);
  else
    present_editor (self, NULL, COHORT_ORG_KIND_SCHOOL);
}

static void
add_host_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  cohort_organisation_window_add_host (COHORT_ORGANISATION_WINDOW (widget));
}

/* GObject overrides */

static void
cohort_organisation_window_dispose (GObject *object)
{
  CohortOrganisationWindow *self = COHORT_ORGANISATION_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), COHORT_TYPE_ORGANISATION_WINDOW);
  g_clear_object (&self->store);
  g_clear_pointer (&self->hosts, g_ptr_array_unref);

  G_OBJECT_CLASS (cohort_organisation_window_parent_class)->dispose (object);
}

static void
cohort_organisation_window_class_init (CohortOrganisationWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_organisation_window_dispose;

  /**
   * CohortOrganisationWindow::changed:
   *
   * A host was added, changed or removed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cohort/Cohort/cohort-organisation-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortOrganisationWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CohortOrganisationWindow, school_list);
  gtk_widget_class_bind_template_child (widget_class, CohortOrganisationWindow, open_list);
  gtk_widget_class_bind_template_child (widget_class, CohortOrganisationWindow, closed_list);
  gtk_widget_class_bind_template_child (widget_class, CohortOrganisationWindow, closed_group);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "org.add-host", NULL, add_host_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "org.add-host", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cohort_organisation_window_init (CohortOrganisationWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

CohortOrganisationWindow *
cohort_organisation_window_new (GtkWindow   *parent,
                                CohortStore *store)
{
  CohortOrganisationWindow *self;

  g_return_val_if_fail (COHORT_IS_STORE (store), NULL);

  self = g_object_new (COHORT_TYPE_ORGANISATION_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  cohort_organisation_window_reload (self);
  return self;
}

/**
 * cohort_organisation_window_reload:
 *
 * Reads the hosts again: the school, those open today, those closed.
 */
void
cohort_organisation_window_reload (CohortOrganisationWindow *self)
{
  g_autoptr(GError) error = NULL;
  gboolean school = FALSE;

  g_return_if_fail (COHORT_IS_ORGANISATION_WINDOW (self));

  cohort_list_box_remove_all (self->school_list);
  cohort_list_box_remove_all (self->open_list);
  cohort_list_box_remove_all (self->closed_list);
  /* (removing every child removed the placeholder too) */
  gtk_list_box_set_placeholder (self->open_list,
                                placeholder (_("None yet: the school holds all its classes. Add a district "
                                               "political centre or another host with Add Host…")));
  g_clear_pointer (&self->hosts, g_ptr_array_unref);
  self->hosts = cohort_store_list_hosts (self->store, &error);
  if (self->hosts == NULL)
    {
      show_toast (self, error->message);
      return;
    }

  for (guint i = 0; i < self->hosts->len; i++)
    {
      const CohortHost *host = g_ptr_array_index (self->hosts, i);
      CohortHostGroup group;

      if (!cohort_host_is_open (host, NULL))
        group = COHORT_HOST_GROUP_CLOSED;
      else if (host->kind == COHORT_ORG_KIND_SCHOOL)
        group = COHORT_HOST_GROUP_SCHOOL;
      else
        group = COHORT_HOST_GROUP_OPEN;
      school |= group == COHORT_HOST_GROUP_SCHOOL;
      gtk_list_box_append (list_of (self, group), make_row (host));
    }

  /* No open school: a row that adds one */
  if (!school)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No open school"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Add the school that runs the classes now"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("list-add-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_list_box_append (self->school_list, row);
    }
  gtk_widget_set_visible (self->closed_group,
                          gtk_list_box_get_row_at_index (self->closed_list, 0) != NULL);
}

/**
 * cohort_organisation_window_add_host:
 *
 * Returns: (transfer none): the editor of a new host, a district political
 *   centre in the school's province unless the user says otherwise
 */
CohortHostEditor *
cohort_organisation_window_add_host (CohortOrganisationWindow *self)
{
  g_return_val_if_fail (COHORT_IS_ORGANISATION_WINDOW (self), NULL);
  return present_editor (self, NULL, COHORT_ORG_KIND_DISTRICT_CENTRE);
}

/**
 * cohort_organisation_window_edit_host:
 *
 * Returns: (transfer none) (nullable): the editor of the host, or %NULL if
 *   the window does not list it
 */
CohortHostEditor *
cohort_organisation_window_edit_host (CohortOrganisationWindow *self,
                                      gint64                    id)
{
  const CohortHost *host;

  g_return_val_if_fail (COHORT_IS_ORGANISATION_WINDOW (self), NULL);

  host = find_host (self, id);
  if (host == NULL)
    return NULL;
  return present_editor (self, host, host->kind);
}

guint
cohort_organisation_window_get_n_rows (CohortOrganisationWindow *self,
                                       CohortHostGroup           group)
{
  guint n = 0;

  g_return_val_if_fail (COHORT_IS_ORGANISATION_WINDOW (self), 0);

  while (gtk_list_box_get_row_at_index (list_of (self, group), (int) n) != NULL)
    n++;
  return n;
}

/**
 * cohort_organisation_window_dup_row:
 * @subtitle: (out) (optional) (transfer full): what the row says under the name
 *
 * Returns: (transfer full) (nullable): the title of a row
 */
char *
cohort_organisation_window_dup_row (CohortOrganisationWindow  *self,
                                    CohortHostGroup            group,
                                    guint                      index,
                                    char                     **subtitle)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (COHORT_IS_ORGANISATION_WINDOW (self), NULL);

  row = gtk_list_box_get_row_at_index (list_of (self, group), (int) index);
  if (row == NULL || !ADW_IS_ACTION_ROW (row))
    return NULL;
  if (subtitle != NULL)
    *subtitle = g_strdup (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
  return g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
}
