/* cohort-date.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-date"

#include <stdio.h>
#include <string.h>

#include "cohort-date.h"

/* Dates live in the database as ISO text: "yyyy-mm-dd", or "yyyy" when only
 * the year of birth is known (common on agency lists). The UI shows them
 * day-first with an explicit pattern, never through %x (lo_LA's %x is
 * Buddhist-era and g_date_time_format() returns NULL for it). */

/* Whether @text is exactly @pattern, where 'd' stands for a digit: the
 * dates of a list in their usual forms, read without sscanf (), which an
 * import would otherwise call several times a row. For such text sscanf ()
 * would read the same numbers; anything else goes to it. */
static gboolean
matches (const char *text,
         const char *pattern)
{
  for (; *pattern; text++, pattern++)
    if (*pattern == 'd' ? !g_ascii_isdigit (*text) : *text != *pattern)
      return FALSE;
  return *text == '\0';
}

static int
number (const char *digits,
        guint       n)
{
  int value = 0;

  for (guint i = 0; i < n; i++)
    value = value * 10 + (digits[i] - '0');
  return value;
}

/**
 * cohort_date_parse_iso:
 * @iso: "yyyy-mm-dd" or "yyyy"
 * @year: (out): the year
 * @month: (out): the month, 0 if only the year is known
 * @day: (out): the day, 0 if only the year is known
 *
 * Returns: %TRUE if @iso is a real calendar date (or a plausible year)
 */
gboolean
cohort_date_parse_iso (const char *iso,
                       int        *year,
                       int        *month,
                       int        *day)
{
  int y = 0, m = 0, d = 0;
  char tail;

  if (iso == NULL)
    return FALSE;

  if (matches (iso, "dddd-dd-dd"))
    {
      y = number (iso, 4);
      m = number (iso + 5, 2);
      d = number (iso + 8, 2);
      if (y < 1900 || y > 2200 || !g_date_valid_dmy (d, m, y))
        return FALSE;
    }
  else if (matches (iso, "dddd"))
    {
      y = number (iso, 4);
      if (y < 1900 || y > 2200)
        return FALSE;
    }
  else if (sscanf (iso, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3)
    {
      if (y < 1900 || y > 2200 || !g_date_valid_dmy (d, m, y))
        return FALSE;
    }
  else if (sscanf (iso, "%4d%c", &y, &tail) == 1 && strlen (iso) == 4)
    {
      if (y < 1900 || y > 2200)
        return FALSE;
      m = d = 0;
    }
  else
    return FALSE;

  if (year) *year = y;
  if (month) *month = m;
  if (day) *day = d;
  return TRUE;
}

/**
 * cohort_date_parse_display:
 * @text: a date as an office types it: "05/01/1980", "5/1/1980", "1980-01-05" or "1980"
 *
 * Returns: (transfer full) (nullable): the ISO form, or %NULL if @text is not a date
 */
char *
cohort_date_parse_display (const char *text)
{
  g_autofree char *s = NULL;
  int y = 0, m = 0, d = 0;
  char tail;

  if (text == NULL)
    return NULL;
  if (matches (text, "dd/dd/dddd"))
    {
      d = number (text, 2);
      m = number (text + 3, 2);
      y = number (text + 6, 4);
      if (y < 1900 || y > 2200 || !g_date_valid_dmy (d, m, y))
        return NULL;
      return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
    }
  s = g_strstrip (g_strdup (text));

  if (sscanf (s, "%2d/%2d/%4d%c", &d, &m, &y, &tail) == 3 ||
      sscanf (s, "%2d-%2d-%4d%c", &d, &m, &y, &tail) == 3 ||
      sscanf (s, "%2d.%2d.%4d%c", &d, &m, &y, &tail) == 3)
    {
      if (y < 1900 || y > 2200 || !g_date_valid_dmy (d, m, y))
        return NULL;
      return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
    }

  if (cohort_date_parse_iso (s, &y, &m, &d))
    return m ? g_strdup_printf ("%04d-%02d-%02d", y, m, d) : g_strdup_printf ("%04d", y);

  return NULL;
}

/**
 * cohort_date_format:
 * @iso: (nullable): an ISO date from the database
 *
 * Returns: (transfer full): "dd/mm/yyyy", the year alone, or "" when unknown
 */
char *
cohort_date_format (const char *iso)
{
  int y, m, d;

  if (!cohort_date_parse_iso (iso, &y, &m, &d))
    return g_strdup ("");
  if (m == 0)
    return g_strdup_printf ("%04d", y);
  return g_strdup_printf ("%02d/%02d/%04d", d, m, y);
}

/**
 * cohort_date_format_official:
 * @date: a valid date
 *
 * The date as Vietnamese official documents write it after the place name
 * (Decree 30/2020/NĐ-CP, Phụ lục I): the day zero-padded below 10, the month
 * zero-padded for January and February only.
 *
 * Returns: (transfer full): "ngày 05 tháng 01 năm 2026", "ngày 15 tháng 3 năm 2026"
 */
char *
cohort_date_format_official (GDate *date)
{
  int month;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  month = g_date_get_month (date);
  return g_strdup_printf (month <= 2 ? "ngày %02d tháng %02d năm %04d" : "ngày %02d tháng %d năm %04d",
                          g_date_get_day (date), month, g_date_get_year (date));
}

/**
 * cohort_date_today:
 *
 * Returns: (transfer full): today's date where Cohort runs, yyyy-mm-dd
 */
char *
cohort_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_strdup_printf ("%04d-%02d-%02d", g_date_time_get_year (now), g_date_time_get_month (now),
                          g_date_time_get_day_of_month (now));
}
