/* cohort-host-editor.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-host-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cohort-choices.h"
#include "cohort-date.h"
#include "cohort-format.h"
#include "cohort-host-editor.h"

struct _CohortHostEditor
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkWidget           *save_button;
  AdwPreferencesGroup *main_group;
  GtkLabel            *error_label;
  AdwEntryRow         *name_row;
  AdwEntryRow         *short_row;
  AdwComboRow         *kind_row;
  AdwComboRow         *province_row;
  AdwEntryRow         *closed_row;
  GtkWidget           *remove_group;

  /* Owned references */
  CohortStore         *store;
  CohortHost          *host;          /* as read, or a new one */
  GArray              *kinds;         /* the CohortOrgKind at each position of kind_row */
  GArray              *provinces;     /* the province id at each position of province_row */
  char                *problem;

  /* Borrowed references */
  AdwMessageDialog    *question;
};

G_DEFINE_FINAL_TYPE (CohortHostEditor, cohort_host_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  REMOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Reads the form into a copy of the host; sets self->problem when a value
 * cannot be read. */
static CohortHost *
read_form (CohortHostEditor *self)
{
  CohortHost *host = cohort_host_copy (self->host);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_autofree char *short_name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->short_row))));
  g_autofree char *closed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->closed_row))));
  guint kind = adw_combo_row_get_selected (self->kind_row);

  g_clear_pointer (&self->problem, g_free);
  g_free (host->name);
  host->name = g_strdup (name);
  g_free (host->short_name);
  host->short_name = *short_name ? g_strdup (short_name) : NULL;
  if (kind < self->kinds->len)
    host->kind = g_array_index (self->kinds, CohortOrgKind, kind);
  host->province_id = cohort_choices_province (self->provinces, adw_combo_row_get_selected (self->province_row));
  g_clear_pointer (&host->closed_on, g_free);

  if (*name == '\0')
    self->problem = g_strdup (_("Enter the name of the host, e.g. Trung tâm Chính trị huyện Gio Linh."));
  else if (*closed != '\0')
    {
      host->closed_on = cohort_date_parse_display (closed);
      if (host->closed_on == NULL || strlen (host->closed_on) != 10)
        {
          g_clear_pointer (&host->closed_on, g_free);
          /* Translators: %s is what the user typed */
          self->problem = g_strdup_printf (_("“%s” is not a date. Write it as dd/mm/yyyy, e.g. 30/06/2025."), closed);
        }
    }
  return host;
}

static void
show_problem (CohortHostEditor *self)
{
  g_autoptr(CohortHost) host = read_form (self);
  /* An empty name on a new form is not an error yet: Save just waits for it. */
  gboolean quiet = self->host->id == 0 && *gtk_editable_get_text (GTK_EDITABLE (self->name_row)) == '\0';

  if (self->problem != NULL && host->closed_on == NULL &&
      *gtk_editable_get_text (GTK_EDITABLE (self->closed_row)) != '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self->closed_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->closed_row), "error");
  gtk_label_set_label (self->error_label, self->problem ? self->problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), self->problem != NULL && !quiet);
  gtk_widget_set_sensitive (self->save_button, self->problem == NULL);
}

static void
on_changed_cb (CohortHostEditor *self)
{
  if (self->store != NULL)
    show_problem (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  cohort_host_editor_save (COHORT_HOST_EDITOR (widget));
}

/* Closes the editor once the question, transient for it, has gone. */
static gboolean
close_later (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_remove_response_cb (CohortHostEditor *self,
                       const char       *response)
{
  g_autoptr(GError) error = NULL;

  self->question = NULL;
  if (g_strcmp0 (response, "remove") != 0)
    return;
  if (!cohort_store_delete_host (self->store, self->host->id, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  g_signal_emit (self, signals[REMOVED], 0, self->host->name);
  g_idle_add_full (G_PRIORITY_DEFAULT, close_later, g_object_ref (self), g_object_unref);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  cohort_host_editor_remove (COHORT_HOST_EDITOR (widget));
}

static void
fill_form (CohortHostEditor *self,
           GPtrArray        *provinces)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GListModel) province_names = NULL;
  g_autofree char *closed = cohort_date_format (self->host->closed_on);
  static const CohortOrgKind offered[] = {
    COHORT_ORG_KIND_SCHOOL, COHORT_ORG_KIND_DISTRICT_CENTRE, COHORT_ORG_KIND_OTHER,
  };
  guint selected = 0;

  self->kinds = g_array_new (FALSE, FALSE, sizeof (CohortOrgKind));
  for (guint i = 0; i < G_N_ELEMENTS (offered); i++)
    g_array_append_val (self->kinds, offered[i]);
  /* A partner school is one only as Cohort's data has it */
  if (self->host->kind == COHORT_ORG_KIND_PARTNER_SCHOOL)
    {
      CohortOrgKind partner = COHORT_ORG_KIND_PARTNER_SCHOOL;

      g_array_append_val (self->kinds, partner);
    }
  for (guint i = 0; i < self->kinds->len; i++)
    {
      gtk_string_list_append (kinds, cohort_format_org_kind (g_array_index (self->kinds, CohortOrgKind, i)));
      if (g_array_index (self->kinds, CohortOrgKind, i) == self->host->kind)
        selected = i;
    }
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (self->kind_row, selected);

  self->provinces = cohort_choices_fill_provinces (&province_names, provinces, FALSE, C_("province", "None"),
                                                   self->host->province_id, &selected);
  adw_combo_row_set_model (self->province_row, province_names);
  adw_combo_row_set_selected (self->province_row, selected);

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), self->host->name ? self->host->name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->short_row), self->host->short_name ? self->host->short_name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->closed_row), closed);

  if (self->host->id > 0)
    {
      g_autofree char *description = NULL;

      if (self->host->n_classes > 0)
        description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "It has held %lld class.",
                                                    "It has held %lld classes.", self->host->n_classes),
                                       (long long) self->host->n_classes);
      else
        description = g_strdup (_("It has held no class yet."));
      adw_preferences_group_set_description (self->main_group, description);
    }
  gtk_widget_set_visible (self->remove_group, cohort_host_editor_can_remove (self));
}

static void
cohort_host_editor_dispose (GObject *object)
{
  CohortHostEditor *self = COHORT_HOST_EDITOR (object);

  if (self->question != NULL)
    gtk_window_destroy (GTK_WINDOW (self->question));
  gtk_widget_dispose_template (GTK_WIDGET (object), COHORT_TYPE_HOST_EDITOR);
  g_clear_object (&self->store);
  g_clear_pointer (&self->host, cohort_host_free);
  g_clear_pointer (&self->kinds, g_array_unref);
  g_clear_pointer (&self->provinces, g_array_unref);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (cohort_host_editor_parent_class)->dispose (object);
}

static void
cohort_host_editor_class_init (CohortHostEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_host_editor_dispose;

  /**
   * CohortHostEditor::saved:
   * @id: the host as written
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * CohortHostEditor::removed:
   * @name: the name of the host removed
   */
  signals[REMOVED] = g_signal_new ("removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cohort/Cohort/cohort-host-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortHostEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, CohortHostEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, CohortHostEditor, main_group);
  gtk_widget_class_bind_template_child (widget_class, CohortHostEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, CohortHostEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, CohortHostEditor, short_row);
  gtk_widget_class_bind_template_child (widget_class, CohortHostEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CohortHostEditor, province_row);
  gtk_widget_class_bind_template_child (widget_class, CohortHostEditor, closed_row);
  gtk_widget_class_bind_template_child (widget_class, CohortHostEditor, remove_group);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);

  gtk_widget_class_install_action (widget_class, "host.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "host.remove", NULL, remove_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "host.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cohort_host_editor_init (CohortHostEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * cohort_host_editor_new:
 * @host: (nullable): the host to change, or %NULL for a new one
 * @kind: the kind of a new host
 * @province_id: the province of a new host, or 0
 */
CohortHostEditor *
cohort_host_editor_new (GtkWindow        *parent,
                        CohortStore      *store,
                        const CohortHost *host,
                        CohortOrgKind     kind,
                        gint64            province_id)
{
  CohortHostEditor *self;
  g_autoptr(GPtrArray) provinces = NULL;

  g_return_val_if_fail (COHORT_IS_STORE (store), NULL);

  self = g_object_new (COHORT_TYPE_HOST_EDITOR, "transient-for", parent, NULL);
  if (host != NULL)
    {
      self->host = cohort_host_copy (host);
      gtk_window_set_title (GTK_WINDOW (self), self->host->kind == COHORT_ORG_KIND_SCHOOL ? _("Edit School")
                                                                                            : _("Edit Host"));
    }
  else
    {
      self->host = cohort_host_new (NULL, kind);
      self->host->province_id = province_id;
      gtk_window_set_title (GTK_WINDOW (self), _("New Host"));
    }
  adw_window_title_set_title (self->window_title, gtk_window_get_title (GTK_WINDOW (self)));
  provinces = cohort_store_list_provinces (store, NULL);
  fill_form (self, provinces);
  self->store = g_object_ref (store);
  show_problem (self);
  return self;
}

/**
 * cohort_host_editor_save:
 *
 * Writes the host if the form is valid and the store accepts it, emits
 * ::saved and closes; otherwise says why.
 *
 * Returns: %TRUE if the host was written
 */
gboolean
cohort_host_editor_save (CohortHostEditor *self)
{
  g_autoptr(CohortHost) host = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (COHORT_IS_HOST_EDITOR (self), FALSE);

  show_problem (self);
  if (self->problem != NULL)
    return FALSE;
  host = read_form (self);
  if (!cohort_store_save_host (self->store, host, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return FALSE;
    }
  g_signal_emit (self, signals[SAVED], 0, host->id);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

gboolean
cohort_host_editor_can_save (CohortHostEditor *self)
{
  g_return_val_if_fail (COHORT_IS_HOST_EDITOR (self), FALSE);
  return gtk_widget_get_sensitive (self->save_button);
}

/**
 * cohort_host_editor_get_error:
 *
 * Returns: (nullable): what the form shows is wrong now
 */
const char *
cohort_host_editor_get_error (CohortHostEditor *self)
{
  g_return_val_if_fail (COHORT_IS_HOST_EDITOR (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_label (self->error_label) : NULL;
}

/**
 * cohort_host_editor_set_text:
 * @key: "name", "short" or "closed" (dd/mm/yyyy)
 *
 * Fills a field as typing would.
 */
void
cohort_host_editor_set_text (CohortHostEditor *self,
                             const char       *key,
                             const char       *text)
{
  g_return_if_fail (COHORT_IS_HOST_EDITOR (self));

  if (g_str_equal (key, "name"))
    gtk_editable_set_text (GTK_EDITABLE (self->name_row), text);
  else if (g_str_equal (key, "short"))
    gtk_editable_set_text (GTK_EDITABLE (self->short_row), text);
  else if (g_str_equal (key, "closed"))
    gtk_editable_set_text (GTK_EDITABLE (self->closed_row), text);
  else
    g_return_if_reached ();
}

void
cohort_host_editor_set_kind (CohortHostEditor *self,
                             CohortOrgKind     kind)
{
  g_return_if_fail (COHORT_IS_HOST_EDITOR (self));

  for (guint i = 0; i < self->kinds->len; i++)
    if (g_array_index (self->kinds, CohortOrgKind, i) == kind)
      adw_combo_row_set_selected (self->kind_row, i);
}

void
cohort_host_editor_set_province (CohortHostEditor *self,
                                 gint64            province_id)
{
  g_return_if_fail (COHORT_IS_HOST_EDITOR (self));

  for (guint i = 0; i < self->provinces->len; i++)
    if (g_array_index (self->provinces, gint64, i) == province_id)
      adw_combo_row_set_selected (self->province_row, i);
}

/**
 * cohort_host_editor_can_remove:
 *
 * Returns: %TRUE for a host entered by mistake: written, not the school,
 *   and with no class
 */
gboolean
cohort_host_editor_can_remove (CohortHostEditor *self)
{
  g_return_val_if_fail (COHORT_IS_HOST_EDITOR (self), FALSE);
  return self->host->id > 0 && self->host->kind != COHORT_ORG_KIND_SCHOOL && self->host->n_classes == 0;
}

/**
 * cohort_host_editor_remove:
 *
 * Asks whether to remove the host; answered "remove", it is removed,
 * ::removed is emitted and the editor closes.
 *
 * Returns: (transfer none) (nullable): the question, or %NULL when the host
 *   cannot be removed
 */
AdwMessageDialog *
cohort_host_editor_remove (CohortHostEditor *self)
{
  g_return_val_if_fail (COHORT_IS_HOST_EDITOR (self), NULL);

  if (!cohort_host_editor_can_remove (self) || self->question != NULL)
    return self->question;
  self->question = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL));
  /* Translators: %s is the name of a centre or another host */
  adw_message_dialog_format_heading (self->question, _("Remove “%s”?"), self->host->name);
  adw_message_dialog_set_body (self->question,
                               _("It has held no class. If it closed, keep it and enter its closing date "
                                 "instead."));
  adw_message_dialog_add_responses (self->question, "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (self->question, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (self->question, "cancel");
  adw_message_dialog_set_close_response (self->question, "cancel");
  g_signal_connect_object (self->question, "response", G_CALLBACK (on_remove_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self->question));
  return self->question;
}
