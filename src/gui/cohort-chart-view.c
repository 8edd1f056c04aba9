/* cohort-chart-view.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A chart on screen: the marks of CohortChartLayout drawn with GtkSnapshot
 * (bars and texts as render nodes; donut slices, which GTK 4.8 has no node
 * for, with cairo), in the palette's light or dark variant and the theme's
 * text colour. Hovering a value tells it exactly; clicking it emits
 * ::value-activated with its series and category.
 */
#define G_LOG_DOMAIN "cohort-chart-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "cohort-chart-layout.h"
#include "cohort-chart-view.h"

struct _CohortChartView
{
  GtkWidget          parent_instance;

  CohortChart       *chart;
  CohortChartLayout *layout;      /* for the size and style below */
  int                layout_width;
  int                layout_height;
  gboolean           layout_dark;
  int                hover_series;
  int                hover_category;
};

G_DEFINE_FINAL_TYPE (CohortChartView, cohort_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHART,
  N_PROPS
};

enum {
  VALUE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
style_of (CohortChartView  *self,
          CohortChartStyle *style)
{
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  memset (style, 0, sizeof *style);
  style->text[0] = color.red;
  style->text[1] = color.green;
  style->text[2] = color.blue;
  style->text[3] = color.alpha;
  style->dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
}

/* The layout for the widget's size now, made again when size, theme or chart change. */
static CohortChartLayout *
ensure_layout (CohortChartView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  CohortChartStyle style;

  if (self->chart == NULL || width <= 0 || height <= 0)
    return NULL;
  if (self->layout != NULL && self->layout_width == width && self->layout_height == height &&
      self->layout_dark == dark)
    return self->layout;

  g_clear_pointer (&self->layout, cohort_chart_layout_free);
  style_of (self, &style);
  self->layout = cohort_chart_layout_new (self->chart, gtk_widget_get_pango_context (GTK_WIDGET (self)),
                                          width, height, &style);
  self->layout_width = width;
  self->layout_height = height;
  self->layout_dark = dark;
  return self->layout;
}

static void
invalidate (CohortChartView *self)
{
  g_clear_pointer (&self->layout, cohort_chart_layout_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static GdkRGBA
ink_color (const CohortChartStyle *style,
           int                     ink)
{
  double rgba[4];

  cohort_chart_ink_rgba (style, ink, rgba);
  return (GdkRGBA) { rgba[0], rgba[1], rgba[2], rgba[3] };
}

static void
snapshot_slice (GtkSnapshot           *snapshot,
                const CohortChartMark *m,
                const GdkRGBA         *color,
                const GdkRGBA         *outline)
{
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (m->x - 2, m->y - 2, m->width + 4, m->height + 4);
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &bounds);

  cairo_new_path (cr);
  cairo_arc (cr, m->cx, m->cy, m->radius, m->start, m->end);
  cairo_arc_negative (cr, m->cx, m->cy, m->inner, m->end, m->start);
  cairo_close_path (cr);
  gdk_cairo_set_source_rgba (cr, color);
  if (outline != NULL)
    {
      cairo_fill_preserve (cr);
      gdk_cairo_set_source_rgba (cr, outline);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
    }
  else
    cairo_fill (cr);
  cairo_destroy (cr);
}

static void
cohort_chart_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  CohortChartView *self = COHORT_CHART_VIEW (widget);
  CohortChartLayout *layout = ensure_layout (self);
  CohortChartStyle style;
  GdkRGBA text;

  if (layout == NULL)
    return;
  style_of (self, &style);
  text = ink_color (&style, COHORT_CHART_INK_TEXT);

  for (guint i = 0; i < cohort_chart_layout_get_n_marks (layout); i++)
    {
      const CohortChartMark *m = cohort_chart_layout_get_mark (layout, i);
      GdkRGBA color = ink_color (&style, m->ink);
      gboolean hover = m->series >= 0 && m->series == self->hover_series &&
                       m->category == self->hover_category && m->kind != COHORT_CHART_MARK_SWATCH;
      graphene_rect_t rect = GRAPHENE_RECT_INIT (m->x, m->y, m->width, m->height);

      switch (m->kind)
        {
        case COHORT_CHART_MARK_TEXT:
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (m->x, m->y));
          gtk_snapshot_append_layout (snapshot, m->layout, &color);
          gtk_snapshot_restore (snapshot);
          break;

        case COHORT_CHART_MARK_SLICE:
          snapshot_slice (snapshot, m, &color, hover ? &text : NULL);
          break;

        case COHORT_CHART_MARK_SWATCH:
          {
            GskRoundedRect rounded;

            gsk_rounded_rect_init_from_rect (&rounded, &rect, 2);
            gtk_snapshot_push_rounded_clip (snapshot, &rounded);
            gtk_snapshot_append_color (snapshot, &color, &rect);
            gtk_snapshot_pop (snapshot);
          }
          break;

        case COHORT_CHART_MARK_BAR:
        case COHORT_CHART_MARK_RULE:
        default:
          gtk_snapshot_append_color (snapshot, &color, &rect);
          if (hover)
            {
              GskRoundedRect border;
              const float widths[4] = { 2, 2, 2, 2 };
              const GdkRGBA colors[4] = { text, text, text, text };

              gsk_rounded_rect_init_from_rect (&border, &rect, 0);
              gtk_snapshot_append_border (snapshot, &border, widths, colors);
            }
          break;
        }
    }
}

static void
cohort_chart_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 280;
      *natural = 440;
    }
  else
    {
      *minimum = 260;
      *natural = 330;
    }
}

static void
set_hover (CohortChartView *self,
           int              series,
           int              category)
{
  if (self->hover_series == series && self->hover_category == category)
    return;
  self->hover_series = series;
  self->hover_category = category;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), series >= 0 ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              CohortChartView          *self)
{
  CohortChartLayout *layout = ensure_layout (self);
  guint series, category;

  if (layout != NULL && cohort_chart_layout_hit (layout, x, y, &series, &category))
    set_hover (self, series, category);
  else
    set_hover (self, -1, -1);
}

static void
on_leave_cb (GtkEventControllerMotion *controller,
             CohortChartView          *self)
{
  set_hover (self, -1, -1);
}

static void
on_released_cb (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                CohortChartView *self)
{
  if (cohort_chart_view_click_at (self, x, y))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static gboolean
cohort_chart_view_query_tooltip (GtkWidget  *widget,
                                 int         x,
                                 int         y,
                                 gboolean    keyboard,
                                 GtkTooltip *tooltip)
{
  g_autofree char *text = cohort_chart_view_dup_tooltip_at (COHORT_CHART_VIEW (widget), x, y);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_dark_changed_cb (CohortChartView *self)
{
  invalidate (self);
}

static void
cohort_chart_view_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (cohort_chart_view_parent_class)->css_changed (widget, change);
  invalidate (COHORT_CHART_VIEW (widget));
}

static void
cohort_chart_view_dispose (GObject *object)
{
  CohortChartView *self = COHORT_CHART_VIEW (object);

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  g_clear_pointer (&self->layout, cohort_chart_layout_free);
  g_clear_pointer (&self->chart, cohort_chart_unref);
  G_OBJECT_CLASS (cohort_chart_view_parent_class)->dispose (object);
}

static void
cohort_chart_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CohortChartView *self = COHORT_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_boxed (value, self->chart);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cohort_chart_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CohortChartView *self = COHORT_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      cohort_chart_view_set_chart (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cohort_chart_view_class_init (CohortChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cohort_chart_view_dispose;
  object_class->get_property = cohort_chart_view_get_property;
  object_class->set_property = cohort_chart_view_set_property;
  widget_class->snapshot = cohort_chart_view_snapshot;
  widget_class->measure = cohort_chart_view_measure;
  widget_class->query_tooltip = cohort_chart_view_query_tooltip;
  widget_class->css_changed = cohort_chart_view_css_changed;

  properties[PROP_CHART] =
    g_param_spec_boxed ("chart", NULL, NULL, COHORT_TYPE_CHART,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CohortChartView::value-activated:
   * @series: the series of the bar or slice clicked
   * @category: its category
   */
  signals[VALUE_ACTIVATED] =
    g_signal_new ("value-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
cohort_chart_view_init (CohortChartView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->hover_series = self->hover_category = -1;
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (click, "released", G_CALLBACK (on_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark",
                            G_CALLBACK (on_dark_changed_cb), self);
}

GtkWidget *
cohort_chart_view_new (void)
{
  return g_object_new (COHORT_TYPE_CHART_VIEW, NULL);
}

CohortChart *
cohort_chart_view_get_chart (CohortChartView *self)
{
  g_return_val_if_fail (COHORT_IS_CHART_VIEW (self), NULL);
  return self->chart;
}

/**
 * cohort_chart_view_set_chart:
 *
 * Shows @chart, and tells screen readers its title and every value.
 */
void
cohort_chart_view_set_chart (CohortChartView *self,
                             CohortChart     *chart)
{
  g_autofree char *description = NULL;

  g_return_if_fail (COHORT_IS_CHART_VIEW (self));

  if (self->chart == chart)
    return;
  g_clear_pointer (&self->chart, cohort_chart_unref);
  if (chart != NULL)
    self->chart = cohort_chart_ref (chart);
  self->hover_series = self->hover_category = -1;
  invalidate (self);

  description = cohort_chart_view_dup_description (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, chart ? cohort_chart_get_title (chart) : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description ? description : "",
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

/**
 * cohort_chart_view_dup_description:
 *
 * Returns: (transfer full) (nullable): what screen readers are told
 */
char *
cohort_chart_view_dup_description (CohortChartView *self)
{
  g_return_val_if_fail (COHORT_IS_CHART_VIEW (self), NULL);
  return self->chart ? cohort_chart_dup_description (self->chart) : NULL;
}

/**
 * cohort_chart_view_dup_tooltip_at:
 *
 * Returns: (transfer full) (nullable): the tooltip at (@x, @y), if a value is there
 */
char *
cohort_chart_view_dup_tooltip_at (CohortChartView *self,
                                  double           x,
                                  double           y)
{
  CohortChartLayout *layout = ensure_layout (self);
  g_autofree char *value = NULL;
  guint series, category;

  if (layout == NULL || !cohort_chart_layout_hit (layout, x, y, &series, &category))
    return NULL;
  value = cohort_chart_dup_value_text (self->chart, series, category);
  return g_strdup_printf ("%s\n%s", value, _("Click to list the classes"));
}

/**
 * cohort_chart_view_find_value:
 * @x: (out): the middle of the bar or slice, in widget coordinates
 * @y: (out):
 *
 * Returns: whether the value is drawn
 */
gboolean
cohort_chart_view_find_value (CohortChartView *self,
                              guint            series,
                              guint            category,
                              double          *x,
                              double          *y)
{
  CohortChartLayout *layout = ensure_layout (self);

  for (guint i = 0; layout != NULL && i < cohort_chart_layout_get_n_marks (layout); i++)
    {
      const CohortChartMark *m = cohort_chart_layout_get_mark (layout, i);

      if (m->series != (int) series || m->category != (int) category)
        continue;
      if (m->kind == COHORT_CHART_MARK_BAR)
        {
          *x = m->x + m->width / 2;
          *y = m->y + m->height / 2;
          return TRUE;
        }
      if (m->kind == COHORT_CHART_MARK_SLICE)
        {
          double a = (m->start + m->end) / 2, r = (m->radius + m->inner) / 2;

          *x = m->cx + r * cos (a);
          *y = m->cy + r * sin (a);
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * cohort_chart_view_click_at:
 *
 * What a click at (@x, @y) does: emits ::value-activated for the value there.
 *
 * Returns: whether a value was there
 */
gboolean
cohort_chart_view_click_at (CohortChartView *self,
                            double           x,
                            double           y)
{
  CohortChartLayout *layout = ensure_layout (self);
  guint series, category;

  if (layout == NULL || !cohort_chart_layout_hit (layout, x, y, &series, &category))
    return FALSE;
  g_signal_emit (self, signals[VALUE_ACTIVATED], 0, series, category);
  return TRUE;
}
