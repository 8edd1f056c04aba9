/* cohort-json.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Just enough JSON writing for the audit log and cohort-cli's output. Text is
 * written as UTF-8, escaping only what JSON requires.
 */
#define G_LOG_DOMAIN "cohort-json"

#include "cohort-json.h"

/**
 * cohort_json_append_string:
 * @value: (nullable): UTF-8 text; %NULL is written as null
 */
void
cohort_json_append_string (GString    *out,
                           const char *value)
{
  if (value == NULL)
    {
      g_string_append (out, "null");
      return;
    }

  g_string_append_c (out, '"');
  for (const unsigned char *p = (const unsigned char *) value; *p; p++)
    {
      switch (*p)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if (*p < 0x20)
            g_string_append_printf (out, "\\u%04x", *p);
          else
            g_string_append_c (out, (char) *p);
        }
    }
  g_string_append_c (out, '"');
}

static void
append_key (GString    *out,
            const char *key)
{
  char last = out->len ? out->str[out->len - 1] : '\0';

  if (last != '{' && last != '[' && last != '\0')
    g_string_append_c (out, ',');
  cohort_json_append_string (out, key);
  g_string_append_c (out, ':');
}

/**
 * cohort_json_append_member:
 *
 * Appends `"key":"value"` to an object being written, with a comma when needed.
 */
void
cohort_json_append_member (GString    *out,
                           const char *key,
                           const char *value)
{
  append_key (out, key);
  cohort_json_append_string (out, value);
}

void
cohort_json_append_int (GString    *out,
                        const char *key,
                        gint64      value)
{
  append_key (out, key);
  g_string_append_printf (out, "%" G_GINT64_FORMAT, value);
}

/**
 * cohort_json_append_double:
 *
 * Appends `"key":1.25`, written the same in every locale.
 */
void
cohort_json_append_double (GString    *out,
                           const char *key,
                           double      value)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  append_key (out, key);
  g_string_append (out, g_ascii_dtostr (number, sizeof number, value));
}

void
cohort_json_append_bool (GString    *out,
                         const char *key,
                         gboolean    value)
{
  append_key (out, key);
  g_string_append (out, value ? "true" : "false");
}
