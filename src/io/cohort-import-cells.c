/* cohort-import-cells.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Single cells of an agency's list: dates in every form offices type or
 * Excel stores, gender as Nam/Nữ, M/F or ຊາຍ/ຍິງ, the "x" of a gender
 * column, column numbers, and a position and work unit written in one
 * cell ("Phó Chủ tịch UBND xã Hải Ba") told apart.
 */
#define G_LOG_DOMAIN "cohort-import-row"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cohort-date.h"
#include "cohort-fold.h"
#include "cohort-import-cells.h"

static gboolean
all_digits (const char *s)
{
  if (*s == '\0')
    return FALSE;
  for (; *s; s++)
    if (!g_ascii_isdigit (*s))
      return FALSE;
  return TRUE;
}

/**
 * cohort_cell_read_date:
 * @text: what the cell holds: "05/01/1980", "5/1/80", "1980-01-05",
 *   "1980-01-05 00:00:00", "1980", or an Excel day number such as "29225"
 * @problem: (out) (optional): why @text is not a date
 *
 * Returns: (transfer full) (nullable): the ISO date ("yyyy-mm-dd" or "yyyy"),
 *   or %NULL for an empty cell or a cell that is not a date
 */
char *
cohort_cell_read_date (const char  *text,
                       char       **problem)
{
  g_autofree char *s = g_strstrip (g_strdup (text ? text : ""));
  char *space, *slash, *iso;
  int d, m, y;
  char tail;

  if (problem)
    *problem = NULL;
  if (*s == '\0')
    return NULL;

  /* "1980-01-05 00:00:00": a date with a time Excel added */
  space = strchr (s, ' ');
  if (space != NULL && strchr (space, ':') != NULL)
    *space = '\0';
  /* "29225" or "29225.0": days since 30/12/1899, as Excel counts */
  if (g_str_has_suffix (s, ".0"))
    s[strlen (s) - 2] = '\0';
  if (all_digits (s) && strlen (s) == 5)
    {
      g_autoptr(GDate) date = g_date_new_dmy (30, G_DATE_DECEMBER, 1899);

      g_date_add_days (date, (guint) atoi (s));
      return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                              g_date_get_day (date));
    }
  /* "5/1/80": a two-digit year is of this century unless that is in the future */
  if ((slash = strrchr (s, '/')) != NULL && strlen (slash + 1) == 2 &&
      sscanf (s, "%2d/%2d/%2d%c", &d, &m, &y, &tail) == 3)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      int this_year = g_date_time_get_year (now);

      y += 2000;
      if (y > this_year)
        y -= 100;
      if (g_date_valid_dmy (d, m, y))
        return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
    }
  iso = cohort_date_parse_display (s);
  if (iso == NULL && problem)
    /* Translators: %s is what the cell holds */
    *problem = g_strdup_printf (_("“%s” is not a valid date. Write dates as dd/mm/yyyy, e.g. 05/01/1980."), s);
  return iso;
}

/**
 * cohort_cell_number_text:
 *
 * Returns: (transfer full): a number of a spreadsheet as an office writes it:
 *   whole numbers without decimals (ID numbers, years), others with a point
 */
char *
cohort_cell_number_text (double d)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* The range first: converting a double beyond gint64 (or NaN) is undefined. */
  if (d > -1e15 && d < 1e15 && d == (double) (gint64) d)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) d);
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", d));
}

/**
 * cohort_cell_read_gender:
 * @ok: (out): %FALSE when @text is not empty and names no gender Cohort knows
 */
CohortGender
cohort_cell_read_gender (const char *text,
                         gboolean   *ok)
{
  static const char *const male[] = { "nam", "m", "male", "trai", "ong", "ຊາຍ", "ທ້າວ" };
  static const char *const female[] = { "nu", "f", "female", "gai", "ba", "ຍິງ", "ນາງ" };
  g_autofree char *folded = g_strstrip (cohort_fold (text ? text : ""));

  *ok = TRUE;
  if (*folded == '\0')
    return COHORT_GENDER_UNKNOWN;
  for (guint i = 0; i < G_N_ELEMENTS (male); i++)
    if (g_str_equal (folded, male[i]))
      return COHORT_GENDER_MALE;
  for (guint i = 0; i < G_N_ELEMENTS (female); i++)
    if (g_str_equal (folded, female[i]))
      return COHORT_GENDER_FEMALE;
  *ok = FALSE;
  return COHORT_GENDER_UNKNOWN;
}

/**
 * cohort_cell_read_mark:
 * @text: a cell of a "Nam" or "Nữ" column under "Giới tính"
 *
 * Returns: whether the cell marks the person as of the column's gender
 */
CohortMark
cohort_cell_read_mark (const char *text)
{
  /* ü and þ: the ticks of the Wingdings fonts, typed as letters */
  static const char *const set[] = { "x", "✓", "✔", "√", "☑", "☒", "✗", "✘", "v", "1", "+", "*", "ü", "þ", "có", "co" };
  static const char *const none[] = { "0", "-", "–", "không", "khong" };
  g_autofree char *down = NULL;
  char *s;

  if (text == NULL)
    return COHORT_MARK_NONE;
  down = g_utf8_strdown (text, -1);
  s = g_strstrip (down);
  if (*s == '\0')
    return COHORT_MARK_NONE;
  for (guint i = 0; i < G_N_ELEMENTS (set); i++)
    if (g_str_equal (s, set[i]))
      return COHORT_MARK_SET;
  for (guint i = 0; i < G_N_ELEMENTS (none); i++)
    if (g_str_equal (s, none[i]))
      return COHORT_MARK_NONE;
  return COHORT_MARK_OTHER;
}

gboolean
cohort_cell_is_mark (const char *text)
{
  return cohort_cell_read_mark (text) == COHORT_MARK_SET;
}

/**
 * cohort_cell_is_column_number:
 * @text: a cell, without spaces at its ends
 *
 * Returns: whether @text numbers a column, as on a row under a header:
 *   "(1)", "12", "A", "(a)"
 */
gboolean
cohort_cell_is_column_number (const char *text)
{
  gsize len = strlen (text), start = 0, end = len;
  gboolean digits = TRUE;

  if (len >= 2 && text[0] == '(' && text[len - 1] == ')')
    {
      start = 1;
      end = len - 1;
    }
  if (end - start == 0 || end - start > 3)
    return FALSE;
  for (gsize i = start; i < end; i++)
    digits = digits && g_ascii_isdigit (text[i]);
  return digits || (end - start == 1 && g_ascii_isalpha (text[start]));
}

/* Position and unit in one cell ------------------------------------------------------ */

/* What a position starts with, folded (the longest wins). "truong" alone
 * is "trưởng", told from "trường" (a school, a unit) before folding. */
static const char *const titles[] = {
  "chu tich", "pho chu tich", "pho chu tich thuong truc", "bi thu", "pho bi thu", "pho bi thu thuong truc",
  "bi thu chi bo", "uy vien", "uy vien ban thuong vu", "uy vien ban chap hanh", "truong phong",
  "pho truong phong", "truong ban", "pho truong ban", "chanh van phong", "pho chanh van phong", "giam doc",
  "pho giam doc", "hieu truong", "pho hieu truong", "chuyen vien", "chuyen vien chinh", "chuyen vien cao cap",
  "can bo", "cong chuc", "vien chuc", "nhan vien", "ke toan", "ke toan truong", "van thu", "thu quy",
  "giao vien", "giang vien", "bac si", "y si", "dieu duong", "truong", "pho", "chi huy truong", "chi huy pho",
  "xa doi truong", "xa doi pho", "cong an vien", "thu ky", "chanh an",
  "pho chanh an", "vien truong", "pho vien truong", "kiem sat vien", "tham phan", "doi truong", "doi pho",
  "to truong", "truong thon", "truong khoa", "pho truong khoa", "tro ly", "chanh thanh tra", "pho chanh thanh tra",
  "thanh tra vien", "truong tram", "pho truong tram", "chu nhiem", "pho chu nhiem", "phong vien",
  "bien tap vien", "ky thuat vien", "phu trach", "quyen truong phong", "quyen giam doc", "chu tich hoi dong",
};

/* What the name of a unit starts with, folded; "truong" alone is "trường". */
static const char *const unit_starts[] = {
  "ubnd", "hdnd", "ubmttq", "mttq", "uy ban", "mat tran", "hoi", "doan", "huyen doan", "tinh doan",
  "thanh doan", "van phong", "cong an", "ban", "so", "phong", "truong", "trung tam", "xa", "phuong",
  "thi tran", "huyen", "tinh", "thanh pho", "thi xa", "quan", "dang uy", "huyen uy", "tinh uy", "thanh uy",
  "thi uy", "quan uy", "chi bo", "lien doan", "ldld", "chi cuc", "cuc", "kho bac", "benh vien", "tram",
  "toa an", "tand", "vksnd", "vien kiem sat", "cong ty", "ngan hang", "ban chi huy", "bo chi huy", "ban chqs",
  "bchqs", "don bien phong", "hop tac xa", "htx", "ttyt", "cong doan", "khoi", "ban quan ly", "bql", "thon",
  "ban", "bao", "dai", "vien", "hoc vien", "nha xuat ban", "doanh nghiep", "tap doan", "tong cong ty",
  "chi nhanh", "lien minh", "ban to chuc", "ban tuyen giao", "ban dan van", "uy ban kiem tra", "ubkt",
};

typedef struct
{
  gsize  start;     /* in the text, in bytes */
  char  *folded;    /* without the punctuation at its ends */
  char  *lower;
} Word;

static void
word_clear (Word *w)
{
  g_free (w->folded);
  g_free (w->lower);
}

static GArray *
split_words (const char *text)
{
  GArray *words = g_array_new (FALSE, TRUE, sizeof (Word));
  const char *p = text;

  g_array_set_clear_func (words, (GDestroyNotify) word_clear);
  while (*p)
    {
      const char *end;
      g_autofree char *raw = NULL;
      Word w;

      while (*p == ' ')
        p++;
      if (*p == '\0')
        break;
      for (end = p; *end && *end != ' '; end++)
        ;
      raw = g_strndup (p, end - p);
      w.start = p - text;
      w.folded = g_strstrip (g_strdelimit (cohort_fold (raw), ",;:()", ' '));
      w.lower = g_utf8_strdown (raw, -1);
      g_array_append_val (words, w);
      p = end;
    }
  return words;
}

/* How many words of @phrase (folded) start at word @i; 0 when it does not. */
static guint
phrase_at (GArray     *words,
           guint       i,
           const char *phrase,
           gboolean    unit)
{
  g_auto(GStrv) parts = g_strsplit (phrase, " ", -1);
  guint n = g_strv_length (parts);

  if (i + n > words->len)
    return 0;
  for (guint k = 0; k < n; k++)
    if (!g_str_equal (g_array_index (words, Word, i + k).folded, parts[k]))
      return 0;
  if (n == 1 && g_str_equal (phrase, "truong"))
    {
      const char *lower = g_array_index (words, Word, i).lower;

      if (unit != (g_str_has_prefix (lower, "trường") || g_str_has_prefix (lower, "truờng")))
        return 0;
    }
  return n;
}

/* A part of the text without spaces and separators at its ends; NULL if nothing is left. */
static char *
trim_part (const char *text,
           gsize       len)
{
  g_autofree char *part = g_strndup (text, len);
  const char *start = part;
  gsize n = strlen (part);

  for (;;)
    {
      while (n > 0 && (strchr (",;:- ", part[n - 1]) != NULL))
        part[--n] = '\0';
      if (n >= strlen ("–") && g_str_has_suffix (part, "–"))
        part[n -= strlen ("–")] = '\0';
      else
        break;
    }
  for (;;)
    {
      while (*start != '\0' && strchr (",;:- ", *start) != NULL)
        start++;
      if (g_str_has_prefix (start, "–"))
        start += strlen ("–");
      else
        break;
    }
  return *start ? g_strdup (start) : NULL;
}

/* Whether @text starts with a position title (@unit FALSE) or the name of a unit (@unit TRUE). */
static gboolean
starts_with (const char *text,
             gboolean    unit)
{
  g_autoptr(GArray) words = split_words (text);

  if (unit)
    {
      for (guint u = 0; u < G_N_ELEMENTS (unit_starts); u++)
        if (phrase_at (words, 0, unit_starts[u], TRUE) > 0)
          return TRUE;
    }
  else
    {
      for (guint t = 0; t < G_N_ELEMENTS (titles); t++)
        if (phrase_at (words, 0, titles[t], FALSE) > 0)
          return TRUE;
    }
  return FALSE;
}

/* Splits at a separator; "UBND xã Cam Thành, Chủ tịch" (the unit first, then
 * a title) is read the other way round. */
static gboolean
split_at (const char  *text,
          gsize        at,
          gsize        skip,
          char       **position,
          char       **unit)
{
  g_autofree char *before = trim_part (text, at);
  g_autofree char *after = trim_part (text + at + skip, strlen (text + at + skip));

  if (before == NULL || after == NULL)
    return FALSE;
  if (skip > 0 && starts_with (after, FALSE) && !starts_with (before, FALSE) && starts_with (before, TRUE))
    {
      *position = g_steal_pointer (&after);
      *unit = g_steal_pointer (&before);
      return TRUE;
    }
  *position = g_steal_pointer (&before);
  *unit = g_steal_pointer (&after);
  return TRUE;
}

/**
 * cohort_cell_split_position_unit:
 * @text: a cell of a column "Chức vụ, đơn vị công tác"
 * @position: (out): the position, or the whole text when it cannot be told apart
 * @unit: (out) (nullable): the unit, or %NULL
 *
 * Tells the position from the unit the way they are written: on two lines;
 * else a position title ("Phó Chủ tịch", "Chuyên viên", "Bí thư") followed,
 * after any words, by the first word that starts a unit ("UBND", "Hội",
 * "Văn phòng", "xã"…); else before and after the first comma or semicolon;
 * else before and after a dash followed by such a word. Nothing is lost:
 * @position and @unit together are the whole text, without the separator.
 *
 * Returns: whether the text was split
 */
gboolean
cohort_cell_split_position_unit (const char  *text,
                                 char       **position,
                                 char       **unit)
{
  g_autoptr(GArray) words = NULL;
  const char *sep;
  guint title = 0;

  *position = NULL;
  *unit = NULL;
  if (text == NULL || *text == '\0')
    return FALSE;

  /* On two lines; a unit first may take several, its title on the last */
  if ((sep = strchr (text, '\n')) != NULL)
    {
      const char *last = strrchr (text, '\n');

      if (last != sep && starts_with (last + 1, FALSE) && !starts_with (text, FALSE) && starts_with (text, TRUE))
        sep = last;
      if (split_at (text, sep - text, 1, position, unit))
        {
          g_strdelimit (*position, "\r\n", ' ');
          g_strdelimit (*unit, "\r\n", ' ');
          return TRUE;
        }
    }

  words = split_words (text);
  for (guint t = 0; t < G_N_ELEMENTS (titles); t++)
    title = MAX (title, phrase_at (words, 0, titles[t], FALSE));
  if (title > 0)
    for (guint i = title; i < words->len; i++)
      for (guint u = 0; u < G_N_ELEMENTS (unit_starts); u++)
        if (phrase_at (words, i, unit_starts[u], TRUE) > 0 &&
            split_at (text, g_array_index (words, Word, i).start, 0, position, unit))
          return TRUE;

  /* "Kế toán, Trường THCS Cam Thành" */
  sep = strpbrk (text, ",;");
  if (sep != NULL && split_at (text, sep - text, 1, position, unit))
    return TRUE;

  /* "Công chức Tư pháp - Hộ tịch - UBND xã": a dash before a unit only */
  for (guint i = 1; i < words->len; i++)
    {
      const char *w = text + g_array_index (words, Word, i).start;

      if (!g_str_has_prefix (w, "- ") && !g_str_has_prefix (w, "– "))
        continue;
      for (guint u = 0; u < G_N_ELEMENTS (unit_starts) && i + 1 < words->len; u++)
        if (phrase_at (words, i + 1, unit_starts[u], TRUE) > 0 &&
            split_at (text, g_array_index (words, Word, i).start, 0, position, unit))
          return TRUE;
    }

  *position = g_strdup (text);
  return FALSE;
}
