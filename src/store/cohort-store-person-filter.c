/* cohort-store-person-filter.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The filters of the Students page, all in SQL beside the search: year of
 * birth, work unit, class, province of the hometown (the 63 provinces before
 * 01/07/2025 and the 34 since) or of Laos, level. Each is a query of its own
 * on an index (see _cohort_store_query_person_ids ()). The hometown is free
 * text: the SQL function hometown_province () finds the province it names,
 * and an index on it (migration 0009) answers a province at once.
 */
#define G_LOG_DOMAIN "cohort-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cohort-fold.h"
#include "cohort-store-private.h"

/* The provinces as hometowns name them: before 01/07/2025 (the 63, among
 * them the 11 that did not change), read once per connection. */
typedef struct
{
  GPtrArray *words;   /* " quang binh " …, folded */
  GArray    *ids;     /* gint64, the same order */
  gboolean   loaded;
} Provinces;

static void
provinces_free (gpointer data)
{
  Provinces *provinces = data;

  g_clear_pointer (&provinces->words, g_ptr_array_unref);
  g_clear_pointer (&provinces->ids, g_array_unref);
  g_free (provinces);
}

static void
provinces_load (Provinces *provinces,
                sqlite3   *db)
{
  sqlite3_stmt *stmt = NULL;

  provinces->loaded = TRUE;
  provinces->words = g_ptr_array_new_with_free_func (g_free);
  provinces->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (sqlite3_prepare_v2 (db, "SELECT id, name FROM vn_province WHERE valid_from IS NULL ORDER BY id", -1,
                          &stmt, NULL) != SQLITE_OK)
    return;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      const char *name = (const char *) sqlite3_column_text (stmt, 1);

      g_ptr_array_add (provinces->words, _cohort_store_words_of (name));
      g_array_append_val (provinces->ids, id);
    }
  sqlite3_finalize (stmt);
}

/* hometown_province (text): the province a hometown names, as whole words,
 * accents and case aside, the longest name first ("xã Quảng Hòa, tỉnh Quảng
 * Bình" → Quảng Bình); NULL when it names none. The names of the provinces
 * are reference data that never change: the function is deterministic. */
static void
hometown_province_func (sqlite3_context  *context,
                        int               argc,
                        sqlite3_value   **argv)
{
  Provinces *provinces = sqlite3_user_data (context);
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  g_autofree char *padded = NULL;
  gsize best = 0;
  gint64 id = 0;

  if (text == NULL || *text == '\0')
    {
      sqlite3_result_null (context);
      return;
    }
  if (!provinces->loaded)
    provinces_load (provinces, sqlite3_context_db_handle (context));

  padded = _cohort_store_words_of (text);
  for (guint i = 0; i < provinces->words->len; i++)
    {
      const char *words = g_ptr_array_index (provinces->words, i);
      gsize len = strlen (words);

      if (len > best && strstr (padded, words) != NULL)
        {
          best = len;
          id = g_array_index (provinces->ids, gint64, i);
        }
    }
  if (id > 0)
    sqlite3_result_int64 (context, id);
  else
    sqlite3_result_null (context);
}

/* fold_contains (text, needle): whether @text contains @needle (already
 * folded), accents and case aside. Units repeat (a few thousand among
 * 250,000 people): each is folded once per needle. */
typedef struct
{
  char       *needle;
  GHashTable *answers;   /* text → GINT_TO_POINTER (1 + contains) */
} Contains;

static void
contains_free (gpointer data)
{
  Contains *contains = data;

  g_free (contains->needle);
  g_clear_pointer (&contains->answers, g_hash_table_unref);
  g_free (contains);
}

static void
fold_contains_func (sqlite3_context  *context,
                    int               argc,
                    sqlite3_value   **argv)
{
  Contains *contains = sqlite3_user_data (context);
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  const char *needle = (const char *) sqlite3_value_text (argv[1]);
  gpointer answer;

  if (text == NULL || needle == NULL)
    {
      sqlite3_result_int (context, 0);
      return;
    }
  if (g_strcmp0 (contains->needle, needle) != 0 || g_hash_table_size (contains->answers) > 100000)
    {
      g_free (contains->needle);
      contains->needle = g_strdup (needle);
      g_hash_table_remove_all (contains->answers);
    }
  answer = g_hash_table_lookup (contains->answers, text);
  if (answer == NULL)
    {
      g_autofree char *folded = cohort_fold (text);

      answer = GINT_TO_POINTER (1 + (strstr (folded, needle) != NULL));
      g_hash_table_insert (contains->answers, g_strdup (text), answer);
    }
  sqlite3_result_int (context, GPOINTER_TO_INT (answer) - 1);
}

void
_cohort_store_register_filter_functions (sqlite3 *db)
{
  Contains *contains = g_new0 (Contains, 1);

  contains->answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_create_function_v2 (db, "fold_contains", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                              contains, fold_contains_func, NULL, NULL, contains_free);
  sqlite3_create_function_v2 (db, "hometown_province", 1,
                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                              g_new0 (Provinces, 1), hometown_province_func, NULL, NULL, provinces_free);
}

/* Filters ----------------------------------------------------------------------- */

/**
 * cohort_person_filter_copy:
 *
 * Returns: (transfer full): a copy that owns its strings; free it with
 *   cohort_person_filter_free ()
 */
CohortPersonFilter *
cohort_person_filter_copy (const CohortPersonFilter *filter)
{
  CohortPersonFilter *copy = g_new0 (CohortPersonFilter, 1);

  if (filter == NULL)
    {
      copy->level = -1;
      return copy;
    }
  *copy = *filter;
  copy->unit = g_strdup (filter->unit);
  copy->class_code = g_strdup (filter->class_code);
  copy->province = g_strdup (filter->province);
  return copy;
}

void
cohort_person_filter_free (CohortPersonFilter *filter)
{
  if (filter == NULL)
    return;
  g_free ((char *) filter->unit);
  g_free ((char *) filter->class_code);
  g_free ((char *) filter->province);
  g_free (filter);
}

/* Text that says something: not %NULL, not only spaces. */
static gboolean
is_set (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return TRUE;
  return FALSE;
}

/**
 * cohort_person_filter_is_empty:
 *
 * Returns: %TRUE when @filter lets everyone through
 */
gboolean
cohort_person_filter_is_empty (const CohortPersonFilter *filter)
{
  return filter == NULL ||
         (filter->born_from <= 0 && filter->born_to <= 0 && !is_set (filter->unit) &&
          !is_set (filter->class_code) && filter->class_year <= 0 && !is_set (filter->province) &&
          filter->level < 0);
}

/* What a province choice stands for: a province of Vietnam (id) or of Laos (code). */
static gboolean
parse_province (const char  *province,
                gint64      *vn_id,
                const char **lao_code)
{
  *vn_id = 0;
  *lao_code = NULL;
  if (!is_set (province))
    return FALSE;
  if (g_str_has_prefix (province, "vn:"))
    *vn_id = g_ascii_strtoll (province + 3, NULL, 10);
  else if (g_str_has_prefix (province, "lo:") && province[3] != '\0')
    *lao_code = province + 3;
  return *vn_id > 0 || *lao_code != NULL;
}

/* The province @vn_id stands for: itself and, for a province of today, the
 * provinces merged into it on 01/07/2025, as "30, 31". */
static char *
province_ids (CohortStore *self,
              gint64       vn_id)
{
  GString *ids = g_string_new (NULL);
  sqlite3_stmt *stmt;

  g_string_append_printf (ids, "%" G_GINT64_FORMAT, vn_id);
  stmt = _cohort_store_prepare (self, "SELECT old_id FROM vn_province_merge WHERE new_id = ?", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, vn_id);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_string_append_printf (ids, ", %" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 0));
      sqlite3_reset (stmt);
    }
  return g_string_free (ids, FALSE);
}

/**
 * _cohort_store_person_filter_parts:
 *
 * Returns: (transfer full) (element-type utf8): one query a condition of
 *   @filter, each selecting the ids of the people who meet it on an index of
 *   its own, with named parameters that _cohort_store_bind_person_filter ()
 *   binds; none for no filter
 */
GPtrArray *
_cohort_store_person_filter_parts (CohortStore              *self,
                                   const CohortPersonFilter *filter)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  gint64 vn_id;
  const char *lao_code;

  if (filter == NULL)
    return parts;

  /* On the index person_birth_date (migration 0002): dates are ISO text,
   * or the year alone. */
  if (filter->born_from > 0 || filter->born_to > 0)
    g_ptr_array_add (parts, g_strdup_printf ("SELECT id FROM person WHERE (birth_date IS NULL) = 0%s%s",
                                             filter->born_from > 0 ? " AND birth_date >= :born_from" : "",
                                             filter->born_to > 0 ? " AND birth_date < :born_after" : ""));
  if (filter->level >= 0)
    g_ptr_array_add (parts, g_strdup ("SELECT id FROM person WHERE level = :level"));
  if (parse_province (filter->province, &vn_id, &lao_code))
    {
      if (vn_id > 0)
        {
          g_autofree char *ids = province_ids (self, vn_id);

          /* On the index of migration 0009: the ids written out, so that SQLite uses it. */
          g_ptr_array_add (parts, g_strdup_printf ("SELECT id FROM person WHERE hometown_province (hometown) "
                                                   "IN (%s)", ids));
        }
      else
        g_ptr_array_add (parts, g_strdup ("SELECT id FROM person WHERE lao_province = :lao_province"));
    }
  if (is_set (filter->class_code) || filter->class_year > 0)
    g_ptr_array_add (parts, g_strdup_printf ("SELECT e.person_id FROM enrolment e "
                                             "JOIN class c ON c.id = e.class_id WHERE 1%s%s",
                                             is_set (filter->class_code) ? " AND c.fold_code = :class_code" : "",
                                             filter->class_year > 0 ? " AND c.year = :class_year" : ""));
  /* A scan of the index person_unit: a few thousand units, each folded once. */
  if (is_set (filter->unit))
    g_ptr_array_add (parts, g_strdup ("SELECT id FROM person WHERE fold_contains (unit, :unit)"));
  return parts;
}

static void
bind_text (sqlite3_stmt *stmt,
           const char   *name,
           char         *value)
{
  int i = sqlite3_bind_parameter_index (stmt, name);

  if (i > 0)
    sqlite3_bind_text (stmt, i, value, -1, g_free);
  else
    g_free (value);
}

static void
bind_int64 (sqlite3_stmt *stmt,
            const char   *name,
            gint64        value)
{
  int i = sqlite3_bind_parameter_index (stmt, name);

  if (i > 0)
    sqlite3_bind_int64 (stmt, i, value);
}

/**
 * _cohort_store_bind_person_filter:
 *
 * Binds the parameters of _cohort_store_person_filter_parts () for @filter.
 */
gboolean
_cohort_store_bind_person_filter (sqlite3_stmt             *stmt,
                                  const CohortPersonFilter *filter)
{
  gint64 vn_id;
  const char *lao_code;

  if (filter == NULL)
    return TRUE;
  if (filter->born_from > 0)
    bind_text (stmt, ":born_from", g_strdup_printf ("%04d", filter->born_from));
  if (filter->born_to > 0)
    bind_text (stmt, ":born_after", g_strdup_printf ("%04d", filter->born_to + 1));
  if (filter->level >= 0)
    bind_text (stmt, ":level", g_strdup (cohort_level_to_string (filter->level)));
  if (parse_province (filter->province, &vn_id, &lao_code))
    {
      bind_int64 (stmt, ":province", vn_id);
      if (lao_code != NULL)
        bind_text (stmt, ":lao_province", g_strdup (lao_code));
    }
  if (is_set (filter->class_code))
    {
      g_autofree char *folded = cohort_fold (filter->class_code);

      bind_text (stmt, ":class_code", g_strdup (g_strstrip (folded)));
    }
  if (filter->class_year > 0)
    bind_int64 (stmt, ":class_year", filter->class_year);
  if (is_set (filter->unit))
    {
      g_autofree char *folded = cohort_fold (filter->unit);

      bind_text (stmt, ":unit", g_strdup (g_strstrip (folded)));
    }
  return TRUE;
}

/**
 * cohort_store_list_province_choices:
 *
 * The provinces the Students page filters by: the 34 provincial units of
 * today, the provinces merged into one of another name on 01/07/2025 with
 * that name ("Quảng Bình (now Quảng Trị)"), then the provinces of Laos.
 * Codes are "vn:ID" and "lo:CODE", as #CohortPersonFilter takes them.
 *
 * Returns: (transfer full) (element-type CohortChoice): the choices
 */
GPtrArray *
cohort_store_list_province_choices (CohortStore  *self,
                                    GError      **error)
{
  g_autoptr(GPtrArray) choices = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_choice_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  stmt = _cohort_store_prepare (self,
                                "SELECT p.id, p.name, NULL, 0 FROM vn_province p WHERE p.valid_to IS NULL "
                                "UNION ALL SELECT o.id, o.name, n.name, 1 FROM vn_province_merge m "
                                "JOIN vn_province o ON o.id = m.old_id JOIN vn_province n ON n.id = m.new_id "
                                "WHERE o.name <> n.name "
                                "UNION ALL SELECT NULL, l.code, l.name_vi || ' – ' || l.name_lo, 2 "
                                "FROM lao_province l "
                                "ORDER BY 4, 2 COLLATE vi", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CohortChoice *choice = g_new0 (CohortChoice, 1);
      int group = sqlite3_column_int (stmt, 3);
      const char *name = (const char *) sqlite3_column_text (stmt, 1);
      const char *other = (const char *) sqlite3_column_text (stmt, 2);

      if (group == 2)
        {
          choice->code = g_strdup_printf ("lo:%s", name);
          /* Translators: a province of Laos among the provinces of Vietnam:
           * "Savannakhet – ສະຫວັນນະເຂດ (Laos)" */
          choice->name = g_strdup_printf (_("%s (Laos)"), other);
        }
      else
        {
          choice->code = g_strdup_printf ("vn:%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 0));
          if (group == 1)
            /* Translators: a province before 01/07/2025 and the one it is part of now:
             * "Quảng Bình (now Quảng Trị)" */
            choice->name = g_strdup_printf (_("%s (now %s)"), name, other);
          else
            choice->name = g_strdup (name);
        }
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
