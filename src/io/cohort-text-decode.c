/* cohort-text-decode.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Turns the bytes of a text file into Unicode NFC, whatever the agency's
 * computer wrote: UTF-8 (with or without BOM, decomposed or not), UTF-16 with
 * a BOM, Windows-1258 (tone marks as combining characters), TCVN3, the
 * encoding of the "ABC" fonts many Vietnamese offices used for years, or VNI.
 */
#define G_LOG_DOMAIN "cohort-text-decode"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cohort-io-error.h"
#include "cohort-text-decode.h"
#include "cohort-utf8.h"

G_DEFINE_QUARK (cohort-io-error-quark, cohort_io_error)

const char *
cohort_text_encoding_name (CohortTextEncoding encoding)
{
  switch (encoding)
    {
    case COHORT_TEXT_UTF8:
      return "UTF-8";
    case COHORT_TEXT_UTF8_BOM:
      return "UTF-8 (BOM)";
    case COHORT_TEXT_UTF16LE:
      return "UTF-16LE";
    case COHORT_TEXT_UTF16BE:
      return "UTF-16BE";
    case COHORT_TEXT_WINDOWS_1258:
      return "Windows-1258";
    case COHORT_TEXT_TCVN3:
      return "TCVN3 (ABC)";
    case COHORT_TEXT_VNI:
      return "VNI";
    default:
      return "?";
    }
}

/* NFC, a piece at a time: GLib 2.74's g_utf8_normalize () takes time in the
 * square of its input (1.6 MB: 20 s). Nothing composes with an ASCII
 * character that follows it, and ASCII blocks the reordering of marks, so
 * the text can be cut before any ASCII character — a line break, a
 * delimiter, a space — and each piece normalised on its own. Pieces of
 * ASCII are already NFC, and so are most Vietnamese ones (cohort_utf8_nfc ()). (Cutting at line breaks only was not enough: a
 * file with CR line ends, as "CSV (Macintosh)", has no '\n' at all.) */
static char *
normalize_pieces (const char *text,
                 gsize       len)
{
  GString *out = g_string_sized_new (len);
  const char *end = text + len;

  for (const char *piece = text; piece < end;)
    {
      const char *stop = piece;
      gboolean ascii = TRUE;

      /* 1 KB or more, up to the next ASCII byte (never inside a character) */
      for (; stop < end && (stop - piece < 1024 || (guchar) *stop >= 0x80); stop++)
        ascii = ascii && (guchar) *stop < 0x80;
      if (ascii)
        g_string_append_len (out, piece, stop - piece);
      else
        {
          g_autofree char *nfc = cohort_utf8_nfc (piece, stop - piece);

          if (nfc != NULL)
            g_string_append (out, nfc);
        }
      piece = stop;
    }
  return g_string_free (out, FALSE);
}

static char *
to_nfc (char *utf8)
{
  char *nfc = normalize_pieces (utf8, strlen (utf8));

  g_free (utf8);
  return nfc;
}

static gboolean
has_tone (gunichar c)
{
  gunichar decomposed[8];
  gsize n;

  if (c < 0xC0)
    return FALSE;
  n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));
  for (gsize i = 1; i < n; i++)
    if (decomposed[i] == 0x0300 || decomposed[i] == 0x0301 || decomposed[i] == 0x0303 ||
        decomposed[i] == 0x0309 || decomposed[i] == 0x0323)
      return TRUE;
  return FALSE;
}

/* How Vietnamese a decoding looks. Letters only Vietnamese uses count for
 * it; what a wrong guess produces counts against: Latin-1 symbols and
 * control characters ("B¶o" for "Bảo"), combining marks left over, and
 * words with two tone marks — a Vietnamese syllable has one at most. */
static gssize
score_vietnamese (const char *text)
{
  gssize score = 0;
  guint tones_in_word = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c))
        tones_in_word = 0;
      else if (has_tone (c) && ++tones_in_word > 1)
        score -= 10;

      if (c >= 0x1EA0 && c <= 0x1EF9)
        score += 2;   /* ạ ả ấ … ỹ: only Vietnamese uses them */
      else if (c == 0x0110 || c == 0x0111 || c == 0x0102 || c == 0x0103 || c == 0x01A0 || c == 0x01A1 ||
               c == 0x01AF || c == 0x01B0)
        score += 2;   /* Đ đ Ă ă Ơ ơ Ư ư */
      else if ((c >= 0x00A0 && c <= 0x00BF) || c == 0x00D7 || c == 0x00F7 ||
               (c < 0x20 && c != '\t' && c != '\n' && c != '\r'))
        score -= 3;
      else if (c >= 0x0300 && c <= 0x036F)
        score -= 3;   /* a combining mark NFC could not attach */
    }
  return score;
}

static char *
convert_legacy (const guint8 *data,
                gsize         len,
                const char   *charset)
{
  g_autoptr(GError) error = NULL;
  char *utf8 = g_convert ((const char *) data, len, "UTF-8", charset, NULL, NULL, &error);

  if (utf8 == NULL)
    return NULL;
  return to_nfc (utf8);
}

/* VNI (the VNI-Times fonts) writes a vowel as its Latin letter followed by
 * bytes that, read as Latin-1, are letters too: "Vieät" for "Việt". Each
 * such byte adds marks to the vowel before it; a few letters have a byte of
 * their own. Upper- and lower-case bytes differ by 0x20. */
static const struct
{
  guint8      byte;       /* upper-case form; lower case is byte + 0x20 */
  const char *marks;      /* combining marks, UTF-8 */
} vni_marks[] = {
  { 0xD9, "\u0301" }, { 0xD8, "\u0300" }, { 0xDB, "\u0309" }, { 0xD5, "\u0303" }, { 0xCF, "\u0323" },
  { 0xC2, "\u0302" }, { 0xCA, "\u0306" },
  { 0xC1, "\u0302\u0301" }, { 0xC0, "\u0302\u0300" }, { 0xC5, "\u0302\u0309" }, { 0xC3, "\u0302\u0303" },
  { 0xC4, "\u0302\u0323" },
  { 0xC9, "\u0306\u0301" }, { 0xC8, "\u0306\u0300" }, { 0xDA, "\u0306\u0309" }, { 0xDC, "\u0306\u0303" },
  { 0xCB, "\u0306\u0323" },
};

static const struct
{
  guint8   byte;          /* upper-case form, as above */
  gunichar upper;
} vni_letters[] = {
  { 0xD1, 0x0110 },  /* Đ */
  { 0xD4, 0x01A0 },  /* Ơ */
  { 0xD6, 0x01AF },  /* Ư */
  { 0xCD, 0x00CD },  /* Í */
  { 0xCC, 0x00CC },  /* Ì */
  { 0xC6, 0x1EC8 },  /* Ỉ */
  { 0xD3, 0x0128 },  /* Ĩ */
  { 0xD2, 0x1ECA },  /* Ị */
  { 0xCE, 0x1EF4 },  /* Ỵ */
};

static gboolean
is_vowel (gunichar c)
{
  switch (g_unichar_tolower (c))
    {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
    case 0x01A1:  /* ơ */
    case 0x01B0:  /* ư */
      return TRUE;
    default:
      return FALSE;
    }
}

static char *
decode_vni (const guint8 *data,
            gsize         len)
{
  GString *out = g_string_sized_new (len + len / 4);
  gunichar last = 0;

  for (gsize i = 0; i < len; i++)
    {
      guint8 b = data[i];
      guint8 upper = b >= 0xE0 && b != 0xF7 ? b - 0x20 : b;
      gboolean lower = upper != b;
      gboolean done = FALSE;

      if (b >= 0xC0)
        {
          for (guint k = 0; !done && k < G_N_ELEMENTS (vni_letters); k++)
            if (vni_letters[k].byte == upper)
              {
                last = lower ? g_unichar_tolower (vni_letters[k].upper) : vni_letters[k].upper;
                g_string_append_unichar (out, last);
                done = TRUE;
              }
          for (guint k = 0; !done && k < G_N_ELEMENTS (vni_marks); k++)
            if (vni_marks[k].byte == upper && is_vowel (last))
              {
                g_string_append (out, vni_marks[k].marks);
                last = 0;   /* one set of marks per vowel */
                done = TRUE;
              }
        }
      if (!done)
        {
          last = b;   /* Latin-1 */
          g_string_append_unichar (out, last);
        }
    }
  return to_nfc (g_string_free (out, FALSE));
}

/**
 * cohort_text_decode:
 * @data: (array length=len): the bytes of a text file
 * @detected: (out) (optional): the encoding found
 *
 * Returns: (transfer full) (nullable): the text in UTF-8, NFC; %NULL with
 *   %COHORT_IO_ERROR_NOT_TEXT for binary content
 */
char *
cohort_text_decode (const guint8       *data,
                    gsize               len,
                    CohortTextEncoding *detected,
                    GError            **error)
{
  CohortTextEncoding encoding;
  char *text = NULL;

  g_return_val_if_fail (data != NULL || len == 0, NULL);

  /* An empty file (whose mapping has no address): empty text. */
  if (len == 0)
    {
      if (detected)
        *detected = COHORT_TEXT_UTF8;
      return g_strdup ("");
    }
  if (len >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
    {
      gboolean le = data[0] == 0xFF;
      char *utf8 = g_convert ((const char *) data + 2, len - 2, "UTF-8", le ? "UTF-16LE" : "UTF-16BE",
                              NULL, NULL, NULL);

      if (utf8 == NULL)
        {
          g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_ENCODING,
                       _("The file says it is UTF-16 but is damaged. Save it again from the spreadsheet "
                         "program as “CSV UTF-8”."));
          return NULL;
        }
      encoding = le ? COHORT_TEXT_UTF16LE : COHORT_TEXT_UTF16BE;
      text = to_nfc (utf8);
    }
  else if (memchr (data, '\0', len) != NULL)
    {
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_NOT_TEXT,
                   _("This file is not a text (CSV) file. Choose the spreadsheet itself (.xlsx or .xls) or "
                     "save it as CSV."));
      return NULL;
    }
  else if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF &&
           g_utf8_validate ((const char *) data + 3, len - 3, NULL))
    {
      encoding = COHORT_TEXT_UTF8_BOM;
      text = normalize_pieces ((const char *) data + 3, len - 3);
    }
  else if (g_utf8_validate ((const char *) data, len, NULL))
    {
      encoding = COHORT_TEXT_UTF8;
      text = normalize_pieces ((const char *) data, len);
    }
  else
    {
      /* A legacy Vietnamese encoding: keep the decoding that reads most like Vietnamese. */
      struct { CohortTextEncoding encoding; char *text; gssize score; } guesses[] = {
        { COHORT_TEXT_WINDOWS_1258, convert_legacy (data, len, "CP1258") },
        { COHORT_TEXT_TCVN3, convert_legacy (data, len, "TCVN5712-1") },
        { COHORT_TEXT_VNI, decode_vni (data, len) },
      };
      guint best = 0;

      for (guint g = 0; g < G_N_ELEMENTS (guesses); g++)
        {
          guesses[g].score = guesses[g].text ? score_vietnamese (guesses[g].text) : G_MINSSIZE;
          if (guesses[g].score > guesses[best].score)
            best = g;
        }
      if (guesses[best].text == NULL)
        {
          g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_ENCODING,
                       _("Cohort cannot tell how this file's text is written. Open it in the spreadsheet "
                         "program and save it as “CSV UTF-8”."));
          return NULL;
        }
      encoding = guesses[best].encoding;
      text = g_steal_pointer (&guesses[best].text);
      for (guint g = 0; g < G_N_ELEMENTS (guesses); g++)
        g_free (guesses[g].text);
    }

  if (detected)
    *detected = encoding;
  return text;
}

/* Text typed with a legacy font in a spreadsheet --------------------------------------- */

/* The characters Windows-1252 gives bytes 0x80–0x9F, in order; 0 where it has none. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
  0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
  0x0178,
};

/* The bytes a legacy font's text was typed as, from the characters a
 * spreadsheet program read them as (Latin-1, or Windows-1252 for 0x80–0x9F);
 * NULL when a character has no byte: the text is Unicode. */
static GByteArray *
legacy_bytes (const char *text)
{
  GByteArray *bytes = g_byte_array_new ();

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      guint8 b = 0;

      if (c <= 0xFF)
        b = (guint8) c;
      else
        for (guint i = 0; i < G_N_ELEMENTS (cp1252_high) && b == 0; i++)
          if (cp1252_high[i] == c)
            b = 0x80 + i;
      if (b == 0)
        {
          g_byte_array_unref (bytes);
          return NULL;
        }
      g_byte_array_append (bytes, &b, 1);
    }
  return bytes;
}

static char *
decode_as (const guint8       *data,
           gsize               len,
           CohortTextEncoding  encoding)
{
  return encoding == COHORT_TEXT_VNI ? decode_vni (data, len) : convert_legacy (data, len, "TCVN5712-1");
}

/**
 * cohort_text_guess_legacy_font:
 * @sample: text of a sheet (its first rows), as read
 * @encoding: (out): %COHORT_TEXT_TCVN3 or %COHORT_TEXT_VNI
 *
 * Lists typed with the "ABC" (.VnTime) or VNI fonts hold, in an .xls or
 * .xlsx, the bytes of those fonts as Latin letters: "NguyÔn V¨n H¶i" for
 * "Nguyễn Văn Hải". Text in Unicode has letters those bytes cannot give
 * (ư, đ, ễ…) and is never taken for it.
 *
 * Returns: whether @sample reads as Vietnamese only once decoded so
 */
gboolean
cohort_text_guess_legacy_font (const char         *sample,
                               CohortTextEncoding *encoding)
{
  g_autoptr(GByteArray) bytes = legacy_bytes (sample);
  gboolean high = FALSE;
  gssize best = G_MINSSIZE, plain;
  const CohortTextEncoding candidates[] = { COHORT_TEXT_TCVN3, COHORT_TEXT_VNI };

  if (bytes == NULL)
    return FALSE;
  for (guint i = 0; i < bytes->len && !high; i++)
    high = bytes->data[i] >= 0x80;
  if (!high)
    return FALSE;
  plain = score_vietnamese (sample);
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      g_autofree char *text = decode_as (bytes->data, bytes->len, candidates[i]);
      gssize score = text ? score_vietnamese (text) : G_MINSSIZE;

      if (score > best)
        {
          best = score;
          *encoding = candidates[i];
        }
    }
  /* A few letters decoded into Vietnamese ones is no proof */
  return best >= plain + 6;
}

/**
 * cohort_text_decode_legacy_font:
 * @text: a cell of a sheet cohort_text_guess_legacy_font() found typed so
 *
 * Returns: (transfer full): @text decoded, or a copy of it when it cannot be
 */
char *
cohort_text_decode_legacy_font (const char         *text,
                                CohortTextEncoding  encoding)
{
  g_autoptr(GByteArray) bytes = legacy_bytes (text);
  char *decoded;
  gboolean high = FALSE;

  for (guint i = 0; bytes != NULL && i < bytes->len && !high; i++)
    high = bytes->data[i] >= 0x80;
  if (!high)
    return g_strdup (text);
  decoded = decode_as (bytes->data, bytes->len, encoding);
  return decoded ? decoded : g_strdup (text);
}
