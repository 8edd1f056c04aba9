/* cohort-dashboard-page.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The principal's dashboard: tiles and five charts for a period, a host and
 * a program type. The figures come from cohort_store_get_dashboard (), a
 * few milliseconds over the per-class tally, so a filter change is read and
 * drawn at once; the filters are remembered in GSettings.
 */
#define G_LOG_DOMAIN "cohort-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-class-list-window.h"
#include "cohort-dashboard-charts.h"
#include "cohort-dashboard-export.h"
#include "cohort-dashboard-page.h"
#include "cohort-format.h"
#include "cohort-i18n.h"
#include "cohort-number.h"

struct _CohortDashboardPage
{
  CohortPage             parent_instance;

  /* Template widgets */
  GtkLabel              *period_label;
  GtkLabel              *scope_label;
  GtkButton             *plan_button;
  GtkDropDown           *from_dropdown;
  GtkDropDown           *to_dropdown;
  GtkDropDown           *host_dropdown;
  GtkDropDown           *program_dropdown;
  GtkLabel              *classes_value;
  GtkLabel              *classes_detail;
  GtkLabel              *students_value;
  GtkLabel              *students_detail;
  GtkLabel              *graduates_value;
  GtkLabel              *graduates_detail;
  GtkLabel              *plan_classes_value;
  GtkLabel              *plan_classes_detail;
  GtkLabel              *plan_students_value;
  GtkLabel              *plan_students_detail;
  GtkLabel              *lao_value;
  GtkLabel              *lao_detail;
  GtkFlowBox            *charts_box;

  CohortChartView       *views[COHORT_DASHBOARD_N_CHARTS];
  GtkLabel              *chart_titles[COHORT_DASHBOARD_N_CHARTS];

  GSettings             *settings;
  GArray                *years;      /* int, the choices of the year drop-downs */
  GArray                *hosts;      /* gint64: 0 all, COHORT_HOST_DISTRICT_CENTRES, org units */
  GPtrArray             *programs;   /* char *: NULL for all, then codes */
  GPtrArray             *host_names;
  GPtrArray             *program_names;
  gboolean               filling;    /* the drop-downs are being set up, not changed by the user */

  CohortDashboardFilter  filter;     /* program points into programs */
  CohortDashboard       *dashboard;
  GPtrArray             *charts;     /* CohortChart */
  GtkWindow             *classes_window;
};

G_DEFINE_FINAL_TYPE (CohortDashboardPage, cohort_dashboard_page, COHORT_TYPE_PAGE)

static int
current_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now);
}

static void
set_text (GtkLabel   *label,
          const char *text)
{
  gtk_label_set_label (label, text);
}

static void
set_count (GtkLabel *label,
           gint64    n)
{
  g_autofree char *text = cohort_format_count (n);
  gtk_label_set_label (label, text);
}

/* A share of the plan: the percentage, then what it divides by. */
static void
set_plan_tile (GtkLabel              *value,
               GtkLabel              *detail,
               const CohortDashboard *d,
               CohortDashboardRate    rate)
{
  gint64 planned;
  double percent = cohort_dashboard_get_rate (d, rate, &planned);
  g_autofree char *p = cohort_format_count (planned);
  g_autofree char *a = NULL;
  g_autofree char *text = NULL;

  if (percent < 0)
    {
      set_text (value, "—");
      set_text (detail, _("No plan for these years: set one in Annual Plan"));
      return;
    }
  text = cohort_number_format_percent (percent, 1);
  set_text (value, text);
  g_clear_pointer (&text, g_free);
  if (rate == COHORT_DASHBOARD_RATE_PLAN_CLASSES)
    {
      a = cohort_format_count (d->classes_running + d->classes_finished);
      /* Translators: under "108.8%": "of 922 planned classes · 1,003 held" */
      text = g_strdup_printf (_("of %s planned classes · %s held"), p, a);
    }
  else
    {
      a = cohort_format_count (d->students);
      /* Translators: under "95.9%": "of 81,147 planned students · 77,852 trained" */
      text = g_strdup_printf (_("of %s planned students · %s trained"), p, a);
    }
  set_text (detail, text);
}

static const char *
host_name (CohortDashboardPage *self,
           gint64               host_id)
{
  for (guint i = 0; i < self->hosts->len; i++)
    if (g_array_index (self->hosts, gint64, i) == host_id)
      return g_ptr_array_index (self->host_names, i);
  return _("All hosts");
}

static const char *
program_name (CohortDashboardPage *self,
              const char          *program)
{
  for (guint i = 1; program != NULL && i < self->programs->len; i++)
    if (g_str_equal (g_ptr_array_index (self->programs, i), program))
      return g_ptr_array_index (self->program_names, i);
  return _("All programs");
}

static void
show_dashboard (CohortDashboardPage *self)
{
  const CohortDashboard *d = self->dashboard;
  g_autofree char *period = NULL;
  g_autofree char *scope = NULL;
  g_autofree char *text = NULL;
  g_autofree char *running = cohort_format_count (d->classes_running);
  g_autofree char *finished = cohort_format_count (d->classes_finished);
  g_autofree char *planned = cohort_format_count (d->classes_planned);
  gint64 classes = d->classes_running + d->classes_finished;
  guint n_provinces = d->lao_provinces->len;

  if (d->from_year == d->to_year)
    /* Translators: the dashboard's heading for one year */
    period = g_strdup_printf (_("Training in %d"), d->from_year);
  else
    /* Translators: the dashboard's heading, "Training 2016–2026" */
    period = g_strdup_printf (_("Training %d–%d"), d->from_year, d->to_year);
  set_text (self->period_label, period);
  scope = g_strdup_printf ("%s · %s", host_name (self, self->filter.host_id),
                           program_name (self, self->filter.program));
  set_text (self->scope_label, scope);
  /* Annual Plan… opens the plan of the last year shown, for the host shown */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->plan_button), "(ix)", d->plan_year,
                                    MAX (self->filter.host_id, (gint64) 0));

  set_count (self->classes_value, classes);
  if (d->classes_planned > 0)
    /* Translators: under the number of classes: "19 running · 1,230 finished · 13 not started" */
    text = g_strdup_printf (_("%s running · %s finished · %s not started"), running, finished, planned);
  else
    /* Translators: under the number of classes: "19 running · 1,230 finished" */
    text = g_strdup_printf (_("%s running · %s finished"), running, finished);
  set_text (self->classes_detail, text);
  g_clear_pointer (&text, g_free);

  set_count (self->students_value, d->students);
  if (classes > 0)
    {
      g_autofree char *average = cohort_format_count ((d->students + classes / 2) / classes);

      /* Translators: under the number of students: "38 per class on average" */
      text = g_strdup_printf (_("%s per class on average"), average);
    }
  set_text (self->students_detail, text ? text : "");
  g_clear_pointer (&text, g_free);

  set_count (self->graduates_value, d->graduates);
  {
    gint64 base;
    double rate = cohort_dashboard_get_rate (d, COHORT_DASHBOARD_RATE_GRADUATES, &base);

    if (rate >= 0)
      {
        g_autofree char *share = cohort_number_format_percent (rate, 1);

        /* "96.1% of 77,852 students of finished classes" */
        text = cohort_dashboard_dup_rate_text (COHORT_DASHBOARD_RATE_GRADUATES, share, base);
      }
  }
  set_text (self->graduates_detail, text ? text : "");
  g_clear_pointer (&text, g_free);

  set_plan_tile (self->plan_classes_value, self->plan_classes_detail, d, COHORT_DASHBOARD_RATE_PLAN_CLASSES);
  set_plan_tile (self->plan_students_value, self->plan_students_detail, d,
                 COHORT_DASHBOARD_RATE_PLAN_STUDENTS);

  set_count (self->lao_value, d->lao_students);
  /* Translators: under the number of Lao students: "from 3 provinces of Laos" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "from %u province of Laos", "from %u provinces of Laos",
                                       n_provinces), n_provinces);
  set_text (self->lao_detail, n_provinces > 0 ? text : _("No Lao cohorts in these years"));

  for (guint i = 0; i < COHORT_DASHBOARD_N_CHARTS; i++)
    {
      CohortChart *chart = g_ptr_array_index (self->charts, i);

      cohort_chart_view_set_chart (self->views[i], chart);
      set_text (self->chart_titles[i], cohort_chart_get_title (chart));
    }
}

/* Reads the figures for the filter and shows them. */
static gboolean
refresh (CohortDashboardPage  *self,
         GError              **error)
{
  CohortStore *store = cohort_page_get_store (COHORT_PAGE (self));
  CohortDashboard *dashboard;

  if (store == NULL)
    return TRUE;
  dashboard = cohort_store_get_dashboard (store, &self->filter, error);
  if (dashboard == NULL)
    return FALSE;
  g_clear_pointer (&self->dashboard, cohort_dashboard_free);
  g_clear_pointer (&self->charts, g_ptr_array_unref);
  self->dashboard = dashboard;
  self->charts = cohort_dashboard_build_charts (dashboard);
  show_dashboard (self);
  return TRUE;
}

static guint
year_position (CohortDashboardPage *self,
               int                  year,
               guint                fallback)
{
  for (guint i = 0; i < self->years->len; i++)
    if (g_array_index (self->years, int, i) == year)
      return i;
  return fallback;
}

/* The choices of the drop-downs from the database, the remembered filter selected. */
static gboolean
fill_filters (CohortDashboardPage  *self,
              GError              **error)
{
  CohortStore *store = cohort_page_get_store (COHORT_PAGE (self));
  g_autoptr(GtkStringList) years = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) hosts = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) programs = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) host_choices = NULL;
  g_autoptr(GPtrArray) program_choices = NULL;
  g_autofree char *host = g_settings_get_string (self->settings, "dashboard-host");
  g_autofree char *program = g_settings_get_string (self->settings, "dashboard-program");
  int from = g_settings_get_int (self->settings, "dashboard-from-year");
  int to = g_settings_get_int (self->settings, "dashboard-to-year");
  gint64 host_id = g_str_equal (host, "centres") ? COHORT_HOST_DISTRICT_CENTRES : g_ascii_strtoll (host, NULL, 10);
  guint host_pos = 0, program_pos = 0;
  int first, last, this_year = current_year ();

  if (!cohort_store_get_year_span (store, &first, &last, error) ||
      (host_choices = cohort_store_list_choices (store, COHORT_CHOICE_HOST, error)) == NULL ||
      (program_choices = cohort_store_list_choices (store, COHORT_CHOICE_PROGRAM, error)) == NULL)
    return FALSE;

  self->filling = TRUE;
  g_array_set_size (self->years, 0);
  g_array_set_size (self->hosts, 0);
  g_ptr_array_set_size (self->programs, 0);
  g_ptr_array_set_size (self->host_names, 0);
  g_ptr_array_set_size (self->program_names, 0);

  /* This year is always there: the period ends at it by default. */
  first = MIN (first, this_year);
  last = MAX (last, this_year);
  for (int y = first; y <= last; y++)
    {
      g_autofree char *text = g_strdup_printf ("%d", y);

      g_array_append_val (self->years, y);
      gtk_string_list_append (years, text);
    }

  {
    gint64 all = 0, centres = COHORT_HOST_DISTRICT_CENTRES;

    g_array_append_val (self->hosts, all);
    g_ptr_array_add (self->host_names, g_strdup (_("All hosts")));
    g_array_append_val (self->hosts, centres);
    g_ptr_array_add (self->host_names, g_strdup (_("All district political centres")));
  }
  for (guint i = 0; i < host_choices->len; i++)
    {
      CohortChoice *choice = g_ptr_array_index (host_choices, i);
      gint64 id = g_ascii_strtoll (choice->code, NULL, 10);

      g_array_append_val (self->hosts, id);
      g_ptr_array_add (self->host_names, g_strdup (choice->name));
    }
  for (guint i = 0; i < self->hosts->len; i++)
    {
      gtk_string_list_append (hosts, g_ptr_array_index (self->host_names, i));
      if (g_array_index (self->hosts, gint64, i) == host_id)
        host_pos = i;
    }

  g_ptr_array_add (self->programs, NULL);
  g_ptr_array_add (self->program_names, g_strdup (_("All programs")));
  for (guint i = 0; i < program_choices->len; i++)
    {
      CohortChoice *choice = g_ptr_array_index (program_choices, i);

      g_ptr_array_add (self->programs, g_strdup (choice->code));
      g_ptr_array_add (self->program_names, g_strdup (choice->name));
      if (g_str_equal (choice->code, program))
        program_pos = i + 1;
    }
  for (guint i = 0; i < self->program_names->len; i++)
    gtk_string_list_append (programs, g_ptr_array_index (self->program_names, i));

  gtk_drop_down_set_model (self->from_dropdown, G_LIST_MODEL (years));
  gtk_drop_down_set_model (self->to_dropdown, G_LIST_MODEL (years));
  gtk_drop_down_set_model (self->host_dropdown, G_LIST_MODEL (hosts));
  gtk_drop_down_set_model (self->program_dropdown, G_LIST_MODEL (programs));
  gtk_drop_down_set_selected (self->from_dropdown, year_position (self, from, 0));
  gtk_drop_down_set_selected (self->to_dropdown,
                              year_position (self, to > 0 ? to : this_year, self->years->len - 1));
  gtk_drop_down_set_selected (self->host_dropdown, host_pos);
  gtk_drop_down_set_selected (self->program_dropdown, program_pos);
  self->filling = FALSE;
  return TRUE;
}

/* The filter from the drop-downs. */
static void
read_filters (CohortDashboardPage *self)
{
  guint from = gtk_drop_down_get_selected (self->from_dropdown);
  guint to = gtk_drop_down_get_selected (self->to_dropdown);
  guint host = gtk_drop_down_get_selected (self->host_dropdown);
  guint program = gtk_drop_down_get_selected (self->program_dropdown);

  self->filter = (CohortDashboardFilter) COHORT_DASHBOARD_FILTER_INIT;
  if (from < self->years->len)
    self->filter.from_year = g_array_index (self->years, int, from);
  if (to < self->years->len)
    self->filter.to_year = g_array_index (self->years, int, to);
  if (self->filter.to_year < self->filter.from_year)
    self->filter.to_year = self->filter.from_year;
  if (host < self->hosts->len)
    self->filter.host_id = g_array_index (self->hosts, gint64, host);
  if (program < self->programs->len)
    self->filter.program = g_ptr_array_index (self->programs, program);
}

static void
remember_filters (CohortDashboardPage *self)
{
  g_autofree char *host = NULL;

  /* From the first year is remembered as "from the first year", up to this
   * year as "up to this year", so that new years show up. */
  g_settings_set_int (self->settings, "dashboard-from-year",
                      gtk_drop_down_get_selected (self->from_dropdown) == 0 ? 0 : self->filter.from_year);
  g_settings_set_int (self->settings, "dashboard-to-year",
                      self->filter.to_year == current_year () ? 0 : self->filter.to_year);
  if (self->filter.host_id == COHORT_HOST_DISTRICT_CENTRES)
    host = g_strdup ("centres");
  else if (self->filter.host_id > 0)
    host = g_strdup_printf ("%" G_GINT64_FORMAT, self->filter.host_id);
  else
    host = g_strdup ("");
  g_settings_set_string (self->settings, "dashboard-host", host);
  g_settings_set_string (self->settings, "dashboard-program", self->filter.program ? self->filter.program : "");
}

static void
on_filter_changed_cb (CohortDashboardPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->filling)
    return;
  /* "To" before "From": the other end follows. */
  if (gtk_drop_down_get_selected (self->to_dropdown) < gtk_drop_down_get_selected (self->from_dropdown))
    {
      self->filling = TRUE;
      gtk_drop_down_set_selected (self->to_dropdown, gtk_drop_down_get_selected (self->from_dropdown));
      self->filling = FALSE;
    }
  read_filters (self);
  remember_filters (self);
  if (!refresh (self, &error))
    cohort_page_show_error (COHORT_PAGE (self), error);
}

static void
cohort_dashboard_page_reload (CohortPage *page)
{
  CohortDashboardPage *self = COHORT_DASHBOARD_PAGE (page);
  g_autoptr(GError) error = NULL;

  if (cohort_page_get_store (page) == NULL)
    return;
  if (!fill_filters (self, &error))
    {
      cohort_page_show_error (page, error);
      return;
    }
  read_filters (self);
  if (!refresh (self, &error))
    cohort_page_show_error (page, error);
}

/* A bar or slice was clicked: the classes behind it. */
static void
on_class_activated_cb (CohortClassListWindow *window,
                       CohortClass           *klass,
                       CohortDashboardPage   *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-class", "x",
                              cohort_class_get_number (klass, COHORT_CLASS_ID));
}

static void
on_value_activated_cb (CohortChartView     *view,
                       guint                series,
                       guint                category,
                       CohortDashboardPage *self)
{
  CohortChart *chart = cohort_chart_view_get_chart (view);
  CohortDashboardFilter filter = self->filter;
  g_autoptr(GPtrArray) classes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  g_autofree char *title = NULL;
  g_autofree char *scope = NULL;
  CohortClassListWindow *window;
  char *newline;

  if (chart == NULL || self->dashboard == NULL)
    return;
  cohort_dashboard_narrow_filter (&filter, self->dashboard, chart, series, category);
  classes = cohort_store_query_dashboard_classes (cohort_page_get_store (COHORT_PAGE (self)), &filter, &error);
  if (classes == NULL)
    {
      cohort_page_show_error (COHORT_PAGE (self), error);
      return;
    }

  /* the tooltip's first line says what the bar is */
  value = cohort_chart_dup_value_text (chart, series, category);
  newline = strchr (value, '\n');
  title = newline ? g_strndup (value, newline - value) : g_strdup (value);
  scope = g_strdup_printf ("%s · %s", cohort_chart_get_title (chart), gtk_label_get_label (self->scope_label));
  window = cohort_class_list_window_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), title, scope,
                                         classes);
  g_signal_connect_object (window, "class-activated", G_CALLBACK (on_class_activated_cb), self, 0);
  g_set_weak_pointer (&self->classes_window, GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

static void
chart_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CohortDashboardPage *self = COHORT_DASHBOARD_PAGE (widget);
  guint i = g_variant_get_uint32 (parameter);

  if (self->charts == NULL || i >= self->charts->len)
    return;
  if (g_str_equal (action_name, "dashboard.copy-chart"))
    cohort_dashboard_copy_chart (widget, g_ptr_array_index (self->charts, i));
  else
    cohort_dashboard_save_chart (widget, g_ptr_array_index (self->charts, i));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CohortDashboardPage *self = COHORT_DASHBOARD_PAGE (widget);

  cohort_dashboard_export (widget, cohort_page_get_store (COHORT_PAGE (self)), &self->filter,
                           g_variant_get_string (parameter, NULL));
}

/* A card: the chart's title, a menu to copy or save it, the chart. */
static GtkWidget *
chart_card (CohortDashboardPage *self,
            guint                i)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autofree char *copy = g_strdup_printf ("dashboard.copy-chart(uint32 %u)", i);
  g_autofree char *save = g_strdup_printf ("dashboard.save-chart(uint32 %u)", i);
  GtkWidget *view = cohort_chart_view_new ();

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "chart-card");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (header), title);

  g_menu_append (menu, _("_Copy Chart"), copy);
  g_menu_append (menu, _("_Save Chart as Picture…"), save);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_widget_set_tooltip_text (menu_button, _("Copy or Save the Chart"));
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_widget_set_valign (menu_button, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (header), menu_button);
  gtk_box_append (GTK_BOX (card), header);

  gtk_widget_set_vexpand (view, TRUE);
  g_signal_connect_object (view, "value-activated", G_CALLBACK (on_value_activated_cb), self, 0);
  gtk_box_append (GTK_BOX (card), view);

  self->views[i] = COHORT_CHART_VIEW (view);
  self->chart_titles[i] = GTK_LABEL (title);
  return card;
}

static void
cohort_dashboard_page_dispose (GObject *object)
{
  CohortDashboardPage *self = COHORT_DASHBOARD_PAGE (object);

  g_clear_weak_pointer (&self->classes_window);
  gtk_widget_dispose_template (GTK_WIDGET (object), COHORT_TYPE_DASHBOARD_PAGE);
  G_OBJECT_CLASS (cohort_dashboard_page_parent_class)->dispose (object);
}

static void
cohort_dashboard_page_finalize (GObject *object)
{
  CohortDashboardPage *self = COHORT_DASHBOARD_PAGE (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->hosts, g_array_unref);
  g_clear_pointer (&self->programs, g_ptr_array_unref);
  g_clear_pointer (&self->host_names, g_ptr_array_unref);
  g_clear_pointer (&self->program_names, g_ptr_array_unref);
  g_clear_pointer (&self->charts, g_ptr_array_unref);
  g_clear_pointer (&self->dashboard, cohort_dashboard_free);
  G_OBJECT_CLASS (cohort_dashboard_page_parent_class)->finalize (object);
}

static void
cohort_dashboard_page_class_init (CohortDashboardPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_dashboard_page_dispose;
  G_OBJECT_CLASS (klass)->finalize = cohort_dashboard_page_finalize;
  COHORT_PAGE_CLASS (klass)->reload = cohort_dashboard_page_reload;

  g_type_ensure (COHORT_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cohort/Cohort/cohort-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, period_label);
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, scope_label);
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, plan_button);
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, from_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, to_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, host_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, program_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, classes_value);
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, classes_detail);
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, students_value);
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, students_detail);
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, graduates_value);
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, graduates_detail);
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, plan_classes_value);
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, plan_classes_detail);
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, plan_students_value);
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, plan_students_detail);
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, lao_value);
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, lao_detail);
  gtk_widget_class_bind_template_child (widget_class, CohortDashboardPage, charts_box);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "dashboard.copy-chart", "u", chart_action);
  gtk_widget_class_install_action (widget_class, "dashboard.save-chart", "u", chart_action);
  gtk_widget_class_install_action (widget_class, "dashboard.export", "s", export_action);
}

static void
cohort_dashboard_page_init (CohortDashboardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = cohort_settings_new ();
  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  self->hosts = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->programs = g_ptr_array_new_with_free_func (g_free);
  self->host_names = g_ptr_array_new_with_free_func (g_free);
  self->program_names = g_ptr_array_new_with_free_func (g_free);
  self->filter = (CohortDashboardFilter) COHORT_DASHBOARD_FILTER_INIT;
  for (guint i = 0; i < COHORT_DASHBOARD_N_CHARTS; i++)
    gtk_flow_box_append (self->charts_box, chart_card (self, i));
}

/**
 * cohort_dashboard_page_get_tile_text:
 * @tile: "classes", "students", "graduates", "plan-classes",
 *   "plan-students" or "lao"; with "-detail" for the line under the value
 *
 * Returns: the text the tile shows
 */
const char *
cohort_dashboard_page_get_tile_text (CohortDashboardPage *self,
                                     const char          *tile)
{
  struct { const char *name; GtkLabel *label; } tiles[] = {
    { "classes", self->classes_value }, { "classes-detail", self->classes_detail },
    { "students", self->students_value }, { "students-detail", self->students_detail },
    { "graduates", self->graduates_value }, { "graduates-detail", self->graduates_detail },
    { "plan-classes", self->plan_classes_value }, { "plan-classes-detail", self->plan_classes_detail },
    { "plan-students", self->plan_students_value }, { "plan-students-detail", self->plan_students_detail },
    { "lao", self->lao_value }, { "lao-detail", self->lao_detail },
    { "period", self->period_label }, { "scope", self->scope_label },
  };

  g_return_val_if_fail (COHORT_IS_DASHBOARD_PAGE (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tiles); i++)
    if (g_str_equal (tile, tiles[i].name))
      return gtk_label_get_label (tiles[i].label);
  return NULL;
}

const CohortDashboard *
cohort_dashboard_page_get_dashboard (CohortDashboardPage *self)
{
  g_return_val_if_fail (COHORT_IS_DASHBOARD_PAGE (self), NULL);
  return self->dashboard;
}

const CohortDashboardFilter *
cohort_dashboard_page_get_filter (CohortDashboardPage *self)
{
  g_return_val_if_fail (COHORT_IS_DASHBOARD_PAGE (self), NULL);
  return &self->filter;
}

CohortChartView *
cohort_dashboard_page_get_chart_view (CohortDashboardPage *self,
                                      guint                chart)
{
  g_return_val_if_fail (COHORT_IS_DASHBOARD_PAGE (self), NULL);
  g_return_val_if_fail (chart < COHORT_DASHBOARD_N_CHARTS, NULL);
  return self->views[chart];
}

/**
 * cohort_dashboard_page_get_classes_window:
 *
 * Returns: (nullable) (transfer none): the classes behind the last value clicked, while open
 */
GtkWindow *
cohort_dashboard_page_get_classes_window (CohortDashboardPage *self)
{
  g_return_val_if_fail (COHORT_IS_DASHBOARD_PAGE (self), NULL);
  return self->classes_window;
}

/**
 * cohort_dashboard_page_set_filter:
 * @from_year: 0 for the first year with classes
 * @to_year: 0 for this year
 * @host_id: 0, %COHORT_HOST_DISTRICT_CENTRES or an org unit
 * @program: (nullable): a program type code
 *
 * Selects the filter in the drop-downs, as the user would; the page reads
 * and shows the figures at once.
 *
 * Returns: whether every value was among the choices
 */
gboolean
cohort_dashboard_page_set_filter (CohortDashboardPage *self,
                                  int                  from_year,
                                  int                  to_year,
                                  gint64               host_id,
                                  const char          *program)
{
  guint host_pos = G_MAXUINT, program_pos = program ? G_MAXUINT : 0;

  g_return_val_if_fail (COHORT_IS_DASHBOARD_PAGE (self), FALSE);

  for (guint i = 0; i < self->hosts->len; i++)
    if (g_array_index (self->hosts, gint64, i) == host_id)
      host_pos = i;
  for (guint i = 1; program && i < self->programs->len; i++)
    if (g_str_equal (g_ptr_array_index (self->programs, i), program))
      program_pos = i;
  if (host_pos == G_MAXUINT || program_pos == G_MAXUINT || self->years->len == 0)
    return FALSE;

  self->filling = TRUE;
  gtk_drop_down_set_selected (self->from_dropdown, from_year ? year_position (self, from_year, 0) : 0);
  gtk_drop_down_set_selected (self->to_dropdown, year_position (self, to_year ? to_year : current_year (),
                                                                self->years->len - 1));
  gtk_drop_down_set_selected (self->host_dropdown, host_pos);
  self->filling = FALSE;
  /* the last change reads and shows, as the user's would */
  if (gtk_drop_down_get_selected (self->program_dropdown) == program_pos)
    on_filter_changed_cb (self);
  else
    gtk_drop_down_set_selected (self->program_dropdown, program_pos);
  return TRUE;
}
