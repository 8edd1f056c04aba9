/* bench-import.c: importing a list of N people (default 100,000) from .csv
 * and .xlsx into a new database, against the raw limit: the same rows
 * inserted by one prepared statement in one transaction.
 *
 *   bench-import [N]
 *
 * Prints, for each format: reading the file into people (cohort_import_plan_read),
 * writing them (cohort_store_import_people: checks, keys, audit rows, one
 * transaction), the total, the raw insert, the ratio, and peak RSS.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bench-common.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "cohort-import-plan.h"
#include "cohort-platform.h"
#include "cohort-store.h"

static const char *const families[] = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Phan", "Đặng" };
static const char *const middles[] = { "Văn", "Thị", "Đức", "Minh", "Thị Thu", "Hữu", "Ngọc" };
static const char *const givens[] = { "An", "Bình", "Dũng", "Đức", "Hương", "Lan", "Mai", "Nam", "Tâm", "Yến" };

typedef struct
{
  char *name;
  char  birth[11];
  char *unit;
  char  id[13];
} Row;

static Row *
make_rows (guint n)
{
  Row *rows = g_new0 (Row, n);

  for (guint i = 0; i < n; i++)
    {
      rows[i].name = g_strdup_printf ("%s %s %s", families[i % 8], middles[(i / 8) % 7], givens[(i / 56) % 10]);
      g_snprintf (rows[i].birth, sizeof rows[i].birth, "%02u/%02u/%04u", 1 + i % 28, 1 + (i / 28) % 12,
                  1960 + (i / 336) % 40);
      rows[i].unit = g_strdup_printf ("UBND xã số %u", i % 500);
      g_snprintf (rows[i].id, sizeof rows[i].id, "0451%08u", i);
    }
  return rows;
}

static void
write_csv (const char *path, Row *rows, guint n)
{
  FILE *f = fopen (path, "w");

  fputs ("STT,Họ và tên,Ngày sinh,Đơn vị công tác,Số CCCD\n", f);
  for (guint i = 0; i < n; i++)
    fprintf (f, "%u,%s,%s,%s,%s\n", i + 1, rows[i].name, rows[i].birth, rows[i].unit, rows[i].id);
  fclose (f);
}

static void
write_xlsx (const char *path, Row *rows, guint n)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  lxw_workbook *book = workbook_new_opt (path, &options);
  lxw_worksheet *sheet = workbook_add_worksheet (book, NULL);
  const char *headers[] = { "STT", "Họ và tên", "Ngày sinh", "Đơn vị công tác", "Số CCCD" };

  for (guint c = 0; c < 5; c++)
    worksheet_write_string (sheet, 0, c, headers[c], NULL);
  for (guint i = 0; i < n; i++)
    {
      worksheet_write_number (sheet, i + 1, 0, i + 1, NULL);
      worksheet_write_string (sheet, i + 1, 1, rows[i].name, NULL);
      worksheet_write_string (sheet, i + 1, 2, rows[i].birth, NULL);
      worksheet_write_string (sheet, i + 1, 3, rows[i].unit, NULL);
      worksheet_write_string (sheet, i + 1, 4, rows[i].id, NULL);
    }
  workbook_close (book);
}

/* The raw limit: the rows already in memory, one prepared INSERT, one transaction. */
static double
raw_insert (const char *path, Row *rows, guint n)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  double t0;

  sqlite3_open (path, &db);
  sqlite3_exec (db, "PRAGMA journal_mode = WAL; CREATE TABLE person (id INTEGER PRIMARY KEY, full_name TEXT, "
                "birth_date TEXT, unit TEXT, id_number TEXT)", NULL, NULL, NULL);
  t0 = bench_now_ms ();
  sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO person (full_name, birth_date, unit, id_number) VALUES (?, ?, ?, ?)", -1,
                      &stmt, NULL);
  for (guint i = 0; i < n; i++)
    {
      sqlite3_bind_text (stmt, 1, rows[i].name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, rows[i].birth, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, rows[i].unit, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, rows[i].id, -1, SQLITE_STATIC);
      sqlite3_step (stmt);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);
  return bench_now_ms () - t0;
}

static void
run (const char *format, const char *file, const char *dir, Row *rows, guint n)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db_path = g_strdup_printf ("%s/%s.db", dir, format);
  g_autofree char *raw_path = g_strdup_printf ("%s/%s-raw.db", dir, format);
  g_autoptr(CohortStore) store = cohort_store_open (db_path, &error);
  g_autoptr(CohortImportPlan) plan = NULL;
  g_autoptr(GPtrArray) people = g_ptr_array_new ();
  double t0, read_ms, write_ms, raw_ms;
  guint created = 0;

  t0 = bench_now_ms ();
  plan = cohort_import_plan_read (file, NULL, NULL, &error);
  if (plan == NULL)
    g_error ("%s", error->message);
  read_ms = bench_now_ms () - t0;
  for (guint i = 0; i < plan->rows->len; i++)
    g_ptr_array_add (people, ((CohortImportRow *) g_ptr_array_index (plan->rows, i))->person);

  t0 = bench_now_ms ();
  if (!cohort_store_import_people (store, 0, people, NULL, &created, NULL, NULL, NULL, NULL, &error))
    g_error ("%s", error->message);
  write_ms = bench_now_ms () - t0;
  raw_ms = raw_insert (raw_path, rows, n);

  printf ("%-5s %u people: read %.0f ms + write %.0f ms = %.0f ms | raw insert %.0f ms | ratio %.1f× | "
          "peak RSS %ld MB\n", format, created, read_ms, write_ms, read_ms + write_ms, raw_ms,
          (read_ms + write_ms) / raw_ms, bench_rss_mb ("VmHWM:"));
}

int
main (int argc, char **argv)
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  g_autofree char *dir = g_dir_make_tmp ("cohort-bench-import-XXXXXX", NULL);
  g_autofree char *csv = g_build_filename (dir, "list.csv", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "list.xlsx", NULL);
  Row *rows;

  cohort_platform_init ();
  rows = make_rows (n);
  write_csv (csv, rows, n);
  write_xlsx (xlsx, rows, n);

  run ("csv", csv, dir, rows, n);
  run ("xlsx", xlsx, dir, rows, n);
  printf ("(files and databases in %s)\n", dir);
  return 0;
}
