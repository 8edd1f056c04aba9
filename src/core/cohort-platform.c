/* cohort-platform.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one place for code that depends on the C library or the OS.
 */
#define G_LOG_DOMAIN "cohort-platform"

#include "cohort-platform.h"

#include <locale.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

/**
 * cohort_platform_init:
 *
 * Process-wide tuning, called first thing by each program.
 *
 * glibc gives freed memory at the top of the heap back to the kernel as soon
 * as 128 KiB are free there. SQLite's page cache and FTS5 buffers grow and
 * shrink across that line on every few rows of a bulk write, and each trim
 * costs a TLB flush on every core: loading 250,000 people took twice as long.
 * Keeping up to 64 MiB of free heap avoids it.
 */
void
cohort_platform_init (void)
{
#ifdef __GLIBC__
  mallopt (M_TRIM_THRESHOLD, 64 * 1024 * 1024);
#endif
}

/**
 * cohort_platform_use_c_locale:
 *
 * Switches the calling thread to the C locale, so that file writers see
 * "1.25" and not the "1,25" of vi_VN, whatever the window's language.
 * Other threads keep theirs.
 *
 * Returns: what cohort_platform_restore_locale() needs to switch back
 */
gpointer
cohort_platform_use_c_locale (void)
{
#ifdef G_OS_WIN32
  int saved = _configthreadlocale (_ENABLE_PER_THREAD_LOCALE);

  setlocale (LC_ALL, "C");
  return GINT_TO_POINTER (saved + 1);
#else
  static gsize c_locale = 0;

  if (g_once_init_enter (&c_locale))
    g_once_init_leave (&c_locale, (gsize) newlocale (LC_ALL_MASK, "C", (locale_t) 0));
  return uselocale ((locale_t) c_locale);
#endif
}

/**
 * cohort_platform_restore_locale:
 * @saved: what cohort_platform_use_c_locale() returned
 *
 * Gives the calling thread back the locale it had before.
 */
void
cohort_platform_restore_locale (gpointer saved)
{
#ifdef G_OS_WIN32
  /* The thread-local C locale ends with the per-thread mode. */
  _configthreadlocale (GPOINTER_TO_INT (saved) - 1);
#else
  uselocale ((locale_t) saved);
#endif
}
