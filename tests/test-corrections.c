/* test-corrections.c: putting mistakes right in the store — deleting a
 * person, removing an enrolment, deleting a class, merging two people, the
 * duplicate finder, withdrawing with a reason, closing a class. Every action
 * is checked with plain SQL, every refusal leaves the file as it was, and
 * Undo gives back every column of every table (audit_log aside, which only
 * grows).
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cohort-store.h"
#include "cohort-test-store.h"

typedef struct
{
  char        *dir;
  char        *path;
  CohortStore *store;
  gint64       b43;        /* running since 2026-03-02 */
  gint64       k52;        /* another class */
  gint64       people[5];  /* Nguyễn Văn An, Lê Thị Ánh, Trần Đức Dũng, Phạm Văn Đức, Hoàng Thị Mai */
} Fixture;

/* Plain SQL ------------------------------------------------------------------------- */

static gint64
audit_count (Fixture *f, const char *entity, const char *action)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE entity = '%s' AND action = '%s'",
                                          entity, action);
  return cohort_test_raw_int (f->path, sql);
}

/* Fixture ----------------------------------------------------------------------------- */

static gint64
add_class (Fixture *f, const char *code, const char *start, CohortClassStatus status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortClass) c = cohort_class_new ();

  cohort_class_set_text (c, COHORT_CLASS_CODE, code);
  /* a class's year is the year it starts */
  cohort_class_set_number (c, COHORT_CLASS_YEAR, g_ascii_strtoll (start, NULL, 10));
  cohort_class_set_text (c, COHORT_CLASS_PROGRAM, "TCLLCT");
  cohort_class_set_number (c, COHORT_CLASS_HOST_ID, 1);
  cohort_class_set_text (c, COHORT_CLASS_START_DATE, start);
  cohort_class_set_number (c, COHORT_CLASS_PLANNED, 60);
  cohort_class_set_number (c, COHORT_CLASS_STATUS, status);
  g_assert_true (cohort_store_save_class (f->store, c, &error));
  g_assert_no_error (error);
  return cohort_class_get_number (c, COHORT_CLASS_ID);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  static const char *const names[5][4] = {
    { "Nguyễn", "Văn", "An", "1980-01-05" }, { "Lê", "Thị", "Ánh", "1985-02-10" },
    { "Trần", "Đức", "Dũng", "1979-07-07" }, { "Phạm", "Văn", "Đức", "1990-12-01" },
    { "Hoàng", "Thị", "Mai", "1988-08-15" },
  };
  g_autoptr(GError) error = NULL;

  f->store = cohort_test_store_new ("cohort-corrections-XXXXXX", "cohort.db", &f->dir, &f->path);
  cohort_test_raw_exec (f->path,
                        "INSERT INTO org_unit (id, name, kind) VALUES (1, 'Trường Chính trị Lê Duẩn', 'school');"
                        "INSERT INTO module (id, program_version_id, order_no, name) VALUES (1, 1, 1, 'Triết học');");
  f->b43 = add_class (f, "B43", "2026-03-02", COHORT_CLASS_STATUS_RUNNING);
  f->k52 = add_class (f, "K52A", "2026-04-06", COHORT_CLASS_STATUS_RUNNING);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
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

static gint64
enrolment_of (Fixture *f, gint64 class_id, gint64 person_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce (max (id), 0) FROM enrolment WHERE class_id = %"
                                          G_GINT64_FORMAT " AND person_id = %" G_GINT64_FORMAT,
                                          class_id, person_id);
  return cohort_test_raw_int (f->path, sql);
}

static void
enrol (Fixture *f, gint64 class_id, const gint64 *people, guint n)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cohort_store_enrol (f->store, class_id, people, n, NULL, &error));
  g_assert_no_error (error);
}

/* Deleting a person --------------------------------------------------------------------- */

static void
test_delete_person_and_undo (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortRosterUndo) undo = NULL;
  g_autofree char *before = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);
  g_autofree char *after = NULL;
  g_autofree char *old = NULL;
  g_autofree char *sql = NULL;

  enrol (f, f->b43, f->people, 1);   /* An is on a roster; Mai is not */
  g_free (before);
  before = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);
  g_assert_cmpint (cohort_store_count_search (f->store, "hoang thi mai", NULL), ==, 1);

  g_assert_true (cohort_store_delete_person (f->store, f->people[4], &undo, &error));
  g_assert_no_error (error);
  sql = g_strdup_printf ("SELECT count(*) FROM person WHERE id = %" G_GINT64_FORMAT, f->people[4]);
  g_assert_cmpint (cohort_test_raw_int (f->path, sql), ==, 0);
  g_assert_cmpint (cohort_store_count_search (f->store, "hoang thi mai", NULL), ==, 0);
  /* audited with the old row */
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT old_value FROM audit_log WHERE entity = 'person' AND action = 'delete' "
                         "AND entity_id = %" G_GINT64_FORMAT, f->people[4]);
  old = cohort_test_raw_text (f->path, sql);
  g_assert_nonnull (old);
  g_assert_nonnull (strstr (old, "\"given_name\":\"Mai\""));
  g_assert_nonnull (strstr (old, "\"birth_date\":\"1988-08-15\""));

  g_assert_true (cohort_store_undo (f->store, undo, &error));
  g_assert_no_error (error);
  after = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (cohort_store_count_search (f->store, "hoang thi mai", NULL), ==, 1);
  g_assert_cmpint (audit_count (f, "person", "create"), ==, 5 + 1);
}

static void
test_delete_person_refused (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 id;

  enrol (f, f->b43, f->people, 1);
  id = enrolment_of (f, f->b43, f->people[0]);
  g_assert_true (cohort_store_set_enrolment_status (f->store, &id, 1, "withdrawn", NULL, &error));
  before = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);

  /* Withdrawn is still a class history. */
  g_assert_false (cohort_store_delete_person (f->store, f->people[0], NULL, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Nguyễn Văn An"));
  g_assert_nonnull (strstr (error->message, "B43"));
  g_clear_error (&error);
  g_assert_false (cohort_store_delete_person (f->store, 99999, NULL, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND);
  after = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (audit_count (f, "person", "delete"), ==, 0);
}

/* Undo cannot put a person back under an id given to someone else since. */
static void
test_delete_person_undo_too_late (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortRosterUndo) undo = NULL;
  g_autoptr(CohortPerson) newcomer = cohort_test_person_new ("Vũ", "Thị", "Hà", "1992-03-03");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (cohort_store_delete_person (f->store, f->people[4], &undo, &error));
  g_assert_true (cohort_store_insert_person (f->store, newcomer, &error));
  g_assert_cmpint (cohort_person_get_id (newcomer), ==, f->people[4]);
  before = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);
  g_assert_false (cohort_store_undo (f->store, undo, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  after = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);
  g_assert_cmpstr (after, ==, before);
}

/* Removing enrolments ---------------------------------------------------------------------- */

static void
test_remove_enrolments_and_undo (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortRosterUndo) undo = NULL;
  CohortStatusNote note = { "Chuyển công tác", "2026-05-04", "15/QĐ-TCT" };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *sql = NULL;
  gint64 ids[2];

  enrol (f, f->b43, f->people, 4);
  ids[0] = enrolment_of (f, f->b43, f->people[1]);   /* Ánh, withdrawn with a note */
  ids[1] = enrolment_of (f, f->b43, f->people[2]);   /* Dũng, with a score */
  g_assert_true (cohort_store_set_enrolment_status_noted (f->store, ids, 1, "withdrawn", &note, NULL, &error));
  g_assert_no_error (error);
  sql = g_strdup_printf ("INSERT INTO module_result (enrolment_id, module_id, score, note) VALUES "
                         "(%" G_GINT64_FORMAT ", 1, 8.5, 'thi lại')", ids[1]);
  cohort_test_raw_exec (f->path, sql);
  g_clear_pointer (&sql, g_free);
  before = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);
  sql = g_strdup_printf ("SELECT students FROM class_tally WHERE class_id = %" G_GINT64_FORMAT, f->b43);
  g_assert_cmpint (cohort_test_raw_int (f->path, sql), ==, 3);

  g_assert_true (cohort_store_remove_enrolments (f->store, ids, 2, &undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM enrolment"), ==, 2);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM module_result"), ==, 0);
  g_assert_cmpint (cohort_test_raw_int (f->path, sql), ==, 2);   /* Dũng no longer counts; Ánh, withdrawn, never did */
  g_assert_cmpint (audit_count (f, "enrolment", "delete"), ==, 2);
  g_assert_cmpint (audit_count (f, "module_result", "delete"), ==, 1);
  g_assert_cmpint (cohort_test_raw_int (f->path,
                                        "SELECT count(*) FROM audit_log WHERE entity = 'enrolment' AND action = 'delete' "
                                        "AND old_value LIKE '%\"status_decision\":\"15/QĐ-TCT\"%' "
                                        "AND old_value LIKE '%\"roster_no\":2%'"), ==, 1);
  /* the people stay in Cohort */
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM person"), ==, 5);

  g_assert_true (cohort_store_undo (f->store, undo, &error));
  g_assert_no_error (error);
  after = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (cohort_test_raw_int (f->path, sql), ==, 3);
}

static void
test_remove_enrolment_refused (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *sql = NULL;
  gint64 ids[2];

  enrol (f, f->b43, f->people, 2);
  ids[0] = enrolment_of (f, f->b43, f->people[0]);
  ids[1] = enrolment_of (f, f->b43, f->people[1]);
  sql = g_strdup_printf ("INSERT INTO credential (enrolment_id, kind, serial_no) VALUES (%" G_GINT64_FORMAT
                         ", 'diploma', 'A 012345')", ids[1]);
  cohort_test_raw_exec (f->path, sql);
  before = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);

  /* One of them holds a certificate: neither goes. */
  g_assert_false (cohort_store_remove_enrolments (f->store, ids, 2, NULL, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Lê Thị Ánh"));
  g_clear_error (&error);
  ids[1] = 424242;
  g_assert_false (cohort_store_remove_enrolments (f->store, ids, 2, NULL, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND);
  after = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (audit_count (f, "enrolment", "delete"), ==, 0);
}

/* Deleting a class ------------------------------------------------------------------------- */

static void
test_delete_class_and_undo (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortRosterUndo) undo = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM class_tally WHERE class_id = %" G_GINT64_FORMAT,
                                          f->k52);

  enrol (f, f->b43, f->people, 2);
  before = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);
  g_assert_true (cohort_store_delete_class (f->store, f->k52, &undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM class"), ==, 1);
  g_assert_cmpint (cohort_test_raw_int (f->path, sql), ==, 0);
  g_assert_cmpint (cohort_test_raw_int (f->path,
                                        "SELECT count(*) FROM audit_log WHERE entity = 'class' AND action = 'delete' "
                                        "AND old_value LIKE '%\"code\":\"K52A\"%' AND old_value LIKE '%\"year\":2026%'"), ==, 1);
  g_assert_true (cohort_store_undo (f->store, undo, &error));
  g_assert_no_error (error);
  after = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);
  g_assert_cmpstr (after, ==, before);   /* class_tally included */
}

static void
test_delete_class_refused (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 id;

  enrol (f, f->k52, f->people + 3, 1);
  id = enrolment_of (f, f->k52, f->people[3]);
  g_assert_true (cohort_store_set_enrolment_status (f->store, &id, 1, "withdrawn", NULL, &error));
  before = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);
  g_assert_false (cohort_store_delete_class (f->store, f->k52, NULL, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "K52A (2026)"));
  g_assert_nonnull (strstr (error->message, "1 student"));
  g_clear_error (&error);
  g_assert_false (cohort_store_delete_class (f->store, 777, NULL, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND);
  after = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);
  g_assert_cmpstr (after, ==, before);
}

/* Merging two people ------------------------------------------------------------------------- */

static void
test_merge_people_and_undo (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortRosterUndo) undo = NULL;
  g_autoptr(GPtrArray) clashes = NULL;
  g_autoptr(CohortPerson) keep = NULL;
  g_autoptr(CohortPerson) other = cohort_test_person_new ("NGUYỄN", "VĂN", "AN", "1980-01-05");
  g_autoptr(CohortPerson) kept = NULL;
  g_autoptr(GBytes) key = NULL;
  gint64 c3 = add_class (f, "B44", "2026-05-04", COHORT_CLASS_STATUS_RUNNING);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *key_hex = NULL;
  gint64 other_id, keep_b43, other_b43, other_k52, keep_c3;
  CohortMergeClash *clash;

  /* The same man twice: typed by hand (An), and from an agency's list in
   * capitals with his ID number and unit. */
  cohort_person_set_field (other, COHORT_PERSON_ID_NUMBER, "045080001234");
  cohort_person_set_field (other, COHORT_PERSON_UNIT, "UBND xã Gio Linh");
  cohort_person_set_gender (other, COHORT_GENDER_MALE);
  g_assert_true (cohort_store_insert_person (f->store, other, &error));
  other_id = cohort_person_get_id (other);
  cohort_test_raw_exec (f->path, "UPDATE person SET llct_level = 'Sơ cấp' WHERE given_name = 'AN'");

  enrol (f, f->b43, f->people, 2);        /* An 1, Ánh 2 */
  enrol (f, f->b43, &other_id, 1);        /* AN 3 */
  enrol (f, f->k52, &other_id, 1);
  enrol (f, c3, f->people, 1);
  keep_b43 = enrolment_of (f, f->b43, f->people[0]);
  other_b43 = enrolment_of (f, f->b43, other_id);
  other_k52 = enrolment_of (f, f->k52, other_id);
  keep_c3 = enrolment_of (f, c3, f->people[0]);
  /* An's own enrolment in B43 was withdrawn: the other record's stays. */
  g_assert_true (cohort_store_set_enrolment_status (f->store, &keep_b43, 1, "withdrawn", NULL, &error));
  sql = g_strdup_printf ("INSERT INTO module_result (enrolment_id, module_id, score) VALUES (%" G_GINT64_FORMAT
                         ", 1, 7)", keep_b43);
  cohort_test_raw_exec (f->path, sql);
  g_clear_pointer (&sql, g_free);
  before = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);

  clashes = cohort_store_list_merge_clashes (f->store, f->people[0], other_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (clashes->len, ==, 1);
  clash = g_ptr_array_index (clashes, 0);
  g_assert_cmpstr (clash->class_code, ==, "B43");
  g_assert_true (clash->kept_is_other);
  g_assert_cmpint (clash->kept_enrolment, ==, other_b43);
  g_assert_cmpint (clash->dropped_enrolment, ==, keep_b43);
  g_assert_cmpstr (clash->dropped_status, ==, "withdrawn");

  /* Kept: An's record, with his own name spelling and the other's ID
   * number; the unit comes from the other, the gender too. */
  keep = cohort_store_get_person (f->store, f->people[0], &error);
  cohort_person_set_field (keep, COHORT_PERSON_ID_NUMBER, "045080001234");
  cohort_person_set_field (keep, COHORT_PERSON_UNIT, "UBND xã Gio Linh");
  cohort_person_set_gender (keep, COHORT_GENDER_MALE);
  cohort_person_set_field (keep, COHORT_PERSON_GIVEN_NAME, "Ân");
  g_assert_true (cohort_store_merge_people (f->store, keep, other_id, &undo, &error));
  g_assert_no_error (error);

  sql = g_strdup_printf ("SELECT count(*) FROM person WHERE id = %" G_GINT64_FORMAT, other_id);
  g_assert_cmpint (cohort_test_raw_int (f->path, sql), ==, 0);
  g_clear_pointer (&sql, g_free);
  kept = cohort_store_get_person (f->store, f->people[0], &error);
  g_assert_cmpstr (cohort_person_get_given_name (kept), ==, "Ân");
  g_assert_cmpstr (cohort_person_get_field (kept, COHORT_PERSON_ID_NUMBER), ==, "045080001234");
  g_assert_cmpint (cohort_person_get_gender (kept), ==, COHORT_GENDER_MALE);
  /* the columns the window does not show came over too */
  sql = g_strdup_printf ("SELECT llct_level FROM person WHERE id = %" G_GINT64_FORMAT, f->people[0]);
  g_assert_cmpstr (cohort_test_raw_text (f->path, sql), ==, "Sơ cấp");
  g_clear_pointer (&sql, g_free);
  /* the sort key and search text were computed again */
  key = cohort_person_dup_sort_key (kept);
  {
    GString *hex = g_string_new (NULL);
    gsize len;
    const guint8 *b = g_bytes_get_data (key, &len);

    for (gsize i = 0; i < len; i++)
      g_string_append_printf (hex, "%02X", b[i]);
    key_hex = g_string_free (hex, FALSE);
  }
  sql = g_strdup_printf ("SELECT hex (sort_key) = '%s' AND search_text = 'nguyen van an 045080001234' "
                         "FROM person WHERE id = %" G_GINT64_FORMAT, key_hex, f->people[0]);
  g_assert_cmpint (cohort_test_raw_int (f->path, sql), ==, 1);
  g_clear_pointer (&sql, g_free);
  g_assert_cmpint (cohort_store_count_search (f->store, "045080001234", NULL), ==, 1);
  g_assert_cmpint (cohort_store_count_search (f->store, "nguyen van an", NULL), ==, 1);

  /* Enrolments: the other's moved, same ids and numbers; one in B43. */
  sql = g_strdup_printf ("SELECT group_concat (id || ':' || class_id || ':' || roster_no || ':' || status, ' ') "
                         "FROM (SELECT * FROM enrolment WHERE person_id = %" G_GINT64_FORMAT " ORDER BY id)",
                         f->people[0]);
  {
    g_autofree char *got = cohort_test_raw_text (f->path, sql);
    g_autofree char *want = g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":3:studying %"
                                             G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":1:studying %"
                                             G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":1:studying",
                                             other_b43, f->b43, other_k52, f->k52, keep_c3, c3);
    g_assert_cmpstr (got, ==, want);
  }
  g_clear_pointer (&sql, g_free);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM module_result"), ==, 0);
  g_assert_cmpint (cohort_test_raw_int (f->path,
                                        "SELECT count(*) FROM audit_log WHERE entity = 'person' AND action = 'update' "
                                        "AND new_value LIKE '%\"merged_from\":%'"), ==, 1);
  g_assert_cmpint (audit_count (f, "person", "delete"), ==, 1);
  g_assert_cmpint (audit_count (f, "enrolment", "delete"), ==, 1);
  g_assert_cmpint (cohort_test_raw_int (f->path,
                                        "SELECT count(*) FROM audit_log WHERE entity = 'enrolment' AND action = 'update' "
                                        "AND new_value LIKE '{\"person_id\":%'"), ==, 2);

  /* Undo: both people, every enrolment and score, the search index. */
  g_assert_true (cohort_store_undo (f->store, undo, &error));
  g_assert_no_error (error);
  after = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (cohort_store_count_search (f->store, "045080001234", NULL), ==, 1);
  g_assert_cmpint (cohort_store_count_search (f->store, "nguyen van an", NULL), ==, 2);
}

static void
test_merge_refused (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortPerson) keep = cohort_store_get_person (f->store, f->people[0], NULL);
  g_autofree char *before = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);
  g_autofree char *after = NULL;

  g_assert_false (cohort_store_merge_people (f->store, keep, f->people[0], NULL, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cohort_store_merge_people (f->store, keep, 31337, NULL, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  cohort_person_set_field (keep, COHORT_PERSON_BIRTH_DATE, "1980-02-30");
  g_assert_false (cohort_store_merge_people (f->store, keep, f->people[1], NULL, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  after = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);
  g_assert_cmpstr (after, ==, before);
}

/* The duplicate finder ------------------------------------------------------------------------ */

static void
test_duplicate_pairs (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pairs = NULL;
  /* An again, in capitals, and with the ID number of Dũng: found by ID. */
  g_autoptr(CohortPerson) twice = cohort_test_person_new ("NGUYỄN", "VĂN", "AN", "1980-01-05");
  /* Ánh without accents: the same name and date of birth. */
  g_autoptr(CohortPerson) plain = cohort_test_person_new ("Le", "Thi", "Anh", "1985-02-10");
  /* Mai born another day of 1988, in the same unit: a weaker reason. */
  g_autoptr(CohortPerson) mai = cohort_test_person_new ("Hoàng", "Thị", "Mai", "1988-09-15");
  g_autoptr(CohortPerson) mai_unit = cohort_store_get_person (f->store, f->people[4], NULL);
  /* Đức born the same day as Dũng: nobody's duplicate. */
  g_autoptr(CohortPerson) stranger = cohort_test_person_new ("Phạm", "Văn", "Đức", "1979-07-07");
  const char *reasons = NULL;
  GString *got = g_string_new (NULL);
  gint64 start;

  cohort_person_set_field (twice, COHORT_PERSON_ID_NUMBER, "045079000003");
  cohort_person_set_field (mai, COHORT_PERSON_UNIT, "Huyện ủy  Gio Linh");
  cohort_person_set_field (mai_unit, COHORT_PERSON_UNIT, "HUYỆN ỦY GIO LINH");
  g_assert_true (cohort_store_update_person (f->store, mai_unit, &error));
  cohort_test_raw_exec (f->path, "UPDATE person SET id_number = '045079000003' WHERE given_name = 'Dũng'");
  for (guint i = 0; i < 4; i++)
    {
      CohortPerson *p = (CohortPerson *[]) { twice, plain, mai, stranger }[i];
      g_assert_true (cohort_store_insert_person (f->store, p, &error));
    }

  start = g_get_monotonic_time ();
  pairs = cohort_store_find_duplicate_pairs (f->store, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("finder: %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
  for (guint i = 0; i < pairs->len; i++)
    {
      CohortDuplicatePair *pair = g_ptr_array_index (pairs, i);
      g_autofree char *a = cohort_person_dup_full_name (pair->first);
      g_autofree char *b = cohort_person_dup_full_name (pair->second);

      g_assert_cmpint (cohort_person_get_id (pair->first), <, cohort_person_get_id (pair->second));
      g_string_append_printf (got, "%s%d:%s=%s", i ? " | " : "", pair->reason, a, b);
    }
  /* Dũng and the second An share an ID number; An's two records share a
   * name and birth date; Mai's a name, a year and a unit written two ways. */
  reasons = "0:Trần Đức Dũng=NGUYỄN VĂN AN | 1:Nguyễn Văn An=NGUYỄN VĂN AN | 1:Lê Thị Ánh=Le Thi Anh | "
            "2:Hoàng Thị Mai=Hoàng Thị Mai";
  g_assert_cmpstr (got->str, ==, reasons);
  g_string_free (got, TRUE);
}

static void
test_duplicate_pair_listed_once (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pairs = NULL;
  g_autoptr(CohortPerson) twice = cohort_test_person_new ("Nguyễn", "Văn", "An", "1980-01-05");

  /* The same ID number and the same name and birth date: one pair, by ID. */
  cohort_test_raw_exec (f->path,
                        "UPDATE person SET id_number = '045080000001', unit = 'Sở Nội vụ' WHERE given_name = 'An'");
  cohort_person_set_field (twice, COHORT_PERSON_ID_NUMBER, "045080000001");
  cohort_person_set_field (twice, COHORT_PERSON_UNIT, "Sở Nội vụ");
  g_assert_true (cohort_store_insert_person (f->store, twice, &error));
  pairs = cohort_store_find_duplicate_pairs (f->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pairs->len, ==, 1);
  g_assert_cmpint (((CohortDuplicatePair *) g_ptr_array_index (pairs, 0))->reason, ==, COHORT_DUPLICATE_ID_NUMBER);
}

/* Withdraw and defer with a note -------------------------------------------------------------- */

static void
test_status_note_and_undo (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortRosterUndo) undo = NULL;
  g_autoptr(GPtrArray) roster = NULL;
  g_autoptr(GPtrArray) history = NULL;
  CohortStatusNote note = { "  Ốm dài ngày ", "2026-05-04", "15/QĐ-TCT" };
  CohortStatusNote bad_date = { NULL, "2026-02-30", NULL };
  CohortStatusNote long_decision = { NULL, NULL, "15/QĐ-TCT ngày 04 tháng 5 năm 2026 của Hiệu trưởng nhà trường" };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  CohortEnrolment *e;
  gint64 ids[2];

  enrol (f, f->b43, f->people, 2);
  ids[0] = enrolment_of (f, f->b43, f->people[0]);
  ids[1] = enrolment_of (f, f->b43, f->people[1]);
  before = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);

  g_assert_true (cohort_store_set_enrolment_status_noted (f->store, ids, 2, "deferred", &note, &undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM enrolment WHERE status = 'deferred' "
                                                 "AND status_reason = 'Ốm dài ngày' AND status_date = '2026-05-04' "
                                                 "AND status_decision = '15/QĐ-TCT'"), ==, 2);
  g_assert_cmpint (cohort_test_raw_int (f->path,
                                        "SELECT count(*) FROM audit_log WHERE entity = 'enrolment' AND action = 'update' "
                                        "AND new_value LIKE '%\"status_reason\":\"Ốm dài ngày\"%'"), ==, 2);
  roster = cohort_store_get_roster (f->store, f->b43, &error);
  e = g_ptr_array_index (roster, 0);
  g_assert_cmpstr (cohort_enrolment_get_note (e, COHORT_STATUS_NOTE_DECISION), ==, "15/QĐ-TCT");
  g_assert_cmpstr (cohort_enrolment_get_note (e, COHORT_STATUS_NOTE_DATE), ==, "2026-05-04");
  history = cohort_store_get_person_history (f->store, f->people[0], &error);
  g_assert_cmpstr (cohort_enrolment_get_note (g_ptr_array_index (history, 0), COHORT_STATUS_NOTE_REASON), ==,
                   "Ốm dài ngày");

  g_assert_true (cohort_store_undo (f->store, undo, &error));
  g_clear_pointer (&undo, cohort_roster_undo_free);
  after = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);
  g_assert_cmpstr (after, ==, before);

  /* Withdrawn with a note, then reinstated: the note goes; Undo brings it back. */
  g_assert_true (cohort_store_set_enrolment_status_noted (f->store, ids, 1, "withdrawn", &note, NULL, &error));
  g_free (before);
  before = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);
  g_assert_true (cohort_store_set_enrolment_status (f->store, ids, 1, "studying", &undo, &error));
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM enrolment WHERE status_reason IS NOT NULL "
                                                 "OR status_date IS NOT NULL OR status_decision IS NOT NULL"), ==, 0);
  g_assert_true (cohort_store_undo (f->store, undo, &error));
  g_free (after);
  after = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);
  g_assert_cmpstr (after, ==, before);

  /* Refused, nothing written. */
  g_assert_false (cohort_store_set_enrolment_status_noted (f->store, ids, 2, "withdrawn", &bad_date, NULL, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cohort_store_set_enrolment_status_noted (f->store, ids, 2, "withdrawn", &long_decision, NULL,
                                                           &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cohort_store_set_enrolment_status_noted (f->store, ids, 2, "studying", &note, NULL, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_free (after);
  after = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);
  g_assert_cmpstr (after, ==, before);
}

/* Closing a class ------------------------------------------------------------------------------- */

static void
test_close_class_rules (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 30);
  g_autofree char *next_month = g_date_time_format (later, "%Y-%m-%d");
  gint64 planned = add_class (f, "B45", "2026-01-05", COHORT_CLASS_STATUS_PLANNED);
  gint64 soon = add_class (f, "B46", next_month, COHORT_CLASS_STATUS_RUNNING);
  g_autoptr(CohortClass) c = NULL;
  g_autofree char *before = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);
  g_autofree char *after = NULL;

  /* Still planned: refused, with what to do. */
  c = cohort_store_get_class (f->store, planned, &error);
  cohort_class_set_number (c, COHORT_CLASS_STATUS, COHORT_CLASS_STATUS_FINISHED);
  g_assert_false (cohort_store_save_class (f->store, c, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "B45"));
  g_assert_nonnull (strstr (error->message, "Running"));
  g_clear_error (&error);
  g_clear_object (&c);

  /* Running, but its start date is to come: refused. */
  c = cohort_store_get_class (f->store, soon, &error);
  cohort_class_set_number (c, COHORT_CLASS_STATUS, COHORT_CLASS_STATUS_FINISHED);
  g_assert_false (cohort_store_save_class (f->store, c, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "B46"));
  g_clear_error (&error);
  g_clear_object (&c);
  after = cohort_test_dump (f->path, COHORT_TEST_DUMP_NO_AUDIT_LOG);
  g_assert_cmpstr (after, ==, before);

  /* Running since March: closed. A class entered after the fact as finished, too. */
  c = cohort_store_get_class (f->store, f->b43, &error);
  cohort_class_set_number (c, COHORT_CLASS_STATUS, COHORT_CLASS_STATUS_FINISHED);
  g_assert_true (cohort_store_save_class (f->store, c, &error));
  g_assert_no_error (error);
  add_class (f, "B30", "2024-03-04", COHORT_CLASS_STATUS_FINISHED);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM class WHERE status = 'finished'"), ==, 2);
}

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/corrections/person/delete", test_delete_person_and_undo);
  ADD ("/corrections/person/delete-refused", test_delete_person_refused);
  ADD ("/corrections/person/undo-too-late", test_delete_person_undo_too_late);
  ADD ("/corrections/enrolment/remove", test_remove_enrolments_and_undo);
  ADD ("/corrections/enrolment/remove-refused", test_remove_enrolment_refused);
  ADD ("/corrections/class/delete", test_delete_class_and_undo);
  ADD ("/corrections/class/delete-refused", test_delete_class_refused);
  ADD ("/corrections/class/close", test_close_class_rules);
  ADD ("/corrections/merge", test_merge_people_and_undo);
  ADD ("/corrections/merge-refused", test_merge_refused);
  ADD ("/corrections/duplicates", test_duplicate_pairs);
  ADD ("/corrections/duplicates/once", test_duplicate_pair_listed_once);
  ADD ("/corrections/status-note", test_status_note_and_undo);

  return g_test_run ();
}
