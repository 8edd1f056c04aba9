/* cohort-sort-probe.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 has no getter for the column a GtkColumnViewSorter sorts by
 * (primary-sort-column came in 4.10). Its compare asks the primary column's
 * sorter first and stops at the first answer that is not "equal", inverting
 * it for a descending column. So: every column gets a probe that writes its
 * key where the view can read it and always answers "smaller"; one compare
 * through the view's sorter then gives the column, and the sign of the answer
 * the direction.
 */
#define G_LOG_DOMAIN "cohort-sort-probe"

#include "cohort-sort-probe.h"

struct _CohortSortProbe
{
  GtkSorter  parent_instance;

  int        key;
  int       *last_called;
};

G_DEFINE_FINAL_TYPE (CohortSortProbe, cohort_sort_probe, GTK_TYPE_SORTER)

static GtkOrdering
cohort_sort_probe_compare (GtkSorter *sorter,
                           gpointer   item1,
                           gpointer   item2)
{
  CohortSortProbe *self = COHORT_SORT_PROBE (sorter);

  *self->last_called = self->key;
  return GTK_ORDERING_SMALLER;
}

static GtkSorterOrder
cohort_sort_probe_get_order (GtkSorter *sorter)
{
  return GTK_SORTER_ORDER_PARTIAL;
}

static void
cohort_sort_probe_class_init (CohortSortProbeClass *klass)
{
  GtkSorterClass *sorter_class = GTK_SORTER_CLASS (klass);

  sorter_class->compare = cohort_sort_probe_compare;
  sorter_class->get_order = cohort_sort_probe_get_order;
}

static void
cohort_sort_probe_init (CohortSortProbe *self)
{
}

/**
 * cohort_sort_probe_new:
 * @key: what the column sorts by, e.g. a #CohortPersonSort
 * @last_called: (not nullable): where the probe writes @key when asked
 *
 * Returns: (transfer full): a sorter for gtk_column_view_column_set_sorter()
 */
CohortSortProbe *
cohort_sort_probe_new (int  key,
                       int *last_called)
{
  CohortSortProbe *self = g_object_new (COHORT_TYPE_SORT_PROBE, NULL);

  self->key = key;
  self->last_called = last_called;
  return self;
}

/**
 * cohort_sort_probe_read:
 * @view_sorter: the column view's sorter
 * @last_called: what the probes of its columns write to
 * @key: (out): the key of the column the view sorts by
 * @descending: (out): whether that column sorts descending
 *
 * Returns: %FALSE when the view sorts by no column
 */
gboolean
cohort_sort_probe_read (GtkSorter *view_sorter,
                        int       *last_called,
                        int       *key,
                        gboolean  *descending)
{
  g_autoptr(GObject) a = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) b = g_object_new (G_TYPE_OBJECT, NULL);
  GtkOrdering order;

  *last_called = -1;
  order = gtk_sorter_compare (view_sorter, a, b);
  if (order == GTK_ORDERING_EQUAL || *last_called < 0)
    return FALSE;
  *key = *last_called;
  *descending = order == GTK_ORDERING_LARGER;
  return TRUE;
}
