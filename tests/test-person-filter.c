/* test-person-filter.c: the Students page's filters in the store's person
 * list model — year of birth, work unit, class, province (of today, before
 * 01/07/2025, of Laos), level — alone and with the search text, against
 * plain SQL on the same file; the order of the columns kept.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "cohort-person-list-model.h"
#include "cohort-store.h"
#include "cohort-test-store.h"

static char *dir;
static char *path;
static CohortStore *store;

/* The people the model lists for @query and @filter, in @sort order. */
static CohortPersonListModel *
list (const char               *query,
      const CohortPersonFilter *filter,
      CohortPersonSort          sort)
{
  g_autoptr(GError) error = NULL;
  CohortPersonListModel *model = cohort_person_list_model_new (store);

  cohort_person_list_model_set_query (model, query, sort, FALSE);
  cohort_person_list_model_set_filter (model, filter);
  g_assert_true (cohort_person_list_model_refresh_sync (model, &error));
  g_assert_no_error (error);
  return model;
}

/* The model and plain SQL list the same people. */
static void
assert_same (const char               *query,
             const CohortPersonFilter *filter,
             const char               *where)
{
  g_autoptr(CohortPersonListModel) model = list (query, filter, COHORT_PERSON_SORT_NAME);
  g_autofree char *count_sql = g_strdup_printf ("SELECT count(*) FROM person WHERE %s", where);
  g_autofree char *sum_sql = g_strdup_printf ("SELECT total (id) FROM person WHERE %s", where);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (model));
  gint64 expected = cohort_test_raw_int (path, count_sql);
  gint64 sum = 0;

  g_test_message ("%s: %u", where, n);
  g_assert_cmpint (n, ==, expected);
  for (guint i = 0; i < n; i++)
    sum += cohort_person_list_model_get_id (model, i);
  g_assert_cmpint (sum, ==, cohort_test_raw_int (path, sum_sql));
}

static void
add_person (const char *family,
            const char *given,
            const char *birth,
            const char *hometown)
{
  g_autoptr(CohortPerson) p = cohort_person_new ();
  g_autoptr(GError) error = NULL;

  cohort_person_set_field (p, COHORT_PERSON_FAMILY_NAME, family);
  cohort_person_set_field (p, COHORT_PERSON_MIDDLE_NAME, "Văn");
  cohort_person_set_field (p, COHORT_PERSON_GIVEN_NAME, given);
  cohort_person_set_field (p, COHORT_PERSON_BIRTH_DATE, birth);
  cohort_person_set_field (p, COHORT_PERSON_HOMETOWN, hometown);
  cohort_person_set_level (p, COHORT_LEVEL_DISTRICT);
  g_assert_true (cohort_store_insert_person (store, p, &error));
  g_assert_no_error (error);
}

static void
test_birth_years (void)
{
  CohortPersonFilter f = COHORT_PERSON_FILTER_INIT;

  f.born_from = 1980;
  f.born_to = 1985;
  assert_same (NULL, &f, "substr (birth_date, 1, 4) BETWEEN '1980' AND '1985'");
  f.born_to = 1980;
  assert_same (NULL, &f, "substr (birth_date, 1, 4) = '1980'");
  f.born_from = 0;
  f.born_to = 1970;
  assert_same (NULL, &f, "substr (birth_date, 1, 4) <= '1970'");
}

static void
test_unit_accents_aside (void)
{
  CohortPersonFilter f = COHORT_PERSON_FILTER_INIT;

  f.unit = "hai lang";
  assert_same (NULL, &f, "unit LIKE '%Hải Lăng%'");
  f.unit = "SỞ Y TẾ";
  assert_same (NULL, &f, "unit LIKE '%Sở Y tế%'");
}

static void
test_class (void)
{
  CohortPersonFilter f = COHORT_PERSON_FILTER_INIT;
  g_autofree char *code = cohort_test_raw_text (path,
                                                "SELECT code FROM class WHERE status = 'finished' ORDER BY id LIMIT 1");
  gint64 year = cohort_test_raw_int (path, "SELECT year FROM class WHERE status = 'finished' ORDER BY id LIMIT 1");
  g_autofree char *lower = g_utf8_strdown (code, -1);
  g_autofree char *where = NULL;

  f.class_code = lower;
  f.class_year = (int) year;
  where = g_strdup_printf ("id IN (SELECT e.person_id FROM enrolment e JOIN class c ON c.id = e.class_id "
                           "WHERE c.code = '%s' AND c.year = %" G_GINT64_FORMAT ")", code, year);
  assert_same (NULL, &f, where);
  g_assert_cmpint (cohort_test_raw_int (path, "SELECT count(*) FROM enrolment"), >, 0);

  g_clear_pointer (&where, g_free);
  f.class_code = NULL;
  f.class_year = 2024;
  assert_same (NULL, &f, "id IN (SELECT e.person_id FROM enrolment e JOIN class c ON c.id = e.class_id "
                         "WHERE c.year = 2024)");
}

static void
test_provinces (void)
{
  CohortPersonFilter f = COHORT_PERSON_FILTER_INIT;
  gint64 quang_tri = cohort_test_raw_int (path,
                                          "SELECT id FROM vn_province WHERE name = 'Quảng Trị' AND valid_to IS NULL");
  gint64 quang_binh = cohort_test_raw_int (path, "SELECT id FROM vn_province WHERE name = 'Quảng Bình'");
  gint64 hcm = cohort_test_raw_int (path, "SELECT id FROM vn_province WHERE name = 'Hồ Chí Minh' AND valid_to IS NULL");
  g_autofree char *code = NULL;

  /* Quảng Trị of today: its own hometowns and old Quảng Bình's. */
  code = g_strdup_printf ("vn:%" G_GINT64_FORMAT, quang_tri);
  f.province = code;
  assert_same (NULL, &f, "hometown LIKE '%Quảng Trị%' OR hometown LIKE '%Quảng Bình%'");
  g_assert_cmpint (cohort_test_raw_int (path, "SELECT count(*) FROM person WHERE hometown LIKE '%Quảng Bình%'"), ==, 3);

  /* Quảng Bình before 01/07/2025: its hometowns alone. */
  g_free (code);
  code = g_strdup_printf ("vn:%" G_GINT64_FORMAT, quang_binh);
  f.province = code;
  assert_same (NULL, &f, "hometown LIKE '%Quảng Bình%'");

  /* Hồ Chí Minh City of today: with Bình Dương and Bà Rịa - Vũng Tàu. */
  g_free (code);
  code = g_strdup_printf ("vn:%" G_GINT64_FORMAT, hcm);
  f.province = code;
  assert_same (NULL, &f, "hometown LIKE '%Hồ Chí Minh%' OR hometown LIKE '%Bình Dương%' "
                         "OR hometown LIKE '%Vũng Tàu%'");
  g_assert_cmpint (cohort_test_raw_int (path, "SELECT count(*) FROM person WHERE hometown LIKE '%Vũng Tàu%' "
                                              "OR hometown LIKE '%Hồ Chí Minh%'"), ==, 3);

  /* A province of Laos: its cadres. */
  f.province = "lo:13";
  assert_same (NULL, &f, "lao_province = '13'");
  g_assert_cmpint (cohort_test_raw_int (path, "SELECT count(*) FROM person WHERE lao_province = '13'"), >, 0);
}

static void
test_level_and_search (void)
{
  CohortPersonFilter f = COHORT_PERSON_FILTER_INIT;

  f.level = COHORT_LEVEL_COMMUNE;
  assert_same (NULL, &f, "level = 'commune'");

  /* With the search text: "nguyen" is the start of a word of the folded name. */
  f.born_from = 1975;
  f.born_to = 1990;
  assert_same ("nguyen", &f, "level = 'commune' AND substr (birth_date, 1, 4) BETWEEN '1975' AND '1990' "
                             "AND (' ' || search_text) LIKE '% nguyen%'");
  f.unit = "gio linh";
  assert_same ("thi", &f, "level = 'commune' AND substr (birth_date, 1, 4) BETWEEN '1975' AND '1990' "
                          "AND (' ' || search_text) LIKE '% thi%' AND unit LIKE '%Gio Linh%'");

  /* Nothing filtered: everyone. */
  assert_same (NULL, NULL, "1");
}

/* Sorting stays in SQL, filters or not. */
static void
test_sort_kept (void)
{
  CohortPersonFilter f = COHORT_PERSON_FILTER_INIT;
  g_autoptr(CohortPersonListModel) model = NULL;
  g_autofree char *previous = NULL;
  guint n;

  f.level = COHORT_LEVEL_DISTRICT;
  f.born_from = 1970;
  model = list (NULL, &f, COHORT_PERSON_SORT_BIRTH_DATE);
  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_assert_cmpuint (n, >, 10);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CohortPerson) p = g_list_model_get_item (G_LIST_MODEL (model), i);
      const char *birth = cohort_person_get_birth_date (p);

      g_assert_nonnull (birth);
      g_assert_cmpstr (birth, >=, "1970");
      g_assert_cmpint (cohort_person_get_level (p), ==, COHORT_LEVEL_DISTRICT);
      if (previous != NULL)
        g_assert_cmpstr (previous, <=, birth);
      g_free (previous);
      previous = g_strdup (birth);
    }
}

static void
test_province_choices (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) choices = cohort_store_list_province_choices (store, &error);
  guint vn = 0, old = 0, lao = 0;
  gboolean quang_binh = FALSE;

  g_assert_no_error (error);
  for (guint i = 0; i < choices->len; i++)
    {
      CohortChoice *c = g_ptr_array_index (choices, i);

      if (g_str_has_prefix (c->code, "lo:"))
        lao++;
      else if (strstr (c->name, "(") != NULL)
        old++;
      else
        vn++;
      quang_binh = quang_binh || g_str_equal (c->name, "Quảng Bình (now Quảng Trị)");
    }
  g_assert_cmpuint (vn, ==, 34);
  g_assert_cmpuint (old, ==, cohort_test_raw_int (path,
                                                  "SELECT count(*) FROM vn_province_merge m JOIN vn_province o ON "
                                                  "o.id = m.old_id JOIN vn_province n ON n.id = m.new_id WHERE o.name <> n.name"));
  g_assert_cmpuint (lao, ==, 18);
  g_assert_true (quang_binh);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  store = cohort_test_store_new ("cohort-filter-XXXXXX", "filter.db", &dir, &path);
  g_assert_true (cohort_store_generate_demo (store, 4000, 11, NULL, NULL, NULL, &error));
  /* Hometowns outside the demo's province, as agencies write them. */
  add_person ("Hoàng", "Hà", "1981-03-04", "xã Quảng Hòa, huyện Quảng Trạch, tỉnh Quảng Bình");
  add_person ("Võ", "Hải", "1979-11-20", "Quảng Bình");
  add_person ("Phan", "Hùng", "1990-01-02", "phường Bắc Lý, TP Đồng Hới, Quảng Bình");
  add_person ("Trần", "Minh", "1985-06-07", "phường 2, TP. Hồ Chí Minh");
  add_person ("Lê", "Nam", "1983-09-09", "Thành phố Hồ Chí Minh");
  add_person ("Đỗ", "Phúc", "1986-10-10", "xã Long Sơn, TP Vũng Tàu, tỉnh Bà Rịa-Vũng Tàu");
  add_person ("Bùi", "Quang", "1984-12-12", "Hà Nội");

  g_test_add_func ("/person-filter/birth-years", test_birth_years);
  g_test_add_func ("/person-filter/unit", test_unit_accents_aside);
  g_test_add_func ("/person-filter/class", test_class);
  g_test_add_func ("/person-filter/provinces", test_provinces);
  g_test_add_func ("/person-filter/level-and-search", test_level_and_search);
  g_test_add_func ("/person-filter/sort", test_sort_kept);
  g_test_add_func ("/person-filter/province-choices", test_province_choices);
  status = g_test_run ();

  cohort_test_store_close (&store, &dir, &path);
  return status;
}
