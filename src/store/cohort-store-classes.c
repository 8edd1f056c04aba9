/* cohort-store-classes.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cohort-store-private.h"

#define CLASS_SELECT \
  "SELECT c.id, c.code, c.year, c.program_type, pt.short_name, o.name, o.id, c.start_date, " \
  "c.end_date, c.lao_province_code, c.course_no, c.planned_size, " \
  "(SELECT count(*) FROM enrolment e WHERE e.class_id = c.id AND e.status <> 'withdrawn'), " \
  "c.mode, c.status, c.level " \
  "FROM class c JOIN program_type pt ON pt.code = c.program_type " \
  "JOIN org_unit o ON o.id = c.org_unit_id "

static CohortClass *
read_class (sqlite3_stmt *stmt)
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
  g_autoptr(GPtrArray) classes = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  stmt = _cohort_store_prepare (self,
                                CLASS_SELECT "WHERE (?1 = 0 OR c.lao_province_code IS NOT NULL) "
                                "ORDER BY c.start_date DESC, c.code COLLATE vi LIMIT ?2", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, lao_only ? 1 : 0);
  sqlite3_bind_int64 (stmt, 2, limit ? (gint64) limit : G_MAXINT64);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (classes, read_class (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&classes);
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
    g_ptr_array_add (found, read_class (stmt));
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
                                "p.passport_number, p.phone, e.roster_no, e.status, e.id, eth.name "
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

      cohort_enrolment_set_roster_no (entry, sqlite3_column_int (stmt, 25));
      cohort_enrolment_set_status (entry, (const char *) sqlite3_column_text (stmt, 26));
      cohort_enrolment_set_id (entry, sqlite3_column_int64 (stmt, 27));
      cohort_enrolment_set_ethnicity_name (entry, (const char *) sqlite3_column_text (stmt, 28));
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
