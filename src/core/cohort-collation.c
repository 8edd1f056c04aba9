/* cohort-collation.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-collation"

#include <string.h>
#include <unicode/ucol.h>
#include <unicode/ustring.h>

#include "cohort-collation.h"
#include "cohort-utf8.h"

/* ICU collators are not safe to share between threads while in use, and
 * opening one costs far more than a comparison: keep one per thread and
 * per collation. The "vi" tailoring puts đ after d and orders tones
 * ngang < huyền < hỏi < ngã < sắc < nặng at the secondary level; it does not
 * depend on the installed C-library locales. */
static void
close_collator (gpointer data)
{
  if (data != NULL)
    ucol_close (data);
}

static GPrivate vi_collator = G_PRIVATE_INIT (close_collator);
static GPrivate lo_collator = G_PRIVATE_INIT (close_collator);

static UCollator *
get_collator (CohortCollation collation)
{
  GPrivate *slot = collation == COHORT_COLLATION_LO ? &lo_collator : &vi_collator;
  UCollator *coll = g_private_get (slot);

  if (coll == NULL)
    {
      UErrorCode status = U_ZERO_ERROR;

      coll = ucol_open (collation == COHORT_COLLATION_LO ? "lo" : "vi", &status);
      if (U_FAILURE (status))
        g_error ("ICU could not open the %s collator: %s",
                 collation == COHORT_COLLATION_LO ? "lo" : "vi", u_errorName (status));
      g_private_set (slot, coll);
    }

  return coll;
}

/* @text as UTF-16 in @buffer (@capacity units) if it fits, else in memory
 * that @heap owns. */
static UChar *
to_uchars (const char  *text,
           UChar       *buffer,
           int32_t      capacity,
           UChar      **heap,
           int32_t     *out_len)
{
  UErrorCode status = U_ZERO_ERROR;

  u_strFromUTF8Lenient (buffer, capacity, out_len, text, -1, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR)
    {
      int32_t n = *out_len;

      status = U_ZERO_ERROR;
      *heap = g_new (UChar, n + 1);
      u_strFromUTF8Lenient (*heap, n + 1, out_len, text, -1, &status);
      buffer = *heap;
    }
  if (U_FAILURE (status))
    *out_len = 0;
  return buffer;
}

/**
 * cohort_collation_append_key:
 * @key: receives the key after what it holds
 *
 * cohort_collation_key (), appended to @key.
 */
void
cohort_collation_append_key (CohortCollation     collation,
                             const char *const  *parts,
                             guint               n_parts,
                             GByteArray         *key)
{
  UCollator *coll = get_collator (collation);

  for (guint i = 0; i < n_parts; i++)
    {
      const char *part = parts[i] ? parts[i] : "";
      g_autofree char *nfc = NULL;
      g_autofree UChar *heap = NULL;
      UChar buffer[128];
      const UChar *u;
      int32_t ulen = 0;
      int32_t need;
      guint old = key->len;

      /* Names come here already in NFC; text that is not gets normalised. */
      if (!cohort_utf8_is_nfc_latin (part, -1))
        nfc = g_utf8_normalize (part, -1, G_NORMALIZE_NFC);
      u = to_uchars (nfc ? nfc : part, buffer, G_N_ELEMENTS (buffer), &heap, &ulen);
      g_byte_array_set_size (key, old + 64);
      need = ucol_getSortKey (coll, u, ulen, key->data + old, 64);
      if (need > 64)
        {
          g_byte_array_set_size (key, old + need);
          ucol_getSortKey (coll, u, ulen, key->data + old, need);
        }
      /* need includes the terminating zero byte, which separates the parts */
      g_byte_array_set_size (key, old + need);
    }
}

/**
 * cohort_collation_key:
 * @collation: which ICU tailoring to use
 * @parts: (array length=n_parts): name parts, most significant first; %NULL entries are empty
 * @n_parts: number of parts
 *
 * Builds one binary sort key for a sequence of name parts: the ICU sort key of
 * each part with its terminating zero kept, concatenated. ICU keys contain no
 * zero byte before their end, so comparing two such keys with memcmp() compares
 * the first parts completely, then the second parts, and so on — exactly the
 * roster order "given name, then middle name, then family name".
 *
 * Returns: (transfer full): the key, to be stored and compared bytewise
 */
GBytes *
cohort_collation_key (CohortCollation     collation,
                      const char *const  *parts,
                      guint               n_parts)
{
  GByteArray *key = g_byte_array_sized_new (64 * n_parts);

  cohort_collation_append_key (collation, parts, n_parts, key);
  return g_byte_array_free_to_bytes (key);
}

int
cohort_collation_compare (CohortCollation  collation,
                          const char      *a,
                          int              a_len,
                          const char      *b,
                          int              b_len)
{
  UErrorCode status = U_ZERO_ERROR;
  UCollationResult r;

  r = ucol_strcollUTF8 (get_collator (collation), a, a_len, b, b_len, &status);
  if (U_FAILURE (status))
    return 0;
  return (int) r;
}
