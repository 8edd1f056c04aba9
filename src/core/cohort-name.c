/* cohort-name.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-name"

#include <string.h>

#include "cohort-name.h"
#include "cohort-utf8.h"

/**
 * cohort_name_normalize:
 * @text: (nullable): a name or name part as typed or imported
 *
 * NFC-normalises (UniKey and other systems produce decomposed Vietnamese),
 * trims, and collapses runs of white space to one space. Case is kept: official
 * lists write names as on the citizen ID card.
 *
 * Returns: (transfer full): the normalised text, never %NULL
 */
char *
cohort_name_normalize (const char *text)
{
  g_autofree char *nfc = NULL;
  char *out, *o;
  gboolean space = FALSE;

  if (text == NULL)
    return g_strdup ("");

  nfc = cohort_utf8_nfc (text, -1);
  if (nfc == NULL)
    nfc = g_utf8_make_valid (text, -1);

  /* Never longer than the NFC text; people keep what this returns, so no
   * GString and its 128 bytes at least. */
  o = out = g_malloc (strlen (nfc) + 1);
  for (const char *p = nfc; *p;)
    {
      const char *next = g_utf8_next_char (p);
      gboolean blank;

      /* What g_unichar_isspace () calls space, without decoding ASCII */
      if ((guchar) *p < 0x80)
        blank = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f';
      else
        {
          gunichar c = g_utf8_get_char (p);

          blank = g_unichar_isspace (c) || c == 0x00A0;
        }
      if (blank)
        space = o > out;
      else
        {
          if (space)
            *o++ = ' ';
          space = FALSE;
          memcpy (o, p, next - p);
          o += next - p;
        }
      p = next;
    }
  *o = '\0';
  return out;
}

/**
 * cohort_name_split_vietnamese:
 * @full_name: a Vietnamese full name, e.g. "Nguyễn Thị Thu Hương"
 * @family_name: (out): "Nguyễn"
 * @middle_name: (out): "Thị Thu" (may be empty)
 * @given_name: (out): "Hương"
 *
 * Splits a Vietnamese name: the first word is the family name (họ), the last
 * the given name (tên), everything between the middle name (tên đệm). Never
 * use this for Lao names, whose given name comes first.
 *
 * Returns: %FALSE if the name is empty
 */
gboolean
cohort_name_split_vietnamese (const char  *full_name,
                              char       **family_name,
                              char       **middle_name,
                              char       **given_name)
{
  g_autofree char *norm = cohort_name_normalize (full_name);
  g_auto(GStrv) words = NULL;
  guint n;

  g_return_val_if_fail (family_name && middle_name && given_name, FALSE);

  *family_name = *middle_name = *given_name = NULL;
  if (*norm == '\0')
    return FALSE;

  words = g_strsplit (norm, " ", -1);
  n = g_strv_length (words);

  if (n == 1)
    {
      *family_name = g_strdup ("");
      *middle_name = g_strdup ("");
      *given_name = g_strdup (words[0]);
      return TRUE;
    }

  *family_name = g_strdup (words[0]);
  *given_name = g_strdup (words[n - 1]);
  g_free (words[n - 1]);
  words[n - 1] = NULL;
  *middle_name = g_strjoinv (" ", words + 1);
  return TRUE;
}

/**
 * cohort_name_join:
 *
 * Joins up to three name parts with single spaces, skipping empty ones.
 *
 * Returns: (transfer full): the joined name
 */
char *
cohort_name_join (const char *first,
                  const char *second,
                  const char *third)
{
  const char *parts[] = { first, second, third };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL || *parts[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, parts[i]);
    }

  return g_string_free (out, FALSE);
}
