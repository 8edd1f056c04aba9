/* test-setup.c: a school's own organisation in the store — the first-run
 * setup step by step (the school and its letterhead in one transaction, the
 * steps remembered across opening), hosts added, renamed, closed at a date
 * and removed, provinces before and after the merge of 01/07/2025, the
 * programs the school runs, where new classes may go, the demo replacing
 * what the setup entered; every refusal leaves the tables as they were.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "cohort-store.h"
#include "cohort-test-store.h"
#include "schema-downgrade.h"

typedef struct
{
  char        *dir;
  char        *path;
  CohortStore *store;
} Fixture;

/* Helpers -------------------------------------------------------------------- */

static gint64
audit_rows (Fixture    *f,
            const char *entity,
            const char *action)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE entity = '%s' AND action = '%s'",
                                          entity, action);
  return cohort_test_raw_int (f->path, sql);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = cohort_test_store_new ("cohort-setup-XXXXXX", "cohort.db", &f->dir, &f->path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  cohort_test_store_close (&f->store, &f->dir, &f->path);
}

static gint64
province (Fixture    *f,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = cohort_store_find_province (f->store, name, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* The school as the setup's first step writes it. */
static gint64
add_school (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortHost) school = cohort_host_new ("  Trường Chính trị Lê Duẩn ", COHORT_ORG_KIND_SCHOOL);

  school->short_name = g_strdup ("TCT");
  school->province_id = province (f, "Quảng Trị");
  g_assert_true (cohort_store_save_school (f->store, school, "TỈNH ỦY QUẢNG TRỊ", "Quảng Trị", &error));
  g_assert_no_error (error);
  g_assert_cmpint (school->id, >, 0);
  return school->id;
}

static gint64
add_host (Fixture       *f,
          const char    *name,
          CohortOrgKind  kind,
          const char    *province_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortHost) host = cohort_host_new (name, kind);

  host->province_id = province_name ? province (f, province_name) : 0;
  g_assert_true (cohort_store_save_host (f->store, host, &error));
  g_assert_no_error (error);
  return host->id;
}

static CohortClass *
new_class (const char *code,
           const char *program,
           gint64      host_id,
           const char *start)
{
  CohortClass *c = cohort_class_new ();

  cohort_class_set_text (c, COHORT_CLASS_CODE, code);
  cohort_class_set_number (c, COHORT_CLASS_YEAR, start ? g_ascii_strtoll (start, NULL, 10) : 2026);
  cohort_class_set_text (c, COHORT_CLASS_PROGRAM, program);
  cohort_class_set_number (c, COHORT_CLASS_HOST_ID, host_id);
  cohort_class_set_text (c, COHORT_CLASS_START_DATE, start);
  cohort_class_set_number (c, COHORT_CLASS_PLANNED, 40);
  return c;
}

static gboolean
has_choice (CohortStore      *store,
            CohortChoiceKind  kind,
            const char       *code)
{
  g_autoptr(GPtrArray) choices = cohort_store_list_choices (store, kind, NULL);

  for (guint i = 0; i < choices->len; i++)
    if (g_str_equal (((CohortChoice *) g_ptr_array_index (choices, i))->code, code))
      return TRUE;
  return FALSE;
}

/* Tests ---------------------------------------------------------------------------- */

static void
test_fresh_database (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortHost) school = cohort_store_get_school (f->store, &error);

  g_assert_no_error (error);
  g_assert_null (school);
  g_assert_cmpint (cohort_store_get_setup_step (f->store, &error), ==, COHORT_SETUP_STEP_SCHOOL);
  g_assert_false (cohort_store_is_setup_started (f->store));
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM org_unit"), ==, 0);
  /* the reference programs, run by default, kinds of training as data */
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM program_type WHERE builtin AND active"), ==, 9);
  g_assert_cmpint (cohort_test_raw_int (f->path,
                                        "SELECT count(*) FROM program_type WHERE training_level = 'intermediate'"), ==, 2);
  g_assert_cmpint (cohort_test_raw_int (f->path,
                                        "SELECT count(*) FROM program_type WHERE training_level = 'refresher'"), ==, 6);
  g_assert_cmpstr (cohort_test_raw_text (f->path,
                                         "SELECT training_level FROM program_type WHERE code = 'SCLLCT'"), ==, "elementary");
}

static void
test_school_and_letterhead (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortHost) school = NULL;
  gint64 id = add_school (f);

  /* one org unit of kind school, in the Quảng Trị of today */
  g_assert_cmpint (cohort_test_raw_int (f->path,
                                        "SELECT count(*) FROM org_unit WHERE kind = 'school' AND valid_to IS NULL"), ==, 1);
  g_assert_cmpstr (cohort_test_raw_text (f->path, "SELECT name FROM org_unit"), ==, "Trường Chính trị Lê Duẩn");
  g_assert_cmpstr (cohort_test_raw_text (f->path,
                                         "SELECT p.name || '|' || coalesce (p.valid_to, 'today') FROM org_unit o "
                                         "JOIN vn_province p ON p.id = o.vn_province_id"), ==, "Quảng Trị|today");
  /* and the document settings, in the same transaction */
  g_assert_cmpstr (cohort_test_raw_text (f->path, "SELECT value FROM setting WHERE key = 'document.agency'"), ==,
                   "TRƯỜNG CHÍNH TRỊ LÊ DUẨN");
  g_assert_cmpstr (cohort_test_raw_text (f->path, "SELECT value FROM setting WHERE key = 'document.parent-agency'"), ==,
                   "TỈNH ỦY QUẢNG TRỊ");
  g_assert_cmpstr (cohort_test_raw_text (f->path,
                                         "SELECT value FROM setting WHERE key = 'document.place'"), ==, "Quảng Trị");
  g_assert_cmpint (audit_rows (f, "org_unit", "create"), ==, 1);
  g_assert_cmpint (audit_rows (f, "setting", "update"), ==, 1);
  g_assert_cmpint (audit_rows (f, "setup", "create"), ==, 1);
  g_assert_cmpint (cohort_store_get_setup_step (f->store, &error), ==, COHORT_SETUP_STEP_HOSTS);
  g_assert_true (cohort_store_is_setup_started (f->store));

  /* Back to the first step: the same school, renamed */
  school = cohort_store_get_school (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (school->id, ==, id);
  g_assert_cmpstr (school->short_name, ==, "TCT");
  g_free (school->name);
  school->name = g_strdup ("Trường Chính trị tỉnh Quảng Trị");
  g_assert_true (cohort_store_save_school (f->store, school, "TỈNH ỦY QUẢNG TRỊ", "Đông Hà", &error));
  g_assert_no_error (error);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM org_unit"), ==, 1);
  g_assert_cmpstr (cohort_test_raw_text (f->path, "SELECT value FROM setting WHERE key = 'document.agency'"), ==,
                   "TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG TRỊ");
  g_assert_cmpstr (cohort_test_raw_text (f->path,
                                         "SELECT value FROM setting WHERE key = 'document.place'"), ==, "Đông Hà");
  g_assert_cmpint (audit_rows (f, "org_unit", "update"), ==, 1);
  g_assert_cmpint (audit_rows (f, "setup", "create"), ==, 1);
}

static void
test_school_refusals (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *before = cohort_test_dump (f->path, COHORT_TEST_DUMP_ALL);
  g_autoptr(CohortHost) school = cohort_host_new ("Trường Chính trị Lê Duẩn", COHORT_ORG_KIND_SCHOOL);
  struct { const char *name; gint64 province; const char *parent; const char *place; } bad[] = {
    { "  ", 72, "TỈNH ỦY QUẢNG TRỊ", "Quảng Trị" },
    { "Trường Chính trị Lê Duẩn", 0, "TỈNH ỦY QUẢNG TRỊ", "Quảng Trị" },
    { "Trường Chính trị Lê Duẩn", 9999, "TỈNH ỦY QUẢNG TRỊ", "Quảng Trị" },
    { "Trường Chính trị Lê Duẩn", 72, "", "Quảng Trị" },
    { "Trường Chính trị Lê Duẩn", 72, "TỈNH ỦY QUẢNG TRỊ", NULL },
    { "Trường Chính trị Lê Duẩn", 72, "TỈNH ỦY\nQUẢNG TRỊ", "Quảng Trị" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;

      g_free (school->name);
      school->name = g_strdup (bad[i].name);
      school->province_id = bad[i].province;
      g_assert_false (cohort_store_save_school (f->store, school, bad[i].parent, bad[i].place, &error));
      g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
      g_test_message ("%s", error->message);
      g_assert_cmpint (school->id, ==, 0);
      after = cohort_test_dump (f->path, COHORT_TEST_DUMP_ALL);
      g_assert_cmpstr (after, ==, before);
    }
  g_assert_cmpint (cohort_store_get_setup_step (f->store, NULL), ==, COHORT_SETUP_STEP_SCHOOL);
}

static void
test_steps_resume (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  const char *keys[] = { COHORT_SETTING_SIGNER_TITLE, COHORT_SETTING_SIGNER_NAME, COHORT_SETTING_PREPARER_TITLE,
                         COHORT_SETTING_PREPARER_NAME, NULL };
  const char *no_name[] = { "HIỆU TRƯỞNG", "", "NGƯỜI LẬP BIỂU", "Trần Thị Thu Hà", NULL };
  const char *values[] = { "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG", "Lê Văn Hùng", "NGƯỜI LẬP BIỂU", "Trần Thị Thu Hà",
                           NULL };

  /* the school step cannot be marked without a school */
  g_assert_false (cohort_store_complete_setup_step (f->store, COHORT_SETUP_STEP_SCHOOL, NULL, NULL, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  add_school (f);
  g_assert_true (cohort_store_complete_setup_step (f->store, COHORT_SETUP_STEP_HOSTS, NULL, NULL, &error));
  g_assert_no_error (error);

  /* Closed and opened again: it resumes at the signers */
  g_clear_object (&f->store);
  f->store = cohort_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cohort_store_get_setup_step (f->store, &error), ==, COHORT_SETUP_STEP_SIGNERS);

  /* The signer's name is needed; a refusal writes nothing */
  before = cohort_test_dump (f->path, COHORT_TEST_DUMP_ALL);
  g_assert_false (cohort_store_complete_setup_step (f->store, COHORT_SETUP_STEP_SIGNERS, keys, no_name, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autofree char *after = cohort_test_dump (f->path, COHORT_TEST_DUMP_ALL);
    g_assert_cmpstr (after, ==, before);
  }
  g_assert_true (cohort_store_complete_setup_step (f->store, COHORT_SETUP_STEP_SIGNERS, keys, values, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cohort_test_raw_text (f->path, "SELECT value FROM setting WHERE key = 'document.signer-title'"), ==,
                   "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG");
  g_assert_cmpstr (cohort_test_raw_text (f->path, "SELECT value FROM setting WHERE key = 'document.preparer-name'"), ==,
                   "Trần Thị Thu Hà");

  /* A school runs at least one program */
  {
    g_autoptr(GPtrArray) programs = cohort_store_list_programs (f->store, &error);

    for (guint i = 0; i < programs->len; i++)
      g_assert_true (cohort_store_set_program_active (f->store, ((CohortProgram *) g_ptr_array_index (programs, i))->code,
                                                      FALSE, &error));
  }
  g_assert_false (cohort_store_complete_setup_step (f->store, COHORT_SETUP_STEP_PROGRAMS, NULL, NULL, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (cohort_store_get_setup_step (f->store, NULL), ==, COHORT_SETUP_STEP_PROGRAMS);
  g_assert_true (cohort_store_set_program_active (f->store, "tcllct", TRUE, &error));
  g_assert_true (cohort_store_complete_setup_step (f->store, COHORT_SETUP_STEP_PROGRAMS, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cohort_store_get_setup_step (f->store, NULL), ==, COHORT_SETUP_STEP_FIRST_LISTS);
  g_assert_true (cohort_store_complete_setup_step (f->store, COHORT_SETUP_STEP_FIRST_LISTS, NULL, NULL, &error));
  g_assert_cmpint (cohort_store_get_setup_step (f->store, NULL), ==, COHORT_SETUP_N_STEPS);
  /* each step audited once, even when confirmed again */
  g_assert_true (cohort_store_complete_setup_step (f->store, COHORT_SETUP_STEP_HOSTS, NULL, NULL, &error));
  g_assert_cmpint (audit_rows (f, "setup", "create"), ==, COHORT_SETUP_N_STEPS);
}

static void
test_hosts (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hosts = NULL;
  g_autoptr(CohortHost) centre = NULL;
  g_autofree char *before = NULL;
  gint64 school = add_school (f);
  gint64 gio_linh = add_host (f, "Trung tâm Chính trị huyện Gio Linh", COHORT_ORG_KIND_DISTRICT_CENTRE, "quang tri");
  gint64 hall = add_host (f, "Hội trường Tỉnh ủy", COHORT_ORG_KIND_OTHER, NULL);

  g_assert_cmpint (audit_rows (f, "org_unit", "create"), ==, 3);
  hosts = cohort_store_list_hosts (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hosts->len, ==, 3);
  g_assert_cmpint (((CohortHost *) g_ptr_array_index (hosts, 0))->id, ==, school);   /* the school first */
  g_assert_cmpstr (((CohortHost *) g_ptr_array_index (hosts, 1))->name, ==, "Hội trường Tỉnh ủy");
  g_assert_cmpint (cohort_test_raw_int (f->path,
                                        "SELECT parent_id FROM org_unit WHERE kind = 'district-centre'"), ==, school);

  /* Refusals: nothing written */
  before = cohort_test_dump (f->path, COHORT_TEST_DUMP_ALL);
  {
    struct { const char *name; CohortOrgKind kind; gint64 province; int code; } bad[] = {
      { "", COHORT_ORG_KIND_DISTRICT_CENTRE, 0, COHORT_STORE_ERROR_INVALID },
      { "TRUNG TAM CHINH TRI HUYEN GIO LINH", COHORT_ORG_KIND_DISTRICT_CENTRE, 0, COHORT_STORE_ERROR_DUPLICATE },
      { "Trường Chính trị Nguyễn Văn Cừ", COHORT_ORG_KIND_SCHOOL, 7, COHORT_STORE_ERROR_DUPLICATE },
      { "Trung tâm Chính trị huyện Vĩnh Linh", COHORT_ORG_KIND_DISTRICT_CENTRE, 4242, COHORT_STORE_ERROR_INVALID },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autoptr(CohortHost) host = cohort_host_new (bad[i].name, bad[i].kind);
        g_autofree char *after = NULL;

        host->province_id = bad[i].province;
        g_assert_false (cohort_store_save_host (f->store, host, &error));
        g_assert_error (error, COHORT_STORE_ERROR, bad[i].code);
        g_test_message ("%s", error->message);
        g_clear_error (&error);
        g_assert_cmpint (host->id, ==, 0);
        after = cohort_test_dump (f->path, COHORT_TEST_DUMP_ALL);
        g_assert_cmpstr (after, ==, before);
      }
  }

  /* Renamed, with a short name and its kind changed */
  centre = cohort_store_get_host (f->store, hall, &error);
  g_free (centre->name);
  centre->name = g_strdup ("Trung tâm Chính trị huyện Vĩnh Linh");
  centre->short_name = g_strdup ("TTCT Vĩnh Linh");
  centre->kind = COHORT_ORG_KIND_DISTRICT_CENTRE;
  g_assert_true (cohort_store_save_host (f->store, centre, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cohort_test_raw_text (f->path,
                                         "SELECT kind || '|' || short_code FROM org_unit WHERE name LIKE '%Vĩnh Linh'"), ==,
                   "district-centre|TTCT Vĩnh Linh");
  g_assert_cmpint (audit_rows (f, "org_unit", "update"), ==, 1);

  /* A class of Gio Linh in March 2025; the centre closes on 30/06/2025 */
  {
    g_autoptr(CohortClass) c = new_class ("SC01-GL", "SCLLCT", gio_linh, "2025-03-03");
    g_autoptr(CohortClass) late = new_class ("SC02-GL", "SCLLCT", gio_linh, "2025-09-05");

    g_assert_true (cohort_store_save_class (f->store, c, &error));
    g_assert_no_error (error);
    g_assert_true (cohort_store_save_class (f->store, late, &error));
    g_assert_no_error (error);
    /* Closing before a class starts: refused, nothing written */
    g_free (before);
    before = cohort_test_dump (f->path, COHORT_TEST_DUMP_ALL);
    g_assert_false (cohort_store_close_host (f->store, gio_linh, "2025-06-30", &error));
    g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "SC02-GL"));
    g_clear_error (&error);
    {
      g_autofree char *after = cohort_test_dump (f->path, COHORT_TEST_DUMP_ALL);
      g_assert_cmpstr (after, ==, before);
    }
    /* the late class goes to the school; then the centre closes */
    cohort_class_set_number (late, COHORT_CLASS_HOST_ID, school);
    g_assert_true (cohort_store_save_class (f->store, late, &error));
    g_assert_true (cohort_store_close_host (f->store, gio_linh, "2025-06-30", &error));
    g_assert_no_error (error);
    g_assert_cmpstr (cohort_test_raw_text (f->path,
                                           "SELECT valid_to FROM org_unit WHERE id = (SELECT org_unit_id FROM class "
                                           "WHERE code = 'SC01-GL')"), ==, "2025-06-30");
    /* It keeps its class, which can still be edited: it ran, then finished */
    cohort_class_set_number (c, COHORT_CLASS_STATUS, COHORT_CLASS_STATUS_RUNNING);
    g_assert_true (cohort_store_save_class (f->store, c, &error));
    g_assert_no_error (error);
    cohort_class_set_number (c, COHORT_CLASS_STATUS, COHORT_CLASS_STATUS_FINISHED);
    g_assert_true (cohort_store_save_class (f->store, c, &error));
    g_assert_no_error (error);
  }

  /* Closed: listed with its date and its class, no longer offered for new classes */
  {
    g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, gio_linh);
    g_autoptr(CohortHost) closed = cohort_store_get_host (f->store, gio_linh, &error);
    g_autoptr(CohortClass) c = new_class ("SC03-GL", "SCLLCT", gio_linh, "2026-02-02");
    g_autoptr(CohortClass) old = new_class ("SC00-GL", "SCLLCT", gio_linh, "2024-05-06");

    g_assert_cmpstr (closed->closed_on, ==, "2025-06-30");
    g_assert_cmpint (closed->n_classes, ==, 1);
    g_assert_false (cohort_host_is_open (closed, NULL));
    g_assert_true (cohort_host_is_open (closed, "2025-06-30"));
    g_assert_false (has_choice (f->store, COHORT_CHOICE_OPEN_HOST, id));
    g_assert_true (has_choice (f->store, COHORT_CHOICE_HOST, id));
    g_free (before);
    before = cohort_test_dump (f->path, COHORT_TEST_DUMP_ALL);
    g_assert_false (cohort_store_save_class (f->store, c, &error));
    g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
    g_clear_error (&error);
    cohort_class_set_text (c, COHORT_CLASS_START_DATE, NULL);
    g_assert_false (cohort_store_save_class (f->store, c, &error));
    g_clear_error (&error);
    {
      g_autofree char *after = cohort_test_dump (f->path, COHORT_TEST_DUMP_ALL);
      g_assert_cmpstr (after, ==, before);
    }
    /* A class it held before it closed can still be recorded */
    g_assert_true (cohort_store_save_class (f->store, old, &error));
    g_assert_no_error (error);
    /* Open again */
    g_assert_true (cohort_store_close_host (f->store, gio_linh, NULL, &error));
    g_assert_true (has_choice (f->store, COHORT_CHOICE_OPEN_HOST, id));
  }

  /* A second school only once the first one closed */
  {
    g_autoptr(CohortHost) first = cohort_store_get_school (f->store, &error);

    g_assert_true (cohort_store_close_host (f->store, first->id, "2025-12-31", &error));
    g_assert_no_error (error);
    add_host (f, "Trường Chính trị Lê Duẩn (mới)", COHORT_ORG_KIND_SCHOOL, "Quảng Trị");
    g_assert_false (cohort_store_close_host (f->store, first->id, NULL, &error));
    g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_DUPLICATE);
    g_clear_error (&error);
  }
}

static void
test_provinces (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) provinces = cohort_store_list_provinces (f->store, &error);
  g_autoptr(CohortHost) host = NULL;
  guint current = 0, gone = 0;
  gint64 id;

  g_assert_no_error (error);
  for (guint i = 0; i < provinces->len; i++)
    {
      CohortProvince *p = g_ptr_array_index (provinces, i);

      if (p->current)
        {
          g_assert_cmpuint (gone, ==, 0);   /* today's units first */
          g_assert_null (p->now);
          current++;
        }
      else
        {
          g_assert_nonnull (p->now);
          gone++;
        }
    }
  g_assert_cmpuint (current, ==, 34);
  g_assert_cmpuint (gone, ==, 52);

  /* Accents, case and "tỉnh" aside; today's unit before the one of the same name before the merge */
  g_assert_cmpint (cohort_store_find_province (f->store, "quang tri", NULL), ==, 72);
  g_assert_cmpint (cohort_store_find_province (f->store, "Tỉnh Quảng Trị", NULL), ==, 72);
  g_assert_cmpint (cohort_store_find_province (f->store, "TP Hà Nội", NULL), ==, 1);
  g_assert_cmpint (cohort_store_find_province (f->store, "31", NULL), ==, 31);
  g_assert_cmpint (cohort_store_find_province (f->store, "quảng bình", NULL), ==, 30);
  g_assert_cmpint (cohort_store_find_province (f->store, "Atlantis", &error), ==, 0);
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (cohort_store_find_province (f->store, "999", &error), ==, 0);
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A host in Quảng Bình, shown with the unit it is part of now */
  id = add_host (f, "Trung tâm Chính trị huyện Lệ Thủy", COHORT_ORG_KIND_DISTRICT_CENTRE, "Quảng Bình");
  host = cohort_store_get_host (f->store, id, &error);
  g_assert_cmpstr (host->province, ==, "Quảng Bình");
  g_assert_cmpstr (host->province_now, ==, "Quảng Trị");
}

static void
test_delete_host (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 school = add_school (f);
  gint64 typo = add_host (f, "Trung tâm Chính trị huyện Gio Lihn", COHORT_ORG_KIND_DISTRICT_CENTRE, NULL);
  gint64 used = add_host (f, "Trung tâm Chính trị huyện Hải Lăng", COHORT_ORG_KIND_DISTRICT_CENTRE, NULL);
  g_autoptr(CohortClass) c = new_class ("SC01-HL", "SCLLCT", used, "2025-04-01");
  g_autofree char *before = NULL;

  g_assert_true (cohort_store_save_class (f->store, c, &error));
  before = cohort_test_dump (f->path, COHORT_TEST_DUMP_ALL);
  g_assert_false (cohort_store_delete_host (f->store, used, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cohort_store_delete_host (f->store, school, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cohort_store_delete_host (f->store, 4242, &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  {
    g_autofree char *after = cohort_test_dump (f->path, COHORT_TEST_DUMP_ALL);
    g_assert_cmpstr (after, ==, before);
  }
  g_assert_true (cohort_store_delete_host (f->store, typo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM org_unit"), ==, 2);
  g_assert_cmpint (audit_rows (f, "org_unit", "delete"), ==, 1);
  g_assert_cmpint (cohort_test_raw_int (f->path,
                                        "SELECT count(*) FROM audit_log WHERE entity = 'org_unit' AND action = 'delete' "
                                        "AND old_value LIKE '%Gio Lihn%'"), ==, 1);
}

static void
test_programs (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortProgram) added = cohort_program_new (" bd_cvc ", "Bồi dưỡng ngạch chuyên viên chính",
                                                       "Chuyên viên chính");
  g_autoptr(CohortProgram) read = NULL;
  g_autoptr(GPtrArray) programs = NULL;
  g_autofree char *before = NULL;
  gint64 school = add_school (f);

  added->level = COHORT_TRAINING_LEVEL_REFRESHER;
  added->credential = COHORT_CREDENTIAL_CERTIFICATE;
  added->graded = TRUE;
  g_assert_true (cohort_store_add_program (f->store, added, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (added->code, ==, "BD_CVC");
  g_assert_cmpstr (cohort_test_raw_text (f->path,
                                         "SELECT training_level || '|' || credential || '|' || graded || '|' || lao || '|' || "
                                         "active || '|' || builtin FROM program_type WHERE code = 'BD_CVC'"), ==,
                   "refresher|certificate|1|0|1|0");
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT sort_order FROM program_type WHERE code = 'BD_CVC'"), ==,
                   cohort_test_raw_int (f->path, "SELECT max (sort_order) FROM program_type"));
  g_assert_cmpint (audit_rows (f, "program", "create"), ==, 1);
  programs = cohort_store_list_programs (f->store, &error);
  g_assert_cmpuint (programs->len, ==, 10);
  g_assert_cmpstr (((CohortProgram *) g_ptr_array_index (programs, 9))->code, ==, "BD_CVC");

  /* Refusals leave the programs as they were */
  before = cohort_test_dump (f->path, COHORT_TEST_DUMP_ALL);
  {
    struct { const char *code, *name, *short_name; int err; } bad[] = {
      { "bd_cvc", "Lặp lại", "Lặp", COHORT_STORE_ERROR_DUPLICATE },
      { "TCLLCT", "Lặp lại", "Lặp", COHORT_STORE_ERROR_DUPLICATE },
      { "", "Không mã", "Không mã", COHORT_STORE_ERROR_INVALID },
      { "BD CVC", "Có dấu cách", "Cách", COHORT_STORE_ERROR_INVALID },
      { "BỒI_DƯỠNG", "Có dấu", "Dấu", COHORT_STORE_ERROR_INVALID },
      { "BD_X", "", "Không tên", COHORT_STORE_ERROR_INVALID },
      { "BD_Y", "Không tên ngắn", "  ", COHORT_STORE_ERROR_INVALID },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autoptr(CohortProgram) p = cohort_program_new (bad[i].code, bad[i].name, bad[i].short_name);
        g_autofree char *after = NULL;

        g_assert_false (cohort_store_add_program (f->store, p, &error));
        g_assert_error (error, COHORT_STORE_ERROR, bad[i].err);
        g_test_message ("%s", error->message);
        g_clear_error (&error);
        after = cohort_test_dump (f->path, COHORT_TEST_DUMP_ALL);
        g_assert_cmpstr (after, ==, before);
      }
  }

  /* A built-in program renamed; switched off, not offered for a new class */
  read = cohort_store_get_program (f->store, "bd_ngach", &error);
  g_assert_no_error (error);
  g_assert_true (read->builtin);
  g_free (read->short_name);
  read->short_name = g_strdup ("Ngạch chuyên viên");
  g_assert_true (cohort_store_update_program (f->store, read, &error));
  g_assert_cmpstr (cohort_test_raw_text (f->path, "SELECT short_name FROM program_type WHERE code = 'BD_NGACH'"), ==,
                   "Ngạch chuyên viên");
  {
    g_autoptr(CohortClass) c = new_class ("NG01", "BD_NGACH", school, "2026-03-02");
    g_autoptr(CohortClass) d = new_class ("NG02", "BD_NGACH", school, "2026-04-06");

    g_assert_true (cohort_store_save_class (f->store, c, &error));
    g_assert_true (cohort_store_set_program_active (f->store, "BD_NGACH", FALSE, &error));
    g_assert_no_error (error);
    g_assert_false (has_choice (f->store, COHORT_CHOICE_ACTIVE_PROGRAM, "BD_NGACH"));
    g_assert_true (has_choice (f->store, COHORT_CHOICE_PROGRAM, "BD_NGACH"));
    g_assert_false (cohort_store_save_class (f->store, d, &error));
    g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM class WHERE code = 'NG02'"), ==, 0);
    /* its class keeps it and can be edited */
    cohort_class_set_number (c, COHORT_CLASS_PLANNED, 45);
    g_assert_true (cohort_store_save_class (f->store, c, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (audit_rows (f, "program", "update"), ==, 2);

  /* Deleting: never a built-in one, never one with classes */
  g_free (before);
  before = cohort_test_dump (f->path, COHORT_TEST_DUMP_ALL);
  g_assert_false (cohort_store_delete_program (f->store, "SCLLCT", &error));
  g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autoptr(CohortProgram) used = cohort_program_new ("BD_USED", "Lớp có học viên", "Có lớp");
    g_autoptr(CohortClass) c = new_class ("U01", "BD_USED", school, "2026-05-04");

    g_assert_true (cohort_store_add_program (f->store, used, &error));
    g_assert_true (cohort_store_save_class (f->store, c, &error));
    g_free (before);
    before = cohort_test_dump (f->path, COHORT_TEST_DUMP_ALL);
    g_assert_false (cohort_store_delete_program (f->store, "BD_USED", &error));
    g_assert_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }
  {
    g_autofree char *after = cohort_test_dump (f->path, COHORT_TEST_DUMP_ALL);
    g_assert_cmpstr (after, ==, before);
  }
  g_assert_true (cohort_store_delete_program (f->store, "bd_cvc", &error));
  g_assert_no_error (error);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM program_type WHERE code = 'BD_CVC'"), ==, 0);
  g_assert_cmpint (audit_rows (f, "program", "delete"), ==, 1);
}

static void
test_demo_replaces_setup (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortProgram) added = cohort_program_new ("BD_CVC", "Bồi dưỡng ngạch chuyên viên chính", "CVC");
  g_autoptr(CohortHost) school = NULL;

  add_school (f);
  add_host (f, "Trung tâm Chính trị đặc khu Cồn Cỏ", COHORT_ORG_KIND_DISTRICT_CENTRE, "Quảng Trị");
  g_assert_true (cohort_store_add_program (f->store, added, &error));
  g_assert_true (cohort_store_set_program_active (f->store, "BD_DT4", FALSE, &error));

  g_assert_true (cohort_store_generate_demo (f->store, 300, 1, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  school = cohort_store_get_school (f->store, &error);
  g_assert_cmpstr (school->name, ==, "Trường Chính trị Lê Duẩn");
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM org_unit WHERE kind = 'school'"), ==, 1);
  g_assert_cmpint (cohort_test_raw_int (f->path, "SELECT count(*) FROM org_unit WHERE name LIKE '%Cồn Cỏ'"), ==, 0);
  g_assert_cmpstr (cohort_test_raw_text (f->path,
                                         "SELECT value FROM setting WHERE key = 'document.signer-name'"), ==, "Lê Văn Hùng");
  g_assert_cmpint (cohort_test_raw_int (f->path,
                                        "SELECT count(*) FROM program_type WHERE NOT active OR NOT builtin"), ==, 0);
  g_assert_cmpint (cohort_store_get_setup_step (f->store, NULL), ==, COHORT_SETUP_N_STEPS);
  /* what the setup had entered is kept in the audit log */
  g_assert_cmpint (cohort_test_raw_int (f->path,
                                        "SELECT count(*) FROM audit_log WHERE entity = 'setup' AND action = 'delete' "
                                        "AND old_value LIKE '%Cồn Cỏ%' AND old_value LIKE '%TỈNH ỦY QUẢNG TRỊ%'"), ==, 1);
}

/* A database of schema 5 already in use needs no setup; an empty one does. */
static void
test_migration_marks_databases_in_use (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cohort-setup-XXXXXX", &error);
  const char *names[] = { "used.db", "empty.db" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autoptr(CohortStore) store = cohort_store_open (path, &error);

      g_assert_no_error (error);
      g_clear_object (&store);
      downgrade_to (path, 5);
      if (i == 0)
        cohort_test_raw_exec (path, "INSERT INTO org_unit (name, kind) VALUES ('Trường Chính trị Lê Duẩn', 'school')");
      cohort_test_raw_exec (path, "PRAGMA user_version = 5");

      store = cohort_store_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (cohort_store_get_schema_version (store), ==, cohort_store_get_latest_schema_version ());
      g_assert_cmpint (cohort_store_get_setup_step (store, NULL), ==,
                       i == 0 ? COHORT_SETUP_N_STEPS : COHORT_SETUP_STEP_SCHOOL);
      if (cohort_store_get_backup_path (store) != NULL)
        g_unlink (cohort_store_get_backup_path (store));
      g_clear_object (&store);
      cohort_test_remove_database (path);
    }
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/setup/fresh-database", test_fresh_database);
  ADD ("/setup/school-and-letterhead", test_school_and_letterhead);
  ADD ("/setup/school-refusals", test_school_refusals);
  ADD ("/setup/steps-resume", test_steps_resume);
  ADD ("/setup/demo-replaces-setup", test_demo_replaces_setup);
  ADD ("/hosts/add-edit-close", test_hosts);
  ADD ("/hosts/provinces", test_provinces);
  ADD ("/hosts/delete", test_delete_host);
  ADD ("/programs/add-edit-switch-delete", test_programs);
#undef ADD
  g_test_add_func ("/setup/migration-marks-databases-in-use", test_migration_marks_databases_in_use);

  return g_test_run ();
}
