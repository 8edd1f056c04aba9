/* cohort-store-duplicates.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The duplicate finder: pairs of records that are probably one person, for
 * the office to look at and merge. One pass over the people, keys in hash
 * tables: it reads 250,000 people once, whatever it finds.
 */
#define G_LOG_DOMAIN "cohort-store"

#include "config.h"

#include <string.h>

#include "cohort-fold.h"
#include "cohort-store-private.h"

/* More pairs than an office could look at in one go: the finder stops there,
 * after the strongest reasons (see COHORT_DUPLICATE_MAX_PAIRS). */
#define MAX_PAIRS COHORT_DUPLICATE_MAX_PAIRS

#define SORT_KEY "cohort-sort-key"

#define FINDER_SQL \
  "SELECT id, name_order, family_name, middle_name, given_name, lao_family_name, lao_given_name, " \
  "birth_date, id_number, unit FROM person"

void
cohort_duplicate_pair_free (CohortDuplicatePair *pair)
{
  if (pair == NULL)
    return;
  g_clear_object (&pair->first);
  g_clear_object (&pair->second);
  g_free (pair);
}

/* The people sharing one key: a table from the key to the last person
 * added (index + 1), each person pointing to the one added before. */
typedef struct
{
  GHashTable *last;   /* char * (owned) → index + 1 */
  GArray     *next;   /* guint: index + 1 of the one before, 0 at the end */
} Groups;

static void
groups_init (Groups *groups)
{
  groups->last = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  groups->next = g_array_new (FALSE, TRUE, sizeof (guint));
}

static void
groups_clear (Groups *groups)
{
  g_hash_table_unref (groups->last);
  g_array_unref (groups->next);
}

static void
groups_add (Groups *groups,
            char   *key,       /* taken */
            guint   index)
{
  guint before = GPOINTER_TO_UINT (g_hash_table_lookup (groups->last, key));

  if (groups->next->len <= index)
    g_array_set_size (groups->next, MAX (index + 1, groups->next->len * 2));
  g_array_index (groups->next, guint, index) = before;
  g_hash_table_replace (groups->last, key, GUINT_TO_POINTER (index + 1));
}

typedef struct
{
  gint64                first;
  gint64                second;
  CohortDuplicateReason reason;
} FoundPair;

/* Every pair of people sharing a key, not found already for a stronger reason. */
static void
add_pairs (Groups               *groups,
           const GArray         *ids,
           CohortDuplicateReason reason,
           GHashTable           *seen,
           GArray               *found)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, groups->last);
  while (found->len < MAX_PAIRS && g_hash_table_iter_next (&iter, NULL, &value))
    {
      guint head = GPOINTER_TO_UINT (value);

      if (g_array_index (groups->next, guint, head - 1) == 0)
        continue;   /* alone */
      for (guint a = head; a != 0 && found->len < MAX_PAIRS; a = g_array_index (groups->next, guint, a - 1))
        for (guint b = g_array_index (groups->next, guint, a - 1); b != 0 && found->len < MAX_PAIRS;
             b = g_array_index (groups->next, guint, b - 1))
          {
            gint64 x = g_array_index (ids, gint64, a - 1);
            gint64 y = g_array_index (ids, gint64, b - 1);
            FoundPair pair = { MIN (x, y), MAX (x, y), reason };
            guint64 *key = g_new (guint64, 1);

            *key = ((guint64) pair.first << 32) | (guint64) pair.second;
            if (g_hash_table_contains (seen, key))
              {
                g_free (key);
                continue;
              }
            g_hash_table_add (seen, key);
            g_array_append_val (found, pair);
          }
    }
}

/* A work unit as a key: folded, one space between words ("Huyện ủy  Gio
 * Linh" and "HUYỆN ỦY GIO LINH" are one unit). */
static char *
dup_unit_key (const char *unit)
{
  g_autofree char *folded = cohort_fold (unit);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t\n\r", -1);
  GString *key = g_string_new (NULL);

  for (guint i = 0; words[i]; i++)
    if (*words[i] != '\0')
      g_string_append_printf (key, "%s%s", key->len ? " " : "", words[i]);
  return g_string_free (key, FALSE);
}

/* The people of @ids, by id; each carries its sort key for sorting the pairs. */
static GHashTable *
read_people (CohortStore  *self,
             GArray       *ids,
             GError      **error)
{
  g_autoptr(GHashTable) people = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_autoptr(GPtrArray) page = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < ids->len; i += COHORT_PERSON_PAGE_SIZE)
    {
      guint n = MIN (COHORT_PERSON_PAGE_SIZE, ids->len - i);

      g_ptr_array_set_size (page, 0);
      if (!_cohort_store_read_people (self, &g_array_index (ids, gint64, i), n, page, error))
        return NULL;
      for (guint j = 0; j < page->len; j++)
        {
          CohortPerson *person = g_ptr_array_index (page, j);

          g_object_set_data_full (G_OBJECT (person), SORT_KEY, cohort_person_dup_sort_key (person),
                                  (GDestroyNotify) g_bytes_unref);
          g_hash_table_insert (people, g_memdup2 (&(gint64) { cohort_person_get_id (person) }, sizeof (gint64)),
                               g_object_ref (person));
        }
    }
  return g_steal_pointer (&people);
}

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const CohortDuplicatePair *x = *(CohortDuplicatePair *const *) a;
  const CohortDuplicatePair *y = *(CohortDuplicatePair *const *) b;
  int order;

  if (x->reason != y->reason)
    return x->reason < y->reason ? -1 : 1;
  order = g_bytes_compare (g_object_get_data (G_OBJECT (x->first), SORT_KEY),
                           g_object_get_data (G_OBJECT (y->first), SORT_KEY));
  if (order != 0)
    return order;
  return cohort_person_get_id (x->first) < cohort_person_get_id (y->first) ? -1 : 1;
}

/**
 * cohort_store_find_duplicate_pairs:
 * @cancellable: (nullable): stops the search
 *
 * Finds the pairs of records that are probably the same person: the same
 * citizen ID number; the same name (accents and case aside) and date of
 * birth; or, a weaker reason, the same name, year of birth and work unit. A
 * pair is listed once, for its strongest reason; at most
 * %COHORT_DUPLICATE_MAX_PAIRS pairs, the strongest reasons first.
 *
 * Returns: (transfer full) (element-type CohortDuplicatePair): the pairs,
 *   strongest reasons first, then in roster order of the older record
 */
GPtrArray *
cohort_store_find_duplicate_pairs (CohortStore   *self,
                                   GCancellable  *cancellable,
                                   GError       **error)
{
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_duplicate_pair_free);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (FoundPair));
  g_autoptr(GArray) wanted = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) wanted_set = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) people = NULL;
  Groups groups[COHORT_N_DUPLICATE_REASONS];
  sqlite3_stmt *stmt = NULL;
  guint index = 0;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  rc = sqlite3_prepare_v2 (self->db, FINDER_SQL, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  for (guint r = 0; r < COHORT_N_DUPLICATE_REASONS; r++)
    groups_init (&groups[r]);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *birth = (const char *) sqlite3_column_text (stmt, 7);
      const char *id_no = (const char *) sqlite3_column_text (stmt, 8);
      const char *unit = (const char *) sqlite3_column_text (stmt, 9);
      g_autofree char *name = NULL;

      if (index % 4096 == 0 && g_cancellable_is_cancelled (cancellable))
        break;
      g_array_append_val (ids, id);
      if (id_no != NULL && *id_no != '\0')
        groups_add (&groups[COHORT_DUPLICATE_ID_NUMBER], g_strdup (id_no), index);
      if (birth != NULL && strlen (birth) >= 4)
        {
          name = _cohort_store_dup_folded_row_name (stmt);
          if (*name != '\0')
            {
              if (strlen (birth) == 10)
                groups_add (&groups[COHORT_DUPLICATE_NAME_AND_BIRTH_DATE],
                            g_strconcat (name, "\x1f", birth, NULL), index);
              if (unit != NULL && *unit != '\0')
                {
                  g_autofree char *folded_unit = dup_unit_key (unit);

                  if (*folded_unit != '\0')
                    groups_add (&groups[COHORT_DUPLICATE_NAME_YEAR_AND_UNIT],
                                g_strdup_printf ("%s\x1f%.4s\x1f%s", name, birth, folded_unit), index);
                }
            }
        }
      index++;
    }
  sqlite3_finalize (stmt);

  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    for (guint r = 0; r < COHORT_N_DUPLICATE_REASONS; r++)
      add_pairs (&groups[r], ids, r, seen, found);
  for (guint r = 0; r < COHORT_N_DUPLICATE_REASONS; r++)
    groups_clear (&groups[r]);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }

  for (guint i = 0; i < found->len; i++)
    {
      const FoundPair *pair = &g_array_index (found, FoundPair, i);
      const gint64 *both[] = { &pair->first, &pair->second };

      for (guint k = 0; k < 2; k++)
        if (g_hash_table_add (wanted_set, (gpointer) both[k]))
          g_array_append_val (wanted, *both[k]);
    }
  people = read_people (self, wanted, error);
  if (people == NULL)
    return NULL;
  for (guint i = 0; i < found->len; i++)
    {
      const FoundPair *pair = &g_array_index (found, FoundPair, i);
      CohortPerson *first = g_hash_table_lookup (people, &pair->first);
      CohortPerson *second = g_hash_table_lookup (people, &pair->second);
      CohortDuplicatePair *out;

      if (first == NULL || second == NULL)
        continue;
      out = g_new0 (CohortDuplicatePair, 1);
      out->first = g_object_ref (first);
      out->second = g_object_ref (second);
      out->reason = pair->reason;
      g_ptr_array_add (pairs, out);
    }
  g_ptr_array_sort (pairs, compare_pairs);
  {
    GHashTableIter iter;
    gpointer person;

    g_hash_table_iter_init (&iter, people);
    while (g_hash_table_iter_next (&iter, NULL, &person))
      g_object_set_data (person, SORT_KEY, NULL);
  }
  return g_steal_pointer (&pairs);
}
