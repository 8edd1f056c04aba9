/* bench-common.h: what the benchmarks share — a clock, memory, percentiles.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

double bench_now_ms     (void);
long   bench_rss_mb     (const char *field);
double bench_percentile (GArray     *times,
                         double      fraction);

G_END_DECLS
