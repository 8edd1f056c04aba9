/* cohort-header-map.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Finds the header of an agency's list below its title lines ("DANH SÁCH
 * HỌC VIÊN …") and tells what each column holds, from the names offices
 * give them in Vietnamese (with or without accents), Lao and English. A
 * header over two rows ("Ngày sinh" above "Nam" | "Nữ") is read as one.
 */
#define G_LOG_DOMAIN "cohort-header-map"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cohort-fold.h"
#include "cohort-header-map.h"

/* How many rows from the top may hold titles before the header. */
#define MAX_TITLE_ROWS 30

/* Header names, folded (cohort_fold (): lower case, no Vietnamese marks). */
static const struct
{
  CohortColumnKind  kind;
  const char       *key;
  const char *const names[16];
} kinds[] = {
  { COHORT_COLUMN_ROW_NO, "row-no", { "stt", "tt", "so tt", "so thu tu", "no", "no.", "#", "ລດ", "ລ/ດ", "ລຳດັບ" } },
  { COHORT_COLUMN_FULL_NAME, "full-name",
    { "ho va ten", "ho ten", "ho, ten", "ho va ten hoc vien", "ten hoc vien", "full name", "name", "student",
      "ຊື່ ແລະ ນາມສະກຸນ", "ຊື່-ນາມສະກຸນ", "ຊື່ ແລະ ນາມສະກຸນ ນັກສຶກສາ", "ho va ten (tieng viet)",
      "ho ten (tieng viet)", "ten tieng viet", "ຊື່ ແລະ ນາມສະກຸນ (ພາສາຫວຽດນາມ)" } },
  { COHORT_COLUMN_FAMILY_MIDDLE, "family-middle", { "ho va ten dem", "ho dem", "ho va dem", "ho, ten dem" } },
  { COHORT_COLUMN_FAMILY_NAME, "family-name", { "ho", "family name", "surname", "last name", "ນາມສະກຸນ" } },
  { COHORT_COLUMN_MIDDLE_NAME, "middle-name", { "ten dem", "dem", "middle name" } },
  { COHORT_COLUMN_GIVEN_NAME, "given-name", { "ten", "given name", "first name", "ຊື່" } },
  { COHORT_COLUMN_BIRTH_DATE, "birth-date",
    { "ngay sinh", "ngay thang nam sinh", "ngay, thang, nam sinh", "ns", "date of birth", "birth date", "dob",
      "born", "ວັນເດືອນປີເກີດ", "ວັນ ເດືອນ ປີ ເກີດ" } },
  { COHORT_COLUMN_BIRTH_YEAR, "birth-year", { "nam sinh", "year of birth", "ປີເກີດ" } },
  { COHORT_COLUMN_BIRTH_MALE, "birth-male", { "nam", "male" } },
  { COHORT_COLUMN_BIRTH_FEMALE, "birth-female", { "nu", "female" } },
  { COHORT_COLUMN_GENDER, "gender", { "gioi tinh", "gioi", "nam/nu", "nam, nu", "phai", "sex", "gender", "ເພດ" } },
  { COHORT_COLUMN_ETHNICITY, "ethnicity", { "dan toc", "ethnicity", "ethnic group", "ຊົນເຜົ່າ" } },
  { COHORT_COLUMN_RELIGION, "religion", { "ton giao", "religion", "ສາສະໜາ" } },
  { COHORT_COLUMN_HOMETOWN, "hometown", { "que quan", "nguyen quan", "que", "hometown", "ບ້ານເກີດ" } },
  { COHORT_COLUMN_UNIT, "unit",
    { "don vi", "don vi cong tac", "co quan", "co quan cong tac", "noi cong tac", "co quan, don vi",
      "unit", "work unit", "organization", "ຫົວໜ່ວຍ", "ບ່ອນເຮັດວຽກ", "ຫ້ອງການ" } },
  { COHORT_COLUMN_POSITION, "position", { "chuc vu", "chuc danh", "chuc vu hien tai", "position", "title", "job title",
                                          "ຕຳແໜ່ງ" } },
  { COHORT_COLUMN_ID_NUMBER, "id-number",
    { "so cccd", "cccd", "can cuoc", "so can cuoc", "so can cuoc cong dan", "cmnd", "so cmnd", "cmnd/cccd",
      "so cmnd/cccd", "id number", "citizen id", "id", "citizen id number", "ເລກບັດປະຈຳຕົວ" } },
  { COHORT_COLUMN_PHONE, "phone", { "dien thoai", "so dien thoai", "sdt", "dt", "phone", "mobile", "ເບີໂທ" } },
  { COHORT_COLUMN_PARTY_JOIN_DATE, "party-join-date", { "ngay vao dang", "vao dang", "ngay ket nap dang", "party",
                                                          "party admission date", "ວັນເຂົ້າພັກ" } },
  { COHORT_COLUMN_EDUCATION, "education", { "trinh do", "trinh do chuyen mon", "hoc van", "trinh do hoc van",
                                            "education", "ລະດັບການສຶກສາ" } },
  { COHORT_COLUMN_LAO_NAME, "lao-name",
    { "ten tieng lao", "ho ten tieng lao", "lao name", "ຊື່ພາສາລາວ", "ho va ten (chu lao)", "ho va ten chu lao",
      "ho ten (chu lao)", "ten chu lao", "ho va ten (tieng lao)", "name in lao script", "name (lao)",
      "ຊື່ ແລະ ນາມສະກຸນ (ພາສາລາວ)" } },
  { COHORT_COLUMN_LATIN_NAME, "latin-name",
    { "ten ho chieu", "ten theo ho chieu", "passport name", "latin name", "ho va ten (theo ho chieu)",
      "ho ten (theo ho chieu)", "ho va ten theo ho chieu", "name as in passport", "name (passport)",
      "ຊື່ ແລະ ນາມສະກຸນ (ຕາມໜັງສືຜ່ານແດນ)", "ຊື່ຕາມໜັງສືຜ່ານແດນ" } },
  { COHORT_COLUMN_NOTE, "note", { "ghi chu", "note", "notes", "remarks", "ໝາຍເຫດ" } },
  { COHORT_COLUMN_PASSPORT, "passport",
    { "so ho chieu", "ho chieu", "ho chieu so", "passport", "passport no", "passport no.", "passport number",
      "ເລກໜັງສືຜ່ານແດນ", "ໜັງສືຜ່ານແດນ", "ເລກທີໜັງສືຜ່ານແດນ" } },
  { COHORT_COLUMN_LAO_PROVINCE, "lao-province",
    { "tinh (lao)", "tinh lao", "tinh cua lao", "lao province", "province (laos)", "province of laos", "ແຂວງ",
      "ມາຈາກແຂວງ" } },
};

/* "  Họ và tên (1) " → "ho va ten": folded, numbering and punctuation at the ends dropped, spaces single. */
static char *
header_words (const char *header)
{
  g_autofree char *folded = cohort_fold (header ? header : "");
  g_auto(GStrv) words = g_strsplit_set (folded, " \t\r\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i]; i++)
    {
      char *w = words[i];

      if (*w == '\0' || (w[0] == '(' && g_ascii_isdigit (w[1])))
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, w);
    }
  while (out->len > 0 && strchr (":.*", out->str[out->len - 1]) != NULL && out->len > 1)
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/**
 * cohort_column_kind_for_header:
 * @sure: (out) (optional): %TRUE when @header is one of the names exactly;
 *   %FALSE when it only begins with one ("Họ và tên học viên lớp B43")
 *
 * Returns: what a column with this header holds
 */
CohortColumnKind
cohort_column_kind_for_header (const char *header,
                               gboolean   *sure)
{
  g_autofree char *words = header_words (header);
  CohortColumnKind best = COHORT_COLUMN_UNKNOWN;
  gsize best_len = 0;

  if (sure)
    *sure = FALSE;
  if (*words == '\0')
    return COHORT_COLUMN_UNKNOWN;

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint n = 0; n < G_N_ELEMENTS (kinds[k].names) && kinds[k].names[n]; n++)
      {
        const char *name = kinds[k].names[n];
        gsize len = strlen (name);

        if (strcmp (words, name) == 0)
          {
            if (sure)
              *sure = TRUE;
            return kinds[k].kind;
          }
        /* A longer header that starts with a name as whole words; the longest name wins. */
        if (len > best_len && len >= 3 && strncmp (words, name, len) == 0 && words[len] == ' ')
          {
            best = kinds[k].kind;
            best_len = len;
          }
      }
  return best;
}

const char *
cohort_column_kind_key (CohortColumnKind kind)
{
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    if (kinds[k].kind == kind)
      return kinds[k].key;
  return "unknown";
}

void
cohort_header_map_free (CohortHeaderMap *map)
{
  if (map == NULL)
    return;
  g_free (map->kinds);
  g_free (map->sure);
  g_free (map);
}

static guint
strv_len0 (const char *const *row)
{
  return row ? g_strv_length ((char **) row) : 0;
}

/* How many cells of @row name a column, and whether one of them is a name. */
static guint
count_headers (const char *const *row,
               gboolean          *has_name,
               gboolean          *all_known)
{
  guint n = 0, filled = 0;

  *has_name = FALSE;
  for (guint i = 0; row && row[i]; i++)
    {
      g_autofree char *cell = g_strstrip (g_strdup (row[i]));
      CohortColumnKind kind;

      if (*cell == '\0')
        continue;
      filled++;
      kind = cohort_column_kind_for_header (row[i], NULL);
      if (kind == COHORT_COLUMN_UNKNOWN)
        continue;
      n++;
      *has_name = *has_name || kind == COHORT_COLUMN_FULL_NAME || kind == COHORT_COLUMN_GIVEN_NAME ||
                  kind == COHORT_COLUMN_FAMILY_MIDDLE || kind == COHORT_COLUMN_LAO_NAME;
    }
  if (all_known)
    *all_known = filled > 0 && n == filled;
  return n;
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
  CohortHeaderMap *map;
  guint best_row = G_MAXUINT, best_count = 0, n_columns = 0;
  const char *const *header, *const *below = NULL;
  gboolean has_name, all_known = FALSE;

  for (guint r = 0; r < rows->len && r < MAX_TITLE_ROWS; r++)
    {
      guint n = count_headers (g_ptr_array_index (rows, r), &has_name, NULL);

      if (has_name && n >= 2 && n > best_count)
        {
          best_row = r;
          best_count = n;
        }
    }
  if (best_row == G_MAXUINT)
    return NULL;

  header = g_ptr_array_index (rows, best_row);
  if (best_row + 1 < rows->len)
    {
      below = g_ptr_array_index (rows, best_row + 1);
      count_headers (below, &has_name, &all_known);
      if (!all_known)
        below = NULL;
    }

  n_columns = MAX (strv_len0 (header), strv_len0 (below));
  map = g_new0 (CohortHeaderMap, 1);
  map->header_row = best_row;
  map->first_data_row = best_row + (below ? 2 : 1);
  map->n_columns = n_columns;
  map->kinds = g_new0 (CohortColumnKind, n_columns);
  map->sure = g_new0 (gboolean, n_columns);

  for (guint c = 0; c < n_columns; c++)
    {
      const char *top = c < strv_len0 (header) ? header[c] : NULL;
      const char *sub = below && c < strv_len0 (below) ? below[c] : NULL;
      gboolean sure_top = FALSE, sure_sub = FALSE;
      CohortColumnKind kind_top = cohort_column_kind_for_header (top, &sure_top);
      CohortColumnKind kind_sub = cohort_column_kind_for_header (sub, &sure_sub);

      /* The row below refines a merged cell above it ("Ngày sinh" → "Nam" | "Nữ";
       * "Họ và tên" → "Họ" | "Tên"); alone, "Nam" and "Nữ" are not dates. */
      if (kind_sub != COHORT_COLUMN_UNKNOWN)
        {
          map->kinds[c] = kind_sub;
          map->sure[c] = sure_sub;
        }
      else if (kind_top == COHORT_COLUMN_BIRTH_MALE || kind_top == COHORT_COLUMN_BIRTH_FEMALE)
        {
          map->kinds[c] = COHORT_COLUMN_UNKNOWN;
        }
      else
        {
          map->kinds[c] = kind_top;
          map->sure[c] = sure_top;
        }
    }
  return map;
}

/**
 * cohort_column_kind_from_key:
 *
 * Returns: the kind cohort_column_kind_key() names, or
 *   %COHORT_COLUMN_UNKNOWN
 */
CohortColumnKind
cohort_column_kind_from_key (const char *key)
{
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    if (g_strcmp0 (kinds[k].key, key) == 0)
      return kinds[k].kind;
  return COHORT_COLUMN_UNKNOWN;
}

/**
 * cohort_column_kind_label:
 *
 * Returns: what a column of this kind holds, in words for the user
 */
const char *
cohort_column_kind_label (CohortColumnKind kind)
{
  switch (kind)
    {
    case COHORT_COLUMN_UNKNOWN: return _("Not imported");
    case COHORT_COLUMN_ROW_NO: return _("Row number");
    case COHORT_COLUMN_FULL_NAME: return _("Full name");
    case COHORT_COLUMN_FAMILY_MIDDLE: return _("Family and middle name");
    case COHORT_COLUMN_FAMILY_NAME: return _("Family name");
    case COHORT_COLUMN_MIDDLE_NAME: return _("Middle name");
    case COHORT_COLUMN_GIVEN_NAME: return _("Given name");
    case COHORT_COLUMN_BIRTH_DATE: return _("Date of birth");
    case COHORT_COLUMN_BIRTH_YEAR: return _("Year of birth");
    case COHORT_COLUMN_BIRTH_MALE: return _("Date of birth (men)");
    case COHORT_COLUMN_BIRTH_FEMALE: return _("Date of birth (women)");
    case COHORT_COLUMN_GENDER: return _("Gender");
    case COHORT_COLUMN_ETHNICITY: return _("Ethnic group");
    case COHORT_COLUMN_RELIGION: return _("Religion");
    case COHORT_COLUMN_HOMETOWN: return _("Hometown");
    case COHORT_COLUMN_UNIT: return _("Work unit");
    case COHORT_COLUMN_POSITION: return _("Position");
    case COHORT_COLUMN_ID_NUMBER: return _("Citizen ID number");
    case COHORT_COLUMN_PHONE: return _("Phone");
    case COHORT_COLUMN_PARTY_JOIN_DATE: return _("Party admission date");
    case COHORT_COLUMN_EDUCATION: return _("Education");
    case COHORT_COLUMN_LAO_NAME: return _("Name in Lao script");
    case COHORT_COLUMN_LATIN_NAME: return _("Name as in passport");
    case COHORT_COLUMN_NOTE: return _("Note");
    case COHORT_COLUMN_PASSPORT: return _("Passport number");
    case COHORT_COLUMN_LAO_PROVINCE: return _("Province (Laos)");
    case COHORT_N_COLUMN_KINDS:
    default:
      break;
    }
  return "";
}

/**
 * cohort_header_map_signature:
 * @headers: the header cells of a list
 *
 * Lists from the same agency keep their headers; their folded words, one
 * line each, tell such lists apart whatever their data.
 *
 * Returns: (transfer full): a short key for these headers
 */
char *
cohort_header_map_signature (const char *const *headers)
{
  g_autoptr(GString) words = g_string_new (NULL);

  for (guint c = 0; headers != NULL && headers[c]; c++)
    {
      g_autofree char *w = header_words (headers[c]);

      g_string_append (words, w);
      g_string_append_c (words, '\n');
    }
  return g_compute_checksum_for_string (G_CHECKSUM_SHA1, words->str, words->len);
}

/**
 * cohort_header_map_to_string:
 *
 * Returns: (transfer full): the kinds of the columns as
 *   "full-name,birth-date,unknown,…", for cohort_header_map_apply_string()
 */
char *
cohort_header_map_to_string (const CohortHeaderMap *map)
{
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  for (guint c = 0; c < map->n_columns; c++)
    g_strv_builder_add (keys, cohort_column_kind_key (map->kinds[c]));
  strv = g_strv_builder_end (keys);
  return g_strjoinv (",", strv);
}

/**
 * cohort_header_map_apply_string:
 *
 * Gives the columns the kinds @text names (as cohort_header_map_to_string()
 * wrote them), marked sure: the user chose them.
 *
 * Returns: %FALSE, changing nothing, when @text is for another number of columns
 */
gboolean
cohort_header_map_apply_string (CohortHeaderMap *map,
                                const char      *text)
{
  g_auto(GStrv) keys = g_strsplit (text ? text : "", ",", -1);

  if (g_strv_length (keys) != map->n_columns)
    return FALSE;
  for (guint c = 0; c < map->n_columns; c++)
    {
      map->kinds[c] = cohort_column_kind_from_key (keys[c]);
      map->sure[c] = TRUE;
    }
  return TRUE;
}
