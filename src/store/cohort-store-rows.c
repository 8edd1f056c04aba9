/* cohort-store-rows.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whole rows as they were: every column of a row read before it is deleted
 * or changed, so that Undo puts it back exactly (same id, same values, the
 * columns later migrations add included) and the audit log keeps the old
 * row as JSON.
 */
#define G_LOG_DOMAIN "cohort-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cohort-json.h"
#include "cohort-store-private.h"

struct _CohortRow
{
  char           *table;
  gint64          rowid;
  int             n_columns;
  char          **names;    /* n_columns */
  sqlite3_value **values;   /* n_columns, copies */
};

void
_cohort_row_free (CohortRow *row)
{
  if (row == NULL)
    return;
  for (int i = 0; i < row->n_columns; i++)
    sqlite3_value_free (row->values[i]);
  g_free (row->values);
  g_strfreev (row->names);
  g_free (row->table);
  g_free (row);
}

gint64
_cohort_row_get_id (const CohortRow *row)
{
  return row->rowid;
}

const char *
_cohort_row_get_table (const CohortRow *row)
{
  return row->table;
}

/* The value of @column, or %NULL when the row has no such column or it is NULL. */
const char *
_cohort_row_get_text (const CohortRow *row,
                      const char      *column)
{
  for (int i = 0; i < row->n_columns; i++)
    if (g_str_equal (row->names[i], column))
      return (const char *) sqlite3_value_text (row->values[i]);
  return NULL;
}

gint64
_cohort_row_get_int (const CohortRow *row,
                     const char      *column)
{
  for (int i = 0; i < row->n_columns; i++)
    if (g_str_equal (row->names[i], column))
      return sqlite3_value_int64 (row->values[i]);
  return 0;
}

static CohortRow *
row_from_statement (const char   *table,
                    sqlite3_stmt *stmt)
{
  CohortRow *row = g_new0 (CohortRow, 1);

  /* Column 0 is the rowid, then every column of the table. */
  row->table = g_strdup (table);
  row->rowid = sqlite3_column_int64 (stmt, 0);
  row->n_columns = sqlite3_column_count (stmt) - 1;
  row->names = g_new0 (char *, row->n_columns + 1);
  row->values = g_new0 (sqlite3_value *, row->n_columns);
  for (int i = 0; i < row->n_columns; i++)
    {
      row->names[i] = g_strdup (sqlite3_column_name (stmt, i + 1));
      row->values[i] = sqlite3_value_dup (sqlite3_column_value (stmt, i + 1));
    }
  return row;
}

/**
 * _cohort_rows_read:
 * @table: a table of Cohort's schema (a constant, never user input)
 * @column: "rowid" or a column of @table
 * @into: (element-type CohortRow): receives the rows whose @column is @value, in rowid order
 */
gboolean
_cohort_rows_read (CohortStore  *self,
                   const char   *table,
                   const char   *column,
                   gint64        value,
                   GPtrArray    *into,
                   GError      **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT rowid, * FROM %s WHERE %s = ? ORDER BY rowid", table, column);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return _cohort_store_set_error (self, rc, error);
  sqlite3_bind_int64 (stmt, 1, value);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (into, row_from_statement (table, stmt));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return _cohort_store_set_error (self, rc, error);
  return TRUE;
}

/**
 * _cohort_row_read:
 *
 * Returns: (transfer full) (nullable): the row @rowid of @table; %NULL with
 *   %COHORT_STORE_ERROR_NOT_FOUND when there is none
 */
CohortRow *
_cohort_row_read (CohortStore  *self,
                  const char   *table,
                  gint64        rowid,
                  GError      **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) _cohort_row_free);

  if (!_cohort_rows_read (self, table, "rowid", rowid, rows, error))
    return NULL;
  if (rows->len == 0)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND,
                   _("What you chose was changed or deleted in the meantime. Reload the list and try again."));
      return NULL;
    }
  return g_ptr_array_steal_index (rows, 0);
}

/**
 * _cohort_row_to_json:
 *
 * Returns: (transfer full): every column of @row that has a value, as a JSON
 *   object; computed keys (blobs) are left out
 */
char *
_cohort_row_to_json (const CohortRow *row)
{
  GString *s = g_string_new ("{");

  for (int i = 0; i < row->n_columns; i++)
    {
      sqlite3_value *v = row->values[i];

      switch (sqlite3_value_type (v))
        {
        case SQLITE_INTEGER:
          cohort_json_append_int (s, row->names[i], sqlite3_value_int64 (v));
          break;
        case SQLITE_FLOAT:
          cohort_json_append_double (s, row->names[i], sqlite3_value_double (v));
          break;
        case SQLITE_TEXT:
          cohort_json_append_member (s, row->names[i], (const char *) sqlite3_value_text (v));
          break;
        default:   /* NULL, or a blob computed from the other columns */
          break;
        }
    }
  g_string_append_c (s, '}');
  return g_string_free (s, FALSE);
}

static gboolean
step_done (CohortStore   *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_finalize (stmt);
  if (rc == SQLITE_CONSTRAINT)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("This cannot be undone any more: the records were changed in the meantime. "
                     "Nothing was changed."));
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    return _cohort_store_set_error (self, rc, error);
  return TRUE;
}

/**
 * _cohort_row_delete:
 *
 * Deletes @row (its rowid) inside the caller's transaction, with an audit
 * row 'delete' that holds the row as JSON.
 */
gboolean
_cohort_row_delete (CohortStore      *self,
                    const CohortRow  *row,
                    GError          **error)
{
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE rowid = ?", row->table);
  g_autofree char *json = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return _cohort_store_set_error (self, rc, error);
  sqlite3_bind_int64 (stmt, 1, row->rowid);
  if (!step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) != 1)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND,
                   _("What you chose was changed or deleted in the meantime. Reload the list and try again."));
      return FALSE;
    }
  json = _cohort_row_to_json (row);
  return _cohort_store_audit (self, row->table, row->rowid, "delete", json, NULL, error);
}

/**
 * _cohort_row_insert:
 *
 * Puts a deleted row back as it was, same rowid, inside the caller's
 * transaction, with an audit row 'create'.
 */
gboolean
_cohort_row_insert (CohortStore      *self,
                    const CohortRow  *row,
                    GError          **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autofree char *json = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_string_printf (sql, "INSERT INTO %s (rowid", row->table);
  for (int i = 0; i < row->n_columns; i++)
    g_string_append_printf (sql, ", \"%s\"", row->names[i]);
  g_string_append (sql, ") VALUES (?");
  for (int i = 0; i < row->n_columns; i++)
    g_string_append (sql, ", ?");
  g_string_append_c (sql, ')');

  rc = sqlite3_prepare_v2 (self->db, sql->str, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return _cohort_store_set_error (self, rc, error);
  sqlite3_bind_int64 (stmt, 1, row->rowid);
  for (int i = 0; i < row->n_columns; i++)
    sqlite3_bind_value (stmt, i + 2, row->values[i]);
  if (!step_done (self, stmt, error))
    return FALSE;
  json = _cohort_row_to_json (row);
  return _cohort_store_audit (self, row->table, row->rowid, "create", NULL, json, error);
}

/**
 * _cohort_row_overwrite:
 *
 * Writes every column of @row back over the row with its rowid, inside the
 * caller's transaction, with an audit row 'update' from the values it had.
 */
gboolean
_cohort_row_overwrite (CohortStore      *self,
                       const CohortRow  *row,
                       GError          **error)
{
  g_autoptr(CohortRow) now = NULL;
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autofree char *old_json = NULL;
  g_autofree char *new_json = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  now = _cohort_row_read (self, row->table, row->rowid, error);
  if (now == NULL)
    return FALSE;

  g_string_printf (sql, "UPDATE %s SET ", row->table);
  for (int i = 0; i < row->n_columns; i++)
    g_string_append_printf (sql, "%s\"%s\" = ?", i ? ", " : "", row->names[i]);
  g_string_append_printf (sql, " WHERE rowid = ?%d", row->n_columns + 1);

  rc = sqlite3_prepare_v2 (self->db, sql->str, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return _cohort_store_set_error (self, rc, error);
  for (int i = 0; i < row->n_columns; i++)
    sqlite3_bind_value (stmt, i + 1, row->values[i]);
  sqlite3_bind_int64 (stmt, row->n_columns + 1, row->rowid);
  if (!step_done (self, stmt, error))
    return FALSE;
  old_json = _cohort_row_to_json (now);
  new_json = _cohort_row_to_json (row);
  if (g_strcmp0 (old_json, new_json) == 0)
    return TRUE;
  return _cohort_store_audit (self, row->table, row->rowid, "update", old_json, new_json, error);
}
