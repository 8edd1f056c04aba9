/* cohort-setup-assistant-pages.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pages of the setup that take what the office types: the school and its
 * letterhead, the hosts, the signers, the programs.
 */
#define G_LOG_DOMAIN "cohort-setup-assistant"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-choices.h"
#include "cohort-format.h"
#include "cohort-host-editor.h"
#include "cohort-program-editor.h"
#include "cohort-setup-assistant-private.h"
#include "cohort-widgets.h"

/* The host kinds offered on the hosts page, in the order of host_kind_row. */
static const CohortOrgKind host_kinds[] = { COHORT_ORG_KIND_DISTRICT_CENTRE, COHORT_ORG_KIND_OTHER };

static char *
dup_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static const CohortProvince *
find_province (CohortSetupAssistant *self,
               gint64                id)
{
  for (guint i = 0; self->provinces && i < self->provinces->len; i++)
    if (((CohortProvince *) g_ptr_array_index (self->provinces, i))->id == id)
      return g_ptr_array_index (self->provinces, i);
  return NULL;
}

static gint64
selected_province (CohortSetupAssistant *self)
{
  return cohort_choices_province (self->province_ids, adw_combo_row_get_selected (self->province_row));
}

/* The school page */

static void
fill_school (CohortSetupAssistant *self)
{
  g_autoptr(CohortHost) school = cohort_store_get_school (self->store, NULL);
  g_autofree char *parent = cohort_store_get_setting (self->store, COHORT_SETTING_PARENT_AGENCY, NULL);
  g_autofree char *place = cohort_store_get_setting (self->store, COHORT_SETTING_PLACE, NULL);
  g_autoptr(GListModel) names = NULL;
  guint selected;

  self->filling = TRUE;
  g_clear_pointer (&self->province_ids, g_array_unref);
  self->province_ids = cohort_choices_fill_provinces (&names, self->provinces, TRUE, _("Choose…"),
                                                      school ? school->province_id : 0, &selected);
  adw_combo_row_set_model (self->province_row, names);
  adw_combo_row_set_selected (self->province_row, selected);
  if (school != NULL)
    {
      self->school_id = school->id;
      set_text (self->school_name_row, school->name);
      set_text (self->school_short_row, school->short_name);
    }
  set_text (self->parent_agency_row, parent);
  set_text (self->place_row, place);
  /* What was saved is the user's: no suggestion replaces it */
  self->letterhead_typed = parent != NULL || place != NULL;
  self->filling = FALSE;
}

static void
on_school_changed_cb (CohortSetupAssistant *self)
{
  if (!self->filling)
    _cohort_setup_assistant_show_error (self, NULL);
}

static void
on_letterhead_changed_cb (CohortSetupAssistant *self)
{
  if (!self->filling)
    self->letterhead_typed = TRUE;
}

/* Suggests the letterhead of a school of the province chosen: "TỈNH ỦY
 * QUẢNG TRỊ" and "Quảng Trị", until the user writes them. */
static void
on_province_changed_cb (CohortSetupAssistant *self)
{
  const CohortProvince *p;
  g_autofree char *upper = NULL;
  g_autofree char *parent = NULL;
  const char *place;

  if (self->filling || self->letterhead_typed)
    return;
  p = find_province (self, selected_province (self));
  if (p == NULL)
    return;
  /* Thành phố Hồ Chí Minh keeps "Thành phố" in its name */
  place = g_str_equal (p->name, "Hồ Chí Minh") ? "Thành phố Hồ Chí Minh" : p->name;
  upper = g_utf8_strup (place, -1);
  parent = g_strdup_printf (p->city ? "THÀNH ỦY %s" : "TỈNH ỦY %s", upper);
  self->filling = TRUE;
  set_text (self->parent_agency_row, parent);
  set_text (self->place_row, place);
  self->filling = FALSE;
}

static gboolean
save_school (CohortSetupAssistant *self)
{
  g_autoptr(CohortHost) school = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = dup_text (self->school_name_row);
  g_autofree char *short_name = dup_text (self->school_short_row);
  g_autofree char *parent = dup_text (self->parent_agency_row);
  g_autofree char *place = dup_text (self->place_row);

  school = self->school_id > 0 ? cohort_store_get_host (self->store, self->school_id, NULL) : NULL;
  if (school == NULL)
    school = cohort_host_new (NULL, COHORT_ORG_KIND_SCHOOL);
  g_free (school->name);
  school->name = g_strdup (name);
  g_free (school->short_name);
  school->short_name = *short_name ? g_strdup (short_name) : NULL;
  school->province_id = selected_province (self);
  if (!cohort_store_save_school (self->store, school, parent, place, &error))
    {
      _cohort_setup_assistant_show_error (self, error->message);
      return FALSE;
    }
  self->school_id = school->id;
  return TRUE;
}

/* The hosts page */

static void
fill_hosts (CohortSetupAssistant *self)
{
  g_autoptr(GPtrArray) hosts = cohort_store_list_hosts (self->store, NULL);

  cohort_list_box_remove_all (self->hosts_list);
  gtk_list_box_set_placeholder (self->hosts_list, NULL);
  for (guint i = 0; hosts != NULL && i < hosts->len; i++)
    {
      CohortHost *host = g_ptr_array_index (hosts, i);
      GtkWidget *row;
      g_autofree char *province = NULL;
      g_autofree char *subtitle = NULL;

      if (host->kind == COHORT_ORG_KIND_SCHOOL)
        continue;
      province = cohort_format_province (host->province, host->province_now);
      subtitle = *province ? g_strdup_printf ("%s · %s", cohort_format_org_kind (host->kind), province)
                           : g_strdup (cohort_format_org_kind (host->kind));
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), host->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "host-id", GINT_TO_POINTER ((int) host->id));
      gtk_list_box_append (self->hosts_list, row);
    }
  if (gtk_list_box_get_row_at_index (self->hosts_list, 0) == NULL)
    {
      GtkWidget *label = gtk_label_new (_("None yet: the school holds all its classes."));

      gtk_widget_set_margin_top (label, 12);
      gtk_widget_set_margin_bottom (label, 12);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_list_box_set_placeholder (self->hosts_list, label);
    }
}

static void
on_host_name_changed_cb (CohortSetupAssistant *self)
{
  g_autofree char *name = dup_text (self->host_name_row);

  if (!self->filling)
    _cohort_setup_assistant_show_error (self, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "setup.add-host", *name != '\0');
}

static void
add_host (CohortSetupAssistant *self)
{
  g_autoptr(CohortHost) host = NULL;
  g_autoptr(CohortHost) school = cohort_store_get_school (self->store, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = dup_text (self->host_name_row);
  guint kind = adw_combo_row_get_selected (self->host_kind_row);

  if (*name == '\0')
    return;
  host = cohort_host_new (name, host_kinds[MIN (kind, G_N_ELEMENTS (host_kinds) - 1)]);
  /* in the province of the school; the host editor changes it */
  host->province_id = school ? school->province_id : 0;
  if (!cohort_store_save_host (self->store, host, &error))
    {
      _cohort_setup_assistant_show_error (self, error->message);
      return;
    }
  _cohort_setup_assistant_show_error (self, NULL);
  self->filling = TRUE;
  set_text (self->host_name_row, NULL);
  self->filling = FALSE;
  fill_hosts (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->host_name_row));
}

static void
on_host_name_activated_cb (CohortSetupAssistant *self)
{
  add_host (self);
}

static void
add_host_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  add_host (COHORT_SETUP_ASSISTANT (widget));
}

static void
on_host_edited_cb (CohortSetupAssistant *self)
{
  fill_hosts (self);
}

static void
on_host_activated_cb (CohortSetupAssistant *self,
                      GtkListBoxRow        *row)
{
  gint64 id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "host-id"));
  g_autoptr(CohortHost) host = cohort_store_get_host (self->store, id, NULL);
  CohortHostEditor *editor;

  if (host == NULL)
    return;
  editor = cohort_host_editor_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store, host,
                                   host->kind, 0);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_host_edited_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "removed", G_CALLBACK (on_host_edited_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

/* The signers page: each title in two rows, joined by a line break. */

static void
fill_title (CohortStore *store,
            const char  *key,
            AdwEntryRow *first,
            AdwEntryRow *second)
{
  g_autofree char *value = cohort_store_get_setting (store, key, NULL);
  g_auto(GStrv) lines = g_strsplit (value ? value : "", "\n", 2);

  set_text (first, lines[0]);
  set_text (second, lines[0] ? lines[1] : NULL);
}

static void
fill_signers (CohortSetupAssistant *self)
{
  g_autofree char *signer = cohort_store_get_setting (self->store, COHORT_SETTING_SIGNER_NAME, NULL);
  g_autofree char *preparer = cohort_store_get_setting (self->store, COHORT_SETTING_PREPARER_NAME, NULL);

  self->filling = TRUE;
  fill_title (self->store, COHORT_SETTING_SIGNER_TITLE, self->signer_title_row, self->signer_title2_row);
  fill_title (self->store, COHORT_SETTING_PREPARER_TITLE, self->preparer_title_row, self->preparer_title2_row);
  set_text (self->signer_name_row, signer);
  set_text (self->preparer_name_row, preparer);
  self->filling = FALSE;
}

static void
on_signers_changed_cb (CohortSetupAssistant *self)
{
  if (!self->filling)
    _cohort_setup_assistant_show_error (self, NULL);
}

static char *
join_title (AdwEntryRow *first,
            AdwEntryRow *second)
{
  g_autofree char *a = dup_text (first);
  g_autofree char *b = dup_text (second);

  if (*b == '\0')
    return g_steal_pointer (&a);
  return g_strdup_printf ("%s\n%s", a, b);
}

static gboolean
save_signers (CohortSetupAssistant *self)
{
  const char *keys[] = { COHORT_SETTING_SIGNER_TITLE, COHORT_SETTING_SIGNER_NAME, COHORT_SETTING_PREPARER_TITLE,
                         COHORT_SETTING_PREPARER_NAME, NULL };
  g_autofree char *signer_title = join_title (self->signer_title_row, self->signer_title2_row);
  g_autofree char *signer_name = dup_text (self->signer_name_row);
  g_autofree char *preparer_title = join_title (self->preparer_title_row, self->preparer_title2_row);
  g_autofree char *preparer_name = dup_text (self->preparer_name_row);
  const char *values[] = { signer_title, signer_name, preparer_title, preparer_name, NULL };
  g_autoptr(GError) error = NULL;

  if (!cohort_store_complete_setup_step (self->store, COHORT_SETUP_STEP_SIGNERS, keys, values, &error))
    {
      _cohort_setup_assistant_show_error (self, error->message);
      return FALSE;
    }
  return TRUE;
}

/* The programs page */

static void
on_program_saved_cb (CohortSetupAssistant *self)
{
  cohort_program_list_reload (self->program_list);
}

static void
present_program_editor (CohortSetupAssistant *self,
                        const CohortProgram  *program)
{
  CohortProgramEditor *editor;

  editor = cohort_program_editor_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store, program);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_program_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "deleted", G_CALLBACK (on_program_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_program_activated_cb (CohortSetupAssistant *self,
                         const char           *code)
{
  g_autoptr(CohortProgram) program = cohort_store_get_program (self->store, code, NULL);

  if (program != NULL)
    present_program_editor (self, program);
}

static void
add_program_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  present_program_editor (COHORT_SETUP_ASSISTANT (widget), NULL);
}

/* Shared with cohort-setup-assistant.c ------------------------------------------------- */

/* Fills the page of @step from the store. */
void
_cohort_setup_assistant_fill_page (CohortSetupAssistant *self,
                                   CohortSetupStep       step)
{
  switch (step)
    {
    case COHORT_SETUP_STEP_SCHOOL:
      fill_school (self);
      break;
    case COHORT_SETUP_STEP_HOSTS:
      fill_hosts (self);
      on_host_name_changed_cb (self);
      break;
    case COHORT_SETUP_STEP_SIGNERS:
      fill_signers (self);
      break;
    case COHORT_SETUP_STEP_PROGRAMS:
      cohort_program_list_set_store (self->program_list, self->store);
      break;
    case COHORT_SETUP_STEP_FIRST_LISTS:
    case COHORT_SETUP_N_STEPS:
    default:
      break;
    }
}

gboolean
_cohort_setup_assistant_save_school (CohortSetupAssistant *self)
{
  return save_school (self);
}

gboolean
_cohort_setup_assistant_save_signers (CohortSetupAssistant *self)
{
  return save_signers (self);
}

void
_cohort_setup_assistant_class_init_pages (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_school_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_letterhead_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_province_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_host_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_host_name_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_host_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_signers_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_program_activated_cb);

  gtk_widget_class_install_action (widget_class, "setup.add-host", NULL, add_host_action);
  gtk_widget_class_install_action (widget_class, "setup.add-program", NULL, add_program_action);
}

void
_cohort_setup_assistant_init_pages (CohortSetupAssistant *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (host_kinds); i++)
    gtk_string_list_append (kinds, cohort_format_org_kind (host_kinds[i]));
  adw_combo_row_set_model (self->host_kind_row, G_LIST_MODEL (kinds));
}
