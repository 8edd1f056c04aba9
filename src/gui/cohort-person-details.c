/* cohort-person-details.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-person-details"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-date.h"
#include "cohort-format.h"
#include "cohort-person-details.h"

/* How a value is shown. */
typedef enum
{
  SHOW_TEXT,
  SHOW_DATE,
  SHOW_GENDER,
  SHOW_LEVEL,
  SHOW_NATIONALITY,
  SHOW_CHOICE,     /* a code of a reference list */
} ShowKind;

#define NO_FIELD -1

static const struct
{
  const char       *key;
  const char       *title;
  CohortDetailGroup group;
  int               field;
  ShowKind          kind;
  CohortChoiceKind  choice;
} details[] = {
  { "family-name", N_("Family Name"), COHORT_DETAIL_GROUP_NAME, COHORT_PERSON_FAMILY_NAME, SHOW_TEXT },
  { "middle-name", N_("Middle Name"), COHORT_DETAIL_GROUP_NAME, COHORT_PERSON_MIDDLE_NAME, SHOW_TEXT },
  { "given-name", N_("Given Name"), COHORT_DETAIL_GROUP_NAME, COHORT_PERSON_GIVEN_NAME, SHOW_TEXT },
  { "lao-given-name", N_("Given Name in Lao Script"), COHORT_DETAIL_GROUP_LAO, COHORT_PERSON_LAO_GIVEN_NAME,
    SHOW_TEXT },
  { "lao-family-name", N_("Family Name in Lao Script"), COHORT_DETAIL_GROUP_LAO, COHORT_PERSON_LAO_FAMILY_NAME,
    SHOW_TEXT },
  { "latin-name", N_("Name in Latin Letters (Passport)"), COHORT_DETAIL_GROUP_LAO, COHORT_PERSON_LATIN_NAME,
    SHOW_TEXT },
  { "passport-number", N_("Passport Number"), COHORT_DETAIL_GROUP_LAO, COHORT_PERSON_PASSPORT_NUMBER, SHOW_TEXT },
  { "lao-province", N_("Province of Laos"), COHORT_DETAIL_GROUP_LAO, COHORT_PERSON_LAO_PROVINCE, SHOW_CHOICE,
    COHORT_CHOICE_LAO_PROVINCE },
  { "birth-date", N_("Date of Birth"), COHORT_DETAIL_GROUP_PERSONAL, COHORT_PERSON_BIRTH_DATE, SHOW_DATE },
  { "gender", N_("Gender"), COHORT_DETAIL_GROUP_PERSONAL, NO_FIELD, SHOW_GENDER },
  { "ethnicity", N_("Ethnicity"), COHORT_DETAIL_GROUP_PERSONAL, COHORT_PERSON_ETHNICITY, SHOW_CHOICE,
    COHORT_CHOICE_ETHNICITY },
  { "ethnicity-text", N_("Ethnicity as a List Wrote It"), COHORT_DETAIL_GROUP_PERSONAL,
    COHORT_PERSON_ETHNICITY_TEXT, SHOW_TEXT },
  { "religion", N_("Religion"), COHORT_DETAIL_GROUP_PERSONAL, COHORT_PERSON_RELIGION, SHOW_CHOICE,
    COHORT_CHOICE_RELIGION },
  { "nationality", N_("Nationality"), COHORT_DETAIL_GROUP_PERSONAL, COHORT_PERSON_NATIONALITY, SHOW_NATIONALITY },
  { "hometown", N_("Hometown"), COHORT_DETAIL_GROUP_PERSONAL, COHORT_PERSON_HOMETOWN, SHOW_TEXT },
  { "id-number", N_("Citizen ID Number"), COHORT_DETAIL_GROUP_PERSONAL, COHORT_PERSON_ID_NUMBER, SHOW_TEXT },
  { "phone", N_("Phone"), COHORT_DETAIL_GROUP_PERSONAL, COHORT_PERSON_PHONE, SHOW_TEXT },
  { "unit", N_("Work Unit"), COHORT_DETAIL_GROUP_WORK, COHORT_PERSON_UNIT, SHOW_TEXT },
  { "position", N_("Position"), COHORT_DETAIL_GROUP_WORK, COHORT_PERSON_POSITION, SHOW_TEXT },
  { "level", N_("Level"), COHORT_DETAIL_GROUP_WORK, NO_FIELD, SHOW_LEVEL },
  { "education", N_("General Education"), COHORT_DETAIL_GROUP_WORK, COHORT_PERSON_EDUCATION, SHOW_TEXT },
  { "professional", N_("Professional Qualification"), COHORT_DETAIL_GROUP_WORK, COHORT_PERSON_PROFESSIONAL,
    SHOW_TEXT },
  /* Translators: the level of political theory (lý luận chính trị) a person has */
  { "llct-level", N_("Political Theory"), COHORT_DETAIL_GROUP_WORK, COHORT_PERSON_LLCT_LEVEL, SHOW_TEXT },
  /* Translators: the level of state management (quản lý nhà nước) a person has */
  { "qlnn-level", N_("State Management"), COHORT_DETAIL_GROUP_WORK, COHORT_PERSON_QLNN_LEVEL, SHOW_TEXT },
  { "party-join-date", N_("Party Admission Date"), COHORT_DETAIL_GROUP_PARTY, COHORT_PERSON_PARTY_JOIN_DATE,
    SHOW_DATE },
  { "party-official-date", N_("Full Membership Date"), COHORT_DETAIL_GROUP_PARTY,
    COHORT_PERSON_PARTY_OFFICIAL_DATE, SHOW_DATE },
};

guint
cohort_person_details_count (void)
{
  return G_N_ELEMENTS (details);
}

/* "birth-date", "unit", "gender", …: a name for tests and scripts */
const char *
cohort_person_detail_key (guint d)
{
  g_return_val_if_fail (d < G_N_ELEMENTS (details), NULL);
  return details[d].key;
}

/* Translated. */
const char *
cohort_person_detail_title (guint d)
{
  g_return_val_if_fail (d < G_N_ELEMENTS (details), NULL);
  return _(details[d].title);
}

CohortDetailGroup
cohort_person_detail_group (guint d)
{
  g_return_val_if_fail (d < G_N_ELEMENTS (details), 0);
  return details[d].group;
}

/* The name of @code in a reference list of the store, or the code itself. */
static char *
choice_name (CohortStore      *store,
             CohortChoiceKind  kind,
             const char       *code)
{
  g_autoptr(GPtrArray) list = cohort_store_list_choices (store, kind, NULL);

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      CohortChoice *choice = g_ptr_array_index (list, i);

      if (g_strcmp0 (choice->code, code) == 0)
        return g_strdup (choice->name);
    }
  return g_strdup (code);
}

/**
 * cohort_person_detail_format:
 *
 * Returns: (transfer full) (nullable): the value as the window writes it,
 *   %NULL or "" when nothing is recorded
 */
char *
cohort_person_detail_format (guint         d,
                             CohortStore  *store,
                             CohortPerson *person)
{
  const char *value;

  g_return_val_if_fail (d < G_N_ELEMENTS (details), NULL);
  value = details[d].field == NO_FIELD ? NULL : cohort_person_get_field (person, details[d].field);

  switch (details[d].kind)
    {
    case SHOW_GENDER:
      return g_strdup (cohort_format_gender (cohort_person_get_gender (person)));
    case SHOW_LEVEL:
      if (cohort_person_get_level (person) == COHORT_LEVEL_UNKNOWN)
        return NULL;
      return g_strdup (cohort_format_level (cohort_person_get_level (person)));
    case SHOW_DATE:
      return cohort_date_format (value);
    case SHOW_NATIONALITY:
      if (value == NULL || g_str_equal (value, "VN"))
        return g_strdup (_("Vietnamese"));
      if (g_str_equal (value, "LA"))
        return g_strdup (_("Lao"));
      return g_strdup (value);
    case SHOW_CHOICE:
      return value ? choice_name (store, details[d].choice, value) : NULL;
    case SHOW_TEXT:
    default:
      return g_strdup (value);
    }
}

/* Whether @a and @b record the same value (what is stored, not how it is shown). */
gboolean
cohort_person_detail_equal (guint         d,
                            CohortPerson *a,
                            CohortPerson *b)
{
  g_return_val_if_fail (d < G_N_ELEMENTS (details), FALSE);

  if (details[d].kind == SHOW_GENDER)
    return cohort_person_get_gender (a) == cohort_person_get_gender (b);
  if (details[d].kind == SHOW_LEVEL)
    return cohort_person_get_level (a) == cohort_person_get_level (b);
  return g_strcmp0 (cohort_person_get_field (a, details[d].field), cohort_person_get_field (b, details[d].field)) == 0;
}

/* Whether nothing is recorded for @person: an unknown gender or level counts as nothing. */
gboolean
cohort_person_detail_is_empty (guint         d,
                               CohortPerson *person)
{
  g_return_val_if_fail (d < G_N_ELEMENTS (details), TRUE);

  if (details[d].kind == SHOW_GENDER)
    return cohort_person_get_gender (person) == COHORT_GENDER_UNKNOWN;
  if (details[d].kind == SHOW_LEVEL)
    return cohort_person_get_level (person) == COHORT_LEVEL_UNKNOWN;
  return cohort_person_get_field (person, details[d].field) == NULL;
}

/* Gives @to the value @from records. */
void
cohort_person_detail_copy (guint         d,
                           CohortPerson *from,
                           CohortPerson *to)
{
  g_return_if_fail (d < G_N_ELEMENTS (details));

  if (details[d].kind == SHOW_GENDER)
    cohort_person_set_gender (to, cohort_person_get_gender (from));
  else if (details[d].kind == SHOW_LEVEL)
    cohort_person_set_level (to, cohort_person_get_level (from));
  else
    cohort_person_set_field (to, details[d].field, cohort_person_get_field (from, details[d].field));
}
