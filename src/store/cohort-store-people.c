/* cohort-store-people.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cohort-date.h"
#include "cohort-fold.h"
#include "cohort-json.h"
#include "cohort-store-private.h"

/* Column 0 is id, 1–3 name_order, gender, level, then the text fields in the
 * order of CohortPersonField (see COHORT_PERSON_COLUMNS). */
#define FIRST_TEXT_COLUMN 4

CohortPerson *
_cohort_store_read_person (sqlite3_stmt *stmt)
{
  CohortPerson *person = cohort_person_new ();

  cohort_person_set_id (person, sqlite3_column_int64 (stmt, 0));
  cohort_person_set_name_order (person,
                                g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), "lo") == 0
                                ? COHORT_NAME_ORDER_LAO : COHORT_NAME_ORDER_VIETNAMESE);
  cohort_person_set_gender (person,
                            cohort_gender_from_string ((const char *) sqlite3_column_text (stmt, 2)));
  cohort_person_set_level (person,
                           cohort_level_from_string ((const char *) sqlite3_column_text (stmt, 3)));
  for (guint i = 0; i < COHORT_PERSON_N_TEXT_FIELDS; i++)
    cohort_person_set_field (person, i,
                             (const char *) sqlite3_column_text (stmt, FIRST_TEXT_COLUMN + i));
  return person;
}

/* Binds ?1–?3 (name_order, gender, level), ?4… the text fields, then the
 * computed sort key and search text. */
gboolean
_cohort_store_bind_person (sqlite3_stmt *stmt,
                           CohortPerson *person)
{
  _cohort_store_bind_person_at (stmt, 1, person);
  return TRUE;
}

/* The same from parameter @first on, for one row of a multi-row insert. */
void
_cohort_store_bind_person_at (sqlite3_stmt *stmt,
                              int           first,
                              CohortPerson *person)
{
  g_autoptr(GBytes) key = cohort_person_dup_sort_key (person);
  char *search = cohort_person_dup_search_text (person);
  gsize key_len;
  const void *key_data = g_bytes_get_data (key, &key_len);
  int col = first;

  sqlite3_bind_text (stmt, col++,
                     cohort_person_get_name_order (person) == COHORT_NAME_ORDER_LAO ? "lo" : "vi",
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, col++, cohort_gender_to_string (cohort_person_get_gender (person)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, col++, cohort_level_to_string (cohort_person_get_level (person)),
                     -1, SQLITE_STATIC);
  for (guint i = 0; i < COHORT_PERSON_N_TEXT_FIELDS; i++)
    sqlite3_bind_text (stmt, col++, cohort_person_get_field (person, i), -1, SQLITE_TRANSIENT);
  sqlite3_bind_blob (stmt, col++, key_data, (int) key_len, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, col++, search, -1, g_free);
}

void
_cohort_store_append_person_json (GString      *s,
                                  CohortPerson *person)
{
  g_string_append_c (s, '{');
  for (guint i = 0; i < COHORT_PERSON_N_TEXT_FIELDS; i++)
    if (cohort_person_get_field (person, i) != NULL)
      cohort_json_append_member (s, cohort_person_field_key (i), cohort_person_get_field (person, i));
  cohort_json_append_member (s, "gender", cohort_gender_to_string (cohort_person_get_gender (person)));
  cohort_json_append_member (s, "level", cohort_level_to_string (cohort_person_get_level (person)));
  g_string_append_c (s, '}');
}

char *
_cohort_store_person_json (CohortPerson *person)
{
  GString *s = g_string_new (NULL);

  _cohort_store_append_person_json (s, person);
  return g_string_free (s, FALSE);
}

CohortPerson *
cohort_store_get_person (CohortStore  *self,
                         gint64        id,
                         GError      **error)
{
  sqlite3_stmt *stmt;
  CohortPerson *person = NULL;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  stmt = _cohort_store_prepare (self, "SELECT " COHORT_PERSON_COLUMNS " FROM person WHERE id = ?",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    person = _cohort_store_read_person (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND,
                 _("There is no person with number %lld."), (long long) id);
  else
    _cohort_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return person;
}

/* Turns what the user typed into an FTS5 query: each word is folded, quoted
 * (so that punctuation cannot be read as query syntax) and matched as a
 * prefix; all words must match. */
static char *
build_match (const char *query)
{
  g_autofree char *folded = cohort_fold (query);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t,;.-/()\"'", -1);
  GString *match = g_string_new (NULL);

  for (guint i = 0; words[i]; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (match->len > 0)
        g_string_append_c (match, ' ');
      g_string_append_printf (match, "\"%s\"*", words[i]);
    }

  return g_string_free (match, match->len == 0);
}

/**
 * cohort_store_search_people:
 * @query: what the user typed; "nguyen duc" finds "NGUYỄN ĐỨC", Lao script finds Lao names
 * @limit: at most this many people
 *
 * Returns: (transfer full) (element-type CohortPerson): matches in roster order
 */
GPtrArray *
cohort_store_search_people (CohortStore  *self,
                            const char   *query,
                            guint         limit,
                            GError      **error)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *match = build_match (query);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  if (match == NULL)
    stmt = _cohort_store_prepare (self,
                                  "SELECT " COHORT_PERSON_COLUMNS " FROM person "
                                  "ORDER BY sort_key LIMIT ?2", error);
  else
    stmt = _cohort_store_prepare (self,
                                  "SELECT " COHORT_PERSON_COLUMNS " FROM person WHERE id IN "
                                  "(SELECT rowid FROM person_fts WHERE person_fts MATCH ?1) "
                                  "ORDER BY sort_key LIMIT ?2", error);
  if (stmt == NULL)
    return NULL;

  if (match != NULL)
    sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, limit ? limit : G_MAXINT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (people, _cohort_store_read_person (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&people);
}

/**
 * cohort_store_count_search:
 *
 * Returns: how many people match @query (everyone for an empty query), -1 on error
 */
gint64
cohort_store_count_search (CohortStore  *self,
                           const char   *query,
                           GError      **error)
{
  g_autofree char *match = build_match (query);
  sqlite3_stmt *stmt;
  gint64 n = -1;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), -1);

  stmt = _cohort_store_prepare (self,
                                match ? "SELECT count(*) FROM person_fts WHERE person_fts MATCH ?1"
                                      : "SELECT count(*) FROM person", error);
  if (stmt == NULL)
    return -1;
  if (match)
    sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  else
    _cohort_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return n;
}

/**
 * cohort_store_foreach_person:
 * @func: called for every person in id order; return %FALSE to stop
 */
gboolean
cohort_store_foreach_person (CohortStore       *self,
                             CohortPersonFunc   func,
                             gpointer           user_data,
                             GError           **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);

  /* A statement of its own: func may call back into the store. */
  rc = sqlite3_prepare_v2 (self->db, "SELECT " COHORT_PERSON_COLUMNS " FROM person ORDER BY id",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return _cohort_store_set_error (self, rc, error);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CohortPerson) person = _cohort_store_read_person (stmt);

      if (!func (person, user_data))
        {
          rc = SQLITE_DONE;
          break;
        }
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    return _cohort_store_set_error (self, rc, error);
  return TRUE;
}

/* For CohortPersonListModel ------------------------------------------------------ */

/* Every ORDER BY ends on the id, so that equal keys keep one stable order,
 * and follows an index of migration 0002 (descending is the exact reverse:
 * blank values first), so that no order sorts 250,000 rows. */
static const char *const orders[][2] = {
  { "sort_key, id", "sort_key DESC, id DESC" },
  { "birth_date IS NULL, birth_date, sort_key, id", "birth_date IS NULL DESC, birth_date DESC, sort_key DESC, id DESC" },
  { "id", "id DESC" },
  { "gender, sort_key, id", "gender DESC, sort_key DESC, id DESC" },
  { "position IS NULL, position COLLATE vi, sort_key, id",
    "position IS NULL DESC, position COLLATE vi DESC, sort_key DESC, id DESC" },
  { "unit IS NULL, unit COLLATE vi, sort_key, id", "unit IS NULL DESC, unit COLLATE vi DESC, sort_key DESC, id DESC" },
};

/* A set of person ids, one bit each. */
typedef struct
{
  guint64 *words;
  gsize    n_words;
} IdSet;

static void
id_set_add (IdSet  *set,
            gint64  id)
{
  gsize word = (gsize) id / 64;

  if (id < 0)
    return;
  if (word >= set->n_words)
    {
      gsize n = MAX (word + 1, set->n_words * 2);

      set->words = g_renew (guint64, set->words, n);
      memset (set->words + set->n_words, 0, (n - set->n_words) * sizeof (guint64));
      set->n_words = n;
    }
  set->words[word] |= G_GUINT64_CONSTANT (1) << (id % 64);
}

static gboolean
id_set_has (const IdSet *set,
            gint64       id)
{
  gsize word = (gsize) id / 64;

  return id >= 0 && word < set->n_words && (set->words[word] >> (id % 64)) & 1;
}

/* Runs @sql (the ids of one condition) into @set; with @within, keeps only
 * the ids already there. */
static gboolean
read_id_set (CohortStore               *self,
             const char                *sql,
             const char                *match,
             const CohortPersonFilter  *filter,
             const IdSet               *within,
             IdSet                     *set,
             GError                   **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return _cohort_store_set_error (self, rc, error);
  if (match != NULL)
    sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":match"), match, -1, SQLITE_STATIC);
  _cohort_store_bind_person_filter (stmt, filter);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (within == NULL || id_set_has (within, id))
        id_set_add (set, id);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return _cohort_store_set_error (self, rc, error);
  return TRUE;
}

/**
 * _cohort_store_query_person_ids:
 * @filter: (nullable): the filters of the Students page
 * @sort: a #CohortPersonSort
 * @ranks: (nullable): the position of each person in the order of @sort,
 *   as _cohort_store_query_ranks () gives it
 *
 * The search and each filter are one SQL query each, on an index of their
 * own, and C keeps the people all of them find: one query joining them
 * would read the table row by row (three conditions at 250,000 people: 580
 * ms together, 35 ms apart). With the ranks at hand C also orders them, in
 * one pass.
 *
 * Returns: (transfer full): the ids (gint64) of the people matching @query
 *   and @filter, in order
 */
GArray *
_cohort_store_query_person_ids (CohortStore              *self,
                                const char               *query,
                                const CohortPersonFilter *filter,
                                int                       sort,
                                gboolean                  descending,
                                GArray                   *ranks,
                                GError                  **error)
{
  g_autofree char *match = build_match (query);
  g_autoptr(GPtrArray) parts = _cohort_store_person_filter_parts (self, filter);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  IdSet set = { NULL, 0 };
  gboolean ok = TRUE;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (sort >= 0 && sort < (int) G_N_ELEMENTS (orders), NULL);

  if (match != NULL)
    g_ptr_array_insert (parts, 0, g_strdup ("SELECT rowid FROM person_fts WHERE person_fts MATCH :match"));

  if (parts->len == 0 || ranks == NULL)
    {
      g_autofree char *where = NULL;

      /* Everyone, in the order of the ranks; or, without them, SQL's order
       * with every condition in one query. */
      stmt = NULL;
      if (ranks != NULL)
        rc = sqlite3_prepare_v2 (self->db, "SELECT id FROM person", -1, &stmt, NULL);
      else
        {
          GString *sql = g_string_new ("SELECT id FROM person WHERE 1");

          for (guint i = 0; i < parts->len; i++)
            g_string_append_printf (sql, " AND id IN (%s)", (char *) g_ptr_array_index (parts, i));
          g_string_append_printf (sql, " ORDER BY %s", orders[sort][descending ? 1 : 0]);
          where = g_string_free (sql, FALSE);
          rc = sqlite3_prepare_v2 (self->db, where, -1, &stmt, NULL);
        }
      if (rc != SQLITE_OK)
        {
          _cohort_store_set_error (self, rc, error);
          return NULL;
        }
      if (match != NULL && ranks == NULL)
        sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":match"), match, -1, SQLITE_STATIC);
      if (ranks == NULL)
        _cohort_store_bind_person_filter (stmt, filter);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          g_array_append_val (ids, id);
        }
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        {
          _cohort_store_set_error (self, rc, error);
          return NULL;
        }
      if (ranks == NULL)
        return g_steal_pointer (&ids);
    }
  else
    {
      /* Each condition on its own, each within the ones before. */
      for (guint i = 0; ok && i < parts->len; i++)
        {
          IdSet next = { NULL, 0 };

          ok = read_id_set (self, g_ptr_array_index (parts, i), match, filter, i ? &set : NULL, &next, error);
          g_free (set.words);
          set = next;
        }
      if (!ok)
        {
          g_free (set.words);
          return NULL;
        }
    }

  /* A counting pass over the ranks: linear, and already in order. */
  {
    const guint32 *rank = (const guint32 *) ranks->data;
    g_autoptr(GArray) by_position = g_array_new (FALSE, TRUE, sizeof (gint64));

    g_array_set_size (by_position, ranks->len);
    if (set.words != NULL)
      {
        for (gsize w = 0; w < set.n_words; w++)
          for (guint64 bits = set.words[w]; bits != 0; bits &= bits - 1)
            {
              gint64 id = (gint64) (w * 64 + (guint) __builtin_ctzll (bits));

              if ((guint64) id < ranks->len && rank[id] != G_MAXUINT32)
                g_array_index (by_position, gint64, rank[id]) = id;
            }
        g_free (set.words);
      }
    else
      for (guint i = 0; i < ids->len; i++)
        {
          gint64 id = g_array_index (ids, gint64, i);

          if (id >= 0 && (guint64) id < ranks->len && rank[id] != G_MAXUINT32)
            g_array_index (by_position, gint64, rank[id]) = id;
        }
    g_array_set_size (ids, 0);
    for (guint r = 0; r < by_position->len; r++)
      {
        gint64 id = g_array_index (by_position, gint64, descending ? by_position->len - 1 - r : r);

        if (id != 0)   /* ids start at 1: 0 marks a rank nobody matched */
          g_array_append_val (ids, id);
      }
  }
  return g_steal_pointer (&ids);
}

/**
 * _cohort_store_query_ranks:
 * @sort: a #CohortPersonSort
 *
 * Returns: (transfer full): for each person id, its position in the order
 *   of @sort, ascending (guint32, indexed by id; G_MAXUINT32 for ids that
 *   are not used)
 */
GArray *
_cohort_store_query_ranks (CohortStore  *self,
                           int           sort,
                           GError      **error)
{
  g_autoptr(GArray) ranks = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  guint32 position = 0;
  int rc;

  g_return_val_if_fail (sort >= 0 && sort < (int) G_N_ELEMENTS (orders), NULL);

  sql = g_strdup_printf ("SELECT id FROM person ORDER BY %s", orders[sort][0]);
  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (id < 0 || id > G_MAXINT32)
        continue;
      if ((guint64) id >= ranks->len)
        {
          guint old = ranks->len;

          g_array_set_size (ranks, MAX ((guint) id + 1, old * 2));
          memset ((guint32 *) ranks->data + old, 0xff, (ranks->len - old) * sizeof (guint32));
        }
      g_array_index (ranks, guint32, id) = position++;
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&ranks);
}

/**
 * _cohort_store_query_roster_ranks:
 *
 * Returns: (transfer full): the ranks of roster order; see _cohort_store_query_ranks ()
 */
GArray *
_cohort_store_query_roster_ranks (CohortStore  *self,
                                  GError      **error)
{
  return _cohort_store_query_ranks (self, 0, error);
}

static const char *
read_people_sql (void)
{
  static char *sql = NULL;

  if (g_once_init_enter (&sql))
    {
      GString *s = g_string_new ("SELECT " COHORT_PERSON_COLUMNS " FROM person WHERE id IN (?");

      for (guint i = 1; i < COHORT_PERSON_PAGE_SIZE; i++)
        g_string_append (s, ", ?");
      g_string_append (s, ")");
      g_once_init_leave (&sql, g_string_free (s, FALSE));
    }
  return sql;
}

/**
 * _cohort_store_read_people:
 * @ids: (array length=n_ids): at most %COHORT_PERSON_PAGE_SIZE ids
 * @people: receives the persons in the order of @ids (a deleted id gives no entry)
 */
gboolean
_cohort_store_read_people (CohortStore   *self,
                           const gint64  *ids,
                           guint          n_ids,
                           GPtrArray     *people,
                           GError       **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (n_ids <= COHORT_PERSON_PAGE_SIZE, FALSE);

  stmt = _cohort_store_prepare (self, read_people_sql (), error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < COHORT_PERSON_PAGE_SIZE; i++)
    sqlite3_bind_int64 (stmt, i + 1, i < n_ids ? ids[i] : -1);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (found, _cohort_store_read_person (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _cohort_store_set_error (self, rc, error);

  /* At most a page each: a plain search puts them back in order. */
  for (guint i = 0; i < n_ids; i++)
    for (guint j = 0; j < found->len; j++)
      if (cohort_person_get_id (g_ptr_array_index (found, j)) == ids[i])
        {
          g_ptr_array_add (people, g_object_ref (g_ptr_array_index (found, j)));
          break;
        }
  return TRUE;
}
