/* cohort-store-reference.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The short lists the editors and filters choose from.
 */
#define G_LOG_DOMAIN "cohort-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "cohort-fold.h"
#include "cohort-store-private.h"

static const char *const choice_sql[] = {
  [COHORT_CHOICE_PROGRAM] = "SELECT code, short_name FROM program_type ORDER BY sort_order, code",
  [COHORT_CHOICE_HOST] = "SELECT id, name FROM org_unit "
                         "ORDER BY kind = 'school' DESC, valid_to IS NULL DESC, name COLLATE vi",
  [COHORT_CHOICE_ETHNICITY] = "SELECT code, name FROM ethnicity ORDER BY code",
  [COHORT_CHOICE_RELIGION] = "SELECT code, name FROM religion ORDER BY code",
  [COHORT_CHOICE_LAO_PROVINCE] = "SELECT code, name_vi || ' – ' || name_lo FROM lao_province "
                                 "ORDER BY name_vi COLLATE vi",
  [COHORT_CHOICE_CLASS_YEAR] = "SELECT DISTINCT year, year FROM class ORDER BY year DESC",
  [COHORT_CHOICE_OPEN_HOST] = "SELECT id, name FROM org_unit "
                              "WHERE valid_to IS NULL OR valid_to >= date ('now', 'localtime') "
                              "ORDER BY kind = 'school' DESC, name COLLATE vi",
  [COHORT_CHOICE_ACTIVE_PROGRAM] = "SELECT code, short_name FROM program_type WHERE active "
                                   "ORDER BY sort_order, code",
};

void
cohort_choice_free (CohortChoice *choice)
{
  if (choice == NULL)
    return;
  g_free (choice->code);
  g_free (choice->name);
  g_free (choice);
}

/**
 * cohort_store_list_choices:
 *
 * Returns: (transfer full) (element-type CohortChoice): the values of @kind,
 *   in the order a person looks for them
 */
GPtrArray *
cohort_store_list_choices (CohortStore       *self,
                           CohortChoiceKind   kind,
                           GError           **error)
{
  g_autoptr(GPtrArray) choices = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_choice_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);
  g_return_val_if_fail (kind < G_N_ELEMENTS (choice_sql), NULL);

  stmt = _cohort_store_prepare (self, choice_sql[kind], error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CohortChoice *choice = g_new0 (CohortChoice, 1);

      choice->code = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      choice->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      g_ptr_array_add (choices, choice);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&choices);
}

/**
 * cohort_store_get_program_name:
 * @code: a program type code, e.g. "TCLLCT"
 *
 * Returns: (transfer full) (nullable): its full name, e.g. "Trung cấp lý
 *   luận chính trị"; %NULL with %COHORT_STORE_ERROR_NOT_FOUND for an unknown code
 */
char *
cohort_store_get_program_name (CohortStore  *self,
                               const char   *code,
                               GError      **error)
{
  sqlite3_stmt *stmt;
  char *name = NULL;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  stmt = _cohort_store_prepare (self, "SELECT name FROM program_type WHERE code = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND,
                 _("There is no program type “%s”."), code);
  else if (rc != SQLITE_ROW)
    _cohort_store_set_error (self, rc, error);
  return name;
}

/* " text " with punctuation as spaces and one space between words, so that
 * names match as whole words: "Bà Rịa-Vũng Tàu" as "Bà Rịa - Vũng Tàu". */
char *
_cohort_store_words_of (const char *text)
{
  g_autofree char *folded = cohort_fold (text);
  g_auto(GStrv) words = g_strsplit_set (folded, " ,.;:-/()", -1);
  GString *out = g_string_new (" ");

  for (guint i = 0; words[i]; i++)
    if (*words[i] != '\0')
      g_string_append_printf (out, "%s ", words[i]);
  return g_string_free (out, FALSE);
}

/**
 * cohort_store_find_merged_province:
 * @text: a hometown or address as typed, e.g. "xã Quảng Hòa, tỉnh Quảng Bình"
 * @old_name: (out): the province named in @text
 * @new_name: (out): the province it was merged into on 01/07/2025
 *
 * Finds a province that no longer exists under its own name in @text
 * (accents and case aside, as whole words; the longest name wins).
 *
 * Returns: %TRUE if @text names a province merged into one of another name
 */
gboolean
cohort_store_find_merged_province (CohortStore  *self,
                                   const char   *text,
                                   char        **old_name,
                                   char        **new_name)
{
  g_autofree char *padded = NULL;
  sqlite3_stmt *stmt;
  gsize best = 0;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);

  *old_name = *new_name = NULL;
  if (text == NULL || *text == '\0')
    return FALSE;
  padded = _cohort_store_words_of (text);

  stmt = _cohort_store_prepare (self,
                                "SELECT o.name, n.name FROM vn_province_merge m "
                                "JOIN vn_province o ON o.id = m.old_id JOIN vn_province n ON n.id = m.new_id "
                                "WHERE o.name <> n.name", NULL);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *old = (const char *) sqlite3_column_text (stmt, 0);
      g_autofree char *word = _cohort_store_words_of (old);

      if (strlen (word) > best && strstr (padded, word) != NULL)
        {
          best = strlen (word);
          g_free (*old_name);
          g_free (*new_name);
          *old_name = g_strdup (old);
          *new_name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
        }
    }
  sqlite3_reset (stmt);
  return *old_name != NULL;
}

/* The code of @text among the choices of @kind: the code itself, or the name
 * (accents, case and a leading "dân tộc" aside). The short lists are read
 * and folded once, on first use: an import asks for every row. */
static char *
find_choice_code (CohortStore      *self,
                  CohortChoiceKind  kind,
                  const char       *text)
{
  g_autofree char *folded = cohort_fold (text);
  const char *wanted = folded;
  const char *code;

  if (self->choice_codes[kind] == NULL)
    {
      g_autoptr(GPtrArray) choices = cohort_store_list_choices (self, kind, NULL);
      GHashTable *codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

      for (guint i = 0; choices != NULL && i < choices->len; i++)
        {
          CohortChoice *choice = g_ptr_array_index (choices, i);

          g_hash_table_replace (codes, cohort_fold (choice->name), g_strdup (choice->code));
          g_hash_table_replace (codes, g_strdup (choice->code), g_strdup (choice->code));
        }
      self->choice_codes[kind] = codes;
    }

  if (g_str_has_prefix (wanted, "dan toc "))
    wanted += strlen ("dan toc ");
  code = g_hash_table_lookup (self->choice_codes[kind], text);
  if (code == NULL)
    code = g_hash_table_lookup (self->choice_codes[kind], wanted);
  return g_strdup (code);
}

/**
 * cohort_store_resolve_choices:
 * @person: a person read from a list, with names where codes belong
 * @field: (out) (optional): the field a problem is about
 *
 * Turns the ethnic group and religion of @person, as a list names them,
 * into Cohort's codes.
 *
 * Returns: (transfer full) (nullable): what cannot be understood, or %NULL
 */
char *
cohort_store_resolve_choices (CohortStore       *self,
                              CohortPerson      *person,
                              CohortPersonField *field)
{
  static const struct { CohortPersonField field; CohortChoiceKind kind; } fields[] = {
    { COHORT_PERSON_ETHNICITY, COHORT_CHOICE_ETHNICITY },
    { COHORT_PERSON_RELIGION, COHORT_CHOICE_RELIGION },
  };

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *text = cohort_person_get_field (person, fields[i].field);
      g_autofree char *code = NULL;

      if (text == NULL)
        continue;
      code = find_choice_code (self, fields[i].kind, text);
      if (code == NULL)
        {
          if (field != NULL)
            *field = fields[i].field;
          if (fields[i].kind == COHORT_CHOICE_ETHNICITY)
            return g_strdup_printf (_("“%s” is not one of the 54 ethnic groups. Write the group's name, e.g. "
                                      "Kinh, Tày, Bru-Vân Kiều."), text);
          return g_strdup_printf (_("“%s” is not a religion Cohort knows. Write e.g. Không, Phật giáo, "
                                    "Công giáo."), text);
        }
      cohort_person_set_field (person, fields[i].field, code);
    }
  return NULL;
}
