/* cohort-enums.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The stable, untranslated words used for each enum value in the database and
 * in cohort-cli's JSON. Labels for people come from the gui layer.
 */
#define G_LOG_DOMAIN "cohort-enums"

#include "cohort-enums.h"

static const char *
nth (const char *const *names, guint n, guint value)
{
  return value < n ? names[value] : names[0];
}

static guint
find (const char *const *names, guint n, const char *text)
{
  for (guint i = 0; i < n && text; i++)
    if (g_strcmp0 (names[i], text) == 0)
      return i;
  return 0;
}

#define ENUM_STRINGS(prefix, Type, ...)                                          \
  static const char *const prefix##_names[] = { __VA_ARGS__ };                   \
  const char *cohort_##prefix##_to_string (Type v)                               \
  { return nth (prefix##_names, G_N_ELEMENTS (prefix##_names), (guint) v); }     \
  Type cohort_##prefix##_from_string (const char *t)                             \
  { return (Type) find (prefix##_names, G_N_ELEMENTS (prefix##_names), t); }

ENUM_STRINGS (gender, CohortGender, "unknown", "male", "female")
ENUM_STRINGS (level, CohortLevel, "unknown", "province", "district", "commune")
ENUM_STRINGS (class_status, CohortClassStatus, "planned", "running", "finished")
ENUM_STRINGS (study_mode, CohortStudyMode, "full-time", "part-time")
ENUM_STRINGS (org_kind, CohortOrgKind, "school", "district-centre", "partner-school", "other")
ENUM_STRINGS (training_level, CohortTrainingLevel, "intermediate", "elementary", "refresher", "other")
ENUM_STRINGS (credential, CohortCredential, "diploma", "certificate", "completion", "none", "unknown")
