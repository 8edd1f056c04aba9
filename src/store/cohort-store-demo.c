/* cohort-store-demo.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Deterministic, realistic demo data: the Trường Chính trị Lê Duẩn (Quảng Trị)
 * with its district political centres, classes from 2016 to 2026 across the
 * program types, cadres with Vietnamese names in their real frequencies, Lao
 * cohorts from Savannakhet, Salavan and Houaphanh, results and annual plans,
 * and the letterhead and signers of its documents.
 * The same seed and size always give the same database.
 */
#define G_LOG_DOMAIN "cohort-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "cohort-demo-data.h"
#include "cohort-name.h"
#include "cohort-store-private.h"

#define FIRST_YEAR 2016
#define LAST_YEAR  2026
#define N_YEARS    (LAST_YEAR - FIRST_YEAR + 1)
#define SEATS_PER_PERSON 4

typedef struct
{
  const char *program;
  guint       weight;      /* share of seats */
  guint       min_size, max_size;
  const char *prefix;      /* class code prefix */
  gboolean    at_district; /* run by district political centres */
  CohortLevel level;
  guint       days;
} ProgramShape;

static const ProgramShape programs[] = {
  { "TCLLCT",        18, 45,  70, "B",    FALSE, COHORT_LEVEL_DISTRICT, 180 },
  { "SCLLCT",        22, 50,  90, "SC",   TRUE,  COHORT_LEVEL_COMMUNE,  30 },
  { "BD_DVM",        22, 60, 120, "ĐVM",  TRUE,  COHORT_LEVEL_COMMUNE,  7 },
  { "BD_DT4",        14, 70, 150, "ĐT4",  TRUE,  COHORT_LEVEL_COMMUNE,  4 },
  { "BD_NTVD",        8, 60, 140, "NTĐ",  TRUE,  COHORT_LEVEL_COMMUNE,  5 },
  { "BD_CNKT",        6, 50, 100, "CNKT", FALSE, COHORT_LEVEL_PROVINCE, 5 },
  { "BD_LDQL_PHONG",  5, 40,  60, "CP",   FALSE, COHORT_LEVEL_PROVINCE, 30 },
  { "BD_NGACH",       5, 50,  80, "CV",   FALSE, COHORT_LEVEL_DISTRICT, 45 },
};

typedef struct
{
  gint64      id;
  guint       size;
  int         year;
  char        start[11];
  gboolean    finished;
  gboolean    graded;
} DemoClass;

typedef struct
{
  CohortStore        *store;
  GRand              *rand;
  CohortProgressFunc  progress;
  gpointer            progress_data;
  GCancellable       *cancellable;
  char                today[11];
  gint64              school_id;
  gint64              centre_ids[16];
  gint64              partner_ids[3];
  GArray             *classes;       /* DemoClass */
  gint64              first_person;
  guint               n_vietnamese;
} Demo;

static const struct { const char *code; const char *suffix; const char *vi; int every; } partners[] = {
  { "13", "SV", "Savannakhet", 1 }, { "14", "SL", "Salavan", 1 }, { "07", "HP", "Hủa Phăn", 2 },
};

static const char *
pick_weighted (GRand *rand, const CohortDemoWeighted *table, guint len)
{
  guint total = 0, r;

  for (guint i = 0; i < len; i++)
    total += table[i].weight;
  r = g_rand_int_range (rand, 0, total);
  for (guint i = 0; i < len; i++)
    {
      if (r < table[i].weight)
        return table[i].text;
      r -= table[i].weight;
    }
  return table[0].text;
}

#define PICK(rand, table) ((table)[g_rand_int_range ((rand), 0, table##_len)])
#define PICK_W(rand, table) pick_weighted ((rand), (table), table##_len)

static gboolean
step (Demo *demo, sqlite3_stmt *stmt, GError **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _cohort_store_set_error (demo->store, rc, error);
  return TRUE;
}

static char *
random_date (GRand *rand, int year)
{
  return g_strdup_printf ("%04d-%02d-%02d", year, g_rand_int_range (rand, 1, 13),
                          g_rand_int_range (rand, 1, 29));
}

static char *
add_days (const char *iso, guint days)
{
  int y, m, d;
  GDate date;

  sscanf (iso, "%d-%d-%d", &y, &m, &d);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  g_date_add_days (&date, days);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

/* Org units ------------------------------------------------------------------- */

static gboolean
insert_org_units (Demo *demo, GError **error)
{
  CohortStore *store = demo->store;
  sqlite3_stmt *stmt;

  stmt = _cohort_store_prepare (store,
                                "INSERT INTO org_unit (name, short_code, kind, parent_id, "
                                "vn_province_id, lao_province_code, valid_from, valid_to) VALUES "
                                "(?, ?, ?, ?, (SELECT id FROM vn_province WHERE name = ?5 AND "
                                "valid_to IS NULL), ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, "Trường Chính trị Lê Duẩn", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, "TCT", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, "school", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, "Quảng Trị", -1, SQLITE_STATIC);
  if (!step (demo, stmt, error))
    return FALSE;
  demo->school_id = sqlite3_last_insert_rowid (store->db);

  /* District political centres existed until the district level was abolished. */
  for (guint i = 0; i < cohort_demo_districts_len; i++)
    {
      g_autofree char *name = g_strdup_printf ("Trung tâm Chính trị %s",
                                               cohort_demo_districts[i].name);

      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, cohort_demo_districts[i].short_code, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, "district-centre", -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 4, demo->school_id);
      sqlite3_bind_text (stmt, 5, "Quảng Trị", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 8, "2025-06-30", -1, SQLITE_STATIC);
      if (!step (demo, stmt, error))
        return FALSE;
      demo->centre_ids[i] = sqlite3_last_insert_rowid (store->db);
    }
  sqlite3_clear_bindings (stmt);

  for (guint i = 0; i < G_N_ELEMENTS (partners); i++)
    {
      g_autofree char *name = g_strdup_printf ("Trường Chính trị - Hành chính tỉnh %s",
                                               partners[i].vi);

      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, "partner-school", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, partners[i].code, -1, SQLITE_STATIC);
      if (!step (demo, stmt, error))
        return FALSE;
      demo->partner_ids[i] = sqlite3_last_insert_rowid (store->db);
    }

  return TRUE;
}

/* The letterhead and signers of the school's documents; a value the office
 * already set is kept. */
static gboolean
insert_settings (Demo *demo, GError **error)
{
  static const char *const settings[][2] = {
    { COHORT_SETTING_PARENT_AGENCY, "TỈNH ỦY QUẢNG TRỊ" },
    { COHORT_SETTING_AGENCY, "TRƯỜNG CHÍNH TRỊ LÊ DUẨN" },
    { COHORT_SETTING_PLACE, "Quảng Trị" },
    { COHORT_SETTING_SIGNER_TITLE, "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG" },
    { COHORT_SETTING_SIGNER_NAME, "Lê Văn Hùng" },
    { COHORT_SETTING_PREPARER_TITLE, "NGƯỜI LẬP DANH SÁCH" },
    { COHORT_SETTING_PREPARER_NAME, "Trần Thị Thu Hà" },
  };
  sqlite3_stmt *stmt = _cohort_store_prepare (demo->store,
                                              "INSERT OR IGNORE INTO setting (key, value) VALUES (?, ?)",
                                              error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
    {
      sqlite3_bind_text (stmt, 1, settings[i][0], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, settings[i][1], -1, SQLITE_STATIC);
      if (!step (demo, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* People ------------------------------------------------------------------------ */

static sqlite3_stmt *
prepare_person_insert (CohortStore *store, GError **error)
{
  return _cohort_store_prepare (store, COHORT_PERSON_INSERT_SQL, error);
}

static void
fill_vietnamese (Demo *demo, CohortPerson *p)
{
  GRand *r = demo->rand;
  gboolean male = g_rand_int_range (r, 0, 100) < 56;
  int birth_year = g_rand_int_range (r, 1966, 2001);
  const CohortDemoDistrict *district = &PICK (r, cohort_demo_districts);
  const char *commune = district->communes[g_rand_int_range (r, 0, 6)];
  int level_roll = g_rand_int_range (r, 0, 100);
  g_autofree char *unit = NULL;
  g_autofree char *birth = random_date (r, birth_year);
  g_autofree char *join = NULL;
  g_autofree char *official = NULL;
  g_autofree char *hometown = NULL;
  g_autofree char *id_no = NULL;
  g_autofree char *phone = NULL;
  int join_year;

  cohort_person_set_gender (p, male ? COHORT_GENDER_MALE : COHORT_GENDER_FEMALE);
  cohort_person_set_field (p, COHORT_PERSON_FAMILY_NAME, PICK_W (r, cohort_demo_family_names));
  cohort_person_set_field (p, COHORT_PERSON_MIDDLE_NAME,
                           male ? PICK_W (r, cohort_demo_male_middle) : PICK_W (r, cohort_demo_female_middle));
  cohort_person_set_field (p, COHORT_PERSON_GIVEN_NAME,
                           male ? PICK_W (r, cohort_demo_male_given) : PICK_W (r, cohort_demo_female_given));
  cohort_person_set_field (p, COHORT_PERSON_BIRTH_DATE, birth);
  cohort_person_set_field (p, COHORT_PERSON_ETHNICITY, PICK_W (r, cohort_demo_ethnicities));
  cohort_person_set_field (p, COHORT_PERSON_RELIGION, g_rand_int_range (r, 0, 100) < 94 ? "00" :
                           g_rand_boolean (r) ? "01" : "02");

  if (level_roll < 15)
    {
      cohort_person_set_level (p, COHORT_LEVEL_PROVINCE);
      cohort_person_set_field (p, COHORT_PERSON_UNIT, PICK (r, cohort_demo_province_units));
      cohort_person_set_field (p, COHORT_PERSON_POSITION, PICK (r, cohort_demo_province_positions));
    }
  else if (level_roll < 40)
    {
      cohort_person_set_level (p, COHORT_LEVEL_DISTRICT);
      unit = g_strdup_printf ("%s %s", PICK (r, cohort_demo_district_units), district->name);
      cohort_person_set_field (p, COHORT_PERSON_UNIT, unit);
      cohort_person_set_field (p, COHORT_PERSON_POSITION, PICK (r, cohort_demo_district_positions));
    }
  else
    {
      cohort_person_set_level (p, COHORT_LEVEL_COMMUNE);
      unit = g_strdup_printf ("%s %s, %s", PICK (r, cohort_demo_commune_units), commune,
                              district->name);
      cohort_person_set_field (p, COHORT_PERSON_UNIT, unit);
      cohort_person_set_field (p, COHORT_PERSON_POSITION, PICK (r, cohort_demo_commune_positions));
    }

  /* Not inside MIN (): the macro would draw the random number twice. */
  join_year = birth_year + g_rand_int_range (r, 21, 36);
  join_year = MIN (join_year, 2025);
  join = random_date (r, join_year);
  official = add_days (join, 365);
  cohort_person_set_field (p, COHORT_PERSON_PARTY_JOIN_DATE, join);
  cohort_person_set_field (p, COHORT_PERSON_PARTY_OFFICIAL_DATE, official);

  hometown = g_strdup_printf ("%s, %s, tỉnh Quảng Trị", commune, district->name);
  cohort_person_set_field (p, COHORT_PERSON_HOMETOWN, hometown);
  cohort_person_set_field (p, COHORT_PERSON_EDUCATION, "12/12");
  cohort_person_set_field (p, COHORT_PERSON_PROFESSIONAL, PICK (r, cohort_demo_professions));

  /* Citizen ID: province code 045, century-and-gender digit, year, six digits. */
  id_no = g_strdup_printf ("045%d%02d%06u", (birth_year >= 2000 ? 2 : 0) + (male ? 0 : 1),
                           birth_year % 100, g_rand_int_range (r, 0, 1000000));
  cohort_person_set_field (p, COHORT_PERSON_ID_NUMBER, id_no);
  phone = g_strdup_printf ("09%08u", g_rand_int_range (r, 0, 100000000));
  cohort_person_set_field (p, COHORT_PERSON_PHONE, phone);
}

static void
fill_lao (Demo *demo, CohortPerson *p, guint partner)
{
  GRand *r = demo->rand;
  gboolean male = g_rand_int_range (r, 0, 100) < 70;
  const CohortDemoLaoName *given = male ? &PICK (r, cohort_demo_lao_male_given)
                                        : &PICK (r, cohort_demo_lao_female_given);
  const CohortDemoLaoName *family = &PICK (r, cohort_demo_lao_family);
  g_autofree char *latin = g_strdup_printf ("%s %s", given->latin, family->latin);
  g_autofree char *birth = random_date (r, g_rand_int_range (r, 1975, 1996));
  g_autofree char *unit = g_strdup_printf ("%s %s", PICK (r, cohort_demo_lao_units),
                                           partners[partner].vi);
  g_autofree char *passport = g_strdup_printf ("P%07u", g_rand_int_range (r, 0, 10000000));

  cohort_person_set_name_order (p, COHORT_NAME_ORDER_LAO);
  cohort_person_set_gender (p, male ? COHORT_GENDER_MALE : COHORT_GENDER_FEMALE);
  cohort_person_set_field (p, COHORT_PERSON_GIVEN_NAME, given->vi);
  cohort_person_set_field (p, COHORT_PERSON_FAMILY_NAME, family->vi);
  cohort_person_set_field (p, COHORT_PERSON_LAO_GIVEN_NAME, given->lao);
  cohort_person_set_field (p, COHORT_PERSON_LAO_FAMILY_NAME, family->lao);
  cohort_person_set_field (p, COHORT_PERSON_LATIN_NAME, latin);
  cohort_person_set_field (p, COHORT_PERSON_BIRTH_DATE, birth);
  cohort_person_set_field (p, COHORT_PERSON_NATIONALITY, "LA");
  cohort_person_set_field (p, COHORT_PERSON_ETHNICITY, "99");
  cohort_person_set_field (p, COHORT_PERSON_LAO_PROVINCE, partners[partner].code);
  cohort_person_set_field (p, COHORT_PERSON_UNIT, unit);
  cohort_person_set_field (p, COHORT_PERSON_POSITION, PICK (r, cohort_demo_lao_positions));
  cohort_person_set_field (p, COHORT_PERSON_PASSPORT_NUMBER, passport);
  cohort_person_set_level (p, COHORT_LEVEL_PROVINCE);
}

static gboolean
insert_person (Demo *demo, sqlite3_stmt *stmt, CohortPerson *p, GError **error)
{
  _cohort_store_bind_person (stmt, p);
  return step (demo, stmt, error);
}

/* Classes and enrolments ---------------------------------------------------------- */

static sqlite3_stmt *
prepare_enrolment_insert (CohortStore *store, GError **error)
{
  return _cohort_store_prepare (store,
                                "INSERT INTO enrolment (class_id, person_id, roster_no, status, band, "
                                "final_score) VALUES (?, ?, ?, ?, ?, ?)", error);
}

static sqlite3_stmt *
prepare_class_insert (CohortStore *store, GError **error)
{
  return _cohort_store_prepare (store,
                                "INSERT INTO class (code, year, program_type, program_version_id, "
                                "org_unit_id, mode, course_no, lao_province_code, level, start_date, "
                                "end_date, planned_size, status, fold_code) VALUES (?1, ?2, ?3, "
                                "(SELECT id FROM program_version WHERE program_type = ?3), ?4, ?5, ?6, "
                                "?7, ?8, ?9, ?10, ?11, ?12, fold (?1))", error);
}

static gboolean
insert_class (Demo           *demo,
              sqlite3_stmt   *stmt,
              const char     *code,
              int             year,
              const char     *program,
              gint64          org_unit,
              gboolean        part_time,
              int             course_no,
              const char     *lao_province,
              CohortLevel     level,
              const char     *start,
              guint           days,
              guint           size,
              gboolean        graded,
              GError        **error)
{
  g_autofree char *end = add_days (start, days);
  const char *status;
  int planned;
  DemoClass c = { 0 };

  if (strcmp (start, demo->today) > 0)
    status = "planned";
  else if (strcmp (end, demo->today) >= 0)
    status = "running";
  else
    status = "finished";

  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, year);
  sqlite3_bind_text (stmt, 3, program, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, org_unit);
  sqlite3_bind_text (stmt, 5, part_time ? "part-time" : "full-time", -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 6, course_no);
  sqlite3_bind_text (stmt, 7, lao_province, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, cohort_level_to_string (level), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, start, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, end, -1, SQLITE_TRANSIENT);
  planned = (int) size + g_rand_int_range (demo->rand, -3, 6);
  sqlite3_bind_int (stmt, 11, MAX (1, planned));
  sqlite3_bind_text (stmt, 12, status, -1, SQLITE_STATIC);
  if (!step (demo, stmt, error))
    return FALSE;

  c.id = sqlite3_last_insert_rowid (demo->store->db);
  c.size = size;
  c.year = year;
  c.finished = g_str_equal (status, "finished");
  c.graded = graded;
  g_strlcpy (c.start, start, sizeof c.start);
  g_array_append_val (demo->classes, c);
  return TRUE;
}

/* Domestic classes until their seats hold SEATS_PER_PERSON seats per person. */
static gboolean
insert_domestic_classes (Demo *demo, guint64 seats_wanted, GError **error)
{
  sqlite3_stmt *stmt = prepare_class_insert (demo->store, error);
  guint total_weight = 0;
  int course_no[G_N_ELEMENTS (programs)][N_YEARS] = { { 0 } };
  guint64 seats = 0;

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (programs); i++)
    total_weight += programs[i].weight;

  while (seats < seats_wanted)
    {
      int year = FIRST_YEAR + (int) g_rand_int_range (demo->rand, 0, N_YEARS);
      guint r = g_rand_int_range (demo->rand, 0, total_weight), pi = 0;
      const ProgramShape *shape;
      g_autofree char *start = NULL;
      g_autofree char *code = NULL;
      gint64 org_unit = demo->school_id;
      gboolean part_time = FALSE;
      guint size;
      int n;

      while (r >= programs[pi].weight)
        r -= programs[pi++].weight;
      shape = &programs[pi];
      size = g_rand_int_range (demo->rand, shape->min_size, shape->max_size + 1);
      size = MIN (size, demo->n_vietnamese);
      start = random_date (demo->rand, year);
      n = ++course_no[pi][year - FIRST_YEAR];

      /* District centres ran classes until 30/6/2025; afterwards the school does. */
      if (shape->at_district && strcmp (start, "2025-07-01") < 0)
        {
          guint d = g_rand_int_range (demo->rand, 0, cohort_demo_districts_len);

          org_unit = demo->centre_ids[d];
          code = g_strdup_printf ("%s%02d-%s", shape->prefix, n, cohort_demo_districts[d].short_code);
        }
      else if (g_str_equal (shape->program, "TCLLCT"))
        {
          part_time = g_rand_int_range (demo->rand, 0, 100) < 40;
          code = g_strdup_printf ("%s%d", part_time ? "K" : "B", (year - 2000) * 3 + n);
        }
      else
        code = g_strdup_printf ("%s%02d", shape->prefix, n);

      if (!insert_class (demo, stmt, code, year, shape->program, org_unit, part_time, n, NULL,
                         shape->level, start, part_time ? shape->days * 2 : shape->days, size,
                         g_str_equal (shape->program, "TCLLCT") ||
                         g_str_equal (shape->program, "BD_NGACH"), error))
        return FALSE;
      seats += size;
    }
  return TRUE;
}

static gboolean
insert_enrolment (Demo *demo, sqlite3_stmt *stmt, const DemoClass *c, gint64 person,
                  guint roster_no, GError **error)
{
  GRand *r = demo->rand;
  const char *status = "studying";
  const char *band = NULL;
  double score = 0;
  int roll = g_rand_int_range (r, 0, 1000);

  if (c->finished)
    {
      status = roll < 15 ? "withdrawn" : roll < 30 ? "deferred" : roll < 50 ? "not-graduated" : "graduated";
      if (c->graded && g_str_equal (status, "graduated"))
        {
          int b = g_rand_int_range (r, 0, 100);

          band = b < 4 ? "excellent" : b < 40 ? "very-good" : b < 92 ? "good" : "average";
          score = g_str_equal (band, "excellent") ? 9.0 + g_rand_int_range (r, 0, 10) / 10.0
                : g_str_equal (band, "very-good") ? 8.0 + g_rand_int_range (r, 0, 10) / 10.0
                : g_str_equal (band, "good") ? 7.0 + g_rand_int_range (r, 0, 10) / 10.0
                : 5.0 + g_rand_int_range (r, 0, 20) / 10.0;
        }
    }
  else if (roll < 10)
    status = "withdrawn";

  sqlite3_bind_int64 (stmt, 1, c->id);
  sqlite3_bind_int64 (stmt, 2, person);
  sqlite3_bind_int (stmt, 3, roster_no);
  sqlite3_bind_text (stmt, 4, status, -1, SQLITE_STATIC);
  if (band != NULL)
    {
      sqlite3_bind_text (stmt, 5, band, -1, SQLITE_STATIC);
      sqlite3_bind_double (stmt, 6, score);
    }
  else
    {
      sqlite3_bind_null (stmt, 5);
      sqlite3_bind_null (stmt, 6);
    }
  return step (demo, stmt, error);
}

static gboolean
cancelled (Demo *demo, GError **error)
{
  return g_cancellable_set_error_if_cancelled (demo->cancellable, error);
}

static void
report (Demo *demo, double fraction)
{
  if (demo->progress != NULL)
    demo->progress (fraction, demo->progress_data);
}

/* Fills every domestic class with distinct people: first each person once, in a
 * shuffled order, so that nobody is left without a class, then at random. */
static gboolean
insert_domestic_enrolments (Demo *demo, GError **error)
{
  sqlite3_stmt *stmt;
  g_autofree gint64 *order = g_new (gint64, demo->n_vietnamese);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint next = 0;

  stmt = prepare_enrolment_insert (demo->store, error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < demo->n_vietnamese; i++)
    order[i] = demo->first_person + i;
  for (guint i = demo->n_vietnamese; i > 1; i--)
    {
      guint j = g_rand_int_range (demo->rand, 0, i);
      gint64 t = order[i - 1];
      order[i - 1] = order[j];
      order[j] = t;
    }

  for (guint ci = 0; ci < demo->classes->len; ci++)
    {
      const DemoClass *c = &g_array_index (demo->classes, DemoClass, ci);
      g_autofree gint64 *members = g_new (gint64, c->size);

      if (ci % 256 == 0)
        {
          if (cancelled (demo, error))
            return FALSE;
          report (demo, 0.5 + 0.45 * ci / demo->classes->len);
        }

      g_hash_table_remove_all (seen);
      for (guint k = 0; k < c->size; k++)
        {
          gint64 person;

          do
            person = next < demo->n_vietnamese
                     ? order[next++]
                     : demo->first_person + g_rand_int_range (demo->rand, 0, demo->n_vietnamese);
          while (g_hash_table_contains (seen, &person));
          members[k] = person;
          g_hash_table_add (seen, &members[k]);
        }

      for (guint k = 0; k < c->size; k++)
        if (!insert_enrolment (demo, stmt, c, members[k], k + 1, error))
          return FALSE;
    }

  return TRUE;
}

/* Lao cohorts: about 25 cadres a class, one class a year per partner province
 * (Houaphanh every other year), the most recent years first; each cadre is in
 * one cohort. */
static gboolean
insert_lao_cohorts (Demo *demo, guint n_lao, GError **error)
{
  sqlite3_stmt *class_stmt = prepare_class_insert (demo->store, error);
  sqlite3_stmt *person_stmt = class_stmt ? prepare_person_insert (demo->store, error) : NULL;
  sqlite3_stmt *enrol_stmt = NULL;
  guint n_possible = 0, n_classes, made = 0;

  if (person_stmt == NULL)
    return FALSE;
  enrol_stmt = prepare_enrolment_insert (demo->store, error);
  if (enrol_stmt == NULL)
    return FALSE;

  for (int year = FIRST_YEAR; year <= LAST_YEAR; year++)
    for (guint p = 0; p < G_N_ELEMENTS (partners); p++)
      n_possible += (year - FIRST_YEAR) % partners[p].every == 0;
  n_classes = CLAMP (n_lao / 25, 1, n_possible);

  for (int year = LAST_YEAR; year >= FIRST_YEAR && n_classes > 0; year--)
    {
      guint course = year - FIRST_YEAR + 1;

      for (guint p = 0; p < G_N_ELEMENTS (partners) && n_classes > 0; p++)
        {
          g_autofree char *code = NULL;
          g_autofree char *start = g_strdup_printf ("%04d-09-%02d", year, 5 + (int) p);
          guint size;
          const DemoClass *c;

          if ((year - FIRST_YEAR) % partners[p].every != 0)
            continue;
          size = (n_lao - made) / n_classes--;
          code = g_strdup_printf ("Lào khóa %u-%s", course, partners[p].suffix);
          if (!insert_class (demo, class_stmt, code, year, "TCLLCT_LAO", demo->school_id, FALSE,
                             course, partners[p].code, COHORT_LEVEL_PROVINCE, start, 300, size,
                             TRUE, error))
            return FALSE;
          c = &g_array_index (demo->classes, DemoClass, demo->classes->len - 1);

          for (guint k = 0; k < size; k++)
            {
              g_autoptr(CohortPerson) person = cohort_person_new ();

              fill_lao (demo, person, p);
              if (!insert_person (demo, person_stmt, person, error))
                return FALSE;
              if (!insert_enrolment (demo, enrol_stmt, c,
                                     sqlite3_last_insert_rowid (demo->store->db), k + 1, error))
                return FALSE;
            }
          made += size;
          /* Lao cohorts are not filled with domestic cadres. */
          g_array_remove_index (demo->classes, demo->classes->len - 1);
        }
    }
  return TRUE;
}

/* Annual plans: targets near what was done, some years ahead, some behind. */
static gboolean
insert_plans (Demo *demo, GError **error)
{
  return _cohort_store_exec (demo->store,
                             "INSERT INTO plan (year, org_unit_id, program_type, level, "
                             "planned_classes, planned_students) "
                             "SELECT c.year, c.org_unit_id, c.program_type, c.level, "
                             "max (1, count(*) * (90 + (c.year * 7 + c.org_unit_id * 3 + length (c.program_type) * 13) % 25) / 100), "
                             "max (1, sum (c.planned_size) * (88 + (c.year * 5 + c.org_unit_id * 7 + length (c.program_type) * 11) % 27) / 100) "
                             "FROM class c GROUP BY c.year, c.org_unit_id, c.program_type, c.level",
                             error);
}


/**
 * cohort_store_generate_demo:
 * @n_students: number of people to create (about four enrolments each)
 * @seed: the random seed; the same seed gives the same data
 * @progress: (nullable): called now and then with the fraction done, from the calling thread
 *
 * Fills an empty database with demo data in one transaction: on error or
 * cancellation nothing is written.
 */
gboolean
cohort_store_generate_demo (CohortStore         *self,
                            guint                n_students,
                            guint32              seed,
                            CohortProgressFunc   progress,
                            gpointer             user_data,
                            GCancellable        *cancellable,
                            GError             **error)
{
  GPtrArray *indexes = NULL;   /* CREATE INDEX statements to run again */
  Demo demo = { 0 };
  CohortStoreCounts counts;
  sqlite3_stmt *stmt;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  guint n_lao;
  gboolean ok = FALSE;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);

  if (!cohort_store_get_counts (self, &counts, error))
    return FALSE;
  if (counts.people > 0 || counts.classes > 0)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("The database already holds %lld people. Demo data can only "
                     "be loaded into an empty database: create a new database file first."),
                   (long long) counts.people);
      return FALSE;
    }
  if (n_students < 100)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("Ask for at least 100 demo students."));
      return FALSE;
    }

  demo.store = self;
  demo.rand = g_rand_new_with_seed (seed);
  demo.progress = progress;
  demo.progress_data = user_data;
  demo.cancellable = cancellable;
  demo.classes = g_array_new (FALSE, FALSE, sizeof (DemoClass));
  g_strlcpy (demo.today, today, sizeof demo.today);

  n_lao = CLAMP (n_students / 100, 50, 1100);
  n_lao = MIN (n_lao, n_students / 3);
  demo.n_vietnamese = n_students - n_lao;

  /* A bulk load: a larger page cache for the indexes; still one transaction. */
  _cohort_store_exec (self, "PRAGMA cache_size = -262144", NULL);
  if (!_cohort_store_begin (self, error))
    goto out;

  /* Building an index once over a million rows is several times faster than
   * growing it row by row, above all the collated ones (position, unit). */
  indexes = _cohort_store_drop_indexes (self, error);
  if (indexes == NULL)
    goto out;

  /* The demo brings its own school, centres and signers: what the setup
   * entered in this empty database makes way for them. */
  if (cohort_store_is_setup_started (self) && !_cohort_store_clear_setup (self, error))
    goto out;
  if (!insert_org_units (&demo, error) || !insert_settings (&demo, error))
    goto out;

  stmt = prepare_person_insert (self, error);
  if (stmt == NULL)
    goto out;
  for (guint i = 0; i < demo.n_vietnamese; i++)
    {
      g_autoptr(CohortPerson) person = cohort_person_new ();

      if (i % 1024 == 0)
        {
          if (cancelled (&demo, error))
            goto out;
          report (&demo, 0.5 * i / demo.n_vietnamese);
        }
      fill_vietnamese (&demo, person);
      if (!insert_person (&demo, stmt, person, error))
        goto out;
      if (i == 0)
        demo.first_person = sqlite3_last_insert_rowid (self->db);
    }

  if (!insert_lao_cohorts (&demo, n_lao, error))
    goto out;
  if (!insert_domestic_classes (&demo, (guint64) demo.n_vietnamese * SEATS_PER_PERSON, error))
    goto out;
  if (!insert_domestic_enrolments (&demo, error))
    goto out;
  if (!insert_plans (&demo, error))
    goto out;
  report (&demo, 0.9);
  for (guint i = 0; i < indexes->len; i++)
    if (!_cohort_store_exec (self, g_ptr_array_index (indexes, i), error))
      goto out;
  /* Roster numbers follow the roster order of each class. */
  if (!_cohort_store_exec (self,
                           "UPDATE enrolment SET roster_no = r.n FROM "
                           "(SELECT e.id, row_number () OVER (PARTITION BY e.class_id "
                           "ORDER BY p.sort_key) AS n FROM enrolment e "
                           "JOIN person p ON p.id = e.person_id) AS r WHERE enrolment.id = r.id",
                           error))
    goto out;

  /* A demo database is set up. */
  for (CohortSetupStep s = 0; s < COHORT_SETUP_N_STEPS; s++)
    if (!_cohort_store_mark_setup_step (self, s, error))
      goto out;

  report (&demo, 0.97);
  if (!_cohort_store_commit (self, error))
    goto out;
  g_atomic_int_inc (&self->generation);
  _cohort_store_exec (self, "PRAGMA optimize", NULL);
  report (&demo, 1.0);
  ok = TRUE;

out:
  if (!ok)
    _cohort_store_rollback (self);
  _cohort_store_exec (self, "PRAGMA cache_size = -2000", NULL);
  g_clear_pointer (&indexes, g_ptr_array_unref);
  g_array_unref (demo.classes);
  g_rand_free (demo.rand);
  return ok;
}
