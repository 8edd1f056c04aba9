/* cohort-test-io.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cohort-test-io.h"

/* A CohortRowFunc appending each row to the GString @user_data as an
 * "a|b|c" line. */
gboolean
cohort_test_collect_row (guint               row,
                         const char *const  *cells,
                         guint               n_cells,
                         gpointer            user_data,
                         GError            **error)
{
  GString *out = user_data;

  for (guint i = 0; i < n_cells; i++)
    g_string_append_printf (out, "%s%s", i ? "|" : "", cells[i]);
  g_string_append_c (out, '\n');
  return TRUE;
}

static gboolean
keep_row (guint row, const char *const *cells, guint n_cells, gpointer user_data, GError **error)
{
  g_ptr_array_add (user_data, g_strdupv ((char **) cells));
  return TRUE;
}

/* The rows of @csv as the CSV reader hands them on, each a strv. */
GPtrArray *
cohort_test_rows_of (const char *csv)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_assert_true (cohort_csv_read ((const guint8 *) csv, strlen (csv), NULL, keep_row, rows, NULL, &error));
  g_assert_no_error (error);
  return rows;
}

/* The kind of each column of @map, "?" after those it is not sure of. */
char *
cohort_test_kinds_text (CohortHeaderMap *map)
{
  GString *s = g_string_new (NULL);

  for (guint c = 0; c < map->n_columns; c++)
    g_string_append_printf (s, "%s%s%s", c ? " " : "", cohort_column_kind_key (map->kinds[c]),
                            map->sure[c] ? "" : "?");
  return g_string_free (s, FALSE);
}
