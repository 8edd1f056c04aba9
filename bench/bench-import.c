/* bench-import.c: importing a list of N people (default 100,000) from .csv
 * and .xlsx into a new database, against the raw limit: the same rows
 * inserted by one prepared statement in one transaction.
 *
 *   bench-import [N [REPEAT]]
 *
 * For each format, each phase of an import, in wall-clock time and CPU time
 * (the machine may be shared: CPU time is what the import itself used):
 *
 *   read   the file into people (cohort_import_plan_read)
 *   match  the records already in Cohort they stand for (cohort_store_match_people)
 *   write  the new people (cohort_store_import_people: checks, keys, audit
 *          rows, search and other indexes, one transaction)
 *
 * then two baselines, each timed from BEGIN to COMMIT:
 *
 *   raw     the limit: the rows already in memory (name, date of
 *           birth, unit, ID number as text) into a table of those four
 *           columns, one prepared INSERT, one transaction
 *   schema  the same rows into Cohort's own person table, with what any
 *           import must store for them: the sort key and the search text
 *           (computed in the loop), the search index and the other
 *           indexes (built once after the rows, the cheapest way); one
 *           prepared INSERT, one transaction
 *
 * and "again": matching the same list a second time, against the N people
 * now in the database. Memory: the resident size before reading, the heap
 * the plan holds once read (per row), and the peak resident size of the
 * match and write phases.
 * With REPEAT > 1 the medians follow the runs.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bench-common.h"

#include <glib/gstdio.h>
#include <malloc.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "cohort-collation.h"
#include "cohort-fold.h"
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
  char  birth_iso[11];
  char *unit;
  char  id[13];
  guint family, middle, given;
} Row;

/* One measure of every phase of one format. */
typedef struct
{
  double read_ms, read_cpu, match_ms, match_cpu, write_ms, write_cpu;
  double raw_ms, raw_cpu, schema_ms, schema_cpu, again_ms, again_cpu;
  double rss_before, plan_mb, peak_match, peak_write;   /* plan_mb: heap in use */
  double linked;
} Run;

enum { N_FIELDS = sizeof (Run) / sizeof (double) };

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* The bytes malloc () has handed out and not had back (glibc). */
static double
heap_mb (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return (info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
}

/* From now on, VmHWM is the peak of what follows. */
static void
reset_peak (void)
{
  g_file_set_contents ("/proc/self/clear_refs", "5", 1, NULL);
}

static double
rss_mb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, field);
  return line ? g_ascii_strtod (line + strlen (field), NULL) / 1024 : -1;
}

static Row *
make_rows (guint n)
{
  Row *rows = g_new0 (Row, n);

  for (guint i = 0; i < n; i++)
    {
      guint day = 1 + i % 28, month = 1 + (i / 28) % 12, year = 1960 + (i / 336) % 40;

      rows[i].family = i % 8;
      rows[i].middle = (i / 8) % 7;
      rows[i].given = (i / 56) % 10;
      rows[i].name = g_strdup_printf ("%s %s %s", families[rows[i].family], middles[rows[i].middle],
                                      givens[rows[i].given]);
      g_snprintf (rows[i].birth, sizeof rows[i].birth, "%02u/%02u/%04u", day, month, year);
      g_snprintf (rows[i].birth_iso, sizeof rows[i].birth_iso, "%04u-%02u-%02u", year, month, day);
      rows[i].unit = g_strdup_printf ("UBND xã số %u", i % 500);
      /* A citizen ID as cards have them: province, gender and century, year of birth */
      g_snprintf (rows[i].id, sizeof rows[i].id, "045%d%02u%06u", g_str_has_prefix (middles[rows[i].middle], "Thị"),
                  year % 100, i);
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
static void
raw_insert (const char *path, Row *rows, guint n, double *ms, double *cpu)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  double t0, c0;

  sqlite3_open (path, &db);
  sqlite3_exec (db, "PRAGMA journal_mode = WAL; CREATE TABLE person (id INTEGER PRIMARY KEY, full_name TEXT, "
                "birth_date TEXT, unit TEXT, id_number TEXT)", NULL, NULL, NULL);
  t0 = bench_now_ms ();
  c0 = cpu_ms ();
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
  *ms = bench_now_ms () - t0;
  *cpu = cpu_ms () - c0;
  sqlite3_close (db);
}

static int
collate (void *data, int a_len, const void *a, int b_len, const void *b)
{
  return cohort_collation_compare (GPOINTER_TO_INT (data), a, a_len, b, b_len);
}

/* The store's index of hometowns by province calls a function Cohort
 * registers on its own connections; the rows here have no hometown, for
 * which it gives NULL. */
static void
hometown_province (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  sqlite3_result_null (context);
}

static void
exec_or_die (sqlite3 *db, const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* The same rows into Cohort's person table, with their sort key and search
 * text, the search index and the other indexes built once at the end. */
static void
raw_schema_insert (const char *path, Row *rows, guint n, double *ms, double *cpu)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (path, &error);
  g_autoptr(GPtrArray) creates = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) drops = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GByteArray) key = g_byte_array_new ();
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  double t0, c0;

  if (store == NULL)
    g_error ("%s", error->message);
  g_clear_object (&store);   /* the schema is there */
  sqlite3_open (path, &db);
  sqlite3_create_collation_v2 (db, "vi", SQLITE_UTF8, GINT_TO_POINTER (COHORT_COLLATION_VI), collate, NULL);
  sqlite3_create_function_v2 (db, "hometown_province", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                              hometown_province, NULL, NULL, NULL);
  exec_or_die (db, "PRAGMA synchronous = NORMAL");   /* as Cohort; WAL is in the file */
  t0 = bench_now_ms ();
  c0 = cpu_ms ();
  exec_or_die (db, "BEGIN");
  sqlite3_prepare_v2 (db, "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'person' AND sql IS NOT NULL "
                      "AND (type = 'index' OR name = 'person_fts_insert')", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_ptr_array_add (drops, g_strdup_printf ("DROP %s \"%s\"",
                                               g_str_has_prefix ((const char *) sqlite3_column_text (stmt, 1),
                                                                 "CREATE TRIGGER") ? "TRIGGER" : "INDEX",
                                               sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (creates, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);
  for (guint i = 0; i < drops->len; i++)
    exec_or_die (db, g_ptr_array_index (drops, i));
  sqlite3_prepare_v2 (db, "INSERT INTO person (family_name, middle_name, given_name, birth_date, unit, id_number, "
                      "sort_key, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", -1, &stmt, NULL);
  for (guint i = 0; i < n; i++)
    {
      const char *parts[] = { givens[rows[i].given], middles[rows[i].middle], families[rows[i].family] };
      g_autofree char *text = g_strdup_printf ("%s %s", rows[i].name, rows[i].id);
      char *search = cohort_fold (text);
      guint8 group = 0x01;   /* Vietnamese names, as cohort_person_dup_sort_key () */

      g_byte_array_set_size (key, 0);
      g_byte_array_append (key, &group, 1);
      cohort_collation_append_key (COHORT_COLLATION_VI, parts, 3, key);
      sqlite3_bind_text (stmt, 1, families[rows[i].family], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, middles[rows[i].middle], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, givens[rows[i].given], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, rows[i].birth_iso, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, rows[i].unit, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, rows[i].id, -1, SQLITE_STATIC);
      sqlite3_bind_blob (stmt, 7, key->data, (int) key->len, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 8, search, -1, g_free);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        g_error ("%s", sqlite3_errmsg (db));
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  exec_or_die (db, "INSERT INTO person_fts (rowid, search_text) SELECT id, search_text FROM person");
  for (guint i = 0; i < creates->len; i++)
    exec_or_die (db, g_ptr_array_index (creates, i));
  exec_or_die (db, "COMMIT");
  *ms = bench_now_ms () - t0;
  *cpu = cpu_ms () - c0;
  sqlite3_close (db);
}

static void
match (CohortStore *store, GPtrArray *people, gint64 *existing, double *ms, double *cpu)
{
  g_autoptr(GError) error = NULL;
  double t0 = bench_now_ms (), c0 = cpu_ms ();

  if (!cohort_store_match_people (store, people, existing, NULL, &error))
    g_error ("%s", error->message);
  *ms = bench_now_ms () - t0;
  *cpu = cpu_ms () - c0;
}

static void
run (Run *r, const char *format, const char *file, const char *dir, Row *rows, guint n, guint k)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db_path = g_strdup_printf ("%s/%s-%u.db", dir, format, k);
  g_autofree char *raw_path = g_strdup_printf ("%s/%s-raw-%u.db", dir, format, k);
  g_autofree char *schema_path = g_strdup_printf ("%s/%s-schema-%u.db", dir, format, k);
  g_autoptr(CohortStore) store = cohort_store_open (db_path, &error);
  g_autoptr(CohortImportPlan) plan = NULL;
  g_autoptr(GPtrArray) people = g_ptr_array_new ();
  g_autofree gint64 *existing = NULL;
  guint created = 0, linked = 0;
  double t0, c0;

  if (store == NULL)
    g_error ("%s", error->message);
  r->rss_before = rss_mb ("VmRSS:");
  r->plan_mb = heap_mb ();
  t0 = bench_now_ms ();
  c0 = cpu_ms ();
  plan = cohort_import_plan_read (file, NULL, NULL, &error);
  if (plan == NULL)
    g_error ("%s", error->message);
  r->read_ms = bench_now_ms () - t0;
  r->read_cpu = cpu_ms () - c0;
  r->plan_mb = heap_mb () - r->plan_mb;
  for (guint i = 0; i < plan->rows->len; i++)
    g_ptr_array_add (people, ((CohortImportRow *) g_ptr_array_index (plan->rows, i))->person);
  existing = g_new0 (gint64, people->len);

  reset_peak ();
  match (store, people, existing, &r->match_ms, &r->match_cpu);
  r->peak_match = rss_mb ("VmHWM:");

  reset_peak ();
  t0 = bench_now_ms ();
  c0 = cpu_ms ();
  if (!cohort_store_import_people (store, 0, people, existing, NULL, NULL, &created, NULL, NULL, NULL, NULL, &error))
    g_error ("%s", error->message);
  r->write_ms = bench_now_ms () - t0;
  r->write_cpu = cpu_ms () - c0;
  r->peak_write = rss_mb ("VmHWM:");

  /* The same list again, against everyone now in the database (each
   * person is found by the ID number; many also by name and date of birth
   * with others, and stay new) */
  for (guint i = 0; i < people->len; i++)
    cohort_person_set_id (g_ptr_array_index (people, i), 0);
  match (store, people, existing, &r->again_ms, &r->again_cpu);
  for (guint i = 0; i < people->len; i++)
    linked += existing[i] != 0;
  if (created != n)
    g_error ("%s: %u created of %u", format, created, n);
  r->linked = linked;

  raw_insert (raw_path, rows, n, &r->raw_ms, &r->raw_cpu);
  raw_schema_insert (schema_path, rows, n, &r->schema_ms, &r->schema_cpu);
}

static void
print_run (const char *label, const Run *r, guint n)
{
  double total = r->read_ms + r->match_ms + r->write_ms;
  double total_cpu = r->read_cpu + r->match_cpu + r->write_cpu;

  printf ("%-12s read %5.0f (%5.0f) + match %4.0f (%4.0f) + write %5.0f (%5.0f) = %5.0f (%5.0f) ms | "
          "raw %4.0f (%4.0f) | schema %5.0f (%5.0f) | ratio %4.1f× (%4.1f×) raw, %3.1f× (%3.1f×) schema | "
          "again %4.0f (%4.0f) | RSS %3.0f MB + plan %3.0f MB (%.0f B/row), peak match %3.0f, write %3.0f MB\n",
          label, r->read_ms, r->read_cpu, r->match_ms, r->match_cpu, r->write_ms, r->write_cpu, total, total_cpu,
          r->raw_ms, r->raw_cpu, r->schema_ms, r->schema_cpu, total / r->raw_ms, total_cpu / r->raw_cpu,
          total / r->schema_ms, total_cpu / r->schema_cpu, r->again_ms, r->again_cpu, r->rss_before, r->plan_mb,
          r->plan_mb * 1024 * 1024 / n, r->peak_match, r->peak_write);
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Each figure's median over the runs, on its own. */
static Run
median (const Run *runs, guint n_runs)
{
  Run m;
  double *out = (double *) &m;

  for (guint f = 0; f < N_FIELDS; f++)
    {
      g_autofree double *values = g_new (double, n_runs);

      for (guint k = 0; k < n_runs; k++)
        values[k] = ((const double *) &runs[k])[f];
      qsort (values, n_runs, sizeof (double), compare_doubles);
      out[f] = n_runs % 2 ? values[n_runs / 2] : (values[n_runs / 2 - 1] + values[n_runs / 2]) / 2;
    }
  return m;
}

int
main (int argc, char **argv)
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  guint repeat = argc > 2 ? MAX (1, (guint) g_ascii_strtoull (argv[2], NULL, 10)) : 1;
  g_autofree char *dir = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *xlsx = NULL;
  const char *formats[] = { "csv", "xlsx" };
  const char *files[2];
  g_autofree Run *runs = NULL;
  Row *rows;

  /* GSlice keeps what is freed for later: a second run would take the
   * people of the first run's memory without asking malloc (), and the
   * heap figure would miss them. GLib reads this before main (). */
  if (g_strcmp0 (g_getenv ("G_SLICE"), "always-malloc") != 0)
    {
      g_setenv ("G_SLICE", "always-malloc", TRUE);
      execv ("/proc/self/exe", argv);
    }
  cohort_platform_init ();
  dir = g_dir_make_tmp ("cohort-bench-import-XXXXXX", NULL);
  files[0] = csv = g_build_filename (dir, "list.csv", NULL);
  files[1] = xlsx = g_build_filename (dir, "list.xlsx", NULL);
  runs = g_new0 (Run, 2 * repeat);
  rows = make_rows (n);
  write_csv (csv, rows, n);
  write_xlsx (xlsx, rows, n);

  printf ("%u people; times in ms, wall clock (CPU); ratio: read + match + write against each baseline\n", n);
  for (guint k = 0; k < repeat; k++)
    for (guint f = 0; f < 2; f++)
      {
        g_autofree char *label = g_strdup_printf ("%s #%u", formats[f], k + 1);

        run (&runs[f * repeat + k], formats[f], files[f], dir, rows, n, k);
        print_run (label, &runs[f * repeat + k], n);
        fflush (stdout);
      }
  if (repeat > 1)
    for (guint f = 0; f < 2; f++)
      {
        g_autofree char *label = g_strdup_printf ("%s median", formats[f]);
        Run m = median (&runs[f * repeat], repeat);

        print_run (label, &m, n);
      }
  printf ("(files and databases in %s)\n", dir);
  return 0;
}
