/* cohort-store-programs.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The programs (program types) a school runs: Cohort's reference list, which
 * can be switched off but not deleted, and the programs and courses the
 * school adds. A program switched off is offered for no new class; its
 * classes keep it.
 */
#define G_LOG_DOMAIN "cohort-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cohort-json.h"
#include "cohort-store-private.h"

#define PROGRAM_NAME_MAX        200
#define PROGRAM_SHORT_NAME_MAX  60

#define PROGRAM_SELECT \
  "SELECT pt.code, pt.name, pt.short_name, pt.training_level, pt.credential, pt.graded, pt.lao, " \
  "pt.active, pt.builtin, (SELECT count(*) FROM class c WHERE c.program_type = pt.code), pt.rowid " \
  "FROM program_type pt "

/**
 * cohort_program_new:
 *
 * Returns: (transfer full): a program not written yet: run by the school,
 *   not graded, its credential unknown, its level "other"
 */
CohortProgram *
cohort_program_new (const char *code,
                    const char *name,
                    const char *short_name)
{
  CohortProgram *program = g_new0 (CohortProgram, 1);

  program->code = g_strdup (code);
  program->name = g_strdup (name);
  program->short_name = g_strdup (short_name);
  program->level = COHORT_TRAINING_LEVEL_OTHER;
  program->credential = COHORT_CREDENTIAL_UNKNOWN;
  program->active = TRUE;
  return program;
}

/**
 * cohort_program_copy:
 *
 * Returns: (transfer full): a copy of @program
 */
CohortProgram *
cohort_program_copy (const CohortProgram *program)
{
  CohortProgram *copy;

  g_return_val_if_fail (program != NULL, NULL);

  copy = g_memdup2 (program, sizeof *program);
  copy->code = g_strdup (program->code);
  copy->name = g_strdup (program->name);
  copy->short_name = g_strdup (program->short_name);
  return copy;
}

void
cohort_program_free (CohortProgram *program)
{
  if (program == NULL)
    return;
  g_free (program->code);
  g_free (program->name);
  g_free (program->short_name);
  g_free (program);
}

static CohortProgram *
read_program (sqlite3_stmt *stmt,
              gint64       *rowid)
{
  CohortProgram *p = g_new0 (CohortProgram, 1);

  p->code = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  p->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  p->short_name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  p->level = cohort_training_level_from_string ((const char *) sqlite3_column_text (stmt, 3));
  p->credential = cohort_credential_from_string ((const char *) sqlite3_column_text (stmt, 4));
  p->graded = sqlite3_column_int (stmt, 5) != 0;
  p->lao = sqlite3_column_int (stmt, 6) != 0;
  p->active = sqlite3_column_int (stmt, 7) != 0;
  p->builtin = sqlite3_column_int (stmt, 8) != 0;
  p->n_classes = sqlite3_column_int64 (stmt, 9);
  if (rowid != NULL)
    *rowid = sqlite3_column_int64 (stmt, 10);
  return p;
}

/**
 * cohort_store_list_programs:
 *
 * Returns: (transfer full) (element-type CohortProgram): every program, the
 *   reference list first, in the order the lists show them
 */
GPtrArray *
cohort_store_list_programs (CohortStore  *self,
                            GError      **error)
{
  g_autoptr(GPtrArray) programs = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_program_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  stmt = _cohort_store_prepare (self, PROGRAM_SELECT "ORDER BY pt.sort_order, pt.code", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (programs, read_program (stmt, NULL));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&programs);
}

static CohortProgram *
get_program (CohortStore  *self,
             const char   *code,
             gint64       *rowid,
             GError      **error)
{
  CohortProgram *program = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = _cohort_store_prepare (self, PROGRAM_SELECT "WHERE pt.code = ? COLLATE NOCASE", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    program = read_program (stmt, rowid);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND,
                 _("There is no program “%s”. Choose one of the programs Cohort lists."), code ? code : "");
  else if (rc != SQLITE_ROW)
    _cohort_store_set_error (self, rc, error);
  return program;
}

/**
 * cohort_store_get_program:
 * @code: its code, case aside
 *
 * Returns: (transfer full) (nullable): the program; %COHORT_STORE_ERROR_NOT_FOUND
 *   when there is none
 */
CohortProgram *
cohort_store_get_program (CohortStore  *self,
                          const char   *code,
                          GError      **error)
{
  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);
  return get_program (self, code, NULL, error);
}

static char *
program_json (const CohortProgram *p)
{
  GString *s = g_string_new ("{");

  cohort_json_append_member (s, "code", p->code);
  cohort_json_append_member (s, "name", p->name);
  cohort_json_append_member (s, "short_name", p->short_name);
  cohort_json_append_member (s, "level", cohort_training_level_to_string (p->level));
  cohort_json_append_member (s, "credential", cohort_credential_to_string (p->credential));
  cohort_json_append_int (s, "graded", p->graded ? 1 : 0);
  cohort_json_append_int (s, "lao", p->lao ? 1 : 0);
  cohort_json_append_int (s, "active", p->active ? 1 : 0);
  g_string_append_c (s, '}');
  return g_string_free (s, FALSE);
}

/* Checks @p and puts it in its stored form: the code in capitals, the names
 * trimmed and NFC. */
static gboolean
check_program (CohortProgram  *p,
               GError        **error)
{
  g_autofree char *code = _cohort_store_clean_line (p->code);
  g_autofree char *name = _cohort_store_clean_line (p->name);
  g_autofree char *short_name = _cohort_store_clean_line (p->short_name);

  if (code == NULL)
    {
      g_set_error_literal (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                           _("Enter the code of the program, e.g. BD_CVC."));
      return FALSE;
    }
  {
    g_autofree char *upper = g_ascii_strup (code, -1);
    gboolean ok = strlen (upper) >= 2 && strlen (upper) <= COHORT_PROGRAM_CODE_MAX && g_ascii_isalpha (*upper);

    for (const char *c = upper; ok && *c; c++)
      ok = g_ascii_isalnum (*c) || *c == '_' || *c == '-';
    if (!ok)
      {
        g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                     _("“%s” cannot be a program code. A code has 2 to %d letters without accents, digits, "
                       "“_” or “-”, and starts with a letter, e.g. BD_CVC."), code, COHORT_PROGRAM_CODE_MAX);
        return FALSE;
      }
    g_free (code);
    code = g_steal_pointer (&upper);
  }
  if (name == NULL || strchr (name, '\n') != NULL || g_utf8_strlen (name, -1) > PROGRAM_NAME_MAX)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("Enter the full name of the program on one line, at most %d characters, e.g. "
                     "Bồi dưỡng ngạch chuyên viên chính."), PROGRAM_NAME_MAX);
      return FALSE;
    }
  if (short_name == NULL || strchr (short_name, '\n') != NULL || g_utf8_strlen (short_name, -1) > PROGRAM_SHORT_NAME_MAX)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("Enter the short name the lists show, at most %d characters, e.g. Chuyên viên chính."),
                   PROGRAM_SHORT_NAME_MAX);
      return FALSE;
    }
  if ((guint) p->level > COHORT_TRAINING_LEVEL_OTHER || (guint) p->credential > COHORT_CREDENTIAL_UNKNOWN)
    {
      g_set_error_literal (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                           _("Choose the level of training and what its graduates receive."));
      return FALSE;
    }

  g_free (p->code);
  p->code = g_steal_pointer (&code);
  g_free (p->name);
  p->name = g_steal_pointer (&name);
  g_free (p->short_name);
  p->short_name = g_steal_pointer (&short_name);
  return TRUE;
}

static void
bind_program (sqlite3_stmt        *stmt,
              const CohortProgram *p)
{
  sqlite3_bind_text (stmt, 1, p->code, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, p->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, p->short_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, cohort_training_level_to_string (p->level), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, cohort_credential_to_string (p->credential), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 6, p->graded ? 1 : 0);
  sqlite3_bind_int (stmt, 7, p->lao ? 1 : 0);
  sqlite3_bind_int (stmt, 8, p->active ? 1 : 0);
}

/* Choices are read once and kept: a program written makes them stale. */
static void
forget_choices (CohortStore *self)
{
  g_clear_pointer (&self->choice_codes[COHORT_CHOICE_PROGRAM], g_hash_table_unref);
  g_clear_pointer (&self->choice_codes[COHORT_CHOICE_ACTIVE_PROGRAM], g_hash_table_unref);
}

/**
 * cohort_store_add_program:
 * @program: the program to add; its code is stored in capitals
 *
 * Checks @program (a code of letters, digits, "_" and "-" that no other
 * program has, case aside; a name and a short name) and adds it after the
 * others, with an audit row, in one transaction.
 */
gboolean
cohort_store_add_program (CohortStore    *self,
                          CohortProgram  *program,
                          GError        **error)
{
  g_autoptr(CohortProgram) p = NULL;
  g_autoptr(CohortProgram) same = NULL;
  g_autofree char *json = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (program != NULL, FALSE);

  p = cohort_program_copy (program);
  if (!check_program (p, error))
    return FALSE;
  json = program_json (p);

  if (!_cohort_store_begin (self, error))
    return FALSE;
  same = get_program (self, p->code, NULL, NULL);
  if (same != NULL)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_DUPLICATE,
                   _("There is already a program with the code %s (%s). Give this one another code."),
                   same->code, same->short_name);
      goto fail;
    }
  stmt = _cohort_store_prepare (self,
                                "INSERT INTO program_type (code, name, short_name, training_level, credential, "
                                "graded, lao, active, builtin, has_thesis, sort_order) VALUES (?1, ?2, ?3, ?4, "
                                "?5, ?6, ?7, ?8, 0, 0, (SELECT coalesce (max (sort_order), 0) + 1 "
                                "FROM program_type))", error);
  if (stmt == NULL)
    goto fail;
  bind_program (stmt, p);
  if (!_cohort_store_step_done (self, stmt, error))
    goto fail;
  if (!_cohort_store_audit (self, "program", sqlite3_last_insert_rowid (self->db), "create", NULL, json, error) ||
      !_cohort_store_commit (self, error))
    goto fail;
  forget_choices (self);
  g_free (program->code);
  program->code = g_strdup (p->code);
  return TRUE;

fail:
  _cohort_store_rollback (self);
  return FALSE;
}

/**
 * cohort_store_update_program:
 * @program: a program read from the store with changes; its code says which
 *
 * Writes the names, level, credential, graded, Lao and whether the school
 * runs it, checked as cohort_store_add_program() checks them, with an audit
 * row, in one transaction. A program of the reference list may be renamed.
 */
gboolean
cohort_store_update_program (CohortStore    *self,
                             CohortProgram  *program,
                             GError        **error)
{
  g_autoptr(CohortProgram) p = NULL;
  g_autoptr(CohortProgram) old = NULL;
  g_autofree char *old_json = NULL;
  g_autofree char *new_json = NULL;
  gint64 rowid = 0;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (program != NULL, FALSE);

  p = cohort_program_copy (program);
  if (!check_program (p, error))
    return FALSE;

  if (!_cohort_store_begin (self, error))
    return FALSE;
  old = get_program (self, p->code, &rowid, error);
  if (old == NULL)
    goto fail;
  g_free (p->code);
  p->code = g_strdup (old->code);
  old_json = program_json (old);
  new_json = program_json (p);
  if (g_str_equal (old_json, new_json))
    {
      _cohort_store_rollback (self);
      return TRUE;
    }
  stmt = _cohort_store_prepare (self,
                                "UPDATE program_type SET name = ?2, short_name = ?3, training_level = ?4, "
                                "credential = ?5, graded = ?6, lao = ?7, active = ?8 WHERE code = ?1", error);
  if (stmt == NULL)
    goto fail;
  bind_program (stmt, p);
  if (!_cohort_store_step_done (self, stmt, error))
    goto fail;
  if (!_cohort_store_audit (self, "program", rowid, "update", old_json, new_json, error) ||
      !_cohort_store_commit (self, error))
    goto fail;
  forget_choices (self);
  return TRUE;

fail:
  _cohort_store_rollback (self);
  return FALSE;
}

/**
 * cohort_store_set_program_active:
 * @active: whether the school runs it
 *
 * Switches a program on or off, audited. A program switched off is offered
 * for no new class; its classes keep it.
 */
gboolean
cohort_store_set_program_active (CohortStore  *self,
                                 const char   *code,
                                 gboolean      active,
                                 GError      **error)
{
  g_autoptr(CohortProgram) program = NULL;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);

  program = cohort_store_get_program (self, code, error);
  if (program == NULL)
    return FALSE;
  program->active = active;
  return cohort_store_update_program (self, program, error);
}

/**
 * cohort_store_delete_program:
 *
 * Deletes a program the school added by mistake. Refused for one of the
 * reference list (switch it off instead), and for one with classes or
 * annual plans.
 */
gboolean
cohort_store_delete_program (CohortStore  *self,
                             const char   *code,
                             GError      **error)
{
  g_autoptr(CohortProgram) program = NULL;
  g_autofree char *json = NULL;
  gint64 rowid = 0;
  sqlite3_stmt *stmt;
  gboolean planned;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);

  if (!_cohort_store_begin (self, error))
    return FALSE;
  program = get_program (self, code, &rowid, error);
  if (program == NULL)
    goto fail;
  if (program->builtin)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("“%s” is one of Cohort's reference programs: it cannot be deleted. Switch it off if "
                     "the school does not run it."), program->short_name);
      goto fail;
    }
  if (program->n_classes > 0)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("“%s” has classes: it cannot be deleted. Switch it off instead; its classes keep it."),
                   program->short_name);
      goto fail;
    }
  stmt = _cohort_store_prepare (self, "SELECT EXISTS (SELECT 1 FROM plan WHERE program_type = ?1) "
                                "OR EXISTS (SELECT 1 FROM program_version WHERE program_type = ?1)", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, program->code, -1, SQLITE_STATIC);
  planned = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  if (planned)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("“%s” is in annual plans: it cannot be deleted. Switch it off instead."),
                   program->short_name);
      goto fail;
    }

  json = program_json (program);
  stmt = _cohort_store_prepare (self, "DELETE FROM program_type WHERE code = ?", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, program->code, -1, SQLITE_STATIC);
  if (!_cohort_store_step_done (self, stmt, error))
    goto fail;
  if (!_cohort_store_audit (self, "program", rowid, "delete", json, NULL, error) ||
      !_cohort_store_commit (self, error))
    goto fail;
  forget_choices (self);
  return TRUE;

fail:
  _cohort_store_rollback (self);
  return FALSE;
}
