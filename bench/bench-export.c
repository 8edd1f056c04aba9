/* bench-export.c: the roster of a class of N students (default 100,000) as
 * .xlsx, Cohort's writer against the raw limit: a minimal libxlsxwriter
 * program writing the same cells with the same formats, merged ranges and
 * page set-up, in the same constant_memory mode.
 *
 *   bench-export [N [RUNS]]
 *
 * The document is built directly in memory (no database): what is measured
 * is cohort_list_document_write_xlsx (), C locale switch, temporary file,
 * rename and, up to 8 MB of sheet, the first-page fix included. Each side
 * runs RUNS times (default 3), alternately; the best and the median are
 * printed, with the ratio of the medians, the file sizes, and memory: RSS
 * with the document built, and the peak after each side.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bench-common.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <xlsxwriter.h>

#include "cohort-list-xlsx.h"
#include "cohort-platform.h"

static const char *const families[] = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Phan", "Đặng" };
static const char *const middles[] = { "Văn", "Thị", "Đức", "Minh", "Thị Thu", "Hữu", "Ngọc" };
static const char *const givens[] = { "An", "Bình", "Dũng", "Đức", "Hương", "Lan", "Mai", "Nam", "Tâm", "Yến" };
static const char *const positions[] = { "Chuyên viên", "Phó Trưởng phòng", "Bí thư Đảng ủy", "Chủ tịch UBND" };

/* The roster's columns, as cohort-list-builder.c gives them. */
static const struct { const char *heading; double width; CohortListAlign align; } columns[] = {
  { "STT", 5, COHORT_LIST_ALIGN_CENTER }, { "Họ và tên", 26, COHORT_LIST_ALIGN_LEFT },
  { "Ngày sinh", 12, COHORT_LIST_ALIGN_CENTER }, { "Nam/Nữ", 7, COHORT_LIST_ALIGN_CENTER },
  { "Dân tộc", 9, COHORT_LIST_ALIGN_CENTER }, { "Quê quán", 22, COHORT_LIST_ALIGN_LEFT },
  { "Chức vụ", 22, COHORT_LIST_ALIGN_LEFT }, { "Đơn vị công tác", 28, COHORT_LIST_ALIGN_LEFT },
  { "Ghi chú", 10, COHORT_LIST_ALIGN_LEFT },
};
#define N_COLUMNS G_N_ELEMENTS (columns)

static CohortListDocument *
make_document (guint n)
{
  CohortListDocument *doc = cohort_list_document_new (COHORT_LIST_KIND_ROSTER, N_COLUMNS);

  for (guint c = 0; c < N_COLUMNS; c++)
    cohort_list_document_set_column (doc, c, columns[c].heading, NULL, columns[c].width, columns[c].align,
                                     COHORT_LIST_SCRIPT_VIETNAMESE);
  doc->columns[0].numeric = TRUE;
  doc->parent_agency = g_strdup ("TỈNH ỦY THANH HÓA");
  doc->agency = g_strdup ("TRƯỜNG CHÍNH TRỊ TỈNH THANH HÓA");
  doc->motto[0] = g_strdup ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  doc->motto[1] = g_strdup ("Độc lập - Tự do - Hạnh phúc");
  doc->place_date = g_strdup ("Thanh Hóa, ngày 05 tháng 01 năm 2026");
  cohort_list_document_add_title (doc, "DANH SÁCH HỌC VIÊN", COHORT_LIST_SCRIPT_VIETNAMESE);
  cohort_list_document_add_title (doc, "LỚP TRUNG CẤP LÝ LUẬN CHÍNH TRỊ (B43)", COHORT_LIST_SCRIPT_VIETNAMESE);
  doc->signers[0].title = g_strdup ("NGƯỜI LẬP DANH SÁCH");
  doc->signers[0].name = g_strdup ("Đỗ Văn Quý");
  doc->signers[1].title = g_strdup ("KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG");
  doc->signers[1].name = g_strdup ("Lê Thị Hồng Nhung");

  for (guint i = 0; i < n; i++)
    {
      GStrv cells = g_new0 (char *, N_COLUMNS + 1);

      cells[0] = g_strdup_printf ("%u", i + 1);
      cells[1] = g_strdup_printf ("%s %s %s", families[i % 8], middles[(i / 8) % 7], givens[(i / 56) % 10]);
      cells[2] = g_strdup_printf ("%02u/%02u/%04u", 1 + i % 28, 1 + (i / 28) % 12, 1960 + (i / 336) % 40);
      cells[3] = g_strdup (i % 3 ? "Nam" : "Nữ");
      cells[4] = g_strdup ("Kinh");
      cells[5] = g_strdup_printf ("xã số %u, huyện Thọ Xuân, tỉnh Thanh Hóa", i % 300);
      cells[6] = g_strdup (positions[i % 4]);
      cells[7] = g_strdup_printf ("UBND xã số %u, huyện Thọ Xuân", i % 300);
      cells[8] = g_strdup (i % 97 ? "" : "Bảo lưu");
      cohort_list_document_add_row (doc, cells);
    }
  return doc;
}

/* The same workbook written straight with libxlsxwriter: formats, merges,
 * cells, page set-up; no locale switch, no temporary file, no first-page fix. */
static void
write_raw (CohortListDocument *doc,
           const char         *path)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  lxw_workbook *book = workbook_new_opt (path, &options);
  lxw_worksheet *sheet = workbook_add_worksheet (book, "Danh sách");
  lxw_format *regular = workbook_add_format (book), *bold = workbook_add_format (book);
  lxw_format *italic = workbook_add_format (book), *heading = workbook_add_format (book);
  lxw_format *cells[N_COLUMNS];
  lxw_header_footer_options header = { .margin = 10 / 25.4 };
  lxw_format *all[] = { regular, bold, italic, heading };
  lxw_row_t row = 0;

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      format_set_font_name (all[i], "Times New Roman");
      format_set_font_size (all[i], 13);
      format_set_align (all[i], LXW_ALIGN_CENTER);
      format_set_align (all[i], LXW_ALIGN_VERTICAL_CENTER);
    }
  format_set_bold (bold);
  format_set_italic (italic);
  format_set_bold (heading);
  format_set_border (heading, LXW_BORDER_THIN);
  format_set_text_wrap (heading);
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      cells[c] = workbook_add_format (book);
      format_set_font_name (cells[c], "Times New Roman");
      format_set_font_size (cells[c], 13);
      format_set_align (cells[c], columns[c].align == COHORT_LIST_ALIGN_LEFT ? LXW_ALIGN_LEFT : LXW_ALIGN_CENTER);
      format_set_align (cells[c], LXW_ALIGN_VERTICAL_CENTER);
      format_set_border (cells[c], LXW_BORDER_THIN);
      format_set_text_wrap (cells[c]);
      worksheet_set_column (sheet, c, c, columns[c].width * 1.1, NULL);
    }
  worksheet_set_landscape (sheet);
  worksheet_set_paper (sheet, 9);
  worksheet_set_margins (sheet, 30 / 25.4, 15 / 25.4, 20 / 25.4, 20 / 25.4);
  worksheet_set_header_opt (sheet, "&C&\"Times New Roman,Regular\"&13&P", &header);
  worksheet_fit_to_pages (sheet, 1, 0);

  worksheet_set_row (sheet, 0, 17.25, NULL);
  worksheet_merge_range (sheet, 0, 0, 0, 2, doc->parent_agency, regular);
  worksheet_merge_range (sheet, 0, 6, 0, 8, doc->motto[0], bold);
  worksheet_set_row (sheet, 1, 17.25, NULL);
  worksheet_merge_range (sheet, 1, 0, 1, 2, doc->agency, bold);
  worksheet_merge_range (sheet, 1, 6, 1, 8, doc->motto[1], bold);
  row = 2;
  for (guint i = 0; i < doc->title->len; i++)
    {
      worksheet_set_row (sheet, ++row, 17.25, NULL);
      worksheet_merge_range (sheet, row, 0, row, 8, ((CohortListText *) g_ptr_array_index (doc->title, i))->text,
                             bold);
    }
  row += 2;
  worksheet_set_row (sheet, row, 20.25, NULL);
  for (guint c = 0; c < N_COLUMNS; c++)
    worksheet_write_string (sheet, row, c, columns[c].heading, heading);
  worksheet_repeat_rows (sheet, row, row);
  worksheet_freeze_panes (sheet, row + 1, 0);

  for (guint r = 0; r < doc->rows->len; r++)
    {
      char **text = g_ptr_array_index (doc->rows, r);

      row++;
      worksheet_write_number (sheet, row, 0, r + 1, cells[0]);
      for (guint c = 1; c < N_COLUMNS; c++)
        worksheet_write_string (sheet, row, c, text[c], cells[c]);
    }

  row += 2;
  worksheet_set_row (sheet, row, 17.25, NULL);
  worksheet_merge_range (sheet, row, 6, row, 8, doc->place_date, italic);
  worksheet_set_row (sheet, ++row, 17.25, NULL);
  worksheet_merge_range (sheet, row, 0, row, 2, "NGƯỜI LẬP DANH SÁCH", bold);
  worksheet_merge_range (sheet, row, 6, row, 8, "KT. HIỆU TRƯỞNG", bold);
  worksheet_set_row (sheet, ++row, 17.25, NULL);
  worksheet_merge_range (sheet, row, 0, row, 2, "", bold);
  worksheet_merge_range (sheet, row, 6, row, 8, "PHÓ HIỆU TRƯỞNG", bold);
  for (guint i = 0; i < 4; i++)
    worksheet_set_row (sheet, ++row, 17.25, NULL);
  worksheet_set_row (sheet, ++row, 17.25, NULL);
  worksheet_merge_range (sheet, row, 0, row, 2, doc->signers[0].name, bold);
  worksheet_merge_range (sheet, row, 6, row, 8, doc->signers[1].name, bold);

  if (workbook_close (book) != LXW_NO_ERROR)
    g_error ("raw: could not write %s", path);
}

static long
file_kb (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (long) (st.st_size / 1024) : -1;
}

static double
median (GArray *times)
{
  return bench_percentile (times, 0.5);
}

static double
best (GArray *times)
{
  return bench_percentile (times, 0.0);
}

int
main (int argc, char **argv)
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  guint runs = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 3;
  g_autofree char *dir = g_dir_make_tmp ("cohort-bench-export-XXXXXX", NULL);
  g_autofree char *cohort_path = g_build_filename (dir, "cohort.xlsx", NULL);
  g_autofree char *raw_path = g_build_filename (dir, "raw.xlsx", NULL);
  g_autoptr(GArray) cohort_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) raw_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(CohortListDocument) doc = NULL;
  long rss_start, rss_doc, peak_raw = 0, peak_cohort = 0;
  double t0, built_ms;

  cohort_platform_init ();
  rss_start = bench_rss_mb ("VmRSS:");
  t0 = bench_now_ms ();
  doc = make_document (n);
  built_ms = bench_now_ms () - t0;
  rss_doc = bench_rss_mb ("VmRSS:");

  for (guint i = 0; i < MAX (runs, 1); i++)
    {
      g_autoptr(GError) error = NULL;
      double ms;

      t0 = bench_now_ms ();
      write_raw (doc, raw_path);
      ms = bench_now_ms () - t0;
      g_array_append_val (raw_ms, ms);
      peak_raw = bench_rss_mb ("VmHWM:");

      t0 = bench_now_ms ();
      if (!cohort_list_document_write_xlsx (doc, cohort_path, &error))
        g_error ("%s", error->message);
      ms = bench_now_ms () - t0;
      g_array_append_val (cohort_ms, ms);
      peak_cohort = bench_rss_mb ("VmHWM:");
    }

  printf ("%u rows × %u columns, %u runs each (document built in memory in %.0f ms)\n", n, (guint) N_COLUMNS,
          MAX (runs, 1), built_ms);
  printf ("raw libxlsxwriter   median %7.0f ms  best %7.0f ms  %6ld KB\n", median (raw_ms), best (raw_ms),
          file_kb (raw_path));
  printf ("Cohort write_xlsx   median %7.0f ms  best %7.0f ms  %6ld KB\n", median (cohort_ms), best (cohort_ms),
          file_kb (cohort_path));
  printf ("ratio (medians) %.2f×   (best) %.2f×\n", median (cohort_ms) / median (raw_ms),
          best (cohort_ms) / best (raw_ms));
  printf ("RSS: %ld MB at start, %ld MB with the document; peak %ld MB after raw, %ld MB after Cohort\n",
          rss_start, rss_doc, peak_raw, peak_cohort);
  printf ("(files in %s)\n", dir);
  return 0;
}
