/* cohort-header-find.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Finds the header of an agency's list below its title lines ("DANH SÁCH
 * HỌC VIÊN …") and reads it over the one to three rows it takes. Offices
 * head a group of columns with one cell merged over them ("Giới tính" over
 * "Nam" | "Nữ"), or write the group once and leave the cells beside it
 * empty; a cell merged down over the rows of the header repeats in each
 * (as the .xlsx reader fills merged cells) or stands in the top row alone.
 * Each column gets its headings from the top down ("Giới tính › Nam"), and
 * what it holds from its own heading read in the light of its group's. A
 * row of column numbers under the header ("(1) (2) (3) …") is passed over.
 */
#define G_LOG_DOMAIN "cohort-header-map"

#include "config.h"

#include <string.h>

#include "cohort-header-map-private.h"
#include "cohort-import-row.h"

/* How many rows from the top may hold titles before the header. */
#define MAX_TITLE_ROWS 30
#define MAX_HEADER_ROWS 3

static guint
strv_len0 (const char *const *row)
{
  return row ? g_strv_length ((char **) row) : 0;
}

/* The cell without the spaces at its ends, or NULL when empty. */
static char *
cell_dup (const char *const *row,
          guint              len,
          guint              c)
{
  char *text;

  if (c >= len || row[c] == NULL)
    return NULL;
  text = g_strstrip (g_strdup (row[c]));
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static gboolean
is_name_kind (CohortColumnKind kind)
{
  return kind == COHORT_COLUMN_FULL_NAME || kind == COHORT_COLUMN_GIVEN_NAME ||
         kind == COHORT_COLUMN_FAMILY_MIDDLE || kind == COHORT_COLUMN_LAO_NAME;
}

static gboolean
is_heading (const char *text)
{
  return cohort_column_kind_for_header (text, NULL) != COHORT_COLUMN_UNKNOWN || cohort_header_is_word (text);
}

/* How many cells of @row are headings, and whether one of them is a name's. */
static guint
count_headers (const char *const *row,
               gboolean          *has_name)
{
  guint n = 0;

  *has_name = FALSE;
  for (guint i = 0; row && row[i]; i++)
    {
      g_autofree char *cell = g_strstrip (g_strdup (row[i]));
      CohortColumnKind kind;

      if (*cell == '\0')
        continue;
      kind = cohort_column_kind_for_header (cell, NULL);
      if (kind == COHORT_COLUMN_UNKNOWN && !cohort_header_is_word (cell))
        continue;
      n++;
      *has_name = *has_name || is_name_kind (kind);
    }
  return n;
}

/* Values no heading has: numbers (row numbers, years, ID numbers), dates,
 * the marks of a gender column. */
static gboolean
is_data (const char *text)
{
  gboolean digits = TRUE, any_digit = FALSE;
  g_autofree char *date = NULL;

  for (const char *p = text; *p; p++)
    {
      digits = digits && (g_ascii_isdigit (*p) || *p == '.');
      any_digit = any_digit || g_ascii_isdigit (*p);
    }
  if (digits && any_digit)
    return TRUE;
  if (cohort_cell_is_mark (text))
    return TRUE;
  if (any_digit && (date = cohort_cell_read_date (text, NULL)) != NULL)
    return TRUE;
  return FALSE;
}

static gboolean
is_column_number_row (const char *const *row)
{
  guint len = strv_len0 (row), n = 0;

  for (guint c = 0; c < len; c++)
    {
      g_autofree char *cell = cell_dup (row, len, c);

      if (cell == NULL)
        continue;
      if (!cohort_cell_is_column_number (cell))
        return FALSE;
      n++;
    }
  return n >= 3;
}

/* The row above the header's first: part of it when a cell of it is merged
 * down into the row below, or when it holds group headings ("Trình độ" over
 * three columns) and no data. A title across the table is one text, and
 * not a heading. */
static gboolean
row_above_is_header (const char *const *above,
                     const char *const *below)
{
  guint len = strv_len0 (above), below_len = strv_len0 (below);
  guint n_filled = 0, n_copies = 0, n_headings = 0;
  g_autoptr(GPtrArray) distinct = g_ptr_array_new_with_free_func (g_free);

  for (guint c = 0; c < len; c++)
    {
      g_autofree char *a = cell_dup (above, len, c);
      g_autofree char *b = NULL;

      if (a == NULL)
        continue;
      if (is_data (a))
        return FALSE;
      n_filled++;
      b = cell_dup (below, below_len, c);
      if (b != NULL && g_str_equal (a, b) && is_heading (a))
        n_copies++;
      if (is_heading (a))
        n_headings++;
      if (!g_ptr_array_find_with_equal_func (distinct, a, g_str_equal, NULL))
        g_ptr_array_add (distinct, g_steal_pointer (&a));
    }
  return n_filled > 0 && (n_copies > 0 || (distinct->len >= 2 && n_headings > 0) ||
                          (distinct->len == 1 && n_headings == n_filled));
}

/* Whether column @c of @row lies under a heading of @block that spans more
 * than one column: merged (the .xlsx reader repeats its text), or written
 * once with empty cells beside it over which @row has headings. */
static gboolean
under_group (GPtrArray         *block,
             const char *const *row,
             guint              c)
{
  guint row_len = strv_len0 (row);

  for (guint i = 0; i < block->len; i++)
    {
      const char *const *r = g_ptr_array_index (block, i);
      guint len = strv_len0 (r);
      g_autofree char *here = cell_dup (r, len, c);

      if (here != NULL)
        {
          g_autofree char *left = c > 0 ? cell_dup (r, len, c - 1) : NULL;
          g_autofree char *right = cell_dup (r, len, c + 1);
          g_autofree char *below_right = cell_dup (row, row_len, c + 1);

          if ((left != NULL && g_str_equal (left, here)) || (right != NULL && g_str_equal (right, here)) ||
              (right == NULL && below_right != NULL))
            return TRUE;
        }
      else
        {
          /* An empty cell after a heading written once over its group */
          for (guint l = c; l > 0; l--)
            {
              g_autofree char *start = cell_dup (r, len, l - 1);
              g_autofree char *start_below = NULL;

              if (start == NULL)
                continue;
              start_below = cell_dup (row, row_len, l - 1);
              if (start_below != NULL)
                return TRUE;
              break;
            }
        }
    }
  return FALSE;
}

/* The row under the header's last: part of it when each of its cells is
 * merged down from the row above, a heading, or under a group, and none is
 * data; at least one a heading. */
static gboolean
row_below_is_header (GPtrArray         *block,
                     const char *const *row)
{
  const char *const *prev = g_ptr_array_index (block, block->len - 1);
  guint len = strv_len0 (row), prev_len = strv_len0 (prev);
  guint n_filled = 0, n_new = 0, n_headings = 0;

  for (guint c = 0; c < len; c++)
    {
      g_autofree char *v = cell_dup (row, len, c);
      g_autofree char *p = NULL;
      gboolean heading;

      if (v == NULL)
        continue;
      n_filled++;
      p = cell_dup (prev, prev_len, c);
      if (p != NULL && g_str_equal (p, v))
        continue;
      heading = is_heading (v);
      if (!heading && (is_data (v) || cohort_cell_is_column_number (v) || !under_group (block, row, c)))
        return FALSE;
      n_new++;
      n_headings += heading;
    }
  if (n_filled == 0)
    return FALSE;
  return n_new == 0 || n_headings > 0;
}

/* The block's cells, stripped, with a group written once over empty cells
 * given to each column under it that has a heading below. */
static char ***
block_grid (GPtrArray *block,
            guint      n_columns)
{
  char ***grid = g_new0 (char **, block->len);

  for (guint i = 0; i < block->len; i++)
    {
      const char *const *r = g_ptr_array_index (block, i);
      guint len = strv_len0 (r);

      grid[i] = g_new0 (char *, n_columns + 1);
      for (guint c = 0; c < n_columns; c++)
        grid[i][c] = cell_dup (r, len, c);
    }
  for (guint i = 0; i + 1 < block->len; i++)
    for (guint c = 1; c < n_columns; c++)
      {
        gboolean sub_here = FALSE, sub_left = FALSE;
        guint l;

        if (grid[i][c] != NULL)
          continue;
        for (l = c; l > 0 && grid[i][l - 1] == NULL; l--)
          ;
        if (l == 0)
          continue;
        l--;
        for (guint j = i + 1; j < block->len; j++)
          {
            sub_here = sub_here || grid[j][c] != NULL;
            sub_left = sub_left || (grid[j][l] != NULL && g_strcmp0 (grid[j][l], grid[i][l]) != 0);
          }
        if (sub_here && sub_left)
          grid[i][c] = g_strdup (grid[i][l]);
      }
  return grid;
}

/* What a column holds, from its headings top down. @lone_sex: a "Nam" or
 * "Nữ" with no group over it, whose data says whether it holds dates. */
static CohortColumnKind
resolve_kind (GPtrArray *path,
              gboolean  *sure,
              gboolean  *lone_sex)
{
  const char *leaf;
  CohortColumnKind kind;

  *sure = FALSE;
  *lone_sex = FALSE;
  if (path->len == 0)
    return COHORT_COLUMN_UNKNOWN;
  leaf = g_ptr_array_index (path, path->len - 1);
  /* The nearest heading above that gives a context */
  for (guint g = path->len - 1; g > 0; g--)
    {
      CohortHeaderGroup group = _cohort_header_group (g_ptr_array_index (path, g - 1));
      gboolean found;

      if (group == COHORT_HEADER_GROUP_NONE)
        continue;
      kind = _cohort_header_kind_in_group (group, leaf, &found);
      if (found)
        {
          *sure = TRUE;
          return kind;
        }
      break;
    }
  kind = cohort_column_kind_for_header (leaf, sure);
  if (kind == COHORT_COLUMN_BIRTH_MALE || kind == COHORT_COLUMN_BIRTH_FEMALE)
    {
      /* Dates or marks, as the rows below tell: a guess, to check */
      *lone_sex = TRUE;
      *sure = FALSE;
      return kind == COHORT_COLUMN_BIRTH_MALE ? COHORT_COLUMN_GENDER_MARK_MALE : COHORT_COLUMN_GENDER_MARK_FEMALE;
    }
  /* "Quê quán" over "Xã" | "Huyện" | "Tỉnh": each part of the hometown */
  if (kind == COHORT_COLUMN_UNKNOWN && path->len >= 2 && !cohort_header_is_word (leaf))
    {
      CohortColumnKind above = cohort_column_kind_for_header (g_ptr_array_index (path, path->len - 2), NULL);

      if (_cohort_column_kind_joins (above))
        return above;
    }
  return kind;
}

/* A "Nam" or "Nữ" column with no group over it: dates of birth when the
 * rows read so far hold more dates than marks. */
static CohortColumnKind
sex_column_kind (GPtrArray        *rows,
                 guint             first_data_row,
                 guint             c,
                 CohortColumnKind  mark_kind)
{
  guint n_dates = 0, n_marks = 0;

  for (guint r = first_data_row; r < rows->len; r++)
    {
      const char *const *row = g_ptr_array_index (rows, r);
      g_autofree char *cell = cell_dup (row, strv_len0 (row), c);
      g_autofree char *date = NULL;

      if (cell == NULL)
        continue;
      if (cohort_cell_is_mark (cell))
        n_marks++;
      else if ((date = cohort_cell_read_date (cell, NULL)) != NULL)
        n_dates++;
    }
  if (n_dates <= n_marks)
    return mark_kind;
  return mark_kind == COHORT_COLUMN_GENDER_MARK_MALE ? COHORT_COLUMN_BIRTH_MALE : COHORT_COLUMN_BIRTH_FEMALE;
}

/**
 * cohort_header_map_find:
 * @rows: (element-type GStrv): the first rows of the sheet, as read
 *
 * Returns: (transfer full) (nullable): the header and its columns, or %NULL
 *   when no row of the first ones names at least two columns, one of them a name
 */
CohortHeaderMap *
cohort_header_map_find (GPtrArray *rows)
{
  g_autoptr(GPtrArray) block = g_ptr_array_new ();
  CohortHeaderMap *map;
  guint best_row = G_MAXUINT, best_count = 0, n_columns = 0, top, n_scan = MIN (rows->len, MAX_TITLE_ROWS);
  gboolean has_name;
  char ***grid;

  /* The row that names the most columns, one of them a name */
  for (guint r = 0; r < n_scan; r++)
    {
      guint n = count_headers (g_ptr_array_index (rows, r), &has_name);

      if (has_name && n >= 2 && n > best_count)
        {
          best_row = r;
          best_count = n;
        }
    }
  if (best_row == G_MAXUINT)
    return NULL;

  /* The rows above and below it that are part of the header */
  top = best_row;
  while (top > 0 && best_row - top + 1 < MAX_HEADER_ROWS &&
         row_above_is_header (g_ptr_array_index (rows, top - 1), g_ptr_array_index (rows, top)))
    top--;
  for (guint r = top; r <= best_row; r++)
    g_ptr_array_add (block, g_ptr_array_index (rows, r));
  while (block->len < MAX_HEADER_ROWS && top + block->len < rows->len &&
         row_below_is_header (block, g_ptr_array_index (rows, top + block->len)))
    g_ptr_array_add (block, g_ptr_array_index (rows, top + block->len));
  /* The columns of the header, and those of the rows under it that hold
   * something where the header has no heading: shown, never dropped unseen */
  for (guint r = top; r < n_scan; r++)
    {
      const char *const *row = g_ptr_array_index (rows, r);
      guint len = strv_len0 (row);

      while (len > 0 && *row[len - 1] == '\0')
        len--;
      n_columns = MAX (n_columns, len);
    }

  map = g_new0 (CohortHeaderMap, 1);
  map->header_row = top;
  map->n_header_rows = block->len;
  map->first_data_row = top + block->len;
  if (map->first_data_row < rows->len && is_column_number_row (g_ptr_array_index (rows, map->first_data_row)))
    map->first_data_row++;
  map->n_columns = n_columns;
  map->kinds = g_new0 (CohortColumnKind, n_columns);
  map->sure = g_new0 (gboolean, n_columns);
  map->labels = g_new0 (char *, n_columns + 1);
  map->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; i < block->len; i++)
    g_ptr_array_add (map->rows, g_strdupv (g_ptr_array_index (block, i)));

  grid = block_grid (block, n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      g_autoptr(GPtrArray) path = g_ptr_array_new ();
      g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
      g_auto(GStrv) strv = NULL;
      gboolean lone_sex;

      for (guint i = 0; i < block->len; i++)
        if (grid[i][c] != NULL &&
            (path->len == 0 || !g_str_equal (grid[i][c], g_ptr_array_index (path, path->len - 1))))
          {
            g_ptr_array_add (path, grid[i][c]);
            g_strv_builder_add (parts, grid[i][c]);
          }
      strv = g_strv_builder_end (parts);
      map->labels[c] = g_strjoinv (" › ", strv);
      map->kinds[c] = resolve_kind (path, &map->sure[c], &lone_sex);
      if (lone_sex)
        map->kinds[c] = sex_column_kind (rows, map->first_data_row, c, map->kinds[c]);
    }
  for (guint i = 0; i < block->len; i++)
    {
      for (guint c = 0; c < n_columns; c++)
        g_free (grid[i][c]);
      g_free (grid[i]);
    }
  g_free (grid);
  return map;
}
