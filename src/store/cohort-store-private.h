/* cohort-store-private.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the files of CohortStore only; never included outside src/store.
 */
#pragma once

#include <sqlite3.h>

#include "cohort-store.h"

G_BEGIN_DECLS

struct _CohortStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  char       *backup_path;
  int         schema_version;
  GHashTable *statements;   /* SQL text → sqlite3_stmt, prepared once */
  GMutex      lock;         /* guards the statement cache */
  guint       generation;   /* bumped by every write to person (atomic) */
  GHashTable *choice_codes[COHORT_N_CHOICE_KINDS];  /* folded name or code → code, built on first use */
  GHashTable *ethnic_names;   /* ethnic key of an official name → code, built on first use */
  GHashTable *ethnic_aliases; /* ethnic key of an other name → GPtrArray of EthnicAlias */
};

/* A class as the class list reads it: SELECT CLASS_COLUMNS CLASS_FROM … */
#define CLASS_COLUMNS \
  "c.id, c.code, c.year, c.program_type, pt.short_name, o.name, o.id, c.start_date, " \
  "c.end_date, c.lao_province_code, c.course_no, c.planned_size, " \
  "(SELECT t.students FROM class_tally t WHERE t.class_id = c.id), " \
  "c.mode, c.status, c.level "
#define CLASS_FROM \
  "FROM class c JOIN program_type pt ON pt.code = c.program_type " \
  "JOIN org_unit o ON o.id = c.org_unit_id "
#define CLASS_SELECT "SELECT " CLASS_COLUMNS CLASS_FROM

CohortClass  *_cohort_store_read_class (sqlite3_stmt *stmt);

GHashTable   *_cohort_store_new_statement_cache (void);
sqlite3_stmt *_cohort_store_prepare   (CohortStore  *self,
                                       const char   *sql,
                                       GError      **error);
gboolean      _cohort_store_exec      (CohortStore  *self,
                                       const char   *sql,
                                       GError      **error);
gboolean      _cohort_store_step_done (CohortStore  *self,
                                       sqlite3_stmt *stmt,
                                       GError      **error);
gboolean      _cohort_store_set_error (CohortStore  *self,
                                       int           rc,
                                       GError      **error);
gboolean      _cohort_store_begin     (CohortStore  *self,
                                       GError      **error);
gboolean      _cohort_store_commit    (CohortStore  *self,
                                       GError      **error);
void          _cohort_store_rollback  (CohortStore  *self);
gboolean      _cohort_store_audit     (CohortStore  *self,
                                       const char   *entity,
                                       gint64        entity_id,
                                       const char   *action,
                                       const char   *old_json,
                                       const char   *new_json,
                                       GError      **error);
gboolean      _cohort_store_bind_person (sqlite3_stmt *stmt,
                                         CohortPerson *person);
void          _cohort_store_bind_person_at (sqlite3_stmt *stmt,
                                            int           first,
                                            CohortPerson *person);
char         *_cohort_store_person_json (CohortPerson *person);
void          _cohort_store_append_person_json (GString      *s,
                                                CohortPerson *person);
CohortPerson *_cohort_store_read_person (sqlite3_stmt *stmt);
GPtrArray    *_cohort_store_drop_indexes (CohortStore   *self,
                                          GError       **error);
gboolean      _cohort_store_check_person (CohortPerson  *person,
                                          GError       **error);
char         *_cohort_store_dup_folded_row_name (sqlite3_stmt *stmt);
gboolean      _cohort_store_insert_person_row (CohortStore   *self,
                                               CohortPerson  *person,
                                               GError       **error);
char         *_cohort_store_drop_search_trigger (CohortStore  *self,
                                                 GError      **error);
gboolean      _cohort_store_enrol_rows (CohortStore       *self,
                                        gint64             class_id,
                                        const gint64      *person_ids,
                                        guint              n_people,
                                        CohortRosterUndo  *undo,
                                        GError           **error);
void          _cohort_store_register_functions (sqlite3 *db);
GPtrArray    *_cohort_store_check_settings (const char *const *keys,
                                            const char *const *values,
                                            GError           **error);
gboolean      _cohort_store_write_settings (CohortStore       *self,
                                            const char *const *keys,
                                            GPtrArray         *cleaned,
                                            guint             *n_changed,
                                            GError           **error);
gboolean      _cohort_store_mark_setup_step (CohortStore      *self,
                                             CohortSetupStep   step,
                                             GError          **error);
gboolean      _cohort_store_clear_setup     (CohortStore      *self,
                                             GError          **error);
gboolean      _cohort_store_write_host      (CohortStore      *self,
                                             CohortHost       *host,
                                             GError          **error);
char         *_cohort_store_clean_line      (const char       *text);
gboolean      _cohort_store_province_exists (CohortStore      *self,
                                             gint64            id);
gboolean      _cohort_store_check_class_place (CohortStore   *self,
                                               CohortClass   *klass,
                                               CohortClass   *old,
                                               GError       **error);

/* Whole rows as they were, to delete or change them and put them back
 * (cohort-store-rows.c). */
typedef struct _CohortRow CohortRow;

void          _cohort_row_free         (CohortRow        *row);
gint64        _cohort_row_get_id       (const CohortRow  *row);
const char   *_cohort_row_get_table    (const CohortRow  *row);
const char   *_cohort_row_get_text     (const CohortRow  *row,
                                        const char       *column);
gint64        _cohort_row_get_int      (const CohortRow  *row,
                                        const char       *column);
CohortRow    *_cohort_row_read         (CohortStore      *self,
                                        const char       *table,
                                        gint64            rowid,
                                        GError          **error);
gboolean      _cohort_rows_read        (CohortStore      *self,
                                        const char       *table,
                                        const char       *column,
                                        gint64            value,
                                        GPtrArray        *into,
                                        GError          **error);
char         *_cohort_row_to_json      (const CohortRow  *row);
gboolean      _cohort_row_delete       (CohortStore      *self,
                                        const CohortRow  *row,
                                        GError          **error);
gboolean      _cohort_row_insert       (CohortStore      *self,
                                        const CohortRow  *row,
                                        GError          **error);
gboolean      _cohort_row_overwrite    (CohortStore      *self,
                                        const CohortRow  *row,
                                        GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CohortRow, _cohort_row_free)

/* What an action changed (cohort-store-enrolments.c): the enrolments it
 * created, the enrolments whose class, number, status or note it changed,
 * and whole rows it deleted or changed, in the order it did it. */
typedef enum
{
  COHORT_ROW_DELETED,   /* Undo inserts the row again */
  COHORT_ROW_CHANGED,   /* Undo writes the row back over the one there */
} CohortRowChange;

struct _CohortRosterUndo
{
  GArray    *rows;      /* EnrolmentRow: how the touched enrolments were */
  GArray    *created;   /* gint64: enrolments the action created */
  GArray    *changes;   /* CohortRowChange, one per row of @saved */
  GPtrArray *saved;     /* CohortRow: whole rows as they were */
  gboolean   people;    /* people were deleted or changed */
};

CohortRosterUndo *_cohort_roster_undo_new   (void);
void          _cohort_roster_undo_save      (CohortRosterUndo *undo,
                                             CohortRowChange   change,
                                             CohortRow        *row);
gboolean      _cohort_store_finish          (CohortStore       *self,
                                             gboolean           ok,
                                             CohortRosterUndo  *undo,
                                             CohortRosterUndo **out_undo,
                                             GError           **error);
void          _cohort_store_register_filter_functions (sqlite3 *db);
char         *_cohort_store_words_of (const char *text);

#define COHORT_PERSON_COLUMNS \
  "id, name_order, gender, level, family_name, middle_name, given_name, lao_family_name, " \
  "lao_given_name, latin_name, birth_date, ethnicity, religion, nationality, hometown, " \
  "lao_province, unit, position, party_join_date, party_official_date, education, " \
  "professional, id_number, passport_number, phone, ethnicity_text, llct_level, qlnn_level"

#define COHORT_PERSON_PAGE_SIZE 128

GArray       *_cohort_store_query_person_ids (CohortStore  *self,
                                              const char   *query,
                                              const CohortPersonFilter *filter,
                                              int           sort,
                                              gboolean      descending,
                                              GArray       *ranks,
                                              GError      **error);
GPtrArray    *_cohort_store_person_filter_parts (CohortStore              *self,
                                                 const CohortPersonFilter *filter);
gboolean      _cohort_store_bind_person_filter (sqlite3_stmt             *stmt,
                                                const CohortPersonFilter *filter);
GArray       *_cohort_store_query_roster_ranks (CohortStore *self,
                                                GError     **error);
GArray       *_cohort_store_query_ranks        (CohortStore *self,
                                                int          sort,
                                                GError     **error);
gboolean      _cohort_store_read_people      (CohortStore  *self,
                                              const gint64 *ids,
                                              guint         n_ids,
                                              GPtrArray    *people,
                                              GError      **error);

/* The columns and values _cohort_store_bind_person() fills, in its order. */
#define COHORT_PERSON_INSERT_COLUMNS \
  "name_order, gender, level, family_name, middle_name, given_name, " \
  "lao_family_name, lao_given_name, latin_name, birth_date, ethnicity, religion, nationality, " \
  "hometown, lao_province, unit, position, party_join_date, party_official_date, education, " \
  "professional, id_number, passport_number, phone, ethnicity_text, llct_level, qlnn_level, sort_key, " \
  "search_text"
#define COHORT_PERSON_INSERT_VALUES \
  "?, ?, ?, ?, ?, coalesce (?, ''), ?, ?, ?, ?, ?, ?, coalesce (?, 'VN'), ?, ?, ?, ?, " \
  "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
#define COHORT_PERSON_N_INSERT_VALUES 29

/* The same values over the person ?30 (COHORT_PERSON_N_INSERT_VALUES + 1). */
#define COHORT_PERSON_UPDATE_SQL \
  "UPDATE person SET name_order = ?1, gender = ?2, level = ?3, " \
  "family_name = ?4, middle_name = ?5, given_name = coalesce (?6, ''), " \
  "lao_family_name = ?7, lao_given_name = ?8, latin_name = ?9, " \
  "birth_date = ?10, ethnicity = ?11, religion = ?12, " \
  "nationality = coalesce (?13, 'VN'), hometown = ?14, lao_province = ?15, " \
  "unit = ?16, position = ?17, party_join_date = ?18, " \
  "party_official_date = ?19, education = ?20, professional = ?21, " \
  "id_number = ?22, passport_number = ?23, phone = ?24, ethnicity_text = ?25, " \
  "llct_level = ?26, qlnn_level = ?27, sort_key = ?28, search_text = ?29 WHERE id = ?30"

#define COHORT_PERSON_INSERT_SQL \
  "INSERT INTO person (" COHORT_PERSON_INSERT_COLUMNS ") VALUES (" COHORT_PERSON_INSERT_VALUES ")"

G_END_DECLS
