/* test-plans.c: annual plans in the store — listing as SQL has them, the
 * plan of a year and host replaced in one transaction with its audit rows,
 * and refused plans leaving the file as it was.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "cohort-store.h"
#include "cohort-test-store.h"

static char *demo_dir;
static char *demo_path;

/* Helpers -------------------------------------------------------------------- */

static char *
lines_text (GPtrArray *lines)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < lines->len; i++)
    {
      CohortPlanLine *l = g_ptr_array_index (lines, i);

      g_string_append_printf (out, "%" G_GINT64_FORMAT "|%d|%" G_GINT64_FORMAT "|%s|%s|%d|%d\n", l->id, l->year,
                              l->host_id, l->program, cohort_level_to_string (l->level), l->planned_classes,
                              l->planned_students);
    }
  return g_string_free (out, FALSE);
}

#define PLAN_ROWS_SQL(where) \
  "SELECT p.id, p.year, p.org_unit_id, p.program_type, p.level, p.planned_classes, p.planned_students " \
  "FROM plan p JOIN org_unit o ON o.id = p.org_unit_id JOIN program_type pt ON pt.code = p.program_type " \
  where " ORDER BY p.year DESC, o.kind = 'school' DESC, o.name, o.id, pt.sort_order, " \
  "CASE p.level WHEN 'province' THEN 0 WHEN 'district' THEN 1 WHEN 'commune' THEN 2 ELSE 3 END"

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* "program|level|classes|students" lines in byte order, as SQLite's ORDER BY gives them. */
static char *
sorted_keys (GPtrArray *lines)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < lines->len; i++)
    {
      CohortPlanLine *l = g_ptr_array_index (lines, i);

      g_ptr_array_add (keys, g_strdup_printf ("%s|%s|%d|%d\n", l->program, cohort_level_to_string (l->level),
                                              l->planned_classes, l->planned_students));
    }
  g_ptr_array_sort (keys, compare_strings);
  for (guint i = 0; i < keys->len; i++)
    g_string_append (s, g_ptr_array_index (keys, i));
  return g_string_free (s, FALSE);
}

static CohortStore *
open_demo (void)
{
  g_autoptr(GError) error = NULL;
  CohortStore *store = cohort_store_open (demo_path, &error);

  g_assert_no_error (error);
  return store;
}

static GPtrArray *
new_lines (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_plan_line_free);
}

/* Tests ---------------------------------------------------------------------- */

static void
test_list_matches_sql (void)
{
  g_autoptr(CohortStore) store = open_demo ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) some = NULL;
  g_autoptr(GArray) years = NULL;
  g_autofree char *got = NULL, *want = NULL, *want_years = NULL;
  GString *got_years = g_string_new (NULL);

  all = cohort_store_list_plan_lines (store, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (all->len, ==, cohort_test_raw_int (demo_path, "SELECT count(*) FROM plan"));
  g_assert_cmpuint (all->len, >, 20);

  /* The school's plan of one year */
  some = cohort_store_list_plan_lines (store, 2024, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (some->len, >, 1);
  got = lines_text (some);
  want = cohort_test_raw_rows (demo_path, PLAN_ROWS_SQL ("WHERE p.year = 2024 AND p.org_unit_id = 1"));
  g_assert_cmpstr (got, ==, want);

  /* Every host of a year: the school first */
  g_clear_pointer (&some, g_ptr_array_unref);
  some = cohort_store_list_plan_lines (store, 2024, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (some->len, ==, cohort_test_raw_int (demo_path, "SELECT count(*) FROM plan WHERE year = 2024"));
  g_assert_cmpint (((CohortPlanLine *) g_ptr_array_index (some, 0))->host_id, ==, 1);

  years = cohort_store_list_plan_years (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < years->len; i++)
    g_string_append_printf (got_years, "%d\n", g_array_index (years, int, i));
  want_years = cohort_test_raw_rows (demo_path, "SELECT DISTINCT year FROM plan ORDER BY year DESC");
  g_assert_cmpstr (got_years->str, ==, want_years);
  g_string_free (got_years, TRUE);
}

static void
test_save_replaces_with_audit (void)
{
  g_autoptr(CohortStore) store = open_demo ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autofree char *others_before = NULL, *others_after = NULL, *got = NULL, *want = NULL;
  g_autofree char *audit = NULL, *updated_json = NULL, *where_others = NULL, *sql = NULL;
  int year;
  CohortPlanLine *first, *removed;
  gint64 audit_before, removed_id, first_id;
  guint generation;

  year = (int) cohort_test_raw_int (demo_path,
                                    "SELECT year FROM plan WHERE org_unit_id = 1 GROUP BY year HAVING count(*) >= 2 "
                                    "ORDER BY year LIMIT 1");
  where_others = g_strdup_printf ("SELECT * FROM plan WHERE NOT (year = %d AND org_unit_id = 1) ORDER BY id", year);
  lines = cohort_store_list_plan_lines (store, year, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lines->len, >=, 2);
  others_before = cohort_test_raw_rows (demo_path, where_others);
  audit_before = cohort_test_raw_int (demo_path, "SELECT count(*) FROM audit_log WHERE entity = 'plan'");
  generation = cohort_store_get_generation (store);

  /* One line changed, the last removed, one added */
  first = g_ptr_array_index (lines, 0);
  first_id = first->id;
  first->planned_classes += 2;
  first->planned_students = 345;
  removed = g_ptr_array_index (lines, lines->len - 1);
  removed_id = removed->id;
  g_ptr_array_remove_index (lines, lines->len - 1);
  g_ptr_array_add (lines, cohort_plan_line_new ("BD_NGACH", COHORT_LEVEL_COMMUNE, 3, 150));

  g_assert_true (cohort_store_save_plan (store, year, 1, lines, &error));
  g_assert_no_error (error);
  g_assert_cmpint (((CohortPlanLine *) g_ptr_array_index (lines, 0))->id, ==, first_id);
  g_assert_cmpint (((CohortPlanLine *) g_ptr_array_index (lines, lines->len - 1))->id, >, 0);
  g_assert_cmpuint (cohort_store_get_generation (store), !=, generation);

  /* The table holds exactly the lines given; other plans are as they were */
  again = cohort_store_list_plan_lines (store, year, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, lines->len);
  sql = g_strdup_printf ("SELECT program_type, level, planned_classes, planned_students FROM plan "
                         "WHERE year = %d AND org_unit_id = 1 ORDER BY program_type, level", year);
  got = cohort_test_raw_rows (demo_path, sql);
  want = sorted_keys (lines);
  /* program_type codes and level words sort the same in C and SQL here */
  g_assert_cmpstr (got, ==, want);
  others_after = cohort_test_raw_rows (demo_path, where_others);
  g_assert_cmpstr (others_after, ==, others_before);

  /* One audit row per change */
  g_assert_cmpint (cohort_test_raw_int (demo_path,
                                        "SELECT count(*) FROM audit_log WHERE entity = 'plan'"), ==, audit_before + 3);
  audit = cohort_test_raw_rows (demo_path,
                                "SELECT action, entity_id FROM audit_log WHERE entity = 'plan' ORDER BY id DESC LIMIT 3");
  g_assert_nonnull (strstr (audit, "update|"));
  g_assert_nonnull (strstr (audit, "create|"));
  {
    g_autofree char *del = g_strdup_printf ("delete|%" G_GINT64_FORMAT "\n", removed_id);
    g_assert_nonnull (strstr (audit, del));
  }
  updated_json = cohort_test_raw_rows (demo_path, "SELECT old_value, new_value FROM audit_log WHERE entity = 'plan' "
                                                  "AND action = 'update' ORDER BY id DESC LIMIT 1");
  {
    g_autofree char *year_json = g_strdup_printf ("\"year\":%d", year);
    g_assert_nonnull (strstr (updated_json, year_json));
  }
  g_assert_nonnull (strstr (updated_json, "\"students\":345"));
  g_assert_cmpint (cohort_test_raw_int (demo_path,
                                        "SELECT count(*) FROM audit_log WHERE entity = 'plan' AND action = 'delete' "
                                        "AND (new_value IS NOT NULL OR old_value NOT LIKE '%\"program\"%')"), ==, 0);

  /* The same plan again changes nothing and writes no audit row */
  g_assert_true (cohort_store_save_plan (store, year, 1, lines, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cohort_test_raw_int (demo_path,
                                        "SELECT count(*) FROM audit_log WHERE entity = 'plan'"), ==, audit_before + 3);
}

static void
test_new_and_empty_plan (void)
{
  g_autoptr(CohortStore) store = open_demo ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(GPtrArray) none = new_lines ();
  g_autoptr(GPtrArray) read = NULL;
  gint64 audit_before = cohort_test_raw_int (demo_path, "SELECT count(*) FROM audit_log WHERE entity = 'plan'");

  g_ptr_array_add (lines, cohort_plan_line_new ("TCLLCT", COHORT_LEVEL_PROVINCE, 2, 120));
  g_ptr_array_add (lines, cohort_plan_line_new ("TCLLCT", COHORT_LEVEL_DISTRICT, 0, 0));
  g_assert_true (cohort_store_save_plan (store, 2031, 1, lines, &error));
  g_assert_no_error (error);
  read = cohort_store_list_plan_lines (store, 2031, 1, &error);
  g_assert_cmpuint (read->len, ==, 2);
  g_assert_cmpint (((CohortPlanLine *) g_ptr_array_index (read, 0))->level, ==, COHORT_LEVEL_PROVINCE);
  g_assert_cmpint (((CohortPlanLine *) g_ptr_array_index (read, 0))->planned_students, ==, 120);
  g_assert_cmpint (((CohortPlanLine *) g_ptr_array_index (read, 0))->year, ==, 2031);
  g_assert_cmpint (cohort_test_raw_int (demo_path,
                                        "SELECT count(*) FROM audit_log WHERE entity = 'plan' AND action = 'create'"), >=, 2);

  /* An empty plan deletes the year's lines of that host */
  g_assert_true (cohort_store_save_plan (store, 2031, 1, none, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cohort_test_raw_int (demo_path, "SELECT count(*) FROM plan WHERE year = 2031"), ==, 0);
  g_assert_cmpint (cohort_test_raw_int (demo_path,
                                        "SELECT count(*) FROM audit_log WHERE entity = 'plan'"), ==, audit_before + 4);
}

typedef struct
{
  const char  *name;
  int          year;      /* 0: a year with a plan */
  gint64       host;
  const char  *program;
  CohortLevel  level;
  int          classes;
  int          students;
  const char  *message_part;
} BadPlan;

static void
test_refused_plans_write_nothing (void)
{
  g_autoptr(CohortStore) store = open_demo ();
  g_autofree char *before = cohort_test_dump (demo_path, COHORT_TEST_DUMP_ALL);
  gint64 audit_before = cohort_test_raw_int (demo_path, "SELECT count(*) FROM audit_log");
  int year = (int) cohort_test_raw_int (demo_path,
                                        "SELECT year FROM plan WHERE org_unit_id = 1 ORDER BY year DESC LIMIT 1");
  static const BadPlan bad[] = {
    { "unknown program", 0, 1, "NO_SUCH", COHORT_LEVEL_PROVINCE, 1, 10, "NO_SUCH" },
    { "no program", 0, 1, NULL, COHORT_LEVEL_PROVINCE, 1, 10, "no program" },
    { "year too early", 1989, 1, "TCLLCT", COHORT_LEVEL_PROVINCE, 1, 10, "1989" },
    { "year too late", 2101, 1, "TCLLCT", COHORT_LEVEL_PROVINCE, 1, 10, "2101" },
    { "negative classes", 0, 1, "TCLLCT", COHORT_LEVEL_PROVINCE, -1, 10, "-1" },
    { "too many students", 0, 1, "TCLLCT", COHORT_LEVEL_PROVINCE, 1, 100001, "100001" },
    { "unknown host", 0, 999, "TCLLCT", COHORT_LEVEL_PROVINCE, 1, 10, "999" },
    { "unknown level", 0, 1, "TCLLCT", (CohortLevel) 7, 1, 10, "Trung cấp LLCT" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GPtrArray) lines = cohort_store_list_plan_lines (store, year, 1, NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;

      g_test_message ("%s", bad[i].name);
      /* A valid change first, so that a half-written plan would show */
      ((CohortPlanLine *) g_ptr_array_index (lines, 0))->planned_students = 999;
      g_ptr_array_add (lines, cohort_plan_line_new (bad[i].program, bad[i].level, bad[i].classes, bad[i].students));
      g_assert_false (cohort_store_save_plan (store, bad[i].year ? bad[i].year : year, bad[i].host, lines, &error));
      g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, bad[i].message_part));
      after = cohort_test_dump (demo_path, COHORT_TEST_DUMP_ALL);
      g_assert_cmpstr (after, ==, before);
    }

  /* Two lines for the same program and level: the message names both and says what to do */
  {
    g_autoptr(GPtrArray) lines = cohort_store_list_plan_lines (store, year, 1, NULL);
    g_autoptr(GError) error = NULL;
    g_autofree char *after = NULL;
    CohortPlanLine *first = g_ptr_array_index (lines, 0);

    g_ptr_array_add (lines, cohort_plan_line_new (first->program, first->level, 1, 1));
    g_assert_false (cohort_store_save_plan (store, year, 1, lines, &error));
    g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
    g_test_message ("%s", error->message);
    g_assert_nonnull (strstr (error->message, "two lines"));
    g_assert_nonnull (strstr (error->message, "remove one"));
    after = cohort_test_dump (demo_path, COHORT_TEST_DUMP_ALL);
    g_assert_cmpstr (after, ==, before);
  }
  {
    g_autoptr(GPtrArray) lines = new_lines ();
    g_autoptr(GError) error = NULL;

    g_ptr_array_add (lines, cohort_plan_line_new ("TCLLCT", COHORT_LEVEL_PROVINCE, 1, 1));
    g_ptr_array_add (lines, cohort_plan_line_new ("TCLLCT", COHORT_LEVEL_PROVINCE, 2, 2));
    g_assert_false (cohort_store_save_plan (store, year, 1, lines, &error));
    g_assert_nonnull (strstr (error->message, "Trung cấp LLCT"));
    g_assert_nonnull (strstr (error->message, "Province"));
  }
  g_assert_cmpint (cohort_test_raw_int (demo_path, "SELECT count(*) FROM audit_log"), ==, audit_before);
}

/* A write that fails half-way (here: the audit row of a deletion) leaves the
 * plan as it was: every change is in one transaction. */
static void
test_failed_write_rolls_back (void)
{
  g_autoptr(CohortStore) store = open_demo ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autofree char *before = NULL, *after = NULL;
  gint64 audit_before;

  g_ptr_array_add (lines, cohort_plan_line_new ("TCLLCT", COHORT_LEVEL_PROVINCE, 2, 120));
  g_ptr_array_add (lines, cohort_plan_line_new ("SCLLCT", COHORT_LEVEL_COMMUNE, 4, 300));
  g_ptr_array_add (lines, cohort_plan_line_new ("BD_DVM", COHORT_LEVEL_UNKNOWN, 1, 50));
  g_assert_true (cohort_store_save_plan (store, 2032, 2, lines, &error));
  g_assert_no_error (error);

  cohort_test_raw_exec (demo_path, "CREATE TRIGGER no_plan_delete BEFORE INSERT ON audit_log "
                                   "WHEN new.entity = 'plan' AND new.action = 'delete' BEGIN SELECT RAISE (ABORT, 'refused'); END");
  before = cohort_test_dump (demo_path, COHORT_TEST_DUMP_ALL);
  audit_before = cohort_test_raw_int (demo_path, "SELECT count(*) FROM audit_log");

  /* A change, a new line, and a line removed whose audit row is refused */
  ((CohortPlanLine *) g_ptr_array_index (lines, 0))->planned_classes = 77;
  g_ptr_array_remove_index (lines, 1);
  g_ptr_array_add (lines, cohort_plan_line_new ("BD_CNKT", COHORT_LEVEL_DISTRICT, 5, 250));
  g_assert_false (cohort_store_save_plan (store, 2032, 2, lines, &error));
  g_assert_nonnull (error);
  after = cohort_test_dump (demo_path, COHORT_TEST_DUMP_ALL);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (cohort_test_raw_int (demo_path, "SELECT count(*) FROM audit_log"), ==, audit_before);
  /* The new line has no id of a row that was not kept */
  g_assert_cmpint (((CohortPlanLine *) g_ptr_array_index (lines, lines->len - 1))->id, ==, 0);

  cohort_test_raw_exec (demo_path, "DROP TRIGGER no_plan_delete");
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  store = cohort_test_store_new ("cohort-plans-XXXXXX", "demo.db", &demo_dir, &demo_path);
  g_assert_true (cohort_store_generate_demo (store, 3000, 2, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  g_test_add_func ("/plans/list", test_list_matches_sql);
  g_test_add_func ("/plans/save-replaces", test_save_replaces_with_audit);
  g_test_add_func ("/plans/new-and-empty", test_new_and_empty_plan);
  g_test_add_func ("/plans/refused", test_refused_plans_write_nothing);
  g_test_add_func ("/plans/rollback", test_failed_write_rolls_back);
  status = g_test_run ();

  cohort_test_store_close (&store, &demo_dir, &demo_path);
  return status;
}
