/* bench-common.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <string.h>

#include "bench-common.h"

double
bench_now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* @field: "VmRSS:" for now, "VmHWM:" for the peak */
long
bench_rss_mb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, field);
  return line ? strtol (line + strlen (field), NULL, 10) / 1024 : -1;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

/* Sorts @times (double, ms) and returns the value at @fraction of them, e.g. 0.5 for the median. */
double
bench_percentile (GArray *times,
                  double  fraction)
{
  if (times->len == 0)
    return 0;
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, MIN ((guint) (times->len * fraction), times->len - 1));
}
