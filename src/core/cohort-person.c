/* cohort-person.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-person"

#include "cohort-collation.h"
#include "cohort-fold.h"
#include "cohort-name.h"
#include "cohort-person.h"
#include "cohort-utf8.h"

struct _CohortPerson
{
  GObject          parent_instance;

  gint64           id;
  CohortNameOrder  name_order;
  CohortGender     gender;
  CohortLevel      level;
  char            *text[COHORT_PERSON_N_TEXT_FIELDS];
};

G_DEFINE_FINAL_TYPE (CohortPerson, cohort_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME_ORDER,
  PROP_GENDER,
  PROP_LEVEL,
  PROP_FULL_NAME,
  PROP_LAO_NAME,
  PROP_FIRST_TEXT,
  N_PROPS = PROP_FIRST_TEXT + COHORT_PERSON_N_TEXT_FIELDS
};

static GParamSpec *properties[N_PROPS];

/* Property names double as the column names of the person table and the keys
 * of cohort-cli's JSON, so they are written with underscores. */
static const char *const field_keys[COHORT_PERSON_N_TEXT_FIELDS] = {
  "family_name", "middle_name", "given_name", "lao_family_name", "lao_given_name",
  "latin_name", "birth_date", "ethnicity", "religion", "nationality", "hometown",
  "lao_province", "unit", "position", "party_join_date", "party_official_date",
  "education", "professional", "id_number", "passport_number", "phone", "ethnicity_text",
  "llct_level", "qlnn_level",
};

static gboolean
is_name_field (CohortPersonField field)
{
  return field <= COHORT_PERSON_LATIN_NAME;
}

/* GObject overrides */

static void
cohort_person_finalize (GObject *object)
{
  CohortPerson *self = (CohortPerson *) object;

  for (guint i = 0; i < COHORT_PERSON_N_TEXT_FIELDS; i++)
    g_free (self->text[i]);

  G_OBJECT_CLASS (cohort_person_parent_class)->finalize (object);
}

static void
cohort_person_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CohortPerson *self = COHORT_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME_ORDER:
      g_value_set_int (value, self->name_order);
      break;
    case PROP_GENDER:
      g_value_set_int (value, self->gender);
      break;
    case PROP_LEVEL:
      g_value_set_int (value, self->level);
      break;
    case PROP_FULL_NAME:
      g_value_take_string (value, cohort_person_dup_full_name (self));
      break;
    case PROP_LAO_NAME:
      g_value_take_string (value, cohort_person_dup_lao_name (self));
      break;
    default:
      if (prop_id >= PROP_FIRST_TEXT && prop_id < N_PROPS)
        g_value_set_string (value, self->text[prop_id - PROP_FIRST_TEXT]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cohort_person_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CohortPerson *self = COHORT_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      cohort_person_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME_ORDER:
      cohort_person_set_name_order (self, g_value_get_int (value));
      break;
    case PROP_GENDER:
      cohort_person_set_gender (self, g_value_get_int (value));
      break;
    case PROP_LEVEL:
      cohort_person_set_level (self, g_value_get_int (value));
      break;
    default:
      if (prop_id >= PROP_FIRST_TEXT && prop_id < N_PROPS)
        cohort_person_set_field (self, prop_id - PROP_FIRST_TEXT, g_value_get_string (value));
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cohort_person_class_init (CohortPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cohort_person_finalize;
  object_class->get_property = cohort_person_get_property;
  object_class->set_property = cohort_person_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_NAME_ORDER] = g_param_spec_int ("name-order", NULL, NULL,
                                                  COHORT_NAME_ORDER_VIETNAMESE,
                                                  COHORT_NAME_ORDER_LAO,
                                                  COHORT_NAME_ORDER_VIETNAMESE, rw);
  properties[PROP_GENDER] = g_param_spec_int ("gender", NULL, NULL, COHORT_GENDER_UNKNOWN,
                                              COHORT_GENDER_FEMALE, COHORT_GENDER_UNKNOWN, rw);
  properties[PROP_LEVEL] = g_param_spec_int ("level", NULL, NULL, COHORT_LEVEL_UNKNOWN,
                                             COHORT_LEVEL_COMMUNE, COHORT_LEVEL_UNKNOWN, rw);
  properties[PROP_FULL_NAME] = g_param_spec_string ("full-name", NULL, NULL, NULL,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAO_NAME] = g_param_spec_string ("lao-name", NULL, NULL, NULL,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  for (guint i = 0; i < COHORT_PERSON_N_TEXT_FIELDS; i++)
    {
      g_autofree char *name = g_strdelimit (g_strdup (field_keys[i]), "_", '-');

      /* The interned copy keeps the name alive for the param spec. */
      properties[PROP_FIRST_TEXT + i] =
        g_param_spec_string (g_intern_string (name), NULL, NULL, NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_NICK | G_PARAM_STATIC_BLURB);
    }

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cohort_person_init (CohortPerson *self)
{
}

/* Public API */

CohortPerson *
cohort_person_new (void)
{
  return g_object_new (COHORT_TYPE_PERSON, NULL);
}

gint64
cohort_person_get_id (CohortPerson *self)
{
  g_return_val_if_fail (COHORT_IS_PERSON (self), 0);
  return self->id;
}

void
cohort_person_set_id (CohortPerson *self,
                      gint64        id)
{
  g_return_if_fail (COHORT_IS_PERSON (self));
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * cohort_person_field_key:
 * @field: a text field
 *
 * Returns: the stable key of @field ("given_name", "unit", …)
 */
const char *
cohort_person_field_key (CohortPersonField field)
{
  g_return_val_if_fail (field < COHORT_PERSON_N_TEXT_FIELDS, NULL);
  return field_keys[field];
}

/**
 * cohort_person_get_field:
 *
 * Returns: (nullable): the value of a text field, %NULL when not set
 */
const char *
cohort_person_get_field (CohortPerson      *self,
                         CohortPersonField  field)
{
  g_return_val_if_fail (COHORT_IS_PERSON (self), NULL);
  g_return_val_if_fail (field < COHORT_PERSON_N_TEXT_FIELDS, NULL);
  return self->text[field];
}

/**
 * cohort_person_set_field:
 * @value: (nullable): the new value; an empty string clears the field
 *
 * Name fields are normalised (NFC, single spaces) on the way in.
 */
void
cohort_person_set_field (CohortPerson      *self,
                         CohortPersonField  field,
                         const char        *value)
{
  g_autofree char *norm = NULL;

  g_return_if_fail (COHORT_IS_PERSON (self));
  g_return_if_fail (field < COHORT_PERSON_N_TEXT_FIELDS);

  if (value != NULL)
    {
      norm = is_name_field (field) ? cohort_name_normalize (value)
                                   : g_strstrip (cohort_utf8_nfc (value, -1) ?: g_utf8_make_valid (value, -1));
      if (*norm == '\0')
        g_clear_pointer (&norm, g_free);
    }

  if (g_strcmp0 (self->text[field], norm) == 0)
    return;

  g_free (self->text[field]);
  self->text[field] = g_steal_pointer (&norm);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_TEXT + field]);
  if (field <= COHORT_PERSON_GIVEN_NAME)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FULL_NAME]);
  else if (field <= COHORT_PERSON_LAO_GIVEN_NAME)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAO_NAME]);
}

CohortNameOrder
cohort_person_get_name_order (CohortPerson *self)
{
  g_return_val_if_fail (COHORT_IS_PERSON (self), 0);
  return self->name_order;
}

void
cohort_person_set_name_order (CohortPerson    *self,
                              CohortNameOrder  order)
{
  g_return_if_fail (COHORT_IS_PERSON (self));
  if (self->name_order == order)
    return;
  self->name_order = order;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME_ORDER]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FULL_NAME]);
}

CohortGender
cohort_person_get_gender (CohortPerson *self)
{
  g_return_val_if_fail (COHORT_IS_PERSON (self), 0);
  return self->gender;
}

void
cohort_person_set_gender (CohortPerson *self,
                          CohortGender  gender)
{
  g_return_if_fail (COHORT_IS_PERSON (self));
  if (self->gender == gender)
    return;
  self->gender = gender;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GENDER]);
}

CohortLevel
cohort_person_get_level (CohortPerson *self)
{
  g_return_val_if_fail (COHORT_IS_PERSON (self), 0);
  return self->level;
}

void
cohort_person_set_level (CohortPerson *self,
                         CohortLevel   level)
{
  g_return_if_fail (COHORT_IS_PERSON (self));
  if (self->level == level)
    return;
  self->level = level;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

/**
 * cohort_person_dup_full_name:
 *
 * The name as Vietnamese documents write it: "Nguyễn Thị Thu Hương" for a
 * Vietnamese person; for a Lao person the Vietnamese transcription, given name
 * first ("Xổm Phon Phôm Ma Chăn").
 *
 * Returns: (transfer full): the full name
 */
char *
cohort_person_dup_full_name (CohortPerson *self)
{
  const char *const *t;

  g_return_val_if_fail (COHORT_IS_PERSON (self), NULL);
  t = (const char *const *) self->text;

  if (self->name_order == COHORT_NAME_ORDER_LAO)
    return cohort_name_join (t[COHORT_PERSON_GIVEN_NAME], t[COHORT_PERSON_MIDDLE_NAME],
                             t[COHORT_PERSON_FAMILY_NAME]);
  return cohort_name_join (t[COHORT_PERSON_FAMILY_NAME], t[COHORT_PERSON_MIDDLE_NAME],
                           t[COHORT_PERSON_GIVEN_NAME]);
}

/**
 * cohort_person_dup_lao_name:
 *
 * Returns: (transfer full): the name in Lao script, given name first, or ""
 */
char *
cohort_person_dup_lao_name (CohortPerson *self)
{
  g_return_val_if_fail (COHORT_IS_PERSON (self), NULL);
  return cohort_name_join (self->text[COHORT_PERSON_LAO_GIVEN_NAME],
                           self->text[COHORT_PERSON_LAO_FAMILY_NAME], NULL);
}

/**
 * cohort_person_dup_display_name:
 *
 * The name to call a person by in a message or a title: the full name, or
 * the name in Lao script for a Lao cadre recorded only in Lao script.
 *
 * Returns: (transfer full): the name
 */
char *
cohort_person_dup_display_name (CohortPerson *self)
{
  char *name;

  g_return_val_if_fail (COHORT_IS_PERSON (self), NULL);

  name = cohort_person_dup_full_name (self);
  if (*name == '\0')
    {
      g_free (name);
      name = cohort_person_dup_lao_name (self);
    }
  return name;
}

/**
 * cohort_person_dup_search_text:
 *
 * Everything a search should find a person by, folded: the Vietnamese name,
 * the Lao script and passport forms, and the ID and passport numbers.
 *
 * Returns: (transfer full): folded text for the search index
 */
char *
cohort_person_dup_search_text (CohortPerson *self)
{
  g_autofree char *full = NULL;
  g_autofree char *lao = NULL;
  g_autofree char *joined = NULL;
  const char *extra[] = { NULL, self ? self->text[COHORT_PERSON_LATIN_NAME] : NULL,
                          self ? self->text[COHORT_PERSON_ID_NUMBER] : NULL,
                          self ? self->text[COHORT_PERSON_PASSPORT_NUMBER] : NULL };
  GString *s;

  g_return_val_if_fail (COHORT_IS_PERSON (self), NULL);

  full = cohort_person_dup_full_name (self);
  lao = cohort_person_dup_lao_name (self);
  extra[0] = lao;

  s = g_string_new (full);
  for (guint i = 0; i < G_N_ELEMENTS (extra); i++)
    if (extra[i] != NULL && *extra[i] != '\0')
      g_string_append_printf (s, " %s", extra[i]);

  joined = g_string_free (s, FALSE);
  return cohort_fold (joined);
}

/* Keys of the two name orders come from two collators that need not agree on
 * where one script stands against the other (ICU's "lo" puts Lao script
 * before Latin): a first byte keeps Vietnamese-ordered names together, then
 * names ordered in Lao script. */
#define GROUP_VIETNAMESE 0x01
#define GROUP_LAO        0x02

static GBytes *
grouped_key (guint8           group,
             CohortCollation  collation,
             const char      *const *parts,
             guint            n_parts)
{
  GByteArray *key = g_byte_array_sized_new (1 + 64 * n_parts);

  g_byte_array_append (key, &group, 1);
  cohort_collation_append_key (collation, parts, n_parts, key);
  return g_byte_array_free_to_bytes (key);
}

/**
 * cohort_person_dup_sort_key:
 *
 * The roster sort key, computed once when the person is written: Vietnamese
 * names by given name, then middle name, then family name, with ICU's "vi"
 * collation; Lao persons by given name, then family name, in Lao script with
 * the "lo" collation (by their Vietnamese transcription, among the Vietnamese
 * names, when no Lao script is known). A Lao name is never split at its last
 * space. In a list that mixes both, the Lao-script names come after the others.
 *
 * Returns: (transfer full): the key
 */
GBytes *
cohort_person_dup_sort_key (CohortPerson *self)
{
  char **t;

  g_return_val_if_fail (COHORT_IS_PERSON (self), NULL);
  t = self->text;

  if (self->name_order == COHORT_NAME_ORDER_LAO)
    {
      if (t[COHORT_PERSON_LAO_GIVEN_NAME] != NULL)
        {
          const char *parts[] = { t[COHORT_PERSON_LAO_GIVEN_NAME], t[COHORT_PERSON_LAO_FAMILY_NAME] };
          return grouped_key (GROUP_LAO, COHORT_COLLATION_LO, parts, 2);
        }
      else
        {
          const char *parts[] = { t[COHORT_PERSON_GIVEN_NAME], t[COHORT_PERSON_FAMILY_NAME] };
          return grouped_key (GROUP_VIETNAMESE, COHORT_COLLATION_VI, parts, 2);
        }
    }
  else
    {
      const char *parts[] = { t[COHORT_PERSON_GIVEN_NAME], t[COHORT_PERSON_MIDDLE_NAME],
                              t[COHORT_PERSON_FAMILY_NAME] };
      return grouped_key (GROUP_VIETNAMESE, COHORT_COLLATION_VI, parts, 3);
    }
}

/**
 * cohort_person_copy:
 *
 * Returns: (transfer full): a new person with the same id and values
 */
CohortPerson *
cohort_person_copy (CohortPerson *self)
{
  CohortPerson *to;

  g_return_val_if_fail (COHORT_IS_PERSON (self), NULL);

  to = cohort_person_new ();
  to->id = self->id;
  to->name_order = self->name_order;
  to->gender = self->gender;
  to->level = self->level;
  for (guint f = 0; f < COHORT_PERSON_N_TEXT_FIELDS; f++)
    to->text[f] = g_strdup (self->text[f]);
  return to;
}

/**
 * cohort_person_fill_from:
 * @other: another record of the same person
 *
 * Gives @self the values of @other where @self has none: empty text fields,
 * an unknown gender or level. The values @self has stay.
 */
void
cohort_person_fill_from (CohortPerson *self,
                         CohortPerson *other)
{
  g_return_if_fail (COHORT_IS_PERSON (self));
  g_return_if_fail (COHORT_IS_PERSON (other));

  for (guint f = 0; f < COHORT_PERSON_N_TEXT_FIELDS; f++)
    if (self->text[f] == NULL && other->text[f] != NULL)
      cohort_person_set_field (self, f, other->text[f]);
  if (self->gender == COHORT_GENDER_UNKNOWN)
    cohort_person_set_gender (self, other->gender);
  if (self->level == COHORT_LEVEL_UNKNOWN)
    cohort_person_set_level (self, other->level);
}
