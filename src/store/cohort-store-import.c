/* cohort-store-import.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing the people of an imported list: all of them or none.
 */
#define G_LOG_DOMAIN "cohort-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cohort-store-private.h"

/* From this many people on, an import rebuilds the indexes after writing. */
#define BULK_ROWS 5000

/**
 * cohort_store_import_people:
 * @class_id: the class to enrol everyone in, or 0
 * @people: (element-type CohortPerson): the people of the list, in its order
 * @existing: (array) (nullable): for each person, the id of the record already
 *   in Cohort it stands for (then nothing new is written for it), or 0
 * @n_created: (out) (optional): how many people were new
 * @n_enrolled: (out) (optional): how many were put on the roster; those
 *   already on it stay as they are
 *
 * Writes the new people and enrols everyone in one transaction, with audit
 * rows. Any failure, or @cancellable, leaves the database as it was.
 */
gboolean
cohort_store_import_people (CohortStore         *self,
                            gint64               class_id,
                            GPtrArray           *people,
                            const gint64        *existing,
                            guint               *n_created,
                            guint               *n_enrolled,
                            CohortProgressFunc   progress,
                            gpointer             user_data,
                            GCancellable        *cancellable,
                            GError             **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) indexes = NULL;
  guint created = 0;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (people != NULL, FALSE);

  if (class_id > 0)
    {
      g_autoptr(CohortClass) klass = cohort_store_get_class (self, class_id, error);

      if (klass == NULL)
        return FALSE;
    }
  if (!_cohort_store_begin (self, error))
    return FALSE;
  /* A large list: build the indexes once at the end rather than row by row. */
  if (people->len >= BULK_ROWS && (indexes = _cohort_store_drop_indexes (self, error)) == NULL)
    goto fail;

  for (guint i = 0; i < people->len; i++)
    {
      CohortPerson *person = g_ptr_array_index (people, i);
      gint64 id = existing != NULL ? existing[i] : 0;

      if (i % 256 == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            goto fail;
          if (progress != NULL)
            progress (0.9 * i / people->len, user_data);
        }
      if (id == 0)
        {
          g_autoptr(GError) row_error = NULL;

          if (!_cohort_store_insert_person_row (self, person, &row_error))
            {
              g_autofree char *name = cohort_person_dup_full_name (person);

              /* Translators: "Nguyễn Văn An: The citizen ID number … Nothing was imported." */
              g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                           _("%s: %s Nothing was imported."), name, row_error->message);
              goto fail;
            }
              id = cohort_person_get_id (person);
          created++;
        }
      else if (class_id > 0)
        {
          sqlite3_stmt *stmt = _cohort_store_prepare (self, "SELECT 1 FROM enrolment WHERE class_id = ? "
                                                      "AND person_id = ?", error);
          gboolean enrolled;

          if (stmt == NULL)
            goto fail;
          sqlite3_bind_int64 (stmt, 1, class_id);
          sqlite3_bind_int64 (stmt, 2, id);
          enrolled = sqlite3_step (stmt) == SQLITE_ROW;
          sqlite3_reset (stmt);
          if (enrolled)
            continue;
        }
      g_array_append_val (ids, id);
    }

  for (guint i = 0; indexes != NULL && i < indexes->len; i++)
    if (!_cohort_store_exec (self, g_ptr_array_index (indexes, i), error))
      goto fail;
  if (class_id > 0 && !_cohort_store_enrol_rows (self, class_id, (gint64 *) ids->data, ids->len, NULL, error))
    goto fail;
  if (!_cohort_store_commit (self, error))
    goto fail;
  if (progress != NULL)
    progress (1.0, user_data);
  if (n_created != NULL)
    *n_created = created;
  if (n_enrolled != NULL)
    *n_enrolled = class_id > 0 ? ids->len : 0;
  return TRUE;

fail:
  _cohort_store_rollback (self);
  return FALSE;
}
