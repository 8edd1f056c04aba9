/* cohort-store-setup.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first-run setup of a new database: the school, its hosts, the signers
 * of documents, the programs it runs, the first lists. Each step is written
 * when the office confirms it, so that a database reopened half set up
 * resumes at the first step not done.
 */
#define G_LOG_DOMAIN "cohort-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cohort-json.h"
#include "cohort-store-private.h"

static const char *const step_names[] = {
  [COHORT_SETUP_STEP_SCHOOL] = "school",
  [COHORT_SETUP_STEP_HOSTS] = "hosts",
  [COHORT_SETUP_STEP_SIGNERS] = "signers",
  [COHORT_SETUP_STEP_PROGRAMS] = "programs",
  [COHORT_SETUP_STEP_FIRST_LISTS] = "first-lists",
};

/**
 * cohort_store_get_setup_step:
 *
 * Returns: the first step of the setup not done yet, or
 *   %COHORT_SETUP_N_STEPS when the database is set up
 */
CohortSetupStep
cohort_store_get_setup_step (CohortStore  *self,
                             GError      **error)
{
  gboolean done[COHORT_SETUP_N_STEPS] = { FALSE };
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), COHORT_SETUP_STEP_SCHOOL);

  stmt = _cohort_store_prepare (self, "SELECT step FROM setup_step", error);
  if (stmt == NULL)
    return COHORT_SETUP_STEP_SCHOOL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);

      for (guint i = 0; i < COHORT_SETUP_N_STEPS; i++)
        done[i] |= g_strcmp0 (step_names[i], name) == 0;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return COHORT_SETUP_STEP_SCHOOL;
    }
  for (guint i = 0; i < COHORT_SETUP_N_STEPS; i++)
    if (!done[i])
      return i;
  return COHORT_SETUP_N_STEPS;
}

/**
 * cohort_store_is_setup_started:
 *
 * Returns: %TRUE if something was entered in the setup (a step confirmed,
 *   a school or a host)
 */
gboolean
cohort_store_is_setup_started (CohortStore *self)
{
  sqlite3_stmt *stmt;
  gboolean started;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);

  stmt = _cohort_store_prepare (self, "SELECT EXISTS (SELECT 1 FROM setup_step) "
                                "OR EXISTS (SELECT 1 FROM org_unit)", NULL);
  if (stmt == NULL)
    return FALSE;
  started = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  return started;
}

/* Inside the caller's transaction: records @step as done, with an audit row
 * the first time. */
gboolean
_cohort_store_mark_setup_step (CohortStore      *self,
                               CohortSetupStep   step,
                               GError          **error)
{
  g_autoptr(GString) json = g_string_new ("{");
  sqlite3_stmt *stmt;

  g_return_val_if_fail (step < COHORT_SETUP_N_STEPS, FALSE);

  stmt = _cohort_store_prepare (self, "INSERT OR IGNORE INTO setup_step (step) VALUES (?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, step_names[step], -1, SQLITE_STATIC);
  if (!_cohort_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    return TRUE;
  cohort_json_append_member (json, "step", step_names[step]);
  g_string_append_c (json, '}');
  return _cohort_store_audit (self, "setup", step, "create", NULL, json->str, error);
}

/* What a step needs before it can be marked done. */
static gboolean
check_step (CohortStore        *self,
            CohortSetupStep     step,
            const char *const  *keys,
            GPtrArray          *cleaned,
            GError            **error)
{
  if (step == COHORT_SETUP_STEP_SCHOOL)
    {
      g_autoptr(CohortHost) school = cohort_store_get_school (self, error);

      if (school == NULL)
        {
          if (error == NULL || *error == NULL)
            g_set_error_literal (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                                 _("Enter the school first: its name and province."));
          return FALSE;
        }
    }
  else if (step == COHORT_SETUP_STEP_SIGNERS)
    {
      gboolean title = FALSE, name = FALSE;

      for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
        {
          title |= g_str_equal (keys[i], COHORT_SETTING_SIGNER_TITLE) && g_ptr_array_index (cleaned, i) != NULL;
          name |= g_str_equal (keys[i], COHORT_SETTING_SIGNER_NAME) && g_ptr_array_index (cleaned, i) != NULL;
        }
      if (!title || !name)
        {
          g_set_error_literal (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                               _("Enter the title and the name of the person who signs the documents, e.g. "
                                 "HIỆU TRƯỞNG and Lê Văn Hùng."));
          return FALSE;
        }
    }
  else if (step == COHORT_SETUP_STEP_PROGRAMS)
    {
      sqlite3_stmt *stmt = _cohort_store_prepare (self, "SELECT count(*) FROM program_type WHERE active", error);
      gint64 n = 0;

      if (stmt == NULL)
        return FALSE;
      if (sqlite3_step (stmt) == SQLITE_ROW)
        n = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      if (n == 0)
        {
          g_set_error_literal (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                               _("Switch on at least one program the school runs."));
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * cohort_store_complete_setup_step:
 * @step: the step confirmed
 * @keys: (array zero-terminated=1) (nullable): `COHORT_SETTING_*` keys the
 *   step sets (the signers), or %NULL
 * @values: (array) (nullable): one value per key
 *
 * Writes the settings of the step and marks it done, in one transaction,
 * audited. Refused when the step is not complete: the school step needs a
 * school (cohort_store_save_school() writes it and marks the step), the
 * signers step the signer's title and name, the programs step one program
 * the school runs.
 */
gboolean
cohort_store_complete_setup_step (CohortStore        *self,
                                  CohortSetupStep     step,
                                  const char *const  *keys,
                                  const char *const  *values,
                                  GError            **error)
{
  g_autoptr(GPtrArray) cleaned = NULL;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (step < COHORT_SETUP_N_STEPS, FALSE);
  g_return_val_if_fail (keys == NULL || values != NULL, FALSE);

  if (keys != NULL)
    {
      cleaned = _cohort_store_check_settings (keys, values, error);
      if (cleaned == NULL)
        return FALSE;
    }

  if (!_cohort_store_begin (self, error))
    return FALSE;
  if (!check_step (self, step, keys, cleaned, error) ||
      (keys != NULL && !_cohort_store_write_settings (self, keys, cleaned, NULL, error)) ||
      !_cohort_store_mark_setup_step (self, step, error) ||
      !_cohort_store_commit (self, error))
    {
      _cohort_store_rollback (self);
      return FALSE;
    }
  return TRUE;
}

/* The school ------------------------------------------------------------------- */

/**
 * cohort_store_save_school:
 * @school: the school: new (id 0) or the one Cohort has; its kind is school
 *   and it has no closing date
 * @parent_agency: its governing body as the letterhead writes it, e.g.
 *   "TỈNH ỦY QUẢNG TRỊ"
 * @place: the place written before the date, e.g. "Quảng Trị"
 *
 * The first step of the setup: writes the school (an org unit of kind
 * school, in a province) and the document settings it gives — the
 * governing body, the school's name in capitals as the issuing agency, the
 * place — in one transaction, audited, and marks the step done.
 */
gboolean
cohort_store_save_school (CohortStore  *self,
                          CohortHost   *school,
                          const char   *parent_agency,
                          const char   *place,
                          GError      **error)
{
  static const char *const keys[] = {
    COHORT_SETTING_PARENT_AGENCY, COHORT_SETTING_AGENCY, COHORT_SETTING_PLACE, NULL
  };
  g_autoptr(CohortHost) copy = NULL;
  g_autoptr(GPtrArray) cleaned = NULL;
  g_autofree char *name = NULL;
  g_autofree char *agency = NULL;
  g_autofree char *parent = _cohort_store_clean_line (parent_agency);
  g_autofree char *where = _cohort_store_clean_line (place);
  const char *values[3];

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (school != NULL, FALSE);

  copy = cohort_host_copy (school);
  copy->kind = COHORT_ORG_KIND_SCHOOL;
  g_clear_pointer (&copy->closed_on, g_free);
  name = _cohort_store_clean_line (copy->name);
  if (name == NULL)
    {
      g_set_error_literal (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                           _("Enter the name of the school, e.g. Trường Chính trị Lê Duẩn."));
      return FALSE;
    }
  if (copy->province_id <= 0)
    {
      g_set_error_literal (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                           _("Choose the province or city of the school."));
      return FALSE;
    }
  if (parent == NULL || strchr (parent, '\n') != NULL)
    {
      g_set_error_literal (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                           _("Enter the governing body the letterhead names above the school, on one "
                             "line, e.g. TỈNH ỦY QUẢNG TRỊ."));
      return FALSE;
    }
  if (where == NULL || strchr (where, '\n') != NULL)
    {
      g_set_error_literal (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                           _("Enter the place written before the date of documents, on one line, e.g. "
                             "Quảng Trị."));
      return FALSE;
    }

  /* The letterhead writes the issuing agency in capitals (Decree 30/2020/NĐ-CP). */
  agency = g_utf8_strup (name, -1);
  values[0] = parent;
  values[1] = agency;
  values[2] = where;
  cleaned = _cohort_store_check_settings (keys, values, error);
  if (cleaned == NULL)
    return FALSE;

  if (!_cohort_store_begin (self, error))
    return FALSE;
  if (!_cohort_store_write_host (self, copy, error) ||
      !_cohort_store_write_settings (self, keys, cleaned, NULL, error) ||
      !_cohort_store_mark_setup_step (self, COHORT_SETUP_STEP_SCHOOL, error) ||
      !_cohort_store_commit (self, error))
    {
      _cohort_store_rollback (self);
      return FALSE;
    }
  school->id = copy->id;
  school->kind = COHORT_ORG_KIND_SCHOOL;
  g_free (school->name);
  school->name = g_strdup (copy->name);
  return TRUE;
}

/* Inside the demo's transaction, on a database with no classes or people:
 * removes what the setup entered (the hosts and their plans, the document
 * settings, programs added, programs switched off, the steps done), with
 * one audit row that keeps what was removed. */
gboolean
_cohort_store_clear_setup (CohortStore  *self,
                           GError      **error)
{
  g_autoptr(GString) json = g_string_new ("{\"hosts\":[");
  g_autoptr(GPtrArray) hosts = NULL;
  g_auto(GStrv) keys = NULL;
  static const char *const clear_sql =
    "DELETE FROM plan; "
    "UPDATE org_unit SET parent_id = NULL, successor_id = NULL; "
    "DELETE FROM org_unit; "
    "DELETE FROM setting; "
    "DELETE FROM program_type WHERE NOT builtin "
    "  AND code NOT IN (SELECT program_type FROM program_version); "
    "UPDATE program_type SET active = 1 WHERE NOT active; "
    "DELETE FROM setup_step;";

  hosts = cohort_store_list_hosts (self, error);
  if (hosts == NULL)
    return FALSE;
  for (guint i = 0; i < hosts->len; i++)
    {
      CohortHost *host = g_ptr_array_index (hosts, i);

      if (i > 0)
        g_string_append_c (json, ',');
      cohort_json_append_string (json, host->name);
    }
  g_string_append (json, "],\"settings\":{");
  {
    g_autofree const char **all = cohort_store_list_setting_keys ();

    for (guint i = 0; all[i] != NULL; i++)
      {
        g_autofree char *value = cohort_store_get_setting (self, all[i], NULL);

        if (value != NULL)
          cohort_json_append_member (json, all[i], value);
      }
  }
  g_string_append (json, "}}");

  if (!_cohort_store_exec (self, clear_sql, error))
    return FALSE;
  g_clear_pointer (&self->choice_codes[COHORT_CHOICE_PROGRAM], g_hash_table_unref);
  g_clear_pointer (&self->choice_codes[COHORT_CHOICE_ACTIVE_PROGRAM], g_hash_table_unref);
  return _cohort_store_audit (self, "setup", 0, "delete", json->str, NULL, error);
}
