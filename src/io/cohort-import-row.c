/* cohort-import-row.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row of an agency's list as a person: names split the Vietnamese way
 * (or kept whole when written in Lao), dates in every form offices type or
 * Excel stores, gender as Nam/Nữ, M/F or ຊາຍ/ຍິງ — and for each cell that
 * cannot be read, the reason, for the preview.
 */
#define G_LOG_DOMAIN "cohort-import-row"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cohort-check.h"
#include "cohort-date.h"
#include "cohort-fold.h"
#include "cohort-import-row.h"
#include "cohort-name.h"

void
cohort_cell_problem_free (CohortCellProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->message);
  g_free (problem);
}

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

static gboolean
has_lao_script (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0E80 && c <= 0x0EFF)
        return TRUE;
    }
  return FALSE;
}

static void
add_problem (GPtrArray  *problems,
             guint       column,
             char       *message)
{
  CohortCellProblem *problem = g_new0 (CohortCellProblem, 1);

  problem->column = column;
  problem->message = message;
  if (problems != NULL)
    g_ptr_array_add (problems, problem);
  else
    cohort_cell_problem_free (problem);
}

/* The person's field for a column of plain text, plus one; 0 for none. */
static const int text_fields[COHORT_N_COLUMN_KINDS] = {
  [COHORT_COLUMN_FAMILY_NAME] = COHORT_PERSON_FAMILY_NAME + 1,
  [COHORT_COLUMN_MIDDLE_NAME] = COHORT_PERSON_MIDDLE_NAME + 1,
  [COHORT_COLUMN_GIVEN_NAME] = COHORT_PERSON_GIVEN_NAME + 1,
  [COHORT_COLUMN_HOMETOWN] = COHORT_PERSON_HOMETOWN + 1,
  [COHORT_COLUMN_UNIT] = COHORT_PERSON_UNIT + 1,
  [COHORT_COLUMN_POSITION] = COHORT_PERSON_POSITION + 1,
  [COHORT_COLUMN_ID_NUMBER] = COHORT_PERSON_ID_NUMBER + 1,
  [COHORT_COLUMN_PHONE] = COHORT_PERSON_PHONE + 1,
  [COHORT_COLUMN_EDUCATION] = COHORT_PERSON_EDUCATION + 1,
  [COHORT_COLUMN_LATIN_NAME] = COHORT_PERSON_LATIN_NAME + 1,
  [COHORT_COLUMN_PASSPORT] = COHORT_PERSON_PASSPORT_NUMBER + 1,
  /* Resolved to its code by the store, as the ethnic group */
  [COHORT_COLUMN_LAO_PROVINCE] = COHORT_PERSON_LAO_PROVINCE + 1,
  /* Names as the list writes them ("Kinh", "Phật giáo"): the store turns
   * them into codes (cohort_store_resolve_choices ()). */
  [COHORT_COLUMN_ETHNICITY] = COHORT_PERSON_ETHNICITY + 1,
  [COHORT_COLUMN_RELIGION] = COHORT_PERSON_RELIGION + 1,
};

/**
 * cohort_name_part_fix_case:
 * @part: words of a Vietnamese name
 * @all_caps: the whole name is written in capitals
 *
 * Legacy fonts (TCVN3 has no capital letters with tone marks) and hurried
 * typing leave names in lower case: each word of a name starts with a
 * capital. A name written in capitals stays in capitals, with the letters
 * TCVN3 could only write in lower case raised too ("NGUYễN" → "NGUYỄN").
 *
 * Returns: (transfer full): @part as a name is written
 */
char *
cohort_name_part_fix_case (const char *part,
                           gboolean    all_caps)
{
  GString *out;
  gboolean word_start = TRUE;

  if (part == NULL)
    return NULL;
  if (all_caps)
    return g_utf8_strup (part, -1);
  out = g_string_new (NULL);
  for (const char *p = part; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, word_start && g_unichar_islower (c) ? g_unichar_toupper (c) : c);
      word_start = c == ' ' || c == '-';
    }
  return g_string_free (out, FALSE);
}

/* The Vietnamese name parts of @person, in the case names are written in:
 * nothing to do for a name whose words start with capitals and that is not
 * written in capitals with some letters in lower case (most names). */
static void
fix_name_case (CohortPerson *person)
{
  static const CohortPersonField parts[] = {
    COHORT_PERSON_FAMILY_NAME, COHORT_PERSON_MIDDLE_NAME, COHORT_PERSON_GIVEN_NAME
  };
  guint upper = 0, lower = 0;
  gboolean lower_start = FALSE, caps;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      const char *part = cohort_person_get_field (person, parts[i]);
      gboolean word_start = TRUE;

      for (const char *p = part; p != NULL && *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);
          gboolean is_upper = g_unichar_isupper (c), is_lower = !is_upper && g_unichar_islower (c);

          upper += is_upper;
          lower += is_lower;
          lower_start = lower_start || (word_start && is_lower);
          word_start = c == ' ' || c == '-';
        }
    }
  caps = upper >= 2 && upper > lower;
  if (!lower_start && !(caps && lower > 0))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *fixed = cohort_name_part_fix_case (cohort_person_get_field (person, parts[i]), caps);

      cohort_person_set_field (person, parts[i], fixed);
    }
}

/* The full name of a row: Lao script goes to the Lao name; the name of a Lao
 * cadre in Latin letters (the Vietnamese transcription) stays whole, given
 * name first, never split; a Vietnamese name is split into its parts. */
static void
set_name (CohortPerson *person,
          const char   *full,
          gboolean      lao)
{
  g_autofree char *family = NULL, *middle = NULL, *given = NULL;

  if (has_lao_script (full))
    {
      cohort_person_set_name_order (person, COHORT_NAME_ORDER_LAO);
      cohort_person_set_field (person, COHORT_PERSON_LAO_GIVEN_NAME, full);
      return;
    }
  if (lao)
    {
      cohort_person_set_name_order (person, COHORT_NAME_ORDER_LAO);
      cohort_person_set_field (person, COHORT_PERSON_GIVEN_NAME, full);
      return;
    }
  if (cohort_name_split_vietnamese (full, &family, &middle, &given))
    {
      cohort_person_set_field (person, COHORT_PERSON_FAMILY_NAME, *family ? family : NULL);
      cohort_person_set_field (person, COHORT_PERSON_MIDDLE_NAME, *middle ? middle : NULL);
      cohort_person_set_field (person, COHORT_PERSON_GIVEN_NAME, given);
    }
}

/* Lines under a list that are not people: totals, signatures, the place
 * and date line (folded). */
static gboolean
is_footer_text (const char *text)
{
  static const char *const starts[] = {
    "nguoi lap", "lap bieu", "hieu truong", "pho hieu truong", "thu truong", "truong phong", "giam doc",
    "ky ten", "xac nhan", "tong cong", "tong so", "cong:", "ngay ", "tm.", "kt.", "ghi chu",
  };
  g_autofree char *folded = cohort_fold (text);

  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    if (g_str_has_prefix (folded, starts[i]))
      return TRUE;
  return FALSE;
}

/* The name parts a name cell was split into, held to their lengths. */
static void
check_names (CohortPerson *person,
             guint         column,
             GPtrArray    *problems)
{
  static const CohortPersonField names[] = {
    COHORT_PERSON_FAMILY_NAME, COHORT_PERSON_MIDDLE_NAME, COHORT_PERSON_GIVEN_NAME,
    COHORT_PERSON_LAO_GIVEN_NAME,
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      char *problem = cohort_check_person_field (names[i], cohort_person_get_field (person, names[i]));

      if (problem != NULL)
        {
          add_problem (problems, column, problem);
          return;
        }
    }
}

/* Whether the row is a Lao cadre's: a name in Lao script, a Lao province or
 * a passport number with no citizen ID. */
static gboolean
is_lao_row (const CohortHeaderMap *map,
            const char *const     *cells)
{
  gboolean passport = FALSE, citizen = FALSE;

  for (guint c = 0; c < map->n_columns && cells[c] != NULL; c++)
    {
      if (*cells[c] == '\0')
        continue;
      switch (map->kinds[c])
        {
        case COHORT_COLUMN_LAO_NAME:
        case COHORT_COLUMN_LAO_PROVINCE:
          return TRUE;
        case COHORT_COLUMN_FULL_NAME:
          if (has_lao_script (cells[c]))
            return TRUE;
          break;
        case COHORT_COLUMN_PASSPORT:
          passport = TRUE;
          break;
        case COHORT_COLUMN_ID_NUMBER:
          citizen = TRUE;
          break;
        default:
          break;
        }
    }
  return passport && !citizen;
}

/**
 * cohort_import_row_read_full:
 * @cells: (array zero-terminated=1): the row
 * @problems: (element-type CohortCellProblem) (nullable): gets a problem for
 *   each cell that cannot be read
 * @named: (out): whether the row has a name
 *
 * Returns: (transfer full) (nullable): the person of the row, named or not;
 *   %NULL when the row holds nothing in the columns Cohort reads
 */
CohortPerson *
cohort_import_row_read_full (const CohortHeaderMap *map,
                             const char *const     *cells,
                             GPtrArray             *problems,
                             gboolean              *named_out)
{
  g_autoptr(CohortPerson) person = cohort_person_new ();
  gboolean named = FALSE, data = FALSE;
  gboolean lao = is_lao_row (map, cells);

  *named_out = FALSE;
  for (guint c = 0; c < map->n_columns && cells[c] != NULL; c++)
    {
      g_autofree char *value = g_strstrip (cohort_name_normalize (cells[c]));
      CohortColumnKind kind = map->kinds[c];
      char *problem = NULL;

      if (*value == '\0')
        continue;
      data = data || (kind != COHORT_COLUMN_UNKNOWN && kind != COHORT_COLUMN_ROW_NO);

      switch (kind)
        {
        case COHORT_COLUMN_FULL_NAME:
          set_name (person, value, lao);
          check_names (person, c, problems);
          named = TRUE;
          break;
        case COHORT_COLUMN_FAMILY_MIDDLE:
          {
            g_auto(GStrv) words = g_strsplit (value, " ", 2);

            cohort_person_set_field (person, COHORT_PERSON_FAMILY_NAME, words[0]);
            cohort_person_set_field (person, COHORT_PERSON_MIDDLE_NAME, words[1]);
            check_names (person, c, problems);
          }
          break;
        case COHORT_COLUMN_LAO_NAME:
          cohort_person_set_name_order (person, COHORT_NAME_ORDER_LAO);
          cohort_person_set_field (person, COHORT_PERSON_LAO_GIVEN_NAME, value);
          check_names (person, c, problems);
          named = TRUE;
          break;
        case COHORT_COLUMN_BIRTH_DATE:
        case COHORT_COLUMN_BIRTH_YEAR:
        case COHORT_COLUMN_BIRTH_MALE:
        case COHORT_COLUMN_BIRTH_FEMALE:
        case COHORT_COLUMN_PARTY_JOIN_DATE:
          {
            g_autofree char *iso = cohort_cell_read_date (value, &problem);

            if (iso == NULL)
              break;
            cohort_person_set_field (person, kind == COHORT_COLUMN_PARTY_JOIN_DATE
                                             ? COHORT_PERSON_PARTY_JOIN_DATE : COHORT_PERSON_BIRTH_DATE, iso);
            if (kind == COHORT_COLUMN_BIRTH_MALE)
              cohort_person_set_gender (person, COHORT_GENDER_MALE);
            else if (kind == COHORT_COLUMN_BIRTH_FEMALE)
              cohort_person_set_gender (person, COHORT_GENDER_FEMALE);
          }
          break;
        case COHORT_COLUMN_GENDER:
          {
            gboolean ok;
            CohortGender gender = cohort_cell_read_gender (value, &ok);

            if (ok)
              cohort_person_set_gender (person, gender);
            else
              /* Translators: %s is what the cell holds */
              problem = g_strdup_printf (_("“%s” is not a gender. Write Nam or Nữ."), value);
          }
          break;
        case COHORT_COLUMN_ID_NUMBER:
        case COHORT_COLUMN_PHONE:
        case COHORT_COLUMN_PASSPORT:
          {
            /* "045 185 001 234" → "045185001234" for the ID number */
            GString *compact = g_string_new (NULL);

            for (const char *p = value; *p; p++)
              if (*p != ' ' && (kind == COHORT_COLUMN_PHONE || *p != '.'))
                g_string_append_c (compact, *p);
            /* A citizen ID kept as a number by a spreadsheet lost its leading 0 (every
             * province code starts with 0); eleven digits that start with 0 lack another */
            if (kind == COHORT_COLUMN_ID_NUMBER && compact->len == 11 && all_digits (compact->str) &&
                compact->str[0] != '0')
              g_string_prepend_c (compact, '0');
            g_free (value);
            value = g_string_free (compact, FALSE);
          }
          G_GNUC_FALLTHROUGH;
        default:
          if (kind < COHORT_N_COLUMN_KINDS && text_fields[kind] != 0)
            {
              CohortPersonField field = text_fields[kind] - 1;

              problem = cohort_check_person_field (field, value);
              if (problem == NULL)
                cohort_person_set_field (person, field, value);
            }
          named = named || kind == COHORT_COLUMN_GIVEN_NAME;
          break;
        }

      if (problem != NULL)
        add_problem (problems, c, problem);
    }

  if (!data)
    return NULL;
  if (lao)
    {
      cohort_person_set_name_order (person, COHORT_NAME_ORDER_LAO);
      cohort_person_set_field (person, COHORT_PERSON_NATIONALITY, "LA");
    }
  else
    fix_name_case (person);
  *named_out = named;
  return g_steal_pointer (&person);
}

/**
 * cohort_import_row_read:
 *
 * As cohort_import_row_read_full(), for a row that names somebody.
 *
 * Returns: (transfer full) (nullable): the person of the row, or %NULL when
 *   the row names nobody (an empty row, a total, a signature line, the place
 *   and date line)
 */
CohortPerson *
cohort_import_row_read (const CohortHeaderMap *map,
                        const char *const     *cells,
                        GPtrArray             *problems)
{
  g_autoptr(CohortPerson) person = NULL;
  gboolean named = FALSE;

  for (guint c = 0; c < map->n_columns && cells[c] != NULL; c++)
    if (map->kinds[c] == COHORT_COLUMN_FULL_NAME && is_footer_text (cells[c]))
      return NULL;
  person = cohort_import_row_read_full (map, cells, problems, &named);
  return named ? g_steal_pointer (&person) : NULL;
}
