/* cohort-header-map.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What each column of an agency's list holds, from the names offices give
 * them in Vietnamese (with or without accents), Lao and English, and under a
 * group heading, from the group: "Nam" under "Ngày sinh" is a man's date of
 * birth, under "Giới tính" a mark. Where the header is: cohort-header-find.c.
 */
#define G_LOG_DOMAIN "cohort-header-map"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cohort-fold.h"
#include "cohort-header-map-private.h"

/* Header names, folded (cohort_fold (): lower case, no Vietnamese marks). */
static const struct
{
  CohortColumnKind  kind;
  const char       *key;
  const char *const names[28];
} kinds[] = {
  { COHORT_COLUMN_ROW_NO, "row-no", { "stt", "tt", "so tt", "so thu tu", "no", "no.", "#", "ລດ", "ລ/ດ", "ລຳດັບ" } },
  { COHORT_COLUMN_FULL_NAME, "full-name",
    { "ho va ten", "ho ten", "ho, ten", "ho va ten hoc vien", "ten hoc vien", "full name", "name", "student",
      "ຊື່ ແລະ ນາມສະກຸນ", "ຊື່-ນາມສະກຸນ", "ຊື່ ແລະ ນາມສະກຸນ ນັກສຶກສາ", "ho va ten (tieng viet)",
      "ho ten (tieng viet)", "ten tieng viet", "ຊື່ ແລະ ນາມສະກຸນ (ພາສາຫວຽດນາມ)", "ho va ten khai sinh",
      "ho, ten khai sinh" } },
  { COHORT_COLUMN_FAMILY_MIDDLE, "family-middle",
    { "ho va ten dem", "ho dem", "ho va dem", "ho, ten dem", "ho, chu lot", "ho chu lot", "ho va chu lot",
      "ho lot", "ho, dem", "ho va ten lot" } },
  { COHORT_COLUMN_FAMILY_NAME, "family-name", { "ho", "family name", "surname", "last name", "ນາມສະກຸນ" } },
  { COHORT_COLUMN_MIDDLE_NAME, "middle-name", { "ten dem", "dem", "middle name", "chu lot", "ten lot" } },
  { COHORT_COLUMN_GIVEN_NAME, "given-name", { "ten", "given name", "first name", "ten goi", "ຊື່" } },
  { COHORT_COLUMN_BIRTH_DATE, "birth-date",
    { "ngay sinh", "ngay thang nam sinh", "ngay, thang, nam sinh", "ngay/thang/nam sinh", "ngay, thang nam sinh",
      "sinh ngay", "ns", "date of birth", "birth date", "dob", "born", "ວັນເດືອນປີເກີດ", "ວັນ ເດືອນ ປີ ເກີດ" } },
  { COHORT_COLUMN_BIRTH_YEAR, "birth-year", { "nam sinh", "year of birth", "ປີເກີດ" } },
  { COHORT_COLUMN_BIRTH_MONTH, "birth-month", { "thang sinh", "month of birth" } },
  { COHORT_COLUMN_BIRTH_DAY, "birth-day", { "day of birth" } },
  { COHORT_COLUMN_BIRTH_MALE, "birth-male", { "nam", "male" } },
  { COHORT_COLUMN_BIRTH_FEMALE, "birth-female", { "nu", "female" } },
  { COHORT_COLUMN_GENDER, "gender", { "gioi tinh", "gioi", "nam/nu", "nam, nu", "nam - nu", "phai", "sex", "gender",
                                      "ເພດ" } },
  { COHORT_COLUMN_GENDER_MARK_MALE, "gender-mark-male", { NULL } },
  { COHORT_COLUMN_GENDER_MARK_FEMALE, "gender-mark-female", { NULL } },
  { COHORT_COLUMN_ETHNICITY, "ethnicity", { "dan toc", "ethnicity", "ethnic group", "ຊົນເຜົ່າ" } },
  { COHORT_COLUMN_RELIGION, "religion", { "ton giao", "religion", "ສາສະໜາ" } },
  { COHORT_COLUMN_HOMETOWN, "hometown", { "que quan", "nguyen quan", "que", "hometown", "ບ້ານເກີດ" } },
  { COHORT_COLUMN_POSITION_UNIT, "position-unit",
    { "chuc vu, don vi cong tac", "chuc vu, don vi", "chuc vu - don vi", "chuc vu - don vi cong tac",
      "chuc vu va don vi cong tac", "chuc vu, don vi cong tac hien nay", "chuc vu, don vi cong tac hien tai",
      "chuc danh, co quan", "chuc danh, don vi", "chuc danh, don vi cong tac", "chuc vu, co quan",
      "chuc vu, co quan cong tac", "chuc vu, noi cong tac", "chuc vu/don vi", "chuc vu / don vi",
      "chuc vu, don vi, dia phuong", "don vi, chuc vu", "don vi cong tac, chuc vu", "co quan, chuc vu",
      "noi cong tac, chuc vu", "don vi - chuc vu", "position and unit", "position, unit" } },
  { COHORT_COLUMN_UNIT, "unit",
    { "don vi", "don vi cong tac", "co quan", "co quan cong tac", "noi cong tac", "co quan, don vi",
      "noi lam viec", "co quan lam viec", "don vi lam viec", "unit", "work unit", "organization", "ຫົວໜ່ວຍ", "ບ່ອນເຮັດວຽກ", "ຫ້ອງການ" } },
  { COHORT_COLUMN_POSITION, "position", { "chuc vu", "chuc danh", "chuc vu hien tai", "position", "title", "job title",
                                          "ຕຳແໜ່ງ" } },
  { COHORT_COLUMN_ID_NUMBER, "id-number",
    { "so cccd", "cccd", "can cuoc", "so can cuoc", "so can cuoc cong dan", "cmnd", "so cmnd", "cmnd/cccd",
      "so cmnd/cccd", "id number", "citizen id", "id", "citizen id number", "so dinh danh", "so dinh danh ca nhan",
      "ma dinh danh", "ເລກບັດປະຈຳຕົວ" } },
  { COHORT_COLUMN_PHONE, "phone", { "dien thoai", "so dien thoai", "sdt", "dt", "phone", "mobile", "ເບີໂທ" } },
  { COHORT_COLUMN_PARTY_JOIN_DATE, "party-join-date",
    { "ngay vao dang", "vao dang", "ngay ket nap dang", "ngay ket nap", "ngay vao dang du bi", "party",
      "party admission date", "ວັນເຂົ້າພັກ" } },
  { COHORT_COLUMN_PARTY_OFFICIAL_DATE, "party-official-date",
    { "ngay chinh thuc", "ngay vao dang chinh thuc", "ngay chuyen chinh thuc", "ngay dang chinh thuc",
      "full membership date", "party full membership date", "ວັນເປັນສະມາຊິກພັກສົມບູນ" } },
  { COHORT_COLUMN_EDUCATION, "education",
    { "trinh do", "hoc van", "trinh do hoc van", "education", "van hoa", "trinh do van hoa", "giao duc pho thong",
      "trinh do giao duc pho thong", "trinh do pho thong", "general education", "ລະດັບການສຶກສາ", "ການສຶກສາສາມັນ" } },
  { COHORT_COLUMN_PROFESSIONAL, "professional",
    { "trinh do chuyen mon", "chuyen mon", "chuyen mon nghiep vu", "trinh do chuyen mon nghiep vu",
      "chuyen mon, nghiep vu", "trinh do chuyen mon, nghiep vu", "professional qualification", "qualification",
      "ວິຊາສະເພາະ" } },
  { COHORT_COLUMN_LLCT, "llct",
    { "llct", "trinh do llct", "ly luan chinh tri", "trinh do ly luan chinh tri", "ly luan", "trinh do ly luan",
      "political theory" } },
  { COHORT_COLUMN_QLNN, "qlnn",
    { "qlnn", "trinh do qlnn", "quan ly nha nuoc", "trinh do quan ly nha nuoc", "state management" } },
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

G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == COHORT_N_COLUMN_KINDS - 1);

/* Headings of groups only ("Đảng viên" over its two dates), and of columns
 * of data Cohort has no field for: headers all the same. */
static const char *const other_headings[] = {
  "dang vien", "la dang vien", "dang", "thong tin dang vien", "dang vien dang cong san viet nam",
  "trinh do dao tao", "trinh do dao tao, boi duong", "trinh do chuyen mon, ly luan",
  "trinh do chuyen mon, ly luan chinh tri", "trinh do hien nay", "ngoai ngu", "tin hoc", "trinh do ngoai ngu",
  "trinh do tin hoc", "tieng dan toc", "tieng dan toc thieu so", "quoc phong", "quoc phong - an ninh", "qp-an",
  "ngay", "thang", "du bi", "chinh thuc", "ky ten", "ky nhan", "chu ky",
};

/* Under a group: the heading of a column, folded, and what it holds there. */
static const struct
{
  CohortHeaderGroup  group;
  CohortColumnKind   kind;
  const char *const  names[12];
} in_group[] = {
  { COHORT_HEADER_GROUP_NAME, COHORT_COLUMN_FAMILY_MIDDLE,
    { "ho va ten dem", "ho dem", "ho va dem", "ho, ten dem", "ho, chu lot", "ho chu lot", "ho va chu lot", "ho lot",
      "ho, dem", "ho va ten lot" } },
  { COHORT_HEADER_GROUP_NAME, COHORT_COLUMN_FAMILY_NAME, { "ho" } },
  { COHORT_HEADER_GROUP_NAME, COHORT_COLUMN_MIDDLE_NAME, { "ten dem", "chu lot", "dem", "ten lot" } },
  { COHORT_HEADER_GROUP_NAME, COHORT_COLUMN_GIVEN_NAME, { "ten", "ten goi" } },
  { COHORT_HEADER_GROUP_BIRTH, COHORT_COLUMN_BIRTH_MALE, { "nam", "male" } },
  { COHORT_HEADER_GROUP_BIRTH, COHORT_COLUMN_BIRTH_FEMALE, { "nu", "female" } },
  { COHORT_HEADER_GROUP_BIRTH, COHORT_COLUMN_BIRTH_DAY, { "ngay", "day" } },
  { COHORT_HEADER_GROUP_BIRTH, COHORT_COLUMN_BIRTH_MONTH, { "thang", "month" } },
  { COHORT_HEADER_GROUP_BIRTH, COHORT_COLUMN_BIRTH_YEAR, { "year" } },   /* "Năm": see below */
  { COHORT_HEADER_GROUP_GENDER, COHORT_COLUMN_GENDER_MARK_MALE, { "nam", "male", "m" } },
  { COHORT_HEADER_GROUP_GENDER, COHORT_COLUMN_GENDER_MARK_FEMALE, { "nu", "female", "f" } },
  { COHORT_HEADER_GROUP_PARTY, COHORT_COLUMN_PARTY_JOIN_DATE,
    { "ngay vao dang", "vao dang", "du bi", "ngay du bi", "ngay ket nap", "ket nap", "ngay ket nap dang", "ngay vao",
      "ket nap dang", "ngay vao dang du bi", "ngay, thang, nam vao dang" } },
  { COHORT_HEADER_GROUP_PARTY, COHORT_COLUMN_PARTY_OFFICIAL_DATE,
    { "chinh thuc", "ngay chinh thuc", "ngay chuyen chinh thuc", "chuyen chinh thuc", "ngay vao dang chinh thuc",
      "ngay, thang, nam chinh thuc" } },
  { COHORT_HEADER_GROUP_LEVEL, COHORT_COLUMN_EDUCATION,
    { "van hoa", "giao duc pho thong", "pho thong", "hoc van", "gdpt", "trinh do van hoa", "tdvh" } },
  { COHORT_HEADER_GROUP_LEVEL, COHORT_COLUMN_PROFESSIONAL,
    { "chuyen mon", "chuyen mon nghiep vu", "cmnv", "chuyen mon, nghiep vu", "trinh do chuyen mon", "chuyen nganh",
      "dao tao" } },
  { COHORT_HEADER_GROUP_LEVEL, COHORT_COLUMN_LLCT,
    { "llct", "ly luan chinh tri", "ly luan", "chinh tri", "trinh do llct" } },
  { COHORT_HEADER_GROUP_LEVEL, COHORT_COLUMN_QLNN, { "qlnn", "quan ly nha nuoc", "trinh do qlnn" } },
  /* Data Cohort has no field for: known, not imported */
  { COHORT_HEADER_GROUP_LEVEL, COHORT_COLUMN_UNKNOWN,
    { "ngoai ngu", "tin hoc", "tieng dan toc", "tieng dan toc thieu so", "quoc phong", "qp-an",
      "quoc phong - an ninh" } },
};

/* "  Họ và tên (1) " → "ho va ten": folded, numbering and punctuation at the ends dropped, spaces single. */
char *
_cohort_header_words (const char *header)
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

static gboolean
has_word (const char *words,
          const char *word)
{
  gsize len = strlen (word);

  for (const char *p = strstr (words, word); p != NULL; p = strstr (p + 1, word))
    if ((p == words || !g_ascii_isalnum (p[-1])) && !g_ascii_isalnum (p[len]))
      return TRUE;
  return FALSE;
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
  g_autofree char *words = _cohort_header_words (header);
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
  /* "Chức vụ hiện tại và đơn vị công tác": a position and a unit in one column */
  if ((has_word (words, "chuc vu") || has_word (words, "chuc danh")) &&
      (has_word (words, "don vi") || has_word (words, "co quan") || has_word (words, "noi cong tac") ||
       has_word (words, "noi lam viec")))
    return COHORT_COLUMN_POSITION_UNIT;
  return best;
}

static GHashTable *
header_words_table (void)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    {
      GHashTable *made = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        for (guint n = 0; n < G_N_ELEMENTS (kinds[k].names) && kinds[k].names[n]; n++)
          g_hash_table_add (made, (gpointer) kinds[k].names[n]);
      for (guint k = 0; k < G_N_ELEMENTS (in_group); k++)
        for (guint n = 0; n < G_N_ELEMENTS (in_group[k].names) && in_group[k].names[n]; n++)
          g_hash_table_add (made, (gpointer) in_group[k].names[n]);
      for (guint i = 0; i < G_N_ELEMENTS (other_headings); i++)
        g_hash_table_add (made, (gpointer) other_headings[i]);
      g_once_init_leave (&table, made);
    }
  return table;
}

/**
 * cohort_header_is_word:
 * @text: a cell
 *
 * Returns: whether @text is, accents, case and numbering aside, one of the
 *   headings lists give their columns or groups ("Họ và tên", "Tên", "Nam",
 *   "Văn hóa", "Đảng viên", "STT", …)
 */
gboolean
cohort_header_is_word (const char *text)
{
  g_autofree char *words = _cohort_header_words (text);

  return *words != '\0' && g_hash_table_contains (header_words_table (), words);
}

/* What a heading over several columns tells of the columns under it. */
CohortHeaderGroup
_cohort_header_group (const char *heading)
{
  g_autofree char *words = _cohort_header_words (heading);
  CohortColumnKind kind = cohort_column_kind_for_header (heading, NULL);

  if (g_str_has_prefix (words, "trinh do"))
    return COHORT_HEADER_GROUP_LEVEL;
  switch (kind)
    {
    case COHORT_COLUMN_FULL_NAME:
      return COHORT_HEADER_GROUP_NAME;
    case COHORT_COLUMN_BIRTH_DATE:
    case COHORT_COLUMN_BIRTH_YEAR:
      return COHORT_HEADER_GROUP_BIRTH;
    case COHORT_COLUMN_GENDER:
      return COHORT_HEADER_GROUP_GENDER;
    case COHORT_COLUMN_PARTY_JOIN_DATE:
      return COHORT_HEADER_GROUP_PARTY;
    case COHORT_COLUMN_EDUCATION:
    case COHORT_COLUMN_PROFESSIONAL:
      return COHORT_HEADER_GROUP_LEVEL;
    default:
      break;
    }
  if (g_str_equal (words, "dang vien") || g_str_equal (words, "la dang vien") || g_str_equal (words, "dang") ||
      g_str_has_prefix (words, "thong tin dang vien") || g_str_has_prefix (words, "dang vien "))
    return COHORT_HEADER_GROUP_PARTY;
  return COHORT_HEADER_GROUP_NONE;
}

/* "Năm" (year) and "Nam" (man) fold alike: told apart before folding. */
static gboolean
is_year_word (const char *heading)
{
  g_autofree char *down = g_utf8_strdown (heading, -1);
  g_autofree char *norm = g_utf8_normalize (g_strstrip (down), -1, G_NORMALIZE_NFC);

  return g_str_equal (norm, "năm") || g_str_equal (norm, "năm sinh");
}

/**
 * _cohort_header_kind_in_group:
 * @found: (out): whether @heading means something under @group
 *
 * Returns: what a column headed @heading under a heading of @group holds:
 *   "Nam" under "Giới tính" is a gender mark, under "Ngày sinh" the date of
 *   birth of men
 */
CohortColumnKind
_cohort_header_kind_in_group (CohortHeaderGroup  group,
                              const char        *heading,
                              gboolean          *found)
{
  g_autofree char *words = NULL;

  *found = FALSE;
  if (group == COHORT_HEADER_GROUP_NONE)
    return COHORT_COLUMN_UNKNOWN;
  if (group == COHORT_HEADER_GROUP_BIRTH && is_year_word (heading))
    {
      *found = TRUE;
      return COHORT_COLUMN_BIRTH_YEAR;
    }
  words = _cohort_header_words (heading);
  for (guint k = 0; k < G_N_ELEMENTS (in_group); k++)
    if (in_group[k].group == group)
      for (guint n = 0; n < G_N_ELEMENTS (in_group[k].names) && in_group[k].names[n]; n++)
        if (g_str_equal (words, in_group[k].names[n]))
          {
            *found = TRUE;
            return in_group[k].kind;
          }
  return COHORT_COLUMN_UNKNOWN;
}

/* Kinds whose columns, when a list has several, are read as one text:
 * "Quê quán" over "Xã" | "Huyện" | "Tỉnh". */
gboolean
_cohort_column_kind_joins (CohortColumnKind kind)
{
  switch (kind)
    {
    case COHORT_COLUMN_HOMETOWN:
    case COHORT_COLUMN_UNIT:
    case COHORT_COLUMN_POSITION:
    case COHORT_COLUMN_POSITION_UNIT:
    case COHORT_COLUMN_EDUCATION:
    case COHORT_COLUMN_PROFESSIONAL:
    case COHORT_COLUMN_LLCT:
    case COHORT_COLUMN_QLNN:
      return TRUE;
    default:
      return FALSE;
    }
}

/**
 * cohort_column_kind_is_read:
 *
 * Returns: whether Cohort reads a column of @kind into the people it
 *   imports (%FALSE for a column not imported and for "Ghi chú")
 */
gboolean
cohort_column_kind_is_read (CohortColumnKind kind)
{
  return kind != COHORT_COLUMN_UNKNOWN && kind != COHORT_COLUMN_NOTE && kind < COHORT_N_COLUMN_KINDS;
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
  g_strfreev (map->labels);
  g_clear_pointer (&map->rows, g_ptr_array_unref);
  g_free (map);
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
    case COHORT_COLUMN_BIRTH_MONTH: return _("Month of birth");
    case COHORT_COLUMN_BIRTH_DAY: return _("Day of birth");
    case COHORT_COLUMN_BIRTH_MALE: return _("Date of birth (men)");
    case COHORT_COLUMN_BIRTH_FEMALE: return _("Date of birth (women)");
    case COHORT_COLUMN_GENDER: return _("Gender");
    /* Translators: a column with an "x" in the row of each man, as in "Giới tính › Nam" */
    case COHORT_COLUMN_GENDER_MARK_MALE: return _("Gender mark (men)");
    /* Translators: a column with an "x" in the row of each woman, as in "Giới tính › Nữ" */
    case COHORT_COLUMN_GENDER_MARK_FEMALE: return _("Gender mark (women)");
    case COHORT_COLUMN_ETHNICITY: return _("Ethnic group");
    case COHORT_COLUMN_RELIGION: return _("Religion");
    case COHORT_COLUMN_HOMETOWN: return _("Hometown");
    /* Translators: one column with both, as in "Chức vụ, đơn vị công tác" */
    case COHORT_COLUMN_POSITION_UNIT: return _("Position and work unit");
    case COHORT_COLUMN_UNIT: return _("Work unit");
    case COHORT_COLUMN_POSITION: return _("Position");
    case COHORT_COLUMN_ID_NUMBER: return _("Citizen ID number");
    case COHORT_COLUMN_PHONE: return _("Phone");
    case COHORT_COLUMN_PARTY_JOIN_DATE: return _("Party admission date");
    case COHORT_COLUMN_PARTY_OFFICIAL_DATE: return _("Full membership date");
    case COHORT_COLUMN_EDUCATION: return _("General education");
    case COHORT_COLUMN_PROFESSIONAL: return _("Professional qualification");
    /* Translators: the level of political theory (lý luận chính trị) */
    case COHORT_COLUMN_LLCT: return _("Political theory");
    /* Translators: the level of state management (quản lý nhà nước) */
    case COHORT_COLUMN_QLNN: return _("State management");
    case COHORT_COLUMN_LAO_NAME: return _("Name in Lao script");
    case COHORT_COLUMN_LATIN_NAME: return _("Name as in passport");
    /* Translators: a column of notes ("Ghi chú"), which Cohort does not import */
    case COHORT_COLUMN_NOTE: return _("Note (not imported)");
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
      g_autofree char *w = _cohort_header_words (headers[c]);

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
