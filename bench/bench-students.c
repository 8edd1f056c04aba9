/* bench-students.c: the Students directory on a large database, against the
 * naive baseline (every person in a GListStore, GtkStringFilter and
 * GtkStringSorter on the name), in real widgets under Xvfb.
 *
 *   bench-students --mode model|refresh|naive DB   (refresh: the model alone, no view)
 *
 * Prints: first frame, search time per keystroke over 20 queries typed one
 * character at a time (p50, p95), a sort (baseline only: the model sorts in
 * SQL), and RSS; for the model, each of the page's filters (year of birth,
 * level, province, class, unit, with and without a search) in SQL alone and
 * to the frame drawn.
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
#include "cohort-person-list-model.h"
#include "cohort-platform.h"
#include "cohort-students-page.h"

static const char *const queries[] = {
  "nguyen van", "tran thi", "le duc", "pham minh", "hoang", "nguyen thi thu", "dang van",
  "bui thi", "do van", "ngo", "duong", "vu thi", "vo van", "phan thi", "ho thi", "huynh",
  "dinh", "truong", "ສົມພອນ", "045185",
};

static void
report (const char *mode, double first_frame, GArray *keys, double sort_ms)
{
  g_autofree char *sort = sort_ms < 0 ? g_strdup ("   (in SQL)") : g_strdup_printf ("%7.1f ms", sort_ms);

  printf ("%-6s first frame %7.1f ms | keystroke p50 %7.1f ms  p95 %7.1f ms  (n=%u) | sort %s | RSS %ld MB\n",
          mode, first_frame,
          bench_percentile (keys, 0.5),
          bench_percentile (keys, 0.95),
          keys->len,
          sort,
          bench_rss_mb ("VmRSS:"));
}

static void
wait_draw (GtkWidget *widget)
{
  gtk_widget_queue_draw (widget);
  gtk_test_widget_wait_for_draw (widget);
}

static void
type_queries (GArray *keys, void (*search) (gpointer, const char *), gpointer data, GtkWidget *window)
{
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      const char *text = queries[q];

      for (const char *p = g_utf8_next_char (text); ; p = g_utf8_next_char (p))
        {
          g_autofree char *prefix = g_strndup (text, p - text);
          double t0 = bench_now_ms (), t;

          search (data, prefix);
          wait_draw (window);
          t = bench_now_ms () - t0;
          g_array_append_val (keys, t);
          if (*p == '\0')
            break;
        }
    }
}

/* The filters of the page, each alone and some together with a search. */
typedef struct
{
  const char         *name;
  const char         *query;
  CohortPersonFilter  filter;
} FilterCase;

static GArray *
filter_cases (CohortStore *store)
{
  GArray *cases = g_array_new (FALSE, TRUE, sizeof (FilterCase));
  g_autoptr(GPtrArray) classes = cohort_store_list_classes (store, FALSE, 1, NULL);
  static char class_code[64];
  static int class_year;
  FilterCase c;

#define ADD(n, q, lvl, ...) (c = (FilterCase) { n, q, { .level = lvl, __VA_ARGS__ } }, g_array_append_val (cases, c))
  if (classes != NULL && classes->len > 0)
    {
      g_strlcpy (class_code, cohort_class_get_text (g_ptr_array_index (classes, 0), COHORT_CLASS_CODE),
                 sizeof class_code);
      class_year = (int) cohort_class_get_number (g_ptr_array_index (classes, 0), COHORT_CLASS_YEAR);
    }
  ADD ("born 1975-1985", NULL, -1, .born_from = 1975, .born_to = 1985);
  ADD ("level district", NULL, COHORT_LEVEL_DISTRICT);
  ADD ("province Quang Tri (today)", NULL, -1, .province = "vn:72");
  ADD ("province Quang Binh (old)", NULL, -1, .province = "vn:30");
  ADD ("Lao province 13", NULL, -1, .province = "lo:13");
  ADD ("class code+year", NULL, -1, .class_code = class_code, .class_year = class_year);
  ADD ("class year 2024", NULL, -1, .class_year = 2024);
  ADD ("unit 'hai lang'", NULL, -1, .unit = "hai lang");
  ADD ("born+level+'nguyen'", "nguyen", COHORT_LEVEL_DISTRICT, .born_from = 1975, .born_to = 1985);
  ADD ("unit+'tran thi'", "tran thi", -1, .unit = "gio linh");
#undef ADD
  return cases;
}

/* Cohort's page: the model over SQL */

static void
page_search (gpointer page, const char *text)
{
  cohort_students_page_search (page, text);
  while (cohort_students_page_is_searching (page))
    g_main_context_iteration (NULL, TRUE);
}

static void
run_model (CohortStore *store)
{
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page;
  double t0 = bench_now_ms (), first;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  page = g_object_new (COHORT_TYPE_STUDENTS_PAGE, NULL);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  cohort_page_set_store (COHORT_PAGE (page), store);
  while (cohort_students_page_is_searching (COHORT_STUDENTS_PAGE (page)))
    g_main_context_iteration (NULL, TRUE);
  wait_draw (window);
  first = bench_now_ms () - t0;

  type_queries (keys, page_search, page, window);
  report ("model", first, keys, -1);

  /* Each column of the page, sorted in SQL, to the frame drawn. */
  page_search (page, "");
  wait_draw (window);
  {
    GtkColumnView *view = cohort_students_page_get_column_view (COHORT_STUDENTS_PAGE (page));
    GListModel *columns = gtk_column_view_get_columns (view);

    printf ("model  sort of all people:");
    for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
      {
        g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
        double t1 = bench_now_ms ();

        gtk_column_view_sort_by_column (view, column, GTK_SORT_ASCENDING);
        while (cohort_students_page_is_searching (COHORT_STUDENTS_PAGE (page)))
          g_main_context_iteration (NULL, TRUE);
        wait_draw (window);
        printf (" %s %.0f ms%s", gtk_column_view_column_get_title (column), bench_now_ms () - t1,
                i + 1 < g_list_model_get_n_items (columns) ? "," : "\n");
      }
  }

  /* Each filter set as the user sets it, to the frame drawn. */
  {
    g_autoptr(GArray) cases = filter_cases (store);

    gtk_column_view_sort_by_column (cohort_students_page_get_column_view (COHORT_STUDENTS_PAGE (page)), NULL,
                                    GTK_SORT_ASCENDING);
    printf ("model  filters to the frame drawn:");
    for (guint i = 0; i < cases->len; i++)
      {
        FilterCase *c = &g_array_index (cases, FilterCase, i);
        double t1 = bench_now_ms ();

        cohort_students_page_search (COHORT_STUDENTS_PAGE (page), c->query ? c->query : "");
        cohort_students_page_set_filter (COHORT_STUDENTS_PAGE (page), &c->filter);
        while (cohort_students_page_is_searching (COHORT_STUDENTS_PAGE (page)))
          g_main_context_iteration (NULL, TRUE);
        wait_draw (window);
        printf (" %s %.0f ms%s", c->name, bench_now_ms () - t1, i + 1 < cases->len ? "," : "\n");
      }
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The model alone, no view: what the store costs per keystroke */

static void
model_search (gpointer model, const char *text)
{
  cohort_person_list_model_set_query (model, text, COHORT_PERSON_SORT_NAME, FALSE);
  cohort_person_list_model_refresh_sync (model, NULL);
}

static void
run_refresh (CohortStore *store)
{
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(CohortPersonListModel) model = cohort_person_list_model_new (store);
  double t0 = bench_now_ms (), first;

  model_search (model, "");
  first = bench_now_ms () - t0;
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    for (const char *p = g_utf8_next_char (queries[q]); ; p = g_utf8_next_char (p))
      {
        g_autofree char *prefix = g_strndup (queries[q], p - queries[q]);
        double t1 = bench_now_ms (), t;

        model_search (model, prefix);
        t = bench_now_ms () - t1;
        g_array_append_val (keys, t);
        if (*p == '\0')
          break;
      }
  report ("sql", first, keys, -1);

  /* Each sortable column of the directory, the whole table, both ways. */
  {
    static const struct { CohortPersonSort sort; const char *name; } sorts[] = {
      { COHORT_PERSON_SORT_NAME, "name" }, { COHORT_PERSON_SORT_BIRTH_DATE, "birth date" },
      { COHORT_PERSON_SORT_GENDER, "gender" }, { COHORT_PERSON_SORT_POSITION, "position" },
      { COHORT_PERSON_SORT_UNIT, "unit" },
    };

    printf ("sql    sort of all people:");
    for (guint i = 0; i < G_N_ELEMENTS (sorts); i++)
      for (int desc = 0; desc < 2; desc++)
        {
          double t1 = bench_now_ms ();

          cohort_person_list_model_set_query (model, "", sorts[i].sort, desc);
          cohort_person_list_model_refresh_sync (model, NULL);
          printf (" %s%s %.0f ms%s", sorts[i].name, desc ? " ↓" : " ↑", bench_now_ms () - t1,
                  i + 1 == G_N_ELEMENTS (sorts) && desc ? "\n" : ",");
        }
  }

  /* Each filter, in roster order and by date of birth, best of three. */
  {
    g_autoptr(GArray) cases = filter_cases (store);

    printf ("sql    filters (rows, roster order / by date of birth):\n");
    for (guint i = 0; i < cases->len; i++)
      {
        FilterCase *c = &g_array_index (cases, FilterCase, i);
        double best[2] = { G_MAXDOUBLE, G_MAXDOUBLE };

        for (int sort = 0; sort < 2; sort++)
          for (int run = 0; run < 3; run++)
            {
              double t1 = bench_now_ms ();

              cohort_person_list_model_set_query (model, c->query,
                                                  sort ? COHORT_PERSON_SORT_BIRTH_DATE : COHORT_PERSON_SORT_NAME,
                                                  FALSE);
              cohort_person_list_model_set_filter (model, &c->filter);
              cohort_person_list_model_refresh_sync (model, NULL);
              best[sort] = MIN (best[sort], bench_now_ms () - t1);
            }
        printf ("         %-28s %7u rows  %6.1f ms / %6.1f ms\n", c->name,
                g_list_model_get_n_items (G_LIST_MODEL (model)), best[0], best[1]);
      }
    cohort_person_list_model_set_filter (model, NULL);
  }
}

/* The naive baseline */

typedef struct
{
  GtkStringFilter *filter;
} Naive;

static const char cell_ui[] =
  "<interface><template class=\"GtkListItem\"><property name=\"child\"><object class=\"GtkInscription\">"
  "<binding name=\"text\"><lookup name=\"full-name\" type=\"CohortPerson\"><lookup name=\"item\">"
  "GtkListItem</lookup></lookup></binding></object></property></template></interface>";

static void
naive_search (gpointer data, const char *text)
{
  Naive *naive = data;
  gtk_string_filter_set_search (naive->filter, text);
}

static void
run_naive (CohortStore *store)
{
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) people = NULL;
  GListStore *list = g_list_store_new (COHORT_TYPE_PERSON);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view;
  GtkColumnViewColumn *column;
  GtkStringSorter *sorter;
  GtkSortListModel *sorted;
  GtkFilterListModel *filtered;
  Naive naive;
  double t0 = bench_now_ms (), first, sort_ms;

  people = cohort_store_search_people (store, "", 0, NULL);
  g_list_store_splice (list, 0, 0, people->pdata, people->len);

  naive.filter = gtk_string_filter_new (gtk_property_expression_new (COHORT_TYPE_PERSON, NULL, "full-name"));
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (list), GTK_FILTER (naive.filter));
  sorter = gtk_string_sorter_new (gtk_property_expression_new (COHORT_TYPE_PERSON, NULL, "full-name"));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered), NULL);
  view = gtk_column_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (sorted))));
  column = gtk_column_view_column_new ("name", gtk_builder_list_item_factory_new_from_bytes (NULL,
    g_bytes_new_static (cell_ui, strlen (cell_ui))));
  gtk_column_view_append_column (GTK_COLUMN_VIEW (view), column);
  g_object_unref (column);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  gtk_window_present (GTK_WINDOW (window));
  wait_draw (window);
  first = bench_now_ms () - t0;

  t0 = bench_now_ms ();
  gtk_sort_list_model_set_sorter (sorted, GTK_SORTER (sorter));
  wait_draw (window);
  sort_ms = bench_now_ms () - t0;

  type_queries (keys, naive_search, &naive, window);
  report ("naive", first, keys, sort_ms);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = NULL;
  const char *mode = argc > 2 ? argv[1] : NULL;

  if (argc != 4 || g_strcmp0 (argv[1], "--mode") != 0)
    {
      fprintf (stderr, "usage: bench-students --mode model|refresh|naive DB\n");
      return 2;
    }
  mode = argv[2];

  cohort_platform_init ();
  cohort_i18n_init (NULL);
  cohort_fonts_init ();
  gtk_init ();
  adw_init ();

  store = cohort_store_open (argv[3], &error);
  if (store == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  if (g_str_equal (mode, "model"))
    run_model (store);
  else if (g_str_equal (mode, "refresh"))
    run_refresh (store);
  else
    run_naive (store);
  return 0;
}
