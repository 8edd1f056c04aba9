/* test-store.c: the database — migrations, file errors, reference data,
 * people, search, statistics and demo data.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <string.h>

#include "cohort-person-list-model.h"
#include "cohort-store.h"
#include "cohort-test-store.h"
#include "schema-downgrade.h"

/* Opening and migrations --------------------------------------------------------- */

static void
test_open_memory (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (":memory:", &error);
  CohortStoreCounts counts;

  g_assert_no_error (error);
  g_assert_cmpint (cohort_store_get_schema_version (store), ==, cohort_store_get_latest_schema_version ());
  g_assert_cmpint (cohort_store_get_latest_schema_version (), >=, 1);
  g_assert_true (cohort_store_get_counts (store, &counts, &error));
  g_assert_cmpint (counts.people, ==, 0);
  g_assert_cmpint (counts.classes, ==, 0);
}

static void
test_open_file_wal_and_reopen (void)
{
  g_autofree char *dir = cohort_test_make_tmp_dir ("cohort-test-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "sub", "c.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (path, &error);
  g_autoptr(CohortPerson) p = cohort_test_person_new ("Nguyễn", "Văn", "An", "1980-01-05");

  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (cohort_store_insert_person (store, p, &error));
  g_clear_object (&store);

  g_assert_cmpint (cohort_test_raw_int (path, "PRAGMA user_version"), ==, cohort_store_get_latest_schema_version ());
  g_assert_cmpint (cohort_test_raw_int (path,
                                        "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), ==, 1);

  /* Reopening an up-to-date file makes no backup. */
  store = cohort_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_null (cohort_store_get_backup_path (store));
  g_clear_object (&store);

  {
    g_autofree char *sub = g_path_get_dirname (path);
    cohort_test_remove_tree (sub);
  }
  cohort_test_remove_tree (dir);
}

static void
test_foreign_keys_on (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (":memory:", &error);
  g_autoptr(CohortPerson) p = cohort_test_person_new ("Lê", "Văn", "Tám", NULL);

  /* An ethnicity code that does not exist breaks the foreign key. */
  cohort_person_set_field (p, COHORT_PERSON_ETHNICITY, "77");
  g_assert_false (cohort_store_insert_person (store, p, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
}

static void
test_backup_before_migration (void)
{
  g_autofree char *dir = cohort_test_make_tmp_dir ("cohort-test-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = NULL;
  const char *backup;

  /* A Cohort file at schema 0 that already holds data of its own. */
  cohort_test_raw_exec (path, "PRAGMA application_id = 1131374706; CREATE TABLE note (t TEXT); "
                              "INSERT INTO note VALUES ('kept');");

  store = cohort_store_open (path, &error);
  g_assert_no_error (error);
  backup = cohort_store_get_backup_path (store);
  g_assert_nonnull (backup);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_cmpint (cohort_test_raw_int (backup, "PRAGMA user_version"), ==, 0);
  g_assert_cmpint (cohort_test_raw_int (backup, "SELECT count(*) FROM note"), ==, 1);
  g_assert_cmpint (cohort_test_raw_int (path, "SELECT count(*) FROM lao_province"), ==, 18);

  g_unlink (backup);
  g_clear_object (&store);
  cohort_test_remove_tree (dir);
}

static void
test_error_too_new (void)
{
  g_autofree char *dir = cohort_test_make_tmp_dir ("cohort-test-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "new.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = NULL;

  cohort_test_raw_exec (path, "PRAGMA application_id = 1131374706; CREATE TABLE t (x); PRAGMA user_version = 9999;");
  store = cohort_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version of Cohort"));
  /* Nothing was changed. */
  g_assert_cmpint (cohort_test_raw_int (path, "PRAGMA user_version"), ==, 9999);
  cohort_test_remove_tree (dir);
}

static void
test_error_corrupt (void)
{
  g_autofree char *dir = cohort_test_make_tmp_dir ("cohort-test-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "broken.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = NULL;
  char garbage[4096];

  for (guint i = 0; i < sizeof garbage; i++)
    garbage[i] = (char) (i * 7 + 3);
  g_assert_true (g_file_set_contents (path, garbage, sizeof garbage, NULL));

  store = cohort_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "backup"));
  cohort_test_remove_tree (dir);
}

static void
test_error_not_cohort (void)
{
  g_autofree char *dir = cohort_test_make_tmp_dir ("cohort-test-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "other.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = NULL;

  cohort_test_raw_exec (path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL);");
  store = cohort_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_COHORT);
  g_assert_cmpint (cohort_test_raw_int (path, "SELECT count(*) FROM sqlite_schema"), ==, 1);
  cohort_test_remove_tree (dir);
}

static void
test_error_locked (void)
{
  g_autofree char *dir = cohort_test_make_tmp_dir ("cohort-test-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "busy.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (path, &error);
  sqlite3 *other = NULL;

  g_assert_no_error (error);
  g_clear_object (&store);

  /* Another program holds the write lock. */
  g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);

  store = cohort_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "in use"));

  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
  cohort_test_remove_tree (dir);
}

static void
test_error_cannot_write (void)
{
  g_autofree char *dir = cohort_test_make_tmp_dir ("cohort-test-XXXXXX");
  g_autofree char *file = g_build_filename (dir, "plain-file", NULL);
  g_autofree char *path = g_build_filename (file, "cohort.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = NULL;

  /* The folder for the database would have to be a file that exists. */
  g_assert_true (g_file_set_contents (file, "x", 1, NULL));
  store = cohort_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_CANNOT_OPEN);

  g_clear_error (&error);
  store = cohort_store_open (dir, &error);
  g_assert_null (store);
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_CANNOT_OPEN);
  cohort_test_remove_tree (dir);
}

/* Reference data ---------------------------------------------------------------- */

static void
test_reference_data (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (":memory:", &error);

  g_assert_cmpint (cohort_store_count_reference (store, "lao_province", NULL, &error), ==, 18);
  g_assert_cmpint (cohort_store_count_reference (store, "vn_province", "2025-06-30", &error), ==, 63);
  g_assert_cmpint (cohort_store_count_reference (store, "vn_province", "2025-07-01", &error), ==, 34);
  g_assert_cmpint (cohort_store_count_reference (store, "vn_province_merge", NULL, &error), ==, 52);
  g_assert_cmpint (cohort_store_count_reference (store, "ethnicity", NULL, &error), ==, 55);
  g_assert_cmpint (cohort_store_count_reference (store, "program_type", NULL, &error), ==, 9);
  g_assert_no_error (error);

  g_assert_cmpint (cohort_store_count_reference (store, "person; DROP TABLE x", NULL, &error), ==, -1);
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND);
}

static void
test_fold_in_sql (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (":memory:", &error);
  g_autofree char *folded = cohort_store_fold_sql (store, "NGUYỄN ĐỨC", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (folded, ==, "nguyen duc");
}

/* People --------------------------------------------------------------------------- */

static void
test_insert_and_get_person (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (":memory:", &error);
  g_autoptr(CohortPerson) p = cohort_test_person_new ("Nguyễn", "Thị Thu", "Hương", "1985-03-12");
  g_autoptr(CohortPerson) back = NULL;
  g_autofree char *full = NULL;

  cohort_person_set_gender (p, COHORT_GENDER_FEMALE);
  cohort_person_set_level (p, COHORT_LEVEL_COMMUNE);
  cohort_person_set_field (p, COHORT_PERSON_ID_NUMBER, "045185001234");
  cohort_person_set_field (p, COHORT_PERSON_UNIT, "UBND xã Vĩnh Thái");
  g_assert_true (cohort_store_insert_person (store, p, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cohort_person_get_id (p), >, 0);

  back = cohort_store_get_person (store, cohort_person_get_id (p), &error);
  g_assert_no_error (error);
  full = cohort_person_dup_full_name (back);
  g_assert_cmpstr (full, ==, "Nguyễn Thị Thu Hương");
  g_assert_cmpint (cohort_person_get_gender (back), ==, COHORT_GENDER_FEMALE);
  g_assert_cmpint (cohort_person_get_level (back), ==, COHORT_LEVEL_COMMUNE);
  g_assert_cmpstr (cohort_person_get_unit (back), ==, "UBND xã Vĩnh Thái");

  g_clear_object (&back);
  back = cohort_store_get_person (store, 99999, &error);
  g_assert_null (back);
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND);
}

static void
test_invalid_person_writes_nothing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (":memory:", &error);
  g_autoptr(CohortPerson) bad_date = cohort_test_person_new ("Lê", "Văn", "Nam", "1980-02-30");
  g_autoptr(CohortPerson) bad_id = cohort_test_person_new ("Lê", "Văn", "Nam", "1980-02-03");
  g_autoptr(CohortPerson) no_name = cohort_test_person_new ("Lê", "Văn", NULL, NULL);
  CohortStoreCounts counts;

  g_assert_false (cohort_store_insert_person (store, bad_date, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "dd/mm/yyyy"));
  g_clear_error (&error);

  cohort_person_set_field (bad_id, COHORT_PERSON_ID_NUMBER, "04518500123");
  g_assert_false (cohort_store_insert_person (store, bad_id, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "12 digits"));
  g_clear_error (&error);

  g_assert_false (cohort_store_insert_person (store, no_name, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (cohort_store_get_counts (store, &counts, &error));
  g_assert_cmpint (counts.people, ==, 0);
}

static void
test_search (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (":memory:", &error);
  struct { const char *f, *m, *g; } names[] = {
    { "NGUYỄN", "ĐỨC", "ANH" }, { "Nguyễn", "Văn", "Đức" }, { "Trần", "Đức", "Nguyên" },
    { "Lê", "Thị", "Ánh" }, { "Phạm", "Văn", "Dũng" },
  };
  g_autoptr(CohortPerson) laop = cohort_person_new ();
  g_autoptr(GPtrArray) found = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(CohortPerson) p = cohort_test_person_new (names[i].f, names[i].m, names[i].g, NULL);
      g_assert_true (cohort_store_insert_person (store, p, &error));
    }
  cohort_person_set_name_order (laop, COHORT_NAME_ORDER_LAO);
  cohort_person_set_field (laop, COHORT_PERSON_LAO_GIVEN_NAME, "ສົມພອນ");
  cohort_person_set_field (laop, COHORT_PERSON_LAO_FAMILY_NAME, "ພົມມະຈັນ");
  cohort_person_set_field (laop, COHORT_PERSON_GIVEN_NAME, "Xổm Phon");
  cohort_person_set_field (laop, COHORT_PERSON_FAMILY_NAME, "Phôm Ma Chăn");
  cohort_person_set_field (laop, COHORT_PERSON_LATIN_NAME, "Somphone Phommachanh");
  g_assert_true (cohort_store_insert_person (store, laop, &error));

  /* "nguyen duc" finds the three with both words, in roster order: Anh, Đức, Nguyên */
  found = cohort_store_search_people (store, "nguyen duc", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 3);
  g_assert_cmpstr (cohort_person_get_given_name (g_ptr_array_index (found, 0)), ==, "ANH");
  g_assert_cmpstr (cohort_person_get_given_name (g_ptr_array_index (found, 1)), ==, "Đức");
  g_assert_cmpstr (cohort_person_get_given_name (g_ptr_array_index (found, 2)), ==, "Nguyên");
  g_assert_cmpint (cohort_store_count_search (store, "NGUYỄN ĐỨC", &error), ==, 3);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* Prefixes, Lao script, passport spelling, Vietnamese transcription */
  g_assert_cmpint (cohort_store_count_search (store, "ngu", &error), ==, 3);
  g_assert_cmpint (cohort_store_count_search (store, "ສົມພອນ", &error), ==, 1);
  g_assert_cmpint (cohort_store_count_search (store, "ພົມ", &error), ==, 1);
  g_assert_cmpint (cohort_store_count_search (store, "somphone", &error), ==, 1);
  g_assert_cmpint (cohort_store_count_search (store, "xom phon", &error), ==, 1);
  /* Query syntax is not interpreted */
  g_assert_cmpint (cohort_store_count_search (store, "dung (", &error), ==, 1);
  g_assert_cmpint (cohort_store_count_search (store, "\"dung OR* NEAR(", &error), ==, 0);
  g_assert_cmpint (cohort_store_count_search (store, "", &error), ==, 6);
  g_assert_no_error (error);
}

static void
test_audit_on_create (void)
{
  g_autofree char *dir = cohort_test_make_tmp_dir ("cohort-test-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "audit.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (path, &error);
  g_autoptr(CohortPerson) p = cohort_test_person_new ("Hồ", "Thị", "Lan", "1990-10-10");

  g_assert_true (cohort_store_insert_person (store, p, &error));
  g_clear_object (&store);
  g_assert_cmpint (cohort_test_raw_int (path, "SELECT count(*) FROM audit_log WHERE entity = 'person' AND "
                                              "action = 'create' AND new_value LIKE '%\"given_name\":\"Lan\"%'"), ==, 1);
  cohort_test_remove_tree (dir);
}

/* Document settings ------------------------------------------------------------------ */

static void
test_settings_round_trip (void)
{
  g_autofree char *dir = cohort_test_make_tmp_dir ("cohort-test-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "settings.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (path, &error);
  const char *keys[] = { COHORT_SETTING_AGENCY, COHORT_SETTING_SIGNER_TITLE, COHORT_SETTING_PLACE, NULL };
  /* "Ó" as O and a combining accent (NFD), spaces around the lines, an empty line. */
  const char *values[] = { "  TRƯỜNG CHÍNH TRỊ TỈNH THANH HO\xcc\x81" "A ", "KT. HIỆU TRƯỞNG\n\n  PHÓ HIỆU TRƯỞNG  ",
                           "Thanh Hóa", NULL };
  g_autofree char *agency = NULL;
  g_autofree char *title = NULL;
  g_autofree char *parent = NULL;
  g_autofree const char **all = cohort_store_list_setting_keys ();

  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length ((char **) all), ==, 7);
  g_assert_cmpstr (all[0], ==, COHORT_SETTING_PARENT_AGENCY);

  g_assert_true (cohort_store_set_settings (store, keys, values, &error));
  g_assert_no_error (error);
  agency = cohort_store_get_setting (store, COHORT_SETTING_AGENCY, &error);
  g_assert_cmpstr (agency, ==, "TRƯỜNG CHÍNH TRỊ TỈNH THANH HÓA");
  title = cohort_store_get_setting (store, COHORT_SETTING_SIGNER_TITLE, &error);
  g_assert_cmpstr (title, ==, "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG");
  parent = cohort_store_get_setting (store, COHORT_SETTING_PARENT_AGENCY, &error);
  g_assert_null (parent);
  g_assert_no_error (error);

  /* One audit row for the three keys; writing the same values again writes nothing. */
  g_assert_cmpint (cohort_test_raw_int (path, "SELECT count(*) FROM audit_log WHERE entity = 'setting'"), ==, 1);
  g_assert_cmpint (cohort_test_raw_int (path, "SELECT count(*) FROM audit_log WHERE entity = 'setting' AND "
                                              "new_value LIKE '%\"document.place\":\"Thanh Hóa\"%' AND "
                                              "old_value LIKE '%\"document.place\":null%'"), ==, 1);
  g_assert_true (cohort_store_set_settings (store, keys, values, &error));
  g_assert_cmpint (cohort_test_raw_int (path, "SELECT count(*) FROM audit_log WHERE entity = 'setting'"), ==, 1);

  /* An empty value clears the setting. */
  {
    const char *k[] = { COHORT_SETTING_PLACE, NULL };
    const char *v[] = { "   ", NULL };
    g_autofree char *place = NULL;

    g_assert_true (cohort_store_set_settings (store, k, v, &error));
    place = cohort_store_get_setting (store, COHORT_SETTING_PLACE, &error);
    g_assert_null (place);
    g_assert_cmpint (cohort_test_raw_int (path, "SELECT count(*) FROM setting WHERE key = 'document.place'"), ==, 0);
    g_assert_cmpint (cohort_test_raw_int (path, "SELECT count(*) FROM audit_log WHERE entity = 'setting'"), ==, 2);
  }

  g_clear_object (&store);
  cohort_test_remove_tree (dir);
}

static void
test_settings_refused (void)
{
  g_autofree char *dir = cohort_test_make_tmp_dir ("cohort-test-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "settings.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (path, &error);
  g_autofree char *long_text = g_strnfill (201, 'A');
  struct { const char *key; const char *value; } bad[] = {
    { "document.agencyy", "X" },
    { COHORT_SETTING_AGENCY, "TRƯỜNG\nCHÍNH TRỊ" },
    { COHORT_SETTING_SIGNER_TITLE, "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\nTHỨ BA" },
    { COHORT_SETTING_SIGNER_NAME, long_text },
    { COHORT_SETTING_PLACE, "Thanh H\xf3" "a" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      /* A good value beside the bad one is not written either. */
      const char *keys[] = { COHORT_SETTING_PREPARER_NAME, bad[i].key, NULL };
      const char *values[] = { "Trần Thị Hà", bad[i].value, NULL };

      g_assert_false (cohort_store_set_settings (store, keys, values, &error));
      g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
      g_test_message ("%s", error->message);
      g_clear_error (&error);
    }
  g_assert_cmpint (cohort_test_raw_int (path, "SELECT count(*) FROM setting"), ==, 0);
  g_assert_cmpint (cohort_test_raw_int (path, "SELECT count(*) FROM audit_log"), ==, 0);
  g_clear_object (&store);
  cohort_test_remove_tree (dir);
}

/* A database of schema 2 keeps its audit rows when audit_log learns 'setting'. */
static void
test_settings_migration_keeps_audit (void)
{
  g_autofree char *dir = cohort_test_make_tmp_dir ("cohort-test-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "v2.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (path, &error);
  g_autoptr(CohortPerson) p = cohort_test_person_new ("Hồ", "Thị", "Lan", "1990-10-10");
  const char *keys[] = { COHORT_SETTING_AGENCY, NULL };
  const char *values[] = { "TRƯỜNG CHÍNH TRỊ LÊ DUẨN", NULL };

  g_assert_true (cohort_store_insert_person (store, p, &error));
  g_clear_object (&store);
  cohort_test_raw_exec (path,
               "CREATE TEMP TABLE saved AS SELECT * FROM audit_log; DROP TABLE audit_log; "
               "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, "
               "at TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')), "
               "entity TEXT NOT NULL CHECK (entity IN ('person', 'class', 'enrolment', 'plan', 'org_unit')), "
               "entity_id INTEGER NOT NULL, action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')), "
               "old_value TEXT, new_value TEXT); "
               "INSERT INTO audit_log SELECT * FROM saved; "
               "CREATE INDEX audit_entity ON audit_log (entity, entity_id); "
               /* and what migration 0004 adds, which schema 2 did not have */
               "DROP TRIGGER class_tally_class_insert; DROP TRIGGER class_tally_enrolment_insert; "
               "DROP TRIGGER class_tally_enrolment_delete; DROP TRIGGER class_tally_enrolment_update; "
               "DROP TABLE class_tally; "
               "PRAGMA user_version = 2;");
  downgrade_to (path, 2);

  store = cohort_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cohort_store_get_schema_version (store), ==, cohort_store_get_latest_schema_version ());
  g_assert_cmpint (cohort_test_raw_int (path, "SELECT count(*) FROM audit_log WHERE entity = 'person'"), ==, 1);
  g_assert_true (cohort_store_set_settings (store, keys, values, &error));
  g_assert_cmpint (cohort_test_raw_int (path, "SELECT count(*) FROM audit_log WHERE entity = 'setting'"), ==, 1);
  g_assert_cmpint (cohort_test_raw_int (path, "SELECT count(*) FROM sqlite_schema WHERE name = 'audit_entity'"), ==, 1);

  g_unlink (cohort_store_get_backup_path (store));
  g_clear_object (&store);
  cohort_test_remove_tree (dir);
}

/* Demo data and statistics --------------------------------------------------------- */

static void
test_demo_and_stats (void)
{
  g_autofree char *dir = cohort_test_make_tmp_dir ("cohort-test-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (path, &error);
  g_autoptr(GPtrArray) rows = NULL;
  CohortStoreCounts counts;
  CohortStatsRow totals;
  gint64 classes = 0, enrolments = 0;

  g_assert_true (cohort_store_generate_demo (store, 3000, 7, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (cohort_store_get_counts (store, &counts, &error));
  g_assert_cmpint (counts.people, ==, 3000);
  g_assert_cmpint (counts.lao_people, >, 0);
  g_assert_cmpint (counts.enrolments, >=, 3000 * 3);
  {
    g_autofree char *agency = cohort_store_get_setting (store, COHORT_SETTING_AGENCY, &error);
    g_autofree char *title = cohort_store_get_setting (store, COHORT_SETTING_SIGNER_TITLE, &error);

    g_assert_cmpstr (agency, ==, "TRƯỜNG CHÍNH TRỊ LÊ DUẨN");
    g_assert_cmpstr (title, ==, "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG");
  }

  rows = cohort_store_get_stats (store, 0, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      CohortStatsRow *row = g_ptr_array_index (rows, i);

      g_assert_cmpint (row->year, >=, 2016);
      g_assert_cmpint (row->year, <=, 2026);
      classes += row->classes;
      enrolments += row->enrolments;
    }
  g_assert_true (cohort_store_get_stats_totals (store, 0, 0, &totals, &error));

  /* The same numbers, counted independently */
  g_assert_cmpint (classes, ==, counts.classes);
  g_assert_cmpint (totals.classes, ==, counts.classes);
  g_assert_cmpint (enrolments, ==, totals.enrolments);
  g_assert_cmpint (totals.enrolments, ==, cohort_test_raw_int (path,
                                                               "SELECT count(*) FROM enrolment WHERE status <> 'withdrawn'"));
  g_assert_cmpint (totals.students, ==, cohort_test_raw_int (path,
                                                             "SELECT count(DISTINCT person_id) FROM enrolment WHERE status <> 'withdrawn'"));

  /* Every person is in at least one class; roster numbers follow roster order */
  g_assert_cmpint (cohort_test_raw_int (path,
                                        "SELECT count(*) FROM person WHERE id NOT IN (SELECT person_id FROM enrolment)"), ==, 0);
  g_assert_cmpint (cohort_test_raw_int (path,
                                        "SELECT count(*) FROM enrolment a JOIN enrolment b ON a.class_id = b.class_id "
                                        "AND a.roster_no < b.roster_no JOIN person pa ON pa.id = a.person_id "
                                        "JOIN person pb ON pb.id = b.person_id WHERE pa.sort_key > pb.sort_key"), ==, 0);
  /* Lao cohorts come from the partner provinces */
  g_assert_cmpint (cohort_test_raw_int (path,
                                        "SELECT count(*) FROM class WHERE lao_province_code NOT IN ('13', '14', '07')"), ==, 0);
  g_assert_cmpint (cohort_test_raw_int (path, "SELECT count(*) FROM plan"), >, 0);
  /* Party dates are in the past and after the 20th birthday; planned sizes positive */
  g_assert_cmpint (cohort_test_raw_int (path, "SELECT count(*) FROM person WHERE party_join_date > '2025-12-31' "
                                              "OR party_join_date < date (birth_date, '+20 years')"), ==, 0);
  g_assert_cmpint (cohort_test_raw_int (path,
                                        "SELECT count(*) FROM person WHERE party_official_date <= party_join_date"), ==, 0);
  g_assert_cmpint (cohort_test_raw_int (path, "SELECT count(*) FROM class WHERE planned_size < 1"), ==, 0);

  /* A second load is refused and changes nothing */
  g_assert_false (cohort_store_generate_demo (store, 3000, 7, NULL, NULL, NULL, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (cohort_store_get_counts (store, &counts, &error));
  g_assert_cmpint (counts.people, ==, 3000);

  g_clear_object (&store);
  cohort_test_remove_tree (dir);
}

static void
test_demo_deterministic (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) a = cohort_store_open (":memory:", &error);
  g_autoptr(CohortStore) b = cohort_store_open (":memory:", &error);
  g_autoptr(GPtrArray) pa = NULL;
  g_autoptr(GPtrArray) pb = NULL;

  g_assert_true (cohort_store_generate_demo (a, 500, 42, NULL, NULL, NULL, &error));
  g_assert_true (cohort_store_generate_demo (b, 500, 42, NULL, NULL, NULL, &error));
  pa = cohort_store_search_people (a, "", 0, &error);
  pb = cohort_store_search_people (b, "", 0, &error);
  g_assert_cmpuint (pa->len, ==, 500);
  g_assert_cmpuint (pa->len, ==, pb->len);
  for (guint i = 0; i < pa->len; i++)
    {
      g_autofree char *na = cohort_person_dup_full_name (g_ptr_array_index (pa, i));
      g_autofree char *nb = cohort_person_dup_full_name (g_ptr_array_index (pb, i));

      g_assert_cmpstr (na, ==, nb);
      g_assert_cmpstr (cohort_person_get_birth_date (g_ptr_array_index (pa, i)), ==,
                       cohort_person_get_birth_date (g_ptr_array_index (pb, i)));
    }
}

static void
cancel_at_half (double fraction, gpointer user_data)
{
  if (fraction > 0.2)
    g_cancellable_cancel (user_data);
}

static void
test_demo_cancel_leaves_nothing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (":memory:", &error);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  CohortStoreCounts counts;

  g_assert_false (cohort_store_generate_demo (store, 5000, 1, cancel_at_half, cancellable,
                                              cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_true (cohort_store_get_counts (store, &counts, &error));
  g_assert_cmpint (counts.people, ==, 0);
  g_assert_cmpint (counts.classes, ==, 0);
  g_assert_cmpint (counts.org_units, ==, 0);
}

/* The demo drops the person and enrolment indexes for the bulk load and builds
 * them again; cancelled, it leaves them as they were. */
static void
test_demo_keeps_indexes (void)
{
  g_autofree char *dir = cohort_test_make_tmp_dir ("cohort-test-XXXXXX");
  g_autofree char *done_path = g_build_filename (dir, "done.db", NULL);
  g_autofree char *cancel_path = g_build_filename (dir, "cancel.db", NULL);
  const char *count_sql = "SELECT count(*) FROM sqlite_master WHERE type = 'index'";
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) done = cohort_store_open (done_path, &error);
  g_autoptr(CohortStore) cancel = cohort_store_open (cancel_path, &error);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  gint64 before = cohort_test_raw_int (done_path, count_sql);

  g_assert_cmpint (before, >=, 10);
  g_assert_true (cohort_store_generate_demo (done, 2000, 3, NULL, NULL, NULL, &error));
  g_assert_false (cohort_store_generate_demo (cancel, 5000, 1, cancel_at_half, cancellable, cancellable, NULL));
  g_clear_object (&done);
  g_clear_object (&cancel);
  g_assert_cmpint (cohort_test_raw_int (done_path, count_sql), ==, before);
  g_assert_cmpint (cohort_test_raw_int (cancel_path, count_sql), ==, before);
  cohort_test_remove_tree (dir);
}

/* The people list model ------------------------------------------------------------ */

/* What a view sees: each signal fits the model's length, and a change either
 * touches only the rows that differ (at most 2,048 new ones when some are
 * removed) or empties the list and then fills it (see take_ids () in
 * cohort-person-list-model.c). Never one signal per row. */
typedef struct
{
  guint n_items;    /* as the view last knew it */
  guint signals;
  guint emptied;    /* signals that emptied the list */
} Changes;

static void
count_changes (GListModel *model, guint position, guint removed, guint added, Changes *changes)
{
  g_assert_cmpuint (position + removed, <=, changes->n_items);
  changes->n_items = changes->n_items - removed + added;
  if (removed > 0 && added > 0)
    g_assert_cmpuint (added, <=, 2048);
  if (added == 0 && changes->n_items == 0)
    changes->emptied++;
  changes->signals++;
}

static void
test_list_model_contract (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (":memory:", &error);
  g_autoptr(CohortPersonListModel) model = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  CohortStoreCounts counts;
  Changes changes = { 0 };

  g_assert_true (cohort_store_generate_demo (store, 3000, 9, NULL, NULL, NULL, &error));
  g_assert_true (cohort_store_get_counts (store, &counts, &error));

  model = cohort_person_list_model_new (store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == COHORT_TYPE_PERSON);
  g_signal_connect (model, "items-changed", G_CALLBACK (count_changes), &changes);

  /* Everyone, in roster order: one items-changed */
  cohort_person_list_model_set_query (model, NULL, COHORT_PERSON_SORT_NAME, FALSE);
  g_assert_true (cohort_person_list_model_refresh_sync (model, &error));
  g_assert_cmpuint (changes.signals, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, counts.people);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), counts.people));

  /* The same order as the store's own search, across page boundaries */
  expected = cohort_store_search_people (store, "", 0, &error);
  for (guint i = 0; i < expected->len; i++)
    {
      g_autoptr(CohortPerson) p = g_list_model_get_item (G_LIST_MODEL (model), i);
      g_assert_cmpint (cohort_person_get_id (p), ==, cohort_person_get_id (g_ptr_array_index (expected, i)));
      g_assert_cmpint (cohort_person_list_model_get_id (model, i), ==, cohort_person_get_id (p));
    }

  /* Descending is the exact reverse */
  cohort_person_list_model_set_query (model, NULL, COHORT_PERSON_SORT_NAME, TRUE);
  g_assert_true (cohort_person_list_model_refresh_sync (model, &error));
  for (guint i = 0; i < expected->len; i++)
    g_assert_cmpint (cohort_person_list_model_get_id (model, i), ==,
                     cohort_person_get_id (g_ptr_array_index (expected, expected->len - 1 - i)));
  /* Every row moved, 3,000 of them: emptied, then filled */
  g_assert_cmpuint (changes.signals, ==, 3);
  g_assert_cmpuint (changes.emptied, ==, 1);

  /* The same list again: nothing to tell the view */
  g_assert_true (cohort_person_list_model_refresh_sync (model, &error));
  g_assert_cmpuint (changes.signals, ==, 3);

  /* Someone added after the ranks were read takes their place in roster order */
  {
    g_autoptr(CohortPerson) aaron = cohort_test_person_new ("Zương", "Văn", "A", "1980-01-01");
    g_autoptr(CohortPerson) first = NULL;

    g_assert_true (cohort_store_insert_person (store, aaron, &error));
    cohort_person_list_model_set_query (model, NULL, COHORT_PERSON_SORT_NAME, FALSE);
    g_assert_true (cohort_person_list_model_refresh_sync (model, &error));
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, counts.people + 1);
    first = g_list_model_get_item (G_LIST_MODEL (model), 0);
    g_assert_cmpint (cohort_person_get_id (first), ==, cohort_person_get_id (aaron));
  }
  changes.signals = 0;

  /* A search narrows in one change (one or two signals); the result is what the store counts */
  cohort_person_list_model_set_query (model, "nguyen", COHORT_PERSON_SORT_NAME, FALSE);
  g_assert_true (cohort_person_list_model_refresh_sync (model, &error));
  g_assert_cmpuint (changes.signals, <=, 2);
  g_assert_cmpuint (changes.n_items, ==, g_list_model_get_n_items (G_LIST_MODEL (model)));
  g_assert_cmpint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==,
                   cohort_store_count_search (store, "nguyen", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), >, 100);

  /* Sorted by date of birth, newest first */
  cohort_person_list_model_set_query (model, NULL, COHORT_PERSON_SORT_BIRTH_DATE, TRUE);
  g_assert_true (cohort_person_list_model_refresh_sync (model, &error));
  g_assert_cmpuint (changes.n_items, ==, g_list_model_get_n_items (G_LIST_MODEL (model)));
  for (guint i = 0; i + 1 < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr(CohortPerson) a = g_list_model_get_item (G_LIST_MODEL (model), i);
      g_autoptr(CohortPerson) b = g_list_model_get_item (G_LIST_MODEL (model), i + 1);

      g_assert_cmpstr (cohort_person_get_birth_date (a), >=, cohort_person_get_birth_date (b));
    }
}

static void
refreshed (GObject *source, GAsyncResult *result, gpointer user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (cohort_person_list_model_refresh_finish (COHORT_PERSON_LIST_MODEL (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_list_model_async_on_file (void)
{
  g_autofree char *dir = cohort_test_make_tmp_dir ("cohort-test-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "model.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (path, &error);
  g_autoptr(CohortPersonListModel) model = NULL;
  gboolean done = FALSE;

  g_assert_true (cohort_store_generate_demo (store, 500, 2, NULL, NULL, NULL, &error));
  model = cohort_person_list_model_new (store);
  cohort_person_list_model_set_query (model, "ສົມພອນ", COHORT_PERSON_SORT_NAME, FALSE);
  cohort_person_list_model_refresh_async (model, NULL, refreshed, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==,
                   cohort_store_count_search (store, "ສົມພອນ", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), >, 0);

  g_clear_object (&model);
  g_clear_object (&store);
  cohort_test_remove_tree (dir);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/open/memory", test_open_memory);
  g_test_add_func ("/store/open/file-wal-reopen", test_open_file_wal_and_reopen);
  g_test_add_func ("/store/open/foreign-keys", test_foreign_keys_on);
  g_test_add_func ("/store/migrate/backup", test_backup_before_migration);
  g_test_add_func ("/store/error/too-new", test_error_too_new);
  g_test_add_func ("/store/error/corrupt", test_error_corrupt);
  g_test_add_func ("/store/error/not-cohort", test_error_not_cohort);
  g_test_add_func ("/store/error/locked", test_error_locked);
  g_test_add_func ("/store/error/cannot-write", test_error_cannot_write);
  g_test_add_func ("/store/reference", test_reference_data);
  g_test_add_func ("/store/fold-in-sql", test_fold_in_sql);
  g_test_add_func ("/store/person/insert-get", test_insert_and_get_person);
  g_test_add_func ("/store/person/invalid", test_invalid_person_writes_nothing);
  g_test_add_func ("/store/person/audit", test_audit_on_create);
  g_test_add_func ("/store/search", test_search);
  g_test_add_func ("/store/settings/round-trip", test_settings_round_trip);
  g_test_add_func ("/store/settings/refused", test_settings_refused);
  g_test_add_func ("/store/settings/migration", test_settings_migration_keeps_audit);
  g_test_add_func ("/store/demo/stats", test_demo_and_stats);
  g_test_add_func ("/store/demo/deterministic", test_demo_deterministic);
  g_test_add_func ("/store/demo/cancel", test_demo_cancel_leaves_nothing);
  g_test_add_func ("/store/demo/indexes", test_demo_keeps_indexes);
  g_test_add_func ("/store/list-model/contract", test_list_model_contract);
  g_test_add_func ("/store/list-model/async", test_list_model_async_on_file);

  return g_test_run ();
}
