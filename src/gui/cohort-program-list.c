/* cohort-program-list.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-program-list"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-format.h"
#include "cohort-program-list.h"
#include "cohort-widgets.h"

struct _CohortProgramList
{
  AdwBin       parent_instance;

  GtkListBox  *list;

  /* Owned references */
  CohortStore *store;
  gboolean     filling;     /* switches set by Cohort, not by the user */
};

G_DEFINE_FINAL_TYPE (CohortProgramList, cohort_program_list, ADW_TYPE_BIN)

enum {
  PROGRAM_ACTIVATED,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* "TCLLCT · Intermediate · Diploma · classified · 12 classes" */
static char *
describe (const CohortProgram *p)
{
  GString *s = g_string_new (p->code);

  g_string_append_printf (s, " · %s · %s", cohort_format_training_level (p->level),
                          cohort_format_credential (p->credential));
  if (p->graded)
    g_string_append_printf (s, " · %s", _("classified"));
  if (p->lao)
    g_string_append_printf (s, " · %s", _("for Lao cadres"));
  if (p->n_classes > 0)
    {
      g_string_append (s, " · ");
      g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "%lld class", "%lld classes", p->n_classes),
                              (long long) p->n_classes);
    }
  return g_string_free (s, FALSE);
}

static void
on_switch_active_cb (GtkSwitch         *sw,
                     GParamSpec        *pspec,
                     CohortProgramList *self)
{
  const char *code = g_object_get_data (G_OBJECT (sw), "program-code");
  gboolean active = gtk_switch_get_active (sw);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (self->filling || self->store == NULL)
    return;
  if (!cohort_store_set_program_active (self->store, code, active, &error))
    {
      self->filling = TRUE;
      gtk_switch_set_active (sw, !active);
      self->filling = FALSE;
      cohort_show_toast (GTK_WIDGET (self), error->message, FALSE);
      return;
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_row_activated_cb (CohortProgramList *self,
                     GtkListBoxRow     *row)
{
  g_signal_emit (self, signals[PROGRAM_ACTIVATED], 0, g_object_get_data (G_OBJECT (row), "program-code"));
}

static GtkWidget *
make_row (CohortProgramList   *self,
          const CohortProgram *p)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();
  GtkWidget *edit = gtk_image_new_from_icon_name ("go-next-symbolic");
  g_autofree char *subtitle = describe (p);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), p->short_name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_tooltip_text (row, p->name);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (sw), p->active);
  /* Translators: the switch of a program: the school runs it */
  gtk_widget_set_tooltip_text (sw, _("The school runs this program"));
  g_object_set_data_full (G_OBJECT (sw), "program-code", g_strdup (p->code), g_free);
  g_object_set_data_full (G_OBJECT (row), "program-code", g_strdup (p->code), g_free);
  g_object_set_data (G_OBJECT (row), "program-switch", sw);
  g_signal_connect_object (sw, "notify::active", G_CALLBACK (on_switch_active_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static GtkSwitch *
switch_of (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "program-switch");
}

static void
cohort_program_list_dispose (GObject *object)
{
  CohortProgramList *self = COHORT_PROGRAM_LIST (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (cohort_program_list_parent_class)->dispose (object);
}

static void
cohort_program_list_class_init (CohortProgramListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cohort_program_list_dispose;

  /**
   * CohortProgramList::program-activated:
   * @code: the program's code
   */
  signals[PROGRAM_ACTIVATED] = g_signal_new ("program-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                             NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * CohortProgramList::changed:
   *
   * A program was switched on or off.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
cohort_program_list_init (CohortProgramList *self)
{
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (on_row_activated_cb), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->list));
}

GtkWidget *
cohort_program_list_new (void)
{
  return g_object_new (COHORT_TYPE_PROGRAM_LIST, NULL);
}

void
cohort_program_list_set_store (CohortProgramList *self,
                               CohortStore       *store)
{
  g_return_if_fail (COHORT_IS_PROGRAM_LIST (self));

  g_set_object (&self->store, store);
  cohort_program_list_reload (self);
}

/**
 * cohort_program_list_reload:
 *
 * Reads the programs again, in the order the lists show them.
 */
void
cohort_program_list_reload (CohortProgramList *self)
{
  g_autoptr(GPtrArray) programs = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (COHORT_IS_PROGRAM_LIST (self));

  cohort_list_box_remove_all (self->list);
  if (self->store == NULL)
    return;
  programs = cohort_store_list_programs (self->store, &error);
  if (programs == NULL)
    {
      cohort_show_toast (GTK_WIDGET (self), error->message, FALSE);
      return;
    }
  self->filling = TRUE;
  for (guint i = 0; i < programs->len; i++)
    gtk_list_box_append (self->list, make_row (self, g_ptr_array_index (programs, i)));
  self->filling = FALSE;
}

guint
cohort_program_list_get_n_rows (CohortProgramList *self)
{
  guint n = 0;

  g_return_val_if_fail (COHORT_IS_PROGRAM_LIST (self), 0);

  while (gtk_list_box_get_row_at_index (self->list, (int) n) != NULL)
    n++;
  return n;
}

/**
 * cohort_program_list_dup_row:
 * @subtitle: (out) (optional) (transfer full): what the row says under the name
 * @active: (out) (optional): whether its switch is on
 *
 * Returns: (transfer full) (nullable): the row's title, the program's short name
 */
char *
cohort_program_list_dup_row (CohortProgramList  *self,
                             guint               index,
                             char              **subtitle,
                             gboolean           *active)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (COHORT_IS_PROGRAM_LIST (self), NULL);

  row = gtk_list_box_get_row_at_index (self->list, (int) index);
  if (row == NULL)
    return NULL;
  if (subtitle != NULL)
    *subtitle = g_strdup (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
  if (active != NULL)
    *active = gtk_switch_get_active (switch_of (row));
  return g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
}

/**
 * cohort_program_list_set_active:
 *
 * Turns the switch of a program as a click would.
 *
 * Returns: %TRUE if the list has the program
 */
gboolean
cohort_program_list_set_active (CohortProgramList *self,
                                const char        *code,
                                gboolean           active)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (COHORT_IS_PROGRAM_LIST (self), FALSE);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "program-code"), code) == 0)
      {
        gtk_switch_set_active (switch_of (row), active);
        return TRUE;
      }
  return FALSE;
}
