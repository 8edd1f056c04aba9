/* cohort-reports-page.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The training statistics as a table: the numbers of `cohort-cli stats --json`.
 */
#define G_LOG_DOMAIN "cohort-reports-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-format.h"
#include "cohort-reports-page.h"

struct _CohortReportsPage
{
  CohortPage  parent_instance;

  /* Template widgets */
  GtkGrid    *table;

  guint       n_rows;
};

G_DEFINE_FINAL_TYPE (CohortReportsPage, cohort_reports_page, COHORT_TYPE_PAGE)

static void
add_cell (GtkGrid    *grid,
          const char *text,
          int         column,
          int         row,
          gboolean    number,
          gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), number ? 1.0f : 0.0f);
  if (number)
    gtk_widget_add_css_class (label, "numeric");
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_hexpand (label, column == 1);
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

static void
add_count (GtkGrid *grid,
           gint64   n,
           int      column,
           int      row)
{
  g_autofree char *text = cohort_format_count (n);
  add_cell (grid, text, column, row, TRUE, FALSE);
}

/* Worker thread */
static gpointer
cohort_reports_page_load (CohortStore  *store,
                          GError      **error)
{
  return cohort_store_get_stats (store, 0, 0, error);
}

static void
cohort_reports_page_show (CohortPage *page,
                          gpointer    data)
{
  CohortReportsPage *self = COHORT_REPORTS_PAGE (page);
  GPtrArray *rows = data;
  GtkWidget *child;
  int last_year = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->table))) != NULL)
    gtk_grid_remove (self->table, child);
  self->n_rows = 0;

  add_cell (self->table, _("Year"), 0, 0, FALSE, TRUE);
  add_cell (self->table, _("Program"), 1, 0, FALSE, TRUE);
  add_cell (self->table, _("Level"), 2, 0, FALSE, TRUE);
  add_cell (self->table, _("Classes"), 3, 0, TRUE, TRUE);
  add_cell (self->table, _("Students"), 4, 0, TRUE, TRUE);
  add_cell (self->table, _("Enrolments"), 5, 0, TRUE, TRUE);

  for (guint i = 0; i < rows->len; i++)
    {
      const CohortStatsRow *row = g_ptr_array_index (rows, i);
      g_autofree char *year = g_strdup_printf ("%d", row->year);
      int r = (int) i + 1;

      /* The year is written once, on the first line of its block. */
      add_cell (self->table, row->year != last_year ? year : "", 0, r, FALSE, row->year != last_year);
      add_cell (self->table, row->program_name, 1, r, FALSE, FALSE);
      add_cell (self->table, cohort_format_level (row->level), 2, r, FALSE, FALSE);
      add_count (self->table, row->classes, 3, r);
      add_count (self->table, row->students, 4, r);
      add_count (self->table, row->enrolments, 5, r);
      last_year = row->year;
      self->n_rows++;
    }
}

static void
cohort_reports_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), COHORT_TYPE_REPORTS_PAGE);
  G_OBJECT_CLASS (cohort_reports_page_parent_class)->dispose (object);
}

static void
cohort_reports_page_class_init (CohortReportsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_reports_page_dispose;
  COHORT_PAGE_CLASS (klass)->load = cohort_reports_page_load;
  COHORT_PAGE_CLASS (klass)->show = cohort_reports_page_show;
  COHORT_PAGE_CLASS (klass)->free_data = (GDestroyNotify) g_ptr_array_unref;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cohort/Cohort/cohort-reports-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortReportsPage, table);
}

static void
cohort_reports_page_init (CohortReportsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

guint
cohort_reports_page_get_n_rows (CohortReportsPage *self)
{
  g_return_val_if_fail (COHORT_IS_REPORTS_PAGE (self), 0);
  return self->n_rows;
}
