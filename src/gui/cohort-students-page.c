/* cohort-students-page.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cohort-students-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cohort-check.h"
#include "cohort-format.h"
#include "cohort-person-editor.h"
#include "cohort-person-list-model.h"
#include "cohort-person-view.h"
#include "cohort-sort-probe.h"
#include "cohort-students-page.h"
#include "cohort-widgets.h"
#include "cohort-date.h"

struct _CohortStudentsPage
{
  CohortPage             parent_instance;

  /* Template widgets */
  GtkStack              *stack;
  GtkSearchEntry        *search_entry;
  GtkLabel              *count_label;
  GtkSpinner            *search_spinner;
  GtkStack              *results_stack;
  GtkColumnView         *column_view;
  GtkColumnViewColumn   *name_column;
  GtkColumnViewColumn   *lao_column;
  GtkColumnViewColumn   *birth_column;
  GtkColumnViewColumn   *gender_column;
  GtkColumnViewColumn   *position_column;
  GtkColumnViewColumn   *unit_column;
  CohortPersonView      *person_view;
  GtkEntry              *born_entry;
  GtkEntry              *unit_entry;
  GtkEntry              *class_entry;
  GtkDropDown           *class_year_dropdown;
  GtkDropDown           *province_dropdown;
  GtkDropDown           *level_dropdown;
  GtkWidget             *clear_button;
  AdwStatusPage         *none_page;

  /* Owned references */
  CohortPersonListModel *people;
  GtkSingleSelection    *selection;
  GCancellable          *searching;   /* the search under way, if any */
  int                    probed;      /* written by the columns' sort probes */
  char                  *query;       /* the text of the last search run */
  guint                  spinner_id;  /* shows the spinner if a search takes long */
  char                  *back_page;   /* the page the person was opened from, if not this list */

  /* The filters' choices; they stay as set for the session */
  GPtrArray             *province_codes;  /* char *, NULL first for any province */
  GArray                *class_years;     /* int, 0 first for any year */
  gboolean               filling;         /* the filters are set from code */
};

G_DEFINE_FINAL_TYPE (CohortStudentsPage, cohort_students_page, COHORT_TYPE_PAGE)

enum {
  GO_BACK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Cells of the table */

static char *
name_text (gpointer item)
{
  return cohort_person_dup_full_name (item);
}

static char *
lao_name_text (gpointer item)
{
  return cohort_person_dup_lao_name (item);
}

static char *
birth_text (gpointer item)
{
  return cohort_date_format (cohort_person_get_birth_date (item));
}

static char *
gender_text (gpointer item)
{
  CohortGender gender = cohort_person_get_gender (item);

  return g_strdup (gender == COHORT_GENDER_UNKNOWN ? "" : cohort_format_gender (gender));
}

static char *
position_text (gpointer item)
{
  return g_strdup (cohort_person_get_position (item));
}

static char *
unit_text (gpointer item)
{
  return g_strdup (cohort_person_get_unit (item));
}

static void
show_count (CohortStudentsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->people));
  g_autofree char *found = cohort_format_count (n);
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s person", "%s people", n),
                                           found);

  gtk_label_set_label (self->count_label, text);
  gtk_stack_set_visible_child_name (self->results_stack, n ? "results" : "none");
}

static void
on_refreshed_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(CohortStudentsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!cohort_person_list_model_refresh_finish (COHORT_PERSON_LIST_MODEL (source), result, &error))
    {
      /* Cancelled: the search that replaced it is under way. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      cohort_page_show_error (COHORT_PAGE (self), error);
    }
  g_clear_object (&self->searching);
  g_clear_handle_id (&self->spinner_id, g_source_remove);
  gtk_spinner_stop (self->search_spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->search_spinner), FALSE);
  show_count (self);
}

/* A search that takes longer than a glance shows that it is working. */
static gboolean
show_spinner_cb (gpointer user_data)
{
  CohortStudentsPage *self = user_data;

  self->spinner_id = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->search_spinner), TRUE);
  gtk_spinner_start (self->search_spinner);
  return G_SOURCE_REMOVE;
}

/* Filters ---------------------------------------------------------------------------- */

/* "1980", "1975–1985", "1975-1985": the years of birth; FALSE when the text
 * is none of these. */
static gboolean
parse_years (const char *text,
             int        *from,
             int        *to)
{
  g_autofree char *clean = g_strstrip (g_strdup (text));
  g_auto(GStrv) parts = NULL;
  gint64 a, b;

  *from = *to = 0;
  if (*clean == '\0')
    return TRUE;
  /* en and em dashes as hyphens */
  for (const char *dash = "–—"; *dash; dash = g_utf8_next_char (dash))
    {
      char d[8] = { 0 };
      g_auto(GStrv) split = NULL;

      g_unichar_to_utf8 (g_utf8_get_char (dash), d);
      split = g_strsplit (clean, d, -1);
      g_free (clean);
      clean = g_strjoinv ("-", split);
    }
  parts = g_strsplit (clean, "-", 3);
  if (parts[0] == NULL || g_strv_length (parts) > 2)
    return FALSE;
  if (!g_ascii_string_to_signed (g_strstrip (parts[0]), 10, 1900, 2100, &a, NULL))
    return FALSE;
  b = a;
  if (parts[1] != NULL && !g_ascii_string_to_signed (g_strstrip (parts[1]), 10, 1900, 2100, &b, NULL))
    return FALSE;
  *from = (int) MIN (a, b);
  *to = (int) MAX (a, b);
  return TRUE;
}

/* The filter as the widgets set it; @filter's strings belong to them. */
static void
read_filter (CohortStudentsPage *self,
             CohortPersonFilter *filter)
{
  guint year = gtk_drop_down_get_selected (self->class_year_dropdown);
  guint province = gtk_drop_down_get_selected (self->province_dropdown);
  guint level = gtk_drop_down_get_selected (self->level_dropdown);
  gboolean born_ok;

  *filter = (CohortPersonFilter) COHORT_PERSON_FILTER_INIT;
  born_ok = parse_years (gtk_editable_get_text (GTK_EDITABLE (self->born_entry)), &filter->born_from,
                         &filter->born_to);
  if (born_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->born_entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->born_entry), "error");
  filter->unit = gtk_editable_get_text (GTK_EDITABLE (self->unit_entry));
  filter->class_code = gtk_editable_get_text (GTK_EDITABLE (self->class_entry));
  if (self->class_years != NULL && year != GTK_INVALID_LIST_POSITION && year < self->class_years->len)
    filter->class_year = g_array_index (self->class_years, int, year);
  if (self->province_codes != NULL && province != GTK_INVALID_LIST_POSITION &&
      province < self->province_codes->len)
    filter->province = g_ptr_array_index (self->province_codes, province);
  /* "Any level", then the levels in the order of CohortLevel from province */
  filter->level = level == GTK_INVALID_LIST_POSITION || level == 0 ? -1 : (int) level;
}

/* The choices of the drop-downs from the database, the ones chosen kept. */
static void
fill_filter_choices (CohortStudentsPage *self)
{
  CohortStore *store = cohort_page_get_store (COHORT_PAGE (self));
  g_autoptr(GtkStringList) years = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) provinces = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) year_choices = NULL;
  g_autoptr(GPtrArray) province_choices = NULL;
  CohortPersonFilter was;
  g_autofree char *was_province = NULL;
  guint year_pos = 0, province_pos = 0;
  int any = 0;

  if (store == NULL)
    return;
  read_filter (self, &was);
  was_province = g_strdup (was.province);
  year_choices = cohort_store_list_choices (store, COHORT_CHOICE_CLASS_YEAR, NULL);
  province_choices = cohort_store_list_province_choices (store, NULL);

  g_clear_pointer (&self->class_years, g_array_unref);
  self->class_years = g_array_new (FALSE, FALSE, sizeof (int));
  g_array_append_val (self->class_years, any);
  gtk_string_list_append (years, _("Any class year"));
  for (guint i = 0; year_choices != NULL && i < year_choices->len; i++)
    {
      CohortChoice *choice = g_ptr_array_index (year_choices, i);
      int y = (int) g_ascii_strtoll (choice->code, NULL, 10);

      /* Translators: a choice of the Students page's filters: people in a class of that year */
      g_autofree char *label = g_strdup_printf (_("Classes of %d"), y);

      if (y == was.class_year)
        year_pos = self->class_years->len;
      g_array_append_val (self->class_years, y);
      gtk_string_list_append (years, label);
    }

  g_clear_pointer (&self->province_codes, g_ptr_array_unref);
  self->province_codes = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->province_codes, NULL);
  gtk_string_list_append (provinces, _("Any province"));
  for (guint i = 0; province_choices != NULL && i < province_choices->len; i++)
    {
      CohortChoice *choice = g_ptr_array_index (province_choices, i);

      if (g_strcmp0 (choice->code, was_province) == 0)
        province_pos = self->province_codes->len;
      g_ptr_array_add (self->province_codes, g_strdup (choice->code));
      gtk_string_list_append (provinces, choice->name);
    }

  self->filling = TRUE;
  gtk_drop_down_set_model (self->class_year_dropdown, G_LIST_MODEL (years));
  gtk_drop_down_set_selected (self->class_year_dropdown, year_pos);
  gtk_drop_down_set_model (self->province_dropdown, G_LIST_MODEL (provinces));
  gtk_drop_down_set_selected (self->province_dropdown, province_pos);
  self->filling = FALSE;
}

static void run_search (CohortStudentsPage *self);

static void
on_filter_changed_cb (CohortStudentsPage *self)
{
  if (!self->filling)
    run_search (self);
}

static void
on_clear_clicked_cb (CohortStudentsPage *self)
{
  cohort_students_page_clear_filters (self);
}

/* Each keystroke cancels the search before it: only the last one shows. */
static void
run_search (CohortStudentsPage *self)
{
  CohortStore *store = cohort_page_get_store (COHORT_PAGE (self));

  if (store == NULL)
    return;

  if (self->people == NULL)
    {
      self->people = cohort_person_list_model_new (store);
      gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->people));
    }

  if (self->searching != NULL)
    g_cancellable_cancel (self->searching);
  g_clear_object (&self->searching);
  self->searching = g_cancellable_new ();
  g_free (self->query);
  self->query = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  if (self->spinner_id == 0 && !gtk_widget_get_visible (GTK_WIDGET (self->search_spinner)))
    self->spinner_id = g_timeout_add (150, show_spinner_cb, self);

  {
    int sort = COHORT_PERSON_SORT_NAME;
    gboolean descending = FALSE;

    /* The column the user sorts by, sorted in SQL on its index. */
    if (!cohort_sort_probe_read (gtk_column_view_get_sorter (self->column_view), &self->probed, &sort,
                                 &descending))
      sort = COHORT_PERSON_SORT_NAME;
    cohort_person_list_model_set_query (self->people,
                                        gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                                        sort, descending);
  }
  {
    CohortPersonFilter filter;
    gboolean filtered;

    read_filter (self, &filter);
    filtered = !cohort_person_filter_is_empty (&filter);
    cohort_person_list_model_set_filter (self->people, &filter);
    gtk_widget_set_sensitive (self->clear_button, filtered);
    adw_status_page_set_description (self->none_page,
                                     filtered ? _("No one matches the search and the filters. "
                                                  "Clear the filters to see more.")
                                              : _("Try fewer letters, or part of the name without accents."));
  }
  cohort_person_list_model_refresh_async (self->people, self->searching, on_refreshed_cb,
                                          g_object_ref (self));
}

/* The entry reports the text cohort_students_page_search () already ran, or
 * a real change: only the second costs a search. */
static void
on_search_changed_cb (CohortStudentsPage *self)
{
  if (g_strcmp0 (self->query, gtk_editable_get_text (GTK_EDITABLE (self->search_entry))) != 0)
    run_search (self);
}

static void
on_person_activated_cb (CohortStudentsPage *self,
                        guint               position)
{
  if (self->people == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->people)))
    return;
  cohort_students_page_open_person (self, cohort_person_list_model_get_id (self->people, position));
}

/* Back: to where the person was opened from — a roster on another page, or
 * this list with its search, selection and scroll as they were. */
static void
on_person_closed_cb (CohortStudentsPage *self)
{
  g_autofree char *back = g_steal_pointer (&self->back_page);

  cohort_person_view_set_back_tooltip (self->person_view, NULL);
  gtk_stack_set_visible_child_name (self->stack, "list");
  if (back != NULL)
    g_signal_emit (self, signals[GO_BACK], 0, back);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* A person was changed in the view: the list may show the old name. */
static void
on_person_saved_cb (CohortStudentsPage *self)
{
  run_search (self);
}

/* The person shown was deleted: back to the list, without them. */
static void
on_person_deleted_cb (CohortStudentsPage *self)
{
  run_search (self);
  gtk_stack_set_visible_child_name (self->stack, "list");
}

/* Records merged, or Undo of a deletion or merge: the list shows what is
 * now recorded, and the person page shows the person. */
static void
on_person_changed_cb (CohortStudentsPage *self)
{
  run_search (self);
  gtk_stack_set_visible_child_name (self->stack, "person");
  gtk_widget_activate_action (GTK_WIDGET (self), "win.data-changed", NULL);
}

static void
on_editor_saved_cb (CohortStudentsPage *self,
                    CohortPerson       *person)
{
  run_search (self);
  cohort_students_page_open_person (self, cohort_person_get_id (person));
}

static void
on_editor_open_existing_cb (CohortStudentsPage *self,
                            CohortPerson       *existing)
{
  cohort_students_page_open_person (self, cohort_person_get_id (existing));
}

static void
on_new_clicked_cb (CohortStudentsPage *self)
{
  cohort_students_page_new_person (self);
}

static void
cohort_students_page_reload (CohortPage *page)
{
  CohortStudentsPage *self = COHORT_STUDENTS_PAGE (page);

  /* The store may have changed: start again from a new model. */
  if (self->people != NULL)
    gtk_single_selection_set_model (self->selection, NULL);
  g_clear_object (&self->people);
  fill_filter_choices (self);
  run_search (self);
}

static void
cohort_students_page_dispose (GObject *object)
{
  CohortStudentsPage *self = COHORT_STUDENTS_PAGE (object);

  if (self->searching != NULL)
    g_cancellable_cancel (self->searching);
  g_clear_object (&self->searching);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->back_page, g_free);
  g_clear_pointer (&self->province_codes, g_ptr_array_unref);
  g_clear_pointer (&self->class_years, g_array_unref);
  g_clear_handle_id (&self->spinner_id, g_source_remove);
  /* No gtk_widget_dispose_template () here: in GTK 4.8 it disposes the person
   * view, a template of its own inside the stack, and the stack then unparents
   * a dead widget. CohortPage, an AdwBin, unparents the whole tree itself. */
  g_clear_object (&self->selection);
  g_clear_object (&self->people);

  G_OBJECT_CLASS (cohort_students_page_parent_class)->dispose (object);
}

static void
cohort_students_page_class_init (CohortStudentsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cohort_students_page_dispose;
  COHORT_PAGE_CLASS (klass)->reload = cohort_students_page_reload;

  /**
   * CohortStudentsPage::go-back:
   * @page: the name of the page the person was opened from
   *
   * Back was pressed on a person opened from another page.
   */
  signals[GO_BACK] = g_signal_new ("go-back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (COHORT_TYPE_PERSON);
  g_type_ensure (COHORT_TYPE_PERSON_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cohort/Cohort/cohort-students-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, search_spinner);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, results_stack);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, person_view);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, lao_column);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, birth_column);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, gender_column);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, position_column);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, unit_column);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, born_entry);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, unit_entry);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, class_entry);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, class_year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, province_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, level_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, clear_button);
  gtk_widget_class_bind_template_child (widget_class, CohortStudentsPage, none_page);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_person_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_person_closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_person_saved_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_person_deleted_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_person_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_new_clicked_cb);
  cohort_format_bind_callbacks (widget_class);
}

static void
cohort_students_page_init (CohortStudentsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Every column sorts, in SQL: the view's sorter only says which column. */
  const struct {
    GtkColumnViewColumn *column;
    CohortPersonSort     sort;
    CohortCellTextFunc   text;
    int                  min_chars;
  } columns[] = {
    { self->name_column, COHORT_PERSON_SORT_NAME, name_text, 18 },
    { self->lao_column, COHORT_PERSON_SORT_NAME, lao_name_text, 12 },
    { self->birth_column, COHORT_PERSON_SORT_BIRTH_DATE, birth_text, 10 },
    { self->gender_column, COHORT_PERSON_SORT_GENDER, gender_text, 4 },
    { self->position_column, COHORT_PERSON_SORT_POSITION, position_text, 14 },
    { self->unit_column, COHORT_PERSON_SORT_UNIT, unit_text, 20 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autoptr(CohortSortProbe) probe = cohort_sort_probe_new (columns[i].sort, &self->probed);
      g_autoptr(GtkListItemFactory) factory = cohort_text_cell_factory_new (columns[i].text,
                                                                            columns[i].min_chars);

      gtk_column_view_column_set_sorter (columns[i].column, GTK_SORTER (probe));
      gtk_column_view_column_set_factory (columns[i].column, factory);
    }
  g_signal_connect_swapped (gtk_column_view_get_sorter (self->column_view), "changed",
                            G_CALLBACK (run_search), self);

  /* The province drop-down searches as the user types a name. */
  {
    g_autoptr(GtkExpression) expression = NULL;

    g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);

    expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
    gtk_drop_down_set_expression (self->province_dropdown, expression);
    /* "Any level", then the levels in the order of CohortLevel from province */
    gtk_string_list_append (levels, _("Any level"));
    for (CohortLevel l = COHORT_LEVEL_PROVINCE; l <= COHORT_LEVEL_COMMUNE; l++)
      gtk_string_list_append (levels, cohort_format_level (l));
    self->filling = TRUE;
    gtk_drop_down_set_model (self->level_dropdown, G_LIST_MODEL (levels));
    self->filling = FALSE;
    cohort_editable_set_limit (GTK_EDITABLE (self->unit_entry), COHORT_LIMIT_UNIT, _("Work unit"),
                               NULL, NULL);
    cohort_editable_set_limit (GTK_EDITABLE (self->class_entry), COHORT_LIMIT_CLASS_CODE, _("Class code"),
                               NULL, NULL);
  }

  /* Selecting the first of 250,000 rows at every search costs the view time. */
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
}

void
cohort_students_page_focus_search (CohortStudentsPage *self)
{
  g_return_if_fail (COHORT_IS_STUDENTS_PAGE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * cohort_students_page_search:
 *
 * Searches as if @query had been typed; see cohort_students_page_is_searching().
 */
void
cohort_students_page_search (CohortStudentsPage *self,
                             const char         *query)
{
  g_return_if_fail (COHORT_IS_STUDENTS_PAGE (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query);
  run_search (self);
}

/**
 * cohort_students_page_is_searching:
 *
 * Returns: %TRUE while a search runs in the background
 */
gboolean
cohort_students_page_is_searching (CohortStudentsPage *self)
{
  g_return_val_if_fail (COHORT_IS_STUDENTS_PAGE (self), FALSE);
  return self->searching != NULL;
}

/**
 * cohort_students_page_get_model:
 *
 * Returns: (transfer none): the people shown
 */
GListModel *
cohort_students_page_get_model (CohortStudentsPage *self)
{
  g_return_val_if_fail (COHORT_IS_STUDENTS_PAGE (self), NULL);
  return G_LIST_MODEL (self->people);
}

/**
 * cohort_students_page_new_person:
 *
 * Opens the editor on a new person; once saved, the person is shown.
 */
void
cohort_students_page_new_person (CohortStudentsPage *self)
{
  CohortStore *store;
  CohortPersonEditor *editor;
  GtkRoot *root;

  g_return_if_fail (COHORT_IS_STUDENTS_PAGE (self));
  store = cohort_page_get_store (COHORT_PAGE (self));
  if (store == NULL)
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  editor = cohort_person_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, store, NULL);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "open-existing", G_CALLBACK (on_editor_open_existing_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

/**
 * cohort_students_page_open_person:
 *
 * Shows the person @person_id, with their classes, in place of the list;
 * Back returns to the list.
 */
void
cohort_students_page_open_person (CohortStudentsPage *self,
                                  gint64              person_id)
{
  cohort_students_page_open_person_from (self, person_id, NULL, NULL);
}

/**
 * cohort_students_page_open_person_from:
 * @back_page: (nullable): the page Back returns to (emitting ::go-back),
 *   or %NULL for this page's list
 * @back_tooltip: (nullable): what the Back button says, e.g. "Back to the
 *   Roster of B43"
 *
 * Shows the person @person_id in place of the list.
 */
void
cohort_students_page_open_person_from (CohortStudentsPage *self,
                                       gint64              person_id,
                                       const char         *back_page,
                                       const char         *back_tooltip)
{
  g_autoptr(GError) error = NULL;
  CohortStore *store;

  g_return_if_fail (COHORT_IS_STUDENTS_PAGE (self));
  store = cohort_page_get_store (COHORT_PAGE (self));
  if (store == NULL)
    return;

  if (!cohort_person_view_show_person (self->person_view, store, person_id, &error))
    {
      cohort_page_show_error (COHORT_PAGE (self), error);
      return;
    }
  g_free (self->back_page);
  self->back_page = g_strdup (back_page);
  cohort_person_view_set_back_tooltip (self->person_view, back_page ? back_tooltip : NULL);
  gtk_stack_set_visible_child_name (self->stack, "person");
  gtk_widget_grab_focus (GTK_WIDGET (self->person_view));
}

/**
 * cohort_students_page_get_person_view:
 *
 * Returns: (transfer none): the view shown when a person is opened
 */
CohortPersonView *
cohort_students_page_get_person_view (CohortStudentsPage *self)
{
  g_return_val_if_fail (COHORT_IS_STUDENTS_PAGE (self), NULL);
  return self->person_view;
}

/**
 * cohort_students_page_get_visible_view:
 *
 * Returns: "list" or "person"
 */
const char *
cohort_students_page_get_visible_view (CohortStudentsPage *self)
{
  g_return_val_if_fail (COHORT_IS_STUDENTS_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * cohort_students_page_get_column_view:
 *
 * Returns: (transfer none): the table of people, e.g. to sort by a column
 */
GtkColumnView *
cohort_students_page_get_column_view (CohortStudentsPage *self)
{
  g_return_val_if_fail (COHORT_IS_STUDENTS_PAGE (self), NULL);
  return self->column_view;
}

/**
 * cohort_students_page_set_filter:
 * @filter: (nullable): the filters to set, as the user would; %NULL clears them
 *
 * Sets the filter widgets and searches again. A province or class year not
 * among the choices is left unset.
 */
void
cohort_students_page_set_filter (CohortStudentsPage       *self,
                                 const CohortPersonFilter *filter)
{
  g_autofree char *born = NULL;
  guint year = 0, province = 0;

  g_return_if_fail (COHORT_IS_STUDENTS_PAGE (self));

  if (filter != NULL && filter->born_from > 0 && filter->born_to > 0 && filter->born_from != filter->born_to)
    born = g_strdup_printf ("%d–%d", filter->born_from, filter->born_to);
  else if (filter != NULL && (filter->born_from > 0 || filter->born_to > 0))
    born = g_strdup_printf ("%d", filter->born_from > 0 ? filter->born_from : filter->born_to);
  for (guint i = 1; filter != NULL && self->class_years != NULL && i < self->class_years->len; i++)
    if (g_array_index (self->class_years, int, i) == filter->class_year)
      year = i;
  for (guint i = 1; filter != NULL && self->province_codes != NULL && i < self->province_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->province_codes, i), filter->province) == 0)
      province = i;

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->born_entry), born ? born : "");
  gtk_editable_set_text (GTK_EDITABLE (self->unit_entry), filter && filter->unit ? filter->unit : "");
  gtk_editable_set_text (GTK_EDITABLE (self->class_entry),
                         filter && filter->class_code ? filter->class_code : "");
  gtk_drop_down_set_selected (self->class_year_dropdown, year);
  gtk_drop_down_set_selected (self->province_dropdown, province);
  gtk_drop_down_set_selected (self->level_dropdown, filter && filter->level > 0 ? (guint) filter->level : 0);
  self->filling = FALSE;
  run_search (self);
}

/**
 * cohort_students_page_clear_filters:
 *
 * What Clear Filters does: every filter back to "any"; the search text stays.
 */
void
cohort_students_page_clear_filters (CohortStudentsPage *self)
{
  g_return_if_fail (COHORT_IS_STUDENTS_PAGE (self));
  cohort_students_page_set_filter (self, NULL);
}

/**
 * cohort_students_page_has_filters:
 *
 * Returns: %TRUE when a filter narrows the list
 */
gboolean
cohort_students_page_has_filters (CohortStudentsPage *self)
{
  CohortPersonFilter filter;

  g_return_val_if_fail (COHORT_IS_STUDENTS_PAGE (self), FALSE);
  read_filter (self, &filter);
  return !cohort_person_filter_is_empty (&filter);
}

/**
 * cohort_students_page_get_clear_button:
 *
 * Returns: (transfer none): the Clear Filters button
 */
GtkWidget *
cohort_students_page_get_clear_button (CohortStudentsPage *self)
{
  g_return_val_if_fail (COHORT_IS_STUDENTS_PAGE (self), NULL);
  return self->clear_button;
}
