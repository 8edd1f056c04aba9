/* cohort-import-preview.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The import preview: every row of the list as Cohort read it, each cell
 * that cannot be read marked with the reason, rows that stand for people
 * already in Cohort shown as links, and above them a chooser per column of
 * the file saying what it holds, for the user to correct.
 */
#define G_LOG_DOMAIN "cohort-import-preview"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cohort-check.h"
#include "cohort-date.h"
#include "cohort-format.h"
#include "cohort-import-check.h"
#include "cohort-import-item.h"
#include "cohort-import-preview-private.h"

/* The columns of the preview table. */
typedef enum
{
  PREVIEW_ROW,
  PREVIEW_STATUS,
  PREVIEW_NAME,
  PREVIEW_BIRTH,
  PREVIEW_GENDER,
  PREVIEW_ETHNICITY,
  PREVIEW_POSITION,
  PREVIEW_UNIT,
  PREVIEW_ID,
  PREVIEW_PROBLEMS,
  PREVIEW_OTHER,
  N_PREVIEW_COLUMNS
} PreviewColumn;

static const struct
{
  const char *title;
  int         min_chars;
  gboolean    expand;
} preview_columns[N_PREVIEW_COLUMNS] = {
  [PREVIEW_ROW] = { N_("Row"), 4, FALSE },
  [PREVIEW_STATUS] = { N_("Import as"), 14, FALSE },
  [PREVIEW_NAME] = { N_("Full name"), 16, TRUE },
  [PREVIEW_BIRTH] = { N_("Date of birth"), 10, FALSE },
  [PREVIEW_GENDER] = { N_("Gender"), 7, FALSE },
  [PREVIEW_ETHNICITY] = { N_("Ethnic group"), 8, FALSE },
  [PREVIEW_POSITION] = { N_("Position"), 12, TRUE },
  [PREVIEW_UNIT] = { N_("Work unit"), 12, TRUE },
  [PREVIEW_ID] = { N_("Citizen ID number"), 12, FALSE },
  [PREVIEW_PROBLEMS] = { N_("Problems"), 26, TRUE },
  /* Translators: a column of the import preview: the hometown, party dates, education… a row gives */
  [PREVIEW_OTHER] = { N_("Other details"), 12, TRUE },
};

G_DEFINE_FINAL_TYPE (CohortImportPreview, cohort_import_preview, GTK_TYPE_BOX)

enum {
  MAPPING_CHANGED,
  SHEET_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Which column of the preview shows a column of the file. */
static PreviewColumn
preview_column_for_kind (CohortColumnKind kind)
{
  switch (kind)
    {
    case COHORT_COLUMN_FULL_NAME:
    case COHORT_COLUMN_FAMILY_MIDDLE:
    case COHORT_COLUMN_FAMILY_NAME:
    case COHORT_COLUMN_MIDDLE_NAME:
    case COHORT_COLUMN_GIVEN_NAME:
    case COHORT_COLUMN_LAO_NAME:
    case COHORT_COLUMN_LATIN_NAME:
      return PREVIEW_NAME;
    case COHORT_COLUMN_BIRTH_DATE:
    case COHORT_COLUMN_BIRTH_YEAR:
    case COHORT_COLUMN_BIRTH_MONTH:
    case COHORT_COLUMN_BIRTH_DAY:
    case COHORT_COLUMN_BIRTH_MALE:
    case COHORT_COLUMN_BIRTH_FEMALE:
      return PREVIEW_BIRTH;
    case COHORT_COLUMN_GENDER:
    case COHORT_COLUMN_GENDER_MARK_MALE:
    case COHORT_COLUMN_GENDER_MARK_FEMALE:
      return PREVIEW_GENDER;
    case COHORT_COLUMN_ETHNICITY:
      return PREVIEW_ETHNICITY;
    case COHORT_COLUMN_POSITION:
    case COHORT_COLUMN_POSITION_UNIT:
      return PREVIEW_POSITION;
    case COHORT_COLUMN_UNIT:
      return PREVIEW_UNIT;
    case COHORT_COLUMN_ID_NUMBER:
      return PREVIEW_ID;
    case COHORT_COLUMN_RELIGION:
    case COHORT_COLUMN_HOMETOWN:
    case COHORT_COLUMN_PHONE:
    case COHORT_COLUMN_PARTY_JOIN_DATE:
    case COHORT_COLUMN_PARTY_OFFICIAL_DATE:
    case COHORT_COLUMN_EDUCATION:
    case COHORT_COLUMN_PROFESSIONAL:
    case COHORT_COLUMN_LLCT:
    case COHORT_COLUMN_QLNN:
    case COHORT_COLUMN_PASSPORT:
    case COHORT_COLUMN_LAO_PROVINCE:
      return PREVIEW_OTHER;
    case COHORT_COLUMN_UNKNOWN:
    case COHORT_COLUMN_ROW_NO:
    case COHORT_COLUMN_NOTE:
    case COHORT_N_COLUMN_KINDS:
    default:
      return PREVIEW_PROBLEMS;
    }
}

/* The details of a person the table has no column for, each with what it is:
 * "Party admission date: 19/05/2008 · General education: 12/12". */
static char *
other_details (CohortPerson *person)
{
  static const CohortPersonField fields[] = {
    COHORT_PERSON_HOMETOWN, COHORT_PERSON_PARTY_JOIN_DATE, COHORT_PERSON_PARTY_OFFICIAL_DATE,
    COHORT_PERSON_EDUCATION, COHORT_PERSON_PROFESSIONAL, COHORT_PERSON_LLCT_LEVEL, COHORT_PERSON_QLNN_LEVEL,
    COHORT_PERSON_PHONE, COHORT_PERSON_PASSPORT_NUMBER,
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *value = cohort_person_get_field (person, fields[i]);
      g_autofree char *date = NULL;

      if (value == NULL)
        continue;
      if (fields[i] == COHORT_PERSON_PARTY_JOIN_DATE || fields[i] == COHORT_PERSON_PARTY_OFFICIAL_DATE)
        value = date = cohort_date_format (value);
      if (text->len > 0)
        g_string_append (text, " · ");
      /* Translators: a detail of a person in the import preview: "General education: 12/12" */
      g_string_append_printf (text, _("%s: %s"), cohort_check_person_field_label (fields[i]), value);
    }
  return g_string_free (text, FALSE);
}

static const char *
status_text (CohortImportRowStatus status)
{
  switch (status)
    {
    case COHORT_IMPORT_ROW_NEW:
      return _("New person");
    case COHORT_IMPORT_ROW_LINKED:
      return _("Already in Cohort");
    case COHORT_IMPORT_ROW_REJECTED:
    default:
      return _("Not imported");
    }
}

static char *
value_text (CohortImportPreview *self,
           CohortImportItem    *item,
           PreviewColumn        column,
           gboolean            *problem)
{
  CohortImportRow *row = cohort_import_item_get_row (item);
  CohortPerson *person = row->person;

  *problem = FALSE;
  if (column != PREVIEW_PROBLEMS && column != PREVIEW_ROW && column != PREVIEW_STATUS)
    for (guint p = 0; p < row->problems->len; p++)
      {
        CohortCellProblem *cell = g_ptr_array_index (row->problems, p);
        CohortColumnKind kind = cell->column < self->plan->map->n_columns
                                  ? self->plan->map->kinds[cell->column] : COHORT_COLUMN_UNKNOWN;

        if (preview_column_for_kind (kind) == column && !cell->warning)
          {
            *problem = TRUE;
            return g_strdup (cell->message);
          }
      }

  switch (column)
    {
    case PREVIEW_ROW:
      return g_strdup_printf ("%u", row->row + 1);
    case PREVIEW_STATUS:
      *problem = cohort_import_item_get_status (item) == COHORT_IMPORT_ROW_REJECTED;
      return g_strdup (status_text (cohort_import_item_get_status (item)));
    case PREVIEW_NAME:
      return cohort_person_dup_full_name (person);
    case PREVIEW_BIRTH:
      return cohort_date_format (cohort_person_get_field (person, COHORT_PERSON_BIRTH_DATE));
    case PREVIEW_GENDER:
      return g_strdup (cohort_format_gender (cohort_person_get_gender (person)));
    case PREVIEW_ETHNICITY:
      {
        const char *code = cohort_person_get_field (person, COHORT_PERSON_ETHNICITY);
        const char *name = self->ethnic_names && code ? g_hash_table_lookup (self->ethnic_names, code) : NULL;

        /* Not one of the 54: what the list wrote, kept on the person */
        if (code == NULL)
          return g_strdup (cohort_person_get_field (person, COHORT_PERSON_ETHNICITY_TEXT));
        return g_strdup (name ? name : code);
      }
    case PREVIEW_POSITION:
      return g_strdup (cohort_person_get_field (person, COHORT_PERSON_POSITION));
    case PREVIEW_UNIT:
      return g_strdup (cohort_person_get_field (person, COHORT_PERSON_UNIT));
    case PREVIEW_ID:
      return g_strdup (cohort_person_get_field (person, COHORT_PERSON_ID_NUMBER));
    case PREVIEW_OTHER:
      return other_details (person);
    case PREVIEW_PROBLEMS:
      *problem = cohort_import_row_is_rejected (row);
      return cohort_import_plan_dup_problems (self->plan, row);
    case N_PREVIEW_COLUMNS:
    default:
      return g_strdup ("");
    }
}

/* What to check in a cell that is imported all the same, or %NULL. */
static const char *
cell_note (CohortImportPreview *self,
           CohortImportItem    *item,
           PreviewColumn        column)
{
  CohortImportRow *row = cohort_import_item_get_row (item);

  for (guint p = 0; p < row->problems->len; p++)
    {
      CohortCellProblem *cell = g_ptr_array_index (row->problems, p);
      CohortColumnKind kind = cell->column < self->plan->map->n_columns
                                ? self->plan->map->kinds[cell->column] : COHORT_COLUMN_UNKNOWN;

      if (cell->warning && (preview_column_for_kind (kind) == column || column == PREVIEW_PROBLEMS))
        return cell->message;
    }
  return NULL;
}

/* The text of a cell: the value read, or what is wrong with it. */
static char *
cell_text (CohortImportPreview *self,
           CohortImportItem    *item,
           PreviewColumn        column,
           gboolean            *problem)
{
  char *text = value_text (self, item, column, problem);

  return text ? text : g_strdup ("");
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  PreviewColumn column = GPOINTER_TO_UINT (user_data);
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_min_chars (GTK_INSCRIPTION (label), preview_columns[column].min_chars);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  PreviewColumn column = GPOINTER_TO_UINT (user_data);
  CohortImportPreview *self = g_object_get_data (G_OBJECT (factory), "cohort-preview");
  GtkWidget *label = gtk_list_item_get_child (list_item);
  CohortImportItem *item = gtk_list_item_get_item (list_item);
  gboolean problem;
  g_autofree char *text = cell_text (self, item, column, &problem);
  const char *note = problem ? NULL : cell_note (self, item, column);

  gtk_inscription_set_text (GTK_INSCRIPTION (label), text);
  gtk_widget_set_tooltip_text (label, problem || column == PREVIEW_PROBLEMS ? text : note);
  if (problem)
    gtk_widget_add_css_class (label, "import-cell-problem");
  else
    gtk_widget_remove_css_class (label, "import-cell-problem");
  if (note != NULL)
    gtk_widget_add_css_class (label, "import-cell-note");
  else
    gtk_widget_remove_css_class (label, "import-cell-note");
}

static gboolean
filter_item (gpointer item,
             gpointer user_data)
{
  CohortImportPreview *self = user_data;
  CohortImportRowStatus status = cohort_import_item_get_status (item);

  switch ((CohortImportShow) gtk_drop_down_get_selected (self->filter_dropdown))
    {
    case COHORT_IMPORT_SHOW_REJECTED:
      return status == COHORT_IMPORT_ROW_REJECTED;
    case COHORT_IMPORT_SHOW_LINKED:
      return status == COHORT_IMPORT_ROW_LINKED;
    case COHORT_IMPORT_SHOW_NEW:
      return status == COHORT_IMPORT_ROW_NEW;
    case COHORT_IMPORT_SHOW_ALL:
    default:
      return TRUE;
    }
}

static void
update_count (CohortImportPreview *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  g_autofree char *count = cohort_format_count (n);
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s row shown", "%s rows shown", n),
                                           count);

  gtk_label_set_text (self->count_label, text);
}

static void
on_filter_changed_cb (CohortImportPreview *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

/* Called by a column's chooser when the user picks what it holds. */
void
_cohort_import_preview_mapping_changed (CohortImportPreview *self,
                                        const char          *mapping)
{
  g_signal_emit (self, signals[MAPPING_CHANGED], 0, mapping);
}

static void
on_sheet_changed_cb (CohortImportPreview *self)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (self->sheet_dropdown);

  if (self->filling || item == NULL || self->plan == NULL ||
      g_strcmp0 (gtk_string_object_get_string (item), self->plan->sheet) == 0)
    return;
  g_signal_emit (self, signals[SHEET_CHANGED], 0, gtk_string_object_get_string (item));
}

/**
 * cohort_import_preview_set_plan:
 * @plan: (transfer none): a checked plan, kept by the caller until
 *   cohort_import_preview_clear()
 * @target: what an import will do, in words ("They will be enrolled in …")
 */
void
cohort_import_preview_set_plan (CohortImportPreview *self,
                                CohortImportPlan    *plan,
                                const char          *file_name,
                                const char          *target)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (plan->rows->len, g_object_unref);
  gboolean other = FALSE;

  g_return_if_fail (COHORT_IS_IMPORT_PREVIEW (self));

  cohort_import_preview_clear (self);
  self->plan = plan;
  for (guint i = 0; i < plan->rows->len; i++)
    g_ptr_array_add (items, cohort_import_item_new (g_ptr_array_index (plan->rows, i)));
  /* The column of other details only for a list that has some */
  for (guint c = 0; c < plan->map->n_columns && !other; c++)
    other = preview_column_for_kind (plan->map->kinds[c]) == PREVIEW_OTHER;
  gtk_column_view_column_set_visible (self->other_column, other);
  g_list_store_splice (self->items, 0, 0, items->pdata, items->len);

  _cohort_import_preview_fill_summary (self, file_name);
  _cohort_import_preview_fill_source (self);
  gtk_label_set_text (self->target_label, target);
  _cohort_import_preview_fill_columns (self);
  update_count (self);
}

/**
 * cohort_import_preview_set_ethnic_groups:
 * @choices: (element-type CohortChoice): the ethnic groups, whose names the
 *   preview shows for the codes checked rows hold
 */
void
cohort_import_preview_set_ethnic_groups (CohortImportPreview *self,
                                         GPtrArray           *choices)
{
  g_return_if_fail (COHORT_IS_IMPORT_PREVIEW (self));

  g_clear_pointer (&self->ethnic_names, g_hash_table_unref);
  self->ethnic_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; choices != NULL && i < choices->len; i++)
    {
      CohortChoice *choice = g_ptr_array_index (choices, i);

      g_hash_table_insert (self->ethnic_names, g_strdup (choice->code), g_strdup (choice->name));
    }
}

/* Drops the rows before their plan is freed. */
void
cohort_import_preview_clear (CohortImportPreview *self)
{
  g_return_if_fail (COHORT_IS_IMPORT_PREVIEW (self));

  g_list_store_remove_all (self->items);
  self->plan = NULL;
}

void
cohort_import_preview_set_show (CohortImportPreview *self,
                                CohortImportShow     show)
{
  g_return_if_fail (COHORT_IS_IMPORT_PREVIEW (self));
  gtk_drop_down_set_selected (self->filter_dropdown, show);
}

/**
 * cohort_import_preview_get_model:
 *
 * Returns: (transfer none): the rows shown (CohortImportItem)
 */
GListModel *
cohort_import_preview_get_model (CohortImportPreview *self)
{
  g_return_val_if_fail (COHORT_IS_IMPORT_PREVIEW (self), NULL);
  return G_LIST_MODEL (self->filtered);
}

/**
 * cohort_import_preview_get_column_chooser:
 *
 * Returns: (transfer none) (nullable): the chooser of what @column of the file holds
 */
GtkDropDown *
cohort_import_preview_get_column_chooser (CohortImportPreview *self,
                                          guint                column)
{
  g_return_val_if_fail (COHORT_IS_IMPORT_PREVIEW (self), NULL);
  return column < self->choosers->len ? g_ptr_array_index (self->choosers, column) : NULL;
}

/**
 * cohort_import_preview_get_sheet_chooser:
 *
 * Returns: (transfer none): the chooser of the sheet of a workbook, shown
 *   when it has more than one
 */
GtkDropDown *
cohort_import_preview_get_sheet_chooser (CohortImportPreview *self)
{
  g_return_val_if_fail (COHORT_IS_IMPORT_PREVIEW (self), NULL);
  return self->sheet_dropdown;
}

/**
 * cohort_import_preview_get_source_text:
 *
 * Returns: what the preview says of where the list was read: the sheet,
 *   the rows of the header, the columns not imported
 */
const char *
cohort_import_preview_get_source_text (CohortImportPreview *self)
{
  g_return_val_if_fail (COHORT_IS_IMPORT_PREVIEW (self), NULL);
  return gtk_label_get_text (self->source_label);
}

/**
 * cohort_import_preview_dup_cell_note:
 *
 * Returns: (transfer full) (nullable): what to check in a cell imported all
 *   the same (marked in yellow), or %NULL
 */
char *
cohort_import_preview_dup_cell_note (CohortImportPreview *self,
                                     guint                position,
                                     guint                preview_column)
{
  g_autoptr(CohortImportItem) item = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  g_return_val_if_fail (item != NULL && preview_column < N_PREVIEW_COLUMNS, NULL);
  return g_strdup (cell_note (self, item, preview_column));
}

/**
 * cohort_import_preview_dup_cell_text:
 * @problem: (out): whether the cell is marked as a problem
 *
 * Returns: (transfer full): the text a cell of the table shows
 */
char *
cohort_import_preview_dup_cell_text (CohortImportPreview *self,
                                     guint                position,
                                     guint                preview_column,
                                     gboolean            *problem)
{
  g_autoptr(CohortImportItem) item = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  g_return_val_if_fail (item != NULL && preview_column < N_PREVIEW_COLUMNS, NULL);
  return cell_text (self, item, preview_column, problem);
}

static void
cohort_import_preview_dispose (GObject *object)
{
  CohortImportPreview *self = (CohortImportPreview *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), COHORT_TYPE_IMPORT_PREVIEW);
  g_clear_object (&self->filtered);
  g_clear_object (&self->items);
  g_clear_pointer (&self->choosers, g_ptr_array_unref);
  g_clear_pointer (&self->ethnic_names, g_hash_table_unref);

  G_OBJECT_CLASS (cohort_import_preview_parent_class)->dispose (object);
}

static void
cohort_import_preview_class_init (CohortImportPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cohort_import_preview_dispose;

  /**
   * CohortImportPreview::mapping-changed:
   * @mapping: what the columns hold, as cohort_header_map_to_string() writes it
   *
   * The user chose what a column holds.
   */
  signals[MAPPING_CHANGED] = g_signal_new ("mapping-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * CohortImportPreview::sheet-changed:
   * @sheet: the sheet of the workbook the user chose
   *
   * The user chose another sheet to read the list from.
   */
  signals[SHEET_CHANGED] = g_signal_new ("sheet-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cohort/Cohort/cohort-import-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortImportPreview, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CohortImportPreview, target_label);
  gtk_widget_class_bind_template_child (widget_class, CohortImportPreview, sheet_box);
  gtk_widget_class_bind_template_child (widget_class, CohortImportPreview, sheet_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CohortImportPreview, source_label);
  gtk_widget_class_bind_template_child (widget_class, CohortImportPreview, columns_box);
  gtk_widget_class_bind_template_child (widget_class, CohortImportPreview, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CohortImportPreview, count_label);
  gtk_widget_class_bind_template_child (widget_class, CohortImportPreview, column_view);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
}

static void
cohort_import_preview_init (CohortImportPreview *self)
{
  const char *shows[] = { _("All Rows"), _("Rows Not Imported"), _("People Already in Cohort"), _("New People"),
                          NULL };
  g_autoptr(GtkStringList) show_list = gtk_string_list_new (shows);
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->sheet_dropdown, "notify::selected", G_CALLBACK (on_sheet_changed_cb), self);

  self->choosers = g_ptr_array_new ();
  self->items = g_list_store_new (COHORT_TYPE_IMPORT_ITEM);
  self->filter = gtk_custom_filter_new (filter_item, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->items)),
                                              GTK_FILTER (self->filter));
  gtk_drop_down_set_model (self->filter_dropdown, G_LIST_MODEL (show_list));
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));

  for (guint c = 0; c < N_PREVIEW_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_object_set_data (G_OBJECT (factory), "cohort-preview", self);
      g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), GUINT_TO_POINTER (c));
      g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), GUINT_TO_POINTER (c));
      column = gtk_column_view_column_new (_(preview_columns[c].title), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, preview_columns[c].expand);
      gtk_column_view_append_column (self->column_view, column);
      if (c == PREVIEW_OTHER)
        self->other_column = column;
      g_object_unref (column);
    }
}
