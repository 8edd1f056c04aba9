/* cohort-page.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-page"

#include "config.h"

#include "cohort-page.h"

typedef struct
{
  CohortStore  *store;
  GCancellable *loading;   /* the load under way, if any */
} CohortPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CohortPage, cohort_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cohort_page_dispose (GObject *object)
{
  CohortPage *self = COHORT_PAGE (object);
  CohortPagePrivate *priv = cohort_page_get_instance_private (self);

  if (priv->loading != NULL)
    g_cancellable_cancel (priv->loading);
  g_clear_object (&priv->loading);
  g_clear_object (&priv->store);

  G_OBJECT_CLASS (cohort_page_parent_class)->dispose (object);
}

static void
cohort_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CohortPage *self = COHORT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, cohort_page_get_store (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cohort_page_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CohortPage *self = COHORT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      cohort_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cohort_page_class_init (CohortPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cohort_page_dispose;
  object_class->get_property = cohort_page_get_property;
  object_class->set_property = cohort_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, COHORT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cohort_page_init (CohortPage *self)
{
}

/**
 * cohort_page_get_store:
 *
 * Returns: (transfer none) (nullable): the store the page shows
 */
CohortStore *
cohort_page_get_store (CohortPage *self)
{
  CohortPagePrivate *priv;

  g_return_val_if_fail (COHORT_IS_PAGE (self), NULL);
  priv = cohort_page_get_instance_private (self);
  return priv->store;
}

void
cohort_page_set_store (CohortPage  *self,
                       CohortStore *store)
{
  CohortPagePrivate *priv;

  g_return_if_fail (COHORT_IS_PAGE (self));
  g_return_if_fail (!store || COHORT_IS_STORE (store));
  priv = cohort_page_get_instance_private (self);

  if (g_set_object (&priv->store, store))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
      cohort_page_reload (self);
    }
}

typedef struct
{
  CohortPageClass *klass;
  gpointer         data;
} LoadResult;

static void
load_result_free (gpointer p)
{
  LoadResult *result = p;

  if (result->data != NULL && result->klass->free_data != NULL)
    result->klass->free_data (result->data);
  g_free (result);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  CohortStore *store = task_data;
  CohortPageClass *klass = COHORT_PAGE_GET_CLASS (source_object);
  g_autoptr(CohortStore) reader = NULL;
  g_autoptr(GError) error = NULL;
  LoadResult *result;

  reader = cohort_store_open_reader (store, &error);
  if (reader == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  result = g_new0 (LoadResult, 1);
  result->klass = klass;
  result->data = klass->load (reader, &error);
  if (result->data == NULL)
    {
      load_result_free (result);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, result, load_result_free);
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *res,
              gpointer      user_data)
{
  CohortPage *self = COHORT_PAGE (source);
  CohortPagePrivate *priv = cohort_page_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  LoadResult *result = g_task_propagate_pointer (G_TASK (res), &error);

  /* A newer load replaced this one: its result is stale. */
  if (g_task_get_cancellable (G_TASK (res)) != priv->loading)
    {
      if (result != NULL)
        load_result_free (result);
      return;
    }
  g_clear_object (&priv->loading);

  if (result == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        cohort_page_show_error (self, error);
      return;
    }
  result->klass->show (self, result->data);
  load_result_free (result);
}

/**
 * cohort_page_reload:
 *
 * Reads the page's data again from the store; pages with a load function
 * read in a worker thread and show the result when it arrives.
 */
void
cohort_page_reload (CohortPage *self)
{
  CohortPagePrivate *priv;
  CohortPageClass *klass;

  g_return_if_fail (COHORT_IS_PAGE (self));
  priv = cohort_page_get_instance_private (self);
  klass = COHORT_PAGE_GET_CLASS (self);

  if (priv->store == NULL)
    return;

  if (klass->reload != NULL)
    {
      klass->reload (self);
      return;
    }
  if (klass->load == NULL)
    return;

  if (priv->loading != NULL)
    g_cancellable_cancel (priv->loading);
  g_clear_object (&priv->loading);

  if (!cohort_store_can_open_reader (priv->store))
    {
      /* An in-memory database has one connection: read it here. */
      g_autoptr(GError) error = NULL;
      gpointer data = klass->load (priv->store, &error);

      if (data == NULL)
        cohort_page_show_error (self, error);
      else
        {
          klass->show (self, data);
          if (klass->free_data != NULL)
            klass->free_data (data);
        }
      return;
    }

  {
    g_autoptr(GTask) task = NULL;

    priv->loading = g_cancellable_new ();
    task = g_task_new (self, priv->loading, on_loaded_cb, NULL);
    g_task_set_source_tag (task, cohort_page_reload);
    g_task_set_task_data (task, g_object_ref (priv->store), g_object_unref);
    g_task_run_in_thread (task, load_thread);
  }
}

/**
 * cohort_page_is_loading:
 *
 * Returns: %TRUE while a load runs in the background
 */
gboolean
cohort_page_is_loading (CohortPage *self)
{
  CohortPagePrivate *priv;

  g_return_val_if_fail (COHORT_IS_PAGE (self), FALSE);
  priv = cohort_page_get_instance_private (self);
  return priv->loading != NULL;
}

/**
 * cohort_page_show_error:
 *
 * Shows a store error in the window's toast overlay, if there is one.
 */
void
cohort_page_show_error (CohortPage   *self,
                        const GError *error)
{
  GtkWidget *overlay;

  g_return_if_fail (COHORT_IS_PAGE (self));
  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (error->message));
}
