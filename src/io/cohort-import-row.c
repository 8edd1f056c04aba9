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
#include "cohort-header-map-private.h"
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
  [COHORT_COLUMN_PROFESSIONAL] = COHORT_PERSON_PROFESSIONAL + 1,
  [COHORT_COLUMN_LLCT] = COHORT_PERSON_LLCT_LEVEL + 1,
  [COHORT_COLUMN_QLNN] = COHORT_PERSON_QLNN_LEVEL + 1,
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

/* The gender a row gives in its "Nam" and "Nữ" columns (dates or marks)
 * and in a gender column, which must agree. */
typedef struct
{
  int      sex_column[2];    /* [0] men's, [1] women's: the column filled, or -1 */
  gboolean sex_date[2];      /* … with a date of birth */
  int      text_column;      /* the gender column, or -1 */
  CohortGender text_gender;
} GenderCells;

static const char *
label_of (const CohortHeaderMap *map,
          guint                  column)
{
  return map->labels != NULL && column < map->n_columns ? map->labels[column] : "";
}

/* A cell of a column of men or of women: a mark, a date of birth (which
 * gives the gender too), or the gender in words. */
static char *
read_sex_cell (CohortPerson          *person,
               const CohortHeaderMap *map,
               guint                  column,
               const char            *value,
               GenderCells           *cells)
{
  CohortColumnKind kind = map->kinds[column];
  gboolean men = kind == COHORT_COLUMN_BIRTH_MALE || kind == COHORT_COLUMN_GENDER_MARK_MALE;
  gboolean dates = kind == COHORT_COLUMN_BIRTH_MALE || kind == COHORT_COLUMN_BIRTH_FEMALE;
  CohortMark mark = cohort_cell_read_mark (value);
  g_autofree char *iso = NULL;
  char *problem = NULL;
  CohortGender gender;
  gboolean ok;

  if (mark == COHORT_MARK_NONE)
    return NULL;
  if (mark == COHORT_MARK_OTHER)
    {
      gender = cohort_cell_read_gender (value, &ok);
      if (ok && gender != COHORT_GENDER_UNKNOWN)
        {
          if ((gender == COHORT_GENDER_MALE) != men)
            /* Translators: what a cell holds, then the column it is in ("Giới tính › Nam") */
            return g_strdup_printf (_("“%s” is written in the column “%s”. Mark only the column of the person’s "
                                      "gender."), value, label_of (map, column));
        }
      else if ((iso = cohort_cell_read_date (value, &problem)) != NULL)
        {
          cohort_person_set_field (person, COHORT_PERSON_BIRTH_DATE, iso);
          cells->sex_date[!men] = TRUE;
        }
      else if (dates)
        return problem;
      else
        {
          g_free (problem);
          /* Translators: %s is what the cell holds */
          return g_strdup_printf (_("“%s” is neither a mark nor a date. Put an x (or the date of birth) in the "
                                    "Nam or the Nữ column of the person’s gender."), value);
        }
    }
  if (cells->sex_column[!men] < 0)
    cells->sex_column[!men] = column;
  return NULL;
}

/* Whether the gender of the row's columns agree: a problem when not. */
static void
settle_gender (CohortPerson          *person,
               const CohortHeaderMap *map,
               GenderCells           *cells,
               GPtrArray             *problems)
{
  CohortGender sex = COHORT_GENDER_UNKNOWN;

  if (cells->sex_column[0] >= 0 && cells->sex_column[1] >= 0)
    {
      if (cells->sex_date[0] && cells->sex_date[1])
        add_problem (problems, cells->sex_column[1],
                     g_strdup (_("This row has a date of birth in both the Nam and the Nữ column. Write the date "
                                 "only in the column of the person’s gender.")));
      else
        /* Translators: the two columns, e.g. "Giới tính › Nam" and "Giới tính › Nữ" */
        add_problem (problems, cells->sex_column[1],
                     g_strdup_printf (_("This row is marked in both “%s” and “%s”. Mark only the column of the "
                                        "person’s gender."), label_of (map, cells->sex_column[0]),
                                      label_of (map, cells->sex_column[1])));
      return;
    }
  if (cells->sex_column[0] >= 0)
    sex = COHORT_GENDER_MALE;
  else if (cells->sex_column[1] >= 0)
    sex = COHORT_GENDER_FEMALE;
  if (sex != COHORT_GENDER_UNKNOWN && cells->text_gender != COHORT_GENDER_UNKNOWN && sex != cells->text_gender)
    {
      /* Translators: two columns of a list: "Giới tính" and "Ngày sinh › Nữ" */
      add_problem (problems, cells->text_column,
                   g_strdup_printf (_("The gender in “%s” does not agree with the column “%s”. Correct one of "
                                      "them."), label_of (map, cells->text_column),
                                    label_of (map, cells->sex_column[sex == COHORT_GENDER_FEMALE])));
      return;
    }
  if (sex != COHORT_GENDER_UNKNOWN)
    cohort_person_set_gender (person, sex);
}

static void
add_warning (GPtrArray *problems,
             guint      column,
             char      *message)
{
  CohortCellProblem *problem = g_new0 (CohortCellProblem, 1);

  problem->column = column;
  problem->message = message;
  problem->warning = TRUE;
  if (problems != NULL)
    g_ptr_array_add (problems, problem);
  else
    cohort_cell_problem_free (problem);
}

/* A citizen ID card number (CCCD, 12 digits) tells the holder's gender and
 * year of birth: a province code (001–096), then a digit for gender and
 * century (0 a man born in the 1900s, 1 a woman; 2 and 3 the 2000s…), then
 * the last two digits of the year. A list without a gender gets it from the
 * number; a gender or a year that differs from it is marked to check, since
 * either may be mistyped. */
static void
check_citizen_id (CohortPerson          *person,
                  const CohortHeaderMap *map,
                  int                    column,
                  GPtrArray             *problems)
{
  const char *id = cohort_person_get_field (person, COHORT_PERSON_ID_NUMBER);
  const char *birth = cohort_person_get_field (person, COHORT_PERSON_BIRTH_DATE);
  CohortGender gender = cohort_person_get_gender (person), id_gender;
  int province, id_year;

  if (column < 0 || id == NULL || strlen (id) != 12 || !all_digits (id))
    return;
  province = (id[0] - '0') * 100 + (id[1] - '0') * 10 + (id[2] - '0');
  if (province < 1 || province > 96)
    return;
  id_gender = (id[3] - '0') % 2 == 0 ? COHORT_GENDER_MALE : COHORT_GENDER_FEMALE;
  id_year = 1900 + (id[3] - '0') / 2 * 100 + (id[4] - '0') * 10 + (id[5] - '0');

  if (gender == COHORT_GENDER_UNKNOWN)
    cohort_person_set_gender (person, id_gender);
  else if (gender != id_gender)
    add_warning (problems, column,
                 /* Translators: a citizen ID number; its 4th digit tells a man from a woman */
                 g_strdup_printf (id_gender == COHORT_GENDER_FEMALE
                                  ? _("The citizen ID number %s is a woman’s, the row says a man. Check the "
                                      "gender and the number.")
                                  : _("The citizen ID number %s is a man’s, the row says a woman. Check the "
                                      "gender and the number."), id));
  if (birth != NULL && strlen (birth) >= 4 && atoi (birth) != id_year)
    add_warning (problems, column,
                 /* Translators: a citizen ID number, the year of birth it gives, then the year the row gives */
                 g_strdup_printf (_("The citizen ID number %s is of someone born in %d, the row says %d. Check "
                                    "the date of birth and the number."), id, id_year, atoi (birth)));
}

/* A day or month of birth in a column of its own, or -1 with @problem. */
static int
read_day_or_month (const char  *value,
                   int          most,
                   char       **problem)
{
  g_autofree char *s = g_strdup (value);
  int n;

  if (g_str_has_suffix (s, ".0"))
    s[strlen (s) - 2] = '\0';
  if (!all_digits (s) || strlen (s) > 2 || (n = atoi (s)) < 1 || n > most)
    {
      /* Translators: %s is what the cell holds */
      *problem = g_strdup_printf (most == 12 ? _("“%s” is not a month. Write the month of birth as a number, "
                                                 "1 to 12.")
                                             : _("“%s” is not a day of the month. Write the day of birth as a "
                                                 "number, 1 to 31."), value);
      return -1;
    }
  return n;
}

/* The year of birth, with a day and a month read from columns of their own. */
static void
settle_birth_parts (CohortPerson *person,
                    int           day,
                    int           month,
                    guint         column,
                    GPtrArray    *problems)
{
  const char *year = cohort_person_get_field (person, COHORT_PERSON_BIRTH_DATE);
  int y;

  if (day <= 0 && month <= 0)
    return;
  if (year == NULL || strlen (year) != 4 || day <= 0 || month <= 0)
    {
      add_problem (problems, column, g_strdup (_("The date of birth is not complete. Write the day, the month "
                                                 "and the year.")));
      return;
    }
  y = atoi (year);
  if (!g_date_valid_dmy (day, month, y))
    {
      /* Translators: a date as the columns of a list give it: "31/2/1980" */
      add_problem (problems, column, g_strdup_printf (_("%d/%d/%d is not a valid date."), day, month, y));
      return;
    }
  {
    g_autofree char *iso = g_strdup_printf ("%04d-%02d-%02d", y, month, day);

    cohort_person_set_field (person, COHORT_PERSON_BIRTH_DATE, iso);
  }
}

/* A text field set from a cell; several columns of a kind that joins
 * ("Quê quán › Xã" | "Huyện" | "Tỉnh") are read as one text. */
/* @text normalized line by line, its empty lines dropped */
static char *
normalize_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i]; i++)
    {
      g_autofree char *line = g_strstrip (cohort_name_normalize (lines[i]));

      if (*line == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, line);
    }
  return g_string_free (out, FALSE);
}

static char *
set_text (CohortPerson      *person,
          CohortPersonField  field,
          CohortColumnKind   kind,
          const char        *value)
{
  const char *old = cohort_person_get_field (person, field);
  g_autofree char *joined = NULL;
  char *problem;

  if (old != NULL && _cohort_column_kind_joins (kind) &&
      (field == COHORT_PERSON_UNIT || field == COHORT_PERSON_POSITION))
    {
      g_autofree char *old_folded = cohort_fold (old);
      g_autofree char *folded = cohort_fold (value);

      /* The same unit in "Đơn vị" and in "Chức vụ, đơn vị" is written once */
      if (strstr (old_folded, folded) != NULL)
        return NULL;
      if (strstr (folded, old_folded) == NULL)
        value = joined = g_strconcat (old, ", ", value, NULL);
    }
  else if (old != NULL && _cohort_column_kind_joins (kind))
    value = joined = g_strconcat (old, ", ", value, NULL);
  problem = cohort_check_person_field (field, value);
  if (problem == NULL)
    cohort_person_set_field (person, field, value);
  return problem;
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
  GenderCells gender = { { -1, -1 }, { FALSE, FALSE }, -1, COHORT_GENDER_UNKNOWN };
  int birth_day = 0, birth_month = 0, id_column = -1;
  guint birth_part_column = 0;

  *named_out = FALSE;
  for (guint c = 0; c < map->n_columns && cells[c] != NULL; c++)
    {
      g_autofree char *value = NULL;
      CohortColumnKind kind = map->kinds[c];
      char *problem = NULL;

      if (*cells[c] == '\0' || kind == COHORT_COLUMN_UNKNOWN)
        continue;
      value = g_strstrip (cohort_name_normalize (cells[c]));
      if (*value == '\0')
        continue;
      data = data || kind != COHORT_COLUMN_ROW_NO;

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
        case COHORT_COLUMN_BIRTH_MALE:
        case COHORT_COLUMN_BIRTH_FEMALE:
        case COHORT_COLUMN_GENDER_MARK_MALE:
        case COHORT_COLUMN_GENDER_MARK_FEMALE:
          problem = read_sex_cell (person, map, c, value, &gender);
          break;
        case COHORT_COLUMN_BIRTH_DATE:
        case COHORT_COLUMN_BIRTH_YEAR:
        case COHORT_COLUMN_PARTY_JOIN_DATE:
        case COHORT_COLUMN_PARTY_OFFICIAL_DATE:
          {
            g_autofree char *iso = cohort_cell_read_date (value, &problem);

            if (iso == NULL)
              break;
            cohort_person_set_field (person, kind == COHORT_COLUMN_PARTY_JOIN_DATE ? COHORT_PERSON_PARTY_JOIN_DATE
                                             : kind == COHORT_COLUMN_PARTY_OFFICIAL_DATE
                                             ? COHORT_PERSON_PARTY_OFFICIAL_DATE : COHORT_PERSON_BIRTH_DATE, iso);
          }
          break;
        case COHORT_COLUMN_BIRTH_DAY:
        case COHORT_COLUMN_BIRTH_MONTH:
          {
            int n = read_day_or_month (value, kind == COHORT_COLUMN_BIRTH_DAY ? 31 : 12, &problem);

            if (kind == COHORT_COLUMN_BIRTH_DAY)
              birth_day = n;
            else
              birth_month = n;
            birth_part_column = c;
          }
          break;
        case COHORT_COLUMN_GENDER:
          {
            gboolean ok;
            CohortGender g = cohort_cell_read_gender (value, &ok);

            if (ok)
              {
                cohort_person_set_gender (person, g);
                gender.text_gender = g;
                gender.text_column = c;
              }
            else
              /* Translators: %s is what the cell holds */
              problem = g_strdup_printf (_("“%s” is not a gender. Write Nam or Nữ."), value);
          }
          break;
        case COHORT_COLUMN_POSITION_UNIT:
          {
            g_autofree char *position = NULL, *unit = NULL;
            g_autofree char *lines = normalize_lines (cells[c]);

            /* Its lines kept: a position on one, its unit on the next */
            cohort_cell_split_position_unit (lines, &position, &unit);
            problem = set_text (person, COHORT_PERSON_POSITION, kind, position);
            if (problem == NULL && unit != NULL)
              problem = set_text (person, COHORT_PERSON_UNIT, kind, unit);
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
            if (kind == COHORT_COLUMN_ID_NUMBER)
              id_column = c;
            g_free (value);
            value = g_string_free (compact, FALSE);
          }
          G_GNUC_FALLTHROUGH;
        default:
          if (kind < COHORT_N_COLUMN_KINDS && text_fields[kind] != 0)
            problem = set_text (person, text_fields[kind] - 1, kind, value);
          named = named || kind == COHORT_COLUMN_GIVEN_NAME;
          break;
        }

      if (problem != NULL)
        add_problem (problems, c, problem);
    }

  if (!data)
    return NULL;
  settle_gender (person, map, &gender, problems);
  settle_birth_parts (person, birth_day, birth_month, birth_part_column, problems);
  if (!lao)
    check_citizen_id (person, map, id_column, problems);
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
