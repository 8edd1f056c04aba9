/* cohort-fold.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-fold"

#include <string.h>

#include "cohort-fold.h"

/**
 * cohort_fold:
 * @text: (nullable): UTF-8 text
 *
 * The one search fold of Cohort, used by the C filters and registered in SQLite:
 * canonical decomposition, removal of the combining diacritics U+0300–U+036F only
 * (Vietnamese tones and vowel marks; Lao vowel and tone marks are kept), đ/Đ → d,
 * lower case, and recomposition. "NGUYỄN ĐỨC" and "nguyen duc" fold alike; Lao text
 * keeps its marks and stays searchable.
 *
 * Returns: (transfer full): the folded text, never %NULL
 */
char *
cohort_fold (const char *text)
{
  g_autofree char *nfd = NULL;
  g_autofree char *lower = NULL;
  GString *out;

  if (text == NULL || *text == '\0')
    return g_strdup ("");

  nfd = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  if (nfd == NULL)              /* not valid UTF-8: fold what we can see */
    nfd = g_utf8_make_valid (text, -1);

  out = g_string_sized_new (strlen (nfd));
  for (const char *p = nfd; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0300 && c <= 0x036F)
        continue;
      if (c == 0x0110 || c == 0x0111)     /* Đ đ */
        c = 'd';
      else if (c < 0x80)
        c = g_ascii_tolower (c);
      else
        c = g_unichar_tolower (c);
      g_string_append_unichar (out, c);
    }

  lower = g_string_free (out, FALSE);
  return g_utf8_normalize (lower, -1, G_NORMALIZE_NFC);
}
