/* cohort-dashboard-page.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-dashboard-page.h"
#include "cohort-format.h"
#include "cohort-widgets.h"

struct _CohortDashboardPage
{
  CohortPage  parent_instance;

  /* Template widgets */
  GtkLabel   *period_label;
  GtkLabel   *classes_value;
  GtkLabel   *students_value;
  GtkLabel   *enrolments_value;
  GtkLabel   *lao_value;
  GtkListBox *year_list;

  guint       n_years;
};

G_DEFINE_FINAL_TYPE (CohortDashboardPage, cohort_dashboard_page, COHORT_TYPE_PAGE)

static void
set_count (GtkLabel *label,
           gint64    n)
{
  g_autofree char *text = cohort_format_count (n);
  gtk_label_set_label (label, text);
}

typedef struct
{
  CohortStoreCounts  counts;
  CohortStatsRow     totals;
  GPtrArray         *years;   /* CohortStatsRow, newest first */
} DashboardData;

static void
dashboard_data_free (gpointer p)
{
  DashboardData *data = p;

  g_clear_pointer (&data->years, g_ptr_array_unref);
  g_free (data);
}

static GtkWidget *
year_row (const CohortStatsRow *year)
{
  g_autofree char *title = g_strdup_printf ("%d", year->year);
  g_autofree char *classes = cohort_format_count (year->classes);
  g_autofree char *students = cohort_format_count (year->students);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  /* Translators: "120 classes · 5.400 students" */
  subtitle = g_strdup_printf (_("%s classes · %s students"), classes, students);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

/* Worker thread */
static gpointer
cohort_dashboard_page_load (CohortStore  *store,
                            GError      **error)
{
  DashboardData *data = g_new0 (DashboardData, 1);

  if (!cohort_store_get_counts (store, &data->counts, error) ||
      !cohort_store_get_stats_totals (store, 0, 0, &data->totals, error) ||
      (data->years = cohort_store_get_stats_by_year (store, error)) == NULL)
    {
      dashboard_data_free (data);
      return NULL;
    }
  return data;
}

static void
cohort_dashboard_page_show (CohortPage *page,
                            gpointer    p)
{
  CohortDashboardPage *self = COHORT_DASHBOARD_PAGE (page);
  DashboardData *data = p;

  cohort_list_box_remove_all (self->year_list);
  self->n_years = data->years->len;

  set_count (self->classes_value, data->totals.classes);
  set_count (self->students_value, data->totals.students);
  set_count (self->enrolments_value, data->totals.enrolments);
  set_count (self->lao_value, data->counts.lao_people);

  if (data->years->len == 0)
    gtk_label_set_label (self->period_label, _("No classes yet"));
  else
    {
      const CohortStatsRow *last = g_ptr_array_index (data->years, 0);
      const CohortStatsRow *first = g_ptr_array_index (data->years, data->years->len - 1);
      g_autofree char *text = g_strdup_printf (_("Training from %d to %d"), first->year, last->year);

      gtk_label_set_label (self->period_label, text);
    }

  for (guint i = 0; i < data->years->len; i++)
    gtk_list_box_append (self->year_list, year_row (g_ptr_array_index (data->years, i)));
}

static void
cohort_dashboard_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), COHORT_TYPE_DASHBOARD_PAGE);
  G_OBJECT_CLASS (cohort_dashboard_page_parent_class)->dispose (object);
}

static void
cohort_dashboard_page_class_init (CohortDashboardPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_dashboard_page_dispose;
  COHORT_PAGE_CLASS (klass)->load = cohort_dashboard_page_load;
  COHORT_PAGE_CLASS (klass)->show = cohort_dashboard_page_show;
  COHORT_PAGE_CLASS (klass)->free_data = dashboard_data_free;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cohort/Cohort/cohort-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, period_label);
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, classes_value);
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, students_value);
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, enrolments_value);
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, lao_value);
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, year_list);
}

static void
cohort_dashboard_page_init (CohortDashboardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * cohort_dashboard_page_get_tile_text:
 * @tile: "classes", "students", "enrolments" or "lao"
 *
 * Returns: the text the tile shows
 */
const char *
cohort_dashboard_page_get_tile_text (CohortDashboardPage *self,
                                     const char          *tile)
{
  g_return_val_if_fail (COHORT_IS_DASHBOARD_PAGE (self), NULL);

  if (g_str_equal (tile, "classes"))
    return gtk_label_get_label (self->classes_value);
  if (g_str_equal (tile, "students"))
    return gtk_label_get_label (self->students_value);
  if (g_str_equal (tile, "enrolments"))
    return gtk_label_get_label (self->enrolments_value);
  if (g_str_equal (tile, "lao"))
    return gtk_label_get_label (self->lao_value);
  return NULL;
}

guint
cohort_dashboard_page_get_n_years (CohortDashboardPage *self)
{
  g_return_val_if_fail (COHORT_IS_DASHBOARD_PAGE (self), 0);
  return self->n_years;
}
