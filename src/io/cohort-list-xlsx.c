/* cohort-list-xlsx.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An official list as an .xlsx workbook, laid out as Decree 30/2020/NĐ-CP
 * lays out a document: agency lines top left, the national motto top
 * right, the title, the table with its heading repeated on every printed
 * page, then place and date and the signature blocks. A4 landscape, Times
 * New Roman 13 (Lao text in Phetsarath OT), the Decree's margins, page
 * numbers centred at the top.
 *
 * libxlsxwriter runs in constant_memory mode: each row goes to disk when the
 * next one starts, so memory stays flat however long the list; rows, and
 * merged ranges, are therefore written strictly top to bottom.
 */
#define G_LOG_DOMAIN "cohort-list-xlsx"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>
#include <zip.h>

#include "cohort-io-error.h"
#include "cohort-list-xlsx.h"
#include "cohort-platform.h"
#include "cohort-xlsx-write-private.h"

#define VIETNAMESE_FONT "Times New Roman"
#define LAO_FONT        "Phetsarath OT"   /* the official Lao font; a spreadsheet names one font only */
#define FONT_SIZE       13

/* Decree 30/2020/NĐ-CP, Phụ lục I: top and bottom 20–25 mm, left 30–35 mm,
 * right 15–20 mm; the page number in the top margin. */
#define MARGIN_TOP_MM    20.0
#define MARGIN_BOTTOM_MM 20.0
#define MARGIN_LEFT_MM   30.0
#define MARGIN_RIGHT_MM  15.0
#define HEADER_MM        10.0
#define MM (1.0 / 25.4)

/* Row heights in points: a line of 13 pt Times New Roman, and of Lao, whose
 * vowels and tone marks stack above and below the line. */
#define LINE_HEIGHT     17.25
#define LAO_LINE_HEIGHT 22.5

/* The document gives widths in characters of the 13 pt body font; Excel
 * counts characters of its default font (Calibri 11), about 10 % narrower. */
#define WIDTH_FACTOR 1.1

#define SIGNATURE_ROWS 4            /* blank rows where the signature goes */
#define LEFT_BLOCK_CHARS  40.0      /* at least this wide: the agency lines */
#define RIGHT_BLOCK_CHARS 50.0      /* the national motto, place and date, signer */

/* libxlsxwriter 1.1 cannot leave the page number off the first page
 * (<headerFooter differentFirst="1">): Cohort adds the attribute to the
 * finished file, which means inflating the sheet and deflating it once more
 * (bench/README.md: +40 % at 10,000 students). Sheets up to this size get it,
 * about 13,000 students (a class has a few hundred); a longer list keeps the
 * number on page 1 too, rather than hold its sheet in memory twice (166 MB
 * instead of 49 MB at 100,000 students). */
#define MAX_FIRST_PAGE_FIX_BYTES (8 * 1024 * 1024)

#define HEADER_FOOTER "&C&\"" VIETNAMESE_FONT ",Regular\"&13&P"

typedef struct
{
  CohortListDocument *doc;
  lxw_workbook       *book;
  lxw_worksheet      *sheet;

  lxw_format         *parent_agency;
  lxw_format         *agency;
  lxw_format         *motto;
  lxw_format         *title[2];       /* by CohortListScript */
  lxw_format         *heading[2];
  lxw_format         *place_date;
  lxw_format         *signer;
  lxw_format        **cells;          /* one per column */

  lxw_col_t           last_col;
  lxw_col_t           left_last;      /* the left block: columns 0 … left_last */
  lxw_col_t           right_first;    /* the right block: right_first … last_col */
  lxw_row_t           row;            /* the row being written */
  lxw_row_t           heading_first;
  lxw_row_t           heading_last;
  lxw_error           error;          /* the first write that failed */
} Writer;

/* Formats ------------------------------------------------------------------------ */

static lxw_format *
new_format (Writer           *w,
            CohortListScript  script,
            gboolean          bold,
            gboolean          italic,
            CohortListAlign   align,
            gboolean          table)
{
  lxw_format *format = workbook_add_format (w->book);

  format_set_font_name (format, script == COHORT_LIST_SCRIPT_LAO ? LAO_FONT : VIETNAMESE_FONT);
  format_set_font_size (format, FONT_SIZE);
  if (bold)
    format_set_bold (format);
  if (italic)
    format_set_italic (format);
  format_set_align (format, align == COHORT_LIST_ALIGN_LEFT ? LXW_ALIGN_LEFT
                            : align == COHORT_LIST_ALIGN_RIGHT ? LXW_ALIGN_RIGHT
                            : LXW_ALIGN_CENTER);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
  if (table)
    {
      format_set_border (format, LXW_BORDER_THIN);
      format_set_text_wrap (format);
    }
  return format;
}

static void
make_formats (Writer *w)
{
  CohortListDocument *doc = w->doc;

  w->parent_agency = new_format (w, COHORT_LIST_SCRIPT_VIETNAMESE, FALSE, FALSE, COHORT_LIST_ALIGN_CENTER, FALSE);
  w->agency = new_format (w, COHORT_LIST_SCRIPT_VIETNAMESE, TRUE, FALSE, COHORT_LIST_ALIGN_CENTER, FALSE);
  w->motto = w->agency;
  w->signer = w->agency;
  w->place_date = new_format (w, COHORT_LIST_SCRIPT_VIETNAMESE, FALSE, TRUE, COHORT_LIST_ALIGN_CENTER, FALSE);
  for (guint s = 0; s < 2; s++)
    {
      w->title[s] = new_format (w, s, TRUE, FALSE, COHORT_LIST_ALIGN_CENTER, FALSE);
      w->heading[s] = new_format (w, s, TRUE, FALSE, COHORT_LIST_ALIGN_CENTER, TRUE);
    }
  w->cells = g_new0 (lxw_format *, doc->n_columns);
  for (guint c = 0; c < doc->n_columns; c++)
    w->cells[c] = new_format (w, doc->columns[c].script, FALSE, FALSE, doc->columns[c].align, TRUE);
}

/* Cells ---------------------------------------------------------------------------- */

static void
note_error (Writer    *w,
            lxw_error  error)
{
  if (error != LXW_NO_ERROR && w->error == LXW_NO_ERROR)
    w->error = error;
}

/* Starts the next row; a height of 0 lets the spreadsheet program size it. */
static void
next_row (Writer *w,
          double  height)
{
  w->row++;
  if (height > 0)
    note_error (w, worksheet_set_row (w->sheet, w->row, height, NULL));
}

/* @text over columns @first … @last of the current row. */
static void
put_span (Writer     *w,
          lxw_col_t   first,
          lxw_col_t   last,
          const char *text,
          lxw_format *format)
{
  if (first == last)
    note_error (w, worksheet_write_string (w->sheet, w->row, first, text ? text : "", format));
  else
    note_error (w, worksheet_merge_range (w->sheet, w->row, first, w->row, last, text ? text : "", format));
}

static double
line_height (CohortListScript script)
{
  return script == COHORT_LIST_SCRIPT_LAO ? LAO_LINE_HEIGHT : LINE_HEIGHT;
}

/* The lines @text needs in a column @width characters wide (bold text is a
 * little wider); a guess, since the program that opens the file lays it out. */
static guint
lines_needed (const char *text,
              double      width)
{
  double room = MAX (width * WIDTH_FACTOR - 1.0, 1.0);
  double chars = 0;

  for (const char *p = text; p && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Lao vowel and tone marks sit above or below the letter before. */
      if (!g_unichar_ismark (c))
        chars += 1.1;
    }
  return MAX (1, (guint) (chars / room + 0.999));
}

/* The left and right blocks of the header and the signatures: the fewest
 * columns on each side that hold their text, never overlapping. */
static void
place_blocks (Writer *w)
{
  CohortListDocument *doc = w->doc;
  double width = 0;
  lxw_col_t c;

  w->last_col = doc->n_columns - 1;
  w->left_last = 0;
  for (c = 0; c < doc->n_columns / 2; c++)
    {
      width += doc->columns[c].width;
      w->left_last = c;
      if (width >= LEFT_BLOCK_CHARS)
        break;
    }

  width = 0;
  w->right_first = w->last_col;
  for (c = w->last_col; c > w->left_last; c--)
    {
      width += doc->columns[c].width;
      w->right_first = c;
      if (width >= RIGHT_BLOCK_CHARS)
        break;
    }
}

/* The parts of the page ------------------------------------------------------------ */

static void
write_top (Writer *w)
{
  CohortListDocument *doc = w->doc;
  gboolean has_parent = doc->parent_agency != NULL && *doc->parent_agency != '\0';

  /* Ô1 and Ô2: agency lines left, the national motto right. */
  w->row = 0;
  note_error (w, worksheet_set_row (w->sheet, 0, LINE_HEIGHT, NULL));
  if (has_parent)
    put_span (w, 0, w->left_last, doc->parent_agency, w->parent_agency);
  else
    put_span (w, 0, w->left_last, doc->agency, w->agency);
  put_span (w, w->right_first, w->last_col, doc->motto[0], w->motto);

  next_row (w, LINE_HEIGHT);
  if (has_parent)
    put_span (w, 0, w->left_last, doc->agency, w->agency);
  put_span (w, w->right_first, w->last_col, doc->motto[1], w->motto);

  /* Ô5: the title, centred across the table. */
  next_row (w, 0);
  for (guint i = 0; i < doc->title->len; i++)
    {
      CohortListText *line = g_ptr_array_index (doc->title, i);

      next_row (w, line_height (line->script));
      put_span (w, 0, w->last_col, line->text, w->title[line->script]);
    }
  next_row (w, 0);
}

static void
write_headings (Writer *w)
{
  CohortListDocument *doc = w->doc;
  guint n_lines = 1;

  for (guint c = 0; c < doc->n_columns; c++)
    if (doc->columns[c].heading[1].text != NULL)
      n_lines = 2;

  for (guint line = 0; line < n_lines; line++)
    {
      double height = 0;

      for (guint c = 0; c < doc->n_columns; c++)
        {
          CohortListColumn *col = &doc->columns[c];
          /* A one-line heading in a two-line header spans both rows. */
          guint first_line = col->heading[1].text != NULL ? line : 0;
          const CohortListText *text = &col->heading[first_line];
          guint lines = lines_needed (text->text, col->width);

          if (col->heading[1].text == NULL && n_lines == 2)
            lines = (lines + 1) / 2;
          height = MAX (height, lines * line_height (text->script) + 3);
        }

      next_row (w, height);
      if (line == 0)
        w->heading_first = w->row;
      w->heading_last = w->row;

      for (guint c = 0; c < doc->n_columns; c++)
        {
          CohortListColumn *col = &doc->columns[c];

          if (col->heading[1].text != NULL || n_lines == 1)
            note_error (w, worksheet_write_string (w->sheet, w->row, c, col->heading[line].text,
                                                   w->heading[col->heading[line].script]));
          else if (line == 0)
            note_error (w, worksheet_write_string (w->sheet, w->row, c, col->heading[0].text,
                                                   w->heading[col->heading[0].script]));
          else
            /* Registers the range and pads this row; the cell above, written
             * already, is left as it is (constant_memory ignores the rewrite). */
            worksheet_merge_range (w->sheet, w->heading_first, c, w->row, c, col->heading[0].text,
                                   w->heading[col->heading[0].script]);
        }
    }
}

static void
write_body (Writer *w)
{
  CohortListDocument *doc = w->doc;

  for (guint r = 0; r < doc->rows->len; r++)
    {
      char **cells = g_ptr_array_index (doc->rows, r);

      w->row++;
      for (guint c = 0; c < doc->n_columns; c++)
        {
          gint64 number;

          if (doc->columns[c].numeric && *cells[c] != '\0' &&
              g_ascii_string_to_signed (cells[c], 10, G_MININT64 / 2, G_MAXINT64 / 2, &number, NULL))
            note_error (w, worksheet_write_number (w->sheet, w->row, c, (double) number, w->cells[c]));
          else
            note_error (w, worksheet_write_string (w->sheet, w->row, c, cells[c], w->cells[c]));
        }
    }
}

static void
write_signatures (Writer *w)
{
  CohortListDocument *doc = w->doc;
  g_auto(GStrv) left = g_strsplit (doc->signers[0].title ? doc->signers[0].title : "", "\n", -1);
  g_auto(GStrv) right = g_strsplit (doc->signers[1].title ? doc->signers[1].title : "", "\n", -1);
  guint n_lines = MAX (g_strv_length (left), g_strv_length (right));

  /* Ô4, here at the foot of the list: place and date over the signer. */
  next_row (w, 0);
  next_row (w, LINE_HEIGHT);
  put_span (w, w->right_first, w->last_col, doc->place_date, w->place_date);

  for (guint i = 0; i < n_lines; i++)
    {
      next_row (w, LINE_HEIGHT);
      put_span (w, 0, w->left_last, i < g_strv_length (left) ? left[i] : "", w->signer);
      put_span (w, w->right_first, w->last_col, i < g_strv_length (right) ? right[i] : "", w->signer);
    }
  for (guint i = 0; i < SIGNATURE_ROWS; i++)
    next_row (w, LINE_HEIGHT);
  next_row (w, LINE_HEIGHT);
  put_span (w, 0, w->left_last, doc->signers[0].name, w->signer);
  put_span (w, w->right_first, w->last_col, doc->signers[1].name, w->signer);
}

static void
set_up_page (Writer *w)
{
  CohortListDocument *doc = w->doc;
  lxw_header_footer_options header = { .margin = HEADER_MM * MM };

  worksheet_set_landscape (w->sheet);
  worksheet_set_paper (w->sheet, 9);   /* A4 */
  worksheet_set_margins (w->sheet, MARGIN_LEFT_MM * MM, MARGIN_RIGHT_MM * MM, MARGIN_TOP_MM * MM,
                         MARGIN_BOTTOM_MM * MM);
  worksheet_set_header_opt (w->sheet, HEADER_FOOTER, &header);
  worksheet_fit_to_pages (w->sheet, 1, 0);
  for (guint c = 0; c < doc->n_columns; c++)
    note_error (w, worksheet_set_column (w->sheet, c, c, doc->columns[c].width * WIDTH_FACTOR, NULL));
}

static void
set_properties (Writer *w)
{
  CohortListDocument *doc = w->doc;
  g_autoptr(GString) title = g_string_new (NULL);
  lxw_doc_properties properties = { 0 };

  for (guint i = 0; i < doc->title->len; i++)
    {
      CohortListText *line = g_ptr_array_index (doc->title, i);

      if (line->script != COHORT_LIST_SCRIPT_VIETNAMESE)
        continue;
      if (title->len > 0)
        g_string_append_c (title, ' ');
      g_string_append (title, line->text);
    }
  properties.title = title->str;
  properties.company = doc->agency;
  workbook_set_properties (w->book, &properties);
}

/* Writes the workbook to @path (which must not be shown to the user: a
 * temporary name). */
static gboolean
write_workbook (CohortListDocument  *doc,
                const char          *path,
                const char          *shown_path,
                GError             **error)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  Writer w = { .doc = doc };
  lxw_error closed;

  w.book = workbook_new_opt (path, &options);
  w.sheet = w.book ? workbook_add_worksheet (w.book, "Danh sách") : NULL;
  if (w.sheet == NULL)
    {
      if (w.book != NULL)
        lxw_workbook_free (w.book);
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CANNOT_WRITE,
                   _("Cohort could not start writing “%s”: there is not enough memory, or no "
                     "room for temporary files. Free some disk space and try again."), shown_path);
      return FALSE;
    }
  make_formats (&w);
  place_blocks (&w);
  set_up_page (&w);
  set_properties (&w);

  write_top (&w);
  write_headings (&w);
  write_body (&w);
  write_signatures (&w);

  note_error (&w, worksheet_repeat_rows (w.sheet, w.heading_first, w.heading_last));
  worksheet_freeze_panes (w.sheet, w.heading_last + 1, 0);

  closed = workbook_close (w.book);
  g_free (w.cells);
  if (w.error == LXW_NO_ERROR)
    w.error = closed;
  if (w.error != LXW_NO_ERROR)
    {
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CANNOT_WRITE,
                   _("Cohort could not write “%s” (%s). Free some disk space, or choose another "
                     "folder, and try again."), shown_path, lxw_strerror (w.error));
      return FALSE;
    }
  return TRUE;
}

/* Different first page ---------------------------------------------------------------- */

static char *
find_last (char       *data,
           gsize       len,
           const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = len >= n ? len - n + 1 : 0; i-- > 0;)
    if (memcmp (data + i, needle, n) == 0)
      return data + i;
  return NULL;
}

/* Turns the page number off on page 1, as the Decree asks, by marking the
 * sheet's headerFooter differentFirst (its first-page header is empty). */
static gboolean
number_from_second_page (const char  *path,
                         const char  *shown_path,
                         GError     **error)
{
  static const char sheet_name[] = "xl/worksheets/sheet1.xml";
  static const char old_tag[] = "<headerFooter>";
  static const char new_tag[] = "<headerFooter differentFirst=\"1\">";
  zip_t *zip;
  zip_stat_t st;
  zip_file_t *file;
  zip_source_t *source;
  zip_int64_t index;
  char *data, *tag, *changed;
  gsize len;
  int zip_error = 0;

  zip = zip_open (path, 0, &zip_error);
  if (zip == NULL)
    goto fail;
  index = zip_name_locate (zip, sheet_name, 0);
  if (index < 0 || zip_stat_index (zip, index, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
    {
      zip_discard (zip);
      goto fail;
    }
  if (st.size > MAX_FIRST_PAGE_FIX_BYTES)
    {
      zip_discard (zip);
      return TRUE;
    }

  len = st.size;
  data = g_malloc (len + 1);
  file = zip_fopen_index (zip, index, 0);
  if (file == NULL || zip_fread (file, data, len) != (zip_int64_t) len)
    {
      if (file != NULL)
        zip_fclose (file);
      g_free (data);
      zip_discard (zip);
      goto fail;
    }
  zip_fclose (file);

  tag = find_last (data, len, old_tag);
  if (tag == NULL)
    {
      g_free (data);
      zip_discard (zip);
      return TRUE;
    }
  /* libzip frees the buffer with free (). */
  changed = malloc (len + strlen (new_tag) - strlen (old_tag));
  if (changed == NULL)
    {
      g_free (data);
      zip_discard (zip);
      goto fail;
    }
  memcpy (changed, data, tag - data);
  memcpy (changed + (tag - data), new_tag, strlen (new_tag));
  memcpy (changed + (tag - data) + strlen (new_tag), tag + strlen (old_tag),
          len - (tag - data) - strlen (old_tag));
  len += strlen (new_tag) - strlen (old_tag);
  g_free (data);

  source = zip_source_buffer (zip, changed, len, 1);
  if (source == NULL)
    {
      free (changed);
      zip_discard (zip);
      goto fail;
    }
  /* Deleted and added again rather than replaced: libzip keeps the level of
   * an entry replaced with the same method, and its default level 9 takes
   * ten times as long as level 1 on this XML. The sheet moves to the end of
   * the package, where any order of parts is valid. */
  zip_delete (zip, index);
  index = zip_file_add (zip, sheet_name, source, ZIP_FL_ENC_UTF_8);
  if (index < 0)
    {
      zip_source_free (source);
      zip_discard (zip);
      goto fail;
    }
  if (zip_set_file_compression (zip, index, ZIP_CM_DEFLATE, 1) != 0)
    {
      zip_discard (zip);
      goto fail;
    }
  if (zip_close (zip) != 0)
    {
      zip_discard (zip);
      goto fail;
    }
  return TRUE;

fail:
  g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CANNOT_WRITE,
               _("Cohort could not finish writing “%s”. Free some disk space, or choose another "
                 "folder, and try again."), shown_path);
  return FALSE;
}

/* Public API ------------------------------------------------------------------------ */

static gboolean
write_list_file (gpointer     data,
                 const char  *tmp,
                 const char  *path,
                 GError     **error)
{
  CohortListDocument *doc = data;

  return write_workbook (doc, tmp, path, error) && number_from_second_page (tmp, path, error);
}

/**
 * cohort_list_document_write_xlsx:
 * @doc: the list
 * @path: the file to write; an existing file is replaced
 * @error: why it could not be written, in words for the user
 *
 * Writes @doc as an .xlsx workbook (see the top of this file for the
 * layout). Runs in the C locale, so the file is the same under vi_VN and
 * lo_LA. The workbook is written to a temporary file in the same folder and
 * renamed over @path when complete: a failed export never leaves half a
 * file, nor touches a file of the same name.
 *
 * Returns: %TRUE on success; %COHORT_IO_ERROR_CANNOT_WRITE otherwise
 */
gboolean
cohort_list_document_write_xlsx (CohortListDocument  *doc,
                                 const char          *path,
                                 GError             **error)
{
  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CANNOT_WRITE,
                   _("“%s” is a folder. Choose a file name for the list."), path);
      return FALSE;
    }
  return _cohort_xlsx_write_file (path, write_list_file, doc, error);
}

/**
 * _cohort_xlsx_write_file:
 * @write: writes the workbook to the temporary file it is given
 *
 * Writes a workbook through a temporary file in the folder of @path, with
 * LC_NUMERIC and LC_TIME of this thread in C, then moves it over @path: a
 * failed export never leaves half a file, nor touches a file of that name.
 *
 * Returns: %TRUE on success; %COHORT_IO_ERROR_CANNOT_WRITE otherwise
 */
gboolean
_cohort_xlsx_write_file (const char           *path,
                         CohortXlsxWriteFunc   write,
                         gpointer              data,
                         GError              **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  g_autoptr(GFile) tmp_file = NULL;
  g_autoptr(GFile) dest = NULL;
  g_autoptr(GError) move_error = NULL;
  CohortSavedLocale *locale;
  gboolean ok;
  int fd;

  fd = g_mkstemp_full (tmp, O_RDWR, 0666);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CANNOT_WRITE,
                   _("Cohort cannot write in the folder “%s” (%s). Choose a folder you may write to."),
                   dir, g_strerror (saved));
      return FALSE;
    }
  g_close (fd, NULL);

  locale = cohort_platform_use_c_locale ();
  ok = write (data, tmp, path, error);
  cohort_platform_restore_locale (locale);

  if (ok)
    {
      tmp_file = g_file_new_for_path (tmp);
      dest = g_file_new_for_path (path);
      ok = g_file_move (tmp_file, dest, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NO_FALLBACK_FOR_MOVE, NULL,
                        NULL, NULL, &move_error);
      if (!ok)
        g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CANNOT_WRITE,
                     _("Cohort could not save “%s” (%s). Close the file if it is open in another "
                       "program, or choose another name."), path, move_error->message);
    }
  if (!ok)
    g_unlink (tmp);
  return ok;
}
