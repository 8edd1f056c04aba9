/* cohort-store-classes.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cohort-check.h"
#include "cohort-date.h"
#include "cohort-fold.h"
#include "cohort-json.h"
#include "cohort-store-private.h"

CohortClass *
_cohort_store_read_class (sqlite3_stmt *stmt)
{
  CohortClass *klass = cohort_class_new ();
  static const CohortClassField texts[] = {
    COHORT_CLASS_CODE, COHORT_CLASS_PROGRAM, COHORT_CLASS_PROGRAM_NAME, COHORT_CLASS_HOST,
  };

  cohort_class_set_number (klass, COHORT_CLASS_ID, sqlite3_column_int64 (stmt, 0));
  cohort_class_set_text (klass, texts[0], (const char *) sqlite3_column_text (stmt, 1));
  cohort_class_set_number (klass, COHORT_CLASS_YEAR, sqlite3_column_int64 (stmt, 2));
  cohort_class_set_text (klass, texts[1], (const char *) sqlite3_column_text (stmt, 3));
  cohort_class_set_text (klass, texts[2], (const char *) sqlite3_column_text (stmt, 4));
  cohort_class_set_text (klass, texts[3], (const char *) sqlite3_column_text (stmt, 5));
  cohort_class_set_number (klass, COHORT_CLASS_HOST_ID, sqlite3_column_int64 (stmt, 6));
  cohort_class_set_text (klass, COHORT_CLASS_START_DATE, (const char *) sqlite3_column_text (stmt, 7));
  cohort_class_set_text (klass, COHORT_CLASS_END_DATE, (const char *) sqlite3_column_text (stmt, 8));
  cohort_class_set_text (klass, COHORT_CLASS_LAO_PROVINCE, (const char *) sqlite3_column_text (stmt, 9));
  cohort_class_set_number (klass, COHORT_CLASS_COURSE_NO, sqlite3_column_int64 (stmt, 10));
  cohort_class_set_number (klass, COHORT_CLASS_PLANNED, sqlite3_column_int64 (stmt, 11));
  cohort_class_set_number (klass, COHORT_CLASS_ENROLLED, sqlite3_column_int64 (stmt, 12));
  cohort_class_set_number (klass, COHORT_CLASS_MODE,
                           cohort_study_mode_from_string ((const char *) sqlite3_column_text (stmt, 13)));
  cohort_class_set_number (klass, COHORT_CLASS_STATUS,
                           cohort_class_status_from_string ((const char *) sqlite3_column_text (stmt, 14)));
  cohort_class_set_number (klass, COHORT_CLASS_LEVEL,
                           cohort_level_from_string ((const char *) sqlite3_column_text (stmt, 15)));
  return klass;
}

/**
 * cohort_store_list_classes:
 * @lao_only: only the cohorts of Lao cadres
 * @limit: at most this many, newest first; 0 for all
 *
 * Returns: (transfer full) (element-type CohortClass): the classes, newest first
 */
GPtrArray *
cohort_store_list_classes (CohortStore  *self,
                           gboolean      lao_only,
                           guint         limit,
                           GError      **error)
{
  CohortClassFilter filter = { .status = -1, .lao_only = lao_only, .limit = limit };

  return cohort_store_query_classes (self, &filter, error);
}

/**
 * cohort_store_query_classes:
 * @filter: which classes; zero and %NULL members match everything
 *
 * Returns: (transfer full) (element-type CohortClass): the classes, newest first
 */
GPtrArray *
cohort_store_query_classes (CohortStore              *self,
                            const CohortClassFilter  *filter,
                            GError                  **error)
{
  g_autoptr(GPtrArray) classes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *code = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  stmt = _cohort_store_prepare (self,
                                CLASS_SELECT "WHERE (?1 = 0 OR c.lao_province_code IS NOT NULL) "
                                "AND (?3 = 0 OR c.year = ?3) AND (?4 IS NULL OR c.program_type = ?4) "
                                "AND (?5 = 0 OR c.org_unit_id = ?5) AND (?6 IS NULL OR c.status = ?6) "
                                "AND (?7 IS NULL OR instr (c.fold_code, ?7) > 0) "
                                "ORDER BY c.start_date DESC, c.code COLLATE vi LIMIT ?2", error);
  if (stmt == NULL)
    return NULL;
  if (filter->code != NULL && *filter->code != '\0')
    code = cohort_fold (filter->code);
  sqlite3_bind_int (stmt, 1, filter->lao_only ? 1 : 0);
  sqlite3_bind_int64 (stmt, 2, filter->limit ? (gint64) filter->limit : G_MAXINT64);
  sqlite3_bind_int (stmt, 3, filter->year);
  sqlite3_bind_text (stmt, 4, filter->program, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, filter->host_id);
  sqlite3_bind_text (stmt, 6, filter->status >= 0 ? cohort_class_status_to_string (filter->status) : NULL,
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, code, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (classes, _cohort_store_read_class (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&classes);
}

/**
 * cohort_store_get_class:
 *
 * Returns: (transfer full) (nullable): the class with this id
 */
CohortClass *
cohort_store_get_class (CohortStore  *self,
                        gint64        id,
                        GError      **error)
{
  sqlite3_stmt *stmt;
  CohortClass *klass = NULL;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  stmt = _cohort_store_prepare (self, CLASS_SELECT "WHERE c.id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    klass = _cohort_store_read_class (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND,
                 _("The class was deleted in the meantime. Reload the list of classes."));
  else
    _cohort_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return klass;
}

static char *
class_json (CohortClass *klass)
{
  GString *s = g_string_new ("{");
  static const struct { CohortClassField field; const char *key; } texts[] = {
    { COHORT_CLASS_CODE, "code" }, { COHORT_CLASS_PROGRAM, "program" },
    { COHORT_CLASS_START_DATE, "start_date" }, { COHORT_CLASS_END_DATE, "end_date" },
    { COHORT_CLASS_LAO_PROVINCE, "lao_province" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (cohort_class_get_text (klass, texts[i].field) != NULL)
      cohort_json_append_member (s, texts[i].key, cohort_class_get_text (klass, texts[i].field));
  cohort_json_append_int (s, "year", cohort_class_get_number (klass, COHORT_CLASS_YEAR));
  cohort_json_append_int (s, "host_id", cohort_class_get_number (klass, COHORT_CLASS_HOST_ID));
  cohort_json_append_int (s, "course_no", cohort_class_get_number (klass, COHORT_CLASS_COURSE_NO));
  cohort_json_append_int (s, "planned", cohort_class_get_number (klass, COHORT_CLASS_PLANNED));
  cohort_json_append_member (s, "mode", cohort_study_mode_to_string (cohort_class_get_number (klass, COHORT_CLASS_MODE)));
  cohort_json_append_member (s, "level", cohort_level_to_string (cohort_class_get_number (klass, COHORT_CLASS_LEVEL)));
  cohort_json_append_member (s, "status",
                             cohort_class_status_to_string (cohort_class_get_number (klass, COHORT_CLASS_STATUS)));
  g_string_append_c (s, '}');
  return g_string_free (s, FALSE);
}

static gboolean
check_class (CohortStore  *self,
             CohortClass  *klass,
             GError      **error)
{
  g_autofree char *problem = cohort_check_class (klass, NULL);
  const char *code = cohort_class_get_text (klass, COHORT_CLASS_CODE);
  int year = (int) cohort_class_get_number (klass, COHORT_CLASS_YEAR);

  if (problem != NULL)
    {
      g_set_error_literal (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID, problem);
      return FALSE;
    }
  if (cohort_store_is_class_code_taken (self, code, year, cohort_class_get_number (klass, COHORT_CLASS_ID)))
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_DUPLICATE,
                   _("There is already a class “%s” in %d. Give this class another code."), code, year);
      return FALSE;
    }
  return TRUE;
}

/**
 * cohort_store_is_class_code_taken:
 * @except_id: the class being edited, or 0
 *
 * Returns: %TRUE if another class of @year already has @code
 */
gboolean
cohort_store_is_class_code_taken (CohortStore *self,
                                  const char  *code,
                                  int          year,
                                  gint64       except_id)
{
  sqlite3_stmt *stmt;
  gboolean taken;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);

  stmt = _cohort_store_prepare (self, "SELECT 1 FROM class WHERE code = ? AND year = ? AND id <> ?", NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, year);
  sqlite3_bind_int64 (stmt, 3, except_id);
  taken = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return taken;
}

static void
bind_class (sqlite3_stmt *stmt,
            CohortClass  *klass)
{
  gint64 course = cohort_class_get_number (klass, COHORT_CLASS_COURSE_NO);

  sqlite3_bind_text (stmt, 1, cohort_class_get_text (klass, COHORT_CLASS_CODE), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, cohort_class_get_number (klass, COHORT_CLASS_YEAR));
  sqlite3_bind_text (stmt, 3, cohort_class_get_text (klass, COHORT_CLASS_PROGRAM), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, cohort_class_get_number (klass, COHORT_CLASS_HOST_ID));
  sqlite3_bind_text (stmt, 5, cohort_study_mode_to_string (cohort_class_get_number (klass, COHORT_CLASS_MODE)),
                     -1, SQLITE_STATIC);
  if (course > 0)
    sqlite3_bind_int64 (stmt, 6, course);
  else
    sqlite3_bind_null (stmt, 6);
  sqlite3_bind_text (stmt, 7, cohort_class_get_text (klass, COHORT_CLASS_LAO_PROVINCE), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, cohort_level_to_string (cohort_class_get_number (klass, COHORT_CLASS_LEVEL)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, cohort_class_get_text (klass, COHORT_CLASS_START_DATE), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, cohort_class_get_text (klass, COHORT_CLASS_END_DATE), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 11, cohort_class_get_number (klass, COHORT_CLASS_PLANNED));
  sqlite3_bind_text (stmt, 12,
                     cohort_class_status_to_string (cohort_class_get_number (klass, COHORT_CLASS_STATUS)),
                     -1, SQLITE_STATIC);
}

/* Closing a class as finished: only once it has run (cohort_check_class_finish ()).
 * A new class may be recorded as finished, after the fact, if its start date
 * has passed. */
static gboolean
check_finish (CohortClass  *old,
              CohortClass  *klass,
              GError      **error)
{
  g_autofree char *today = NULL;
  g_autofree char *problem = NULL;

  if (cohort_class_get_number (klass, COHORT_CLASS_STATUS) != COHORT_CLASS_STATUS_FINISHED ||
      (old != NULL && cohort_class_get_number (old, COHORT_CLASS_STATUS) == COHORT_CLASS_STATUS_FINISHED))
    return TRUE;
  today = cohort_date_today ();
  problem = cohort_check_class_finish (cohort_class_get_text (klass, COHORT_CLASS_CODE),
                                       old ? cohort_class_get_number (old, COHORT_CLASS_STATUS)
                                           : COHORT_CLASS_STATUS_RUNNING,
                                       cohort_class_get_text (klass, COHORT_CLASS_START_DATE), today);
  if (problem == NULL)
    return TRUE;
  g_set_error_literal (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID, problem);
  return FALSE;
}

/**
 * cohort_store_save_class:
 * @klass: a new class (id 0), or one read from the store with changes
 *
 * Validates @klass (see cohort_check_class(); the code must also be unique in
 * its year; a new class goes to a host open when it starts and has a program
 * the school runs; a class is closed as finished only once it has run, see
 * cohort_check_class_finish()) and writes it with an audit row in one
 * transaction. A new class gets its id.
 */
gboolean
cohort_store_save_class (CohortStore  *self,
                         CohortClass  *klass,
                         GError      **error)
{
  g_autoptr(CohortClass) old = NULL;
  g_autofree char *old_json = NULL;
  g_autofree char *new_json = NULL;
  gint64 id;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (COHORT_IS_CLASS (klass), FALSE);

  if (!check_class (self, klass, error))
    return FALSE;

  id = cohort_class_get_number (klass, COHORT_CLASS_ID);
  if (id > 0)
    {
      old = cohort_store_get_class (self, id, error);
      if (old == NULL)
        return FALSE;
      old_json = class_json (old);
    }
  new_json = class_json (klass);
  if (g_strcmp0 (old_json, new_json) == 0)
    return TRUE;
  if (!check_finish (old, klass, error))
    return FALSE;

  if (!_cohort_store_begin (self, error))
    return FALSE;
  if (!_cohort_store_check_class_place (self, klass, old, error))
    goto fail;

  if (id > 0)
    stmt = _cohort_store_prepare (self,
                                  "UPDATE class SET code = ?1, year = ?2, program_type = ?3, org_unit_id = ?4, "
                                  "mode = ?5, course_no = ?6, lao_province_code = ?7, level = ?8, "
                                  "start_date = ?9, end_date = ?10, planned_size = ?11, status = ?12, "
                                  "fold_code = fold (?1) WHERE id = ?13", error);
  else
    stmt = _cohort_store_prepare (self,
                                  "INSERT INTO class (code, year, program_type, org_unit_id, mode, course_no, "
                                  "lao_province_code, level, start_date, end_date, planned_size, status, "
                                  "fold_code) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                                  "fold (?1))", error);
  if (stmt == NULL)
    goto fail;
  bind_class (stmt, klass);
  if (id > 0)
    sqlite3_bind_int64 (stmt, 13, id);
  if (!_cohort_store_step_done (self, stmt, error))
    goto fail;
  if (id == 0)
    id = sqlite3_last_insert_rowid (self->db);

  if (!_cohort_store_audit (self, "class", id, old ? "update" : "create", old_json, new_json, error))
    goto fail;
  if (!_cohort_store_commit (self, error))
    goto fail;
  cohort_class_set_number (klass, COHORT_CLASS_ID, id);
  return TRUE;

fail:
  _cohort_store_rollback (self);
  return FALSE;
}

/**
 * cohort_store_find_class:
 * @code: the class code, e.g. "B43"
 * @year: the year it starts, or 0 when the code is used in one year only
 *
 * Returns: (transfer full) (nullable): the class; %COHORT_STORE_ERROR_NOT_FOUND
 *   when there is none, %COHORT_STORE_ERROR_INVALID when @year is needed
 */
CohortClass *
cohort_store_find_class (CohortStore  *self,
                         const char   *code,
                         int           year,
                         GError      **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  stmt = _cohort_store_prepare (self, CLASS_SELECT "WHERE c.code = ?1 AND (?2 = 0 OR c.year = ?2) "
                                "ORDER BY c.year", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (found, _cohort_store_read_class (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }

  if (found->len == 0)
    {
      if (year > 0)
        g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND,
                     _("There is no class “%s” in %d."), code, year);
      else
        g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND,
                     _("There is no class “%s”."), code);
      return NULL;
    }
  if (found->len > 1)
    {
      GString *years = g_string_new (NULL);

      for (guint i = 0; i < found->len; i++)
        g_string_append_printf (years, "%s%" G_GINT64_FORMAT, i ? ", " : "",
                                cohort_class_get_number (g_ptr_array_index (found, i), COHORT_CLASS_YEAR));
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("There are classes “%s” in several years (%s): say which year."), code, years->str);
      g_string_free (years, TRUE);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (found, 0));
}

/**
 * cohort_store_get_roster:
 *
 * Returns: (transfer full) (element-type CohortEnrolment): everyone enrolled
 *   in the class, withdrawn included, in roster order (given, middle, family name)
 */
GPtrArray *
cohort_store_get_roster (CohortStore  *self,
                         gint64        class_id,
                         GError      **error)
{
  g_autoptr(GPtrArray) roster = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  /* The person's columns first, as _cohort_store_read_person() reads them. */
  stmt = _cohort_store_prepare (self,
                                "SELECT p.id, p.name_order, p.gender, p.level, p.family_name, "
                                "p.middle_name, p.given_name, p.lao_family_name, p.lao_given_name, "
                                "p.latin_name, p.birth_date, p.ethnicity, p.religion, p.nationality, "
                                "p.hometown, p.lao_province, p.unit, p.position, p.party_join_date, "
                                "p.party_official_date, p.education, p.professional, p.id_number, "
                                "p.passport_number, p.phone, p.ethnicity_text, p.llct_level, p.qlnn_level, e.roster_no, "
                                "e.status, e.id, "
                                "coalesce (eth.name, p.ethnicity_text), e.status_reason, e.status_date, e.status_decision "
                                "FROM enrolment e JOIN person p ON p.id = e.person_id "
                                "LEFT JOIN ethnicity eth ON eth.code = p.ethnicity "
                                "WHERE e.class_id = ? ORDER BY p.sort_key, p.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, class_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CohortPerson) person = _cohort_store_read_person (stmt);
      CohortEnrolment *entry = cohort_enrolment_new (person);

      cohort_enrolment_set_roster_no (entry, sqlite3_column_int (stmt, 28));
      cohort_enrolment_set_status (entry, (const char *) sqlite3_column_text (stmt, 29));
      cohort_enrolment_set_id (entry, sqlite3_column_int64 (stmt, 30));
      cohort_enrolment_set_ethnicity_name (entry, (const char *) sqlite3_column_text (stmt, 31));
      for (guint n = 0; n < COHORT_N_STATUS_NOTES; n++)
        cohort_enrolment_set_note (entry, n, (const char *) sqlite3_column_text (stmt, 32 + n));
      g_ptr_array_add (roster, entry);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&roster);
}

/**
 * cohort_store_get_person_history:
 *
 * Returns: (transfer full) (element-type CohortEnrolment): every class the
 *   person was enrolled in, newest first, each with its class
 */
GPtrArray *
cohort_store_get_person_history (CohortStore  *self,
                                 gint64        person_id,
                                 GError      **error)
{
  g_autoptr(GPtrArray) history = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CohortPerson) person = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  person = cohort_store_get_person (self, person_id, error);
  if (person == NULL)
    return NULL;

  stmt = _cohort_store_prepare (self,
                                "SELECT " CLASS_COLUMNS ", en.id, en.roster_no, en.status, en.status_reason, "
                                "en.status_date, en.status_decision " CLASS_FROM
                                "JOIN enrolment en ON en.class_id = c.id WHERE en.person_id = ?1 "
                                "ORDER BY c.start_date DESC, c.year DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CohortClass) klass = _cohort_store_read_class (stmt);
      CohortEnrolment *entry = cohort_enrolment_new (person);

      cohort_enrolment_set_class (entry, klass);
      cohort_enrolment_set_id (entry, sqlite3_column_int64 (stmt, 16));
      cohort_enrolment_set_roster_no (entry, sqlite3_column_int (stmt, 17));
      cohort_enrolment_set_status (entry, (const char *) sqlite3_column_text (stmt, 18));
      for (guint n = 0; n < COHORT_N_STATUS_NOTES; n++)
        cohort_enrolment_set_note (entry, n, (const char *) sqlite3_column_text (stmt, 19 + n));
      g_ptr_array_add (history, entry);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&history);
}
