/* cohort-store-provinces.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The provincial units of Vietnam the hosts are in: the 34 of today and the
 * 63 of before the merge of 01/07/2025, each with the one it is part of now.
 */
#define G_LOG_DOMAIN "cohort-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cohort-fold.h"
#include "cohort-store-private.h"

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

void
cohort_province_free (CohortProvince *province)
{
  if (province == NULL)
    return;
  g_free (province->name);
  g_free (province->now);
  g_free (province);
}

/**
 * cohort_store_list_provinces:
 *
 * Returns: (transfer full) (element-type CohortProvince): the 34 provincial
 *   units of today by name, then the units gone on 01/07/2025, each with the
 *   one it is part of now
 */
GPtrArray *
cohort_store_list_provinces (CohortStore  *self,
                             GError      **error)
{
  g_autoptr(GPtrArray) provinces = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_province_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  stmt = _cohort_store_prepare (self,
                                "SELECT p.id, p.name, p.valid_to IS NULL, p.kind = 'city', "
                                "(SELECT n.name FROM vn_province_merge m JOIN vn_province n ON n.id = m.new_id "
                                " WHERE m.old_id = p.id) "
                                "FROM vn_province p ORDER BY p.valid_to IS NULL DESC, p.name COLLATE vi, p.id",
                                error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CohortProvince *p = g_new0 (CohortProvince, 1);

      p->id = sqlite3_column_int64 (stmt, 0);
      p->name = dup_column (stmt, 1);
      p->current = sqlite3_column_int (stmt, 2) != 0;
      p->city = sqlite3_column_int (stmt, 3) != 0;
      p->now = dup_column (stmt, 4);
      g_ptr_array_add (provinces, p);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&provinces);
}

/**
 * cohort_store_find_province:
 * @text: a province's name, accents, case and a leading "tỉnh", "thành phố"
 *   or "TP" aside, e.g. "quang tri"; or its number
 *
 * Finds the unit of today with that name, or else the unit of before
 * 01/07/2025 (e.g. "Quảng Bình").
 *
 * Returns: its id, or 0 with %COHORT_STORE_ERROR_NOT_FOUND
 */
gint64
cohort_store_find_province (CohortStore  *self,
                            const char   *text,
                            GError      **error)
{
  static const char *const prefixes[] = { "tinh ", "thanh pho ", "tp. ", "tp.", "tp " };
  g_autofree char *folded = NULL;
  const char *name;
  sqlite3_stmt *stmt;
  gint64 id = 0;
  char *end = NULL;

  g_return_val_if_fail (COHORT_IS_STORE (self), 0);

  if (text != NULL && *text != '\0')
    {
      gint64 number = g_ascii_strtoll (text, &end, 10);

      if (end != NULL && *end == '\0')
        {
          if (number > 0 && _cohort_store_province_exists (self, number))
            return number;
        }
      else
        {
          folded = cohort_fold (text);
          g_strstrip (folded);
          name = folded;
          for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
            if (g_str_has_prefix (name, prefixes[i]))
              {
                name += strlen (prefixes[i]);
                break;
              }
          stmt = _cohort_store_prepare (self, "SELECT id FROM vn_province WHERE fold (name) = ? "
                                        "ORDER BY valid_to IS NULL DESC, id LIMIT 1", error);
          if (stmt == NULL)
            return 0;
          sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
          if (sqlite3_step (stmt) == SQLITE_ROW)
            id = sqlite3_column_int64 (stmt, 0);
          sqlite3_reset (stmt);
          if (id > 0)
            return id;
        }
    }

  g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND,
               _("Cohort knows no province “%s”. Write the name of one of the 34 provinces and cities, "
                 "e.g. Quảng Trị, or of a province before 01/07/2025, e.g. Quảng Bình."), text ? text : "");
  return 0;
}
