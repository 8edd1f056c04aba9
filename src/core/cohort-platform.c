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

struct _CohortSavedLocale
{
#ifdef G_OS_WIN32
  int       per_thread;   /* _configthreadlocale () before */
  char     *numeric;
  char     *time;
#else
  locale_t  previous;
#endif
};

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
 * Switches the calling thread (only) to the C locale, until
 * cohort_platform_restore_locale(). Writers of file formats run inside it:
 * libxlsxwriter prints numbers with the current LC_NUMERIC, and under
 * vi_VN a width of 12.5 becomes "12,5", which spreadsheet programs reject.
 * The window keeps its own locale meanwhile.
 *
 * Returns: (transfer full): what cohort_platform_restore_locale() needs
 */
CohortSavedLocale *
cohort_platform_use_c_locale (void)
{
  CohortSavedLocale *saved = g_new0 (CohortSavedLocale, 1);

#ifdef G_OS_WIN32
  saved->per_thread = _configthreadlocale (_ENABLE_PER_THREAD_LOCALE);
  saved->numeric = g_strdup (setlocale (LC_NUMERIC, NULL));
  saved->time = g_strdup (setlocale (LC_TIME, NULL));
  setlocale (LC_NUMERIC, "C");
  setlocale (LC_TIME, "C");
#else
  static gsize c_locale = 0;

  if (g_once_init_enter (&c_locale))
    g_once_init_leave (&c_locale, (gsize) newlocale (LC_ALL_MASK, "C", (locale_t) 0));
  saved->previous = uselocale ((locale_t) c_locale);
#endif
  return saved;
}

/**
 * cohort_platform_restore_locale:
 * @saved: (transfer full): what cohort_platform_use_c_locale() returned
 *
 * Gives the calling thread back the locale it had.
 */
void
cohort_platform_restore_locale (CohortSavedLocale *saved)
{
  g_return_if_fail (saved != NULL);

#ifdef G_OS_WIN32
  setlocale (LC_NUMERIC, saved->numeric);
  setlocale (LC_TIME, saved->time);
  _configthreadlocale (saved->per_thread);
  g_free (saved->numeric);
  g_free (saved->time);
#else
  uselocale (saved->previous);
#endif
  g_free (saved);
}
