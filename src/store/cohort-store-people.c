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

/**
 * _cohort_store_query_person_ids:
 * @sort: a #CohortPersonSort
 *
 * Returns: (transfer full): the ids (gint64) of the people matching @query, in order
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
  g_autofree char *match = build_match (query);
  g_autofree char *sql = NULL;
  g_autofree char *filters = _cohort_store_person_filter_sql (filter);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean by_rank = ranks != NULL && sort == 0;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (sort >= 0 && sort < (int) G_N_ELEMENTS (orders), NULL);

  /* In roster order with the ranks at hand, SQL only finds the people and C
   * orders them: sorting 100,000 hits on their keys in SQL costs 200 ms. */
  if (by_rank && *filters == '\0')
    sql = g_strdup (match ? "SELECT rowid FROM person_fts WHERE person_fts MATCH :match"
                          : "SELECT id FROM person");
  else
    sql = g_strdup_printf ("SELECT id FROM person WHERE 1%s%s%s%s", filters,
                           match ? " AND id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH :match)" : "",
                           by_rank ? "" : " ORDER BY ", by_rank ? "" : orders[sort][descending ? 1 : 0]);
  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  if (match)
    sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":match"), match, -1, SQLITE_STATIC);
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

  if (by_rank)
    {
      const guint32 *rank = (const guint32 *) ranks->data;
      g_autoptr(GArray) by_position = g_array_new (FALSE, TRUE, sizeof (gint64));

      /* A counting pass over the ranks: linear, and already in order. */
      g_array_set_size (by_position, ranks->len);
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
 * _cohort_store_query_roster_ranks:
 *
 * Returns: (transfer full): for each person id, its position in roster order
 *   (guint32, indexed by id; G_MAXUINT32 for ids that are not used)
 */
GArray *
_cohort_store_query_roster_ranks (CohortStore  *self,
                                  GError      **error)
{
  g_autoptr(GArray) ranks = g_array_new (FALSE, FALSE, sizeof (guint32));
  sqlite3_stmt *stmt = NULL;
  guint32 position = 0;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, "SELECT id FROM person ORDER BY sort_key, id", -1, &stmt, NULL);
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
