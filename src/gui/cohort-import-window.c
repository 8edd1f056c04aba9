/* cohort-import-window.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Importing an agency's list: the file is read and checked against the
 * database in a worker thread, every row is previewed, the user corrects what
 * the columns hold where Cohort was unsure (remembered for lists with the same
 * headers), and the accepted rows are written in one transaction in another
 * thread, with progress, and all or nothing when stopped. The rows that cannot
 * be imported can then be saved as a workbook with the reasons.
 */
#define G_LOG_DOMAIN "cohort-import-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cohort-format.h"
#include "cohort-i18n.h"
#include "cohort-import-check.h"
#include "cohort-import-window-private.h"

G_DEFINE_FINAL_TYPE (CohortImportWindow, cohort_import_window, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
_cohort_import_window_show_toast (CohortImportWindow *self,
            const char         *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static guint
n_accepted (CohortImportWindow *self)
{
  CohortImportCounts counts;

  if (self->plan == NULL)
    return 0;
  cohort_import_plan_count (self->plan, &counts);
  return counts.n_new + counts.n_linked;
}

void
_cohort_import_window_update_actions (CohortImportWindow *self)
{
  const char *state = gtk_stack_get_visible_child_name (self->stack);
  gboolean preview = g_strcmp0 (state, "preview") == 0;
  guint n = n_accepted (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.run", preview && !self->busy && n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.stop", self->busy);
  gtk_widget_set_visible (GTK_WIDGET (self->import_button), preview);
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), g_strcmp0 (state, "done") != 0);
  if (preview)
    {
      g_autofree char *count = cohort_format_count (n);
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Import %s Person",
                                                             "_Import %s People", n), count);

      gtk_button_set_label (self->import_button, label);
    }
}

/* Progress ----------------------------------------------------------------------------- */

static gboolean
update_progress_cb (gpointer user_data)
{
  CohortImportWindow *self = user_data;
  int done = g_atomic_int_get (&self->done);
  g_autofree char *count = cohort_format_count (done);
  g_autofree char *text = NULL;

  switch ((Phase) g_atomic_int_get (&self->phase))
    {
    case PHASE_READING:
      adw_status_page_set_title (self->busy_page, _("Reading the List…"));
      text = g_strdup_printf (_("%s rows read"), count);
      gtk_progress_bar_pulse (self->progress_bar);
      break;
    case PHASE_CHECKING:
      adw_status_page_set_title (self->busy_page, _("Checking the List against Cohort…"));
      text = g_strdup_printf (_("%s rows checked"), count);
      if (self->total > 0)
        gtk_progress_bar_set_fraction (self->progress_bar, MIN (1.0, (double) done / self->total));
      break;
    case PHASE_WRITING:
      adw_status_page_set_title (self->busy_page, _("Importing…"));
      /* Translators: how far the import is, in per cent */
      text = g_strdup_printf (_("%d %%"), done / 10);
      gtk_progress_bar_set_fraction (self->progress_bar, done / 1000.0);
      break;
    case PHASE_SAVING:
    default:
      adw_status_page_set_title (self->busy_page, _("Saving…"));
      gtk_progress_bar_pulse (self->progress_bar);
      break;
    }
  gtk_progress_bar_set_text (self->progress_bar, text);
  return G_SOURCE_CONTINUE;
}

void
_cohort_import_window_start_busy (CohortImportWindow *self,
            Phase               phase)
{
  g_autofree char *name = self->path ? g_path_get_basename (self->path) : NULL;

  g_atomic_int_set (&self->phase, phase);
  g_atomic_int_set (&self->done, 0);
  self->busy = TRUE;
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  adw_status_page_set_description (self->busy_page, name);
  update_progress_cb (self);
  gtk_stack_set_visible_child_name (self->stack, "busy");
  if (self->progress_source == 0)
    self->progress_source = g_timeout_add (100, update_progress_cb, self);
  _cohort_import_window_update_actions (self);
}

/* Returns %TRUE when the window was closed while busy and is now closing. */
gboolean
_cohort_import_window_stop_busy (CohortImportWindow *self)
{
  self->busy = FALSE;
  g_clear_handle_id (&self->progress_source, g_source_remove);
  if (self->close_when_done)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return TRUE;
    }
  return FALSE;
}

static void
show_error (CohortImportWindow *self,
            const GError       *error)
{
  adw_status_page_set_description (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "error");
  _cohort_import_window_update_actions (self);
}

/* Reading and checking ---------------------------------------------------------------- */

typedef struct
{
  CohortImportWindow *self;
  char               *path;
  char               *mapping;      /* the user's choice for this file, or NULL */
  char               *sheet;        /* the sheet chosen, or NULL */
  GVariant           *remembered;   /* a{ss}: header signature → mapping */
  CohortStore        *store;        /* to check against, a connection of the worker's own */
} ReadJob;

static void
read_job_free (ReadJob *job)
{
  g_free (job->path);
  g_free (job->mapping);
  g_free (job->sheet);
  g_clear_pointer (&job->remembered, g_variant_unref);
  g_clear_object (&job->store);
  g_free (job);
}

static void
apply_mapping (CohortHeaderMap   *map,
               const char *const *headers,
               gpointer           user_data)
{
  ReadJob *job = user_data;
  g_autofree char *signature = cohort_header_map_signature (headers);
  const char *mapping = job->mapping;

  if (mapping == NULL)
    g_variant_lookup (job->remembered, signature, "&s", &mapping);
  if (mapping != NULL)
    cohort_header_map_apply_string (map, mapping);
}

static void
count_rows (guint    n_rows,
            gpointer user_data)
{
  ReadJob *job = user_data;

  g_atomic_int_set (&job->self->done, (gint) n_rows);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ReadJob *job = task_data;
  g_autoptr(CohortImportPlan) plan = NULL;
  GError *error = NULL;

  plan = cohort_import_plan_read_full (job->path, job->sheet, apply_mapping, count_rows, job, cancellable, &error);
  if (plan == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  job->self->total = plan->rows->len;
  g_atomic_int_set (&job->self->done, 0);
  g_atomic_int_set (&job->self->phase, PHASE_CHECKING);
  if (!cohort_import_plan_check (plan, job->store, count_rows, job, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, g_steal_pointer (&plan), (GDestroyNotify) cohort_import_plan_free);
}

static char *
target_text (CohortImportWindow *self)
{
  if (self->klass == NULL)
    return g_strdup (_("The people will be added to Cohort without a class. To enrol them in a class as well, "
                       "import the list from that class’s roster."));
  /* Translators: a class code and the year it starts */
  return g_strdup_printf (_("Everyone imported will be enrolled in class %s (%d); people already on its roster "
                            "stay as they are."),
                          cohort_class_get_text (self->klass, COHORT_CLASS_CODE),
                          (int) cohort_class_get_number (self->klass, COHORT_CLASS_YEAR));
}

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  CohortImportWindow *self = COHORT_IMPORT_WINDOW (source);
  g_autoptr(CohortImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *target = NULL;

  plan = g_task_propagate_pointer (G_TASK (result), &error);
  if (_cohort_import_window_stop_busy (self))
    return;
  if (plan == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          gtk_window_destroy (GTK_WINDOW (self));
          return;
        }
      /* A sheet chosen that holds no list: the list read before stays */
      if (self->plan != NULL && self->sheet != NULL && g_strcmp0 (self->sheet, self->plan->sheet) != 0)
        {
          g_free (self->sheet);
          self->sheet = g_strdup (self->plan->sheet);
          name = g_path_get_basename (self->path);
          target = target_text (self);
          cohort_import_preview_set_plan (self->preview, self->plan, name, target);
          gtk_stack_set_visible_child_name (self->stack, "preview");
          _cohort_import_window_update_actions (self);
          _cohort_import_window_show_toast (self, error->message);
          return;
        }
      show_error (self, error);
      return;
    }

  cohort_import_preview_clear (self->preview);
  g_clear_pointer (&self->plan, cohort_import_plan_free);
  self->plan = g_steal_pointer (&plan);
  g_free (self->signature);
  self->signature = cohort_header_map_signature ((const char *const *) self->plan->headers);

  name = g_path_get_basename (self->path);
  target = target_text (self);
  cohort_import_preview_set_plan (self->preview, self->plan, name, target);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  _cohort_import_window_update_actions (self);
}

void
_cohort_import_window_start_reading (CohortImportWindow *self)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  ReadJob *job = g_new0 (ReadJob, 1);

  job->self = self;
  job->path = g_strdup (self->path);
  job->mapping = g_strdup (self->mapping);
  job->sheet = g_strdup (self->sheet);
  job->remembered = g_settings_get_value (self->settings, "import-column-maps");
  if (cohort_store_can_open_reader (self->store))
    job->store = cohort_store_open_reader (self->store, &error);
  else
    job->store = g_object_ref (self->store);   /* an in-memory database has one connection */
  if (job->store == NULL)
    {
      read_job_free (job);
      show_error (self, error);
      return;
    }

  _cohort_import_window_start_busy (self, PHASE_READING);
  task = g_task_new (self, self->cancellable, on_read_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) read_job_free);
  g_task_run_in_thread (task, read_thread);
}

/* The user chose what the columns hold: remembered for this list's headers,
 * and the list read again with it. */
static void
on_mapping_changed_cb (CohortImportWindow *self,
                       const char         *mapping)
{
  g_autoptr(GVariant) old = g_settings_get_value (self->settings, "import-column-maps");
  g_auto(GVariantBuilder) maps = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{ss}"));
  GVariantIter iter;
  const char *key, *value;

  g_variant_iter_init (&iter, old);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &value))
    if (!g_str_equal (key, self->signature))
      g_variant_builder_add (&maps, "{ss}", key, value);
  g_variant_builder_add (&maps, "{ss}", self->signature, mapping);
  g_settings_set_value (self->settings, "import-column-maps", g_variant_builder_end (&maps));

  g_free (self->mapping);
  self->mapping = g_strdup (mapping);
  _cohort_import_window_start_reading (self);
}

/* The user chose another sheet of the workbook: its columns are others. */
static void
on_sheet_changed_cb (CohortImportWindow *self,
                     const char         *sheet)
{
  g_free (self->sheet);
  self->sheet = g_strdup (sheet);
  g_clear_pointer (&self->mapping, g_free);
  _cohort_import_window_start_reading (self);
}

/* Writing ------------------------------------------------------------------------------ */

typedef struct
{
  CohortImportWindow *self;
  CohortStore        *writer;
  gint64              class_id;
  GPtrArray          *people;
  GArray             *existing;
  char               *file_name;
  char               *sheet;
  char               *format;
  guint               n_rows;
  guint               n_left_out;
  gint64              import_id;
  guint               n_created;
  guint               n_enrolled;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_clear_object (&job->writer);
  g_clear_pointer (&job->people, g_ptr_array_unref);
  g_clear_pointer (&job->existing, g_array_unref);
  g_free (job->file_name);
  g_free (job->sheet);
  g_free (job->format);
  g_free (job);
}

static void
import_progress (double   fraction,
                 gpointer user_data)
{
  ImportJob *job = user_data;

  g_atomic_int_set (&job->self->done, (gint) (fraction * 1000));
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  GError *error = NULL;
  CohortImportSource source = { job->file_name, job->sheet, job->format, job->n_rows, job->n_left_out };

  if (!cohort_store_import_people (job->writer, job->class_id, job->people, (gint64 *) job->existing->data,
                                   &source, &job->import_id, &job->n_created, &job->n_enrolled, import_progress,
                                   job, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
show_done (CohortImportWindow *self,
           ImportJob          *job)
{
  CohortImportCounts counts;
  g_autofree char *created = cohort_format_count (job->n_created);
  g_autofree char *linked = NULL, *rejected = NULL, *enrolled = NULL, *title = NULL;
  g_autofree char *imported = cohort_format_count (job->people->len);
  g_autoptr(GString) description = g_string_new (NULL);

  cohort_import_plan_count (self->plan, &counts);
  linked = cohort_format_count (job->people->len - job->n_created);
  rejected = cohort_format_count (counts.n_rejected);
  enrolled = cohort_format_count (job->n_enrolled);

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s Person Imported", "%s People Imported",
                                        job->people->len),
                           imported);
  adw_status_page_set_title (self->done_page, title);
  g_string_append_printf (description, g_dngettext (GETTEXT_PACKAGE, "%s new person added to Cohort",
                                                    "%s new people added to Cohort", job->n_created), created);
  /* Translators: after "2 new people added to Cohort": the number of people Cohort had already */
  g_string_append_printf (description, _("; %s already in Cohort."), linked);
  if (self->klass != NULL)
    {
      g_string_append_c (description, ' ');
      /* Translators: a number of people, then a class code */
      g_string_append_printf (description, _("%s enrolled in class %s."), enrolled,
                              cohort_class_get_text (self->klass, COHORT_CLASS_CODE));
    }
  if (counts.n_rejected > 0)
    {
      g_string_append_c (description, ' ');
      g_string_append_printf (description, g_dngettext (GETTEXT_PACKAGE,
                                                        "%s row was not imported: save it to correct it and "
                                                        "import it again.",
                                                        "%s rows were not imported: save them to correct them and "
                                                        "import them again.",
                                                        counts.n_rejected), rejected);
    }
  adw_status_page_set_description (self->done_page, description->str);
  gtk_widget_set_visible (GTK_WIDGET (self->save_rejects_button), counts.n_rejected > 0);
  gtk_stack_set_visible_child_name (self->stack, "done");
  _cohort_import_window_update_actions (self);
}

static void
on_imported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  CohortImportWindow *self = COHORT_IMPORT_WINDOW (source);
  ImportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  if (ok)
    {
      cohort_store_note_change (self->store);
      g_signal_emit (self, signals[IMPORTED], 0, job->n_created, job->n_enrolled);
    }
  if (_cohort_import_window_stop_busy (self))
    return;

  if (ok)
    show_done (self, job);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      gtk_stack_set_visible_child_name (self->stack, "preview");
      _cohort_import_window_update_actions (self);
      _cohort_import_window_show_toast (self, _("Import stopped. Nothing was written."));
    }
  else
    {
      gtk_stack_set_visible_child_name (self->stack, "preview");
      _cohort_import_window_update_actions (self);
      _cohort_import_window_show_toast (self, error->message);
    }
}

static void
run_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CohortImportWindow *self = COHORT_IMPORT_WINDOW (widget);
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  ImportJob *job;

  if (self->plan == NULL || self->busy || n_accepted (self) == 0)
    return;

  job = g_new0 (ImportJob, 1);
  job->self = self;
  job->class_id = self->klass ? cohort_class_get_number (self->klass, COHORT_CLASS_ID) : 0;
  job->people = cohort_import_plan_accepted (self->plan, &job->existing);
  job->file_name = g_path_get_basename (self->path);
  job->sheet = g_strdup (self->plan->sheet);
  job->format = g_strdup (self->plan->format);
  {
    CohortImportCounts counts;

    cohort_import_plan_count (self->plan, &counts);
    job->n_rows = self->plan->rows->len;
    job->n_left_out = counts.n_rejected;
  }
  g_ptr_array_set_free_func (job->people, g_object_unref);
  for (guint i = 0; i < job->people->len; i++)
    g_object_ref (g_ptr_array_index (job->people, i));
  if (cohort_store_can_open_reader (self->store))
    job->writer = cohort_store_open_writer (self->store, &error);
  else
    job->writer = g_object_ref (self->store);   /* an in-memory database has one connection */
  if (job->writer == NULL)
    {
      import_job_free (job);
      _cohort_import_window_show_toast (self, error->message);
      return;
    }

  _cohort_import_window_start_busy (self, PHASE_WRITING);
  task = g_task_new (self, self->cancellable, on_imported_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
  g_task_run_in_thread (task, import_thread);
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CohortImportWindow *self = COHORT_IMPORT_WINDOW (widget);

  g_cancellable_cancel (self->cancellable);
}

/* GObject ------------------------------------------------------------------------------ */

static gboolean
cohort_import_window_close_request (GtkWindow *window)
{
  CohortImportWindow *self = COHORT_IMPORT_WINDOW (window);

  /* A worker still running: stop it (an import rolls back), then close. */
  if (self->busy)
    {
      self->close_when_done = TRUE;
      g_cancellable_cancel (self->cancellable);
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (cohort_import_window_parent_class)->close_request (window);
}

static void
cohort_import_window_dispose (GObject *object)
{
  CohortImportWindow *self = (CohortImportWindow *) object;

  g_clear_handle_id (&self->progress_source, g_source_remove);
  if (self->preview != NULL)
    cohort_import_preview_clear (self->preview);
  gtk_widget_dispose_template (GTK_WIDGET (self), COHORT_TYPE_IMPORT_WINDOW);
  g_clear_pointer (&self->plan, cohort_import_plan_free);
  g_clear_object (&self->store);
  g_clear_object (&self->klass);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->chooser);

  G_OBJECT_CLASS (cohort_import_window_parent_class)->dispose (object);
}

static void
cohort_import_window_finalize (GObject *object)
{
  CohortImportWindow *self = (CohortImportWindow *) object;

  g_free (self->path);
  g_free (self->signature);
  g_free (self->mapping);
  g_free (self->sheet);

  G_OBJECT_CLASS (cohort_import_window_parent_class)->finalize (object);
}

static void
cohort_import_window_class_init (CohortImportWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cohort_import_window_dispose;
  object_class->finalize = cohort_import_window_finalize;
  window_class->close_request = cohort_import_window_close_request;

  /**
   * CohortImportWindow::imported:
   * @n_created: people added to Cohort
   * @n_enrolled: people enrolled in the class
   *
   * The list was written to the database.
   */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                    NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  g_type_ensure (COHORT_TYPE_IMPORT_PREVIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cohort/Cohort/cohort-import-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CohortImportWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CohortImportWindow, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, CohortImportWindow, import_button);
  gtk_widget_class_bind_template_child (widget_class, CohortImportWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CohortImportWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CohortImportWindow, busy_page);
  gtk_widget_class_bind_template_child (widget_class, CohortImportWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, CohortImportWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, CohortImportWindow, preview);
  gtk_widget_class_bind_template_child (widget_class, CohortImportWindow, done_page);
  gtk_widget_class_bind_template_child (widget_class, CohortImportWindow, save_rejects_button);
  gtk_widget_class_bind_template_callback (widget_class, on_mapping_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sheet_changed_cb);

  gtk_widget_class_install_action (widget_class, "import.run", NULL, run_action);
  gtk_widget_class_install_action (widget_class, "import.stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "import.choose", NULL, _cohort_import_window_choose_action);
  gtk_widget_class_install_action (widget_class, "import.save-rejects", NULL, _cohort_import_window_save_rejects_action);
  gtk_widget_class_install_action (widget_class, "import.history", NULL, _cohort_import_window_history_action);
  gtk_widget_class_install_action (widget_class, "import.template", NULL, _cohort_import_window_template_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cohort_import_window_init (CohortImportWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = cohort_settings_new ();
  self->cancellable = g_cancellable_new ();
  _cohort_import_window_update_actions (self);
}

/**
 * cohort_import_window_new:
 * @klass: (nullable): the class to enrol everyone imported in
 *
 * Returns: (transfer none): the window, not shown until a file is opened
 */
CohortImportWindow *
cohort_import_window_new (GtkWindow   *parent,
                          CohortStore *store,
                          CohortClass *klass)
{
  CohortImportWindow *self = g_object_new (COHORT_TYPE_IMPORT_WINDOW, "transient-for", parent, NULL);
  g_autoptr(GPtrArray) ethnic_groups = NULL;

  self->store = g_object_ref (store);
  self->klass = klass ? g_object_ref (klass) : NULL;
  ethnic_groups = cohort_store_list_choices (store, COHORT_CHOICE_ETHNICITY, NULL);
  cohort_import_preview_set_ethnic_groups (self->preview, ethnic_groups);
  return self;
}

const char *
cohort_import_window_get_state (CohortImportWindow *self)
{
  g_return_val_if_fail (COHORT_IS_IMPORT_WINDOW (self), NULL);
  return self->busy ? "busy" : gtk_stack_get_visible_child_name (self->stack);
}

/**
 * cohort_import_window_get_progress:
 *
 * Returns: how far the import being written is, from 0 to 1
 */
double
cohort_import_window_get_progress (CohortImportWindow *self)
{
  g_return_val_if_fail (COHORT_IS_IMPORT_WINDOW (self), 0);
  if (!self->busy || g_atomic_int_get (&self->phase) != PHASE_WRITING)
    return 0;
  return g_atomic_int_get (&self->done) / 1000.0;
}

/**
 * cohort_import_window_get_preview:
 *
 * Returns: (transfer none): the preview
 */
CohortImportPreview *
cohort_import_window_get_preview (CohortImportWindow *self)
{
  g_return_val_if_fail (COHORT_IS_IMPORT_WINDOW (self), NULL);
  return self->preview;
}
