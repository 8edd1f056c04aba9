/* cohort-list-document.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-list-document"

#include "config.h"

#include "cohort-list-document.h"

static void
list_text_free (gpointer data)
{
  CohortListText *text = data;

  g_free (text->text);
  g_free (text);
}

CohortListDocument *
cohort_list_document_new (CohortListKind kind,
                          guint          n_columns)
{
  CohortListDocument *doc = g_new0 (CohortListDocument, 1);

  /* No columns: a document without a table, such as the training report,
   * which has the letterhead and signers of a list around charts. */
  doc->kind = kind;
  doc->title = g_ptr_array_new_with_free_func (list_text_free);
  doc->n_columns = n_columns;
  doc->columns = g_new0 (CohortListColumn, n_columns);
  doc->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return doc;
}

void
cohort_list_document_free (CohortListDocument *doc)
{
  if (doc == NULL)
    return;

  g_free (doc->parent_agency);
  g_free (doc->agency);
  g_free (doc->motto[0]);
  g_free (doc->motto[1]);
  g_free (doc->place_date);
  g_ptr_array_unref (doc->title);
  for (guint i = 0; i < doc->n_columns; i++)
    {
      g_free (doc->columns[i].heading[0].text);
      g_free (doc->columns[i].heading[1].text);
    }
  g_free (doc->columns);
  g_ptr_array_unref (doc->rows);
  for (guint i = 0; i < G_N_ELEMENTS (doc->signers); i++)
    {
      g_free (doc->signers[i].title);
      g_free (doc->signers[i].name);
    }
  g_free (doc);
}

void
cohort_list_document_add_title (CohortListDocument *doc,
                                const char         *text,
                                CohortListScript    script)
{
  CohortListText *line = g_new0 (CohortListText, 1);

  g_return_if_fail (doc != NULL && text != NULL);

  line->text = g_strdup (text);
  line->script = script;
  g_ptr_array_add (doc->title, line);
}

/* A bilingual column gives its Lao heading first, then the Vietnamese one. */
void
cohort_list_document_set_column (CohortListDocument *doc,
                                 guint               column,
                                 const char         *heading,
                                 const char         *heading_lao,
                                 double              width,
                                 CohortListAlign     align,
                                 CohortListScript    script)
{
  CohortListColumn *col;
  guint i = 0;

  g_return_if_fail (doc != NULL && column < doc->n_columns && heading != NULL);

  col = &doc->columns[column];
  g_clear_pointer (&col->heading[0].text, g_free);
  g_clear_pointer (&col->heading[1].text, g_free);
  if (heading_lao != NULL && *heading_lao)
    {
      col->heading[i].text = g_strdup (heading_lao);
      col->heading[i++].script = COHORT_LIST_SCRIPT_LAO;
    }
  col->heading[i].text = g_strdup (heading);
  col->heading[i].script = COHORT_LIST_SCRIPT_VIETNAMESE;
  col->width = width;
  col->align = align;
  col->script = script;
}

void
cohort_list_document_add_row (CohortListDocument *doc,
                              GStrv               cells)
{
  g_return_if_fail (doc != NULL && cells != NULL);
  g_return_if_fail (g_strv_length (cells) == doc->n_columns);

  g_ptr_array_add (doc->rows, cells);
}
