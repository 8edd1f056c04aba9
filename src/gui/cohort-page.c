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
  CohortStore *store;
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

/**
 * cohort_page_reload:
 *
 * Reads the page's data again from the store.
 */
void
cohort_page_reload (CohortPage *self)
{
  CohortPagePrivate *priv;

  g_return_if_fail (COHORT_IS_PAGE (self));
  priv = cohort_page_get_instance_private (self);

  if (priv->store != NULL && COHORT_PAGE_GET_CLASS (self)->reload != NULL)
    COHORT_PAGE_GET_CLASS (self)->reload (self);
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
