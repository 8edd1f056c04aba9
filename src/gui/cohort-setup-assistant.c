/* cohort-setup-assistant.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-setup-assistant"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-choices.h"
#include "cohort-format.h"
#include "cohort-host-editor.h"
#include "cohort-program-editor.h"
#include "cohort-setup-assistant.h"
#include "cohort-widgets.h"

struct _CohortSetupAssistant
{
  AdwBin             parent_instance;

  /* Template widgets */
  AdwToastOverlay   *toast_overlay;
  GtkBox            *steps_box;
  GtkStack          *stack;
  AdwEntryRow       *school_name_row;
  AdwEntryRow       *school_short_row;
  AdwComboRow       *province_row;
  AdwEntryRow       *parent_agency_row;
  AdwEntryRow       *place_row;
  GtkListBox        *hosts_list;
  AdwEntryRow       *host_name_row;
  GtkWidget         *add_host_button;
  AdwComboRow       *host_kind_row;
  AdwEntryRow       *signer_title_row;
  AdwEntryRow       *signer_title2_row;
  AdwEntryRow       *signer_name_row;
  AdwEntryRow       *preparer_title_row;
  AdwEntryRow       *preparer_title2_row;
  AdwEntryRow       *preparer_name_row;
  CohortProgramList *program_list;
  GtkRevealer       *error_revealer;
  GtkLabel          *error_label;
  GtkWidget         *back_button;
  GtkWidget         *demo_button;
  GtkWidget         *continue_button;

  /* Owned references */
  CohortStore       *store;
  GPtrArray         *provinces;        /* CohortProvince */
  GArray            *province_ids;     /* the province id at each position of province_row */
  gint64             school_id;        /* 0 until the school is written */

  CohortSetupStep    step;             /* the page shown */
  GtkWidget         *step_marks[COHORT_SETUP_N_STEPS];
  GtkWidget         *step_titles[COHORT_SETUP_N_STEPS];
  gboolean           filling;          /* rows set by Cohort, not typed */
  gboolean           letterhead_typed; /* the user wrote the letterhead: no more suggestions */
};

G_DEFINE_FINAL_TYPE (CohortSetupAssistant, cohort_setup_assistant, ADW_TYPE_BIN)

enum {
  FINISHED,
  CLASS_CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *const page_names[] = { "school", "hosts", "signers", "programs", "first-lists" };

/* The host kinds offered on the hosts page, in the order of host_kind_row. */
static const CohortOrgKind host_kinds[] = { COHORT_ORG_KIND_DISTRICT_CENTRE, COHORT_ORG_KIND_OTHER };

static void show_step (CohortSetupAssistant *self, CohortSetupStep step);

/* Helpers */

static const char *
step_title (CohortSetupStep step)
{
  switch (step)
    {
    case COHORT_SETUP_STEP_SCHOOL:
      return C_("setup step", "School");
    case COHORT_SETUP_STEP_HOSTS:
      return C_("setup step", "Hosts");
    case COHORT_SETUP_STEP_SIGNERS:
      return C_("setup step", "Signers");
    case COHORT_SETUP_STEP_PROGRAMS:
      return C_("setup step", "Programs");
    case COHORT_SETUP_STEP_FIRST_LISTS:
    case COHORT_SETUP_N_STEPS:
    default:
      return C_("setup step", "First Classes");
    }
}

static void
build_steps (CohortSetupAssistant *self)
{
  for (guint i = 0; i < COHORT_SETUP_N_STEPS; i++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      self->step_marks[i] = gtk_label_new (number);
      self->step_titles[i] = gtk_label_new (step_title (i));
      gtk_widget_add_css_class (self->step_marks[i], "setup-step-mark");
      gtk_widget_add_css_class (box, "setup-step");
      gtk_widget_set_valign (self->step_marks[i], GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), self->step_marks[i]);
      gtk_box_append (GTK_BOX (box), self->step_titles[i]);
      if (i > 0)
        {
          GtkWidget *line = gtk_separator_new (GTK_ORIENTATION_HORIZONTAL);

          gtk_widget_set_size_request (line, 24, -1);
          gtk_widget_set_valign (line, GTK_ALIGN_CENTER);
          gtk_box_append (self->steps_box, line);
        }
      gtk_box_append (self->steps_box, box);
    }
}

static void
update_steps (CohortSetupAssistant *self,
              CohortSetupStep       done_up_to)
{
  for (guint i = 0; i < COHORT_SETUP_N_STEPS; i++)
    {
      GtkWidget *box = gtk_widget_get_parent (self->step_marks[i]);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      gboolean done = i < done_up_to && i != self->step;

      gtk_label_set_label (GTK_LABEL (self->step_marks[i]), done ? "✓" : number);
      if (i == self->step)
        gtk_widget_add_css_class (box, "current");
      else
        gtk_widget_remove_css_class (box, "current");
      if (done)
        gtk_widget_add_css_class (box, "done");
      else
        gtk_widget_remove_css_class (box, "done");
    }
}

static void
show_error (CohortSetupAssistant *self,
            const char           *message)
{
  if (message != NULL)
    gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

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
    show_error (self, NULL);
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
      show_error (self, error->message);
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
    show_error (self, NULL);
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
      show_error (self, error->message);
      return;
    }
  show_error (self, NULL);
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
    show_error (self, NULL);
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
      show_error (self, error->message);
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

/* The first classes and lists */

static gboolean
complete (CohortSetupAssistant *self,
          CohortSetupStep       step)
{
  g_autoptr(GError) error = NULL;

  if (!cohort_store_complete_setup_step (self->store, step, NULL, NULL, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  return TRUE;
}

static void
on_class_saved_cb (CohortClassEditor    *editor,
                   CohortClass          *klass,
                   CohortSetupAssistant *self)
{
  if (complete (self, COHORT_SETUP_STEP_FIRST_LISTS))
    g_signal_emit (self, signals[CLASS_CREATED], 0, klass);
}

static void
on_imported_cb (CohortImportWindow   *import,
                guint                 n_created,
                guint                 n_enrolled,
                CohortSetupAssistant *self)
{
  if (complete (self, COHORT_SETUP_STEP_FIRST_LISTS))
    g_signal_emit (self, signals[FINISHED], 0);
}

static void
new_class_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  cohort_setup_assistant_new_class (COHORT_SETUP_ASSISTANT (widget));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  cohort_setup_assistant_import (COHORT_SETUP_ASSISTANT (widget), NULL);
}

static void
finish_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CohortSetupAssistant *self = COHORT_SETUP_ASSISTANT (widget);

  if (complete (self, COHORT_SETUP_STEP_FIRST_LISTS))
    g_signal_emit (self, signals[FINISHED], 0);
}

/* Moving between the steps */

static void
show_step (CohortSetupAssistant *self,
           CohortSetupStep       step)
{
  CohortSetupStep done = cohort_store_get_setup_step (self->store, NULL);

  self->step = MIN (step, COHORT_SETUP_STEP_FIRST_LISTS);
  show_error (self, NULL);
  switch (self->step)
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
  gtk_stack_set_visible_child_name (self->stack, page_names[self->step]);
  update_steps (self, done);
  /* Typing goes on where the page starts */
  if (self->step == COHORT_SETUP_STEP_SCHOOL)
    gtk_widget_grab_focus (GTK_WIDGET (self->school_name_row));
  else if (self->step == COHORT_SETUP_STEP_HOSTS)
    gtk_widget_grab_focus (GTK_WIDGET (self->host_name_row));
  else if (self->step == COHORT_SETUP_STEP_SIGNERS)
    gtk_widget_grab_focus (GTK_WIDGET (self->signer_title_row));
  gtk_widget_set_sensitive (self->back_button, self->step > COHORT_SETUP_STEP_SCHOOL);
  gtk_widget_set_visible (self->continue_button, self->step < COHORT_SETUP_STEP_FIRST_LISTS);
  gtk_widget_set_visible (self->demo_button, cohort_setup_assistant_can_try_demo (self));
}

static void
continue_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  cohort_setup_assistant_go_on (COHORT_SETUP_ASSISTANT (widget));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CohortSetupAssistant *self = COHORT_SETUP_ASSISTANT (widget);

  if (self->step > COHORT_SETUP_STEP_SCHOOL)
    show_step (self, self->step - 1);
}

/* GObject overrides */

static void
cohort_setup_assistant_dispose (GObject *object)
{
  CohortSetupAssistant *self = COHORT_SETUP_ASSISTANT (object);

  /* No gtk_widget_dispose_template () here: in GTK 4.8 the window's own
   * disposes this template inside its stack, and would find it disposed
   * twice. AdwBin unparents the whole tree itself. */
  g_clear_object (&self->store);
  g_clear_pointer (&self->provinces, g_ptr_array_unref);
  g_clear_pointer (&self->province_ids, g_array_unref);

  G_OBJECT_CLASS (cohort_setup_assistant_parent_class)->dispose (object);
}

static void
cohort_setup_assistant_class_init (CohortSetupAssistantClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_setup_assistant_dispose;

  /**
   * CohortSetupAssistant::finished:
   *
   * The setup is done.
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);
  /**
   * CohortSetupAssistant::class-created:
   * @klass: the first class, written
   *
   * The setup is done with the first class, whose students come next.
   */
  signals[CLASS_CREATED] = g_signal_new ("class-created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                         NULL, NULL, G_TYPE_NONE, 1, COHORT_TYPE_CLASS);

  g_type_ensure (COHORT_TYPE_PROGRAM_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cohort/Cohort/cohort-setup-assistant.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, steps_box);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, stack);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, school_name_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, school_short_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, province_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, parent_agency_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, place_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, hosts_list);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, host_name_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, add_host_button);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, host_kind_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, signer_title_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, signer_title2_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, signer_name_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, preparer_title_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, preparer_title2_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, preparer_name_row);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, program_list);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, error_label);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, back_button);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, demo_button);
  gtk_widget_class_bind_template_child (widget_class, CohortSetupAssistant, continue_button);
  gtk_widget_class_bind_template_callback (widget_class, on_school_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_letterhead_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_province_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_host_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_host_name_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_host_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_signers_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_program_activated_cb);

  gtk_widget_class_install_action (widget_class, "setup.continue", NULL, continue_action);
  gtk_widget_class_install_action (widget_class, "setup.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "setup.add-host", NULL, add_host_action);
  gtk_widget_class_install_action (widget_class, "setup.add-program", NULL, add_program_action);
  gtk_widget_class_install_action (widget_class, "setup.new-class", NULL, new_class_action);
  gtk_widget_class_install_action (widget_class, "setup.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "setup.finish", NULL, finish_action);
}

static void
cohort_setup_assistant_init (CohortSetupAssistant *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  build_steps (self);
  for (guint i = 0; i < G_N_ELEMENTS (host_kinds); i++)
    gtk_string_list_append (kinds, cohort_format_org_kind (host_kinds[i]));
  adw_combo_row_set_model (self->host_kind_row, G_LIST_MODEL (kinds));
}

/* Public API */

/**
 * cohort_setup_assistant_set_store:
 *
 * Shows the setup of @store at the first step not done.
 */
void
cohort_setup_assistant_set_store (CohortSetupAssistant *self,
                                  CohortStore          *store)
{
  g_return_if_fail (COHORT_IS_SETUP_ASSISTANT (self));
  g_return_if_fail (store == NULL || COHORT_IS_STORE (store));

  if (!g_set_object (&self->store, store) || store == NULL)
    return;
  g_clear_pointer (&self->provinces, g_ptr_array_unref);
  self->provinces = cohort_store_list_provinces (store, NULL);
  self->school_id = 0;
  cohort_setup_assistant_resume (self);
}

/**
 * cohort_setup_assistant_resume:
 *
 * Goes to the first step not done, as when the database is opened again.
 */
void
cohort_setup_assistant_resume (CohortSetupAssistant *self)
{
  g_return_if_fail (COHORT_IS_SETUP_ASSISTANT (self));

  if (self->store != NULL)
    show_step (self, cohort_store_get_setup_step (self->store, NULL));
}

CohortSetupStep
cohort_setup_assistant_get_step (CohortSetupAssistant *self)
{
  g_return_val_if_fail (COHORT_IS_SETUP_ASSISTANT (self), COHORT_SETUP_STEP_SCHOOL);
  return self->step;
}

/**
 * cohort_setup_assistant_get_error:
 *
 * Returns: (nullable): why the last step could not be saved
 */
const char *
cohort_setup_assistant_get_error (CohortSetupAssistant *self)
{
  g_return_val_if_fail (COHORT_IS_SETUP_ASSISTANT (self), NULL);
  return gtk_revealer_get_reveal_child (self->error_revealer) ? gtk_label_get_label (self->error_label) : NULL;
}

/**
 * cohort_setup_assistant_go_on:
 *
 * Saves the step shown, as Continue does, and shows the next one.
 *
 * Returns: %TRUE if the step was saved
 */
gboolean
cohort_setup_assistant_go_on (CohortSetupAssistant *self)
{
  gboolean ok = FALSE;

  g_return_val_if_fail (COHORT_IS_SETUP_ASSISTANT (self), FALSE);

  switch (self->step)
    {
    case COHORT_SETUP_STEP_SCHOOL:
      ok = save_school (self);
      break;
    case COHORT_SETUP_STEP_HOSTS:
      ok = complete (self, COHORT_SETUP_STEP_HOSTS);
      break;
    case COHORT_SETUP_STEP_SIGNERS:
      ok = save_signers (self);
      break;
    case COHORT_SETUP_STEP_PROGRAMS:
      ok = complete (self, COHORT_SETUP_STEP_PROGRAMS);
      break;
    case COHORT_SETUP_STEP_FIRST_LISTS:
    case COHORT_SETUP_N_STEPS:
    default:
      return FALSE;
    }
  if (!ok)
    return FALSE;
  /* Resumed at a step left undone, the later ones may be done already */
  if (cohort_store_get_setup_step (self->store, NULL) == COHORT_SETUP_N_STEPS)
    g_signal_emit (self, signals[FINISHED], 0);
  else
    show_step (self, self->step + 1);
  return TRUE;
}

static AdwEntryRow *
row_for (CohortSetupAssistant *self,
         const char           *key)
{
  const struct { const char *key; gsize offset; } rows[] = {
    { "school-name", G_STRUCT_OFFSET (CohortSetupAssistant, school_name_row) },
    { "school-short", G_STRUCT_OFFSET (CohortSetupAssistant, school_short_row) },
    { "parent-agency", G_STRUCT_OFFSET (CohortSetupAssistant, parent_agency_row) },
    { "place", G_STRUCT_OFFSET (CohortSetupAssistant, place_row) },
    { "host-name", G_STRUCT_OFFSET (CohortSetupAssistant, host_name_row) },
    { "signer-title", G_STRUCT_OFFSET (CohortSetupAssistant, signer_title_row) },
    { "signer-title2", G_STRUCT_OFFSET (CohortSetupAssistant, signer_title2_row) },
    { "signer-name", G_STRUCT_OFFSET (CohortSetupAssistant, signer_name_row) },
    { "preparer-title", G_STRUCT_OFFSET (CohortSetupAssistant, preparer_title_row) },
    { "preparer-title2", G_STRUCT_OFFSET (CohortSetupAssistant, preparer_title2_row) },
    { "preparer-name", G_STRUCT_OFFSET (CohortSetupAssistant, preparer_name_row) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (rows[i].key, key))
      return G_STRUCT_MEMBER (AdwEntryRow *, self, rows[i].offset);
  g_return_val_if_reached (NULL);
}

/**
 * cohort_setup_assistant_set_text:
 * @key: "school-name", "school-short", "parent-agency", "place", "host-name",
 *   "signer-title", "signer-title2", "signer-name", "preparer-title",
 *   "preparer-title2" or "preparer-name"
 *
 * Fills a row as typing would.
 */
void
cohort_setup_assistant_set_text (CohortSetupAssistant *self,
                                 const char           *key,
                                 const char           *text)
{
  g_return_if_fail (COHORT_IS_SETUP_ASSISTANT (self));
  set_text (row_for (self, key), text);
}

const char *
cohort_setup_assistant_get_text (CohortSetupAssistant *self,
                                 const char           *key)
{
  g_return_val_if_fail (COHORT_IS_SETUP_ASSISTANT (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (row_for (self, key)));
}

/**
 * cohort_setup_assistant_set_province:
 *
 * Chooses the province of the school as the combo row would.
 */
void
cohort_setup_assistant_set_province (CohortSetupAssistant *self,
                                     gint64                province_id)
{
  g_return_if_fail (COHORT_IS_SETUP_ASSISTANT (self));

  for (guint i = 0; self->province_ids && i < self->province_ids->len; i++)
    if (g_array_index (self->province_ids, gint64, i) == province_id)
      adw_combo_row_set_selected (self->province_row, i);
}

guint
cohort_setup_assistant_get_n_hosts (CohortSetupAssistant *self)
{
  guint n = 0;

  g_return_val_if_fail (COHORT_IS_SETUP_ASSISTANT (self), 0);

  while (gtk_list_box_get_row_at_index (self->hosts_list, (int) n) != NULL)
    n++;
  return n;
}

/**
 * cohort_setup_assistant_get_program_list:
 *
 * Returns: (transfer none): the programs with their switches
 */
CohortProgramList *
cohort_setup_assistant_get_program_list (CohortSetupAssistant *self)
{
  g_return_val_if_fail (COHORT_IS_SETUP_ASSISTANT (self), NULL);
  return self->program_list;
}

/**
 * cohort_setup_assistant_new_class:
 *
 * Opens the class editor for the first class; once it is saved, the setup
 * is done and ::class-created is emitted.
 *
 * Returns: (transfer none): the editor
 */
CohortClassEditor *
cohort_setup_assistant_new_class (CohortSetupAssistant *self)
{
  CohortClassEditor *editor;

  g_return_val_if_fail (COHORT_IS_SETUP_ASSISTANT (self), NULL);

  editor = cohort_class_editor_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store, NULL);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_class_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
  return editor;
}

/**
 * cohort_setup_assistant_import:
 * @path: (nullable): the list to read; %NULL lets the user choose it
 *
 * Opens the import window for a list of people without a class; once they
 * are imported, the setup is done and ::finished is emitted.
 *
 * Returns: (transfer none): the import window
 */
CohortImportWindow *
cohort_setup_assistant_import (CohortSetupAssistant *self,
                               const char           *path)
{
  CohortImportWindow *import;

  g_return_val_if_fail (COHORT_IS_SETUP_ASSISTANT (self), NULL);

  import = cohort_import_window_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store, NULL);
  g_signal_connect_object (import, "imported", G_CALLBACK (on_imported_cb), self, 0);
  if (path != NULL)
    cohort_import_window_open_file (import, path);
  else
    cohort_import_window_choose_file (import);
  return import;
}

/**
 * cohort_setup_assistant_can_try_demo:
 *
 * Returns: %TRUE while the database holds no class and no person: demo
 *   data can then replace what the setup entered
 */
gboolean
cohort_setup_assistant_can_try_demo (CohortSetupAssistant *self)
{
  CohortStoreCounts counts = { 0 };

  g_return_val_if_fail (COHORT_IS_SETUP_ASSISTANT (self), FALSE);

  return self->store != NULL && cohort_store_get_counts (self->store, &counts, NULL) &&
         counts.classes == 0 && counts.people == 0;
}
