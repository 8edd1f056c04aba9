/* bench-roster.c: the roster of a 500-person class on a large database, in
 * the real CohortRosterView under Xvfb, against the naive baseline (the same
 * rows with a GtkStringSorter on each column's text).
 *
 *   bench-roster [--naive] DB
 *
 * Adds a class "BENCH500" with 500 people to DB the first time. Prints: first
 * frame of the roster, time per sort for each column (to the frame drawn),
 * filter time per keystroke (p50, p95), and RSS.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bench-common.h"

#include <adwaita.h>
#include <stdio.h>
#include <string.h>

#include "cohort-i18n.h"
#include "cohort-platform.h"
#include "cohort-roster-view.h"

static const char *const filters[] = {
  "nguyen", "thi", "van an", "ubnd", "chu tich", "duc", "huong", "tran", "le thi", "xa",
};

static void
wait_draw (GtkWidget *widget)
{
  gtk_widget_queue_draw (widget);
  gtk_test_widget_wait_for_draw (widget);
}

static CohortClass *
bench_class (CohortStore *store)
{
  g_autoptr(GError) error = NULL;
  CohortClass *klass = cohort_store_find_class (store, "BENCH500", 2026, NULL);
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (klass != NULL)
    return klass;

  klass = cohort_class_new ();
  cohort_class_set_text (klass, COHORT_CLASS_CODE, "BENCH500");
  cohort_class_set_number (klass, COHORT_CLASS_YEAR, 2026);
  cohort_class_set_text (klass, COHORT_CLASS_PROGRAM, "TCLLCT");
  cohort_class_set_number (klass, COHORT_CLASS_HOST_ID, 1);
  cohort_class_set_number (klass, COHORT_CLASS_PLANNED, 500);
  if (!cohort_store_save_class (store, klass, &error))
    g_error ("%s", error->message);

  /* 500 people spread over the alphabet: every 97th in roster order. */
  people = cohort_store_search_people (store, "", 500 * 97, &error);
  for (guint i = 0; i < people->len && ids->len < 500; i += 97)
    {
      gint64 id = cohort_person_get_id (g_ptr_array_index (people, i));
      g_array_append_val (ids, id);
    }
  if (!cohort_store_enrol (store, cohort_class_get_number (klass, COHORT_CLASS_ID), (gint64 *) ids->data, ids->len,
                           NULL, &error))
    g_error ("%s", error->message);
  g_object_unref (klass);
  return cohort_store_find_class (store, "BENCH500", 2026, NULL);
}

/* The naive baseline: each column sorted on its displayed text. */
static const char *const naive_columns[] = {
  "roster-no", "full-name", "birth-date", "gender", "ethnicity-name", "position", "unit", "level",
  "party-join-date", "status",
};

static GtkExpression *
naive_expression (const char *property)
{
  if (g_str_equal (property, "roster-no") || g_str_equal (property, "status") ||
      g_str_equal (property, "ethnicity-name"))
    return gtk_property_expression_new (COHORT_TYPE_ENROLMENT, NULL, property);
  return gtk_property_expression_new (COHORT_TYPE_PERSON,
                                      gtk_property_expression_new (COHORT_TYPE_ENROLMENT, NULL, "person"),
                                      property);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = NULL;
  g_autoptr(CohortClass) klass = NULL;
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (double));
  gboolean naive = argc == 3 && g_str_equal (argv[1], "--naive");
  GtkWidget *window, *overlay;
  CohortRosterView *roster;
  GtkColumnView *view;
  GListModel *columns;
  double t0, first;

  if (argc != 2 && !naive)
    {
      fprintf (stderr, "usage: bench-roster [--naive] DB\n");
      return 2;
    }
  cohort_platform_init ();
  cohort_i18n_init (NULL);
  cohort_fonts_init ();
  gtk_init ();
  adw_init ();

  store = cohort_store_open (argv[argc - 1], &error);
  if (store == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  klass = bench_class (store);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  overlay = adw_toast_overlay_new ();
  roster = g_object_new (COHORT_TYPE_ROSTER_VIEW, NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (roster));
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_present (GTK_WINDOW (window));
  wait_draw (window);

  view = cohort_roster_view_get_column_view (roster);
  columns = gtk_column_view_get_columns (view);
  if (naive)
    for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
      {
        g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
        const char *property = naive_columns[i];
        gboolean numeric = g_str_equal (property, "roster-no") || g_str_equal (property, "gender") ||
                           g_str_equal (property, "level");
        g_autoptr(GtkSorter) sorter = numeric
          ? GTK_SORTER (gtk_numeric_sorter_new (naive_expression (property)))
          : GTK_SORTER (gtk_string_sorter_new (naive_expression (property)));

        gtk_column_view_column_set_sorter (column, sorter);
      }

  t0 = bench_now_ms ();
  if (!cohort_roster_view_show_class (roster, store, klass, &error))
    g_error ("%s", error->message);
  wait_draw (window);
  first = bench_now_ms () - t0;

  printf ("%-6s roster of %u: first frame %.1f ms | sort:", naive ? "naive" : "cohort",
          g_list_model_get_n_items (cohort_roster_view_get_model (roster)), first);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      double t1 = bench_now_ms ();

      gtk_column_view_sort_by_column (view, column, GTK_SORT_ASCENDING);
      wait_draw (window);
      printf (" %s %.1f ms%s", gtk_column_view_column_get_title (column), bench_now_ms () - t1,
              i + 1 < g_list_model_get_n_items (columns) ? "," : "");
    }
  gtk_column_view_sort_by_column (view, NULL, GTK_SORT_ASCENDING);

  for (guint q = 0; q < G_N_ELEMENTS (filters); q++)
    for (const char *p = g_utf8_next_char (filters[q]); ; p = g_utf8_next_char (p))
      {
        g_autofree char *prefix = g_strndup (filters[q], p - filters[q]);
        double t1 = bench_now_ms (), t;

        cohort_roster_view_set_filter (roster, prefix);
        wait_draw (window);
        t = bench_now_ms () - t1;
        g_array_append_val (keys, t);
        if (*p == '\0')
          break;
      }
  printf (" | filter keystroke p50 %.1f ms p95 %.1f ms (n=%u) | RSS %ld MB\n",
          bench_percentile (keys, 0.5), bench_percentile (keys, 0.95),
          keys->len, bench_rss_mb ("VmRSS:"));

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
