/* cohort-store.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store speaks in Cohort's own objects and error codes: no SQLite type or
 * SQL text leaves src/store.
 */
#pragma once

#include <gio/gio.h>

#include "cohort-class.h"
#include "cohort-enrolment.h"
#include "cohort-person.h"

G_BEGIN_DECLS

#define COHORT_STORE_ERROR (cohort_store_error_quark ())

typedef enum
{
  COHORT_STORE_ERROR_CANNOT_OPEN,   /* the path cannot be created or written */
  COHORT_STORE_ERROR_LOCKED,        /* another program holds the database */
  COHORT_STORE_ERROR_CORRUPT,       /* damaged, or not an SQLite file */
  COHORT_STORE_ERROR_NOT_COHORT,    /* an SQLite file of another program */
  COHORT_STORE_ERROR_TOO_NEW,       /* written by a newer Cohort */
  COHORT_STORE_ERROR_MIGRATION,     /* an upgrade step failed; nothing was changed */
  COHORT_STORE_ERROR_INVALID,       /* a value the user gave is not acceptable */
  COHORT_STORE_ERROR_NOT_FOUND,
  COHORT_STORE_ERROR_DUPLICATE,
  COHORT_STORE_ERROR_FAILED,
  COHORT_STORE_ERROR_IN_USE,        /* what a change would remove is used elsewhere */
} CohortStoreError;

#define COHORT_TYPE_STORE (cohort_store_get_type ())

G_DECLARE_FINAL_TYPE (CohortStore, cohort_store, COHORT, STORE, GObject)

typedef struct
{
  gint64 classes;
  gint64 people;
  gint64 enrolments;
  gint64 lao_people;
  gint64 org_units;
} CohortStoreCounts;

/* One line of the training statistics: year × program type × level. */
typedef struct
{
  int         year;
  char       *program;       /* program type code */
  char       *program_name;  /* its short name */
  CohortLevel level;
  gint64      classes;
  gint64      students;      /* distinct persons */
  gint64      enrolments;
} CohortStatsRow;

/* Lao cadres per partner province. */
typedef struct
{
  char   *code;
  char   *name_lo;
  char   *name_vi;
  char   *name_en;
  gint64  classes;
  gint64  students;
} CohortLaoProvinceRow;

/* Which classes to list; zero and %NULL members match everything. */
typedef struct
{
  int          year;
  const char  *program;    /* program type code */
  gint64       host_id;    /* org unit */
  int          status;     /* CohortClassStatus, or -1 for any */
  const char  *code;       /* part of the code, accents and case aside */
  gboolean     lao_only;
  guint        limit;
} CohortClassFilter;

/* Which people the Students page lists, besides the text searched; zero and
 * %NULL members match everyone. */
typedef struct
{
  int          born_from;     /* year of birth, from; 0: any */
  int          born_to;       /* to, included; 0: any */
  const char  *unit;          /* part of the work unit, accents and case aside */
  const char  *class_code;    /* enrolled in a class of this code, accents and case aside */
  int          class_year;    /* enrolled in a class of this year (of that code, if given) */
  const char  *province;      /* "vn:ID": hometown in that province (a province of today: also in those
                               * merged into it on 01/07/2025); "lo:CODE": a Lao cadre of that province */
  int          level;         /* CohortLevel; -1: any */
} CohortPersonFilter;

#define COHORT_PERSON_FILTER_INIT { .level = -1 }

/* A value to choose from a short list: a code and what people call it. */
typedef struct
{
  char *code;
  char *name;
} CohortChoice;

typedef enum
{
  COHORT_CHOICE_PROGRAM,
  COHORT_CHOICE_HOST,          /* org units; code is the id */
  COHORT_CHOICE_ETHNICITY,
  COHORT_CHOICE_RELIGION,
  COHORT_CHOICE_LAO_PROVINCE,
  COHORT_CHOICE_CLASS_YEAR,    /* the years classes open in, newest first */
  COHORT_CHOICE_OPEN_HOST,     /* the hosts open today, for a new class; code is the id */
  COHORT_CHOICE_ACTIVE_PROGRAM, /* the programs the school runs, for a new class */
  COHORT_N_CHOICE_KINDS
} CohortChoiceKind;

/* Settings kept in the database (the same on every computer that opens it):
 * the header lines and signers of official documents (Decree 30/2020/NĐ-CP),
 * e.g. "TỈNH ỦY QUẢNG TRỊ", "TRƯỜNG CHÍNH TRỊ LÊ DUẨN", "Quảng Trị" (written
 * before the date). The titles of the signers may have two lines:
 * "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG"; every other value is one line. */
#define COHORT_SETTING_PARENT_AGENCY  "document.parent-agency"
#define COHORT_SETTING_AGENCY         "document.agency"
#define COHORT_SETTING_PLACE          "document.place"
#define COHORT_SETTING_SIGNER_TITLE   "document.signer-title"
#define COHORT_SETTING_SIGNER_NAME    "document.signer-name"
#define COHORT_SETTING_PREPARER_TITLE "document.preparer-title"
#define COHORT_SETTING_PREPARER_NAME  "document.preparer-name"

/* One line of an annual plan: how many classes and students a host (the
 * school or a centre) plans for a program and level in a year. */
typedef struct
{
  gint64       id;                 /* 0 for a line not written yet */
  int          year;
  gint64       host_id;            /* org unit */
  char        *program;            /* program type code */
  CohortLevel  level;
  int          planned_classes;
  int          planned_students;
} CohortPlanLine;

#define COHORT_PLAN_MIN_YEAR   1990
#define COHORT_PLAN_MAX_YEAR   2100
#define COHORT_PLAN_MAX_COUNT  100000

/* The school, the district political centres and the other hosts of classes
 * (org units). A host is open up to the day it closes (closed_on, included);
 * a closed host keeps its classes and history but takes no new class. */
typedef struct
{
  gint64         id;              /* 0 for a host not written yet */
  char          *name;
  char          *short_name;      /* (nullable) e.g. "TCT" */
  CohortOrgKind  kind;
  gint64         province_id;     /* vn_province; 0 for none */
  char          *closed_on;       /* (nullable) ISO date of its last day; NULL while open */
  /* Read from the store, not written: */
  char          *province;        /* (nullable) the province's name */
  char          *province_now;    /* (nullable) the unit a province merged on 01/07/2025 is part of */
  gint64         n_classes;
  char          *last_start;      /* (nullable) the latest start date of its classes */
} CohortHost;

/* A provincial unit of Vietnam: the 34 of today, or one of the 63 before
 * 01/07/2025 with the unit it merged into. */
typedef struct
{
  gint64   id;
  char    *name;
  gboolean current;               /* exists today */
  gboolean city;                  /* a city under the central government (thành phố) */
  char    *now;                   /* (nullable) for a unit gone on 01/07/2025: the one it is part of */
} CohortProvince;

/* A program (program type) the school may run. */
typedef struct
{
  char               *code;       /* e.g. "TCLLCT"; letters, digits, _ and - */
  char               *name;
  char               *short_name;
  CohortTrainingLevel level;
  CohortCredential    credential;
  gboolean            graded;     /* classifies its graduates */
  gboolean            lao;        /* for cadres from Laos */
  gboolean            active;     /* the school runs it: offered for new classes */
  /* Read from the store, not written: */
  gboolean            builtin;    /* Cohort's reference list: switched off, never deleted */
  gint64              n_classes;
} CohortProgram;

#define COHORT_PROGRAM_CODE_MAX 20
#define COHORT_HOST_NAME_MAX    200

/* The steps of the first-run setup, in order. */
typedef enum
{
  COHORT_SETUP_STEP_SCHOOL,       /* the school, its province and letterhead */
  COHORT_SETUP_STEP_HOSTS,        /* its district political centres and other hosts */
  COHORT_SETUP_STEP_SIGNERS,      /* who signs and who prepares the documents */
  COHORT_SETUP_STEP_PROGRAMS,     /* the programs the school runs */
  COHORT_SETUP_STEP_FIRST_LISTS,  /* the first list imported or the first class */
  COHORT_SETUP_N_STEPS            /* set up */
} CohortSetupStep;

/* The list an import reads, as the import history keeps it. */
typedef struct
{
  const char *file_name;     /* the base name of the file */
  const char *sheet;         /* nullable: the sheet of a workbook */
  const char *format;        /* nullable: "XLSX", "CSV (UTF-8)", … */
  guint       n_rows;        /* rows of people in the list, those left out included */
  guint       n_left_out;    /* rows not imported for their problems */
} CohortImportSource;

/* One import of the history, newest first in cohort_store_list_imports (). */
typedef struct
{
  gint64  id;
  char   *at;                /* ISO 8601, UTC: "2026-01-05T08:30:00Z" */
  char   *file_name;
  char   *sheet;             /* nullable */
  char   *format;            /* nullable */
  gint64  class_id;          /* 0: no class, or the class was deleted */
  char   *class_code;        /* nullable */
  int     class_year;
  guint   n_rows;
  guint   n_created;
  guint   n_linked;
  guint   n_enrolled;
  guint   n_left_out;
  char   *undone_at;         /* nullable: when it was undone */
} CohortImportRecord;

/* Why an import cannot be undone: a person it created, or whose enrolment it
 * made, and what was done with them since. */
typedef struct
{
  gint64  person_id;
  char   *name;
  char   *reason;            /* "is also enrolled in class B44 (2026)" */
} CohortImportBlock;

/* What an action on rosters, or a correction, changed: to put it back. */
typedef struct _CohortRosterUndo CohortRosterUndo;

/* Why, since when and by which decision a student was withdrawn or deferred;
 * each member may be %NULL. */
typedef struct
{
  const char *reason;     /* e.g. "Ốm dài ngày" */
  const char *date;       /* ISO yyyy-mm-dd */
  const char *decision;   /* the number of the decision, e.g. "15/QĐ-TCT" */
} CohortStatusNote;

/* Two records of one person are both on the roster of a class: one of the
 * two enrolments stays when they are merged. */
typedef struct
{
  gint64    class_id;
  char     *class_code;
  int       year;
  gint64    kept_enrolment;
  gint64    dropped_enrolment;
  char     *kept_status;
  char     *dropped_status;
  gboolean  kept_is_other;   /* the enrolment that stays was the other record's */
} CohortMergeClash;

/* Why the duplicate finder thinks two records are one person, strongest first. */
typedef enum
{
  COHORT_DUPLICATE_ID_NUMBER,             /* the same citizen ID number */
  COHORT_DUPLICATE_NAME_AND_BIRTH_DATE,   /* the same name and date of birth */
  COHORT_DUPLICATE_NAME_YEAR_AND_UNIT,    /* the same name, year of birth and work unit: weaker */
  COHORT_N_DUPLICATE_REASONS
} CohortDuplicateReason;

/* The duplicate finder proposes at most this many pairs at a time. */
#define COHORT_DUPLICATE_MAX_PAIRS 5000

typedef struct
{
  CohortPerson          *first;    /* the older record */
  CohortPerson          *second;
  CohortDuplicateReason  reason;
} CohortDuplicatePair;

typedef gboolean (*CohortPersonFunc) (CohortPerson *person,
                                      gpointer      user_data);
typedef void     (*CohortProgressFunc) (double      fraction,
                                        gpointer    user_data);

GQuark       cohort_store_error_quark            (void);

char        *cohort_store_default_path           (void);
CohortStore *cohort_store_open                   (const char          *path,
                                                  GError             **error);
CohortStore *cohort_store_open_reader            (CohortStore         *self,
                                                  GError             **error);
gboolean     cohort_store_can_open_reader        (CohortStore         *self);
CohortStore *cohort_store_open_writer            (CohortStore         *self,
                                                  GError             **error);
void         cohort_store_note_change            (CohortStore         *self);
const char  *cohort_store_get_path               (CohortStore         *self);
int          cohort_store_get_schema_version     (CohortStore         *self);
guint        cohort_store_get_generation         (CohortStore         *self);
int          cohort_store_get_latest_schema_version (void);
const char  *cohort_store_get_backup_path        (CohortStore         *self);

gboolean     cohort_store_get_counts             (CohortStore         *self,
                                                  CohortStoreCounts   *counts,
                                                  GError             **error);
gint64       cohort_store_count_reference        (CohortStore         *self,
                                                  const char          *table,
                                                  const char          *valid_on,
                                                  GError             **error);

/* People */
gboolean     cohort_store_insert_person          (CohortStore         *self,
                                                  CohortPerson        *person,
                                                  GError             **error);
gboolean     cohort_store_update_person          (CohortStore         *self,
                                                  CohortPerson        *person,
                                                  GError             **error);
GPtrArray   *cohort_store_find_duplicates        (CohortStore         *self,
                                                  CohortPerson        *person,
                                                  GError             **error);
gboolean     cohort_store_match_people           (CohortStore         *self,
                                                  GPtrArray           *people,
                                                  gint64              *existing,
                                                  GCancellable        *cancellable,
                                                  GError             **error);
GPtrArray   *cohort_store_get_person_history     (CohortStore         *self,
                                                  gint64               person_id,
                                                  GError             **error);
CohortPerson *cohort_store_get_person            (CohortStore         *self,
                                                  gint64               id,
                                                  GError             **error);
GPtrArray   *cohort_store_search_people          (CohortStore         *self,
                                                  const char          *query,
                                                  guint                limit,
                                                  GError             **error);
gint64       cohort_store_count_search           (CohortStore         *self,
                                                  const char          *query,
                                                  GError             **error);
gboolean     cohort_store_foreach_person         (CohortStore         *self,
                                                  CohortPersonFunc     func,
                                                  gpointer             user_data,
                                                  GError             **error);
char        *cohort_store_fold_sql               (CohortStore         *self,
                                                  const char          *text,
                                                  GError             **error);

/* Classes */
GPtrArray   *cohort_store_list_classes           (CohortStore         *self,
                                                  gboolean             lao_only,
                                                  guint                limit,
                                                  GError             **error);
GPtrArray   *cohort_store_query_classes          (CohortStore         *self,
                                                  const CohortClassFilter *filter,
                                                  GError             **error);
CohortClass *cohort_store_get_class              (CohortStore         *self,
                                                  gint64               id,
                                                  GError             **error);
gboolean     cohort_store_save_class             (CohortStore         *self,
                                                  CohortClass         *klass,
                                                  GError             **error);
gboolean     cohort_store_is_class_code_taken    (CohortStore         *self,
                                                  const char          *code,
                                                  int                  year,
                                                  gint64               except_id);
CohortClass *cohort_store_find_class             (CohortStore         *self,
                                                  const char          *code,
                                                  int                  year,
                                                  GError             **error);
GPtrArray   *cohort_store_get_roster             (CohortStore         *self,
                                                  gint64               class_id,
                                                  GError             **error);

/* Rosters: each action is all or nothing, audited, and can be undone. */
gboolean     cohort_store_enrol                  (CohortStore         *self,
                                                  gint64               class_id,
                                                  const gint64        *person_ids,
                                                  guint                n_people,
                                                  CohortRosterUndo   **undo,
                                                  GError             **error);
gboolean     cohort_store_set_enrolment_status   (CohortStore         *self,
                                                  const gint64        *enrolment_ids,
                                                  guint                n,
                                                  const char          *status,
                                                  CohortRosterUndo   **undo,
                                                  GError             **error);
gboolean     cohort_store_set_enrolment_status_noted (CohortStore     *self,
                                                  const gint64        *enrolment_ids,
                                                  guint                n,
                                                  const char          *status,
                                                  const CohortStatusNote *note,
                                                  CohortRosterUndo   **undo,
                                                  GError             **error);
gboolean     cohort_store_move_enrolments        (CohortStore         *self,
                                                  const gint64        *enrolment_ids,
                                                  guint                n,
                                                  gint64               class_id,
                                                  CohortRosterUndo   **undo,
                                                  GError             **error);
gboolean     cohort_store_renumber_roster        (CohortStore         *self,
                                                  gint64               class_id,
                                                  CohortRosterUndo   **undo,
                                                  GError             **error);
gboolean     cohort_store_undo                   (CohortStore         *self,
                                                  CohortRosterUndo    *undo,
                                                  GError             **error);
void         cohort_roster_undo_free             (CohortRosterUndo    *undo);

/* Corrections: each refuses what cannot be put right this way, is all or
 * nothing, audited, and can be undone (cohort_store_undo()). */
gboolean     cohort_store_delete_person          (CohortStore         *self,
                                                  gint64               person_id,
                                                  CohortRosterUndo   **undo,
                                                  GError             **error);
gboolean     cohort_store_remove_enrolments      (CohortStore         *self,
                                                  const gint64        *enrolment_ids,
                                                  guint                n,
                                                  CohortRosterUndo   **undo,
                                                  GError             **error);
gboolean     cohort_store_delete_class           (CohortStore         *self,
                                                  gint64               class_id,
                                                  CohortRosterUndo   **undo,
                                                  GError             **error);
GPtrArray   *cohort_store_list_merge_clashes     (CohortStore         *self,
                                                  gint64               keep_id,
                                                  gint64               other_id,
                                                  GError             **error);
void         cohort_merge_clash_free             (CohortMergeClash    *clash);
gboolean     cohort_store_merge_people           (CohortStore         *self,
                                                  CohortPerson        *kept,
                                                  gint64               other_id,
                                                  CohortRosterUndo   **undo,
                                                  GError             **error);
GPtrArray   *cohort_store_find_duplicate_pairs   (CohortStore         *self,
                                                  GCancellable        *cancellable,
                                                  GError             **error);
void         cohort_duplicate_pair_free          (CohortDuplicatePair *pair);

/* Import */
gboolean     cohort_store_import_people          (CohortStore         *self,
                                                  gint64               class_id,
                                                  GPtrArray           *people,
                                                  const gint64        *existing,
                                                  const CohortImportSource *source,
                                                  gint64              *import_id,
                                                  guint               *n_created,
                                                  guint               *n_enrolled,
                                                  CohortProgressFunc   progress,
                                                  gpointer             user_data,
                                                  GCancellable        *cancellable,
                                                  GError             **error);

/* The Students page's filters */
CohortPersonFilter *cohort_person_filter_copy    (const CohortPersonFilter *filter);
void         cohort_person_filter_free           (CohortPersonFilter  *filter);
gboolean     cohort_person_filter_is_empty       (const CohortPersonFilter *filter);
GPtrArray   *cohort_store_list_province_choices  (CohortStore         *self,
                                                  GError             **error);
/* Import history */
GPtrArray   *cohort_store_list_imports           (CohortStore         *self,
                                                  GError             **error);
CohortImportRecord *cohort_store_get_import      (CohortStore         *self,
                                                  gint64               id,
                                                  GError             **error);
GPtrArray   *cohort_store_check_undo_import      (CohortStore         *self,
                                                  gint64               id,
                                                  GError             **error);
gboolean     cohort_store_undo_import            (CohortStore         *self,
                                                  gint64               id,
                                                  GError             **error);
void         cohort_import_record_free           (CohortImportRecord  *record);
void         cohort_import_block_free            (CohortImportBlock   *block);

/* Reference lists */
GPtrArray   *cohort_store_list_choices           (CohortStore         *self,
                                                  CohortChoiceKind     kind,
                                                  GError             **error);
void         cohort_choice_free                  (CohortChoice        *choice);
char        *cohort_store_resolve_choices        (CohortStore         *self,
                                                  CohortPerson        *person,
                                                  CohortPersonField   *field,
                                                  char               **note);
char        *cohort_store_resolve_lao_province   (CohortStore         *self,
                                                  const char          *text);
char        *cohort_store_resolve_ethnicity      (CohortStore         *self,
                                                  const char          *text,
                                                  char               **note);
char        *cohort_store_get_program_name       (CohortStore         *self,
                                                  const char          *code,
                                                  GError             **error);
gboolean     cohort_store_find_merged_province   (CohortStore         *self,
                                                  const char          *text,
                                                  char               **old_name,
                                                  char               **new_name);

/* Settings */
const char **cohort_store_list_setting_keys      (void);
guint        cohort_store_get_setting_limit      (const char          *key);
char        *cohort_store_get_setting            (CohortStore         *self,
                                                  const char          *key,
                                                  GError             **error);
gboolean     cohort_store_set_settings           (CohortStore         *self,
                                                  const char *const   *keys,
                                                  const char *const   *values,
                                                  GError             **error);

/* Annual plans */
CohortPlanLine *cohort_plan_line_new             (const char          *program,
                                                  CohortLevel          level,
                                                  int                  planned_classes,
                                                  int                  planned_students);
CohortPlanLine *cohort_plan_line_copy            (const CohortPlanLine *line);
void         cohort_plan_line_free               (CohortPlanLine      *line);
GPtrArray   *cohort_store_list_plan_lines        (CohortStore         *self,
                                                  int                  year,
                                                  gint64               host_id,
                                                  GError             **error);
gboolean     cohort_store_save_plan              (CohortStore         *self,
                                                  int                  year,
                                                  gint64               host_id,
                                                  GPtrArray           *lines,
                                                  GError             **error);
GArray      *cohort_store_list_plan_years        (CohortStore         *self,
                                                  GError             **error);

/* Organisation: the school and the hosts of classes */
CohortHost  *cohort_host_new                     (const char          *name,
                                                  CohortOrgKind        kind);
CohortHost  *cohort_host_copy                    (const CohortHost    *host);
void         cohort_host_free                    (CohortHost          *host);
gboolean     cohort_host_is_open                 (const CohortHost    *host,
                                                  const char          *on);
GPtrArray   *cohort_store_list_hosts             (CohortStore         *self,
                                                  GError             **error);
CohortHost  *cohort_store_get_host               (CohortStore         *self,
                                                  gint64               id,
                                                  GError             **error);
CohortHost  *cohort_store_get_school             (CohortStore         *self,
                                                  GError             **error);
gboolean     cohort_store_save_host              (CohortStore         *self,
                                                  CohortHost          *host,
                                                  GError             **error);
gboolean     cohort_store_close_host             (CohortStore         *self,
                                                  gint64               id,
                                                  const char          *closed_on,
                                                  GError             **error);
gboolean     cohort_store_delete_host            (CohortStore         *self,
                                                  gint64               id,
                                                  GError             **error);
gboolean     cohort_store_save_school            (CohortStore         *self,
                                                  CohortHost          *school,
                                                  const char          *parent_agency,
                                                  const char          *place,
                                                  GError             **error);
void         cohort_province_free                (CohortProvince      *province);
GPtrArray   *cohort_store_list_provinces         (CohortStore         *self,
                                                  GError             **error);
gint64       cohort_store_find_province          (CohortStore         *self,
                                                  const char          *text,
                                                  GError             **error);

/* Programs the school runs */
CohortProgram *cohort_program_new                (const char          *code,
                                                  const char          *name,
                                                  const char          *short_name);
CohortProgram *cohort_program_copy               (const CohortProgram *program);
void         cohort_program_free                 (CohortProgram       *program);
GPtrArray   *cohort_store_list_programs          (CohortStore         *self,
                                                  GError             **error);
CohortProgram *cohort_store_get_program          (CohortStore         *self,
                                                  const char          *code,
                                                  GError             **error);
gboolean     cohort_store_add_program            (CohortStore         *self,
                                                  CohortProgram       *program,
                                                  GError             **error);
gboolean     cohort_store_update_program         (CohortStore         *self,
                                                  CohortProgram       *program,
                                                  GError             **error);
gboolean     cohort_store_set_program_active     (CohortStore         *self,
                                                  const char          *code,
                                                  gboolean             active,
                                                  GError             **error);
gboolean     cohort_store_delete_program         (CohortStore         *self,
                                                  const char          *code,
                                                  GError             **error);

/* First-run setup */
CohortSetupStep cohort_store_get_setup_step      (CohortStore         *self,
                                                  GError             **error);
gboolean     cohort_store_is_setup_started       (CohortStore         *self);
gboolean     cohort_store_complete_setup_step    (CohortStore         *self,
                                                  CohortSetupStep      step,
                                                  const char *const   *keys,
                                                  const char *const   *values,
                                                  GError             **error);

/* Statistics */
GPtrArray   *cohort_store_get_stats              (CohortStore         *self,
                                                  int                  from_year,
                                                  int                  to_year,
                                                  GError             **error);
GPtrArray   *cohort_store_get_stats_by_year      (CohortStore         *self,
                                                  GError             **error);
gboolean     cohort_store_get_stats_totals       (CohortStore         *self,
                                                  int                  from_year,
                                                  int                  to_year,
                                                  CohortStatsRow      *totals,
                                                  GError             **error);
void         cohort_stats_row_free               (CohortStatsRow      *row);
GPtrArray   *cohort_store_get_lao_provinces      (CohortStore         *self,
                                                  GError             **error);
void         cohort_lao_province_row_free        (CohortLaoProvinceRow *row);

/* The principal's dashboard. Classes count in the year they start and only
 * once they run (running or finished); students are the places taken in
 * them (every enrolment but the withdrawn: a person in two classes counts in
 * each, as plans and reports count them). */
#define COHORT_HOST_DISTRICT_CENTRES ((gint64) -1)

typedef enum
{
  COHORT_RESULT_EXCELLENT,     /* Xuất sắc */
  COHORT_RESULT_VERY_GOOD,     /* Giỏi */
  COHORT_RESULT_GOOD,          /* Khá */
  COHORT_RESULT_FAIRLY_GOOD,   /* Trung bình khá */
  COHORT_RESULT_AVERAGE,       /* Trung bình */
  COHORT_RESULT_NOT_PASSED,    /* not graduated */
  COHORT_N_RESULTS
} CohortResult;

typedef struct
{
  int          from_year;      /* 0: the first year with classes */
  int          to_year;        /* 0: this year (even with classes planned later) */
  gint64       host_id;        /* 0: every host; COHORT_HOST_DISTRICT_CENTRES; or an org unit */
  const char  *program;        /* program type code; NULL: every one */
  /* One bar or slice of a chart: the classes behind it. */
  int          year;           /* 0: every year of the period */
  int          level;          /* CohortLevel, or -1 for any */
  const char  *lao_province;   /* Lao province code; NULL: any class */
  gboolean     lao_only;       /* only the cohorts of Lao cadres */
  gboolean     graded_only;    /* only programs that classify graduates */
} CohortDashboardFilter;

#define COHORT_DASHBOARD_FILTER_INIT { .level = -1 }

typedef struct
{
  int          from_year;      /* the period shown */
  int          to_year;
  guint        n_years;
  int          plan_year;      /* the year of the plan chart: to_year */

  gint64       classes_running;
  gint64       classes_finished;
  gint64       classes_planned;   /* opened in Cohort, not started */
  gint64       students;
  gint64       graduates;
  gint64       finished_students; /* of the finished classes: what graduates are a share of */
  gint64       lao_students;
  gint64       plan_classes;      /* planned for the period */
  gint64       plan_students;

  GPtrArray   *programs;          /* CohortChoice (code, short name) in program order */
  gint64      *students_by_year_program;   /* [year index × n programs + program] */
  gint64      *classes_by_year_program;
  gint64       students_by_level[4];       /* by CohortLevel */
  gint64      *plan_classes_by_program;    /* of plan_year */
  gint64      *plan_students_by_program;
  gint64      *actual_classes_by_program;
  gint64      *actual_students_by_program;
  gint64      *results_by_year;            /* [year index × COHORT_N_RESULTS + result], graded programs */
  GPtrArray   *lao_provinces;              /* CohortLaoProvinceRow of provinces with students */
  gint64      *lao_students_by_year_province; /* [year index × n provinces + province] */
} CohortDashboard;

CohortDashboard *cohort_store_get_dashboard      (CohortStore         *self,
                                                  const CohortDashboardFilter *filter,
                                                  GError             **error);
void         cohort_dashboard_free               (CohortDashboard     *dashboard);
GPtrArray   *cohort_store_query_dashboard_classes (CohortStore        *self,
                                                  const CohortDashboardFilter *filter,
                                                  GError             **error);
gboolean     cohort_store_get_year_span          (CohortStore         *self,
                                                  int                 *first,
                                                  int                 *last,
                                                  GError             **error);

/* Demo data */
gboolean     cohort_store_generate_demo          (CohortStore         *self,
                                                  guint                n_students,
                                                  guint32              seed,
                                                  CohortProgressFunc   progress,
                                                  gpointer             user_data,
                                                  GCancellable        *cancellable,
                                                  GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CohortStatsRow, cohort_stats_row_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CohortPersonFilter, cohort_person_filter_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CohortDashboard, cohort_dashboard_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CohortRosterUndo, cohort_roster_undo_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CohortPlanLine, cohort_plan_line_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CohortMergeClash, cohort_merge_clash_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CohortDuplicatePair, cohort_duplicate_pair_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CohortHost, cohort_host_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CohortProvince, cohort_province_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CohortProgram, cohort_program_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CohortImportRecord, cohort_import_record_free)

G_END_DECLS
