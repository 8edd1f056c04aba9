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
  GHashTable *choice_codes[COHORT_CHOICE_CLASS_YEAR + 1];  /* folded name or code → code, built on first use */
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

sqlite3_stmt *_cohort_store_prepare   (CohortStore  *self,
                                       const char   *sql,
                                       GError      **error);
gboolean      _cohort_store_exec      (CohortStore  *self,
                                       const char   *sql,
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

#define COHORT_PERSON_COLUMNS \
  "id, name_order, gender, level, family_name, middle_name, given_name, lao_family_name, " \
  "lao_given_name, latin_name, birth_date, ethnicity, religion, nationality, hometown, " \
  "lao_province, unit, position, party_join_date, party_official_date, education, " \
  "professional, id_number, passport_number, phone, ethnicity_text"

#define COHORT_PERSON_PAGE_SIZE 128

GArray       *_cohort_store_query_person_ids (CohortStore  *self,
                                              const char   *query,
                                              int           sort,
                                              gboolean      descending,
                                              GArray       *ranks,
                                              GError      **error);
GArray       *_cohort_store_query_roster_ranks (CohortStore *self,
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
  "professional, id_number, passport_number, phone, ethnicity_text, sort_key, search_text"
#define COHORT_PERSON_INSERT_VALUES \
  "?, ?, ?, ?, ?, coalesce (?, ''), ?, ?, ?, ?, ?, ?, coalesce (?, 'VN'), ?, ?, ?, ?, " \
  "?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
#define COHORT_PERSON_N_INSERT_VALUES 27

#define COHORT_PERSON_INSERT_SQL \
  "INSERT INTO person (" COHORT_PERSON_INSERT_COLUMNS ") VALUES (" COHORT_PERSON_INSERT_VALUES ")"

G_END_DECLS
