/* cohort-import-preview-source.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the import preview says of the list above its rows: the file and its
 * counts, the sheet and the rows of its header, the columns not imported,
 * and a chooser per column of the file saying what it holds.
 */
#define G_LOG_DOMAIN "cohort-import-preview"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cohort-format.h"
#include "cohort-import-check.h"
#include "cohort-import-preview-private.h"

static char *
mapping_string (CohortImportPreview *self)
{
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  for (guint c = 0; c < self->choosers->len; c++)
    g_strv_builder_add (keys, cohort_column_kind_key (gtk_drop_down_get_selected (g_ptr_array_index (self->choosers,
                                                                                                      c))));
  strv = g_strv_builder_end (keys);
  return g_strjoinv (",", strv);
}

static void
on_chooser_changed_cb (GtkDropDown         *chooser,
                       GParamSpec          *pspec,
                       CohortImportPreview *self)
{
  g_autofree char *mapping = NULL;

  if (self->filling)
    return;
  mapping = mapping_string (self);
  _cohort_import_preview_mapping_changed (self, mapping);
}

/* A column's chooser under its heading; a heading under a group shows the
 * group above it, dimmed ("Giới tính" over "Nam"), in a line of its own
 * when @group_line (any column of the list has a group). */
static GtkWidget *
column_chooser_new (CohortImportPreview *self,
                    guint                column,
                    gboolean             group_line)
{
  CohortHeaderMap *map = self->plan->map;
  const char *header = cohort_import_plan_header (self->plan, column);
  const char *last = g_strrstr (header, " › ");
  g_autofree char *title = *header ? g_strdup (header) : g_strdup_printf (_("Column %u"), column + 1);
  g_autofree char *group = last ? g_strndup (header, last - header) : NULL;
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (last ? last + strlen (" › ") : title);
  GtkWidget *chooser;
  CohortColumnKind kind = map->kinds[column];
  gboolean unsure = !map->sure[column] && (kind != COHORT_COLUMN_UNKNOWN || *header);
  const char *tip;

  for (guint k = 0; k < COHORT_N_COLUMN_KINDS; k++)
    gtk_string_list_append (kinds, cohort_column_kind_label (k));
  chooser = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&kinds)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (chooser), kind);
  g_signal_connect_object (chooser, "notify::selected", G_CALLBACK (on_chooser_changed_cb), self, 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chooser), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_widget_set_margin_top (chooser, 2);

  if (unsure)
    tip = _("Cohort is not sure what this column holds: check it");
  else if (!cohort_column_kind_is_read (kind))
    tip = _("Cohort has no field for what this column holds: it is not imported");
  else
    tip = NULL;
  if (group_line)
    {
      GtkWidget *above = gtk_label_new (group ? group : "");

      gtk_label_set_xalign (GTK_LABEL (above), 0);
      gtk_label_set_ellipsize (GTK_LABEL (above), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (above), 18);
      gtk_widget_add_css_class (above, "caption");
      gtk_widget_add_css_class (above, "dim-label");
      gtk_widget_set_tooltip_text (above, group);
      gtk_box_append (GTK_BOX (box), above);
    }
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
  gtk_widget_set_tooltip_text (label, tip ? tip : title);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), chooser);
  gtk_widget_add_css_class (box, "import-column");
  if (unsure)
    gtk_widget_add_css_class (box, "unsure");
  else if (!cohort_column_kind_is_read (kind))
    gtk_widget_add_css_class (box, "not-imported");
  g_ptr_array_add (self->choosers, chooser);
  return box;
}

void
_cohort_import_preview_fill_columns (CohortImportPreview *self)
{
  GtkWidget *child;
  gboolean group_line = FALSE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box))) != NULL)
    gtk_box_remove (self->columns_box, child);
  g_ptr_array_set_size (self->choosers, 0);

  for (guint c = 0; c < self->plan->map->n_columns; c++)
    group_line = group_line || strstr (cohort_import_plan_header (self->plan, c), " › ") != NULL;
  self->filling = TRUE;
  for (guint c = 0; c < self->plan->map->n_columns; c++)
    gtk_box_append (self->columns_box, column_chooser_new (self, c, group_line));
  self->filling = FALSE;
}

/* Where the list was read: the sheet (a choice when the workbook has
 * several), the rows of its header, and the columns not imported. */
void
_cohort_import_preview_fill_source (CohortImportPreview *self)
{
  CohortImportPlan *plan = self->plan;
  CohortHeaderMap *map = plan->map;
  guint n_sheets = plan->sheets ? g_strv_length (plan->sheets) : 0;
  g_auto(GStrv) unread = cohort_import_plan_dup_unread (plan);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GtkStringList) sheets = gtk_string_list_new ((const char *const *) plan->sheets);

  self->filling = TRUE;
  gtk_drop_down_set_model (self->sheet_dropdown, G_LIST_MODEL (sheets));
  for (guint i = 0; i < n_sheets; i++)
    if (g_strcmp0 (plan->sheets[i], plan->sheet) == 0)
      gtk_drop_down_set_selected (self->sheet_dropdown, i);
  gtk_widget_set_visible (self->sheet_box, n_sheets > 1);
  self->filling = FALSE;

  if (plan->sheet_searched)
    /* Translators: a sheet of a workbook */
    g_string_append_printf (text, _("Sheet “%s” is the first with a list’s header."), plan->sheet);
  if (text->len > 0)
    g_string_append_c (text, ' ');
  if (map->n_header_rows > 1)
    /* Translators: the rows of a list's header, counted from 1 as the spreadsheet program shows them */
    g_string_append_printf (text, _("Header on rows %u to %u."), map->header_row + 1,
                            map->header_row + map->n_header_rows);
  else
    g_string_append_printf (text, _("Header on row %u."), map->header_row + 1);
  if (unread[0] != NULL)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; unread[i] != NULL; i++)
        g_string_append_printf (names, i > 0 ? ", “%s”" : "“%s”", unread[i]);
      g_string_append_c (text, ' ');
      /* Translators: %s lists the headings of columns: “Ghi chú”, “Trình độ › Ngoại ngữ” */
      g_string_append_printf (text, _("Columns not imported: %s."), names->str);
    }
  gtk_label_set_text (self->source_label, text->str);
}

void
_cohort_import_preview_fill_summary (CohortImportPreview *self,
                                     const char          *file_name)
{
  CohortImportCounts counts;
  g_autofree char *people = cohort_format_count (self->plan->rows->len);
  g_autofree char *n_new = NULL, *n_linked = NULL, *n_rejected = NULL;
  g_autofree char *where = NULL, *text = NULL;

  cohort_import_plan_count (self->plan, &counts);
  n_new = cohort_format_count (counts.n_new);
  n_linked = cohort_format_count (counts.n_linked);
  n_rejected = cohort_format_count (counts.n_rejected);
  where = self->plan->sheet
    /* Translators: a file name, its format ("XLSX") and the sheet read */
    ? g_strdup_printf (_("“%s” (%s, sheet “%s”)"), file_name, self->plan->format, self->plan->sheet)
    /* Translators: a file name and its format ("CSV (UTF-8)") */
    : g_strdup_printf (_("“%s” (%s)"), file_name, self->plan->format);
  /* Translators: the file, the number of people in it, then the numbers of new people, of people already in
   * Cohort and of rows that cannot be imported */
  text = g_strdup_printf (_("%1$s lists %2$s people: %3$s new, %4$s already in Cohort (their records are linked, "
                            "not copied), %5$s that cannot be imported (their cells are marked in red)."),
                          where, people, n_new, n_linked, n_rejected);
  if (self->plan->declared > 0 && self->plan->declared != self->plan->rows->len)
    {
      g_autofree char *declared = cohort_format_count (self->plan->declared);
      /* Translators: %s is the number of people a list says it has, under its table */
      g_autofree char *check = g_strdup_printf (_("The list says it has %s people: check that no row was missed."),
                                                declared);
      char *with = g_strdup_printf ("%s %s", text, check);

      g_free (text);
      text = with;
    }
  gtk_label_set_text (self->summary_label, text);
}
