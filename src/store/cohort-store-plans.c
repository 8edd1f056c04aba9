/* cohort-store-plans.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Annual plans: for each year and host (the school or a centre), how many
 * classes and students are planned per program and level. The plan of a year
 * and host is written as a whole, as the office sets it each year.
 */
#define G_LOG_DOMAIN "cohort-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cohort-json.h"
#include "cohort-store-private.h"

#define PLAN_SELECT \
  "SELECT p.id, p.year, p.org_unit_id, p.program_type, p.level, p.planned_classes, " \
  "p.planned_students FROM plan p JOIN org_unit o ON o.id = p.org_unit_id " \
  "JOIN program_type pt ON pt.code = p.program_type "
/* Hosts as the lists of hosts show them; levels from the top down, "not set" last. */
#define PLAN_ORDER \
  "ORDER BY p.year DESC, o.kind = 'school' DESC, o.name COLLATE vi, o.id, pt.sort_order, pt.code, " \
  "CASE p.level WHEN 'province' THEN 0 WHEN 'district' THEN 1 WHEN 'commune' THEN 2 ELSE 3 END"

/**
 * cohort_plan_line_new:
 * @program: a program type code
 *
 * Returns: (transfer full): a line not written yet (id 0, no year or host)
 */
CohortPlanLine *
cohort_plan_line_new (const char  *program,
                      CohortLevel  level,
                      int          planned_classes,
                      int          planned_students)
{
  CohortPlanLine *line = g_new0 (CohortPlanLine, 1);

  line->program = g_strdup (program);
  line->level = level;
  line->planned_classes = planned_classes;
  line->planned_students = planned_students;
  return line;
}

/**
 * cohort_plan_line_copy:
 *
 * Returns: (transfer full): a copy of @line
 */
CohortPlanLine *
cohort_plan_line_copy (const CohortPlanLine *line)
{
  CohortPlanLine *copy;

  g_return_val_if_fail (line != NULL, NULL);

  copy = g_memdup2 (line, sizeof *line);
  copy->program = g_strdup (line->program);
  return copy;
}

void
cohort_plan_line_free (CohortPlanLine *line)
{
  if (line == NULL)
    return;
  g_free (line->program);
  g_free (line);
}

static CohortPlanLine *
read_line (sqlite3_stmt *stmt)
{
  CohortPlanLine *line = g_new0 (CohortPlanLine, 1);

  line->id = sqlite3_column_int64 (stmt, 0);
  line->year = sqlite3_column_int (stmt, 1);
  line->host_id = sqlite3_column_int64 (stmt, 2);
  line->program = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  line->level = cohort_level_from_string ((const char *) sqlite3_column_text (stmt, 4));
  line->planned_classes = sqlite3_column_int (stmt, 5);
  line->planned_students = sqlite3_column_int (stmt, 6);
  return line;
}

/**
 * cohort_store_list_plan_lines:
 * @year: the year, or 0 for every year (newest first)
 * @host_id: the org unit, or 0 for every host
 *
 * Returns: (transfer full) (element-type CohortPlanLine): the lines of the
 *   plan, by host (the school first, then by name), program (in the order of
 *   the program types) and level (province, district, commune, not set)
 */
GPtrArray *
cohort_store_list_plan_lines (CohortStore  *self,
                              int           year,
                              gint64        host_id,
                              GError      **error)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_plan_line_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  stmt = _cohort_store_prepare (self,
                                PLAN_SELECT "WHERE (?1 = 0 OR p.year = ?1) AND (?2 = 0 OR p.org_unit_id = ?2) "
                                PLAN_ORDER, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_int64 (stmt, 2, host_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (lines, read_line (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&lines);
}

/**
 * cohort_store_list_plan_years:
 *
 * Returns: (transfer full) (element-type int): the years that have a plan,
 *   newest first
 */
GArray *
cohort_store_list_plan_years (CohortStore  *self,
                              GError      **error)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  stmt = _cohort_store_prepare (self, "SELECT DISTINCT year FROM plan ORDER BY year DESC", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (stmt, 0);

      g_array_append_val (years, year);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&years);
}

/* The words the lists show for a level (the same as the window's). */
static const char *
level_label (CohortLevel level)
{
  switch (level)
    {
    case COHORT_LEVEL_PROVINCE:
      return _("Province");
    case COHORT_LEVEL_DISTRICT:
      return _("District");
    case COHORT_LEVEL_COMMUNE:
      return _("Commune");
    case COHORT_LEVEL_UNKNOWN:
    default:
      return _("Not set");
    }
}

static gboolean
host_exists (CohortStore  *self,
             gint64        host_id,
             GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _cohort_store_prepare (self, "SELECT 1 FROM org_unit WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, host_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc == SQLITE_DONE)
    g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                 _("Cohort has no school or centre with the number %lld. "
                   "Choose one of the hosts Cohort lists."), (long long) host_id);
  else
    _cohort_store_set_error (self, rc, error);
  return FALSE;
}

static char *
line_key (const char  *program,
          CohortLevel  level)
{
  return g_strdup_printf ("%s\x1f%d", program, (int) level);
}

static gboolean
check_count (int          count,
             const char  *what,
             const char  *program_name,
             CohortLevel  level,
             GError     **error)
{
  if (count >= 0 && count <= COHORT_PLAN_MAX_COUNT)
    return TRUE;
  if (g_str_equal (what, "classes"))
    g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                 _("The number of classes planned for %s, level “%s”, must be from 0 to %d, not %d. "
                   "Correct the number."), program_name, level_label (level), COHORT_PLAN_MAX_COUNT, count);
  else
    g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                 _("The number of students planned for %s, level “%s”, must be from 0 to %d, not %d. "
                   "Correct the number."), program_name, level_label (level), COHORT_PLAN_MAX_COUNT, count);
  return FALSE;
}

/* Everything a plan must be, checked before anything is written. */
static gboolean
check_plan (CohortStore  *self,
            int           year,
            gint64        host_id,
            GPtrArray    *lines,
            GError      **error)
{
  g_autoptr(GPtrArray) programs = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (year < COHORT_PLAN_MIN_YEAR || year > COHORT_PLAN_MAX_YEAR)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("A plan is for a year from %d to %d, not %d. Correct the year."),
                   COHORT_PLAN_MIN_YEAR, COHORT_PLAN_MAX_YEAR, year);
      return FALSE;
    }
  if (!host_exists (self, host_id, error))
    return FALSE;

  programs = cohort_store_list_choices (self, COHORT_CHOICE_PROGRAM, error);
  if (programs == NULL)
    return FALSE;
  for (guint i = 0; i < programs->len; i++)
    {
      CohortChoice *choice = g_ptr_array_index (programs, i);

      g_hash_table_insert (names, choice->code, choice->name);
    }

  for (guint i = 0; i < lines->len; i++)
    {
      CohortPlanLine *line = g_ptr_array_index (lines, i);
      const char *name = line->program ? g_hash_table_lookup (names, line->program) : NULL;
      char *key;

      if (line->program == NULL || *line->program == '\0')
        {
          g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                       _("A line of the plan has no program. Choose the program of each line."));
          return FALSE;
        }
      if (name == NULL)
        {
          g_autoptr(GString) codes = g_string_new (NULL);

          for (guint j = 0; j < programs->len; j++)
            g_string_append_printf (codes, "%s%s", j ? ", " : "",
                                    ((CohortChoice *) g_ptr_array_index (programs, j))->code);
          g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                       _("Cohort has no program “%s”. Choose one of: %s."), line->program, codes->str);
          return FALSE;
        }
      if ((guint) line->level > COHORT_LEVEL_COMMUNE)
        {
          g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                       _("A line of the plan for %s has a level Cohort does not know. "
                         "Choose province, district, commune or not set."), name);
          return FALSE;
        }
      if (!check_count (line->planned_classes, "classes", name, line->level, error) ||
          !check_count (line->planned_students, "students", name, line->level, error))
        return FALSE;

      key = line_key (line->program, line->level);
      if (!g_hash_table_add (seen, key))
        {
          g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                       _("The plan has two lines for %s, level “%s”. Keep one line for each program and "
                         "level: remove one of them or change its level."), name, level_label (line->level));
          return FALSE;
        }
    }
  return TRUE;
}

static char *
line_json (const CohortPlanLine *line,
           int                   year,
           gint64                host_id)
{
  GString *s = g_string_new ("{");

  cohort_json_append_int (s, "year", year);
  cohort_json_append_int (s, "host_id", host_id);
  cohort_json_append_member (s, "program", line->program);
  cohort_json_append_member (s, "level", cohort_level_to_string (line->level));
  cohort_json_append_int (s, "classes", line->planned_classes);
  cohort_json_append_int (s, "students", line->planned_students);
  g_string_append_c (s, '}');
  return g_string_free (s, FALSE);
}

static gboolean
delete_line (CohortStore           *self,
             const CohortPlanLine  *old,
             GError               **error)
{
  g_autofree char *json = line_json (old, old->year, old->host_id);
  sqlite3_stmt *stmt;

  stmt = _cohort_store_prepare (self, "DELETE FROM plan WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, old->id);
  return _cohort_store_step_done (self, stmt, error) &&
         _cohort_store_audit (self, "plan", old->id, "delete", json, NULL, error);
}

/* Writes @line over @old (or as a new row); sets the line's id. */
static gboolean
write_line (CohortStore           *self,
            int                    year,
            gint64                 host_id,
            const CohortPlanLine  *old,
            CohortPlanLine        *line,
            GError               **error)
{
  g_autofree char *old_json = old ? line_json (old, year, host_id) : NULL;
  g_autofree char *new_json = line_json (line, year, host_id);
  sqlite3_stmt *stmt;

  if (old != NULL && g_str_equal (old_json, new_json))
    {
      line->id = old->id;
      return TRUE;
    }

  if (old != NULL)
    {
      stmt = _cohort_store_prepare (self, "UPDATE plan SET planned_classes = ?, planned_students = ? "
                                    "WHERE id = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 1, line->planned_classes);
      sqlite3_bind_int (stmt, 2, line->planned_students);
      sqlite3_bind_int64 (stmt, 3, old->id);
      if (!_cohort_store_step_done (self, stmt, error))
        return FALSE;
      line->id = old->id;
      return _cohort_store_audit (self, "plan", line->id, "update", old_json, new_json, error);
    }

  stmt = _cohort_store_prepare (self, "INSERT INTO plan (year, org_unit_id, program_type, level, "
                                "planned_classes, planned_students) VALUES (?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_int64 (stmt, 2, host_id);
  sqlite3_bind_text (stmt, 3, line->program, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, cohort_level_to_string (line->level), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, line->planned_classes);
  sqlite3_bind_int (stmt, 6, line->planned_students);
  if (!_cohort_store_step_done (self, stmt, error))
    return FALSE;
  line->id = sqlite3_last_insert_rowid (self->db);
  return _cohort_store_audit (self, "plan", line->id, "create", NULL, new_json, error);
}

/**
 * cohort_store_save_plan:
 * @year: the year of the plan
 * @host_id: the org unit (the school or a centre) the plan is for
 * @lines: (element-type CohortPlanLine): the whole plan of @year and @host_id;
 *   an empty array deletes it
 *
 * Replaces the plan of @year and @host_id with @lines. Everything is checked
 * first (a known host and program types, a year from 1990 to 2100, numbers
 * from 0 to 100000, one line per program and level); then the lines that
 * change are written in one transaction, each with an audit row (create,
 * update or delete, old and new values as JSON). Nothing is written when a
 * line is refused. On success each line's id, year and host_id are those
 * written; the year and host_id the lines had are not used.
 *
 * Returns: %TRUE on success
 */
gboolean
cohort_store_save_plan (CohortStore  *self,
                        int           year,
                        gint64        host_id,
                        GPtrArray    *lines,
                        GError      **error)
{
  g_autoptr(GPtrArray) old_lines = NULL;
  g_autoptr(GHashTable) old_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) kept = g_hash_table_new (NULL, NULL);
  gint64 changes_before;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (lines != NULL, FALSE);

  if (!check_plan (self, year, host_id, lines, error))
    return FALSE;

  if (!_cohort_store_begin (self, error))
    return FALSE;
  changes_before = sqlite3_total_changes64 (self->db);

  /* Read inside the transaction: what is replaced is what is there now. */
  old_lines = cohort_store_list_plan_lines (self, year, host_id, error);
  if (old_lines == NULL)
    goto fail;
  for (guint i = 0; i < old_lines->len; i++)
    {
      CohortPlanLine *old = g_ptr_array_index (old_lines, i);

      g_hash_table_insert (old_by_key, line_key (old->program, old->level), old);
    }

  for (guint i = 0; i < lines->len; i++)
    {
      CohortPlanLine *line = g_ptr_array_index (lines, i);
      g_autofree char *key = line_key (line->program, line->level);
      CohortPlanLine *old = g_hash_table_lookup (old_by_key, key);

      if (!write_line (self, year, host_id, old, line, error))
        goto fail;
      if (old != NULL)
        g_hash_table_add (kept, old);
    }
  for (guint i = 0; i < old_lines->len; i++)
    {
      CohortPlanLine *old = g_ptr_array_index (old_lines, i);

      if (!g_hash_table_contains (kept, old) && !delete_line (self, old, error))
        goto fail;
    }

  if (sqlite3_total_changes64 (self->db) == changes_before)
    {
      /* The plan was already so: nothing to write. */
      _cohort_store_rollback (self);
    }
  else
    {
      if (!_cohort_store_commit (self, error))
        goto fail;
      cohort_store_note_change (self);
    }

  for (guint i = 0; i < lines->len; i++)
    {
      CohortPlanLine *line = g_ptr_array_index (lines, i);

      line->year = year;
      line->host_id = host_id;
    }
  return TRUE;

fail:
  _cohort_store_rollback (self);
  /* The ids given to new lines were not kept. */
  for (guint i = 0; i < lines->len; i++)
    {
      CohortPlanLine *line = g_ptr_array_index (lines, i);
      g_autofree char *key = line_key (line->program, line->level);
      CohortPlanLine *old = g_hash_table_lookup (old_by_key, key);

      line->id = old ? old->id : 0;
    }
  return FALSE;
}
