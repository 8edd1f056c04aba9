/* cohort-number.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Numbers as the user's language writes them: thousands grouped with the
 * translated separator ("12,345" / "12.345"), decimals with the translated
 * mark ("4.65 %" / "4,65 %"), whatever LC_NUMERIC says.
 */
#define G_LOG_DOMAIN "cohort-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "cohort-number.h"

/**
 * cohort_number_format:
 *
 * Returns: (transfer full): @n with thousands grouped, "12,345" in English,
 *   "12.345" in Vietnamese
 */
char *
cohort_number_format (gint64 n)
{
  /* Translators: the thousands separator of large numbers: "," in English, "." in Vietnamese */
  const char *sep = C_("number", ",");
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, n < 0 ? -(guint64) n : (guint64) n);
  GString *out = g_string_new (n < 0 ? "-" : "");
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, sep);
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

/**
 * cohort_number_format_percent:
 * @percent: 64.0 for 64 %
 * @decimals: digits after the decimal mark (trailing zeros dropped)
 *
 * Returns: (transfer full): "64%", "4.65%" in English, "4,65%" in Vietnamese
 */
char *
cohort_number_format_percent (double percent,
                              guint  decimals)
{
  /* Translators: the decimal mark: "." in English, "," in Vietnamese */
  const char *mark = C_("number", ".");
  double scale = pow (10, MIN (decimals, 6));
  gint64 scaled = (gint64) llround (percent * scale);
  gint64 whole = (scaled < 0 ? -scaled : scaled) / (gint64) scale;
  gint64 frac = (scaled < 0 ? -scaled : scaled) % (gint64) scale;
  g_autofree char *whole_text = cohort_number_format (whole);
  GString *out = g_string_new (scaled < 0 ? "-" : "");

  g_string_append (out, whole_text);
  if (frac != 0)
    {
      g_autofree char *digits = g_strdup_printf ("%0*" G_GINT64_FORMAT, (int) decimals, frac);
      gsize len = strlen (digits);

      while (len > 0 && digits[len - 1] == '0')
        digits[--len] = '\0';
      g_string_append (out, mark);
      g_string_append (out, digits);
    }
  /* Translators: a percentage, "64%"; Vietnamese writes "64%" too */
  {
    g_autofree char *number = g_string_free (out, FALSE);
    return g_strdup_printf (C_("number", "%s%%"), number);
  }
}
