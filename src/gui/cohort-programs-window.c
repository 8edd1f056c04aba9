/* cohort-programs-window.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-programs-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-programs-window.h"
#include "cohort-widgets.h"

struct _CohortProgramsWindow
{
  AdwWindow          parent_instance;

  /* Template widgets */
  AdwToastOverlay   *toast_overlay;
  CohortProgramList *program_list;

  /* Owned references */
  CohortStore       *store;
};

G_DEFINE_FINAL_TYPE (CohortProgramsWindow, cohort_programs_window, ADW_TYPE_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Not dismissing the toast before: libadwaita 1.2 crashes when a toast is
 * dismissed during the animation that shows it. */
static void
show_toast (CohortProgramsWindow *self,
            const char           *message)
{
  cohort_show_toast (GTK_WIDGET (self->toast_overlay), message, FALSE);
}

static void
on_saved_cb (CohortProgramEditor  *editor,
             const char           *code,
             CohortProgramsWindow *self)
{
  g_autoptr(CohortProgram) program = cohort_store_get_program (self->store, code, NULL);
  g_autofree char *message = NULL;

  cohort_program_list_reload (self->program_list);
  /* Translators: %s is the short name of a program */
  message = g_strdup_printf (_("“%s” saved"), program ? program->short_name : code);
  show_toast (self, message);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_deleted_cb (CohortProgramEditor  *editor,
               const char           *name,
               CohortProgramsWindow *self)
{
  g_autofree char *message = NULL;

  cohort_program_list_reload (self->program_list);
  /* Translators: %s is the short name of a program */
  message = g_strdup_printf (_("“%s” deleted"), name);
  show_toast (self, message);
  g_signal_emit (self, signals[CHANGED], 0);
}

static CohortProgramEditor *
present_editor (CohortProgramsWindow *self,
                const CohortProgram  *program)
{
  CohortProgramEditor *editor = cohort_program_editor_new (GTK_WINDOW (self), self->store, program);

  g_signal_connect_object (editor, "saved", G_CALLBACK (on_saved_cb), self, 0);
  g_signal_connect_object (editor, "deleted", G_CALLBACK (on_deleted_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
  return editor;
}

static void
on_program_activated_cb (CohortProgramsWindow *self,
                         const char           *code)
{
  cohort_programs_window_edit (self, code);
}

static void
on_list_changed_cb (CohortProgramsWindow *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  cohort_programs_window_add (COHORT_PROGRAMS_WINDOW (widget));
}

static void
cohort_programs_window_dispose (GObject *object)
{
  CohortProgramsWindow *self = COHORT_PROGRAMS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), COHORT_TYPE_PROGRAMS_WINDOW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cohort_programs_window_parent_class)->dispose (object);
}

static void
cohort_programs_window_class_init (CohortProgramsWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_programs_window_dispose;

  /**
   * CohortProgramsWindow::changed:
   *
   * A program was added, changed, switched or deleted.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);

  g_type_ensure (COHORT_TYPE_PROGRAM_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cohort/Cohort/cohort-programs-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortProgramsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CohortProgramsWindow, program_list);
  gtk_widget_class_bind_template_callback (widget_class, on_program_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_changed_cb);

  gtk_widget_class_install_action (widget_class, "programs.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "programs.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cohort_programs_window_init (CohortProgramsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CohortProgramsWindow *
cohort_programs_window_new (GtkWindow   *parent,
                            CohortStore *store)
{
  CohortProgramsWindow *self;

  g_return_val_if_fail (COHORT_IS_STORE (store), NULL);

  self = g_object_new (COHORT_TYPE_PROGRAMS_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  cohort_program_list_set_store (self->program_list, store);
  return self;
}

/**
 * cohort_programs_window_get_list:
 *
 * Returns: (transfer none): the list of programs with their switches
 */
CohortProgramList *
cohort_programs_window_get_list (CohortProgramsWindow *self)
{
  g_return_val_if_fail (COHORT_IS_PROGRAMS_WINDOW (self), NULL);
  return self->program_list;
}

/**
 * cohort_programs_window_add:
 *
 * Returns: (transfer none): the editor of a new program
 */
CohortProgramEditor *
cohort_programs_window_add (CohortProgramsWindow *self)
{
  g_return_val_if_fail (COHORT_IS_PROGRAMS_WINDOW (self), NULL);
  return present_editor (self, NULL);
}

/**
 * cohort_programs_window_edit:
 *
 * Returns: (transfer none) (nullable): the editor of the program, or %NULL
 *   when there is none with @code
 */
CohortProgramEditor *
cohort_programs_window_edit (CohortProgramsWindow *self,
                             const char           *code)
{
  g_autoptr(CohortProgram) program = NULL;

  g_return_val_if_fail (COHORT_IS_PROGRAMS_WINDOW (self), NULL);

  program = cohort_store_get_program (self->store, code, NULL);
  if (program == NULL)
    return NULL;
  return present_editor (self, program);
}
