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
 * The same seed and size always give the same database. The classes and their
 * enrolments are made in cohort-store-demo-classes.c.
 */
#define G_LOG_DOMAIN "cohort-demo"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cohort-demo-data.h"
#include "cohort-name.h"
#include "cohort-store-demo-private.h"

#define SEATS_PER_PERSON 4

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

sqlite3_stmt *
_cohort_demo_prepare_person_insert (CohortStore *store, GError **error)
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

void
_cohort_demo_fill_lao (Demo *demo, CohortPerson *p, guint partner)
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

gboolean
_cohort_demo_insert_person (Demo *demo, sqlite3_stmt *stmt, CohortPerson *p, GError **error)
{
  _cohort_store_bind_person (stmt, p);
  return step (demo, stmt, error);
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

  stmt = _cohort_demo_prepare_person_insert (self, error);
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
      if (!_cohort_demo_insert_person (&demo, stmt, person, error))
        goto out;
      if (i == 0)
        demo.first_person = sqlite3_last_insert_rowid (self->db);
    }

  if (!_cohort_demo_insert_lao_cohorts (&demo, n_lao, error))
    goto out;
  if (!_cohort_demo_insert_domestic_classes (&demo, (guint64) demo.n_vietnamese * SEATS_PER_PERSON,
                                             error))
    goto out;
  if (!_cohort_demo_insert_domestic_enrolments (&demo, error))
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
