/* cohort-choices.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-choices"

#include "cohort-choices.h"
#include "cohort-format.h"

/**
 * cohort_choices_fill:
 * @names: (out) (transfer full): the names to show, for a combo row or drop-down
 * @choices: (element-type CohortChoice) (nullable): what the store lists
 * @none_label: (nullable): a first entry meaning "none" or "all", with no code
 * @current: (nullable): the code to select; kept as an entry of its own when
 *   the list no longer has it
 * @selected: (out): the position of @current, or 0
 *
 * Returns: (transfer full) (element-type utf8): the code at each position
 *   of @names, %NULL for @none_label
 */
GPtrArray *
cohort_choices_fill (GListModel **names,
                     GPtrArray   *choices,
                     const char  *none_label,
                     const char  *current,
                     guint       *selected)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);
  gboolean found = FALSE;

  *selected = 0;
  if (none_label != NULL)
    {
      g_ptr_array_add (codes, NULL);
      gtk_string_list_append (list, none_label);
    }
  for (guint i = 0; choices != NULL && i < choices->len; i++)
    {
      CohortChoice *choice = g_ptr_array_index (choices, i);

      if (!found && g_strcmp0 (choice->code, current) == 0)
        {
          *selected = codes->len;
          found = TRUE;
        }
      g_ptr_array_add (codes, g_strdup (choice->code));
      gtk_string_list_append (list, choice->name);
    }
  if (current != NULL && !found)
    {
      *selected = codes->len;
      g_ptr_array_add (codes, g_strdup (current));
      gtk_string_list_append (list, current);
    }

  *names = G_LIST_MODEL (list);
  return codes;
}

/**
 * cohort_choices_code:
 * @codes: what cohort_choices_fill() returned
 * @position: the position selected, maybe %GTK_INVALID_LIST_POSITION
 *
 * Returns: (nullable): the code selected, %NULL for none
 */
const char *
cohort_choices_code (GPtrArray *codes,
                     guint      position)
{
  if (codes == NULL || position >= codes->len)
    return NULL;
  return g_ptr_array_index (codes, position);
}

/**
 * cohort_choices_fill_provinces:
 * @names: (out) (transfer full): the names to show
 * @provinces: (element-type CohortProvince): what cohort_store_list_provinces() lists
 * @current_only: only the 34 units of today (and @current if it is another)
 * @none_label: (nullable): a first entry meaning "no province"
 * @current: the province to select, or 0
 * @selected: (out): its position, or 0
 *
 * Returns: (transfer full) (element-type gint64): the province id at each
 *   position of @names, 0 for @none_label
 */
GArray *
cohort_choices_fill_provinces (GListModel **names,
                               GPtrArray   *provinces,
                               gboolean     current_only,
                               const char  *none_label,
                               gint64       current,
                               guint       *selected)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  *selected = 0;
  if (none_label != NULL)
    {
      gint64 none = 0;

      g_array_append_val (ids, none);
      gtk_string_list_append (list, none_label);
    }
  for (guint i = 0; provinces != NULL && i < provinces->len; i++)
    {
      CohortProvince *p = g_ptr_array_index (provinces, i);
      g_autofree char *label = NULL;

      if (current_only && !p->current && p->id != current)
        continue;
      if (p->id == current)
        *selected = ids->len;
      label = cohort_format_province (p->name, p->now);
      g_array_append_val (ids, p->id);
      gtk_string_list_append (list, label);
    }
  *names = G_LIST_MODEL (list);
  return ids;
}

gint64
cohort_choices_province (GArray *ids,
                         guint   position)
{
  if (ids == NULL || position >= ids->len)
    return 0;
  return g_array_index (ids, gint64, position);
}
