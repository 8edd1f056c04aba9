/* cohort-person-list-model.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-person-list-model"

#include "config.h"

#include "cohort-person-list-model.h"
#include "cohort-store-private.h"

/* Pages of persons kept in memory; older ones are dropped. */
#define MAX_CACHED_PAGES 64

struct _CohortPersonListModel
{
  GObject           parent_instance;

  /* Owned references */
  CohortStore      *store;
  GArray           *ids;          /* gint64, in display order */
  GHashTable       *pages;        /* page number → GPtrArray of CohortPerson */
  GQueue            page_order;   /* page numbers, oldest first */

  char             *query;
  CohortPersonFilter *filter;
  CohortPersonSort  sort;
  gboolean          descending;

  /* Each person's position in the order of each column, and the store
   * generation it was read at, read the first time the column sorts */
  GArray           *ranks[COHORT_PERSON_N_SORTS];
  guint             ranks_generation[COHORT_PERSON_N_SORTS];

  /* The read-only connection of the worker threads, opened once: opening one
   * per keystroke cost more than the search. One thread uses it at a time. */
  CohortStore      *reader;
  GMutex            reader_lock;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CohortPersonListModel, cohort_person_list_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static void
drop_pages (CohortPersonListModel *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->page_order);
}

static GPtrArray *
load_page (CohortPersonListModel *self,
           guint                  page)
{
  GPtrArray *people = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  g_autoptr(GError) error = NULL;
  guint first = page * COHORT_PERSON_PAGE_SIZE;
  guint n = MIN (COHORT_PERSON_PAGE_SIZE, self->ids->len - first);

  if (people != NULL)
    return people;

  g_debug ("Reading page %u of %u", page, self->ids->len / COHORT_PERSON_PAGE_SIZE + 1);
  people = g_ptr_array_new_with_free_func (g_object_unref);
  if (!_cohort_store_read_people (self->store, &g_array_index (self->ids, gint64, first), n,
                                  people, &error))
    g_debug ("Could not read people: %s", error->message);

  if (g_queue_get_length (&self->page_order) >= MAX_CACHED_PAGES)
    g_hash_table_remove (self->pages, g_queue_pop_head (&self->page_order));
  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), people);
  g_queue_push_tail (&self->page_order, GUINT_TO_POINTER (page));
  return people;
}

/* Above this many new rows in the changed range, a change is sent as
 * "empty, then fill": see take_ids (). */
#define MAX_ADDED_IN_ONE_CHANGE 2048

/* Replaces the ids, telling the view only what changed: the rows both lists
 * start and end with stay, with their widgets.
 *
 * One signal (position, removed, added) costs a get_item () for every added
 * row when the row a GTK 4.8 view anchors on is among the removed ones: its
 * list item manager looks for it among all of them ("more expensive rebuild"
 * in gtk_list_item_manager_model_items_changed_cb), and here each miss reads
 * a page of people from SQL — 37,000 rows per keystroke at 250,000 students.
 * So a change that adds many rows and removes some is sent as two signals one
 * after the other (no frame sees the empty list): empty, then fill. */
static void
take_ids (CohortPersonListModel *self,
          GArray                *ids)
{
  const gint64 *old = (const gint64 *) self->ids->data;
  const gint64 *new = (const gint64 *) ids->data;
  guint n_old = self->ids->len, n_new = ids->len;
  guint prefix = 0, suffix = 0, removed, added;

  while (prefix < n_old && prefix < n_new && old[prefix] == new[prefix])
    prefix++;
  while (suffix < n_old - prefix && suffix < n_new - prefix &&
         old[n_old - 1 - suffix] == new[n_new - 1 - suffix])
    suffix++;
  removed = n_old - prefix - suffix;
  added = n_new - prefix - suffix;

  g_array_unref (self->ids);
  drop_pages (self);

  if (removed == 0 && added == 0)
    {
      self->ids = ids;
      return;
    }

  if (removed == 0 || added <= MAX_ADDED_IN_ONE_CHANGE)
    {
      self->ids = ids;
      g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, added);
    }
  else
    {
      self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      if (n_old > 0)
        g_list_model_items_changed (G_LIST_MODEL (self), 0, n_old, 0);
      g_array_unref (self->ids);
      self->ids = ids;
      g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, n_new);
    }
  if (n_old != n_new)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/* GListModel interface */

static GType
cohort_person_list_model_get_item_type (GListModel *model)
{
  return COHORT_TYPE_PERSON;
}

static guint
cohort_person_list_model_get_n_items (GListModel *model)
{
  return COHORT_PERSON_LIST_MODEL (model)->ids->len;
}

static gpointer
cohort_person_list_model_get_item (GListModel *model,
                                   guint       position)
{
  CohortPersonListModel *self = COHORT_PERSON_LIST_MODEL (model);
  guint page = position / COHORT_PERSON_PAGE_SIZE;
  gint64 id;
  GPtrArray *people;

  if (position >= self->ids->len)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  people = load_page (self, page);

  /* Rows of a page come back in the order of its ids, unless one was deleted
   * since: then look for it. */
  {
    guint expected = position % COHORT_PERSON_PAGE_SIZE;

    if (expected < people->len &&
        cohort_person_get_id (g_ptr_array_index (people, expected)) == id)
      return g_object_ref (g_ptr_array_index (people, expected));
  }
  for (guint i = 0; i < people->len; i++)
    if (cohort_person_get_id (g_ptr_array_index (people, i)) == id)
      return g_object_ref (g_ptr_array_index (people, i));

  /* Deleted meanwhile: an empty person keeps the list's length true until the next refresh. */
  return cohort_person_new ();
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = cohort_person_list_model_get_item_type;
  iface->get_n_items = cohort_person_list_model_get_n_items;
  iface->get_item = cohort_person_list_model_get_item;
}

/* Refreshing: the ids are read in a worker thread over a connection of its own. */

typedef struct
{
  char             *query;
  CohortPersonFilter *filter;
  CohortPersonSort  sort;
  gboolean          descending;
  GArray           *ranks;        /* (nullable): still valid ranks */
  guint             generation;
} RefreshData;

typedef struct
{
  GArray *ids;
  GArray *ranks;                  /* (nullable): ranks read by this refresh */
} RefreshResult;

static void
refresh_data_free (gpointer p)
{
  RefreshData *data = p;

  g_free (data->query);
  cohort_person_filter_free (data->filter);
  g_clear_pointer (&data->ranks, g_array_unref);
  g_free (data);
}

static void
refresh_result_free (gpointer p)
{
  RefreshResult *result = p;

  g_clear_pointer (&result->ids, g_array_unref);
  g_clear_pointer (&result->ranks, g_array_unref);
  g_free (result);
}

/* The order of a column is read once per generation of the people, as a
 * rank per person, which every search and filter then reuses. */
static gboolean
needs_ranks (CohortPersonListModel *self)
{
  return self->ranks[self->sort] == NULL ||
         self->ranks_generation[self->sort] != cohort_store_get_generation (self->store);
}

static RefreshResult *
query (CohortStore       *store,
       const RefreshData *data,
       GError           **error)
{
  g_autoptr(GArray) fresh = NULL;
  RefreshResult *result;
  GArray *ranks = data->ranks;

  if (ranks == NULL)
    {
      fresh = _cohort_store_query_ranks (store, data->sort, error);
      if (fresh == NULL)
        return NULL;
      ranks = fresh;
    }

  result = g_new0 (RefreshResult, 1);
  result->ids = _cohort_store_query_person_ids (store, data->query, data->filter, data->sort, data->descending,
                                                ranks, error);
  if (result->ids == NULL)
    {
      refresh_result_free (result);
      return NULL;
    }
  result->ranks = g_steal_pointer (&fresh);
  return result;
}

static RefreshData *
refresh_data_new (CohortPersonListModel *self)
{
  RefreshData *data = g_new0 (RefreshData, 1);

  data->query = g_strdup (self->query);
  data->filter = cohort_person_filter_copy (self->filter);
  data->sort = self->sort;
  data->descending = self->descending;
  data->generation = cohort_store_get_generation (self->store);
  if (!needs_ranks (self))
    data->ranks = g_array_ref (self->ranks[self->sort]);
  return data;
}

static void
apply (CohortPersonListModel *self,
       const RefreshData     *data,
       RefreshResult         *result)
{
  if (result->ranks != NULL)
    {
      g_clear_pointer (&self->ranks[data->sort], g_array_unref);
      self->ranks[data->sort] = g_steal_pointer (&result->ranks);
      self->ranks_generation[data->sort] = data->generation;
    }
  take_ids (self, g_steal_pointer (&result->ids));
}

static void
refresh_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  CohortPersonListModel *self = source_object;
  RefreshData *data = task_data;
  g_autoptr(GError) error = NULL;
  RefreshResult *result = NULL;

  g_mutex_lock (&self->reader_lock);
  if (self->reader == NULL)
    self->reader = cohort_store_open_reader (self->store, &error);
  if (self->reader != NULL && !g_cancellable_is_cancelled (cancellable))
    result = query (self->reader, data, &error);
  g_mutex_unlock (&self->reader_lock);

  if (result == NULL && error == NULL)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Cancelled");
  else if (result == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, result, refresh_result_free);
}

/* GObject */

static void
cohort_person_list_model_finalize (GObject *object)
{
  CohortPersonListModel *self = (CohortPersonListModel *) object;

  g_clear_object (&self->reader);
  g_mutex_clear (&self->reader_lock);
  g_clear_object (&self->store);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->pages, g_hash_table_unref);
  for (guint i = 0; i < COHORT_PERSON_N_SORTS; i++)
    g_clear_pointer (&self->ranks[i], g_array_unref);
  g_queue_clear (&self->page_order);
  g_free (self->query);
  cohort_person_filter_free (self->filter);

  G_OBJECT_CLASS (cohort_person_list_model_parent_class)->finalize (object);
}

static void
cohort_person_list_model_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  CohortPersonListModel *self = COHORT_PERSON_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cohort_person_list_model_class_init (CohortPersonListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cohort_person_list_model_finalize;
  object_class->get_property = cohort_person_list_model_get_property;

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cohort_person_list_model_init (CohortPersonListModel *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_queue_init (&self->page_order);
  g_mutex_init (&self->reader_lock);
}

/* Public API */

/**
 * cohort_person_list_model_new:
 *
 * Returns: (transfer full): an empty model; set a query and refresh it
 */
CohortPersonListModel *
cohort_person_list_model_new (CohortStore *store)
{
  CohortPersonListModel *self;

  g_return_val_if_fail (COHORT_IS_STORE (store), NULL);
  self = g_object_new (COHORT_TYPE_PERSON_LIST_MODEL, NULL);
  self->store = g_object_ref (store);
  return self;
}

/**
 * cohort_person_list_model_set_query:
 * @query: (nullable): what the user typed; folded like every search
 *
 * Sets what the next refresh reads.
 */
void
cohort_person_list_model_set_query (CohortPersonListModel *self,
                                    const char            *query,
                                    CohortPersonSort       sort,
                                    gboolean               descending)
{
  g_return_if_fail (COHORT_IS_PERSON_LIST_MODEL (self));
  g_free (self->query);
  self->query = g_strdup (query);
  self->sort = sort;
  self->descending = descending;
}

/**
 * cohort_person_list_model_set_filter:
 * @filter: (nullable): who is listed, besides the query; %NULL for everyone
 *
 * Sets the filters the next refresh reads with the query, in SQL.
 */
void
cohort_person_list_model_set_filter (CohortPersonListModel    *self,
                                     const CohortPersonFilter *filter)
{
  g_return_if_fail (COHORT_IS_PERSON_LIST_MODEL (self));
  cohort_person_filter_free (self->filter);
  self->filter = cohort_person_filter_is_empty (filter) ? NULL : cohort_person_filter_copy (filter);
}

/**
 * cohort_person_list_model_refresh_sync:
 *
 * Reads the ids again on the calling thread, with one items-changed.
 */
gboolean
cohort_person_list_model_refresh_sync (CohortPersonListModel  *self,
                                       GError                **error)
{
  RefreshData *data;
  RefreshResult *result;

  g_return_val_if_fail (COHORT_IS_PERSON_LIST_MODEL (self), FALSE);

  data = refresh_data_new (self);
  result = query (self->store, data, error);
  if (result != NULL)
    {
      apply (self, data, result);
      refresh_result_free (result);
    }
  refresh_data_free (data);
  return result != NULL;
}

/**
 * cohort_person_list_model_refresh_async:
 *
 * Reads the ids in a worker thread (in-memory databases: at once) and
 * applies them when done, unless @cancellable was cancelled meanwhile —
 * cancel the previous refresh on each keystroke.
 */
void
cohort_person_list_model_refresh_async (CohortPersonListModel *self,
                                        GCancellable          *cancellable,
                                        GAsyncReadyCallback    callback,
                                        gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  RefreshData *data;

  g_return_if_fail (COHORT_IS_PERSON_LIST_MODEL (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cohort_person_list_model_refresh_async);
  g_task_set_check_cancellable (task, TRUE);

  if (!cohort_store_can_open_reader (self->store))
    {
      g_autoptr(GError) error = NULL;

      if (cohort_person_list_model_refresh_sync (self, &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  data = refresh_data_new (self);
  g_task_set_task_data (task, data, refresh_data_free);
  g_task_run_in_thread (task, refresh_thread);
}

gboolean
cohort_person_list_model_refresh_finish (CohortPersonListModel  *self,
                                         GAsyncResult           *result,
                                         GError                **error)
{
  RefreshResult *refreshed;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (g_task_get_task_data (G_TASK (result)) == NULL)   /* done at once */
    return g_task_propagate_boolean (G_TASK (result), error);

  refreshed = g_task_propagate_pointer (G_TASK (result), error);
  if (refreshed == NULL)
    return FALSE;
  apply (self, g_task_get_task_data (G_TASK (result)), refreshed);
  refresh_result_free (refreshed);
  return TRUE;
}

/**
 * cohort_person_list_model_get_id:
 *
 * Returns: the id of the person at @position, without reading the person
 */
gint64
cohort_person_list_model_get_id (CohortPersonListModel *self,
                                 guint                  position)
{
  g_return_val_if_fail (COHORT_IS_PERSON_LIST_MODEL (self), 0);
  g_return_val_if_fail (position < self->ids->len, 0);
  return g_array_index (self->ids, gint64, position);
}
