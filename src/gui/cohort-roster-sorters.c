/* cohort-roster-sorters.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sorters for the columns of a roster (CohortEnrolment items). A roster is one
 * class, so sorting in memory is instant; names sort on the same ICU keys the
 * database stores, text columns with the Vietnamese collation, and empty
 * values always last.
 */
#define G_LOG_DOMAIN "cohort-roster-sorters"

#include <string.h>

#include "cohort-collation.h"
#include "cohort-enrolment.h"
#include "cohort-roster-sorters.h"

static GQuark sort_key_quark;

static GBytes *
person_sort_key (CohortPerson *person)
{
  GBytes *key = g_object_get_qdata (G_OBJECT (person), sort_key_quark);

  if (key == NULL)
    {
      key = cohort_person_dup_sort_key (person);
      g_object_set_qdata_full (G_OBJECT (person), sort_key_quark, key, (GDestroyNotify) g_bytes_unref);
    }
  return key;
}

static int
compare_text (const char *a,
              const char *b,
              gboolean    collate)
{
  gboolean a_empty = a == NULL || *a == '\0';
  gboolean b_empty = b == NULL || *b == '\0';

  if (a_empty || b_empty)
    return a_empty - b_empty;
  if (collate)
    return cohort_collation_compare (COHORT_COLLATION_VI, a, -1, b, -1);
  return strcmp (a, b);
}

static int
compare_int (gint64 a,
             gint64 b)
{
  return (a > b) - (a < b);
}

static int
compare_enrolments (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  CohortEnrolment *ea = COHORT_ENROLMENT ((gpointer) a);
  CohortEnrolment *eb = COHORT_ENROLMENT ((gpointer) b);
  CohortPerson *pa = cohort_enrolment_get_person (ea);
  CohortPerson *pb = cohort_enrolment_get_person (eb);
  int ra, rb, result = 0;

  switch ((CohortRosterSort) GPOINTER_TO_INT (user_data))
    {
    case COHORT_ROSTER_SORT_NUMBER:
      ra = cohort_enrolment_get_roster_no (ea);
      rb = cohort_enrolment_get_roster_no (eb);
      /* Students without a number (withdrawn) go last. */
      result = (ra == 0 || rb == 0) ? (ra == 0) - (rb == 0) : compare_int (ra, rb);
      break;
    case COHORT_ROSTER_SORT_NAME:
      result = g_bytes_compare (person_sort_key (pa), person_sort_key (pb));
      break;
    case COHORT_ROSTER_SORT_BIRTH_DATE:
      result = compare_text (cohort_person_get_birth_date (pa), cohort_person_get_birth_date (pb), FALSE);
      break;
    case COHORT_ROSTER_SORT_GENDER:
      result = compare_int (cohort_person_get_gender (pa), cohort_person_get_gender (pb));
      break;
    case COHORT_ROSTER_SORT_ETHNICITY:
      result = compare_text (cohort_enrolment_get_ethnicity_name (ea), cohort_enrolment_get_ethnicity_name (eb),
                             TRUE);
      break;
    case COHORT_ROSTER_SORT_POSITION:
      result = compare_text (cohort_person_get_position (pa), cohort_person_get_position (pb), TRUE);
      break;
    case COHORT_ROSTER_SORT_UNIT:
      result = compare_text (cohort_person_get_unit (pa), cohort_person_get_unit (pb), TRUE);
      break;
    case COHORT_ROSTER_SORT_LEVEL:
      result = compare_int (cohort_person_get_level (pa), cohort_person_get_level (pb));
      break;
    case COHORT_ROSTER_SORT_PARTY_DATE:
      result = compare_text (cohort_person_get_field (pa, COHORT_PERSON_PARTY_JOIN_DATE),
                             cohort_person_get_field (pb, COHORT_PERSON_PARTY_JOIN_DATE), FALSE);
      break;
    case COHORT_ROSTER_SORT_STATUS:
      result = compare_text (cohort_enrolment_get_status (ea), cohort_enrolment_get_status (eb), FALSE);
      break;
    default:
      g_assert_not_reached ();
    }

  /* Ties keep roster order. */
  if (result == 0 && GPOINTER_TO_INT (user_data) != COHORT_ROSTER_SORT_NAME)
    result = g_bytes_compare (person_sort_key (pa), person_sort_key (pb));
  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

/**
 * cohort_roster_sorter_new:
 *
 * Returns: (transfer full): a sorter of CohortEnrolment items
 */
GtkSorter *
cohort_roster_sorter_new (CohortRosterSort by)
{
  if (sort_key_quark == 0)
    sort_key_quark = g_quark_from_static_string ("cohort-roster-sort-key");
  return GTK_SORTER (gtk_custom_sorter_new (compare_enrolments, GINT_TO_POINTER (by), NULL));
}
