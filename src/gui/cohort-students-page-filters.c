/* cohort-students-page-filters.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The filters bar of the Students page: years of birth, work unit, class code,
 * class year, province and level; their choices read from the database, the
 * filter they make, and Clear Filters.
 */
#define G_LOG_DOMAIN "cohort-students-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-check.h"
#include "cohort-format.h"
#include "cohort-person-list-model.h"
#include "cohort-students-page-private.h"
#include "cohort-widgets.h"

/* "1980", "1975–1985", "1975-1985": the years of birth; FALSE when the text
 * is none of these. */
static gboolean
parse_years (const char *text,
             int        *from,
             int        *to)
{
  g_autofree char *clean = g_strstrip (g_strdup (text));
  g_auto(GStrv) parts = NULL;
  gint64 a, b;

  *from = *to = 0;
  if (*clean == '\0')
    return TRUE;
  /* en and em dashes as hyphens */
  for (const char *dash = "–—"; *dash; dash = g_utf8_next_char (dash))
    {
      char d[8] = { 0 };
      g_auto(GStrv) split = NULL;

      g_unichar_to_utf8 (g_utf8_get_char (dash), d);
      split = g_strsplit (clean, d, -1);
      g_free (clean);
      clean = g_strjoinv ("-", split);
    }
  parts = g_strsplit (clean, "-", 3);
  if (parts[0] == NULL || g_strv_length (parts) > 2)
    return FALSE;
  if (!g_ascii_string_to_signed (g_strstrip (parts[0]), 10, 1900, 2100, &a, NULL))
    return FALSE;
  b = a;
  if (parts[1] != NULL && !g_ascii_string_to_signed (g_strstrip (parts[1]), 10, 1900, 2100, &b, NULL))
    return FALSE;
  *from = (int) MIN (a, b);
  *to = (int) MAX (a, b);
  return TRUE;
}

/* The filter as the widgets set it; @filter's strings belong to them. */
static void
read_filter (CohortStudentsPage *self,
             CohortPersonFilter *filter)
{
  guint year = gtk_drop_down_get_selected (self->class_year_dropdown);
  guint province = gtk_drop_down_get_selected (self->province_dropdown);
  guint level = gtk_drop_down_get_selected (self->level_dropdown);
  gboolean born_ok;

  *filter = (CohortPersonFilter) COHORT_PERSON_FILTER_INIT;
  born_ok = parse_years (gtk_editable_get_text (GTK_EDITABLE (self->born_entry)), &filter->born_from,
                         &filter->born_to);
  if (born_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->born_entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->born_entry), "error");
  filter->unit = gtk_editable_get_text (GTK_EDITABLE (self->unit_entry));
  filter->class_code = gtk_editable_get_text (GTK_EDITABLE (self->class_entry));
  if (self->class_years != NULL && year != GTK_INVALID_LIST_POSITION && year < self->class_years->len)
    filter->class_year = g_array_index (self->class_years, int, year);
  if (self->province_codes != NULL && province != GTK_INVALID_LIST_POSITION &&
      province < self->province_codes->len)
    filter->province = g_ptr_array_index (self->province_codes, province);
  /* "Any level", then the levels in the order of CohortLevel from province */
  filter->level = level == GTK_INVALID_LIST_POSITION || level == 0 ? -1 : (int) level;
}

/* The choices of the drop-downs from the database, the ones chosen kept. */
void
_cohort_students_page_fill_filter_choices (CohortStudentsPage *self)
{
  CohortStore *store = cohort_page_get_store (COHORT_PAGE (self));
  g_autoptr(GtkStringList) years = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) provinces = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) year_choices = NULL;
  g_autoptr(GPtrArray) province_choices = NULL;
  CohortPersonFilter was;
  g_autofree char *was_province = NULL;
  guint year_pos = 0, province_pos = 0;
  int any = 0;

  if (store == NULL)
    return;
  read_filter (self, &was);
  was_province = g_strdup (was.province);
  year_choices = cohort_store_list_choices (store, COHORT_CHOICE_CLASS_YEAR, NULL);
  province_choices = cohort_store_list_province_choices (store, NULL);

  g_clear_pointer (&self->class_years, g_array_unref);
  self->class_years = g_array_new (FALSE, FALSE, sizeof (int));
  g_array_append_val (self->class_years, any);
  gtk_string_list_append (years, _("Any class year"));
  for (guint i = 0; year_choices != NULL && i < year_choices->len; i++)
    {
      CohortChoice *choice = g_ptr_array_index (year_choices, i);
      int y = (int) g_ascii_strtoll (choice->code, NULL, 10);

      /* Translators: a choice of the Students page's filters: people in a class of that year */
      g_autofree char *label = g_strdup_printf (_("Classes of %d"), y);

      if (y == was.class_year)
        year_pos = self->class_years->len;
      g_array_append_val (self->class_years, y);
      gtk_string_list_append (years, label);
    }

  g_clear_pointer (&self->province_codes, g_ptr_array_unref);
  self->province_codes = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->province_codes, NULL);
  gtk_string_list_append (provinces, _("Any province"));
  for (guint i = 0; province_choices != NULL && i < province_choices->len; i++)
    {
      CohortChoice *choice = g_ptr_array_index (province_choices, i);

      if (g_strcmp0 (choice->code, was_province) == 0)
        province_pos = self->province_codes->len;
      g_ptr_array_add (self->province_codes, g_strdup (choice->code));
      gtk_string_list_append (provinces, choice->name);
    }

  self->filling = TRUE;
  gtk_drop_down_set_model (self->class_year_dropdown, G_LIST_MODEL (years));
  gtk_drop_down_set_selected (self->class_year_dropdown, year_pos);
  gtk_drop_down_set_model (self->province_dropdown, G_LIST_MODEL (provinces));
  gtk_drop_down_set_selected (self->province_dropdown, province_pos);
  self->filling = FALSE;
}

static void
on_filter_changed_cb (CohortStudentsPage *self)
{
  if (!self->filling)
    _cohort_students_page_run_search (self);
}

static void
on_clear_clicked_cb (CohortStudentsPage *self)
{
  cohort_students_page_clear_filters (self);
}

/* The filters as the widgets set them, on the people searched; Clear Filters
 * and what the page of no one found says follow them. */
void
_cohort_students_page_apply_filter (CohortStudentsPage *self)
{
  CohortPersonFilter filter;
  gboolean filtered;

  read_filter (self, &filter);
  filtered = !cohort_person_filter_is_empty (&filter);
  cohort_person_list_model_set_filter (self->people, &filter);
  gtk_widget_set_sensitive (self->clear_button, filtered);
  adw_status_page_set_description (self->none_page,
                                   filtered ? _("No one matches the search and the filters. "
                                                "Clear the filters to see more.")
                                            : _("Try fewer letters, or part of the name without accents."));
}

/* The choices of the filters that do not come from the database; the
 * province drop-down searches as the user types a name. */
void
_cohort_students_page_init_filters (CohortStudentsPage *self)
{
  g_autoptr(GtkExpression) expression = NULL;
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);

  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->province_dropdown, expression);
  /* "Any level", then the levels in the order of CohortLevel from province */
  gtk_string_list_append (levels, _("Any level"));
  for (CohortLevel l = COHORT_LEVEL_PROVINCE; l <= COHORT_LEVEL_COMMUNE; l++)
    gtk_string_list_append (levels, cohort_format_level (l));
  self->filling = TRUE;
  gtk_drop_down_set_model (self->level_dropdown, G_LIST_MODEL (levels));
  self->filling = FALSE;
  cohort_editable_set_limit (GTK_EDITABLE (self->unit_entry), COHORT_LIMIT_UNIT, _("Work unit"),
                             NULL, NULL);
  cohort_editable_set_limit (GTK_EDITABLE (self->class_entry), COHORT_LIMIT_CLASS_CODE,
                             _("Class code"), NULL, NULL);
}

/* The template's callbacks of the filters bar. */
void
_cohort_students_page_class_init_filters (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_clicked_cb);
}

/* Public API */

/**
 * cohort_students_page_set_filter:
 * @filter: (nullable): the filters to set, as the user would; %NULL clears them
 *
 * Sets the filter widgets and searches again. A province or class year not
 * among the choices is left unset.
 */
void
cohort_students_page_set_filter (CohortStudentsPage       *self,
                                 const CohortPersonFilter *filter)
{
  g_autofree char *born = NULL;
  guint year = 0, province = 0;

  g_return_if_fail (COHORT_IS_STUDENTS_PAGE (self));

  if (filter != NULL && filter->born_from > 0 && filter->born_to > 0 && filter->born_from != filter->born_to)
    born = g_strdup_printf ("%d–%d", filter->born_from, filter->born_to);
  else if (filter != NULL && (filter->born_from > 0 || filter->born_to > 0))
    born = g_strdup_printf ("%d", filter->born_from > 0 ? filter->born_from : filter->born_to);
  for (guint i = 1; filter != NULL && self->class_years != NULL && i < self->class_years->len; i++)
    if (g_array_index (self->class_years, int, i) == filter->class_year)
      year = i;
  for (guint i = 1; filter != NULL && self->province_codes != NULL && i < self->province_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->province_codes, i), filter->province) == 0)
      province = i;

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->born_entry), born ? born : "");
  gtk_editable_set_text (GTK_EDITABLE (self->unit_entry), filter && filter->unit ? filter->unit : "");
  gtk_editable_set_text (GTK_EDITABLE (self->class_entry),
                         filter && filter->class_code ? filter->class_code : "");
  gtk_drop_down_set_selected (self->class_year_dropdown, year);
  gtk_drop_down_set_selected (self->province_dropdown, province);
  gtk_drop_down_set_selected (self->level_dropdown, filter && filter->level > 0 ? (guint) filter->level : 0);
  self->filling = FALSE;
  _cohort_students_page_run_search (self);
}

/**
 * cohort_students_page_clear_filters:
 *
 * What Clear Filters does: every filter back to "any"; the search text stays.
 */
void
cohort_students_page_clear_filters (CohortStudentsPage *self)
{
  g_return_if_fail (COHORT_IS_STUDENTS_PAGE (self));
  cohort_students_page_set_filter (self, NULL);
}

/**
 * cohort_students_page_has_filters:
 *
 * Returns: %TRUE when a filter narrows the list
 */
gboolean
cohort_students_page_has_filters (CohortStudentsPage *self)
{
  CohortPersonFilter filter;

  g_return_val_if_fail (COHORT_IS_STUDENTS_PAGE (self), FALSE);
  read_filter (self, &filter);
  return !cohort_person_filter_is_empty (&filter);
}

/**
 * cohort_students_page_get_clear_button:
 *
 * Returns: (transfer none): the Clear Filters button
 */
GtkWidget *
cohort_students_page_get_clear_button (CohortStudentsPage *self)
{
  g_return_val_if_fail (COHORT_IS_STUDENTS_PAGE (self), NULL);
  return self->clear_button;
}
