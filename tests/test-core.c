/* test-core.c: Cohort's pure rules — folding, names, collation, dates, JSON.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>
#include <unicode/ucol.h>
#include <unicode/ustring.h>

#include "cohort-collation.h"
#include "cohort-date.h"
#include "cohort-fold.h"
#include "cohort-json.h"
#include "cohort-name.h"
#include "cohort-check.h"
#include "cohort-person.h"
#include "cohort-utf8.h"

static void
test_fold_vietnamese (void)
{
  struct { const char *in, *out; } cases[] = {
    { "NGUYỄN ĐỨC", "nguyen duc" },
    { "Nguyễn Đức Anh", "nguyen duc anh" },
    { "Lê Thị Ánh", "le thi anh" },
    { "Trường Chính trị Lê Duẩn", "truong chinh tri le duan" },
    { "ĐẶNG THỊ HƯỜNG", "dang thi huong" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = cohort_fold (cases[i].in);
      g_assert_cmpstr (folded, ==, cases[i].out);
    }
}

static void
test_fold_decomposed_input (void)
{
  /* "Nguyễn" typed with combining marks, as some keyboards and systems produce it */
  g_autofree char *folded = cohort_fold ("Nguye\xcc\x82\xcc\x83n");
  g_assert_cmpstr (folded, ==, "nguyen");
}

static void
test_fold_lao_keeps_marks (void)
{
  /* Lao vowels and tone marks are not U+0300–U+036F: they stay. */
  g_autofree char *folded = cohort_fold ("ສົມພອນ ເຂົ້າ");
  g_assert_cmpstr (folded, ==, "ສົມພອນ ເຂົ້າ");
}

/* The fold, the name normalisation and the collation keys as first
 * written, with g_utf8_normalize () at every step: the fast paths for
 * precomposed Latin text must give the same bytes. */
static char *
reference_fold (const char *text)
{
  g_autofree char *nfd = g_utf8_normalize (text, -1, G_NORMALIZE_NFD) ?: g_utf8_make_valid (text, -1);
  g_autofree char *lower = NULL;
  GString *out = g_string_new (NULL);

  for (const char *p = nfd; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0300 && c <= 0x036F)
        continue;
      c = c == 0x0110 || c == 0x0111 ? 'd' : c < 0x80 ? (gunichar) g_ascii_tolower (c) : g_unichar_tolower (c);
      g_string_append_unichar (out, c);
    }
  lower = g_string_free (out, FALSE);
  return g_utf8_normalize (lower, -1, G_NORMALIZE_NFC);
}

static char *
reference_normalize (const char *text)
{
  g_autofree char *nfc = g_utf8_normalize (text, -1, G_NORMALIZE_NFC) ?: g_utf8_make_valid (text, -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = nfc; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0)
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static GBytes *
reference_key (const char *text)
{
  UErrorCode status = U_ZERO_ERROR;
  UCollator *coll = ucol_open ("vi", &status);
  g_autofree char *nfc = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  g_autofree UChar *u = NULL;
  g_autofree guint8 *key = NULL;
  int32_t n = 0, len;

  u_strFromUTF8Lenient (NULL, 0, &n, nfc, -1, &status);
  status = U_ZERO_ERROR;
  u = g_new (UChar, n + 1);
  u_strFromUTF8Lenient (u, n + 1, &n, nfc, -1, &status);
  len = ucol_getSortKey (coll, u, n, NULL, 0);
  key = g_malloc (len);
  ucol_getSortKey (coll, u, n, key, len);
  ucol_close (coll);
  return g_bytes_new (key, len);
}

static void
check_fast_paths (const char *text)
{
  g_autofree char *fold = cohort_fold (text);
  g_autofree char *fold_ref = reference_fold (text);
  g_autofree char *norm = cohort_name_normalize (text);
  g_autofree char *norm_ref = reference_normalize (text);
  g_autofree char *nfc = cohort_utf8_nfc (text, -1);
  g_autofree char *nfc_ref = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);

  g_assert_cmpstr (fold, ==, fold_ref);
  g_assert_cmpstr (norm, ==, norm_ref);
  g_assert_cmpstr (nfc, ==, nfc_ref);
}

static void
test_fast_paths_same_text (void)
{
  const gunichar others[] = { 0x0300, 0x0301, 0x0303, 0x0309, 0x0323, 0x031B, 0x0338, 0x00A0, 0x2003, ' ',
                              '\t', 0x0E9D, 0x0EB1, 0x0EC8, 0x03A3, 0x1F71, 0x212B, 0xFB01 };
  g_autoptr(GArray) latin = g_array_new (FALSE, FALSE, sizeof (gunichar));
  GRand *rand = g_rand_new_with_seed (3);

  for (gunichar c = 1; c < 0x1F00; c = c == 0x2FF ? 0x1E00 : c + 1)
    g_array_append_val (latin, c);
  /* Every character of the fast paths alone, and next to a Vietnamese letter */
  for (guint i = 0; i < latin->len; i++)
    {
      char text[16] = { 0 };
      int len = g_unichar_to_utf8 (g_array_index (latin, gunichar, i), text);

      check_fast_paths (text);
      g_unichar_to_utf8 (0x1EC5, text + len);   /* ễ */
      check_fast_paths (text);
    }
  /* Random text over them, combining marks, Lao, Greek and spaces */
  for (guint k = 0; k < 20000; k++)
    {
      g_autoptr(GString) s = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 1, 12);

      for (guint i = 0; i < n; i++)
        g_string_append_unichar (s, g_rand_int_range (rand, 0, 4) == 0
                                    ? others[g_rand_int_range (rand, 0, G_N_ELEMENTS (others))]
                                    : g_array_index (latin, gunichar, g_rand_int_range (rand, 0, latin->len)));
      check_fast_paths (s->str);
    }
  /* Not UTF-8 */
  check_fast_paths ("\xff" "abc");
  check_fast_paths ("Nguy\xe1\xbb");
  g_assert_false (cohort_utf8_is_nfc_latin ("Nguye\xcc\x82\xcc\x83n", -1));
  g_assert_true (cohort_utf8_is_nfc_latin ("Nguyễn Thị Ánh", -1));
  g_assert_false (cohort_utf8_is_nfc_latin ("ab\0c", 4));
  g_rand_free (rand);
}

static void
test_collation_key_same_bytes (void)
{
  const char *texts[] = { "An", "Ánh", "Đức", "Nguye\xcc\x82\xcc\x83n", "ສົມພອນ", "", "Øster", "Ǆuro",
                          "Hoàng Thị Thu Hương Nguyễn Văn Lê Trần Phạm Đặng Võ Phan Dương Ngô Bùi Đỗ Hồ "
                          "Hoàng Thị Thu Hương Nguyễn Văn Lê Trần Phạm Đặng Võ Phan Dương Ngô Bùi Đỗ Hồ" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const char *parts[] = { texts[i], texts[(i + 1) % G_N_ELEMENTS (texts)] };
      g_autoptr(GBytes) key = cohort_collation_key (COHORT_COLLATION_VI, parts, 2);
      g_autoptr(GBytes) first = reference_key (parts[0]);
      g_autoptr(GBytes) second = reference_key (parts[1]);
      g_autoptr(GByteArray) expected = g_byte_array_new ();

      g_byte_array_append (expected, g_bytes_get_data (first, NULL), g_bytes_get_size (first));
      g_byte_array_append (expected, g_bytes_get_data (second, NULL), g_bytes_get_size (second));
      g_assert_cmpmem (g_bytes_get_data (key, NULL), g_bytes_get_size (key), expected->data, expected->len);
    }
}

static void
test_name_split (void)
{
  struct { const char *full, *family, *middle, *given; } cases[] = {
    { "Nguyễn Thị Thu Hương", "Nguyễn", "Thị Thu", "Hương" },
    { "  Lê   Văn  An ", "Lê", "Văn", "An" },
    { "Trần Hưng", "Trần", "", "Hưng" },
    { "Hương", "", "", "Hương" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *family = NULL, *middle = NULL, *given = NULL;

      g_assert_true (cohort_name_split_vietnamese (cases[i].full, &family, &middle, &given));
      g_assert_cmpstr (family, ==, cases[i].family);
      g_assert_cmpstr (middle, ==, cases[i].middle);
      g_assert_cmpstr (given, ==, cases[i].given);
    }

  {
    g_autofree char *family = NULL, *middle = NULL, *given = NULL;
    g_assert_false (cohort_name_split_vietnamese ("   ", &family, &middle, &given));
  }
}

static CohortPerson *
vietnamese (const char *family, const char *middle, const char *given)
{
  CohortPerson *p = cohort_person_new ();

  cohort_person_set_field (p, COHORT_PERSON_FAMILY_NAME, family);
  cohort_person_set_field (p, COHORT_PERSON_MIDDLE_NAME, middle);
  cohort_person_set_field (p, COHORT_PERSON_GIVEN_NAME, given);
  return p;
}

static CohortPerson *
lao (const char *lao_given, const char *lao_family, const char *vi_given, const char *vi_family)
{
  CohortPerson *p = cohort_person_new ();

  cohort_person_set_name_order (p, COHORT_NAME_ORDER_LAO);
  cohort_person_set_field (p, COHORT_PERSON_LAO_GIVEN_NAME, lao_given);
  cohort_person_set_field (p, COHORT_PERSON_LAO_FAMILY_NAME, lao_family);
  cohort_person_set_field (p, COHORT_PERSON_GIVEN_NAME, vi_given);
  cohort_person_set_field (p, COHORT_PERSON_FAMILY_NAME, vi_family);
  return p;
}

static int
compare_keys (CohortPerson *a, CohortPerson *b)
{
  g_autoptr(GBytes) ka = cohort_person_dup_sort_key (a);
  g_autoptr(GBytes) kb = cohort_person_dup_sort_key (b);

  return g_bytes_compare (ka, kb);
}

/* Asserts that the people sort in the given order by their stored keys. */
static void
assert_roster_order (CohortPerson **people, guint n)
{
  for (guint i = 0; i + 1 < n; i++)
    {
      g_autofree char *a = cohort_person_dup_full_name (people[i]);
      g_autofree char *b = cohort_person_dup_full_name (people[i + 1]);

      if (compare_keys (people[i], people[i + 1]) >= 0)
        g_error ("“%s” should sort before “%s”", a, b);
    }
  for (guint i = 0; i < n; i++)
    g_object_unref (people[i]);
}

static void
test_roster_order_given_name_first (void)
{
  CohortPerson *people[] = {
    vietnamese ("Nguyễn", "Văn", "An"),
    vietnamese ("Lê", "Thị", "Ánh"),      /* Ánh after An: given name decides */
    vietnamese ("Trần", "Văn", "Bình"),
    vietnamese ("Phạm", "Văn", "Dũng"),
    vietnamese ("Hoàng", "Minh", "Đức"),   /* đ after d: Đức after Dũng */
    vietnamese ("Nguyễn", "Văn", "Đức"),   /* same given: Minh before Văn */
  };

  assert_roster_order (people, G_N_ELEMENTS (people));
}

static void
test_roster_order_family_last (void)
{
  CohortPerson *people[] = {
    vietnamese ("Lê", "Văn", "Hùng"),
    vietnamese ("Nguyễn", "Văn", "Hùng"),
    vietnamese ("Trần", "Văn", "Hùng"),
  };

  assert_roster_order (people, G_N_ELEMENTS (people));
}

static void
test_tone_order (void)
{
  /* ICU "vi": ngang < huyền < hỏi < ngã < sắc < nặng */
  CohortPerson *people[] = {
    vietnamese ("Lê", "Thị", "Ma"),
    vietnamese ("Lê", "Thị", "Mà"),
    vietnamese ("Lê", "Thị", "Mả"),
    vietnamese ("Lê", "Thị", "Mã"),
    vietnamese ("Lê", "Thị", "Má"),
    vietnamese ("Lê", "Thị", "Mạ"),
  };

  assert_roster_order (people, G_N_ELEMENTS (people));
}

static void
test_vowel_letters_order (void)
{
  /* a < ă < â, o < ô < ơ, u < ư at the primary level */
  CohortPerson *people[] = {
    vietnamese ("Lê", "Văn", "Anh"),
    vietnamese ("Lê", "Văn", "Ăn"),
    vietnamese ("Lê", "Văn", "Ân"),
    vietnamese ("Lê", "Văn", "Bảo"),
    vietnamese ("Lê", "Văn", "Tùng"),
    vietnamese ("Lê", "Văn", "Tư"),
  };

  assert_roster_order (people, G_N_ELEMENTS (people));
}

static void
test_lao_sorted_by_given_name (void)
{
  /* Lao order (ກ ຂ ຄ ງ ຈ ສ … ບ …, prevowels read after their consonant):
   * Somphone Keomany, Somphone Phommachanh, then Bounmy Siphandone. The given
   * name decides, never the last word of the name. */
  CohortPerson *people[] = {
    lao ("ສົມພອນ", "ແກ້ວມະນີ", "Xổm Phon", "Kẹo Ma Ni"),
    lao ("ສົມພອນ", "ພົມມະຈັນ", "Xổm Phon", "Phôm Ma Chăn"),
    lao ("ບຸນມີ", "ສີພັນດອນ", "Bun Mi", "Xi Phăn Đon"),
  };

  assert_roster_order (people, G_N_ELEMENTS (people));
}

static void
test_mixed_directory_order (void)
{
  /* Vietnamese names first, then names in Lao script */
  CohortPerson *people[] = {
    vietnamese ("Nguyễn", "Văn", "An"),
    vietnamese ("Trần", "Thị", "Yến"),
    lao ("ຄຳພອນ", "ແກ້ວມະນີ", "Khăm Phon", "Kẹo Ma Ni"),
  };

  assert_roster_order (people, G_N_ELEMENTS (people));
}

static void
test_lao_full_name_given_first (void)
{
  g_autoptr(CohortPerson) p = lao ("ສົມພອນ", "ພົມມະຈັນ", "Xổm Phon", "Phôm Ma Chăn");
  g_autofree char *full = cohort_person_dup_full_name (p);
  g_autofree char *lao_name = cohort_person_dup_lao_name (p);
  g_autofree char *search = cohort_person_dup_search_text (p);

  g_assert_cmpstr (full, ==, "Xổm Phon Phôm Ma Chăn");
  g_assert_cmpstr (lao_name, ==, "ສົມພອນ ພົມມະຈັນ");
  g_assert_nonnull (strstr (search, "xom phon"));
  g_assert_nonnull (strstr (search, "ສົມພອນ"));
}

static void
count_notify (GObject *object, GParamSpec *pspec, guint *counter)
{
  (*counter)++;
}

static void
test_person_properties (void)
{
  g_autoptr(CohortPerson) p = cohort_person_new ();
  guint given = 0, full = 0;
  g_autofree char *value = NULL;

  g_signal_connect (p, "notify::given-name", G_CALLBACK (count_notify), &given);
  g_signal_connect (p, "notify::full-name", G_CALLBACK (count_notify), &full);

  g_object_set (p, "given-name", "  Hương ", NULL);
  g_assert_cmpuint (given, ==, 1);
  g_assert_cmpuint (full, ==, 1);
  g_assert_cmpstr (cohort_person_get_given_name (p), ==, "Hương");

  /* The same value again notifies nothing. */
  cohort_person_set_field (p, COHORT_PERSON_GIVEN_NAME, "Hương");
  g_assert_cmpuint (given, ==, 1);

  cohort_person_set_field (p, COHORT_PERSON_FAMILY_NAME, "Nguyễn");
  cohort_person_set_field (p, COHORT_PERSON_MIDDLE_NAME, "Thị Thu");
  g_object_get (p, "full-name", &value, NULL);
  g_assert_cmpstr (value, ==, "Nguyễn Thị Thu Hương");
  g_assert_cmpuint (full, ==, 3);
}

static void
test_dates (void)
{
  struct { const char *in, *iso; } cases[] = {
    { "05/01/1980", "1980-01-05" },
    { "5/1/1980", "1980-01-05" },
    { "1980-01-05", "1980-01-05" },
    { "29/02/2000", "2000-02-29" },
    { "1975", "1975" },
    { "31/02/1980", NULL },
    { "29/02/1900", NULL },
    { "12/13/1980", NULL },
    { "hôm qua", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = cohort_date_parse_display (cases[i].in);
      g_assert_cmpstr (iso, ==, cases[i].iso);
    }

  {
    g_autofree char *shown = cohort_date_format ("1980-01-05");
    g_autofree char *year = cohort_date_format ("1975");
    g_autofree char *none = cohort_date_format (NULL);

    g_assert_cmpstr (shown, ==, "05/01/1980");
    g_assert_cmpstr (year, ==, "1975");
    g_assert_cmpstr (none, ==, "");
  }

  /* Decree 30: day < 10 and the months 1 and 2 zero-padded. */
  {
    static const struct { int d, m, y; const char *text; } official[] = {
      { 5, 1, 2026, "ngày 05 tháng 01 năm 2026" },
      { 28, 2, 2026, "ngày 28 tháng 02 năm 2026" },
      { 9, 3, 2026, "ngày 09 tháng 3 năm 2026" },
      { 30, 12, 2025, "ngày 30 tháng 12 năm 2025" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (official); i++)
      {
        g_autoptr(GDate) date = g_date_new_dmy (official[i].d, official[i].m, official[i].y);
        g_autofree char *text = cohort_date_format_official (date);

        g_assert_cmpstr (text, ==, official[i].text);
      }
  }
}

static void
test_json (void)
{
  g_autoptr(GString) s = g_string_new ("{");

  cohort_json_append_member (s, "name", "Nguyễn \"Út\"\n");
  cohort_json_append_int (s, "n", 42);
  cohort_json_append_member (s, "none", NULL);
  g_string_append_c (s, '}');
  g_assert_cmpstr (s->str, ==, "{\"name\":\"Nguyễn \\\"Út\\\"\\n\",\"n\":42,\"none\":null}");
}

static void
test_person_copy_and_checks (void)
{
  g_autoptr(CohortPerson) p = cohort_person_new ();
  g_autoptr(CohortPerson) copy = NULL;
  g_autofree char *problem = NULL;
  CohortPersonField field;

  cohort_person_set_id (p, 7);
  cohort_person_set_gender (p, COHORT_GENDER_FEMALE);
  cohort_person_set_field (p, COHORT_PERSON_GIVEN_NAME, "Hương");
  cohort_person_set_field (p, COHORT_PERSON_BIRTH_DATE, "1985-03-12");
  copy = cohort_person_copy (p);
  g_assert_cmpint (cohort_person_get_id (copy), ==, 7);
  g_assert_cmpint (cohort_person_get_gender (copy), ==, COHORT_GENDER_FEMALE);
  g_assert_cmpstr (cohort_person_get_given_name (copy), ==, "Hương");
  g_assert_true (cohort_person_get_given_name (copy) != cohort_person_get_given_name (p));
  g_assert_null (cohort_check_person (copy, NULL));

  /* Full membership before admission is caught, and said about the right field. */
  cohort_person_set_field (copy, COHORT_PERSON_PARTY_JOIN_DATE, "2010-05-01");
  cohort_person_set_field (copy, COHORT_PERSON_PARTY_OFFICIAL_DATE, "2010-01-01");
  problem = cohort_check_person (copy, &field);
  g_assert_nonnull (problem);
  g_assert_cmpint (field, ==, COHORT_PERSON_PARTY_OFFICIAL_DATE);
  g_clear_pointer (&problem, g_free);
  problem = cohort_check_person_field (COHORT_PERSON_ID_NUMBER, "04518500123");
  g_assert_nonnull (problem);
  g_clear_pointer (&problem, g_free);
  g_assert_null (cohort_check_person_field (COHORT_PERSON_PHONE, "0912 345 678"));
  problem = cohort_check_person_field (COHORT_PERSON_BIRTH_DATE, "2999-01-01");
  g_assert_nonnull (problem);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/fold/vietnamese", test_fold_vietnamese);
  g_test_add_func ("/core/fold/decomposed", test_fold_decomposed_input);
  g_test_add_func ("/core/fold/lao", test_fold_lao_keeps_marks);
  g_test_add_func ("/core/fold/fast-paths", test_fast_paths_same_text);
  g_test_add_func ("/core/collation/key-bytes", test_collation_key_same_bytes);
  g_test_add_func ("/core/name/split", test_name_split);
  g_test_add_func ("/core/collation/given-name-first", test_roster_order_given_name_first);
  g_test_add_func ("/core/collation/family-last", test_roster_order_family_last);
  g_test_add_func ("/core/collation/tones", test_tone_order);
  g_test_add_func ("/core/collation/vowel-letters", test_vowel_letters_order);
  g_test_add_func ("/core/collation/lao-given-name", test_lao_sorted_by_given_name);
  g_test_add_func ("/core/collation/mixed", test_mixed_directory_order);
  g_test_add_func ("/core/person/lao-names", test_lao_full_name_given_first);
  g_test_add_func ("/core/person/properties", test_person_properties);
  g_test_add_func ("/core/date", test_dates);
  g_test_add_func ("/core/json", test_json);
  g_test_add_func ("/core/person/copy-and-checks", test_person_copy_and_checks);

  return g_test_run ();
}
