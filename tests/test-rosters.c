/* test-rosters.c: classes, person edits and roster actions in the store —
 * validation, audit rows, and Undo that restores the previous state.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>

#include "cohort-check.h"
#include "cohort-store.h"
#include "cohort-test-store.h"

typedef struct
{
  char        *dir;
  char        *path;
  CohortStore *store;
  gint64       class_id;
  gint64       people[4];   /* Nguyễn Văn An, Lê Thị Ánh, Trần Đức Dũng, Phạm Văn Đức */
} Fixture;

static CohortClass *
new_class (const char *code, int year)
{
  CohortClass *c = cohort_class_new ();

  cohort_class_set_text (c, COHORT_CLASS_CODE, code);
  cohort_class_set_number (c, COHORT_CLASS_YEAR, year);
  cohort_class_set_text (c, COHORT_CLASS_PROGRAM, "TCLLCT");
  cohort_class_set_number (c, COHORT_CLASS_HOST_ID, 1);
  /* A class belongs to the year it starts. */
  {
    g_autofree char *start = g_strdup_printf ("%d-03-02", year);
    g_autofree char *end = g_strdup_printf ("%d-12-18", year);

    cohort_class_set_text (c, COHORT_CLASS_START_DATE, start);
    cohort_class_set_text (c, COHORT_CLASS_END_DATE, end);
  }
  cohort_class_set_number (c, COHORT_CLASS_PLANNED, 60);
  return c;
}

static const char *const names[4][4] = {
  { "Nguyễn", "Văn", "An", "1980-01-05" }, { "Lê", "Thị", "Ánh", "1985-02-10" },
  { "Trần", "Đức", "Dũng", "1979-07-07" }, { "Phạm", "Văn", "Đức", "1990-12-01" },
};

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortClass) c = new_class ("B43", 2026);

  f->store = cohort_test_store_new ("cohort-rosters-XXXXXX", "cohort.db", &f->dir, &f->path);
  cohort_test_add_school (f->path);
  g_assert_true (cohort_store_save_class (f->store, c, &error));
  g_assert_no_error (error);
  f->class_id = cohort_class_get_number (c, COHORT_CLASS_ID);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(CohortPerson) p = cohort_test_person_new (names[i][0], names[i][1], names[i][2], names[i][3]);

      g_assert_true (cohort_store_insert_person (f->store, p, &error));
      f->people[i] = cohort_person_get_id (p);
    }
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  cohort_test_store_close (&f->store, &f->dir, &f->path);
}

/* Roster as "given:status:no" words, in roster order. */
static char *
roster_text (Fixture *f, gint64 class_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) roster = cohort_store_get_roster (f->store, class_id, &error);
  GString *s = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < roster->len; i++)
    {
      CohortEnrolment *e = g_ptr_array_index (roster, i);

      g_string_append_printf (s, "%s%s:%s:%d", i ? " " : "",
                              cohort_person_get_given_name (cohort_enrolment_get_person (e)),
                              cohort_enrolment_get_status (e), cohort_enrolment_get_roster_no (e));
    }
  return g_string_free (s, FALSE);
}

static GArray *
enrolment_ids (Fixture *f, gint64 class_id)
{
  g_autoptr(GPtrArray) roster = cohort_store_get_roster (f->store, class_id, NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < roster->len; i++)
    {
      gint64 id = cohort_enrolment_get_id (g_ptr_array_index (roster, i));
      g_array_append_val (ids, id);
    }
  return ids;
}

/* Classes ------------------------------------------------------------------------ */

static void
test_class_validation (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortClass) c = new_class ("B43", 2026);
  gint64 before = cohort_test_raw_int (f->path, "SELECT count(*) FROM class");
  CohortClassCheck what;
  g_autofree char *problem = NULL;

  /* Same code in the same year. */
  g_assert_false (cohort_store_save_class (f->store, c, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_DUPLICATE);
  g_assert_true (cohort_store_is_class_code_taken (f->store, "B43", 2026, 0));
  g_assert_false (cohort_store_is_class_code_taken (f->store, "B43", 2026, f->class_id));
  g_clear_error (&error);

  /* Ends before it starts. */
  cohort_class_set_text (c, COHORT_CLASS_CODE, "B44");
  cohort_class_set_text (c, COHORT_CLASS_END_DATE, "2026-01-01");
  problem = cohort_check_class (c, &what);
  g_assert_nonnull (problem);
  g_assert_cmpint (what, ==, COHORT_CLASS_CHECK_END_DATE);
  g_assert_false (cohort_store_save_class (f->store, c, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Planned size must be positive. */
  cohort_class_set_text (c, COHORT_CLASS_END_DATE, "2026-12-01");
  cohort_class_set_number (c, COHORT_CLASS_PLANNED, 0);
  g_assert_false (cohort_store_save_class (f->store, c, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM class"), ==, before);

  /* B43 again, but in another year, is fine; it starts in that year. */
  cohort_class_set_number (c, COHORT_CLASS_PLANNED, 45);
  cohort_class_set_text (c, COHORT_CLASS_CODE, "B43");
  cohort_class_set_number (c, COHORT_CLASS_YEAR, 2027);
  g_assert_false (cohort_store_save_class (f->store, c, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  cohort_class_set_text (c, COHORT_CLASS_START_DATE, "2027-03-01");
  cohort_class_set_text (c, COHORT_CLASS_END_DATE, "2027-12-01");
  g_assert_true (cohort_store_save_class (f->store, c, &error));
  g_assert_no_error (error);
}

static void
test_class_edit_close_audit (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortClass) c = cohort_store_get_class (f->store, f->class_id, &error);
  CohortClassFilter filter = { .status = COHORT_CLASS_STATUS_FINISHED };
  g_autoptr(GPtrArray) finished = NULL;

  g_assert_no_error (error);
  /* A planned class cannot be closed: it runs first. */
  cohort_class_set_number (c, COHORT_CLASS_STATUS, COHORT_CLASS_STATUS_FINISHED);
  cohort_class_set_number (c, COHORT_CLASS_PLANNED, 55);
  g_assert_false (cohort_store_save_class (f->store, c, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  cohort_class_set_number (c, COHORT_CLASS_STATUS, COHORT_CLASS_STATUS_RUNNING);
  g_assert_true (cohort_store_save_class (f->store, c, &error));
  cohort_class_set_number (c, COHORT_CLASS_STATUS, COHORT_CLASS_STATUS_FINISHED);
  g_assert_true (cohort_store_save_class (f->store, c, &error));
  g_assert_cmpint (cohort_test_raw_int (f->path,
                                        "SELECT count(*) FROM audit_log WHERE entity = 'class' AND action = 'update' "
                                        "AND old_value LIKE '%\"status\":\"running\"%' "
                                        "AND new_value LIKE '%\"status\":\"finished\"%' "
                                        "AND new_value LIKE '%\"planned\":55%'"), ==, 1);

  finished = cohort_store_query_classes (f->store, &filter, &error);
  g_assert_cmpuint (finished->len, ==, 1);
  g_clear_pointer (&finished, g_ptr_array_unref);
  filter.status = -1;
  filter.code = "b4";
  finished = cohort_store_query_classes (f->store, &filter, &error);
  g_assert_cmpuint (finished->len, ==, 1);
  g_clear_pointer (&finished, g_ptr_array_unref);
  filter.code = "K52";
  finished = cohort_store_query_classes (f->store, &filter, &error);
  g_assert_cmpuint (finished->len, ==, 0);
}

/* People ------------------------------------------------------------------------- */

static void
test_person_update_and_invalid_date (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortPerson) p = cohort_store_get_person (f->store, f->people[0], &error);
  g_autoptr(CohortPerson) back = NULL;

  cohort_person_set_field (p, COHORT_PERSON_POSITION, "Phó Chủ tịch UBND xã");
  g_assert_true (cohort_store_update_person (f->store, p, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cohort_test_raw_int (f->path,
                                        "SELECT count(*) FROM audit_log WHERE entity = 'person' AND action = 'update' "
                                        "AND new_value LIKE '%Phó Chủ tịch%'"), ==, 1);

  cohort_person_set_field (p, COHORT_PERSON_BIRTH_DATE, "1980-02-30");
  cohort_person_set_field (p, COHORT_PERSON_POSITION, "Chủ tịch");
  g_assert_false (cohort_store_update_person (f->store, p, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  back = cohort_store_get_person (f->store, f->people[0], NULL);
  g_assert_cmpstr (cohort_person_get_birth_date (back), ==, "1980-01-05");
  g_assert_cmpstr (cohort_person_get_position (back), ==, "Phó Chủ tịch UBND xã");
}

static void
test_duplicates (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortPerson) same = cohort_test_person_new ("NGUYỄN", "VĂN", "AN", "1980-01-05");
  g_autoptr(CohortPerson) other_day = cohort_test_person_new ("Nguyễn", "Văn", "An", "1980-01-06");
  g_autoptr(CohortPerson) by_id = cohort_test_person_new ("Hoàng", "Thị", "Mai", "1991-01-01");
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(CohortPerson) first = cohort_store_get_person (f->store, f->people[1], NULL);

  found = cohort_store_find_duplicates (f->store, same, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (cohort_person_get_id (g_ptr_array_index (found, 0)), ==, f->people[0]);
  g_clear_pointer (&found, g_ptr_array_unref);

  found = cohort_store_find_duplicates (f->store, other_day, &error);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);

  cohort_person_set_field (first, COHORT_PERSON_ID_NUMBER, "045185001234");
  g_assert_true (cohort_store_update_person (f->store, first, &error));
  cohort_person_set_field (by_id, COHORT_PERSON_ID_NUMBER, "045185001234");
  found = cohort_store_find_duplicates (f->store, by_id, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (cohort_person_get_id (g_ptr_array_index (found, 0)), ==, f->people[1]);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* A person is not their own duplicate. */
  found = cohort_store_find_duplicates (f->store, first, &error);
  g_assert_cmpuint (found->len, ==, 0);
}

/* Rosters ------------------------------------------------------------------------ */

static void
test_enrol_order_and_undo (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortRosterUndo) undo = NULL;
  g_autofree char *text = NULL;
  gint64 again[2];

  g_assert_true (cohort_store_enrol (f->store, f->class_id, f->people, 4, &undo, &error));
  g_assert_no_error (error);
  text = roster_text (f, f->class_id);
  /* Vietnamese order: by given name, then middle, then family name. */
  g_assert_cmpstr (text, ==, "An:studying:1 Ánh:studying:2 Dũng:studying:3 Đức:studying:4");
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM audit_log WHERE entity = 'enrolment' "
                                                 "AND action = 'create'"), ==, 4);

  /* Enrolling someone twice changes nothing. */
  again[0] = f->people[0];
  again[1] = f->people[1];
  g_assert_false (cohort_store_enrol (f->store, f->class_id, again + 1, 1, NULL, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_DUPLICATE);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM enrolment"), ==, 4);
  g_clear_error (&error);

  g_assert_true (cohort_store_undo (f->store, undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM enrolment"), ==, 0);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM audit_log WHERE entity = 'enrolment' "
                                                 "AND action = 'delete'"), ==, 4);
}

static void
test_withdraw_move_renumber_undo (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortClass) other = new_class ("K52A", 2026);
  g_autoptr(CohortRosterUndo) undo = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *before = NULL;
  g_autofree char *text = NULL;
  gint64 two[2];

  g_assert_true (cohort_store_save_class (f->store, other, &error));
  g_assert_true (cohort_store_enrol (f->store, f->class_id, f->people, 4, NULL, &error));
  before = roster_text (f, f->class_id);
  ids = enrolment_ids (f, f->class_id);

  /* Withdraw two, then Undo. */
  two[0] = g_array_index (ids, gint64, 1);
  two[1] = g_array_index (ids, gint64, 3);
  g_assert_true (cohort_store_set_enrolment_status (f->store, two, 2, "withdrawn", &undo, &error));
  text = roster_text (f, f->class_id);
  g_assert_cmpstr (text, ==, "An:studying:1 Ánh:withdrawn:2 Dũng:studying:3 Đức:withdrawn:4");
  g_clear_pointer (&text, g_free);
  g_assert_true (cohort_store_undo (f->store, undo, &error));
  g_clear_pointer (&undo, cohort_roster_undo_free);
  text = roster_text (f, f->class_id);
  g_assert_cmpstr (text, ==, before);
  g_clear_pointer (&text, g_free);

  /* Move one to K52A, then Undo. */
  g_assert_true (cohort_store_move_enrolments (f->store, two, 1, cohort_class_get_number (other, COHORT_CLASS_ID),
                                               &undo, &error));
  text = roster_text (f, cohort_class_get_number (other, COHORT_CLASS_ID));
  g_assert_cmpstr (text, ==, "Ánh:studying:1");
  g_clear_pointer (&text, g_free);
  g_assert_true (cohort_store_undo (f->store, undo, &error));
  g_clear_pointer (&undo, cohort_roster_undo_free);
  text = roster_text (f, f->class_id);
  g_assert_cmpstr (text, ==, before);
  g_clear_pointer (&text, g_free);

  /* Withdraw the first, renumber: the others close ranks; Undo restores. */
  g_assert_true (cohort_store_set_enrolment_status (f->store, &g_array_index (ids, gint64, 0), 1, "withdrawn",
                                                    NULL, &error));
  g_assert_true (cohort_store_renumber_roster (f->store, f->class_id, &undo, &error));
  text = roster_text (f, f->class_id);
  g_assert_cmpstr (text, ==, "An:withdrawn:0 Ánh:studying:1 Dũng:studying:2 Đức:studying:3");
  g_clear_pointer (&text, g_free);
  g_assert_true (cohort_store_undo (f->store, undo, &error));
  text = roster_text (f, f->class_id);
  g_assert_cmpstr (text, ==, "An:withdrawn:1 Ánh:studying:2 Dũng:studying:3 Đức:studying:4");
  g_assert_no_error (error);

  /* Every change left an audit row. */
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM audit_log WHERE entity = 'enrolment' "
                                                 "AND action = 'update'"), >=, 2 + 2 + 1 + 1 + 1 + 3 + 3);
}

static void
test_person_history (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortClass) other = new_class ("K52A", 2027);
  g_autoptr(GPtrArray) history = NULL;
  CohortEnrolment *e;

  cohort_class_set_text (other, COHORT_CLASS_START_DATE, "2027-03-01");
  cohort_class_set_text (other, COHORT_CLASS_END_DATE, "2027-06-01");
  g_assert_true (cohort_store_save_class (f->store, other, &error));
  g_assert_true (cohort_store_enrol (f->store, f->class_id, f->people, 1, NULL, &error));
  g_assert_true (cohort_store_enrol (f->store, cohort_class_get_number (other, COHORT_CLASS_ID), f->people, 1,
                                     NULL, &error));
  history = cohort_store_get_person_history (f->store, f->people[0], &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  e = g_ptr_array_index (history, 0);
  g_assert_cmpstr (cohort_class_get_text (cohort_enrolment_get_class (e), COHORT_CLASS_CODE), ==, "K52A");
  g_assert_cmpint (cohort_enrolment_get_roster_no (e), ==, 1);
  e = g_ptr_array_index (history, 1);
  g_assert_cmpint (cohort_class_get_number (cohort_enrolment_get_class (e), COHORT_CLASS_YEAR), ==, 2026);
}

static void
test_merged_province (Fixture *f, gconstpointer data)
{
  g_autofree char *old_name = NULL;
  g_autofree char *new_name = NULL;

  g_assert_true (cohort_store_find_merged_province (f->store, "xã Quảng Hòa, tỉnh QUANG BINH", &old_name,
                                                    &new_name));
  g_assert_cmpstr (old_name, ==, "Quảng Bình");
  g_assert_cmpstr (new_name, ==, "Quảng Trị");
  g_clear_pointer (&old_name, g_free);
  g_clear_pointer (&new_name, g_free);
  /* A province that kept its name, and a place that only looks like one. */
  g_assert_false (cohort_store_find_merged_province (f->store, "Vĩnh Linh, Quảng Trị", &old_name, &new_name));
  g_assert_false (cohort_store_find_merged_province (f->store, "xã Bình Minh", &old_name, &new_name));
  g_assert_null (old_name);
  g_assert_true (cohort_store_find_merged_province (f->store, "TP. Vũng Tàu, Bà Rịa-Vũng Tàu", &old_name,
                                                    &new_name));
  g_assert_cmpstr (new_name, ==, "Hồ Chí Minh");
}

/* A large import writes everyone, enrols everyone, and leaves the indexes
 * it rebuilt as they were. */
static void
test_bulk_import (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  const char *count_sql = "SELECT count(*) FROM sqlite_master WHERE type = 'index'";
  gint64 indexes = cohort_test_raw_int (f->path, count_sql);
  guint created = 0, enrolled = 0;

  for (guint i = 0; i < 6000; i++)
    {
      g_autofree char *given = g_strdup_printf ("Người %u", i);
      g_ptr_array_add (people, cohort_test_person_new ("Nguyễn", "Văn", given, "1980-01-01"));
    }
  g_assert_true (cohort_store_import_people (f->store, f->class_id, people, NULL, NULL, NULL, &created, &enrolled, NULL, NULL,
                                             NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (created, ==, 6000);
  g_assert_cmpuint (enrolled, ==, 6000);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM enrolment"), ==, 6000);
  g_assert_cmpint (cohort_test_raw_int (f->path, count_sql), ==, indexes);
  g_assert_cmpint (cohort_store_count_search (f->store, "nguoi 5999", NULL), ==, 1);
}

/* A varied list: Vietnamese names in several forms, Lao names, Latin
 * letters outside Vietnamese, ID numbers, units in Vietnamese order. */
static GPtrArray *
varied_people (guint n, guint seed)
{
  static const char *const families[] = { "Nguyễn", "TRẦN", "Lê", "Đặng", "Ngô", "Ưng", "Øster", "Müller" };
  static const char *const middles[] = { "Văn", "Thị Thu", NULL, "Đức", "Hữu" };
  static const char *const givens[] = { "An", "Ánh", "Dũng", "Đức", "Yến", "Ửng", "Æsa", "ǅan", "Ẫn" };
  static const char *const units[] = { "UBND xã Vĩnh Thạch", "Huyện ủy Vĩnh Linh", "Sở Nội vụ", NULL, "Ban Tổ chức" };
  GPtrArray *people = g_ptr_array_new_with_free_func (g_object_unref);
  GRand *rand = g_rand_new_with_seed (seed);

  for (guint i = 0; i < n; i++)
    {
      CohortPerson *p = cohort_person_new ();
      g_autofree char *birth = g_strdup_printf ("%04d-%02d-%02d", g_rand_int_range (rand, 1950, 2000),
                                                g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));

      if (g_rand_int_range (rand, 0, 20) == 0)
        {
          cohort_person_set_name_order (p, COHORT_NAME_ORDER_LAO);
          cohort_person_set_field (p, COHORT_PERSON_LAO_GIVEN_NAME, "ສົມພອນ");
          cohort_person_set_field (p, COHORT_PERSON_LAO_FAMILY_NAME, "ພົມມະຈັນ");
          cohort_person_set_field (p, COHORT_PERSON_LATIN_NAME, "Somphone Phommachanh");
        }
      else
        {
          cohort_person_set_field (p, COHORT_PERSON_FAMILY_NAME, families[g_rand_int_range (rand, 0, 8)]);
          cohort_person_set_field (p, COHORT_PERSON_MIDDLE_NAME, middles[g_rand_int_range (rand, 0, 5)]);
          cohort_person_set_field (p, COHORT_PERSON_GIVEN_NAME, givens[g_rand_int_range (rand, 0, 9)]);
        }
      cohort_person_set_field (p, COHORT_PERSON_BIRTH_DATE, birth);
      cohort_person_set_field (p, COHORT_PERSON_UNIT, units[g_rand_int_range (rand, 0, 5)]);
      cohort_person_set_gender (p, g_rand_int_range (rand, 0, 3));
      if (g_rand_boolean (rand))
        {
          g_autofree char *id = g_strdup_printf ("0451%08u", i);
          cohort_person_set_field (p, COHORT_PERSON_ID_NUMBER, id);
        }
      g_ptr_array_add (people, p);
    }
  g_rand_free (rand);
  return people;
}

/* Everything an import writes, as text: people, their audit rows in order
 * (but the time), enrolments, and the schema. */
static char *
dump_database (const char *path)
{
  static const char *const queries[] = {
    "SELECT * FROM person ORDER BY id",
    "SELECT entity, entity_id, action, old_value, new_value FROM audit_log WHERE entity = 'person' ORDER BY id",
    "SELECT * FROM enrolment ORDER BY id",
    "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name",
  };
  GString *out = g_string_new (NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, queries[q], -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              if (sqlite3_column_type (stmt, c) == SQLITE_BLOB)
                for (int b = 0; b < sqlite3_column_bytes (stmt, c); b++)
                  g_string_append_printf (out, "%02x", ((const guint8 *) sqlite3_column_blob (stmt, c))[b]);
              else
                g_string_append (out, (const char *) sqlite3_column_text (stmt, c) ?: "NULL");
              g_string_append_c (out, '|');
            }
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
}

/* A large import (indexes and search index built once at the end, people
 * written many to a statement) writes exactly what small ones write. */
static void
test_bulk_import_same_as_small (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) bulk = varied_people (5300, 11);
  g_autoptr(GPtrArray) small = varied_people (5300, 11);
  g_autofree char *small_path = g_build_filename (f->dir, "small.db", NULL);
  g_autoptr(CohortStore) other = cohort_store_open (small_path, &error);
  g_autofree char *dump_bulk = NULL;
  g_autofree char *dump_small = NULL;
  const char *queries[] = { "nguyen van", "dang duc", "somphone", "ສົມພອນ", "muller", "øster", "ung", "04510000" };

  g_assert_no_error (error);
  /* The same starting point: the fixture's four people, then the list. */
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(CohortPerson) p = cohort_test_person_new (names[i][0], names[i][1], names[i][2], names[i][3]);

      g_assert_true (cohort_store_insert_person (other, p, &error));
    }
  g_assert_true (cohort_store_import_people (f->store, 0, bulk, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  for (guint from = 0; from < small->len; from += 1000)
    {
      g_autoptr(GPtrArray) part = g_ptr_array_new ();

      for (guint i = from; i < MIN (from + 1000, small->len); i++)
        g_ptr_array_add (part, g_ptr_array_index (small, i));
      g_assert_true (cohort_store_import_people (other, 0, part, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, &error));
    }
  for (guint i = 0; i < bulk->len; i++)
    g_assert_cmpint (cohort_person_get_id (g_ptr_array_index (bulk, i)), ==,
                     cohort_person_get_id (g_ptr_array_index (small, i)));
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      gint64 n = cohort_store_count_search (f->store, queries[q], NULL);

      g_assert_cmpint (n, >, 0);
      g_assert_cmpint (n, ==, cohort_store_count_search (other, queries[q], NULL));
    }
  g_clear_object (&other);
  g_clear_object (&f->store);
  dump_bulk = dump_database (f->path);
  dump_small = dump_database (small_path);
  g_assert_cmpstr (dump_bulk, ==, dump_small);
  g_assert_cmpint (cohort_test_raw_int (f->path,
                                        "SELECT count(*) FROM audit_log WHERE entity = 'person' AND action = 'create'"), ==,
                   4 + 5300);
  g_unlink (small_path);
}

static void
cancel_past (double fraction, gpointer user_data)
{
  GCancellable *cancellable = user_data;
  double *at = g_object_get_data (G_OBJECT (cancellable), "at");

  if (fraction >= *at)
    g_cancellable_cancel (cancellable);
}

/* Cancelled while writing people or while building the indexes, or
 * stopped by a person the checks refuse, an import leaves the database
 * file as it was, byte for byte. */
static void
test_import_cancel_leaves_file (Fixture *f, gconstpointer data)
{
  const double stops[] = { 0.0, 0.5, 0.75, 0.9, 2.0 };
  g_autofree char *before = NULL;

  g_clear_object (&f->store);   /* closing folds the WAL into the file */
  before = file_checksum (f->path);
  for (guint s = 0; s < G_N_ELEMENTS (stops); s++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) people = varied_people (6000, 5);
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autofree char *after = NULL;
      double at = stops[s];

      f->store = cohort_store_open (f->path, &error);
      g_assert_no_error (error);
      g_object_set_data (G_OBJECT (cancellable), "at", &at);
      if (at > 1.0)   /* no cancelling: the last person is refused */
        cohort_person_set_field (g_ptr_array_index (people, people->len - 1), COHORT_PERSON_ID_NUMBER, "123");
      g_assert_false (cohort_store_import_people (f->store, f->class_id, people, NULL, NULL, NULL, NULL, NULL, cancel_past,
                                                  cancellable, cancellable, &error));
      if (at > 1.0)
        g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
      else
        g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_clear_object (&f->store);
      after = file_checksum (f->path);
      g_assert_cmpstr (after, ==, before);
    }
  f->store = cohort_store_open (f->path, NULL);
}

/* cohort_store_match_people () finds for each person of a list what
 * cohort_store_find_duplicates () finds for it alone. */
static void
test_match_people (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stored = varied_people (400, 21);
  g_autoptr(GPtrArray) list = varied_people (400, 21);
  g_autoptr(GPtrArray) more = varied_people (300, 22);
  g_autofree gint64 *existing = NULL;
  guint n_linked = 0;

  /* Stored twice over: 200 of the list, some with an ID number changed. */
  g_assert_true (cohort_store_import_people (f->store, 0, stored, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, &error));
  for (guint i = 0; i < more->len; i++)
    if (i % 3 == 0)
      cohort_person_set_field (g_ptr_array_index (more, i), COHORT_PERSON_ID_NUMBER, NULL);
  g_assert_true (cohort_store_import_people (f->store, 0, more, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, &error));
  for (guint i = 0; i < list->len; i += 7)
    cohort_person_set_field (g_ptr_array_index (list, i), COHORT_PERSON_ID_NUMBER, "045199999999");
  /* The fixture's people, written differently, and one with no key. */
  g_ptr_array_add (list, cohort_test_person_new ("NGUYEN", "van", "An", "1980-01-05"));
  g_ptr_array_add (list, cohort_test_person_new ("Lê", "Thị", "Ánh", NULL));
  g_ptr_array_add (list, g_object_ref (g_ptr_array_index (stored, 3)));   /* not its own duplicate */

  existing = g_new (gint64, list->len);
  g_assert_true (cohort_store_match_people (f->store, list, existing, NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < list->len; i++)
    {
      g_autoptr(GPtrArray) found = cohort_store_find_duplicates (f->store, g_ptr_array_index (list, i), &error);
      gint64 expected = found->len == 1 ? cohort_person_get_id (g_ptr_array_index (found, 0)) : 0;

      g_assert_cmpint (existing[i], ==, expected);
      n_linked += existing[i] != 0;
    }
  g_assert_cmpint (existing[list->len - 3], ==, f->people[0]);
  g_assert_cmpint (existing[list->len - 2], ==, 0);
  g_assert_cmpuint (n_linked, >, 50);
  g_assert_cmpuint (n_linked, <, list->len - 50);
}

/* Two rows of a list that stand for the same record enrol it once. */
static void
test_import_links_once (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 existing[3] = { f->people[2], 0, f->people[2] };
  guint created = 0, enrolled = 0;

  g_ptr_array_add (people, cohort_test_person_new ("Trần", "Đức", "Dũng", "1979-07-07"));
  g_ptr_array_add (people, cohort_test_person_new ("Hoàng", "Thị", "Mai", "1991-01-01"));
  g_ptr_array_add (people, cohort_test_person_new ("TRẦN", "ĐỨC", "DŨNG", "1979-07-07"));
  g_assert_true (cohort_store_import_people (f->store, f->class_id, people, existing, NULL, NULL, &created, &enrolled, NULL,
                                             NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (created, ==, 1);
  g_assert_cmpuint (enrolled, ==, 2);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM enrolment"), ==, 2);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/rosters/class/validation", test_class_validation);
  ADD ("/rosters/class/edit-close-audit", test_class_edit_close_audit);
  ADD ("/rosters/person/update-invalid-date", test_person_update_and_invalid_date);
  ADD ("/rosters/person/duplicates", test_duplicates);
  ADD ("/rosters/person/history", test_person_history);
  ADD ("/rosters/enrol-order-undo", test_enrol_order_and_undo);
  ADD ("/rosters/withdraw-move-renumber-undo", test_withdraw_move_renumber_undo);
  ADD ("/rosters/reference/merged-province", test_merged_province);
  ADD ("/rosters/import/bulk", test_bulk_import);
  ADD ("/rosters/import/bulk-same-as-small", test_bulk_import_same_as_small);
  ADD ("/rosters/import/cancel-leaves-file", test_import_cancel_leaves_file);
  ADD ("/rosters/import/match-people", test_match_people);
  ADD ("/rosters/import/links-once", test_import_links_once);
#undef ADD

  return g_test_run ();
}
