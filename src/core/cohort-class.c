/* cohort-class.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-class"

#include "cohort-class.h"

struct _CohortClass
{
  GObject  parent_instance;

  char    *text[COHORT_CLASS_N_TEXT_FIELDS];
  gint64   number[COHORT_CLASS_N_INT_FIELDS];
};

G_DEFINE_FINAL_TYPE (CohortClass, cohort_class, G_TYPE_OBJECT)

#define PROP_FIRST_TEXT 1
#define PROP_FIRST_NUMBER (PROP_FIRST_TEXT + COHORT_CLASS_N_TEXT_FIELDS)
#define N_PROPS (PROP_FIRST_NUMBER + COHORT_CLASS_N_INT_FIELDS)

static GParamSpec *properties[N_PROPS];

static const char *const text_names[COHORT_CLASS_N_TEXT_FIELDS] = {
  "code", "program", "program-name", "host", "start-date", "end-date", "lao-province",
};
static const char *const number_names[COHORT_CLASS_N_INT_FIELDS] = {
  "id", "host-id", "year", "course-no", "planned", "enrolled", "mode", "status", "level",
};

static void
cohort_class_finalize (GObject *object)
{
  CohortClass *self = (CohortClass *) object;

  for (guint i = 0; i < COHORT_CLASS_N_TEXT_FIELDS; i++)
    g_free (self->text[i]);

  G_OBJECT_CLASS (cohort_class_parent_class)->finalize (object);
}

static void
cohort_class_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CohortClass *self = COHORT_CLASS (object);

  if (prop_id >= PROP_FIRST_TEXT && prop_id < PROP_FIRST_NUMBER)
    g_value_set_string (value, self->text[prop_id - PROP_FIRST_TEXT]);
  else if (prop_id >= PROP_FIRST_NUMBER && prop_id < N_PROPS)
    g_value_set_int64 (value, self->number[prop_id - PROP_FIRST_NUMBER]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cohort_class_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CohortClass *self = COHORT_CLASS (object);

  if (prop_id >= PROP_FIRST_TEXT && prop_id < PROP_FIRST_NUMBER)
    cohort_class_set_text (self, prop_id - PROP_FIRST_TEXT, g_value_get_string (value));
  else if (prop_id >= PROP_FIRST_NUMBER && prop_id < N_PROPS)
    cohort_class_set_number (self, prop_id - PROP_FIRST_NUMBER, g_value_get_int64 (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cohort_class_class_init (CohortClassClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cohort_class_finalize;
  object_class->get_property = cohort_class_get_property;
  object_class->set_property = cohort_class_set_property;

  for (guint i = 0; i < COHORT_CLASS_N_TEXT_FIELDS; i++)
    properties[PROP_FIRST_TEXT + i] = g_param_spec_string (text_names[i], NULL, NULL, NULL, rw);
  for (guint i = 0; i < COHORT_CLASS_N_INT_FIELDS; i++)
    properties[PROP_FIRST_NUMBER + i] = g_param_spec_int64 (number_names[i], NULL, NULL,
                                                            G_MININT64, G_MAXINT64, 0, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cohort_class_init (CohortClass *self)
{
}

CohortClass *
cohort_class_new (void)
{
  return g_object_new (COHORT_TYPE_CLASS, NULL);
}

const char *
cohort_class_get_text (CohortClass      *self,
                       CohortClassField  field)
{
  g_return_val_if_fail (COHORT_IS_CLASS (self), NULL);
  g_return_val_if_fail (field < COHORT_CLASS_N_TEXT_FIELDS, NULL);
  return self->text[field];
}

void
cohort_class_set_text (CohortClass      *self,
                       CohortClassField  field,
                       const char       *value)
{
  g_return_if_fail (COHORT_IS_CLASS (self));
  g_return_if_fail (field < COHORT_CLASS_N_TEXT_FIELDS);

  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (self->text[field], value) == 0)
    return;
  g_free (self->text[field]);
  self->text[field] = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_TEXT + field]);
}

gint64
cohort_class_get_number (CohortClass       *self,
                         CohortClassNumber  field)
{
  g_return_val_if_fail (COHORT_IS_CLASS (self), 0);
  g_return_val_if_fail (field < COHORT_CLASS_N_INT_FIELDS, 0);
  return self->number[field];
}

void
cohort_class_set_number (CohortClass       *self,
                         CohortClassNumber  field,
                         gint64             value)
{
  g_return_if_fail (COHORT_IS_CLASS (self));
  g_return_if_fail (field < COHORT_CLASS_N_INT_FIELDS);
  if (self->number[field] == value)
    return;
  self->number[field] = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_NUMBER + field]);
}

/**
 * cohort_class_is_lao:
 *
 * Returns: %TRUE for a cohort of Lao cadres from a partner province
 */
gboolean
cohort_class_is_lao (CohortClass *self)
{
  g_return_val_if_fail (COHORT_IS_CLASS (self), FALSE);
  return self->text[COHORT_CLASS_LAO_PROVINCE] != NULL;
}
