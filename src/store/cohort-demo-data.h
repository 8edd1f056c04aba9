/* cohort-demo-data.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tables the demo generator draws from: Vietnamese names with their real
 * frequencies, the districts and communes of Quảng Trị, units and positions of
 * cadres, and Lao names in their three written forms.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *text;
  guint       weight;
} CohortDemoWeighted;

typedef struct
{
  const char *lao;      /* Lao script */
  const char *latin;    /* passport spelling */
  const char *vi;       /* Vietnamese transcription */
} CohortDemoLaoName;

typedef struct
{
  const char *name;        /* "huyện Vĩnh Linh" */
  const char *short_code;  /* "VL" */
  const char *communes[6];
} CohortDemoDistrict;

#define DEMO_TABLE(type, name) \
  extern const type name[];    \
  extern const guint name##_len

DEMO_TABLE (CohortDemoWeighted, cohort_demo_family_names);
DEMO_TABLE (CohortDemoWeighted, cohort_demo_male_middle);
DEMO_TABLE (CohortDemoWeighted, cohort_demo_female_middle);
DEMO_TABLE (CohortDemoWeighted, cohort_demo_male_given);
DEMO_TABLE (CohortDemoWeighted, cohort_demo_female_given);
DEMO_TABLE (CohortDemoWeighted, cohort_demo_ethnicities);
DEMO_TABLE (CohortDemoDistrict, cohort_demo_districts);
DEMO_TABLE (char *const, cohort_demo_province_units);
DEMO_TABLE (char *const, cohort_demo_province_positions);
DEMO_TABLE (char *const, cohort_demo_district_units);
DEMO_TABLE (char *const, cohort_demo_district_positions);
DEMO_TABLE (char *const, cohort_demo_commune_units);
DEMO_TABLE (char *const, cohort_demo_commune_positions);
DEMO_TABLE (char *const, cohort_demo_professions);
DEMO_TABLE (CohortDemoLaoName, cohort_demo_lao_male_given);
DEMO_TABLE (CohortDemoLaoName, cohort_demo_lao_female_given);
DEMO_TABLE (CohortDemoLaoName, cohort_demo_lao_family);
DEMO_TABLE (char *const, cohort_demo_lao_units);
DEMO_TABLE (char *const, cohort_demo_lao_positions);

G_END_DECLS
