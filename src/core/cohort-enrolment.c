/* cohort-enrolment.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-enrolment"

#include "cohort-class.h"
#include "cohort-enrolment.h"

struct _CohortEnrolment
{
  GObject       parent_instance;

  gint64        id;
  int           roster_no;
  char         *status;          /* "studying", "deferred", "withdrawn", "graduated", "not-graduated" */
  char         *ethnicity_name;  /* the name of the person's ethnicity, read with the roster */
  char         *note[COHORT_N_STATUS_NOTES];  /* why, since when, by which decision: withdrawn, deferred */
  CohortPerson *person;
  CohortClass  *klass;           /* set when read as a person's history */
};

G_DEFINE_FINAL_TYPE (CohortEnrolment, cohort_enrolment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ROSTER_NO,
  PROP_STATUS,
  PROP_ETHNICITY_NAME,
  PROP_PERSON,
  PROP_CLASS,
  PROP_FIRST_NOTE,
  N_PROPS = PROP_FIRST_NOTE + COHORT_N_STATUS_NOTES
};

static const char *const note_names[COHORT_N_STATUS_NOTES] = { "status-reason", "status-date", "status-decision" };

static GParamSpec *properties[N_PROPS];

static void
cohort_enrolment_finalize (GObject *object)
{
  CohortEnrolment *self = (CohortEnrolment *) object;

  g_clear_object (&self->person);
  g_clear_object (&self->klass);
  g_free (self->status);
  g_free (self->ethnicity_name);
  for (guint i = 0; i < COHORT_N_STATUS_NOTES; i++)
    g_free (self->note[i]);

  G_OBJECT_CLASS (cohort_enrolment_parent_class)->finalize (object);
}

static void
cohort_enrolment_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CohortEnrolment *self = COHORT_ENROLMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_ROSTER_NO:
      g_value_set_int (value, self->roster_no);
      break;
    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;
    case PROP_ETHNICITY_NAME:
      g_value_set_string (value, self->ethnicity_name);
      break;
    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;
    case PROP_CLASS:
      g_value_set_object (value, self->klass);
      break;
    default:
      if (prop_id >= PROP_FIRST_NOTE && prop_id < N_PROPS)
        g_value_set_string (value, self->note[prop_id - PROP_FIRST_NOTE]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cohort_enrolment_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CohortEnrolment *self = COHORT_ENROLMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      cohort_enrolment_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_ROSTER_NO:
      cohort_enrolment_set_roster_no (self, g_value_get_int (value));
      break;
    case PROP_STATUS:
      cohort_enrolment_set_status (self, g_value_get_string (value));
      break;
    case PROP_ETHNICITY_NAME:
      cohort_enrolment_set_ethnicity_name (self, g_value_get_string (value));
      break;
    case PROP_PERSON:
      self->person = g_value_dup_object (value);
      break;
    case PROP_CLASS:
      cohort_enrolment_set_class (self, g_value_get_object (value));
      break;
    default:
      if (prop_id >= PROP_FIRST_NOTE && prop_id < N_PROPS)
        cohort_enrolment_set_note (self, prop_id - PROP_FIRST_NOTE, g_value_get_string (value));
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cohort_enrolment_class_init (CohortEnrolmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cohort_enrolment_finalize;
  object_class->get_property = cohort_enrolment_get_property;
  object_class->set_property = cohort_enrolment_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_ROSTER_NO] = g_param_spec_int ("roster-no", NULL, NULL, 0, G_MAXINT, 0, rw);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, "studying", rw);
  properties[PROP_ETHNICITY_NAME] = g_param_spec_string ("ethnicity-name", NULL, NULL, NULL, rw);
  properties[PROP_PERSON] = g_param_spec_object ("person", NULL, NULL, COHORT_TYPE_PERSON,
                                                 G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                 G_PARAM_STATIC_STRINGS);
  properties[PROP_CLASS] = g_param_spec_object ("class", NULL, NULL, COHORT_TYPE_CLASS, rw);
  for (guint i = 0; i < COHORT_N_STATUS_NOTES; i++)
    properties[PROP_FIRST_NOTE + i] = g_param_spec_string (note_names[i], NULL, NULL, NULL, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cohort_enrolment_init (CohortEnrolment *self)
{
  self->status = g_strdup ("studying");
}

CohortEnrolment *
cohort_enrolment_new (CohortPerson *person)
{
  g_return_val_if_fail (COHORT_IS_PERSON (person), NULL);
  return g_object_new (COHORT_TYPE_ENROLMENT, "person", person, NULL);
}

/**
 * cohort_enrolment_get_person:
 *
 * Returns: (transfer none): the person enrolled
 */
CohortPerson *
cohort_enrolment_get_person (CohortEnrolment *self)
{
  g_return_val_if_fail (COHORT_IS_ENROLMENT (self), NULL);
  return self->person;
}

gint64
cohort_enrolment_get_id (CohortEnrolment *self)
{
  g_return_val_if_fail (COHORT_IS_ENROLMENT (self), 0);
  return self->id;
}

void
cohort_enrolment_set_id (CohortEnrolment *self,
                         gint64           id)
{
  g_return_if_fail (COHORT_IS_ENROLMENT (self));
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

int
cohort_enrolment_get_roster_no (CohortEnrolment *self)
{
  g_return_val_if_fail (COHORT_IS_ENROLMENT (self), 0);
  return self->roster_no;
}

void
cohort_enrolment_set_roster_no (CohortEnrolment *self,
                                int              roster_no)
{
  g_return_if_fail (COHORT_IS_ENROLMENT (self));
  if (self->roster_no == roster_no)
    return;
  self->roster_no = roster_no;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROSTER_NO]);
}

const char *
cohort_enrolment_get_status (CohortEnrolment *self)
{
  g_return_val_if_fail (COHORT_IS_ENROLMENT (self), NULL);
  return self->status;
}

void
cohort_enrolment_set_status (CohortEnrolment *self,
                             const char      *status)
{
  g_return_if_fail (COHORT_IS_ENROLMENT (self));
  if (g_strcmp0 (self->status, status) == 0)
    return;
  g_free (self->status);
  self->status = g_strdup (status);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
cohort_enrolment_get_ethnicity_name (CohortEnrolment *self)
{
  g_return_val_if_fail (COHORT_IS_ENROLMENT (self), NULL);
  return self->ethnicity_name;
}

void
cohort_enrolment_set_ethnicity_name (CohortEnrolment *self,
                                     const char      *name)
{
  g_return_if_fail (COHORT_IS_ENROLMENT (self));
  if (g_strcmp0 (self->ethnicity_name, name) == 0)
    return;
  g_free (self->ethnicity_name);
  self->ethnicity_name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ETHNICITY_NAME]);
}

/**
 * cohort_enrolment_get_class:
 *
 * Returns: (transfer none) (nullable): the class, when the enrolment was read
 *   as part of a person's history
 */
CohortClass *
cohort_enrolment_get_class (CohortEnrolment *self)
{
  g_return_val_if_fail (COHORT_IS_ENROLMENT (self), NULL);
  return self->klass;
}

void
cohort_enrolment_set_class (CohortEnrolment *self,
                            CohortClass     *klass)
{
  g_return_if_fail (COHORT_IS_ENROLMENT (self));
  if (g_set_object (&self->klass, klass))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLASS]);
}

/**
 * cohort_enrolment_get_note:
 * @which: the reason, the date (ISO) or the number of the decision
 *
 * Returns: (nullable): what was recorded when the student was withdrawn or
 *   deferred
 */
const char *
cohort_enrolment_get_note (CohortEnrolment *self,
                           CohortStatusNoteField which)
{
  g_return_val_if_fail (COHORT_IS_ENROLMENT (self), NULL);
  g_return_val_if_fail (which < COHORT_N_STATUS_NOTES, NULL);
  return self->note[which];
}

void
cohort_enrolment_set_note (CohortEnrolment      *self,
                           CohortStatusNoteField which,
                           const char           *value)
{
  g_return_if_fail (COHORT_IS_ENROLMENT (self));
  g_return_if_fail (which < COHORT_N_STATUS_NOTES);
  if (g_strcmp0 (self->note[which], value) == 0)
    return;
  g_free (self->note[which]);
  self->note[which] = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_NOTE + which]);
}
