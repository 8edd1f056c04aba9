/* cohort-about-window.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cohort's own About window: libadwaita's has no Lao translation, and its
 * "Details", "Credits" and "Legal" would read English in a Lao Cohort.
 */
#define G_LOG_DOMAIN "cohort-about-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-about-window.h"

struct _CohortAboutWindow
{
  AdwWindow  parent_instance;

  /* Template widgets */
  GtkLabel  *version_label;
};

G_DEFINE_FINAL_TYPE (CohortAboutWindow, cohort_about_window, ADW_TYPE_WINDOW)

static void
cohort_about_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), COHORT_TYPE_ABOUT_WINDOW);
  G_OBJECT_CLASS (cohort_about_window_parent_class)->dispose (object);
}

static void
cohort_about_window_class_init (CohortAboutWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_about_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cohort/Cohort/cohort-about-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortAboutWindow, version_label);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cohort_about_window_init (CohortAboutWindow *self)
{
  g_autofree char *version = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Translators: %s is the version number, e.g. "Version 0.1.0" */
  version = g_strdup_printf (_("Version %s"), PACKAGE_VERSION);
  gtk_label_set_label (self->version_label, version);
}

CohortAboutWindow *
cohort_about_window_new (void)
{
  return g_object_new (COHORT_TYPE_ABOUT_WINDOW, NULL);
}
