/* cohort-dashboard-xlsx.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dashboard as an .xlsx workbook: a first sheet with the school's
 * letterhead, the title, the period and filters and the table of figures,
 * then one sheet per chart with the chart's numbers as a table (categories
 * down, series across) and a native Excel chart of that table beside it, so
 * that whoever receives the file can restyle the chart or reuse the numbers.
 * Times New Roman 13 (Phetsarath OT for Lao text), A4, the margins of
 * Decree 30/2020/NĐ-CP.
 */
#define G_LOG_DOMAIN "cohort-dashboard-xlsx"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "cohort-chart-layout.h"
#include "cohort-dashboard-report.h"
#include "cohort-dashboard-xlsx.h"
#include "cohort-io-error.h"
#include "cohort-xlsx-write-private.h"

#define VIETNAMESE_FONT "Times New Roman"
#define LAO_FONT        "Phetsarath OT"
#define FONT_SIZE       13
#define TITLE_SIZE      14

#define MARGIN_TOP_MM    20.0
#define MARGIN_BOTTOM_MM 20.0
#define MARGIN_LEFT_MM   30.0
#define MARGIN_RIGHT_MM  15.0
#define MM (1.0 / 25.4)

#define LINE_HEIGHT     17.25
#define LAO_LINE_HEIGHT 22.5
#define SIGNATURE_ROWS  4
#define MAX_SHEET_NAME  31

#define INT_FORMAT     "#,##0"
#define PERCENT_FORMAT "0.0%"

/* What a cell looks like, as bits: one format per combination. */
enum
{
  F_LAO     = 1 << 0,
  F_BOLD    = 1 << 1,
  F_ITALIC  = 1 << 2,
  F_BORDER  = 1 << 3,
  F_LEFT    = 1 << 4,
  F_RIGHT   = 1 << 5,
  F_INT     = 1 << 6,
  F_PERCENT = 1 << 7,
  F_TITLE   = 1 << 8,
  F_WRAP    = 1 << 9,
};

typedef struct
{
  CohortDashboardReport *report;
  lxw_workbook          *book;
  GHashTable            *formats;     /* flags → lxw_format */
  GPtrArray             *sheet_names; /* char *, the names given so far */
  lxw_error              error;
} Writer;

static void
note_error (Writer    *w,
            lxw_error  error)
{
  if (error != LXW_NO_ERROR && w->error == LXW_NO_ERROR)
    w->error = error;
}

static gboolean
has_lao (const char *text)
{
  for (const char *p = text; p && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0E80 && c <= 0x0EFF)
        return TRUE;
    }
  return FALSE;
}

static lxw_format *
get_format (Writer *w,
            guint   flags)
{
  lxw_format *format = g_hash_table_lookup (w->formats, GUINT_TO_POINTER (flags));

  if (format != NULL)
    return format;
  format = workbook_add_format (w->book);
  format_set_font_name (format, flags & F_LAO ? LAO_FONT : VIETNAMESE_FONT);
  format_set_font_size (format, flags & F_TITLE ? TITLE_SIZE : FONT_SIZE);
  if (flags & F_BOLD)
    format_set_bold (format);
  if (flags & F_ITALIC)
    format_set_italic (format);
  format_set_align (format, flags & F_LEFT ? LXW_ALIGN_LEFT : flags & F_RIGHT ? LXW_ALIGN_RIGHT : LXW_ALIGN_CENTER);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
  if (flags & F_BORDER)
    format_set_border (format, LXW_BORDER_THIN);
  if (flags & F_WRAP)
    format_set_text_wrap (format);
  if (flags & F_INT)
    format_set_num_format (format, INT_FORMAT);
  if (flags & F_PERCENT)
    format_set_num_format (format, PERCENT_FORMAT);
  g_hash_table_insert (w->formats, GUINT_TO_POINTER (flags), format);
  return format;
}

/* Text in the font of its script. */
static void
put_text (Writer        *w,
          lxw_worksheet *sheet,
          lxw_row_t      row,
          lxw_col_t      first,
          lxw_col_t      last,
          const char    *text,
          guint          flags)
{
  lxw_format *format;

  text = text ? text : "";
  format = get_format (w, flags | (has_lao (text) ? F_LAO : 0));
  if (first == last)
    note_error (w, worksheet_write_string (sheet, row, first, text, format));
  else
    note_error (w, worksheet_merge_range (sheet, row, first, row, last, text, format));
}

static void
put_number (Writer        *w,
            lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      col,
            double         value,
            guint          flags)
{
  note_error (w, worksheet_write_number (sheet, row, col, value, get_format (w, flags)));
}

/* A rate as a number that reads as what it is a share of: the cell holds
 * 0.64, formatted "64.0% of 25,000 planned students". */
static void
put_rate (Writer                    *w,
          lxw_worksheet             *sheet,
          lxw_row_t                  row,
          lxw_col_t                  col,
          const CohortDashboardTile *tile)
{
  lxw_format *format;
  GString *pattern = g_string_new (NULL);
  const char *parts[] = { tile->rate_prefix, tile->rate_suffix };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *literal = g_strdup (parts[i] ? parts[i] : "");

      if (i == 1)
        g_string_append (pattern, PERCENT_FORMAT);
      if (*literal == '\0')
        continue;
      /* Within quotes every character is itself; a quote cannot be in there. */
      g_strdelimit (literal, "\"", '\'');
      g_string_append_printf (pattern, "\"%s\"", literal);
    }
  /* libxlsxwriter keeps 127 bytes of a number format: longer words (three
   * bytes a Lao letter) go in as text. */
  if (pattern->len >= LXW_FORMAT_FIELD_LEN)
    {
      g_string_free (pattern, TRUE);
      put_text (w, sheet, row, col, col, tile->rate_text, F_BORDER | F_LEFT | F_WRAP);
      return;
    }
  format = workbook_add_format (w->book);
  format_set_font_name (format, has_lao (tile->rate_text) ? LAO_FONT : VIETNAMESE_FONT);
  format_set_font_size (format, FONT_SIZE);
  format_set_align (format, LXW_ALIGN_LEFT);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border (format, LXW_BORDER_THIN);
  format_set_num_format (format, pattern->str);
  g_string_free (pattern, TRUE);
  note_error (w, worksheet_write_number (sheet, row, col, tile->percent / 100.0, format));
}

static void
put_blank (Writer        *w,
           lxw_worksheet *sheet,
           lxw_row_t      row,
           lxw_col_t      col,
           guint          flags)
{
  note_error (w, worksheet_write_blank (sheet, row, col, get_format (w, flags)));
}

static double
line_height (const char *text)
{
  return has_lao (text) ? LAO_LINE_HEIGHT : LINE_HEIGHT;
}

static void
set_up_page (lxw_worksheet *sheet,
             gboolean       landscape)
{
  if (landscape)
    worksheet_set_landscape (sheet);
  else
    worksheet_set_portrait (sheet);
  worksheet_set_paper (sheet, 9);   /* A4 */
  worksheet_set_margins (sheet, MARGIN_LEFT_MM * MM, MARGIN_RIGHT_MM * MM, MARGIN_TOP_MM * MM,
                         MARGIN_BOTTOM_MM * MM);
  worksheet_fit_to_pages (sheet, 1, 1);
}

/* A sheet named @name, cut to what a spreadsheet allows and made unique. */
static lxw_worksheet *
add_sheet (Writer     *w,
           const char *name)
{
  g_autofree char *base = NULL;
  g_autofree char *unique = NULL;
  lxw_worksheet *sheet;

  if (g_utf8_strlen (name, -1) > MAX_SHEET_NAME)
    base = g_utf8_substring (name, 0, MAX_SHEET_NAME);
  else
    base = g_strdup (name);
  /* The characters a spreadsheet refuses in a tab's name. */
  g_strdelimit (base, "[]:*?/\\", '-');
  if (base[0] == '\'')
    base[0] = '-';
  if (*base != '\0' && base[strlen (base) - 1] == '\'')
    base[strlen (base) - 1] = '-';
  unique = g_strdup (base);
  for (guint n = 2; workbook_validate_sheet_name (w->book, unique) != LXW_NO_ERROR && n < 100; n++)
    {
      g_autofree char *suffix = g_strdup_printf (" (%u)", n);
      g_autofree char *cut = g_utf8_substring (base, 0, MAX_SHEET_NAME - (glong) strlen (suffix));

      g_free (unique);
      unique = g_strconcat (cut, suffix, NULL);
    }
  sheet = workbook_add_worksheet (w->book, unique);
  if (sheet != NULL)
    g_ptr_array_add (w->sheet_names, g_steal_pointer (&unique));
  return sheet;
}

/* The summary ------------------------------------------------------------------ */

#define SUMMARY_COLUMNS 4

static void
write_signatures (Writer        *w,
                  lxw_worksheet *sheet,
                  lxw_row_t      row)
{
  CohortListDocument *doc = w->report->letterhead;
  g_auto(GStrv) left = g_strsplit (doc->signers[0].title ? doc->signers[0].title : "", "\n", -1);
  g_auto(GStrv) right = g_strsplit (doc->signers[1].title ? doc->signers[1].title : "", "\n", -1);
  guint n_left = g_strv_length (left), n_right = g_strv_length (right);

  for (guint i = 0; i < MAX (n_left, n_right); i++, row++)
    {
      note_error (w, worksheet_set_row (sheet, row, LINE_HEIGHT, NULL));
      if (i < n_left)
        put_text (w, sheet, row, 0, 0, left[i], F_BOLD);
      if (i < n_right)
        put_text (w, sheet, row, 1, SUMMARY_COLUMNS - 1, right[i], F_BOLD);
    }
  row += SIGNATURE_ROWS;
  note_error (w, worksheet_set_row (sheet, row, LINE_HEIGHT, NULL));
  put_text (w, sheet, row, 0, 0, doc->signers[0].name, F_BOLD);
  put_text (w, sheet, row, 1, SUMMARY_COLUMNS - 1, doc->signers[1].name, F_BOLD);
}

static void
write_summary (Writer *w)
{
  CohortDashboardReport *report = w->report;
  CohortListDocument *doc = report->letterhead;
  gboolean has_parent = doc->parent_agency != NULL && *doc->parent_agency != '\0';
  lxw_worksheet *sheet = add_sheet (w, C_("sheet", "Summary"));
  const char *headings[SUMMARY_COLUMNS] = {
    /* xgettext:no-c-format */
    C_("report", "Indicator"), C_("report", "Actual"), C_("report", "Plan"), C_("report", "Rate"),
  };
  static const double widths[SUMMARY_COLUMNS] = { 40, 13, 13, 44 };
  lxw_row_t row;

  if (sheet == NULL)
    {
      note_error (w, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return;
    }
  set_up_page (sheet, FALSE);
  for (lxw_col_t c = 0; c < SUMMARY_COLUMNS; c++)
    note_error (w, worksheet_set_column (sheet, c, c, widths[c], NULL));

  /* Ô1, Ô2 and Ô4: agency lines left, the motto and place and date right. */
  for (row = 0; row < 3; row++)
    note_error (w, worksheet_set_row (sheet, row, LINE_HEIGHT, NULL));
  put_text (w, sheet, 0, 0, 0, has_parent ? doc->parent_agency : doc->agency, has_parent ? 0 : F_BOLD);
  if (has_parent)
    put_text (w, sheet, 1, 0, 0, doc->agency, F_BOLD);
  put_text (w, sheet, 0, 1, SUMMARY_COLUMNS - 1, doc->motto[0], F_BOLD);
  put_text (w, sheet, 1, 1, SUMMARY_COLUMNS - 1, doc->motto[1], F_BOLD);
  put_text (w, sheet, 2, 1, SUMMARY_COLUMNS - 1, doc->place_date, F_ITALIC);

  note_error (w, worksheet_set_row (sheet, 4, line_height (report->title) + 2, NULL));
  put_text (w, sheet, 4, 0, SUMMARY_COLUMNS - 1, report->title, F_BOLD | F_TITLE);
  note_error (w, worksheet_set_row (sheet, 5, line_height (report->filters), NULL));
  put_text (w, sheet, 5, 0, SUMMARY_COLUMNS - 1, report->filters, F_ITALIC);

  row = 7;
  for (lxw_col_t c = 0; c < SUMMARY_COLUMNS; c++)
    put_text (w, sheet, row, c, c, headings[c], F_BOLD | F_BORDER | F_WRAP);
  for (guint i = 0; i < COHORT_DASHBOARD_N_TILES; i++)
    {
      const CohortDashboardTile *tile = &report->tiles[i];

      row++;
      put_text (w, sheet, row, 0, 0, tile->label, F_BORDER | F_LEFT | F_WRAP);
      put_number (w, sheet, row, 1, (double) tile->value, F_BORDER | F_RIGHT | F_INT);
      if (tile->plan >= 0)
        put_number (w, sheet, row, 2, (double) tile->plan, F_BORDER | F_RIGHT | F_INT);
      else
        put_blank (w, sheet, row, 2, F_BORDER);
      if (tile->percent >= 0)
        put_rate (w, sheet, row, 3, tile);
      else
        put_blank (w, sheet, row, 3, F_BORDER);
    }
  write_signatures (w, sheet, row + 2);
}

/* The charts --------------------------------------------------------------------- */

static lxw_chart_font
chart_font (const char *text,
            double      size,
            gboolean    bold)
{
  lxw_chart_font font = { 0 };

  font.name = has_lao (text) ? LAO_FONT : VIETNAMESE_FONT;
  font.size = size;
  font.bold = bold ? LXW_TRUE : LXW_FALSE;
  return font;
}

static lxw_color_t
colour_of (CohortChartColour colour)
{
  double rgb[3];

  cohort_chart_colour_rgb (colour, FALSE, rgb);
  return ((lxw_color_t) (rgb[0] * 255 + 0.5) << 16) | ((lxw_color_t) (rgb[1] * 255 + 0.5) << 8) |
         (lxw_color_t) (rgb[2] * 255 + 0.5);
}

static uint8_t
chart_type (CohortChartKind kind)
{
  switch (kind)
    {
    case COHORT_CHART_PERCENT:
      return LXW_CHART_COLUMN_STACKED_PERCENT;
    case COHORT_CHART_PAIRED:
      return LXW_CHART_BAR;
    case COHORT_CHART_DONUT:
      return LXW_CHART_DOUGHNUT;
    case COHORT_CHART_STACKED:
    default:
      return LXW_CHART_COLUMN_STACKED;
    }
}

/* Where the table of a chart sheet starts. */
#define TABLE_ROW 3

/* A native chart of the table: one series per column of values, named by
 * its heading, over the categories of the first column. */
static void
insert_chart (Writer        *w,
              lxw_worksheet *sheet,
              const char    *sheet_name,
              CohortChart   *chart,
              guint          n_series,
              lxw_col_t      at_col)
{
  CohortChartKind kind = cohort_chart_get_kind (chart);
  guint n_cat = cohort_chart_get_n_categories (chart);
  lxw_row_t first = TABLE_ROW + 1, last = TABLE_ROW + n_cat;
  lxw_chart *xc = workbook_add_chart (w->book, chart_type (kind));
  lxw_chart_font title_font = chart_font (cohort_chart_get_title (chart), 13, TRUE);
  lxw_chart_font text_font = chart_font (sheet_name, 11, FALSE);
  lxw_chart_options options = { .x_offset = 10, .y_offset = 4, .x_scale = 1.6, .y_scale = 1.6 };
  g_autofree lxw_chart_fill *fills = g_new0 (lxw_chart_fill, MAX (n_cat, n_series));
  g_autofree lxw_chart_point *points = g_new0 (lxw_chart_point, n_cat);
  g_autofree lxw_chart_point **point_list = g_new0 (lxw_chart_point *, n_cat + 1);
  lxw_chart_line white = { .color = LXW_COLOR_WHITE, .width = 1.5 };

  if (xc == NULL)
    {
      note_error (w, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return;
    }
  for (guint s = 0; s < n_series; s++)
    {
      lxw_chart_series *series = chart_add_series (xc, NULL, NULL);

      if (series == NULL)
        {
          note_error (w, LXW_ERROR_MEMORY_MALLOC_FAILED);
          return;
        }
      chart_series_set_categories (series, sheet_name, first, 0, last, 0);
      chart_series_set_values (series, sheet_name, first, 1 + s, last, 1 + s);
      chart_series_set_name_range (series, sheet_name, TABLE_ROW, 1 + s);
      if (kind == COHORT_CHART_DONUT)
        {
          /* a colour per slice, as the page and the PDF give them */
          for (guint c = 0; c < n_cat; c++)
            {
              fills[c].color = colour_of ((CohortChartColour) (c % COHORT_CHART_N_COLOURS));
              points[c].fill = &fills[c];
              points[c].line = &white;
              point_list[c] = &points[c];
            }
          note_error (w, chart_series_set_points (series, point_list));
          chart_series_set_labels (series);
          chart_series_set_labels_options (series, LXW_FALSE, LXW_FALSE, LXW_FALSE);
          chart_series_set_labels_percentage (series);
          chart_series_set_labels_font (series, &text_font);
        }
      else
        {
          fills[s].color = colour_of (cohort_chart_get_series_colour (chart, s));
          chart_series_set_fill (series, &fills[s]);
        }
    }

  chart_title_set_name (xc, cohort_chart_get_title (chart));
  chart_title_set_name_font (xc, &title_font);
  chart_legend_set_position (xc, LXW_CHART_LEGEND_BOTTOM);
  chart_legend_set_font (xc, &text_font);
  if (kind == COHORT_CHART_DONUT)
    chart_set_hole_size (xc, 55);
  else
    {
      chart_axis_set_num_font (xc->x_axis, &text_font);
      chart_axis_set_num_font (xc->y_axis, &text_font);
      chart_set_series_gap (xc, kind == COHORT_CHART_PAIRED ? 60 : 80);
      if (kind == COHORT_CHART_PAIRED)
        /* the programs top to bottom, in the table's order */
        chart_axis_set_reverse (xc->x_axis);
      else
        chart_axis_set_num_format (xc->y_axis, kind == COHORT_CHART_PERCENT ? "0%" : INT_FORMAT);
    }
  note_error (w, worksheet_insert_chart_opt (sheet, TABLE_ROW, at_col, xc, &options));
}

static void
write_chart_sheet (Writer               *w,
                   CohortDashboardChart  id,
                   CohortChart          *chart)
{
  CohortChartKind kind = cohort_chart_get_kind (chart);
  guint n_cat = cohort_chart_get_n_categories (chart);
  guint n_series = cohort_chart_get_n_series (chart);
  gboolean is_year = g_strcmp0 (cohort_chart_get_category_dimension (chart), "year") == 0;
  gint64 total = cohort_chart_get_total (chart);
  lxw_worksheet *sheet = add_sheet (w, cohort_dashboard_chart_get_short_name (id));
  const char *sheet_name;
  lxw_col_t n_cols, extra;
  lxw_row_t row = TABLE_ROW;

  if (sheet == NULL)
    {
      note_error (w, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return;
    }
  sheet_name = g_ptr_array_index (w->sheet_names, w->sheet_names->len - 1);
  /* After the values: the totals of stacked bars, the share of a slice, the
   * share of the plan met. */
  extra = kind == COHORT_CHART_PAIRED || kind == COHORT_CHART_DONUT || n_series > 0 ? 1 : 0;
  n_cols = 1 + n_series + extra;
  set_up_page (sheet, TRUE);
  note_error (w, worksheet_set_column (sheet, 0, 0, is_year ? 10 : 30, NULL));
  note_error (w, worksheet_set_column (sheet, 1, n_cols - 1, 14, NULL));

  note_error (w, worksheet_set_row (sheet, 0, line_height (cohort_chart_get_title (chart)) + 2, NULL));
  put_text (w, sheet, 0, 0, MAX (n_cols, 6) - 1, cohort_chart_get_title (chart), F_BOLD | F_TITLE | F_LEFT);
  put_text (w, sheet, 1, 0, MAX (n_cols, 6) - 1, w->report->filters, F_ITALIC | F_LEFT);

  /* The headings: what the categories are, a column per series, then the
   * column that sums them up. */
  put_text (w, sheet, row, 0, 0, cohort_dashboard_dimension_get_name (cohort_chart_get_category_dimension (chart)),
            F_BOLD | F_BORDER | F_WRAP);
  for (guint s = 0; s < n_series; s++)
    put_text (w, sheet, row, 1 + s, 1 + s, cohort_chart_get_series_name (chart, s), F_BOLD | F_BORDER | F_WRAP);
  if (extra > 0)
    put_text (w, sheet, row, n_cols - 1, n_cols - 1,
              /* xgettext:no-c-format */
              kind == COHORT_CHART_PAIRED ? C_("report", "% of plan")
              : kind == COHORT_CHART_DONUT ? C_("report", "Share")
              : C_("report", "Total"),
              F_BOLD | F_BORDER | F_WRAP);

  for (guint c = 0; c < n_cat; c++)
    {
      const char *label = cohort_chart_get_category_label (chart, c);
      gint64 year;

      row++;
      if (is_year && g_ascii_string_to_signed (label, 10, 1, 9999, &year, NULL))
        put_number (w, sheet, row, 0, (double) year, F_BORDER);
      else
        put_text (w, sheet, row, 0, 0, label, F_BORDER | F_LEFT | F_WRAP);
      for (guint s = 0; s < n_series; s++)
        put_number (w, sheet, row, 1 + s, (double) cohort_chart_get_value (chart, s, c), F_BORDER | F_RIGHT | F_INT);

      if (kind == COHORT_CHART_PAIRED)
        {
          double percent = cohort_dashboard_plan_percent (cohort_chart_get_value (chart, n_series - 1, c),
                                                          cohort_chart_get_value (chart, 0, c));

          if (percent >= 0)
            put_number (w, sheet, row, n_cols - 1, percent / 100.0, F_BORDER | F_RIGHT | F_PERCENT);
          else
            put_blank (w, sheet, row, n_cols - 1, F_BORDER);
        }
      else if (kind == COHORT_CHART_DONUT)
        {
          if (total > 0)
            put_number (w, sheet, row, n_cols - 1, (double) cohort_chart_get_value (chart, 0, c) / (double) total,
                        F_BORDER | F_RIGHT | F_PERCENT);
          else
            put_blank (w, sheet, row, n_cols - 1, F_BORDER);
        }
      else if (extra > 0)
        put_number (w, sheet, row, n_cols - 1, (double) cohort_chart_get_category_total (chart, c),
                    F_BORDER | F_RIGHT | F_INT | F_BOLD);
    }
  if (kind == COHORT_CHART_DONUT)
    {
      row++;
      put_text (w, sheet, row, 0, 0, C_("report", "Total"), F_BOLD | F_BORDER | F_LEFT);
      put_number (w, sheet, row, 1, (double) total, F_BOLD | F_BORDER | F_RIGHT | F_INT);
      if (total > 0)
        put_number (w, sheet, row, 2, 1.0, F_BOLD | F_BORDER | F_RIGHT | F_PERCENT);
      else
        put_blank (w, sheet, row, 2, F_BORDER);
    }

  if (n_cat == 0 || n_series == 0)
    put_text (w, sheet, row + 2, 0, MAX (n_cols, 6) - 1, _("No data for this period"), F_ITALIC | F_LEFT);
  else
    insert_chart (w, sheet, sheet_name, chart, kind == COHORT_CHART_DONUT ? 1 : n_series, n_cols + 1);
}

static void
set_properties (Writer *w)
{
  lxw_doc_properties properties = { 0 };

  properties.title = w->report->title;
  properties.subject = w->report->filters;
  properties.company = w->report->letterhead->agency;
  workbook_set_properties (w->book, &properties);
}

/* Writes the workbook to @path (a temporary name, not to be shown). */
static gboolean
write_workbook (CohortDashboardReport  *report,
                const char             *path,
                const char             *shown_path,
                GError                **error)
{
  Writer w = { .report = report };
  lxw_error closed;

  w.book = workbook_new (path);
  if (w.book == NULL)
    {
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CANNOT_WRITE,
                   _("Cohort could not start writing “%s”: there is not enough memory, or no "
                     "room for temporary files. Free some disk space and try again."), shown_path);
      return FALSE;
    }
  w.formats = g_hash_table_new (NULL, NULL);
  w.sheet_names = g_ptr_array_new_with_free_func (g_free);
  set_properties (&w);
  write_summary (&w);
  for (guint i = 0; i < report->charts->len && i < COHORT_DASHBOARD_N_CHARTS; i++)
    write_chart_sheet (&w, (CohortDashboardChart) i, g_ptr_array_index (report->charts, i));

  closed = workbook_close (w.book);
  g_hash_table_unref (w.formats);
  g_ptr_array_unref (w.sheet_names);
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

static gboolean
write_report_file (gpointer     data,
                   const char  *tmp,
                   const char  *path,
                   GError     **error)
{
  return write_workbook (data, tmp, path, error);
}

/**
 * cohort_dashboard_write_xlsx:
 * @store: the database
 * @filter: the period, host and program of the dashboard
 * @date: (nullable): the date under the national motto; %NULL for today
 * @path: the file to write; an existing file is replaced
 * @error: why it could not be written, in words for the user
 *
 * Writes the dashboard's figures and charts as an .xlsx workbook (see the
 * top of this file), in the language of the user interface. Runs in the C
 * locale, so numbers are the same under vi_VN and lo_LA. The workbook is
 * written to a temporary file in the same folder and renamed over @path
 * when complete: a failed export never leaves half a file.
 *
 * Returns: %TRUE on success; %COHORT_IO_ERROR_NOT_CONFIGURED when the
 *   school's name is not set, %COHORT_IO_ERROR_CANNOT_WRITE when the file
 *   cannot be written, a store error otherwise
 */
gboolean
cohort_dashboard_write_xlsx (CohortStore                  *store,
                             const CohortDashboardFilter  *filter,
                             GDate                        *date,
                             const char                   *path,
                             GError                      **error)
{
  g_autoptr(CohortDashboardReport) report = NULL;

  g_return_val_if_fail (COHORT_IS_STORE (store), FALSE);
  g_return_val_if_fail (filter != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CANNOT_WRITE,
                   _("“%s” is a folder. Choose a file name for the report."), path);
      return FALSE;
    }
  report = cohort_dashboard_report_new (store, filter, date, error);
  if (report == NULL)
    return FALSE;
  return _cohort_xlsx_write_file (path, write_report_file, report, error);
}
