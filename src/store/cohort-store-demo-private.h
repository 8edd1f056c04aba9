/* cohort-store-demo-private.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the files of the demo generator only: cohort-store-demo.c (the
 * school, its people and plans, and the one transaction) and
 * cohort-store-demo-classes.c (the classes and their enrolments).
 */
#pragma once

#include <stdio.h>

#include "cohort-store-private.h"

G_BEGIN_DECLS

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

static inline gboolean
step (Demo *demo, sqlite3_stmt *stmt, GError **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _cohort_store_set_error (demo->store, rc, error);
  return TRUE;
}

static inline char *
random_date (GRand *rand, int year)
{
  return g_strdup_printf ("%04d-%02d-%02d", year, g_rand_int_range (rand, 1, 13),
                          g_rand_int_range (rand, 1, 29));
}

static inline char *
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

static inline gboolean
cancelled (Demo *demo, GError **error)
{
  return g_cancellable_set_error_if_cancelled (demo->cancellable, error);
}

static inline void
report (Demo *demo, double fraction)
{
  if (demo->progress != NULL)
    demo->progress (fraction, demo->progress_data);
}

/* cohort-store-demo.c: the people */
sqlite3_stmt *_cohort_demo_prepare_person_insert   (CohortStore   *store,
                                                    GError       **error);
void          _cohort_demo_fill_lao                (Demo          *demo,
                                                    CohortPerson  *p,
                                                    guint          partner);
gboolean      _cohort_demo_insert_person           (Demo          *demo,
                                                    sqlite3_stmt  *stmt,
                                                    CohortPerson  *p,
                                                    GError       **error);

/* cohort-store-demo-classes.c: the classes and their enrolments */
gboolean      _cohort_demo_insert_lao_cohorts         (Demo     *demo,
                                                       guint     n_lao,
                                                       GError  **error);
gboolean      _cohort_demo_insert_domestic_classes    (Demo     *demo,
                                                       guint64   seats_wanted,
                                                       GError  **error);
gboolean      _cohort_demo_insert_domestic_enrolments (Demo     *demo,
                                                       GError  **error);

G_END_DECLS
