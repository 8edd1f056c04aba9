/* cohort-lao-page.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-lao-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-date.h"
#include "cohort-format.h"
#include "cohort-widgets.h"
#include "cohort-lao-page.h"

struct _CohortLaoPage
{
  CohortPage          parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *provinces_group;
  GtkListBox          *province_list;
  GtkListBox          *cohort_list;

  guint                n_provinces;
  guint                n_cohorts;
};

G_DEFINE_FINAL_TYPE (CohortLaoPage, cohort_lao_page, COHORT_TYPE_PAGE)

static void
fill_provinces (CohortLaoPage *self,
                GPtrArray     *rows)
{
  guint others = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      const CohortLaoProvinceRow *row = g_ptr_array_index (rows, i);
      g_autofree char *students = NULL;
      g_autofree char *classes = NULL;
      g_autofree char *suffix = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *widget;

      if (row->students == 0)
        {
          others++;
          continue;
        }

      students = cohort_format_count (row->students);
      classes = cohort_format_count (row->classes);
      /* Translators: "120 cadres in 4 cohorts"; the plural follows the number of cohorts */
      suffix = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s cadres in %s cohort",
                                             "%s cadres in %s cohorts", (gulong) row->classes),
                                students, classes);
      /* Vietnamese usage often keeps the English spelling: show it once then. */
      if (g_strcmp0 (row->name_vi, row->name_en) == 0)
        subtitle = g_strdup (row->name_vi);
      else
        subtitle = g_strdup_printf ("%s · %s", row->name_vi, row->name_en);

      widget = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), row->name_lo);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (widget), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (widget), cohort_dim_number_label (suffix));
      gtk_list_box_append (self->province_list, widget);
      self->n_provinces++;
    }

  if (others > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u more province of Laos has sent no cadres yet.",
                                                            "%u more provinces of Laos have sent no cadres yet.",
                                                            others), others);
      adw_preferences_group_set_description (self->provinces_group, text);
    }
}

static void
fill_cohorts (CohortLaoPage *self,
              GPtrArray     *classes,
              GPtrArray     *provinces)
{
  for (guint i = 0; i < classes->len; i++)
    {
      CohortClass *klass = g_ptr_array_index (classes, i);
      const char *code = cohort_class_get_text (klass, COHORT_CLASS_LAO_PROVINCE);
      const char *province = code;
      g_autofree char *start = cohort_date_format (cohort_class_get_text (klass, COHORT_CLASS_START_DATE));
      g_autofree char *students = cohort_format_count (cohort_class_get_number (klass, COHORT_CLASS_ENROLLED));
      g_autofree char *subtitle = NULL;
      g_autofree char *suffix = NULL;
      GtkWidget *widget;

      for (guint j = 0; j < provinces->len; j++)
        {
          const CohortLaoProvinceRow *row = g_ptr_array_index (provinces, j);

          if (g_strcmp0 (row->code, code) == 0)
            province = row->name_lo;
        }

      /* Translators: "ສະຫວັນນະເຂດ · from 05/09/2025 · Running" */
      subtitle = g_strdup_printf (_("%s · from %s · %s"), province, start,
                                  cohort_format_class_status (cohort_class_get_number (klass, COHORT_CLASS_STATUS)));
      suffix = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s student", "%s students",
                                             (gulong) cohort_class_get_number (klass, COHORT_CLASS_ENROLLED)),
                                students);

      widget = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget),
                                     cohort_class_get_text (klass, COHORT_CLASS_CODE));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (widget), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (widget), cohort_dim_number_label (suffix));
      gtk_list_box_append (self->cohort_list, widget);
      self->n_cohorts++;
    }
}

typedef struct
{
  GPtrArray *provinces;   /* CohortLaoProvinceRow */
  GPtrArray *classes;     /* CohortClass */
} LaoData;

static void
lao_data_free (gpointer p)
{
  LaoData *data = p;

  g_clear_pointer (&data->provinces, g_ptr_array_unref);
  g_clear_pointer (&data->classes, g_ptr_array_unref);
  g_free (data);
}

/* Worker thread */
static gpointer
cohort_lao_page_load (CohortStore  *store,
                      GError      **error)
{
  LaoData *data = g_new0 (LaoData, 1);

  data->provinces = cohort_store_get_lao_provinces (store, error);
  if (data->provinces != NULL)
    data->classes = cohort_store_list_classes (store, TRUE, 0, error);
  if (data->classes == NULL)
    {
      lao_data_free (data);
      return NULL;
    }
  return data;
}

static void
cohort_lao_page_show (CohortPage *page,
                      gpointer    p)
{
  CohortLaoPage *self = COHORT_LAO_PAGE (page);
  LaoData *data = p;

  cohort_list_box_remove_all (self->province_list);
  cohort_list_box_remove_all (self->cohort_list);
  self->n_provinces = self->n_cohorts = 0;

  fill_provinces (self, data->provinces);
  fill_cohorts (self, data->classes, data->provinces);
}

static void
cohort_lao_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), COHORT_TYPE_LAO_PAGE);
  G_OBJECT_CLASS (cohort_lao_page_parent_class)->dispose (object);
}

static void
cohort_lao_page_class_init (CohortLaoPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_lao_page_dispose;
  COHORT_PAGE_CLASS (klass)->load = cohort_lao_page_load;
  COHORT_PAGE_CLASS (klass)->show = cohort_lao_page_show;
  COHORT_PAGE_CLASS (klass)->free_data = lao_data_free;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cohort/Cohort/cohort-lao-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortLaoPage, provinces_group);
  gtk_widget_class_bind_template_child (widget_class, CohortLaoPage, province_list);
  gtk_widget_class_bind_template_child (widget_class, CohortLaoPage, cohort_list);
}

static void
cohort_lao_page_init (CohortLaoPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

guint
cohort_lao_page_get_n_provinces (CohortLaoPage *self)
{
  g_return_val_if_fail (COHORT_IS_LAO_PAGE (self), 0);
  return self->n_provinces;
}

guint
cohort_lao_page_get_n_cohorts (CohortLaoPage *self)
{
  g_return_val_if_fail (COHORT_IS_LAO_PAGE (self), 0);
  return self->n_cohorts;
}
