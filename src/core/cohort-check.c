/* cohort-check.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-check"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cohort-check.h"
#include "cohort-date.h"
#include "cohort-number.h"

static gboolean
is_date_field (CohortPersonField field)
{
  return field == COHORT_PERSON_BIRTH_DATE ||
         field == COHORT_PERSON_PARTY_JOIN_DATE ||
         field == COHORT_PERSON_PARTY_OFFICIAL_DATE;
}

/* Today's date, "yyyy-mm-dd", into @out. Finding the local time zone reads
 * /etc/localtime each time (10 µs): an import checks three dates a row, so
 * the date is worked out again only when the second has changed. */
static void
today_iso (char out[11])
{
  G_LOCK_DEFINE_STATIC (today);
  static gint64 second = -1;
  static char today[11];
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  G_LOCK (today);
  if (now != second)
    {
      g_autoptr(GDateTime) local = g_date_time_new_now_local ();

      g_snprintf (today, sizeof today, "%04d-%02d-%02d", g_date_time_get_year (local),
                  g_date_time_get_month (local), g_date_time_get_day_of_month (local));
      second = now;
    }
  memcpy (out, today, sizeof today);
  G_UNLOCK (today);
}

static const struct
{
  const char *label;
  guint       limit;
} person_fields[COHORT_PERSON_N_TEXT_FIELDS] = {
  [COHORT_PERSON_FAMILY_NAME] = { N_("Family name"), COHORT_LIMIT_NAME_PART },
  [COHORT_PERSON_MIDDLE_NAME] = { N_("Middle name"), COHORT_LIMIT_NAME_PART },
  [COHORT_PERSON_GIVEN_NAME] = { N_("Given name"), COHORT_LIMIT_NAME_PART },
  [COHORT_PERSON_LAO_FAMILY_NAME] = { N_("Family name in Lao script"), COHORT_LIMIT_NAME_PART },
  [COHORT_PERSON_LAO_GIVEN_NAME] = { N_("Given name in Lao script"), COHORT_LIMIT_NAME_PART },
  [COHORT_PERSON_LATIN_NAME] = { N_("Name in Latin letters"), COHORT_LIMIT_LATIN_NAME },
  [COHORT_PERSON_BIRTH_DATE] = { N_("Date of birth"), COHORT_LIMIT_DATE },
  [COHORT_PERSON_ETHNICITY] = { N_("Ethnicity"), COHORT_LIMIT_CHOICE },
  [COHORT_PERSON_ETHNICITY_TEXT] = { N_("Ethnicity as a list wrote it"), COHORT_LIMIT_CHOICE },
  [COHORT_PERSON_RELIGION] = { N_("Religion"), COHORT_LIMIT_CHOICE },
  [COHORT_PERSON_NATIONALITY] = { N_("Nationality"), COHORT_LIMIT_CHOICE },
  [COHORT_PERSON_HOMETOWN] = { N_("Hometown"), COHORT_LIMIT_HOMETOWN },
  [COHORT_PERSON_LAO_PROVINCE] = { N_("Province of Laos"), COHORT_LIMIT_CHOICE },
  [COHORT_PERSON_UNIT] = { N_("Work unit"), COHORT_LIMIT_UNIT },
  [COHORT_PERSON_POSITION] = { N_("Position"), COHORT_LIMIT_POSITION },
  [COHORT_PERSON_PARTY_JOIN_DATE] = { N_("Party admission date"), COHORT_LIMIT_DATE },
  [COHORT_PERSON_PARTY_OFFICIAL_DATE] = { N_("Full membership date"), COHORT_LIMIT_DATE },
  [COHORT_PERSON_EDUCATION] = { N_("General education"), COHORT_LIMIT_EDUCATION },
  [COHORT_PERSON_PROFESSIONAL] = { N_("Professional qualification"), COHORT_LIMIT_PROFESSIONAL },
  [COHORT_PERSON_ID_NUMBER] = { N_("Citizen ID number"), COHORT_LIMIT_ID_NUMBER },
  [COHORT_PERSON_PASSPORT_NUMBER] = { N_("Passport number"), COHORT_LIMIT_PASSPORT_NUMBER },
  [COHORT_PERSON_PHONE] = { N_("Phone"), COHORT_LIMIT_PHONE },
  [COHORT_PERSON_LLCT_LEVEL] = { N_("Political theory"), COHORT_LIMIT_EDUCATION },
  [COHORT_PERSON_QLNN_LEVEL] = { N_("State management"), COHORT_LIMIT_EDUCATION },
};

/**
 * cohort_check_person_field_limit:
 *
 * Returns: the most characters @field may hold
 */
guint
cohort_check_person_field_limit (CohortPersonField field)
{
  g_return_val_if_fail (field < COHORT_PERSON_N_TEXT_FIELDS, 0);
  return person_fields[field].limit;
}

/**
 * cohort_check_person_field_label:
 *
 * Returns: what @field is called in messages, translated ("Work unit")
 */
const char *
cohort_check_person_field_label (CohortPersonField field)
{
  g_return_val_if_fail (field < COHORT_PERSON_N_TEXT_FIELDS, NULL);
  return _(person_fields[field].label);
}

/**
 * cohort_check_length:
 * @label: what the value is, translated ("Work unit")
 * @value: (nullable): the text
 * @limit: the most characters it may have
 *
 * Counts characters, not bytes: "Nguyễn" is 6 characters, 8 bytes.
 *
 * Returns: (transfer full) (nullable): what is wrong, or %NULL when @value fits
 */
char *
cohort_check_length (const char *label,
                     const char *value,
                     guint       limit)
{
  g_autofree char *count = NULL;
  glong n;

  if (value == NULL)
    return NULL;
  n = g_utf8_strlen (value, -1);
  if (n <= (glong) limit)
    return NULL;
  count = cohort_number_format (n);
  /* Translators: "Work unit: at most 200 characters, this has 5,000. Shorten it." */
  return g_strdup_printf (_("%s: at most %u characters, this has %s. Shorten it."), label, limit, count);
}

/**
 * cohort_check_person_field:
 * @field: which field
 * @value: (nullable): its value as stored (dates in ISO form)
 *
 * Checks one value on its own.
 *
 * Returns: (transfer full) (nullable): what is wrong, or %NULL if it is fine
 */
char *
cohort_check_person_field (CohortPersonField  field,
                           const char        *value)
{
  char *problem;

  if (value == NULL || *value == '\0')
    return NULL;

  problem = cohort_check_length (cohort_check_person_field_label (field), value,
                                 cohort_check_person_field_limit (field));
  if (problem != NULL)
    return problem;

  if (is_date_field (field))
    {
      char today[11];
      int year;

      if (!cohort_date_parse_iso (value, &year, NULL, NULL) || year < 1900)
        return g_strdup_printf (_("“%s” is not a valid date. Write dates as dd/mm/yyyy, e.g. 05/01/1980."),
                                value);
      today_iso (today);
      if (strcmp (value, today) > 0)
        return g_strdup (_("This date is in the future. Check the year."));
      return NULL;
    }

  if (field == COHORT_PERSON_ID_NUMBER)
    {
      gboolean digits = strlen (value) == 12;

      for (const char *p = value; *p && digits; p++)
        digits = g_ascii_isdigit (*p);
      if (!digits)
        return g_strdup_printf (_("The citizen ID number “%s” must have exactly 12 digits."), value);
      return NULL;
    }

  if (field == COHORT_PERSON_PHONE)
    {
      guint n_digits = 0;

      for (const char *p = value; *p; p++)
        {
          if (g_ascii_isdigit (*p))
            n_digits++;
          else if (*p != ' ' && *p != '.' && *p != '-' && !(*p == '+' && p == value))
            return g_strdup (_("A phone number has only digits, spaces and a leading +."));
        }
      if (n_digits < 9 || n_digits > 13)
        return g_strdup (_("A phone number has 9 to 13 digits, e.g. 0912 345 678."));
      return NULL;
    }

  return NULL;
}

/**
 * cohort_check_person:
 * @field: (out) (optional): the field the problem is about
 *
 * Checks every field and how they fit together.
 *
 * Returns: (transfer full) (nullable): the first problem found, or %NULL
 */
char *
cohort_check_person (CohortPerson      *person,
                     CohortPersonField *field)
{
  const char *birth, *join, *official;

  g_return_val_if_fail (COHORT_IS_PERSON (person), NULL);

  for (guint i = 0; i < COHORT_PERSON_N_TEXT_FIELDS; i++)
    {
      char *problem = cohort_check_person_field (i, cohort_person_get_field (person, i));

      if (problem != NULL)
        {
          if (field)
            *field = i;
          return problem;
        }
    }

  if (cohort_person_get_given_name (person) == NULL &&
      cohort_person_get_field (person, COHORT_PERSON_LAO_GIVEN_NAME) == NULL)
    {
      if (field)
        *field = COHORT_PERSON_GIVEN_NAME;
      return g_strdup (_("The person has no given name. Enter at least the given name."));
    }

  birth = cohort_person_get_birth_date (person);
  join = cohort_person_get_field (person, COHORT_PERSON_PARTY_JOIN_DATE);
  official = cohort_person_get_field (person, COHORT_PERSON_PARTY_OFFICIAL_DATE);
  if (birth != NULL && join != NULL && strncmp (join, birth, 4) <= 0)
    {
      if (field)
        *field = COHORT_PERSON_PARTY_JOIN_DATE;
      return g_strdup (_("The party admission date must come after the date of birth."));
    }
  if (join != NULL && official != NULL && strcmp (official, join) < 0)
    {
      if (field)
        *field = COHORT_PERSON_PARTY_OFFICIAL_DATE;
      return g_strdup (_("The date of full party membership cannot be before the admission date."));
    }
  return NULL;
}

/**
 * cohort_check_class:
 * @what: (out) (optional): which value the problem is about
 *
 * Checks what can be checked without the database; the store adds that the
 * code is unique in its year. A class belongs to the year it starts: with a
 * start date, the year must be the year of that date.
 *
 * Returns: (transfer full) (nullable): the first problem found, or %NULL
 */
char *
cohort_check_class (CohortClass      *klass,
                    CohortClassCheck *what)
{
  const char *code = cohort_class_get_text (klass, COHORT_CLASS_CODE);
  const char *start = cohort_class_get_text (klass, COHORT_CLASS_START_DATE);
  const char *end = cohort_class_get_text (klass, COHORT_CLASS_END_DATE);
  gint64 year = cohort_class_get_number (klass, COHORT_CLASS_YEAR);
  CohortClassCheck found = COHORT_CLASS_CHECK_OK;
  char *problem = NULL;
  int start_year = 0;

  g_return_val_if_fail (COHORT_IS_CLASS (klass), NULL);

  if (code == NULL || *code == '\0')
    {
      found = COHORT_CLASS_CHECK_CODE;
      problem = g_strdup (_("Enter the class code, e.g. B43 or K52A."));
    }
  else if ((problem = cohort_check_length (_("Class code"), code, COHORT_LIMIT_CLASS_CODE)) != NULL)
    found = COHORT_CLASS_CHECK_CODE;
  else if (year < 1975 || year > 2100)
    {
      found = COHORT_CLASS_CHECK_YEAR;
      problem = g_strdup (_("Enter the year the class opens, e.g. 2026."));
    }
  else if (cohort_class_get_text (klass, COHORT_CLASS_PROGRAM) == NULL)
    {
      found = COHORT_CLASS_CHECK_PROGRAM;
      problem = g_strdup (_("Choose the program of the class."));
    }
  else if (cohort_class_get_number (klass, COHORT_CLASS_HOST_ID) <= 0)
    {
      found = COHORT_CLASS_CHECK_HOST;
      problem = g_strdup (_("Choose where the class is held."));
    }
  else if (start != NULL && !cohort_date_parse_iso (start, &start_year, NULL, NULL))
    {
      found = COHORT_CLASS_CHECK_START_DATE;
      problem = g_strdup_printf (_("“%s” is not a valid date. Write dates as dd/mm/yyyy, e.g. 05/01/1980."),
                                 start);
    }
  else if (end != NULL && !cohort_date_parse_iso (end, NULL, NULL, NULL))
    {
      found = COHORT_CLASS_CHECK_END_DATE;
      problem = g_strdup_printf (_("“%s” is not a valid date. Write dates as dd/mm/yyyy, e.g. 05/01/1980."),
                                 end);
    }
  else if (start != NULL && end != NULL && strcmp (end, start) < 0)
    {
      found = COHORT_CLASS_CHECK_END_DATE;
      problem = g_strdup (_("The class must end after it starts."));
    }
  else if (start != NULL && start_year != year)
    {
      g_autofree char *shown = cohort_date_format (start);

      /* The dashboard and the plans count a class in the year it starts. */
      found = COHORT_CLASS_CHECK_YEAR;
      /* Translators: "The class starts on 05/09/2025, so its year is 2025, not 2026.
       * Change the year or the start date." */
      problem = g_strdup_printf (_("The class starts on %s, so its year is %d, not %d. "
                                   "Change the year or the start date."),
                                 shown, start_year, (int) year);
    }
  else if (cohort_class_get_number (klass, COHORT_CLASS_PLANNED) <= 0)
    {
      found = COHORT_CLASS_CHECK_PLANNED;
      problem = g_strdup (_("Enter the planned number of students, at least 1."));
    }

  if (what)
    *what = found;
  return problem;
}

/**
 * cohort_check_class_finish:
 * @code: the class code, for the message
 * @status: the status the class has now, before it is closed
 * @start_date: (nullable): the date it starts, yyyy-mm-dd
 * @today: today's date, yyyy-mm-dd
 *
 * A class is closed as finished only once it has run: not while it is still
 * planned, and not before its start date.
 *
 * Returns: (transfer full) (nullable): what stops it, or %NULL
 */
char *
cohort_check_class_finish (const char        *code,
                           CohortClassStatus  status,
                           const char        *start_date,
                           const char        *today)
{
  g_return_val_if_fail (today != NULL, NULL);

  if (start_date != NULL && strcmp (start_date, today) > 0)
    {
      g_autofree char *date = cohort_date_format (start_date);

      /* Translators: %s is a class code, then a date */
      return g_strdup_printf (_("Class %s has not started yet: it starts on %s. A class can be closed as "
                                "finished only after it has run."), code, date);
    }
  if (status == COHORT_CLASS_STATUS_PLANNED)
    /* Translators: %s is a class code */
    return g_strdup_printf (_("Class %s is still planned: it has not started. Once it has started, set its "
                              "status to Running in the class editor; close it when it has run."), code);
  return NULL;
}
