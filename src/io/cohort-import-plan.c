/* cohort-import-plan.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads a list an agency sent — CSV, .xlsx or .xls, told apart by their
 * content — finds its header among the first rows and reads every row
 * below it as a person, keeping what could not be read for the preview.
 */
#define G_LOG_DOMAIN "cohort-import-plan"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include <zip.h>

#include "cohort-csv-reader.h"
#include "cohort-docx-reader.h"
#include "cohort-import-plan.h"
#include "cohort-import-table.h"
#include "cohort-io-error.h"
#include "cohort-xls-reader.h"
#include "cohort-xlsx-reader.h"

#define HEADER_SEARCH_ROWS 30

typedef struct
{
  CohortImportPlan      *plan;
  GPtrArray             *first_rows;   /* GStrv, until the header is found */
  CohortImportMapFunc    map_func;
  CohortImportCountFunc  count_func;
  gpointer               user_data;
  CohortImportTable      table;
  gboolean               search_sheets;   /* no sheet was asked for: a sheet without a header is passed */
  gboolean               no_header;       /* … and this one has none */
  const char            *sheet;           /* the sheet asked for, or NULL */
  gboolean               legacy;          /* typed with a legacy font: cells decoded */
  CohortTextEncoding     legacy_encoding;
} Reading;

static void
import_row_free (CohortImportRow *row)
{
  g_clear_object (&row->person);
  g_clear_pointer (&row->problems, g_ptr_array_unref);
  g_free (row);
}

/* The first column that holds a name, for the problem of a row without one. */
static guint
name_column (CohortHeaderMap *map)
{
  static const CohortColumnKind kinds[] = {
    COHORT_COLUMN_FULL_NAME, COHORT_COLUMN_GIVEN_NAME, COHORT_COLUMN_LAO_NAME, COHORT_COLUMN_FAMILY_MIDDLE,
  };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint c = 0; c < map->n_columns; c++)
      if (map->kinds[c] == kinds[k])
        return c;
  return 0;
}

/* A row under the header: a person, a row with data but no name (kept, with
 * the reason, to show as not imported), or a line that is not part of the
 * table (cohort-import-table.c). */
static void
read_person (Reading           *reading,
             guint              row,
             const char *const *cells)
{
  CohortImportPlan *plan = reading->plan;
  g_autoptr(GPtrArray) problems = NULL;
  CohortPerson *person;
  CohortImportRow *entry;
  gboolean named = FALSE;

  /* The header again, or part of it, as a table that goes over pages repeats it */
  if (cohort_import_table_is_header (plan->map, cells))
    return;
  if (cohort_import_table_classify (&reading->table, plan->map, cells) != COHORT_TABLE_PERSON)
    {
      plan->declared = reading->table.declared;
      return;
    }
  for (guint c = 0; c < plan->map->n_columns && cells[c] != NULL; c++)
    if (*cells[c] != '\0' && !cohort_column_kind_is_read (plan->map->kinds[c]))
      plan->filled[c]++;
  problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_cell_problem_free);
  person = cohort_import_row_read_full (plan->map, cells, problems, &named);
  if (person == NULL)
    return;
  if (!named)
    {
      CohortCellProblem *problem = g_new0 (CohortCellProblem, 1);

      problem->column = name_column (plan->map);
      problem->message = g_strdup (_("This row has no name, so Cohort cannot tell who it is. Write the person’s "
                                     "full name in it."));
      g_ptr_array_insert (problems, 0, problem);
    }
  entry = g_new0 (CohortImportRow, 1);
  entry->row = row;
  entry->person = person;
  entry->problems = g_steal_pointer (&problems);
  g_ptr_array_add (plan->rows, entry);
}

/* A copy of @cells decoded from the legacy font the sheet was typed with. */
static GStrv
decode_cells (Reading           *reading,
              const char *const *cells)
{
  guint n = g_strv_length ((GStrv) cells);
  GStrv decoded = g_new0 (char *, n + 1);

  for (guint c = 0; c < n; c++)
    decoded[c] = cohort_text_decode_legacy_font (cells[c], reading->legacy_encoding);
  return decoded;
}

/* Whether the first rows were typed with a legacy font ("NguyÔn V¨n H¶i"):
 * then every cell is decoded, headers first. */
static void
find_legacy_font (Reading *reading)
{
  g_autoptr(GString) sample = g_string_new (NULL);

  for (guint r = 0; r < reading->first_rows->len; r++)
    for (char **cell = g_ptr_array_index (reading->first_rows, r); *cell; cell++)
      if (**cell)
        {
          g_string_append (sample, *cell);
          g_string_append_c (sample, ' ');
        }
  reading->legacy = cohort_text_guess_legacy_font (sample->str, &reading->legacy_encoding);
  for (guint r = 0; reading->legacy && r < reading->first_rows->len; r++)
    {
      GStrv decoded = decode_cells (reading, g_ptr_array_index (reading->first_rows, r));

      g_strfreev (g_ptr_array_index (reading->first_rows, r));
      g_ptr_array_index (reading->first_rows, r) = decoded;
    }
}

static gboolean
find_header (Reading  *reading,
             GError  **error)
{
  CohortImportPlan *plan = reading->plan;

  find_legacy_font (reading);
  plan->map = cohort_header_map_find (reading->first_rows);
  if (plan->map == NULL)
    {
      /* Perhaps on another sheet: a cover letter comes first */
      if (reading->search_sheets)
        {
          reading->no_header = TRUE;
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "no header on this sheet");
          return FALSE;
        }
      if (reading->sheet != NULL)
        /* Translators: a number of rows, then the name of a sheet of a workbook */
        g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_FAILED,
                     _("Cohort found no header row among the first %d rows of the sheet “%s”. Check that the "
                       "list has a header with the column names, such as “Họ và tên” and “Ngày sinh”, or choose "
                       "another sheet."), HEADER_SEARCH_ROWS, reading->sheet);
      else
        g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_FAILED,
                     _("Cohort found no header row among the first %d rows of the list. Check that the list has "
                       "a header with the column names, such as “Họ và tên” and “Ngày sinh”."),
                     HEADER_SEARCH_ROWS);
      return FALSE;
    }
  plan->headers = g_strdupv (plan->map->labels);
  plan->filled = g_new0 (guint, plan->map->n_columns + 1);
  if (reading->map_func != NULL)
    reading->map_func (plan->map, (const char *const *) plan->headers, reading->user_data);
  for (guint r = plan->map->first_data_row; r < reading->first_rows->len; r++)
    read_person (reading, r, g_ptr_array_index (reading->first_rows, r));
  g_clear_pointer (&reading->first_rows, g_ptr_array_unref);
  return TRUE;
}

static gboolean
on_row (guint              row,
        const char *const *cells,
        guint              n_cells,
        gpointer           user_data,
        GError           **error)
{
  Reading *reading = user_data;

  reading->plan->n_rows = row + 1;
  if (reading->count_func != NULL && row % 1024 == 0)
    reading->count_func (row, reading->user_data);
  if (reading->first_rows != NULL)
    {
      g_ptr_array_add (reading->first_rows, g_strdupv ((char **) cells));
      if (reading->first_rows->len == HEADER_SEARCH_ROWS)
        return find_header (reading, error);
      return TRUE;
    }
  if (reading->legacy)
    {
      g_auto(GStrv) decoded = decode_cells (reading, cells);

      read_person (reading, row, (const char *const *) decoded);
      return TRUE;
    }
  read_person (reading, row, cells);
  return TRUE;
}

typedef enum
{
  PACKAGE_XLSX,
  PACKAGE_DOCX,
  PACKAGE_ODS,
  PACKAGE_OTHER_OFFICE,   /* .odt, .pptx, … */
  PACKAGE_UNKNOWN,        /* a zip, or something damaged: the .xlsx reader says which */
} PackageKind;

/* What a zip holds: the parts that name each kind of document. */
static PackageKind
sniff_package (const char *path)
{
  zip_t *zip = zip_open (path, ZIP_RDONLY, NULL);
  PackageKind kind = PACKAGE_UNKNOWN;

  if (zip == NULL)
    return PACKAGE_UNKNOWN;
  if (zip_name_locate (zip, "xl/workbook.xml", 0) >= 0)
    kind = PACKAGE_XLSX;
  else if (zip_name_locate (zip, "word/document.xml", 0) >= 0)
    kind = PACKAGE_DOCX;
  else if (zip_name_locate (zip, "content.xml", 0) >= 0)
    {
      zip_file_t *file = zip_fopen (zip, "mimetype", 0);
      char mime[80] = { 0 };

      if (file != NULL)
        {
          zip_fread (file, mime, sizeof mime - 1);
          zip_fclose (file);
        }
      kind = g_str_has_prefix (mime, "application/vnd.oasis.opendocument.spreadsheet") ? PACKAGE_ODS
                                                                                        : PACKAGE_OTHER_OFFICE;
    }
  else if (zip_name_locate (zip, "ppt/presentation.xml", 0) >= 0 || zip_name_locate (zip, "mimetype", 0) >= 0)
    kind = PACKAGE_OTHER_OFFICE;
  zip_discard (zip);
  return kind;
}

static gboolean
contains (const guint8 *data,
          gsize         len,
          const char   *what,
          gsize         what_len)
{
  /* memmem () is not everywhere GLib is */
  for (gsize i = 0; i + what_len <= len; i++)
    if (data[i] == (guint8) what[0] && memcmp (data + i, what, what_len) == 0)
      return TRUE;
  return FALSE;
}

/* Files that are no list Cohort reads, told by their content: a message that
 * says what the file is and what Cohort reads. FALSE when @data may be a list. */
static gboolean
refuse_unreadable (const char   *path,
                   const guint8 *data,
                   gsize         len,
                   GError      **error)
{
  g_autofree char *name = g_path_get_basename (path);
  static const char utf16_word[] = "W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0";
  static const char utf16_book[] = "W\0o\0r\0k\0b\0o\0o\0k\0";
  gsize start = 0;

  while (start < len && start < 512 && g_ascii_isspace (data[start]))
    start++;
  if (len == 0)
    g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_FAILED,
                 _("“%s” is empty: it holds no list. Choose the file the agency sent, an .xlsx, .xls, .ods, "
                   ".docx or .csv list."), name);
  else if (len >= 5 && memcmp (data, "%PDF-", 5) == 0)
    g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_FAILED,
                 _("“%s” is a PDF document. Cohort cannot read a list from a PDF: ask the agency for the list as "
                   "a spreadsheet (.xlsx, .xls, .ods) or a Word table (.docx), or type it into the import "
                   "template (Download Template…)."), name);
  else if (len >= 5 && memcmp (data, "{\\rtf", 5) == 0)
    g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_FAILED,
                 _("“%s” is an RTF document. Open it in the word processor, save it as .docx (Word document), "
                   "and import that."), name);
  else if (len >= 8 && memcmp (data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0 &&
           contains (data, len, utf16_word, sizeof utf16_word - 1) &&
           !contains (data, len, utf16_book, sizeof utf16_book - 1))
    g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_FAILED,
                 _("“%s” is an old Word document (.doc). Cohort reads Word tables from .docx: open it in the "
                   "word processor, save it as .docx, and import that."), name);
  else if (len >= 4 && memcmp (data, "PK\x03\x04", 4) == 0 && sniff_package (path) == PACKAGE_OTHER_OFFICE)
    g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_FAILED,
                 _("“%s” is an office document that holds no spreadsheet or Word table (a text document or "
                   "slides). Cohort reads lists from .xlsx, .xls, .ods, .docx and .csv files."), name);
  else if (len - start >= 5 && (g_ascii_strncasecmp ((const char *) data + start, "<html", 5) == 0 ||
                                g_ascii_strncasecmp ((const char *) data + start, "<!doc", 5) == 0))
    g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_FAILED,
                 _("“%s” is a web page (HTML), perhaps saved with a spreadsheet’s name. Open it in the "
                   "spreadsheet program, save it as .xlsx, and import that."), name);
  else
    return FALSE;
  return TRUE;
}

/* Reads every row of the file at @path, whatever its format: told apart by
 * content, not by name (.xlsx, .docx and .ods are zips told apart by their
 * parts, .xls an OLE2 compound file, anything else is tried as text).
 * @format and @sheet_out, when given, say what was read. */
static gboolean
read_rows (const char     *path,
           const char     *sheet,
           CohortRowFunc   func,
           gpointer        user_data,
           char          **format,
           char          **sheet_out,
           GStrv          *sheets_out,
           GCancellable   *cancellable,
           GError        **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  CohortXlsxInfo info = { 0 };
  const guint8 *data;
  gsize len;
  gboolean ok;

  mapped = g_mapped_file_new (path, FALSE, error);
  if (mapped == NULL)
    return FALSE;
  data = (const guint8 *) g_mapped_file_get_contents (mapped);
  len = g_mapped_file_get_length (mapped);

  if (refuse_unreadable (path, data, len, error))
    return FALSE;
  if (len >= 4 && memcmp (data, "PK\x03\x04", 4) == 0 && sniff_package (path) == PACKAGE_DOCX)
    {
      ok = cohort_docx_read (path, NULL, func, user_data, cancellable, error);
      if (format)
        *format = g_strdup ("DOCX");
    }
  else if (len >= 4 && memcmp (data, "PK\x03\x04", 4) == 0 && sniff_package (path) == PACKAGE_ODS)
    {
      ok = cohort_ods_read (path, NULL, func, user_data, cancellable, error);
      if (format)
        *format = g_strdup ("ODS");
    }
  else if (len >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    {
      ok = cohort_xlsx_read (path, sheet, &info, func, user_data, cancellable, error);
      if (format)
        *format = g_strdup ("XLSX");
    }
  else if (len >= 8 && memcmp (data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
    {
      ok = cohort_xls_read (path, sheet, &info, func, user_data, cancellable, error);
      if (format)
        *format = g_strdup ("XLS");
    }
  else
    {
      CohortCsvInfo csv = { 0 };

      ok = cohort_csv_read (data, len, &csv, func, user_data, cancellable, error);
      if (format)
        *format = g_strdup_printf ("CSV (%s)", cohort_text_encoding_name (csv.encoding));
    }
  if (sheet_out)
    *sheet_out = g_steal_pointer (&info.sheet);
  if (sheets_out)
    *sheets_out = g_steal_pointer (&info.sheets);
  cohort_xlsx_info_clear (&info);
  return ok;
}

/**
 * cohort_import_read_rows:
 *
 * Reads the cells of every row of a list, as cohort_import_plan_read() does,
 * without making people of them (to copy rows out of the file again).
 */
gboolean
cohort_import_read_rows (const char     *path,
                         const char     *sheet,
                         CohortRowFunc   func,
                         gpointer        user_data,
                         GCancellable   *cancellable,
                         GError        **error)
{
  return read_rows (path, sheet, func, user_data, NULL, NULL, NULL, cancellable, error);
}

/**
 * cohort_import_plan_read:
 * @sheet: (nullable): the sheet of a workbook, or %NULL for the first
 *
 * Returns: (transfer full) (nullable): the people of the list and the
 *   problems of each; %NULL with @error when the file cannot be read
 */
CohortImportPlan *
cohort_import_plan_read (const char    *path,
                         const char    *sheet,
                         GCancellable  *cancellable,
                         GError       **error)
{
  return cohort_import_plan_read_full (path, sheet, NULL, NULL, NULL, cancellable, error);
}

/**
 * cohort_import_plan_read_full:
 * @map_func: (nullable): may change what the columns hold once the header is found
 * @count_func: (nullable): told how far the reading is, every 1,024 rows
 *
 * Returns: (transfer full) (nullable): as cohort_import_plan_read()
 */
CohortImportPlan *
cohort_import_plan_read_full (const char            *path,
                              const char            *sheet,
                              CohortImportMapFunc    map_func,
                              CohortImportCountFunc  count_func,
                              gpointer               user_data,
                              GCancellable          *cancellable,
                              GError               **error)
{
  g_autoptr(CohortImportPlan) plan = NULL;
  g_auto(GStrv) sheets = NULL;
  g_autoptr(GError) local_error = NULL;
  CohortTextEncoding legacy = COHORT_TEXT_UTF8;
  gboolean legacy_font = FALSE;
  guint next_sheet = 0;
  gboolean ok;

  /* The first sheet, then, when it has no header (a cover letter, notes),
   * each next one until one has */
  for (;;)
    {
      Reading reading = { NULL, g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev),
                          map_func, count_func, user_data, { 0 }, sheet == NULL, FALSE, sheet, FALSE, COHORT_TEXT_UTF8 };
      const char *this_sheet = sheet != NULL ? sheet : next_sheet > 0 ? sheets[next_sheet] : NULL;

      g_clear_pointer (&plan, cohort_import_plan_free);
      g_clear_error (&local_error);
      plan = g_new0 (CohortImportPlan, 1);
      plan->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) import_row_free);
      reading.plan = plan;
      ok = read_rows (path, this_sheet, on_row, &reading, &plan->format, &plan->sheet,
                      next_sheet == 0 ? &sheets : NULL, cancellable, &local_error);
      /* A list shorter than the rows searched for its header */
      if (ok && reading.first_rows != NULL)
        ok = find_header (&reading, &local_error);
      g_clear_pointer (&reading.first_rows, g_ptr_array_unref);
      legacy_font = reading.legacy;
      legacy = reading.legacy_encoding;
      if (ok || !reading.no_header)
        break;
      if (sheets == NULL || next_sheet + 1 >= g_strv_length (sheets))
        {
          g_autoptr(GString) names = g_string_new (NULL);

          for (guint i = 0; sheets != NULL && sheets[i] != NULL; i++)
            g_string_append_printf (names, "%s“%s”", i > 0 ? ", " : "", sheets[i]);
          g_clear_error (&local_error);
          if (sheets != NULL && g_strv_length (sheets) > 1)
            g_set_error (&local_error, COHORT_IO_ERROR, COHORT_IO_ERROR_FAILED,
                         /* Translators: %d is a number of rows, %s the names of the sheets */
                         _("Cohort found no header row among the first %d rows of any sheet (%s). Check that the "
                           "list has a header with the column names, such as “Họ và tên” and “Ngày sinh”."),
                         HEADER_SEARCH_ROWS, names->str);
          else
            g_set_error (&local_error, COHORT_IO_ERROR, COHORT_IO_ERROR_FAILED,
                         _("Cohort found no header row among the first %d rows of the list. Check that the list "
                           "has a header with the column names, such as “Họ và tên” and “Ngày sinh”."),
                         HEADER_SEARCH_ROWS);
          break;
        }
      next_sheet++;
    }
  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (legacy_font)
    {
      /* Translators: a file's format, then the legacy font its text was typed with: "XLS, TCVN3 (ABC)" */
      char *format = g_strdup_printf (_("%s, text in %s"), plan->format, cohort_text_encoding_name (legacy));

      g_free (plan->format);
      plan->format = format;
    }
  plan->sheets = g_steal_pointer (&sheets);
  plan->sheet_searched = next_sheet > 0;
  return g_steal_pointer (&plan);
}

/**
 * cohort_import_row_is_rejected:
 *
 * Returns: whether the row is left out: a problem that is not only a
 *   warning in one of its cells
 */
gboolean
cohort_import_row_is_rejected (const CohortImportRow *row)
{
  for (guint p = 0; p < row->problems->len; p++)
    if (!((CohortCellProblem *) g_ptr_array_index (row->problems, p))->warning)
      return TRUE;
  return FALSE;
}

void
cohort_import_plan_free (CohortImportPlan *plan)
{
  if (plan == NULL)
    return;
  g_free (plan->sheet);
  g_strfreev (plan->sheets);
  g_free (plan->format);
  cohort_header_map_free (plan->map);
  g_strfreev (plan->headers);
  g_free (plan->filled);
  g_clear_pointer (&plan->rows, g_ptr_array_unref);
  g_free (plan);
}

/**
 * cohort_import_plan_header:
 *
 * Returns: the header of @column as the file writes it, or ""
 */
const char *
cohort_import_plan_header (CohortImportPlan *plan,
                           guint             column)
{
  if (plan->headers == NULL || column >= g_strv_length (plan->headers))
    return "";
  return plan->headers[column];
}

/**
 * cohort_import_plan_dup_problems:
 *
 * Returns: (transfer full): what is wrong with the cells of @row, each with
 *   its column's header: "“Ngày sinh”: …; “Dân tộc”: …"
 */
char *
cohort_import_plan_dup_problems (CohortImportPlan *plan,
                                 CohortImportRow  *row)
{
  GString *text = g_string_new (NULL);

  for (guint p = 0; p < row->problems->len; p++)
    {
      CohortCellProblem *problem = g_ptr_array_index (row->problems, p);
      const char *header = cohort_import_plan_header (plan, problem->column);

      if (text->len > 0)
        g_string_append (text, "; ");
      if (*header)
        /* Translators: a column's header, then what is wrong with its cell */
        g_string_append_printf (text, _("“%s”: %s"), header, problem->message);
      else
        g_string_append (text, problem->message);
    }
  return g_string_free (text, FALSE);
}

/**
 * cohort_import_plan_dup_unread:
 *
 * The columns Cohort does not import: those it does not know (and notes,
 * "Ghi chú"), by their heading; those without a heading that hold text in
 * the people's rows, as "Column 9".
 *
 * Returns: (transfer full): their names, %NULL-terminated; empty when
 *   every column is read
 */
GStrv
cohort_import_plan_dup_unread (CohortImportPlan *plan)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  for (guint c = 0; c < plan->map->n_columns; c++)
    {
      const char *label = cohort_import_plan_header (plan, c);

      if (cohort_column_kind_is_read (plan->map->kinds[c]))
        continue;
      if (*label != '\0')
        g_strv_builder_add (names, label);
      else if (plan->filled != NULL && plan->filled[c] > 0)
        {
          /* Translators: a column of a list without a heading, by its number */
          g_autofree char *name = g_strdup_printf (_("Column %u"), c + 1);

          g_strv_builder_add (names, name);
        }
    }
  return g_strv_builder_end (names);
}
