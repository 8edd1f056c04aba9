/* cohort-list-document.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An official list as the office sends it (Decree 30/2020/NĐ-CP layout):
 * agency lines top left, the national motto top right, a title, a table,
 * then place and date and the signature blocks. The .xlsx writer and the
 * cairo/pango renderer (PDF and printing) both draw from this one plain
 * description, so what is printed is what the files show. All text is
 * UTF-8 NFC, ready to draw: no number or date formatting happens later. */

typedef enum
{
  COHORT_LIST_KIND_ROSTER,     /* danh sách học viên lớp … */
  COHORT_LIST_KIND_LAO,        /* the bilingual Lao / Vietnamese list */
} CohortListKind;

typedef enum
{
  COHORT_LIST_SCRIPT_VIETNAMESE,   /* Times New Roman */
  COHORT_LIST_SCRIPT_LAO,          /* Phetsarath OT, then Noto Sans Lao */
} CohortListScript;

typedef enum
{
  COHORT_LIST_ALIGN_LEFT,
  COHORT_LIST_ALIGN_CENTER,
  COHORT_LIST_ALIGN_RIGHT,
} CohortListAlign;

/* One line of text with the script it is written in. A bilingual heading is
 * two of these (Lao first, then Vietnamese). */
typedef struct
{
  char             *text;
  CohortListScript  script;
} CohortListText;

typedef struct
{
  CohortListText   heading[2];  /* heading[1].text is NULL when one line */
  double           width;       /* in characters of the body font (Excel's unit) */
  CohortListAlign  align;
  CohortListScript script;      /* of the cells below */
  gboolean         numeric;     /* whole numbers (STT): a spreadsheet gets numbers, not text */
} CohortListColumn;

/* A signature block: "KT. HIỆU TRƯỞNG" / "PHÓ HIỆU TRƯỞNG" above the blank
 * for the signature, the name below. */
typedef struct
{
  char *title;                  /* one or more lines, '\n' between */
  char *name;                   /* may be empty */
} CohortListSigner;

typedef struct
{
  CohortListKind    kind;

  /* Ô2: parent agency (regular) and issuing agency (bold), upper case. */
  char             *parent_agency;        /* "TỈNH ỦY THANH HÓA" */
  char             *agency;               /* "TRƯỜNG CHÍNH TRỊ TỈNH THANH HÓA" */
  /* Ô1: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc" */
  char             *motto[2];
  /* Ô4: "Thanh Hóa, ngày 05 tháng 01 năm 2026" (already written out). */
  char             *place_date;

  /* Title lines, centred and bold; for the Lao list, each line is given in
   * Lao then Vietnamese (two entries). */
  GPtrArray        *title;                /* CohortListText */

  guint             n_columns;
  CohortListColumn *columns;
  GPtrArray        *rows;                 /* GStrv, n_columns cells each */

  /* Left: who drew up the list; right: who signs for the school. */
  CohortListSigner  signers[2];
} CohortListDocument;

CohortListDocument *cohort_list_document_new    (CohortListKind      kind,
                                                 guint               n_columns);
void                cohort_list_document_free   (CohortListDocument *doc);
void                cohort_list_document_add_title (CohortListDocument *doc,
                                                    const char         *text,
                                                    CohortListScript    script);
void                cohort_list_document_set_column (CohortListDocument *doc,
                                                     guint               column,
                                                     const char         *heading,
                                                     const char         *heading_lao,
                                                     double              width,
                                                     CohortListAlign     align,
                                                     CohortListScript    script);
/* Takes the cells (n_columns of them). */
void                cohort_list_document_add_row (CohortListDocument *doc,
                                                  GStrv               cells);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CohortListDocument, cohort_list_document_free)

G_END_DECLS
