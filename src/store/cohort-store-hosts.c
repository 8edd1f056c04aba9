/* cohort-store-hosts.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The organisation: the school, its district political centres and the other
 * hosts of classes (org units), dated. A centre closed on 30/06/2025, when
 * the district level was abolished, keeps its classes and history but takes
 * no new class.
 */
#define G_LOG_DOMAIN "cohort-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cohort-date.h"
#include "cohort-fold.h"
#include "cohort-json.h"
#include "cohort-store-private.h"

#define SHORT_NAME_MAX 20

/* A host as the lists read it: SELECT HOST_COLUMNS HOST_FROM … */
#define HOST_SELECT \
  "SELECT o.id, o.name, o.short_code, o.kind, o.vn_province_id, o.valid_to, p.name, " \
  "(SELECT n.name FROM vn_province_merge m JOIN vn_province n ON n.id = m.new_id " \
  " WHERE m.old_id = p.id AND p.valid_to IS NOT NULL), " \
  "(SELECT count(*) FROM class c WHERE c.org_unit_id = o.id), " \
  "(SELECT max (c.start_date) FROM class c WHERE c.org_unit_id = o.id) " \
  "FROM org_unit o LEFT JOIN vn_province p ON p.id = o.vn_province_id "

/* The school first, then the hosts open today, then the closed ones, by name. */
#define HOST_ORDER \
  "ORDER BY o.kind = 'school' DESC, (o.valid_to IS NULL OR o.valid_to >= date ('now', 'localtime')) DESC, " \
  "o.name COLLATE vi, o.id"

/* Hosts ----------------------------------------------------------------------- */

/**
 * cohort_host_new:
 * @name: what the host is called, e.g. "Trung tâm Chính trị huyện Gio Linh"
 *
 * Returns: (transfer full): a host not written yet (id 0), open, in no province
 */
CohortHost *
cohort_host_new (const char    *name,
                 CohortOrgKind  kind)
{
  CohortHost *host = g_new0 (CohortHost, 1);

  host->name = g_strdup (name);
  host->kind = kind;
  return host;
}

/**
 * cohort_host_copy:
 *
 * Returns: (transfer full): a copy of @host
 */
CohortHost *
cohort_host_copy (const CohortHost *host)
{
  CohortHost *copy;

  g_return_val_if_fail (host != NULL, NULL);

  copy = g_memdup2 (host, sizeof *host);
  copy->name = g_strdup (host->name);
  copy->short_name = g_strdup (host->short_name);
  copy->closed_on = g_strdup (host->closed_on);
  copy->province = g_strdup (host->province);
  copy->province_now = g_strdup (host->province_now);
  copy->last_start = g_strdup (host->last_start);
  return copy;
}

void
cohort_host_free (CohortHost *host)
{
  if (host == NULL)
    return;
  g_free (host->name);
  g_free (host->short_name);
  g_free (host->closed_on);
  g_free (host->province);
  g_free (host->province_now);
  g_free (host->last_start);
  g_free (host);
}

static void
today_iso (char out[11])
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_snprintf (out, 11, "%04d-%02d-%02d", g_date_time_get_year (now), g_date_time_get_month (now),
              g_date_time_get_day_of_month (now));
}

/**
 * cohort_host_is_open:
 * @on: (nullable): an ISO date; %NULL for today
 *
 * Returns: %TRUE if @host has not closed before @on (it is open on the day it closes)
 */
gboolean
cohort_host_is_open (const CohortHost *host,
                     const char       *on)
{
  char today[11];

  g_return_val_if_fail (host != NULL, FALSE);

  if (host->closed_on == NULL)
    return TRUE;
  if (on == NULL)
    {
      today_iso (today);
      on = today;
    }
  return strcmp (host->closed_on, on) >= 0;
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static CohortHost *
read_host (sqlite3_stmt *stmt)
{
  CohortHost *host = g_new0 (CohortHost, 1);

  host->id = sqlite3_column_int64 (stmt, 0);
  host->name = dup_column (stmt, 1);
  host->short_name = dup_column (stmt, 2);
  host->kind = cohort_org_kind_from_string ((const char *) sqlite3_column_text (stmt, 3));
  host->province_id = sqlite3_column_int64 (stmt, 4);
  host->closed_on = dup_column (stmt, 5);
  host->province = dup_column (stmt, 6);
  host->province_now = dup_column (stmt, 7);
  host->n_classes = sqlite3_column_int64 (stmt, 8);
  host->last_start = dup_column (stmt, 9);
  return host;
}

/**
 * cohort_store_list_hosts:
 *
 * Returns: (transfer full) (element-type CohortHost): every host, the school
 *   first, then those open today and those closed, each by name
 */
GPtrArray *
cohort_store_list_hosts (CohortStore  *self,
                         GError      **error)
{
  g_autoptr(GPtrArray) hosts = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_host_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  stmt = _cohort_store_prepare (self, HOST_SELECT HOST_ORDER, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (hosts, read_host (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cohort_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&hosts);
}

/**
 * cohort_store_get_host:
 *
 * Returns: (transfer full) (nullable): the host; %COHORT_STORE_ERROR_NOT_FOUND
 *   when there is none with this id
 */
CohortHost *
cohort_store_get_host (CohortStore  *self,
                       gint64        id,
                       GError      **error)
{
  CohortHost *host = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  stmt = _cohort_store_prepare (self, HOST_SELECT "WHERE o.id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    host = read_host (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_NOT_FOUND,
                 _("Cohort has no school, centre or other host with the number %lld. "
                   "Choose one of the hosts Cohort lists."), (long long) id);
  else if (rc != SQLITE_ROW)
    _cohort_store_set_error (self, rc, error);
  return host;
}

/**
 * cohort_store_get_school:
 *
 * Returns: (transfer full) (nullable): the school that has not closed, or
 *   %NULL (with no error) when the database has none yet
 */
CohortHost *
cohort_store_get_school (CohortStore  *self,
                         GError      **error)
{
  CohortHost *host = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (COHORT_IS_STORE (self), NULL);

  stmt = _cohort_store_prepare (self, HOST_SELECT "WHERE o.kind = 'school' AND o.valid_to IS NULL "
                                "ORDER BY o.id LIMIT 1", error);
  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    host = read_host (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    _cohort_store_set_error (self, rc, error);
  return host;
}

static char *
host_json (const CohortHost *host)
{
  GString *s = g_string_new ("{");

  cohort_json_append_member (s, "name", host->name);
  cohort_json_append_member (s, "short_name", host->short_name);
  cohort_json_append_member (s, "kind", cohort_org_kind_to_string (host->kind));
  if (host->province_id > 0)
    cohort_json_append_int (s, "province_id", host->province_id);
  else
    cohort_json_append_member (s, "province_id", NULL);
  cohort_json_append_member (s, "closed_on", host->closed_on);
  g_string_append_c (s, '}');
  return g_string_free (s, FALSE);
}

/* One line of text, NFC, trimmed; NULL when empty. */
char *
_cohort_store_clean_line (const char *text)
{
  g_autofree char *nfc = NULL;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;
  nfc = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  g_strstrip (nfc);
  if (*nfc == '\0')
    return NULL;
  return g_steal_pointer (&nfc);
}

gboolean
_cohort_store_province_exists (CohortStore *self,
                               gint64       id)
{
  sqlite3_stmt *stmt = _cohort_store_prepare (self, "SELECT 1 FROM vn_province WHERE id = ?", NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

/* The host other than @except_id whose name folds as @name's does, if any. */
static CohortHost *
find_by_name (CohortStore *self,
              const char  *name,
              gint64       except_id)
{
  g_autofree char *folded = cohort_fold (name);
  sqlite3_stmt *stmt;
  CohortHost *host = NULL;

  stmt = _cohort_store_prepare (self, HOST_SELECT "WHERE fold (o.name) = ? AND o.id <> ? LIMIT 1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, folded, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, except_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    host = read_host (stmt);
  sqlite3_reset (stmt);
  return host;
}

/* The class of @host_id that starts latest after @date, if any: its code and start. */
static gboolean
find_class_after (CohortStore  *self,
                  gint64        host_id,
                  const char   *date,
                  char        **code,
                  char        **start)
{
  sqlite3_stmt *stmt;
  gboolean found;

  /* A class without a start date counts from the first of its year. */
  stmt = _cohort_store_prepare (self,
                                "SELECT code, coalesce (start_date, printf ('%04d-01-01', year)) AS s "
                                "FROM class WHERE org_unit_id = ?1 AND s > ?2 ORDER BY s DESC LIMIT 1", NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, host_id);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_STATIC);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  if (found)
    {
      *code = dup_column (stmt, 0);
      *start = dup_column (stmt, 1);
    }
  sqlite3_reset (stmt);
  return found;
}

/* Checks @host as it would be written and puts it in the form it is stored
 * in (names trimmed and NFC). Reads what it depends on: call it inside the
 * write transaction. */
static gboolean
check_host (CohortStore  *self,
            CohortHost   *host,
            GError      **error)
{
  g_autofree char *name = _cohort_store_clean_line (host->name);
  g_autofree char *short_name = _cohort_store_clean_line (host->short_name);
  g_autoptr(CohortHost) same = NULL;

  if (name == NULL)
    {
      g_set_error_literal (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                           _("Enter the name of the host, e.g. Trung tâm Chính trị huyện Gio Linh."));
      return FALSE;
    }
  if (strchr (name, '\n') != NULL || g_utf8_strlen (name, -1) > COHORT_HOST_NAME_MAX)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("The name of a host is one line of at most %d characters. Shorten it."),
                   COHORT_HOST_NAME_MAX);
      return FALSE;
    }
  if (short_name != NULL && (strchr (short_name, '\n') != NULL ||
                             g_utf8_strlen (short_name, -1) > SHORT_NAME_MAX))
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("A short name has at most %d characters, e.g. TCT or TTCT Gio Linh."), SHORT_NAME_MAX);
      return FALSE;
    }
  if ((guint) host->kind > COHORT_ORG_KIND_OTHER)
    {
      g_set_error_literal (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                           _("Choose what kind of host this is: the school, a district political centre "
                             "or another host."));
      return FALSE;
    }
  if (host->province_id != 0 && !_cohort_store_province_exists (self, host->province_id))
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("Cohort knows no province with the number %lld. Choose one of the provinces "
                     "Cohort lists."), (long long) host->province_id);
      return FALSE;
    }
  if (host->closed_on != NULL && (strlen (host->closed_on) != 10 ||
                                  !cohort_date_parse_iso (host->closed_on, NULL, NULL, NULL)))
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("“%s” is not a date. Write the closing date as dd/mm/yyyy, e.g. 30/06/2025."),
                   host->closed_on);
      return FALSE;
    }

  same = find_by_name (self, name, host->id);
  if (same != NULL)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_DUPLICATE,
                   _("There is already a host named “%s”. Give this one another name, or change that "
                     "one."), same->name);
      return FALSE;
    }

  /* One school at a time: the one before closes (at the date it merged) first. */
  if (host->kind == COHORT_ORG_KIND_SCHOOL && host->closed_on == NULL)
    {
      g_autoptr(CohortHost) school = cohort_store_get_school (self, NULL);

      if (school != NULL && school->id != host->id)
        {
          g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_DUPLICATE,
                       _("“%s” is already the school in Cohort. A second school can be added only once "
                         "that one is closed, at the date it closed or merged."), school->name);
          return FALSE;
        }
    }

  if (host->closed_on != NULL && host->id > 0)
    {
      g_autofree char *code = NULL;
      g_autofree char *start = NULL;

      if (find_class_after (self, host->id, host->closed_on, &code, &start))
        {
          g_autofree char *closed = cohort_date_format (host->closed_on);
          g_autofree char *starts = cohort_date_format (start);

          g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                       _("The class %s of “%s” starts on %s, after %s. Choose a closing date on or after "
                         "the start of its last class."), code, name, starts, closed);
          return FALSE;
        }
    }

  g_free (host->name);
  host->name = g_steal_pointer (&name);
  g_free (host->short_name);
  host->short_name = g_steal_pointer (&short_name);
  return TRUE;
}

/* Inside the caller's transaction: checks and writes @host with its audit
 * row; a new host gets its id. */
gboolean
_cohort_store_write_host (CohortStore  *self,
                          CohortHost   *host,
                          GError      **error)
{
  g_autoptr(CohortHost) old = NULL;
  g_autofree char *old_json = NULL;
  g_autofree char *new_json = NULL;
  sqlite3_stmt *stmt;

  if (host->id > 0)
    {
      old = cohort_store_get_host (self, host->id, error);
      if (old == NULL)
        return FALSE;
      old_json = host_json (old);
    }
  if (!check_host (self, host, error))
    return FALSE;
  new_json = host_json (host);
  if (g_strcmp0 (old_json, new_json) == 0)
    return TRUE;

  if (old != NULL)
    stmt = _cohort_store_prepare (self,
                                  "UPDATE org_unit SET name = ?1, short_code = ?2, kind = ?3, "
                                  "vn_province_id = ?4, valid_to = ?5 WHERE id = ?6", error);
  else
    stmt = _cohort_store_prepare (self,
                                  "INSERT INTO org_unit (name, short_code, kind, vn_province_id, valid_to, "
                                  "parent_id) VALUES (?1, ?2, ?3, ?4, ?5, CASE WHEN ?3 = 'school' THEN NULL "
                                  "ELSE (SELECT id FROM org_unit WHERE kind = 'school' AND valid_to IS NULL "
                                  "ORDER BY id LIMIT 1) END)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, host->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, host->short_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, cohort_org_kind_to_string (host->kind), -1, SQLITE_STATIC);
  if (host->province_id > 0)
    sqlite3_bind_int64 (stmt, 4, host->province_id);
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_text (stmt, 5, host->closed_on, -1, SQLITE_STATIC);
  if (old != NULL)
    sqlite3_bind_int64 (stmt, 6, host->id);
  if (!_cohort_store_step_done (self, stmt, error))
    return FALSE;
  if (old == NULL)
    host->id = sqlite3_last_insert_rowid (self->db);

  return _cohort_store_audit (self, "org_unit", host->id, old ? "update" : "create", old_json, new_json, error);
}

/**
 * cohort_store_save_host:
 * @host: a new host (id 0), or one read from the store with changes; its
 *   name, short name, kind, province and closing date are written
 *
 * Checks @host — a name, unique among the hosts (accents and case aside);
 * a known province; one school without a closing date; a closing date on
 * or after the start of each of its classes — and writes it with an audit
 * row in one transaction. A new host gets its id; the names are stored
 * trimmed. Nothing is written when it is refused.
 */
gboolean
cohort_store_save_host (CohortStore  *self,
                        CohortHost   *host,
                        GError      **error)
{
  g_autoptr(CohortHost) copy = NULL;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (host != NULL, FALSE);

  /* The caller's host changes only once it is written. */
  copy = cohort_host_copy (host);
  if (!_cohort_store_begin (self, error))
    return FALSE;
  if (!_cohort_store_write_host (self, copy, error) || !_cohort_store_commit (self, error))
    {
      _cohort_store_rollback (self);
      return FALSE;
    }
  host->id = copy->id;
  g_free (host->name);
  host->name = g_strdup (copy->name);
  g_free (host->short_name);
  host->short_name = g_strdup (copy->short_name);
  return TRUE;
}

/**
 * cohort_store_close_host:
 * @closed_on: (nullable): the ISO date of its last day; %NULL opens it again
 *
 * Closes a host at a date: it keeps its classes and history and takes no new
 * class. Refused when one of its classes starts after @closed_on.
 */
gboolean
cohort_store_close_host (CohortStore  *self,
                         gint64        id,
                         const char   *closed_on,
                         GError      **error)
{
  g_autoptr(CohortHost) host = NULL;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);

  host = cohort_store_get_host (self, id, error);
  if (host == NULL)
    return FALSE;
  g_free (host->closed_on);
  host->closed_on = g_strdup (closed_on);
  return cohort_store_save_host (self, host, error);
}

static gint64
count_where (CohortStore *self,
             const char  *sql,
             gint64       id)
{
  sqlite3_stmt *stmt = _cohort_store_prepare (self, sql, NULL);
  gint64 n = 0;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

/**
 * cohort_store_delete_host:
 *
 * Removes a host entered by mistake: one with no class, no annual plan and
 * no document, and not the school. A host that did hold classes is closed
 * instead (cohort_store_close_host()).
 */
gboolean
cohort_store_delete_host (CohortStore  *self,
                          gint64        id,
                          GError      **error)
{
  g_autoptr(CohortHost) host = NULL;
  g_autofree char *old_json = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (COHORT_IS_STORE (self), FALSE);

  if (!_cohort_store_begin (self, error))
    return FALSE;
  host = cohort_store_get_host (self, id, error);
  if (host == NULL)
    goto fail;
  if (host->kind == COHORT_ORG_KIND_SCHOOL)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("“%s” is the school: it cannot be removed. Change its name, or close it at the "
                     "date it closed or merged."), host->name);
      goto fail;
    }
  if (host->n_classes > 0)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("“%s” has held classes: it cannot be removed. Close it at the date it closed "
                     "instead."), host->name);
      goto fail;
    }
  if (count_where (self, "SELECT count(*) FROM plan WHERE org_unit_id = ?", id) != 0 ||
      count_where (self, "SELECT count(*) FROM document WHERE org_unit_id = ?", id) != 0)
    {
      g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                   _("“%s” has annual plans or documents: it cannot be removed. Close it at the date it "
                     "closed instead."), host->name);
      goto fail;
    }

  old_json = host_json (host);
  stmt = _cohort_store_prepare (self,
                                "UPDATE org_unit SET parent_id = CASE WHEN parent_id = ?1 THEN NULL ELSE parent_id END, "
                                "successor_id = CASE WHEN successor_id = ?1 THEN NULL ELSE successor_id END "
                                "WHERE parent_id = ?1 OR successor_id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!_cohort_store_step_done (self, stmt, error))
    goto fail;
  stmt = _cohort_store_prepare (self, "DELETE FROM org_unit WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!_cohort_store_step_done (self, stmt, error))
    goto fail;
  if (!_cohort_store_audit (self, "org_unit", id, "delete", old_json, NULL, error) ||
      !_cohort_store_commit (self, error))
    goto fail;
  return TRUE;

fail:
  _cohort_store_rollback (self);
  return FALSE;
}

/* Where classes are held ------------------------------------------------------------ */

/* Inside save_class: a new class, or one that moves or changes its start,
 * goes to a host that is open when it starts; a new class, or one that
 * changes program, has a program the school runs. A class as it was keeps
 * its closed host and its program switched off. */
gboolean
_cohort_store_check_class_place (CohortStore  *self,
                                 CohortClass  *klass,
                                 CohortClass  *old,
                                 GError      **error)
{
  gint64 host_id = cohort_class_get_number (klass, COHORT_CLASS_HOST_ID);
  const char *start = cohort_class_get_text (klass, COHORT_CLASS_START_DATE);
  const char *program = cohort_class_get_text (klass, COHORT_CLASS_PROGRAM);

  if (old == NULL || cohort_class_get_number (old, COHORT_CLASS_HOST_ID) != host_id ||
      g_strcmp0 (cohort_class_get_text (old, COHORT_CLASS_START_DATE), start) != 0)
    {
      g_autoptr(CohortHost) host = cohort_store_get_host (self, host_id, error);

      if (host == NULL)
        return FALSE;
      if (host->closed_on != NULL && (start == NULL || strcmp (start, host->closed_on) > 0))
        {
          g_autofree char *closed = cohort_date_format (host->closed_on);

          g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                       _("“%s” closed on %s: it takes no new classes. Choose a host that is open."),
                       host->name, closed);
          return FALSE;
        }
    }

  if (old == NULL || g_strcmp0 (cohort_class_get_text (old, COHORT_CLASS_PROGRAM), program) != 0)
    {
      g_autoptr(CohortProgram) p = cohort_store_get_program (self, program, error);

      if (p == NULL)
        return FALSE;
      if (!p->active)
        {
          g_set_error (error, COHORT_STORE_ERROR, COHORT_STORE_ERROR_INVALID,
                       _("The school does not run “%s” (it is switched off in Programs). Switch it on, "
                         "or choose another program."), p->short_name);
          return FALSE;
        }
    }
  return TRUE;
}
