/* cohort-import-table.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where the table of an agency's list ends. Under the people come the count
 * ("Danh sách có 8 đồng chí./."), the place and date, the titles of the
 * signers and, some blank rows lower, their names — in whatever column the
 * office typed them, merged across or not. None of it is a person. Rather
 * than a list of phrases only, the reading follows how a table ends: the row
 * numbers stop, blank rows come, a count or a date line; once it has ended,
 * only a row whose number goes on from the last person's starts it again.
 */
#define G_LOG_DOMAIN "cohort-import-table"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cohort-fold.h"
#include "cohort-import-cells.h"
#include "cohort-import-table.h"

#define MAX_VALUES 64

/* A row number as offices write it: "1", "01", "1.", "12.0"; FALSE otherwise. */
static gboolean
parse_row_no (const char *text,
              gint64     *number)
{
  g_autofree char *s = g_strstrip (g_strdup (text ? text : ""));
  char *end = NULL;
  gint64 n;

  if (!g_ascii_isdigit (s[0]))
    return FALSE;
  n = g_ascii_strtoll (s, &end, 10);
  if (g_str_equal (end, ".") || g_str_equal (end, ".0") || g_str_equal (end, ""))
    {
      *number = n;
      return n > 0 && n < 1000000;
    }
  return FALSE;
}

static gboolean
starts_with_any (const char        *text,
                 const char *const *starts,
                 guint              n)
{
  for (guint i = 0; i < n; i++)
    if (g_str_has_prefix (text, starts[i]))
      return TRUE;
  return FALSE;
}

/* The first whole number in @text, or 0. */
static guint
first_number (const char *text)
{
  for (const char *p = text; *p; p++)
    if (g_ascii_isdigit (*p))
      return (guint) MIN (strtoul (p, NULL, 10), G_MAXUINT);
  return 0;
}

/**
 * cohort_closing_kind:
 * @text: a cell
 * @count: (out) (optional): for a count line, the number it gives (or 0)
 *
 * Returns: which of the lines that close a list @text is, if any
 */
CohortClosingKind
cohort_closing_kind (const char *text,
                     guint      *count)
{
  static const char *const count_starts[] = {
    "tong cong", "tong so", "cong:", "cong :", "cong so", "danh sach co", "danh sach nay co", "danh sach gom",
    "danh sach tren", "danh sach nay gom", "(danh sach", "an dinh danh sach", "an dinh", "co tong so", "tong:",
    "tong :", "total", "ລວມທັງໝົດ", "ລວມ:", "ລວມຍອດ",
  };
  static const char *const signer_starts[] = {
    "nguoi lap", "lap bieu", "thu truong", "kt.", "kt ", "tm.", "tm ", "tl.", "tl ", "tuq.", "q.", "giam doc",
    "pho giam doc", "hieu truong", "pho hieu truong", "truong phong", "pho truong phong", "truong ban",
    "pho truong ban", "chu tich", "pho chu tich", "bi thu", "pho bi thu", "ban thuong vu", "ban to chuc",
    "xac nhan", "noi nhan", "ke toan", "thu ky", "chanh van phong", "(ky", "ky ten", "ky,", "(da ky", "da ky",
    "dong dau", "(ghi ro", "ghi ro ho ten", "truong khoa", "lanh dao", "thu quy", "prepared by", "approved by",
    "(signed", "signature", "ຜູ້ສ້າງ", "ຜູ້ສະເໜີ", "ຫົວໜ້າ", "ຮອງຫົວໜ້າ", "ລົງລາຍເຊັນ", "(ລົງລາຍເຊັນ", "ເຈົ້າແຂວງ",
  };
  static const char *const people_words[] = {
    " nguoi", " dong chi", " d/c", " hoc vien", " can bo", " dang vien", " truong hop", " ho so", " ຄົນ",
    " ທ່ານ", " ສະຫາຍ", " people", " persons", " students",
  };
  static GRegex *date_line;
  g_autofree char *folded = NULL;
  const char *t;
  gsize len;

  if (count != NULL)
    *count = 0;
  if (text == NULL)
    return COHORT_CLOSING_NONE;
  folded = g_strstrip (cohort_fold (text));
  t = folded;
  while (*t == '-' || *t == '*' || *t == '+')
    t++;
  while (*t == ' ')
    t++;
  len = strlen (t);
  if (len == 0 || len > 200)
    return COHORT_CLOSING_NONE;

  if (g_once_init_enter (&date_line))
    g_once_init_leave (&date_line,
                               g_regex_new ("ngay[ 0-9._…/-]*thang[ 0-9._…/-]*nam|ວັນທີ[ 0-9._…/-]*(ເດືອນ|/)|"
                                            "^[^0-9]{2,60}, *[0-9]{1,2} *(/|-) *[0-9]{1,2} *(/|-) *"
                                            "[0-9]{4} *$",
                                            G_REGEX_OPTIMIZE, 0, NULL));
  if (g_regex_match (date_line, t, 0, NULL) && len < 120)
    return COHORT_CLOSING_PLACE_DATE;

  if (starts_with_any (t, count_starts, G_N_ELEMENTS (count_starts)) || g_str_has_suffix (t, "./.") ||
      g_str_has_suffix (t, "/."))
    {
      if (count != NULL)
        *count = first_number (t);
      return COHORT_CLOSING_COUNT;
    }
  /* "Có 45 học viên", "45 người": a number of people */
  if (len < 60 && first_number (t) > 0)
    for (guint i = 0; i < G_N_ELEMENTS (people_words); i++)
      {
        const char *w = strstr (t, people_words[i]);

        if (w != NULL && (w[strlen (people_words[i])] == '\0' || !g_ascii_isalpha (w[strlen (people_words[i])])) &&
            g_ascii_isdigit (w[-1]))
          {
            if (count != NULL)
              *count = first_number (t);
            return COHORT_CLOSING_COUNT;
          }
      }
  if (starts_with_any (t, signer_starts, G_N_ELEMENTS (signer_starts)))
    return COHORT_CLOSING_SIGNER;
  return COHORT_CLOSING_NONE;
}

static gboolean
is_name_kind (CohortColumnKind kind)
{
  return kind == COHORT_COLUMN_FULL_NAME || kind == COHORT_COLUMN_GIVEN_NAME ||
         kind == COHORT_COLUMN_FAMILY_MIDDLE || kind == COHORT_COLUMN_FAMILY_NAME ||
         kind == COHORT_COLUMN_LAO_NAME || kind == COHORT_COLUMN_LATIN_NAME;
}

/* "Trang 2", "Trang 2/5", "- 2 -", "Page 2 of 5": a page's number, typed in the sheet. */
static gboolean
is_page_number (const char *text)
{
  static GRegex *page;
  g_autofree char *folded = g_strstrip (cohort_fold (text));

  if (g_once_init_enter (&page))
    g_once_init_leave (&page, g_regex_new ("^(trang|page|ໜ້າ)? *[0-9]{1,4} *((/|of|tren) *[0-9]{1,4})?$|"
                                           "^- *[0-9]{1,4} *-$", G_REGEX_OPTIMIZE, 0, NULL));
  return !g_ascii_isdigit (folded[0]) && g_regex_match (page, folded, 0, NULL);
}

/* Whether @value is the heading of its own column, case aside ("TÊN" for "Tên"). */
static gboolean
is_own_heading (const CohortHeaderMap *map,
                guint                  column,
                const char            *value)
{
  g_autofree char *folded = g_utf8_casefold (value, -1);

  for (guint r = 0; map->rows != NULL && r < map->rows->len; r++)
    {
      const char *const *h = g_ptr_array_index (map->rows, r);

      for (guint c = 0; h[c] != NULL; c++)
        if (c == column)
          {
            g_autofree char *heading = g_strstrip (g_utf8_casefold (h[c], -1));

            if (g_str_equal (heading, folded))
              return TRUE;
            break;
          }
    }
  return FALSE;
}

/**
 * cohort_import_table_is_header:
 * @cells: (array zero-terminated=1): a row under the header
 *
 * The header again, or a part of it, as a table that goes over pages
 * repeats it: a row without a row number whose cells are each as the header
 * has them in its column, or whose name cells hold headings ("Họ và tên",
 * "Tên", "STT", "(2)") — never a person.
 *
 * Returns: whether the row repeats the header
 */
gboolean
cohort_import_table_is_header (const CohortHeaderMap *map,
                               const char *const     *cells)
{
  guint n_filled = 0, n_same = 0, n_names = 0;
  guint names[8];

  for (guint c = 0; cells[c] != NULL; c++)
    {
      const char *value = cells[c];
      CohortColumnKind kind = c < map->n_columns ? map->kinds[c] : COHORT_COLUMN_UNKNOWN;
      gboolean same = FALSE;

      if (*value == '\0')
        continue;
      /* A row number: a row of the table (most rows; no need to read it whole) */
      if (kind == COHORT_COLUMN_ROW_NO)
        {
          while (*value == ' ')
            value++;
          if (g_ascii_isdigit (*value))
            return FALSE;
          value = cells[c];
        }
      n_filled++;
      for (guint r = 0; map->rows != NULL && r < map->rows->len && !same; r++)
        {
          const char *const *h = g_ptr_array_index (map->rows, r);

          for (guint k = 0; k <= c && h[k] != NULL && !same; k++)
            same = k == c && g_str_equal (h[k], value);
        }
      n_same += same;
      if (is_name_kind (kind) && n_names < G_N_ELEMENTS (names))
        names[n_names++] = c;
    }
  if (n_filled == 0)
    return FALSE;
  if (n_same == n_filled)
    return TRUE;
  for (guint i = 0; i < n_names; i++)
    {
      guint c = names[i];
      g_autofree char *value = g_strstrip (g_strdup (cells[c]));

      /* A full name is never a heading; a part of a name may be a word of
       * one without its accents ("Hồ", "Họ"), so it must be its column's own */
      if (!cohort_cell_is_column_number (value) && !is_own_heading (map, c, value) &&
          !(map->kinds[c] == COHORT_COLUMN_FULL_NAME && cohort_header_is_word (value)))
        return FALSE;
    }
  return n_names > 0;
}

/**
 * cohort_import_table_classify:
 * @table: where the reading is; updated
 * @cells: (array zero-terminated=1): a row under the header
 *
 * Returns: what the row is
 */
CohortTableLine
cohort_import_table_classify (CohortImportTable     *table,
                              const CohortHeaderMap *map,
                              const char *const     *cells)
{
  const char *values[MAX_VALUES];
  guint n_values = 0, n_filled = 0, n_signers = 0, n_column_numbers = 0;
  gboolean has_no = FALSE, named = FALSE, data = FALSE, closing = FALSE;
  gint64 no = 0;

  /* The row number first: a numbered row is never a closing line, and its
   * cells need no closer look (most rows of most lists). */
  for (guint c = 0; cells[c] != NULL && c < map->n_columns && !has_no; c++)
    if (map->kinds[c] == COHORT_COLUMN_ROW_NO)
      has_no = parse_row_no (cells[c], &no);

  for (guint c = 0; cells[c] != NULL; c++)
    {
      const char *value = cells[c];
      CohortColumnKind kind = c < map->n_columns ? map->kinds[c] : COHORT_COLUMN_UNKNOWN;
      gboolean seen = FALSE;
      guint count = 0;

      while (*value == ' ' || *value == '\t')
        value++;
      if (*value == '\0')
        continue;
      n_filled++;
      named = named || is_name_kind (kind);
      data = data || (kind != COHORT_COLUMN_UNKNOWN && kind != COHORT_COLUMN_ROW_NO);
      for (guint v = 0; v < n_values && !seen; v++)
        seen = g_str_equal (values[v], cells[c]);
      if (seen || n_values == MAX_VALUES)
        continue;
      values[n_values++] = cells[c];
      if (has_no && !table->ended)
        continue;
      switch (cohort_closing_kind (value, &count))
        {
        case COHORT_CLOSING_COUNT:
          if (count > 0 && table->declared == 0)
            table->declared = count;
          closing = TRUE;
          break;
        case COHORT_CLOSING_PLACE_DATE:
          closing = TRUE;
          break;
        case COHORT_CLOSING_SIGNER:
          n_signers++;
          break;
        case COHORT_CLOSING_NONE:
        default:
          break;
        }
    }
  for (guint v = 0; v < n_values && !has_no; v++)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (values[v]));

      n_column_numbers += cohort_cell_is_column_number (stripped);
    }

  if (n_filled == 0)
    {
      table->after_blank = table->n_people > 0;
      return COHORT_TABLE_BLANK;
    }
  /* The number of a page, typed at its foot: the table goes on */
  if (!has_no && n_values == 1 && is_page_number (values[0]))
    return COHORT_TABLE_HEADING;
  /* A count, a date line, or nothing but signers' titles: the table ends */
  if (!has_no && (closing || n_signers == n_values))
    {
      table->ended = TRUE;
      return COHORT_TABLE_CLOSING;
    }
  if (table->ended)
    {
      /* Only a row numbered on from the last person goes on with the table */
      if (!(has_no && table->numbered && no == table->last_no + 1 && named && data))
        return COHORT_TABLE_CLOSING;
      table->ended = FALSE;
    }
  /* One text across the row (merged), numbers of the columns (again on
   * each page), the number of a page */
  if (!has_no && n_values == 1 && n_filled >= 2)
    return COHORT_TABLE_HEADING;
  if (!has_no && n_values >= 3 && n_column_numbers == n_values)
    return COHORT_TABLE_HEADING;

  if (!has_no && (n_values == 1 || !named || (table->numbered && table->after_blank)))
    {
      /* After the people and a blank row: a signer's name, alone in a row */
      if (table->after_blank || (table->numbered && !named))
        {
          table->ended = TRUE;
          return COHORT_TABLE_CLOSING;
        }
      /* A group heading among numbered rows: "I. Huyện Gio Linh" */
      if (table->numbered && n_values == 1)
        return COHORT_TABLE_HEADING;
    }
  if (!data)
    return has_no ? COHORT_TABLE_EMPTY_SLOT : COHORT_TABLE_HEADING;

  table->after_blank = FALSE;
  table->n_people++;
  if (has_no)
    {
      table->numbered = TRUE;
      table->last_no = no;
    }
  return COHORT_TABLE_PERSON;
}
