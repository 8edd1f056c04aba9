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

/* A province's name without "ແຂວງ", "tỉnh" or "province", folded, its words
 * run together: "Tỉnh Savannakhet" and "Savannakhet Province" give
 * "savannakhet". ("Capital" and "thủ đô" stay: they tell Vientiane Capital
 * from Vientiane Province.) */
static char *
lao_province_key (const char *text)
{
  g_autofree char *words = _cohort_store_words_of (g_str_has_prefix (text, "ແຂວງ") ? text + strlen ("ແຂວງ") : text);
  g_auto(GStrv) parts = g_strsplit (words, " ", -1);
  GString *key = g_string_new (NULL);

  for (guint i = 0; parts[i]; i++)
    if (!g_str_equal (parts[i], "tinh") && !g_str_equal (parts[i], "province"))
      g_string_append (key, parts[i]);
  return g_string_free (key, FALSE);
}

/**
 * cohort_store_resolve_lao_province:
 * @text: a province of Laos as a list writes it: in Lao ("ແຂວງສະຫວັນນະເຂດ"),
 *   English ("Savannakhet Province"), Vietnamese ("tỉnh Xa Van Na Khệt"
 *   as Cohort keeps it, "Savannakhet"), or its code ("13")
 *
 * Returns: (transfer full) (nullable): the province's code, or %NULL
 */
char *
cohort_store_resolve_lao_province (CohortStore *self,
                                   const char  *text)
{
  g_autofree char *key = NULL;
  sqlite3_stmt *stmt;
  char *code = NULL;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  if (text == NULL || *text == '\0')
    return NULL;
  key = lao_province_key (text);
  stmt = _cohort_store_prepare (self, "SELECT code, name_lo, name_en, name_vi FROM lao_province", NULL);
  if (stmt == NULL)
    return NULL;
  while (code == NULL && sqlite3_step (stmt) == SQLITE_ROW)
    for (int c = 0; c < 4 && code == NULL; c++)
      {
        g_autofree char *name = lao_province_key ((const char *) sqlite3_column_text (stmt, c));

        if (*name != '\0' && g_str_equal (name, key))
          code = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      }
  sqlite3_reset (stmt);
  return code;
}

/* Ethnic groups by their official and other names ------------------------------------- */

typedef struct
{
  char    *code;
  char    *name;        /* the official group's */
  gboolean ambiguous;
} EthnicAlias;

static void
ethnic_alias_free (EthnicAlias *alias)
{
  g_free (alias->code);
  g_free (alias->name);
  g_free (alias);
}

/* "Dân tộc Pa-Kô" → "pako": folded, the words "dân tộc", "DT", "người" in
 * front dropped, and every character that is not a letter or a digit
 * (spaces, hyphens, apostrophes, dots) left out. */
static char *
ethnic_key (const char *text)
{
  g_autofree char *folded = cohort_fold (text);
  const char *p = g_strstrip (folded);
  GString *key = g_string_new (NULL);
  static const char *const prefixes[] = { "dan toc ", "dt ", "dt. ", "nguoi " };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (p, prefixes[i]))
      p += strlen (prefixes[i]);
  for (; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (key, c);
    }
  return g_string_free (key, FALSE);
}

static void
load_ethnic_names (CohortStore *self)
{
  g_autoptr(GPtrArray) choices = NULL;
  sqlite3_stmt *stmt;

  if (self->ethnic_names != NULL)
    return;
  self->ethnic_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->ethnic_aliases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  choices = cohort_store_list_choices (self, COHORT_CHOICE_ETHNICITY, NULL);
  for (guint i = 0; choices != NULL && i < choices->len; i++)
    {
      CohortChoice *choice = g_ptr_array_index (choices, i);

      g_hash_table_replace (self->ethnic_names, ethnic_key (choice->name), g_strdup (choice->code));
    }
  stmt = _cohort_store_prepare (self, "SELECT a.alias, a.code, e.name, a.ambiguous FROM ethnicity_alias a "
                                "JOIN ethnicity e ON e.code = a.code ORDER BY a.code", NULL);
  if (stmt == NULL)
    return;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      char *key = ethnic_key ((const char *) sqlite3_column_text (stmt, 0));
      GPtrArray *list = g_hash_table_lookup (self->ethnic_aliases, key);
      EthnicAlias *alias = g_new0 (EthnicAlias, 1);

      alias->code = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      alias->name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      alias->ambiguous = sqlite3_column_int (stmt, 3) != 0;
      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func ((GDestroyNotify) ethnic_alias_free);
          g_hash_table_insert (self->ethnic_aliases, key, list);
        }
      else
        g_free (key);
      g_ptr_array_add (list, alias);
    }
  sqlite3_reset (stmt);
}

static char *
alias_names (GPtrArray *aliases)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < aliases->len; i++)
    {
      EthnicAlias *alias = g_ptr_array_index (aliases, i);

      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, alias->name);
    }
  return g_strdup (names->str);
}

/**
 * cohort_store_resolve_ethnicity:
 * @text: an ethnic group as a list writes it: "Kinh", "dân tộc Pa-Kô", "Êđê", "07"
 * @note: (out) (optional): what the user should check, or %NULL: why @text
 *   cannot be mapped, or that a name also used for other groups was read as
 *   the official group of that name ("Thổ")
 *
 * Finds the group by its official name or its code, then by the other names
 * of the groups (ethnicity_alias: the 1979 list QĐ 121-TCTK/PPCĐ and later
 * ones), accents, case, spaces, hyphens and apostrophes aside. An official
 * name always wins; an other name that stands for several groups maps to none.
 *
 * Returns: (transfer full) (nullable): the group's code, or %NULL
 */
char *
cohort_store_resolve_ethnicity (CohortStore  *self,
                                const char   *text,
                                char        **note)
{
  g_autofree char *key = NULL;
  GPtrArray *aliases;
  const char *code;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  if (note != NULL)
    *note = NULL;
  if (text == NULL || *text == '\0')
    return NULL;
  /* A code, as Cohort writes it ("07") */
  if (g_ascii_isdigit (text[0]))
    {
      char *by_code = find_choice_code (self, COHORT_CHOICE_ETHNICITY, text);

      if (by_code != NULL)
        return by_code;
    }
  load_ethnic_names (self);
  key = ethnic_key (text);
  aliases = g_hash_table_lookup (self->ethnic_aliases, key);
  code = g_hash_table_lookup (self->ethnic_names, key);
  if (code != NULL)
    {
      if (aliases != NULL && note != NULL)
        {
          g_autofree char *others = alias_names (aliases);

          /* Translators: what the list wrote, then other ethnic groups, e.g. "Tày, Khmer" */
          *note = g_strdup_printf (_("“%s” is read as the official group of that name; older lists also use it "
                                     "for %s. Check it."), text, others);
        }
      return g_strdup (code);
    }
  if (aliases != NULL)
    {
      EthnicAlias *first = g_ptr_array_index (aliases, 0);
      gboolean one = TRUE;

      /* Other names that fold alike ("Mèo", "Mẹo") may name the same group */
      for (guint i = 0; i < aliases->len; i++)
        {
          EthnicAlias *alias = g_ptr_array_index (aliases, i);

          one = one && !alias->ambiguous && g_str_equal (alias->code, first->code);
        }

      if (one)
        return g_strdup (first->code);
      if (note != NULL)
        {
          g_autofree char *names = alias_names (aliases);

          /* Translators: what the list wrote, then ethnic groups, e.g. "Khơ Mú, Kháng" */
          *note = g_strdup_printf (_("“%s” is an old name of more than one group (%s). The text is kept on the "
                                     "person: choose the group on the person’s page."), text, names);
        }
      return NULL;
    }
  if (note != NULL)
    *note = g_strdup_printf (_("“%s” is not one of the 54 ethnic groups or a name Cohort knows for one. The text "
                               "is kept on the person: choose the group on the person’s page."), text);
  return NULL;
}

/**
 * cohort_store_resolve_choices:
 * @person: a person read from a list, with names where codes belong
 * @field: (out) (optional): the field a problem or a note is about
 * @note: (out) (optional): what the user should check, though the person
 *   can be imported (an ethnic group that cannot be mapped: its text is kept
 *   in %COHORT_PERSON_ETHNICITY_TEXT)
 *
 * Turns the ethnic group and religion of @person, as a list names them,
 * into Cohort's codes.
 *
 * Returns: (transfer full) (nullable): what stops the person from being
 *   imported (a religion Cohort does not know), or %NULL
 */
char *
cohort_store_resolve_choices (CohortStore       *self,
                              CohortPerson      *person,
                              CohortPersonField *field,
                              char             **note)
{
  const char *ethnicity, *religion;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  if (note != NULL)
    *note = NULL;
  ethnicity = cohort_person_get_field (person, COHORT_PERSON_ETHNICITY);
  if (ethnicity != NULL)
    {
      g_autofree char *written = g_strdup (ethnicity);
      g_autofree char *code = cohort_store_resolve_ethnicity (self, written, note);

      cohort_person_set_field (person, COHORT_PERSON_ETHNICITY, code);
      if (code == NULL)
        cohort_person_set_field (person, COHORT_PERSON_ETHNICITY_TEXT, written);
      if (field != NULL && note != NULL && *note != NULL)
        *field = COHORT_PERSON_ETHNICITY;
    }

  religion = cohort_person_get_field (person, COHORT_PERSON_RELIGION);
  if (religion != NULL)
    {
      g_autofree char *code = find_choice_code (self, COHORT_CHOICE_RELIGION, religion);

      if (code == NULL)
        {
          if (field != NULL)
            *field = COHORT_PERSON_RELIGION;
          return g_strdup_printf (_("“%s” is not a religion Cohort knows. Write e.g. Không, Phật giáo, "
                                    "Công giáo."), religion);
        }
      cohort_person_set_field (person, COHORT_PERSON_RELIGION, code);
    }
  return NULL;
}
