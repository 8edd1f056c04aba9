/* cohort-store-imports.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The import history: every import as cohort_store_import_people () recorded
 * it, and undoing one — the enrolments it made and the people it created
 * removed in one transaction, audited — while nobody has used those people
 * or places since. Otherwise nothing changes, and the blocks say who and why.
 */
#define G_LOG_DOMAIN "cohort-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cohort-json.h"
#include "cohort-store-private.h"

/* At most this many people are named in the message of a refused undo. */
#define MAX_NAMED 8

#define RECORD_SELECT \
  "SELECT b.id, b.at, b.file_name, b.sheet, b.format, b.class_id, c.code, c.year, b.n_rows, b.n_created, " \
  "b.n_linked, b.n_enrolled, b.n_left_out, b.undone_at FROM import_batch b " \
  "LEFT JOIN class c ON c.id = b.class_id "

void
cohort_import_record_free (CohortImportRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->at);
  g_free (record->file_name);
  g_free (record->sheet);
  g_free (record->format);
  g_free (record->class_code);
  g_free (record->undone_at);
  g_free (record);
}

void
cohort_import_block_free (CohortImportBlock *block)
{
  if (block == NULL)
    return;
  g_free (block->name);
  g_free (block->reason);
  g_free (block);
}

static char *
dup_text (sqlite3_stmt *stmt,
          int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static CohortImportRecord *
read_record (sqlite3_stmt *stmt)
{
  CohortImportRecord *record = g_new0 (CohortImportRecord, 1);

  record->id = sqlite3_column_int64 (stmt, 0);
  record->at = dup_text (stmt, 1);
  record->file_name = dup_text (stmt, 2);
  record->sheet = dup_text (stmt, 3);
  record->format = dup_text (stmt, 4);
  record->class_id = sqlite3_column_type (stmt, 6) == SQLITE_NULL ? 0 : sqlite3_column_int64 (stmt, 5);
  record->class_code = dup_text (stmt, 6);
  record->class_year = sqlite3_column_int (stmt, 7);
  record->n_rows = (guint) sqlite3_column_int64 (stmt, 8);
  record->n_created = (guint) sqlite3_column_int64 (stmt, 9);
  record->n_linked = (guint) sqlite3_column_int64 (stmt, 10);
  record->n_enrolled = (guint) sqlite3_column_int64 (stmt, 11);
  record->n_left_out = (guint) sqlite3_column_int64 (stmt, 12);
  record->undone_at = dup_text (stmt, 13);
  return record;
}

/**
 * cohort_store_list_imports:
 *
 * Returns: (transfer full) (element-type CohortImportRecord): every import,
 *   newest first, the undone ones included
 */
GPtrArray *
cohort_store_list_imports (CohortStore  *self,
                           GError      **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_import_record_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  stmt = _cohort_store_prepare (self, RECORD_SELECT "ORDER BY b.id DESC", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (records, read_record (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&records);
}

/**
 * cohort_store_get_import:
 *
 * Returns: (transfer full) (nullable): the import, or %NULL with
 *   %COHORT_STORE_ERROR_NOT_FOUND
 */
CohortImportRecord *
cohort_store_get_import (CohortStore  *self,
                         gint64        id,
                         GError      **error)
{
  CohortImportRecord *record = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  stmt = _cohort_store_prepare (self, RECORD_SELECT "WHERE b.id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    record = read_record (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND,
                 _("There is no import number %lld. See the import history for the numbers."), (long long) id);
  else if (rc != SQLITE_ROW)
    _cohort_store_set_error (self, rc, error);
  return record;
}

/* Checking an undo ------------------------------------------------------------------ */

/* The person's name as Cohort shows it; for a person no longer in Cohort, the
 * name the import wrote (its audit row). */
static char *
person_name (CohortStore *self,
             gint64       person_id)
{
  g_autoptr(CohortPerson) person = cohort_store_get_person (self, person_id, NULL);
  sqlite3_stmt *stmt;
  char *name = NULL;

  if (person != NULL)
    {
      name = cohort_person_dup_full_name (person);
      if (*name == '\0')
        {
          g_free (name);
          name = cohort_person_dup_lao_name (person);
        }
      return name;
    }
  stmt = _cohort_store_prepare (self,
                                "SELECT trim (coalesce (json_extract (new_value, '$.family_name') || ' ', '') || "
                                "coalesce (json_extract (new_value, '$.middle_name') || ' ', '') || "
                                "coalesce (json_extract (new_value, '$.given_name'), "
                                "json_extract (new_value, '$.lao_given_name'), '')) "
                                "FROM audit_log WHERE entity = 'person' AND entity_id = ? AND action = 'create' "
                                "ORDER BY id DESC LIMIT 1", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, person_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        name = dup_text (stmt, 0);
      sqlite3_reset (stmt);
    }
  if (name == NULL || *name == '\0')
    {
      g_free (name);
      /* Translators: a person Cohort no longer has, by number */
      name = g_strdup_printf (_("person %lld"), (long long) person_id);
    }
  return name;
}

typedef struct
{
  CohortStore *store;
  GPtrArray   *blocks;
  GHashTable  *seen;      /* "person_id:reason" */
} Blocks;

static void
add_block (Blocks *b,
           gint64  person_id,
           char   *reason)
{
  g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT ":%s", person_id, reason);
  CohortImportBlock *block;

  if (!g_hash_table_add (b->seen, g_steal_pointer (&key)))
    {
      g_free (reason);
      return;
    }
  block = g_new0 (CohortImportBlock, 1);
  block->person_id = person_id;
  block->name = person_name (b->store, person_id);
  block->reason = reason;
  g_ptr_array_add (b->blocks, block);
}

typedef enum
{
  BLOCK_GONE,
  BLOCK_EDITED,
  BLOCK_ENROLLED,
  BLOCK_PLACE_CHANGED,
  BLOCK_RESULTS,
} BlockKind;

/* Why, in words: @klass is "B44 (2026)" where the reason names a class. */
static char *
reason_text (BlockKind   kind,
             const char *klass)
{
  switch (kind)
    {
    case BLOCK_GONE:
      return g_strdup (_("is no longer in Cohort as the import wrote them (merged into another record, or "
                         "removed)"));
    case BLOCK_EDITED:
      return g_strdup (_("was edited after the import"));
    case BLOCK_ENROLLED:
      /* Translators: %s is a class code and year, "B44 (2026)" */
      return g_strdup_printf (_("is also enrolled in class %s"), klass);
    case BLOCK_PLACE_CHANGED:
      /* Translators: %s is a class code and year, "B44 (2026)" */
      return g_strdup_printf (_("was moved, deferred or withdrawn in class %s after the import"), klass);
    case BLOCK_RESULTS:
    default:
      /* Translators: %s is a class code and year, "B44 (2026)" */
      return g_strdup_printf (_("has results or a status recorded in class %s"), klass);
    }
}

/* Runs @sql with ?1 the import and ?2 its last audit row; each row gives a
 * person (column 0) and, when @with_class, a class code and year (columns 1, 2). */
static gboolean
find_blocks (Blocks        *b,
             gint64         import_id,
             gint64         audit_to,
             const char    *sql,
             BlockKind      kind,
             gboolean       with_class,
             GError       **error)
{
  sqlite3_stmt *stmt = _cohort_store_prepare (b->store, sql, error);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) classes = g_ptr_array_new_with_free_func (g_free);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, import_id);
  sqlite3_bind_int64 (stmt, 2, audit_to);
  /* Read them all before naming anyone: naming runs other statements. */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 person_id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (rows, person_id);
      /* Translators: a class code and the year it starts, e.g. "B44 (2026)" */
      g_ptr_array_add (classes, with_class ? g_strdup_printf (_("%s (%d)"), sqlite3_column_text (stmt, 1),
                                                              sqlite3_column_int (stmt, 2))
                                           : NULL);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _cohort_store_set_error (b->store, rc, error);
  for (guint i = 0; i < rows->len; i++)
    add_block (b, g_array_index (rows, gint64, i), reason_text (kind, g_ptr_array_index (classes, i)));
  return TRUE;
}

/* What stops the undo of an import, inside the caller's transaction or not. */
static GPtrArray *
check_undo (CohortStore  *self,
            gint64        import_id,
            GError      **error)
{
  g_autoptr(CohortImportRecord) record = NULL;
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_import_block_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Blocks b = { self, blocks, seen };
  gint64 audit_to = 0;
  sqlite3_stmt *stmt;

  record = cohort_store_get_import (self, import_id, error);
  if (record == NULL)
    return NULL;
  if (record->undone_at != NULL)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("The import of “%s” was undone already."), record->file_name);
      return NULL;
    }
  stmt = _cohort_store_prepare (self, "SELECT audit_to FROM import_batch WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, import_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    audit_to = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (!find_blocks (&b, import_id, audit_to,
                    "SELECT ip.person_id FROM import_person ip WHERE ip.import_id = ?1 AND ip.created = 1 "
                    "AND ?2 = ?2 AND NOT EXISTS (SELECT 1 FROM person p WHERE p.id = ip.person_id)",
                    BLOCK_GONE, FALSE, error) ||
      !find_blocks (&b, import_id, audit_to,
                    "SELECT DISTINCT a.entity_id FROM audit_log a "
                    "JOIN import_person ip ON ip.import_id = ?1 AND ip.person_id = a.entity_id AND ip.created = 1 "
                    "WHERE a.id > ?2 AND a.entity = 'person' AND a.action = 'update'",
                    BLOCK_EDITED, FALSE, error) ||
      !find_blocks (&b, import_id, audit_to,
                    "SELECT e.person_id, c.code, c.year FROM import_person ip "
                    "JOIN enrolment e ON e.person_id = ip.person_id JOIN class c ON c.id = e.class_id "
                    "WHERE ip.import_id = ?1 AND ip.created = 1 AND ?2 = ?2 AND NOT EXISTS "
                    "(SELECT 1 FROM import_enrolment ie WHERE ie.import_id = ?1 AND ie.enrolment_id = e.id)",
                    BLOCK_ENROLLED, TRUE, error) ||
      !find_blocks (&b, import_id, audit_to,
                    "SELECT DISTINCT e.person_id, c.code, c.year FROM audit_log a "
                    "JOIN import_enrolment ie ON ie.import_id = ?1 AND ie.enrolment_id = a.entity_id "
                    "JOIN enrolment e ON e.id = a.entity_id JOIN class c ON c.id = e.class_id "
                    "WHERE a.id > ?2 AND a.entity = 'enrolment' AND a.action = 'update'",
                    BLOCK_PLACE_CHANGED, TRUE, error) ||
      !find_blocks (&b, import_id, audit_to,
                    "SELECT DISTINCT e.person_id, c.code, c.year FROM import_enrolment ie "
                    "JOIN enrolment e ON e.id = ie.enrolment_id JOIN class c ON c.id = e.class_id "
                    "WHERE ie.import_id = ?1 AND ?2 = ?2 AND (EXISTS (SELECT 1 FROM module_result r "
                    "WHERE r.enrolment_id = e.id) OR EXISTS (SELECT 1 FROM language_check l "
                    "WHERE l.enrolment_id = e.id) OR EXISTS (SELECT 1 FROM credential d WHERE d.enrolment_id = e.id) "
                    "OR e.final_score IS NOT NULL OR e.status <> 'studying')",
                    BLOCK_RESULTS, TRUE, error))
    return NULL;
  return g_steal_pointer (&blocks);
}

/**
 * cohort_store_check_undo_import:
 *
 * Returns: (transfer full) (element-type CohortImportBlock): what stops the
 *   import from being undone (empty when it can be), or %NULL with @error
 *   for an import undone already or not found
 */
GPtrArray *
cohort_store_check_undo_import (CohortStore  *self,
                                gint64        id,
                                GError      **error)
{
  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);
  return check_undo (self, id, error);
}

/* "Nguyễn Văn An is also enrolled in class B44 (2026); Lê Thị Hoa was edited
 * after the import; and 3 more." */
static char *
blocks_text (GPtrArray *blocks)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < blocks->len && i < MAX_NAMED; i++)
    {
      CohortImportBlock *block = g_ptr_array_index (blocks, i);

      if (i > 0)
        g_string_append (text, "; ");
      /* Translators: a person's name, then why an import cannot be undone */
      g_string_append_printf (text, _("%s %s"), block->name, block->reason);
    }
  if (blocks->len > MAX_NAMED)
    {
      guint more = blocks->len - MAX_NAMED;

      g_string_append (text, "; ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", more), more);
    }
  g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}

/* Undoing ----------------------------------------------------------------------------- */

static gboolean
exec_bound (CohortStore  *self,
            const char   *sql,
            gint64        id,
            GError      **error)
{
  sqlite3_stmt *stmt = _cohort_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return _cohort_store_step_done (self, stmt, error);
}

/* An audit row for each person the import created, with what it held. */
static gboolean
audit_people (CohortStore  *self,
              gint64        import_id,
              GError      **error)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _cohort_store_prepare (self, "SELECT " COHORT_PERSON_COLUMNS " FROM person WHERE id IN "
                                "(SELECT person_id FROM import_person WHERE import_id = ? AND created = 1)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, import_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (people, _cohort_store_read_person (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _cohort_store_set_error (self, rc, error);
  for (guint i = 0; i < people->len; i++)
    {
      CohortPerson *person = g_ptr_array_index (people, i);
      g_autofree char *json = _cohort_store_person_json (person);

      if (!_cohort_store_audit (self, "person", cohort_person_get_id (person), "delete", json, NULL, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * cohort_store_undo_import:
 *
 * Takes an import back: removes the enrolments it made and the people it
 * created (the people it linked stay), with an audit row for each, and marks
 * the import undone; all in one transaction. Refused, changing nothing, with
 * %COHORT_STORE_ERROR_IN_USE and a message naming who and why, when a person
 * it created is enrolled elsewhere, was edited, merged or removed since, or
 * when a place it made was changed or has results.
 */
gboolean
cohort_store_undo_import (CohortStore  *self,
                          gint64        id,
                          GError      **error)
{
  g_autoptr(GPtrArray) blocks = NULL;
  g_autoptr(CohortImportRecord) record = NULL;
  g_autoptr(GString) json = g_string_new ("{");

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);

  if (!_cohort_store_begin (self, error))
    return FALSE;
  /* Checked inside the write transaction: nobody changes them in between. */
  blocks = check_undo (self, id, error);
  if (blocks == NULL)
    goto fail;
  record = cohort_store_get_import (self, id, error);
  if (record == NULL)
    goto fail;
  if (blocks->len > 0)
    {
      g_autofree char *why = blocks_text (blocks);

      /* Translators: a file name, then the people and why, e.g. "Nguyễn Văn An is also enrolled in class B44 (2026)." */
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_IN_USE,
                   _("The import of “%s” cannot be undone, because some of the people it added were used since: "
                     "%s Nothing was changed."), record->file_name, why);
      goto fail;
    }

  if (!exec_bound (self, "INSERT INTO audit_log (entity, entity_id, action, old_value, new_value) "
                   "SELECT 'enrolment', e.id, 'delete', json_object ('class_id', e.class_id, "
                   "'person_id', e.person_id, 'roster_no', e.roster_no, 'status', e.status), NULL "
                   "FROM enrolment e JOIN import_enrolment ie ON ie.enrolment_id = e.id WHERE ie.import_id = ?",
                   id, error) ||
      !exec_bound (self, "DELETE FROM enrolment WHERE id IN "
                   "(SELECT enrolment_id FROM import_enrolment WHERE import_id = ?)", id, error) ||
      !audit_people (self, id, error) ||
      !exec_bound (self, "DELETE FROM person WHERE id IN "
                   "(SELECT person_id FROM import_person WHERE import_id = ? AND created = 1)", id, error) ||
      !exec_bound (self, "UPDATE import_batch SET undone_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') "
                   "WHERE id = ?", id, error))
    goto fail;

  cohort_json_append_member (json, "file", record->file_name);
  cohort_json_append_int (json, "created", record->n_created);
  cohort_json_append_int (json, "enrolled", record->n_enrolled);
  cohort_json_append_member (json, "undone", "true");
  g_string_append_c (json, '}');
  if (!_cohort_store_audit (self, "import", id, "update", NULL, json->str, error) ||
      !_cohort_store_commit (self, error))
    goto fail;
  g_atomic_int_inc (&self->generation);
  return TRUE;

fail:
  _cohort_store_rollback (self);
  return FALSE;
}
