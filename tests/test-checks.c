/* test-checks.c: the limits of text and the year of a class, held by the
 * store on every write — one person, an edit, an import, the settings, a
 * class — and checked afterwards with plain SQL.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "cohort-check.h"
#include "cohort-store.h"
#include "cohort-test-store.h"

typedef struct
{
  char        *dir;
  char        *path;
  CohortStore *store;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->store = cohort_test_store_new ("cohort-checks-XXXXXX", "checks.db", &f->dir, &f->path);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  cohort_test_store_close (&f->store, &f->dir, &f->path);
}

/* @n copies of @unit: "ễ" is one character in three bytes, Lao letters too. */
static char *
repeat (const char *unit, guint n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append (s, unit);
  return g_string_free (s, FALSE);
}

static CohortPerson *
new_person (const char *given)
{
  CohortPerson *p = cohort_person_new ();

  cohort_person_set_field (p, COHORT_PERSON_FAMILY_NAME, "Nguyễn");
  cohort_person_set_field (p, COHORT_PERSON_MIDDLE_NAME, "Văn");
  cohort_person_set_field (p, COHORT_PERSON_GIVEN_NAME, given);
  cohort_person_set_field (p, COHORT_PERSON_BIRTH_DATE, "1980-05-01");
  return p;
}

/* Characters, not bytes ---------------------------------------------------------- */

static void
test_length_counts_characters (void)
{
  g_autofree char *vi = repeat ("ễ", 200);
  g_autofree char *lo = repeat ("ສ", 50);
  g_autofree char *too_long = repeat ("ễ", 201);
  g_autofree char *problem = NULL;

  g_assert_cmpuint (strlen (vi), ==, 600);
  g_assert_null (cohort_check_person_field (COHORT_PERSON_UNIT, vi));
  g_assert_null (cohort_check_person_field (COHORT_PERSON_LAO_GIVEN_NAME, lo));
  problem = cohort_check_person_field (COHORT_PERSON_UNIT, too_long);
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, "200"));
  g_assert_nonnull (strstr (problem, "201"));
  g_assert_cmpuint (cohort_check_person_field_limit (COHORT_PERSON_UNIT), ==, COHORT_LIMIT_UNIT);
  g_assert_cmpuint (cohort_check_person_field_limit (COHORT_PERSON_GIVEN_NAME), ==, COHORT_LIMIT_NAME_PART);
  /* every field has a limit */
  for (guint i = 0; i < COHORT_PERSON_N_TEXT_FIELDS; i++)
    g_assert_cmpuint (cohort_check_person_field_limit (i), >, 0);
}

/* People ---------------------------------------------------------------------- */

static void
test_person_paste_refused (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortPerson) p = new_person ("An");
  g_autofree char *paste = repeat ("ễ", 5000);
  g_autofree char *fits = repeat ("ễ", COHORT_LIMIT_UNIT);
  g_autofree char *lao = repeat ("ສ", COHORT_LIMIT_NAME_PART + 1);
  g_autofree char *stored = NULL;
  g_autofree char *sql = NULL;

  /* A 5,000-character unit: refused, nothing written, nothing audited. */
  cohort_person_set_field (p, COHORT_PERSON_UNIT, paste);
  g_assert_false (cohort_store_insert_person (f->store, p, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "5,000"));
  g_clear_error (&error);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM person"), ==, 0);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM audit_log"), ==, 0);

  /* Exactly at the limit, 600 bytes: kept whole. */
  cohort_person_set_field (p, COHORT_PERSON_UNIT, fits);
  g_assert_true (cohort_store_insert_person (f->store, p, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT length (unit) FROM person"), ==, COHORT_LIMIT_UNIT);
  g_assert_cmpint (cohort_test_raw_int (f->path,
                                        "SELECT length (CAST (unit AS BLOB)) FROM person"), ==, 3 * COHORT_LIMIT_UNIT);

  /* An edit that makes the position too long: refused, the old row stays. */
  cohort_person_set_field (p, COHORT_PERSON_POSITION, paste);
  g_assert_false (cohort_store_update_person (f->store, p, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM person WHERE position IS NULL"), ==, 1);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM audit_log"), ==, 1);

  /* A Lao given name one character too long (three bytes each). */
  cohort_person_set_field (p, COHORT_PERSON_POSITION, NULL);
  cohort_person_set_name_order (p, COHORT_NAME_ORDER_LAO);
  cohort_person_set_field (p, COHORT_PERSON_LAO_GIVEN_NAME, lao);
  g_assert_false (cohort_store_update_person (f->store, p, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM person WHERE lao_given_name IS NULL"), ==, 1);

  sql = g_strdup_printf ("SELECT unit FROM person WHERE id = %" G_GINT64_FORMAT, cohort_person_get_id (p));
  stored = cohort_test_raw_text (f->path, sql);
  g_assert_cmpstr (stored, ==, fits);
}

/* An import with one row too long writes none of its rows. */
static void
test_import_refused (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *paste = repeat ("ສ", 5000);
  gint64 existing[2] = { 0, 0 };
  guint created = 0, enrolled = 0;
  CohortPerson *second;

  g_ptr_array_add (people, new_person ("An"));
  second = new_person ("Bình");
  cohort_person_set_field (second, COHORT_PERSON_HOMETOWN, paste);
  g_ptr_array_add (people, second);

  g_assert_false (cohort_store_import_people (f->store, 0, people, existing, NULL, NULL, &created, &enrolled, NULL, NULL,
                                              NULL, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM person"), ==, 0);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM audit_log"), ==, 0);
}

/* Settings ---------------------------------------------------------------------- */

static void
test_settings_limits (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *paste = repeat ("Ệ", 5000);
  g_autofree char *place = repeat ("Ị", COHORT_LIMIT_SETTING_PLACE);
  g_autofree char *place_long = repeat ("Ị", COHORT_LIMIT_SETTING_PLACE + 1);
  const char *keys[] = { COHORT_SETTING_AGENCY, NULL };
  const char *place_keys[] = { COHORT_SETTING_PLACE, NULL };
  const char *values[] = { paste, NULL };
  const char *place_values[] = { place_long, NULL };

  g_assert_cmpuint (cohort_store_get_setting_limit (COHORT_SETTING_AGENCY), ==, COHORT_LIMIT_SETTING_AGENCY);
  g_assert_cmpuint (cohort_store_get_setting_limit (COHORT_SETTING_SIGNER_NAME), ==, COHORT_LIMIT_SETTING_NAME);
  g_assert_cmpuint (cohort_store_get_setting_limit ("document.nothing"), ==, 0);

  g_assert_false (cohort_store_set_settings (f->store, keys, values, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cohort_store_set_settings (f->store, place_keys, place_values, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM setting"), ==, 0);

  place_values[0] = place;
  g_assert_true (cohort_store_set_settings (f->store, place_keys, place_values, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT length (value) FROM setting WHERE key = 'document.place'"), ==,
                   COHORT_LIMIT_SETTING_PLACE);
}

/* Classes ----------------------------------------------------------------------- */

static CohortClass *
new_class (const char *code, int year, const char *start)
{
  CohortClass *c = cohort_class_new ();

  cohort_class_set_text (c, COHORT_CLASS_CODE, code);
  cohort_class_set_number (c, COHORT_CLASS_YEAR, year);
  cohort_class_set_text (c, COHORT_CLASS_PROGRAM, "TCLLCT");
  cohort_class_set_number (c, COHORT_CLASS_HOST_ID, 1);
  cohort_class_set_text (c, COHORT_CLASS_START_DATE, start);
  cohort_class_set_number (c, COHORT_CLASS_PLANNED, 40);
  return c;
}

static void
test_class_code_limit (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *code = repeat ("Ố", COHORT_LIMIT_CLASS_CODE + 1);
  g_autoptr(CohortClass) c = new_class (code, 2026, "2026-09-05");
  CohortClassCheck what = COHORT_CLASS_CHECK_OK;
  g_autofree char *problem = cohort_check_class (c, &what);

  cohort_test_add_school (f->path);
  g_assert_nonnull (problem);
  g_assert_cmpint (what, ==, COHORT_CLASS_CHECK_CODE);
  g_assert_false (cohort_store_save_class (f->store, c, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM class"), ==, 0);
}

/* A class belongs to the year it starts. */
static void
test_class_year_follows_start (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortClass) c = new_class ("B43", 2026, "2025-09-05");
  CohortClassCheck what = COHORT_CLASS_CHECK_OK;
  g_autofree char *problem = cohort_check_class (c, &what);

  cohort_test_add_school (f->path);
  g_assert_cmpint (what, ==, COHORT_CLASS_CHECK_YEAR);
  g_assert_nonnull (strstr (problem, "05/09/2025"));
  g_assert_nonnull (strstr (problem, "2025"));
  g_assert_false (cohort_store_save_class (f->store, c, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM class"), ==, 0);

  /* The same class in its own year is written; no start date, any year. */
  cohort_class_set_number (c, COHORT_CLASS_YEAR, 2025);
  g_assert_true (cohort_store_save_class (f->store, c, &error));
  g_assert_no_error (error);
  g_clear_object (&c);
  c = new_class ("B44", 2027, NULL);
  g_assert_true (cohort_store_save_class (f->store, c, &error));

  /* Moving the start of a saved class into another year is refused. */
  cohort_class_set_text (c, COHORT_CLASS_START_DATE, "2026-12-01");
  g_assert_false (cohort_store_save_class (f->store, c, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_assert_cmpint (cohort_test_raw_int (f->path,
                                        "SELECT count(*) FROM class WHERE code = 'B44' AND start_date IS NULL"), ==, 1);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM class WHERE start_date IS NOT NULL "
                                                 "AND CAST (substr (start_date, 1, 4) AS INTEGER) <> year"), ==, 0);
}

/* The demo data keeps the rule: every class in the year it starts. */
static void
test_demo_classes_in_their_year (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cohort_store_generate_demo (f->store, 3000, 7, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM class WHERE start_date IS NOT NULL"), >, 50);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM class WHERE start_date IS NOT NULL "
                                                 "AND CAST (substr (start_date, 1, 4) AS INTEGER) <> year"), ==, 0);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT max (length (unit)) FROM person"), <=, COHORT_LIMIT_UNIT);
  g_assert_cmpint (cohort_test_raw_int (f->path,
                                        "SELECT max (length (position)) FROM person"), <=, COHORT_LIMIT_POSITION);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT max (length (code)) FROM class"), <=, COHORT_LIMIT_CLASS_CODE);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/checks/length/characters", test_length_counts_characters);
  g_test_add ("/checks/person/paste", Fixture, NULL, fixture_set_up, test_person_paste_refused, fixture_tear_down);
  g_test_add ("/checks/person/import", Fixture, NULL, fixture_set_up, test_import_refused, fixture_tear_down);
  g_test_add ("/checks/settings", Fixture, NULL, fixture_set_up, test_settings_limits, fixture_tear_down);
  g_test_add ("/checks/class/code", Fixture, NULL, fixture_set_up, test_class_code_limit, fixture_tear_down);
  g_test_add ("/checks/class/year", Fixture, NULL, fixture_set_up, test_class_year_follows_start,
              fixture_tear_down);
  g_test_add ("/checks/class/demo", Fixture, NULL, fixture_set_up, test_demo_classes_in_their_year,
              fixture_tear_down);
  return g_test_run ();
}
