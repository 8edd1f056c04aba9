/* test-import-history.c: every import recorded with what it created, linked
 * and enrolled, in the transaction of the import; undo takes it back whole,
 * audited, or refuses — naming who and why — and changes nothing.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "cohort-collation.h"
#include "cohort-store.h"
#include "cohort-test-store.h"

typedef struct
{
  char        *dir;
  char        *path;
  CohortStore *store;
  gint64       class_id;
  gint64       other_class_id;
  gint64       known;       /* a person in Cohort before any import */
} Fixture;

static gint64
add_class (Fixture *f, const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortClass) c = cohort_class_new ();

  cohort_class_set_text (c, COHORT_CLASS_CODE, code);
  cohort_class_set_number (c, COHORT_CLASS_YEAR, 2026);
  cohort_class_set_text (c, COHORT_CLASS_PROGRAM, "TCLLCT");
  cohort_class_set_number (c, COHORT_CLASS_HOST_ID, 1);
  cohort_class_set_number (c, COHORT_CLASS_PLANNED, 60);
  g_assert_true (cohort_store_save_class (f->store, c, &error));
  g_assert_no_error (error);
  return cohort_class_get_number (c, COHORT_CLASS_ID);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortPerson) known = cohort_test_person_new ("Trần", "Đức", "Dũng", "1979-07-07");

  f->store = cohort_test_store_new ("cohort-imports-XXXXXX", "cohort.db", &f->dir, &f->path);
  cohort_test_add_school (f->path);
  f->class_id = add_class (f, "B43");
  f->other_class_id = add_class (f, "B44");
  g_assert_true (cohort_store_insert_person (f->store, known, &error));
  f->known = cohort_person_get_id (known);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  cohort_test_store_close (&f->store, &f->dir, &f->path);
}

/* Two new people and the known one (linked), into B43, from "danh-sach.xlsx". */
static gint64
import_list (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 existing[] = { 0, f->known, 0 };
  CohortImportSource source = { "danh-sach.xlsx", "DS", "XLSX", 4, 1 };
  gint64 import_id = 0;
  guint created = 0, enrolled = 0;

  g_ptr_array_add (people, cohort_test_person_new ("Nguyễn", "Văn", "An", "1980-01-05"));
  g_ptr_array_add (people, cohort_test_person_new ("Trần", "Đức", "Dũng", "1979-07-07"));
  g_ptr_array_add (people, cohort_test_person_new ("Lê", "Thị", "Ánh", "1985-02-10"));
  g_assert_true (cohort_store_import_people (f->store, f->class_id, people, existing, &source, &import_id, &created,
                                             &enrolled, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (created, ==, 2);
  g_assert_cmpuint (enrolled, ==, 3);
  g_assert_cmpint (import_id, >, 0);
  return import_id;
}

static void
test_recorded (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) imports = NULL;
  gint64 id = import_list (f);
  g_autofree char *sql = NULL;
  CohortImportRecord *record;

  imports = cohort_store_list_imports (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (imports->len, ==, 1);
  record = g_ptr_array_index (imports, 0);
  g_assert_cmpint (record->id, ==, id);
  g_assert_cmpstr (record->file_name, ==, "danh-sach.xlsx");
  g_assert_cmpstr (record->sheet, ==, "DS");
  g_assert_cmpstr (record->class_code, ==, "B43");
  g_assert_cmpint (record->class_year, ==, 2026);
  g_assert_cmpuint (record->n_created, ==, 2);
  g_assert_cmpuint (record->n_linked, ==, 1);
  g_assert_cmpuint (record->n_enrolled, ==, 3);
  g_assert_cmpuint (record->n_rows, ==, 4);
  g_assert_cmpuint (record->n_left_out, ==, 1);
  g_assert_null (record->undone_at);
  g_assert_true (g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$", record->at, 0, 0));

  /* As SQL has it: the two created, the one linked, the three places */
  sql = g_strdup_printf ("SELECT count(*) FROM import_person ip JOIN person p ON p.id = ip.person_id "
                         "WHERE ip.import_id = %" G_GINT64_FORMAT " AND ip.created = 1 AND p.given_name IN ('An', 'Ánh')", id);
  g_assert_cmpint (cohort_test_raw_int (f->path, sql), ==, 2);
  g_free (sql);
  sql = g_strdup_printf ("SELECT person_id FROM import_person WHERE import_id = %" G_GINT64_FORMAT " AND created = 0", id);
  g_assert_cmpint (cohort_test_raw_int (f->path, sql), ==, f->known);
  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM import_enrolment ie JOIN enrolment e ON e.id = ie.enrolment_id "
                         "WHERE ie.import_id = %" G_GINT64_FORMAT " AND e.class_id = %" G_GINT64_FORMAT, id, f->class_id);
  g_assert_cmpint (cohort_test_raw_int (f->path, sql), ==, 3);
  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE entity = 'import' AND entity_id = %" G_GINT64_FORMAT
                         " AND action = 'create'", id);
  g_assert_cmpint (cohort_test_raw_int (f->path, sql), ==, 1);

  /* A failed import leaves no entry either */
  {
    g_autoptr(GPtrArray) bad = g_ptr_array_new_with_free_func (g_object_unref);
    CohortPerson *p = cohort_test_person_new ("Hồ", "Văn", "Bốn", "1975-01-01");

    cohort_person_set_field (p, COHORT_PERSON_ID_NUMBER, "123");
    g_ptr_array_add (bad, cohort_test_person_new ("Hồ", "Văn", "Ba", "1974-01-01"));
    g_ptr_array_add (bad, p);
    g_assert_false (cohort_store_import_people (f->store, f->class_id, bad, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                                                NULL, &error));
    g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
    g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM import_batch"), ==, 1);
  }
}

static void
test_undo (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) blocks = NULL;
  g_autoptr(CohortImportRecord) record = NULL;
  gint64 audit_before = cohort_test_raw_int (f->path, "SELECT count(*) FROM audit_log");
  gint64 id = import_list (f);

  blocks = cohort_store_check_undo_import (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (blocks->len, ==, 0);
  g_assert_true (cohort_store_undo_import (f->store, id, &error));
  g_assert_no_error (error);

  /* The created people and the three places are gone; the known person stays */
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM person"), ==, 1);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM person WHERE given_name = 'Dũng'"), ==, 1);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM enrolment"), ==, 0);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT coalesce (sum (students), 0) FROM class_tally"), ==, 0);
  g_assert_cmpint (cohort_test_raw_int (f->path,
                                        "SELECT count(*) FROM person_fts WHERE person_fts MATCH '\"an\"'"), ==, 0);
  /* Audited: import create (1) + 2 people + 3 places; then 3 + 2 deletes and the import's update */
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM audit_log"), ==, audit_before + 6 + 6);
  g_assert_cmpint (cohort_test_raw_int (f->path,
                                        "SELECT count(*) FROM audit_log WHERE action = 'delete' AND entity = 'person' "
                                        "AND json_extract (old_value, '$.given_name') IN ('An', 'Ánh')"), ==, 2);
  g_assert_cmpint (cohort_test_raw_int (f->path,
                                        "SELECT count(*) FROM audit_log WHERE action = 'delete' AND entity = 'enrolment'"),
                   ==, 3);
  /* The entry stays, marked undone; a second undo is refused */
  record = cohort_store_get_import (f->store, id, &error);
  g_assert_nonnull (record->undone_at);
  g_assert_false (cohort_store_undo_import (f->store, id, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cohort_store_undo_import (f->store, id + 100, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND);
}

/* Something done with the import's people since blocks the undo: the message
 * names them and says why, and nothing changes. */
static void
refused (Fixture *f, gint64 id, const char *name, const char *why)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) blocks = NULL;
  g_autofree char *before = cohort_test_dump (f->path, COHORT_TEST_DUMP_ALL);
  g_autofree char *after = NULL;
  gboolean found = FALSE;

  blocks = cohort_store_check_undo_import (f->store, id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < blocks->len; i++)
    {
      CohortImportBlock *block = g_ptr_array_index (blocks, i);

      found |= g_str_equal (block->name, name) && strstr (block->reason, why) != NULL;
    }
  g_assert_true (found);
  g_assert_false (cohort_store_undo_import (f->store, id, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_IN_USE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, name));
  g_assert_nonnull (strstr (error->message, why));
  after = cohort_test_dump (f->path, COHORT_TEST_DUMP_ALL);
  g_assert_cmpstr (before, ==, after);
}

static gint64
created_id (Fixture *f, gint64 import_id, const char *given)
{
  g_autofree char *sql = g_strdup_printf ("SELECT p.id FROM import_person ip JOIN person p ON p.id = ip.person_id "
                                          "WHERE ip.import_id = %" G_GINT64_FORMAT " AND p.given_name = '%s'",
                                          import_id, given);
  return cohort_test_raw_int (f->path, sql);
}

static void
test_undo_refused_enrolled (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = import_list (f);
  gint64 an = created_id (f, id, "An");

  g_assert_true (cohort_store_enrol (f->store, f->other_class_id, &an, 1, NULL, &error));
  g_assert_no_error (error);
  refused (f, id, "Nguyễn Văn An", "B44 (2026)");
}

static void
test_undo_refused_edited (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = import_list (f);
  g_autoptr(CohortPerson) anh = cohort_store_get_person (f->store, created_id (f, id, "Ánh"), &error);

  cohort_person_set_field (anh, COHORT_PERSON_POSITION, "Bí thư Đoàn xã");
  g_assert_true (cohort_store_update_person (f->store, anh, &error));
  refused (f, id, "Lê Thị Ánh", "edited");
}

static void
test_undo_refused_place_changed (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = import_list (f);
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM enrolment WHERE person_id = %" G_GINT64_FORMAT, f->known);
  gint64 place = cohort_test_raw_int (f->path, sql);

  /* The linked person's place, withdrawn since */
  g_assert_true (cohort_store_set_enrolment_status (f->store, &place, 1, "withdrawn", NULL, &error));
  g_assert_no_error (error);
  refused (f, id, "Trần Đức Dũng", "B43 (2026)");
}

static void
test_undo_refused_merged_away (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = import_list (f);
  g_autoptr(CohortPerson) other = cohort_person_new ();
  g_autoptr(CohortPerson) kept = NULL;

  /* The office finds the imported An was already in Cohort and merges the
   * import's record into the older one: the record is gone from person */
  cohort_person_set_field (other, COHORT_PERSON_FAMILY_NAME, "Nguyễn");
  cohort_person_set_field (other, COHORT_PERSON_MIDDLE_NAME, "Văn");
  cohort_person_set_field (other, COHORT_PERSON_GIVEN_NAME, "An");
  g_assert_true (cohort_store_insert_person (f->store, other, &error));
  g_assert_no_error (error);
  kept = cohort_store_get_person (f->store, cohort_person_get_id (other), &error);
  g_assert_true (cohort_store_merge_people (f->store, kept, created_id (f, id, "An"), NULL, &error));
  g_assert_no_error (error);
  refused (f, id, "Nguyễn Văn An", "no longer in Cohort");
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store/imports/recorded", test_recorded);
  ADD ("/store/imports/undo", test_undo);
  ADD ("/store/imports/undo-refused-enrolled", test_undo_refused_enrolled);
  ADD ("/store/imports/undo-refused-edited", test_undo_refused_edited);
  ADD ("/store/imports/undo-refused-place-changed", test_undo_refused_place_changed);
  ADD ("/store/imports/undo-refused-merged-away", test_undo_refused_merged_away);
  return g_test_run ();
}
