/* cohort-chart.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data of one chart: categories, series and their values, with the
 * texts a tooltip and a screen reader give for them. The same chart feeds
 * the window, the PDF, the PNG and the .xlsx sheet.
 */
#define G_LOG_DOMAIN "cohort-io"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cohort-chart.h"
#include "cohort-number.h"

typedef struct
{
  char              *name;
  char              *key;
  CohortChartColour  colour;
  GArray            *values;   /* gint64 per category */
} Series;

struct _CohortChart
{
  gatomicrefcount  ref_count;
  char            *id;
  CohortChartKind  kind;
  char            *title;
  char            *value_name;
  char            *category_dimension;
  char            *series_dimension;
  GPtrArray       *category_labels;
  GPtrArray       *category_keys;
  GPtrArray       *series;
};

G_DEFINE_BOXED_TYPE (CohortChart, cohort_chart, cohort_chart_ref, cohort_chart_unref)

static void
series_free (gpointer p)
{
  Series *s = p;

  g_free (s->name);
  g_free (s->key);
  g_array_unref (s->values);
  g_free (s);
}

/**
 * cohort_chart_new:
 * @id: a name for files and tests, "students-by-program"
 * @title: what the chart shows, in the user's language
 */
CohortChart *
cohort_chart_new (const char      *id,
                  CohortChartKind  kind,
                  const char      *title)
{
  CohortChart *self = g_new0 (CohortChart, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->id = g_strdup (id);
  self->kind = kind;
  self->title = g_strdup (title);
  self->value_name = g_strdup ("");
  self->category_labels = g_ptr_array_new_with_free_func (g_free);
  self->category_keys = g_ptr_array_new_with_free_func (g_free);
  self->series = g_ptr_array_new_with_free_func (series_free);
  return self;
}

CohortChart *
cohort_chart_ref (CohortChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
cohort_chart_unref (CohortChart *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->id);
  g_free (self->title);
  g_free (self->value_name);
  g_free (self->category_dimension);
  g_free (self->series_dimension);
  g_ptr_array_unref (self->category_labels);
  g_ptr_array_unref (self->category_keys);
  g_ptr_array_unref (self->series);
  g_free (self);
}

/**
 * cohort_chart_set_dimensions:
 * @category_dimension: (nullable): what a category's key is: "year",
 *   "program", "level", "lao-province"
 * @series_dimension: (nullable): what a series' key is, or %NULL when the
 *   series are not a way to narrow the classes (plan and actual)
 */
void
cohort_chart_set_dimensions (CohortChart *self,
                             const char  *category_dimension,
                             const char  *series_dimension)
{
  g_return_if_fail (self != NULL);
  g_free (self->category_dimension);
  g_free (self->series_dimension);
  self->category_dimension = g_strdup (category_dimension);
  self->series_dimension = g_strdup (series_dimension);
}

/**
 * cohort_chart_set_value_name:
 * @value_name: what the values count, "Students"
 */
void
cohort_chart_set_value_name (CohortChart *self,
                             const char  *value_name)
{
  g_return_if_fail (self != NULL);
  g_free (self->value_name);
  self->value_name = g_strdup (value_name ? value_name : "");
}

guint
cohort_chart_add_category (CohortChart *self,
                           const char  *label,
                           const char  *key)
{
  g_return_val_if_fail (self != NULL, 0);

  g_ptr_array_add (self->category_labels, g_strdup (label));
  g_ptr_array_add (self->category_keys, g_strdup (key));
  for (guint i = 0; i < self->series->len; i++)
    {
      Series *s = g_ptr_array_index (self->series, i);
      gint64 zero = 0;

      g_array_append_val (s->values, zero);
    }
  return self->category_labels->len - 1;
}

guint
cohort_chart_add_series (CohortChart       *self,
                         const char        *name,
                         const char        *key,
                         CohortChartColour  colour)
{
  Series *s;

  g_return_val_if_fail (self != NULL, 0);

  s = g_new0 (Series, 1);
  s->name = g_strdup (name);
  s->key = g_strdup (key);
  s->colour = colour % COHORT_CHART_N_COLOURS;
  s->values = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_array_set_size (s->values, self->category_labels->len);
  g_ptr_array_add (self->series, s);
  return self->series->len - 1;
}

void
cohort_chart_set_value (CohortChart *self,
                        guint        series,
                        guint        category,
                        gint64       value)
{
  Series *s;

  g_return_if_fail (self != NULL);
  g_return_if_fail (series < self->series->len);
  g_return_if_fail (category < self->category_labels->len);

  s = g_ptr_array_index (self->series, series);
  g_array_index (s->values, gint64, category) = value;
}

const char *
cohort_chart_get_id (CohortChart *self)
{
  return self->id;
}

CohortChartKind
cohort_chart_get_kind (CohortChart *self)
{
  return self->kind;
}

const char *
cohort_chart_get_title (CohortChart *self)
{
  return self->title;
}

const char *
cohort_chart_get_value_name (CohortChart *self)
{
  return self->value_name;
}

const char *
cohort_chart_get_category_dimension (CohortChart *self)
{
  return self->category_dimension;
}

const char *
cohort_chart_get_series_dimension (CohortChart *self)
{
  return self->series_dimension;
}

guint
cohort_chart_get_n_categories (CohortChart *self)
{
  return self->category_labels->len;
}

const char *
cohort_chart_get_category_label (CohortChart *self,
                                 guint        category)
{
  g_return_val_if_fail (category < self->category_labels->len, NULL);
  return g_ptr_array_index (self->category_labels, category);
}

const char *
cohort_chart_get_category_key (CohortChart *self,
                               guint        category)
{
  g_return_val_if_fail (category < self->category_keys->len, NULL);
  return g_ptr_array_index (self->category_keys, category);
}

guint
cohort_chart_get_n_series (CohortChart *self)
{
  return self->series->len;
}

const char *
cohort_chart_get_series_name (CohortChart *self,
                              guint        series)
{
  g_return_val_if_fail (series < self->series->len, NULL);
  return ((Series *) g_ptr_array_index (self->series, series))->name;
}

const char *
cohort_chart_get_series_key (CohortChart *self,
                             guint        series)
{
  g_return_val_if_fail (series < self->series->len, NULL);
  return ((Series *) g_ptr_array_index (self->series, series))->key;
}

CohortChartColour
cohort_chart_get_series_colour (CohortChart *self,
                                guint        series)
{
  g_return_val_if_fail (series < self->series->len, 0);
  return ((Series *) g_ptr_array_index (self->series, series))->colour;
}

gint64
cohort_chart_get_value (CohortChart *self,
                        guint        series,
                        guint        category)
{
  Series *s;

  g_return_val_if_fail (series < self->series->len, 0);
  g_return_val_if_fail (category < self->category_labels->len, 0);
  s = g_ptr_array_index (self->series, series);
  return g_array_index (s->values, gint64, category);
}

gint64
cohort_chart_get_category_total (CohortChart *self,
                                 guint        category)
{
  gint64 total = 0;

  for (guint i = 0; i < self->series->len; i++)
    total += cohort_chart_get_value (self, i, category);
  return total;
}

gint64
cohort_chart_get_total (CohortChart *self)
{
  gint64 total = 0;

  for (guint c = 0; c < self->category_labels->len; c++)
    total += cohort_chart_get_category_total (self, c);
  return total;
}

gboolean
cohort_chart_is_empty (CohortChart *self)
{
  for (guint c = 0; c < self->category_labels->len; c++)
    for (guint i = 0; i < self->series->len; i++)
      if (cohort_chart_get_value (self, i, c) != 0)
        return FALSE;
  return TRUE;
}

static double
percent_of (gint64 part,
            gint64 whole)
{
  return whole > 0 ? 100.0 * (double) part / (double) whole : 0;
}

/**
 * cohort_chart_dup_value_text:
 *
 * Returns: (transfer full): one value as a tooltip says it: the category
 *   and series, then the value with its share ("2024 · Trung cấp LLCT\n
 *   Students: 1,234 (35%)")
 */
char *
cohort_chart_dup_value_text (CohortChart *self,
                             guint        series,
                             guint        category)
{
  gint64 value = cohort_chart_get_value (self, series, category);
  g_autofree char *number = cohort_number_format (value);
  g_autofree char *share = NULL;
  const char *label = cohort_chart_get_category_label (self, category);
  const char *name = cohort_chart_get_series_name (self, series);

  switch (self->kind)
    {
    case COHORT_CHART_DONUT:
      share = cohort_number_format_percent (percent_of (value, cohort_chart_get_total (self)), 1);
      /* Translators: a slice of a chart: "Province level\nStudents: 12,345 (45%)" */
      return g_strdup_printf (_("%s\n%s: %s (%s)"), label, self->value_name, number, share);

    case COHORT_CHART_PAIRED:
      if (series + 1 == self->series->len && series > 0 && cohort_chart_get_value (self, 0, category) > 0)
        {
          g_autofree char *planned = cohort_number_format (cohort_chart_get_value (self, 0, category));

          share = cohort_number_format_percent (percent_of (value, cohort_chart_get_value (self, 0, category)), 1);
          /* Translators: a bar of the plan chart:
           * "Trung cấp LLCT · Actual\nStudents: 1,234 (88% of 1,400 planned)" */
          return g_strdup_printf (_("%s · %s\n%s: %s (%s of %s planned)"), label, name, self->value_name, number,
                                  share, planned);
        }
      /* Translators: a bar of a chart: "Trung cấp LLCT · Planned\nStudents: 1,400" */
      return g_strdup_printf (_("%s · %s\n%s: %s"), label, name, self->value_name, number);

    case COHORT_CHART_STACKED:
    case COHORT_CHART_PERCENT:
    default:
      {
        g_autofree char *total = cohort_number_format (cohort_chart_get_category_total (self, category));

        share = cohort_number_format_percent (percent_of (value, cohort_chart_get_category_total (self, category)), 1);
        /* Translators: a part of a stacked bar: "2024 · Giỏi\nStudents: 123 of 1,000 (12.3%)" */
        return g_strdup_printf (_("%s · %s\n%s: %s of %s (%s)"), label, name, self->value_name, number, total, share);
      }
    }
}

/**
 * cohort_chart_dup_description:
 *
 * Returns: (transfer full): the whole chart in words, for screen readers:
 *   the title, then each category with its values
 */
char *
cohort_chart_dup_description (CohortChart *self)
{
  GString *out = g_string_new (self->title);

  if (cohort_chart_is_empty (self))
    {
      g_string_append (out, ". ");
      g_string_append (out, _("No data for this period."));
      return g_string_free (out, FALSE);
    }
  g_string_append (out, ". ");
  if (self->value_name[0] != '\0')
    {
      g_string_append (out, self->value_name);
      g_string_append (out, ". ");
    }
  for (guint c = 0; c < self->category_labels->len; c++)
    {
      gboolean first = TRUE;

      g_string_append_printf (out, "%s: ", cohort_chart_get_category_label (self, c));
      for (guint i = 0; i < self->series->len; i++)
        {
          g_autofree char *number = cohort_number_format (cohort_chart_get_value (self, i, c));

          if (self->kind != COHORT_CHART_PAIRED && cohort_chart_get_value (self, i, c) == 0 &&
              self->series->len > 1)
            continue;
          if (!first)
            g_string_append (out, ", ");
          first = FALSE;
          if (self->kind == COHORT_CHART_DONUT)
            g_string_append (out, number);
          else
            g_string_append_printf (out, "%s %s", cohort_chart_get_series_name (self, i), number);
        }
      if (self->kind == COHORT_CHART_STACKED || self->kind == COHORT_CHART_PERCENT)
        {
          g_autofree char *total = cohort_number_format (cohort_chart_get_category_total (self, c));

          /* Translators: ends the values of one bar read out to screen readers: "; total 1,801" */
          g_string_append_printf (out, _("; total %s"), total);
        }
      g_string_append (out, ". ");
    }
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}
