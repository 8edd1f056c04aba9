/* cohort-utf8.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * NFC without the cost of g_utf8_normalize () for the text Cohort sees most:
 * Vietnamese written with precomposed letters. Every name and cell of an
 * imported list is normalised several times on its way to the database.
 */
#define G_LOG_DOMAIN "cohort-utf8"

#include "cohort-utf8.h"

/**
 * cohort_utf8_is_nfc_latin:
 * @text: UTF-8 text, valid or not
 * @len: its length in bytes, or -1 when it ends with a zero byte
 *
 * A quick check that @text is already in NFC: %TRUE when it is valid UTF-8
 * made only of U+0001–U+02FF (ASCII, Latin-1, Latin Extended-A and -B, IPA,
 * spacing modifiers) and U+1E00–U+1EFF (Latin Extended Additional, which
 * holds the precomposed Vietnamese letters). None of these characters
 * changes under NFC, none is a combining mark, and no two of them compose
 * (checked for every pair). %FALSE says nothing: the text may still be NFC.
 *
 * Returns: %TRUE if @text is valid UTF-8 in NFC made of those characters
 */
gboolean
cohort_utf8_is_nfc_latin (const char *text,
                          gssize      len)
{
  const guchar *p = (const guchar *) text;
  const guchar *end = len < 0 ? NULL : p + len;

  while (end != NULL ? p < end : *p != '\0')
    {
      if (*p < 0x80)
        {
          if (*p == '\0')
            return FALSE;   /* a zero byte inside the given length */
          p++;
        }
      /* U+0080–U+02FF: C2..CB, one continuation byte */
      else if (*p >= 0xC2 && *p <= 0xCB && (end == NULL || end - p >= 2) && (p[1] & 0xC0) == 0x80)
        p += 2;
      /* U+1E00–U+1EFF: E1 B8..BB, one continuation byte */
      else if (*p == 0xE1 && (end == NULL || end - p >= 3) && p[1] >= 0xB8 && p[1] <= 0xBB &&
               (p[2] & 0xC0) == 0x80)
        p += 3;
      else
        return FALSE;
    }
  return TRUE;
}

/**
 * cohort_utf8_nfc:
 * @text: UTF-8 text
 * @len: its length in bytes, or -1 when it ends with a zero byte
 *
 * g_utf8_normalize (@text, @len, %G_NORMALIZE_NFC), with a copy for text
 * that cohort_utf8_is_nfc_latin () finds already normalised.
 *
 * Returns: (transfer full) (nullable): the NFC text, %NULL if @text is not
 *   valid UTF-8
 */
char *
cohort_utf8_nfc (const char *text,
                 gssize      len)
{
  if (cohort_utf8_is_nfc_latin (text, len))
    return len < 0 ? g_strdup (text) : g_strndup (text, len);
  return g_utf8_normalize (text, len, G_NORMALIZE_NFC);
}
