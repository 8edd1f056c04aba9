/* cohort-store-settings.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Settings the office keeps with its data rather than per computer: the
 * header lines and signers of the official documents Cohort writes. They
 * travel with the database file, so every computer that opens it prints the
 * same letterhead.
 */
#define G_LOG_DOMAIN "cohort-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cohort-check.h"
#include "cohort-json.h"
#include "cohort-store-private.h"

typedef struct
{
  const char *key;
  guint       max_lines;
  guint       max_chars;   /* both lines together */
} SettingInfo;

/* In the order Preferences shows them. */
static const SettingInfo known_settings[] = {
  { COHORT_SETTING_PARENT_AGENCY, 1, COHORT_LIMIT_SETTING_AGENCY },
  { COHORT_SETTING_AGENCY, 1, COHORT_LIMIT_SETTING_AGENCY },
  { COHORT_SETTING_PLACE, 1, COHORT_LIMIT_SETTING_PLACE },
  { COHORT_SETTING_SIGNER_TITLE, 2, COHORT_LIMIT_SETTING_TITLE },
  { COHORT_SETTING_SIGNER_NAME, 1, COHORT_LIMIT_SETTING_NAME },
  { COHORT_SETTING_PREPARER_TITLE, 2, COHORT_LIMIT_SETTING_TITLE },
  { COHORT_SETTING_PREPARER_NAME, 1, COHORT_LIMIT_SETTING_NAME },
};

static const SettingInfo *
find_setting (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (known_settings); i++)
    if (g_strcmp0 (known_settings[i].key, key) == 0)
      return &known_settings[i];
  return NULL;
}

/**
 * cohort_store_list_setting_keys:
 *
 * Returns: (transfer container): the keys of the settings Cohort knows, in
 *   the order Preferences shows them; free with g_free() (not the strings)
 */
const char **
cohort_store_list_setting_keys (void)
{
  const char **keys = g_new0 (const char *, G_N_ELEMENTS (known_settings) + 1);

  for (guint i = 0; i < G_N_ELEMENTS (known_settings); i++)
    keys[i] = known_settings[i].key;
  return keys;
}

/**
 * cohort_store_get_setting_limit:
 * @key: one of the `COHORT_SETTING_*` keys
 *
 * Returns: the most characters the value of @key may have, or 0 for a key
 *   Cohort does not know
 */
guint
cohort_store_get_setting_limit (const char *key)
{
  const SettingInfo *info = find_setting (key);

  return info != NULL ? info->max_chars : 0;
}

/**
 * cohort_store_get_setting:
 * @key: one of the `COHORT_SETTING_*` keys
 *
 * Returns: (transfer full) (nullable): the value, or %NULL (and no error)
 *   when it was never set or was cleared
 */
char *
cohort_store_get_setting (CohortStore  *self,
                          const char   *key,
                          GError      **error)
{
  sqlite3_stmt *stmt;
  char *value = NULL;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  stmt = _cohort_store_prepare (self, "SELECT value FROM setting WHERE key = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  /* An empty value is stored as no value. */
  if (value != NULL && *value == '\0')
    g_clear_pointer (&value, g_free);
  return value;
}

/* The value as it is stored: NFC, each line trimmed, empty lines dropped;
 * NULL for an empty value. */
static gboolean
clean_value (const SettingInfo  *info,
             const char         *value,
             char              **cleaned,
             GError            **error)
{
  g_autofree char *nfc = NULL;
  g_auto(GStrv) lines = NULL;
  GString *out;
  guint n_lines = 0;

  *cleaned = NULL;
  if (value == NULL)
    return TRUE;
  if (!g_utf8_validate (value, -1, NULL))
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("The value for “%s” is not valid text. Type it again."), info->key);
      return FALSE;
    }

  nfc = g_utf8_normalize (value, -1, G_NORMALIZE_NFC);
  lines = g_strsplit_set (nfc, "\r\n", -1);
  out = g_string_new (NULL);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] == '\0')
        continue;
      if (n_lines++ > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, lines[i]);
    }

  if (n_lines > info->max_lines)
    {
      g_string_free (out, TRUE);
      if (info->max_lines == 1)
        g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                     _("“%s” is one line of text: remove the line breaks."), info->key);
      else
        g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                     _("“%s” has at most %u lines, e.g. “KT. HIỆU TRƯỞNG” and “PHÓ HIỆU TRƯỞNG”."),
                     info->key, info->max_lines);
      return FALSE;
    }
  if (g_utf8_strlen (out->str, -1) > (glong) info->max_chars)
    {
      g_string_free (out, TRUE);
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("The value for “%s” is longer than %d characters. Shorten it."), info->key,
                   (int) info->max_chars);
      return FALSE;
    }

  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return TRUE;
    }
  *cleaned = g_string_free (out, FALSE);
  return TRUE;
}

static gboolean
write_setting (CohortStore  *self,
               const char   *key,
               const char   *value,
               GError      **error)
{
  sqlite3_stmt *stmt;

  if (value != NULL)
    stmt = _cohort_store_prepare (self, "INSERT INTO setting (key, value) VALUES (?1, ?2) "
                                  "ON CONFLICT (key) DO UPDATE SET value = ?2", error);
  else
    stmt = _cohort_store_prepare (self, "DELETE FROM setting WHERE key = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (value != NULL)
    sqlite3_bind_text (stmt, 2, value, -1, SQLITE_STATIC);
  return _cohort_store_step_done (self, stmt, error);
}

/* Checks every value of @keys and returns them as they are stored (NULL
 * for a value cleared), before anything is written. */
GPtrArray *
_cohort_store_check_settings (const char *const  *keys,
                              const char *const  *values,
                              GError            **error)
{
  g_autoptr(GPtrArray) cleaned = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; keys[i] != NULL; i++)
    {
      const SettingInfo *info = find_setting (keys[i]);
      char *value = NULL;

      if (info == NULL)
        {
          g_autofree char *list = NULL;
          g_autofree const char **all = cohort_store_list_setting_keys ();

          list = g_strjoinv (", ", (char **) all);
          g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                       _("Cohort has no setting “%s”. The settings are: %s."), keys[i], list);
          return NULL;
        }
      if (!clean_value (info, values[i], &value, error))
        return NULL;
      g_ptr_array_add (cleaned, value);
    }
  return g_steal_pointer (&cleaned);
}

/* Inside the caller's transaction: writes the values of @keys that change
 * (@cleaned from _cohort_store_check_settings()) with one audit row. */
gboolean
_cohort_store_write_settings (CohortStore        *self,
                              const char *const  *keys,
                              GPtrArray          *cleaned,
                              guint              *n_changed,
                              GError            **error)
{
  g_autoptr(GString) old_json = g_string_new ("{");
  g_autoptr(GString) new_json = g_string_new ("{");
  guint changed = 0;

  for (guint i = 0; keys[i] != NULL; i++)
    {
      const char *value = g_ptr_array_index (cleaned, i);
      g_autoptr(GError) read_error = NULL;
      g_autofree char *old = cohort_store_get_setting (self, keys[i], &read_error);

      if (read_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&read_error));
          return FALSE;
        }
      if (g_strcmp0 (old, value) == 0)
        continue;
      if (!write_setting (self, keys[i], value, error))
        return FALSE;
      changed++;
      cohort_json_append_member (old_json, keys[i], old);
      cohort_json_append_member (new_json, keys[i], value);
    }

  if (n_changed != NULL)
    *n_changed = changed;
  if (changed == 0)
    return TRUE;
  g_string_append_c (old_json, '}');
  g_string_append_c (new_json, '}');
  return _cohort_store_audit (self, "setting", 0, "update", old_json->str, new_json->str, error);
}

/**
 * cohort_store_set_settings:
 * @keys: (array zero-terminated=1): `COHORT_SETTING_*` keys
 * @values: (array): one value per key; %NULL or "" clears it
 *
 * Checks every value (one line, or two for the signers' titles; at most
 * the characters of its `COHORT_LIMIT_SETTING_*`), then writes those that change in one transaction with one
 * audit row holding the old and new values. Nothing is written when one
 * value is refused or nothing changes.
 *
 * Returns: %TRUE on success
 */
gboolean
cohort_store_set_settings (CohortStore        *self,
                           const char *const  *keys,
                           const char *const  *values,
                           GError            **error)
{
  g_autoptr(GPtrArray) cleaned = NULL;
  guint n_changed = 0;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (keys != NULL && values != NULL, FALSE);

  cleaned = _cohort_store_check_settings (keys, values, error);
  if (cleaned == NULL)
    return FALSE;

  if (!_cohort_store_begin (self, error))
    return FALSE;
  if (!_cohort_store_write_settings (self, keys, cleaned, &n_changed, error))
    goto fail;
  if (n_changed == 0)
    {
      _cohort_store_rollback (self);
      return TRUE;
    }
  if (_cohort_store_commit (self, error))
    return TRUE;

fail:
  _cohort_store_rollback (self);
  return FALSE;
}
