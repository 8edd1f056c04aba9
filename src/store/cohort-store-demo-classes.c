/* cohort-store-demo-classes.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The classes of the demo data: the school's and the centres' classes of
 * every program from 2016 to 2026, filled with distinct cadres and graded
 * when finished, and the Lao cohorts with cadres of their own.
 */
#define G_LOG_DOMAIN "cohort-demo"

#include "config.h"

#include <string.h>

#include "cohort-demo-data.h"
#include "cohort-store-demo-private.h"

#define FIRST_YEAR 2016
#define LAST_YEAR  2026
#define N_YEARS    (LAST_YEAR - FIRST_YEAR + 1)

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
gboolean
_cohort_demo_insert_domestic_classes (Demo *demo, guint64 seats_wanted, GError **error)
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

/* Fills every domestic class with distinct people: first each person once, in a
 * shuffled order, so that nobody is left without a class, then at random. */
gboolean
_cohort_demo_insert_domestic_enrolments (Demo *demo, GError **error)
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
gboolean
_cohort_demo_insert_lao_cohorts (Demo *demo, guint n_lao, GError **error)
{
  sqlite3_stmt *class_stmt = prepare_class_insert (demo->store, error);
  sqlite3_stmt *person_stmt = class_stmt ? _cohort_demo_prepare_person_insert (demo->store, error)
                                          : NULL;
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

              _cohort_demo_fill_lao (demo, person, p);
              if (!_cohort_demo_insert_person (demo, person_stmt, person, error))
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
