/* cohort-class-list-window.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The classes behind a figure of the dashboard: one row per class with its
 * program, host, year and students; activating a row opens its roster.
 */
#define G_LOG_DOMAIN "cohort-class-list-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-class-list-window.h"
#include "cohort-format.h"

struct _CohortClassListWindow
{
  AdwWindow       parent_instance;

  AdwWindowTitle *window_title;
  GtkLabel       *summary_label;
  GtkListBox     *class_list;

  GPtrArray      *classes;   /* CohortClass */
};

G_DEFINE_FINAL_TYPE (CohortClassListWindow, cohort_class_list_window, ADW_TYPE_WINDOW)

enum {
  CLASS_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_row_activated_cb (CohortClassListWindow *self,
                     GtkListBoxRow         *row)
{
  cohort_class_list_window_activate (self, gtk_list_box_row_get_index (row));
}

static GtkWidget *
class_row (CohortClass *klass)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *students = cohort_format_count (cohort_class_get_number (klass, COHORT_CLASS_ENROLLED));
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  /* Translators: a class in the list behind a chart: "B43 · Trung cấp LLCT" */
  title = g_strdup_printf (_("%s · %s"), cohort_class_get_text (klass, COHORT_CLASS_CODE),
                           cohort_class_get_text (klass, COHORT_CLASS_PROGRAM_NAME));
  /* Translators: host, year, status and students of a class: "Trường Chính trị · 2024 · Finished · 45 students" */
  subtitle = g_strdup_printf (_("%s · %d · %s · %s students"), cohort_class_get_text (klass, COHORT_CLASS_HOST),
                              (int) cohort_class_get_number (klass, COHORT_CLASS_YEAR),
                              cohort_format_class_status ((CohortClassStatus) cohort_class_get_number (klass, COHORT_CLASS_STATUS)),
                              students);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static void
cohort_class_list_window_dispose (GObject *object)
{
  CohortClassListWindow *self = COHORT_CLASS_LIST_WINDOW (object);

  g_clear_pointer (&self->classes, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), COHORT_TYPE_CLASS_LIST_WINDOW);
  G_OBJECT_CLASS (cohort_class_list_window_parent_class)->dispose (object);
}

static void
cohort_class_list_window_class_init (CohortClassListWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_class_list_window_dispose;

  /**
   * CohortClassListWindow::class-activated:
   * @klass: the class whose row was activated
   */
  signals[CLASS_ACTIVATED] =
    g_signal_new ("class-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, COHORT_TYPE_CLASS);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cohort/Cohort/cohort-class-list-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortClassListWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CohortClassListWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CohortClassListWindow, class_list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cohort_class_list_window_init (CohortClassListWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * cohort_class_list_window_new:
 * @title: what the figure is, "2024 · Trung cấp LLCT"
 * @subtitle: (nullable): the dashboard's filters
 * @classes: (element-type CohortClass): the classes behind it
 */
CohortClassListWindow *
cohort_class_list_window_new (GtkWindow  *parent,
                              const char *title,
                              const char *subtitle,
                              GPtrArray  *classes)
{
  CohortClassListWindow *self = g_object_new (COHORT_TYPE_CLASS_LIST_WINDOW, "transient-for", parent, NULL);
  g_autofree char *n = cohort_format_count (classes->len);
  g_autofree char *summary = NULL;
  gint64 students = 0;
  g_autofree char *s = NULL;

  self->classes = g_ptr_array_ref (classes);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle ? subtitle : "");
  for (guint i = 0; i < classes->len; i++)
    {
      students += cohort_class_get_number (g_ptr_array_index (classes, i), COHORT_CLASS_ENROLLED);
      gtk_list_box_append (self->class_list, class_row (g_ptr_array_index (classes, i)));
    }
  s = cohort_format_count (students);
  /* Translators: above the classes behind a chart's bar: "12 classes, 540 students. Open one to see its roster." */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s class, %s students. Open it to see its roster.",
                                          "%s classes, %s students. Open one to see its roster.", classes->len),
                             n, s);
  gtk_label_set_label (self->summary_label, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->class_list), classes->len > 0);
  return self;
}

guint
cohort_class_list_window_get_n_classes (CohortClassListWindow *self)
{
  g_return_val_if_fail (COHORT_IS_CLASS_LIST_WINDOW (self), 0);
  return self->classes->len;
}

CohortClass *
cohort_class_list_window_get_class (CohortClassListWindow *self,
                                    guint                  i)
{
  g_return_val_if_fail (COHORT_IS_CLASS_LIST_WINDOW (self), NULL);
  g_return_val_if_fail (i < self->classes->len, NULL);
  return g_ptr_array_index (self->classes, i);
}

/**
 * cohort_class_list_window_activate:
 *
 * What activating the @i-th row does: emits ::class-activated and closes.
 */
void
cohort_class_list_window_activate (CohortClassListWindow *self,
                                   guint                  i)
{
  g_autoptr(CohortClass) klass = NULL;

  g_return_if_fail (COHORT_IS_CLASS_LIST_WINDOW (self));
  g_return_if_fail (i < self->classes->len);

  klass = g_object_ref (g_ptr_array_index (self->classes, i));
  g_signal_emit (self, signals[CLASS_ACTIVATED], 0, klass);
  gtk_window_close (GTK_WINDOW (self));
}
