/* cohort-fold.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-fold"

#include <string.h>

#include "cohort-fold.h"

/* The fold as defined: canonical decomposition, marks U+0300–U+036F
 * dropped, đ → d, lower case, recomposition. */
static char *
fold_full (const char *text)
{
  g_autofree char *nfd = NULL;
  g_autofree char *lower = NULL;
  GString *out;

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

/* The characters cohort_utf8_is_nfc_latin () knows beyond ASCII:
 * U+0080–U+02FF, then U+1E00–U+1EFF. */
#define LATIN_LOW_END   0x0300
#define N_LATIN         ((LATIN_LOW_END - 0x80) + 0x100)

static guint
latin_index (gunichar c)
{
  return c < LATIN_LOW_END ? c - 0x80 : (LATIN_LOW_END - 0x80) + (c - 0x1E00);
}

/* For each of those characters, its fold by fold_full () when that is one
 * character of the same set (or ASCII), else 0. */
static const gunichar *
latin_folds (void)
{
  static gunichar table[N_LATIN];
  static gsize ready = 0;

  if (g_once_init_enter (&ready))
    {
      for (gunichar c = 0x80; c < 0x1F00; c = c + 1 == LATIN_LOW_END ? 0x1E00 : c + 1)
        {
          char one[8] = { 0 };
          g_autofree char *folded = NULL;
          gunichar f;

          g_unichar_to_utf8 (c, one);
          folded = fold_full (one);
          f = g_utf8_get_char (folded);
          if (*folded != '\0' && *g_utf8_next_char (folded) == '\0' &&
              ((f > 0 && f < LATIN_LOW_END) || (f >= 0x1E00 && f <= 0x1EFF)))
            table[latin_index (c)] = f;
        }
      g_once_init_leave (&ready, 1);
    }
  return table;
}

/* The fold of text made only of ASCII and the characters above, one
 * character at a time: for them the decomposition, the dropped marks and
 * the recomposition never reach across two characters, so this gives what
 * fold_full () gives, without normalising twice. %NULL for other text. */
static char *
fold_latin (const char *text)
{
  const gunichar *folds = latin_folds ();
  GString *out = g_string_sized_new (strlen (text));

  for (const guchar *p = (const guchar *) text; *p;)
    {
      gunichar c, f;

      if (*p < 0x80)
        {
          g_string_append_c (out, g_ascii_tolower (*p));
          p++;
          continue;
        }
      if (*p >= 0xC2 && *p <= 0xCB && (p[1] & 0xC0) == 0x80)
        {
          c = ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
          p += 2;
        }
      else if (*p == 0xE1 && p[1] >= 0xB8 && p[1] <= 0xBB && (p[2] & 0xC0) == 0x80)
        {
          c = ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
          p += 3;
        }
      else
        c = 0;
      f = c != 0 ? folds[latin_index (c)] : 0;
      if (f == 0)
        {
          g_string_free (out, TRUE);
          return NULL;
        }
      if (f < 0x80)
        g_string_append_c (out, (char) f);
      else
        g_string_append_unichar (out, f);
    }
  return g_string_free (out, FALSE);
}

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
  char *folded;

  if (text == NULL || *text == '\0')
    return g_strdup ("");

  folded = fold_latin (text);
  if (folded == NULL)
    folded = fold_full (text);
  return folded;
}
