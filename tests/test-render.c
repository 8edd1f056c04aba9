/* test-render.c: official lists laid out on pages and written as PDF —
 * pagination, the heading row on every page, Vietnamese and Lao text in the
 * file, the page size, and writing that never leaves half a file.
 *
 * The PDFs are kept in render/ in the build tree, to look at.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "cohort-io-error.h"
#include "cohort-list-pdf.h"
#include "cohort-list-render.h"

static const char *const family_names[] = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi" };
static const char *const middle_names[] = { "Văn", "Thị", "Đức", "Thị Thu", "Hữu", "Ngọc" };
static const char *const given_names[] = { "An", "Ánh", "Dũng", "Đức", "Hương", "Hùng", "Lan", "Mai", "Quỳnh",
                                           "Sơn", "Thảo", "Tuấn", "Yến" };
static const char *const positions[] = { "Phó Chủ tịch UBND xã", "Bí thư Đoàn xã", "Chuyên viên",
                                         "Phó Trưởng phòng Nội vụ", "Chủ tịch Hội Nông dân xã" };
static const char *const units[] = {
  "UBND xã Quảng Phú",
  "Huyện ủy Quảng Ninh",
  "Phòng Tài nguyên và Môi trường huyện Lệ Thủy, tỉnh Quảng Trị (trước đây tỉnh Quảng Bình)",
  "Đảng ủy xã Hải Ninh",
};

static char *
output_path (const char *name)
{
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ?: ".", "render", NULL);

  g_mkdir_with_parents (dir, 0755);
  return g_build_filename (dir, name, NULL);
}

static void
add_heading_block (CohortListDocument *doc)
{
  doc->parent_agency = g_strdup ("TỈNH ỦY QUẢNG TRỊ");
  doc->agency = g_strdup ("TRƯỜNG CHÍNH TRỊ LÊ DUẨN");
  doc->motto[0] = g_strdup ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  doc->motto[1] = g_strdup ("Độc lập - Tự do - Hạnh phúc");
  doc->place_date = g_strdup ("Quảng Trị, ngày 05 tháng 01 năm 2026");
  doc->signers[0].title = g_strdup ("NGƯỜI LẬP DANH SÁCH");
  doc->signers[0].name = g_strdup ("Trần Thị Hoa");
  doc->signers[1].title = g_strdup ("KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG");
  doc->signers[1].name = g_strdup ("Nguyễn Văn Quyết");
}

static char *
roster_name (guint i)
{
  return g_strdup_printf ("%s %s %s", family_names[i % G_N_ELEMENTS (family_names)],
                          middle_names[i % G_N_ELEMENTS (middle_names)], given_names[i % G_N_ELEMENTS (given_names)]);
}

/* A roster of @n_rows people; with @uniform, every row is one line high. */
static CohortListDocument *
make_roster (guint    n_rows,
             gboolean uniform)
{
  CohortListDocument *doc = cohort_list_document_new (COHORT_LIST_KIND_ROSTER, 9);
  guint col = 0;

  add_heading_block (doc);
  cohort_list_document_add_title (doc, "DANH SÁCH HỌC VIÊN", COHORT_LIST_SCRIPT_VIETNAMESE);
  cohort_list_document_add_title (doc, "Lớp Trung cấp lý luận chính trị B43, khóa 2026 – 2026",
                                  COHORT_LIST_SCRIPT_VIETNAMESE);
  cohort_list_document_set_column (doc, col++, "STT", NULL, 5, COHORT_LIST_ALIGN_CENTER,
                                   COHORT_LIST_SCRIPT_VIETNAMESE);
  cohort_list_document_set_column (doc, col++, "Họ và tên", NULL, 24, COHORT_LIST_ALIGN_LEFT,
                                   COHORT_LIST_SCRIPT_VIETNAMESE);
  cohort_list_document_set_column (doc, col++, "Ngày sinh", NULL, 11, COHORT_LIST_ALIGN_CENTER,
                                   COHORT_LIST_SCRIPT_VIETNAMESE);
  cohort_list_document_set_column (doc, col++, "Nam/Nữ", NULL, 7, COHORT_LIST_ALIGN_CENTER,
                                   COHORT_LIST_SCRIPT_VIETNAMESE);
  cohort_list_document_set_column (doc, col++, "Dân tộc", NULL, 8, COHORT_LIST_ALIGN_CENTER,
                                   COHORT_LIST_SCRIPT_VIETNAMESE);
  cohort_list_document_set_column (doc, col++, "Chức vụ", NULL, 24, COHORT_LIST_ALIGN_LEFT,
                                   COHORT_LIST_SCRIPT_VIETNAMESE);
  cohort_list_document_set_column (doc, col++, "Đơn vị công tác", NULL, 34, COHORT_LIST_ALIGN_LEFT,
                                   COHORT_LIST_SCRIPT_VIETNAMESE);
  cohort_list_document_set_column (doc, col++, "Ngày vào Đảng", NULL, 11, COHORT_LIST_ALIGN_CENTER,
                                   COHORT_LIST_SCRIPT_VIETNAMESE);
  cohort_list_document_set_column (doc, col++, "Ghi chú", NULL, 10, COHORT_LIST_ALIGN_LEFT,
                                   COHORT_LIST_SCRIPT_VIETNAMESE);

  for (guint i = 0; i < n_rows; i++)
    {
      GStrv cells = g_new0 (char *, 10);

      cells[0] = g_strdup_printf ("%u", i + 1);
      cells[1] = roster_name (i);
      cells[2] = g_strdup_printf ("%02u/%02u/%u", 1 + i % 28, 1 + i % 12, 1975 + i % 20);
      cells[3] = g_strdup (i % 3 == 1 ? "Nữ" : "Nam");
      cells[4] = g_strdup (i % 7 == 3 ? "Vân Kiều" : "Kinh");
      cells[5] = g_strdup (uniform ? "Chuyên viên" : positions[i % G_N_ELEMENTS (positions)]);
      cells[6] = g_strdup (uniform ? "UBND xã Quảng Phú" : units[i % G_N_ELEMENTS (units)]);
      cells[7] = g_strdup_printf ("%02u/%02u/%u", 1 + (i * 7) % 28, 1 + (i * 5) % 12, 2000 + i % 20);
      cells[8] = g_strdup ("");
      cohort_list_document_add_row (doc, cells);
    }
  return doc;
}

static const char *const lao_people[][5] = {
  /* Lao script, Vietnamese transcription, province (Lao), position (Lao), birth date */
  { "ທ້າວ ສົມພອນ ແກ້ວມະນີ", "Xổm Phon Kẹo Ma Ni", "ສະຫວັນນະເຂດ", "ຮອງຫົວໜ້າພະແນກ", "12/03/1982" },
  { "ນາງ ດວງເດືອນ ພົມມະຈັນ", "Đuông Đươn Phôm Ma Chăn", "ສາລະວັນ", "ຫົວໜ້າຫ້ອງການ", "05/11/1986" },
  { "ທ້າວ ຈັນທະລາ ເຂື່ອນຄຳ", "Chăn Tha La Khừa Khăm", "ຜົ້ງສາລີ", "ເລຂາພັກບ້ານ", "21/07/1979" },
  { "ທ້າວ ບຸນມີ ສີສຸວັນ", "Bun Mi Xi Xu Văn", "ຫຼວງນ້ຳທາ", "ນາຍບ້ານ", "30/01/1984" },
  { "ນາງ ສີວິໄລ ອິນທະວົງ", "Xi Vi Lay In Tha Vông", "ຈຳປາສັກ", "ຮອງເຈົ້າເມືອງ", "14/09/1981" },
  { "ທ້າວ ຄຳຜຸຍ ວົງສາ", "Khăm Phui Vông Xa", "ບໍ່ແກ້ວ", "ຫົວໜ້າຂະແໜງການ", "02/02/1977" },
};

static CohortListDocument *
make_lao_list (void)
{
  CohortListDocument *doc = cohort_list_document_new (COHORT_LIST_KIND_LAO, 7);
  guint col = 0;

  add_heading_block (doc);
  cohort_list_document_add_title (doc, "ລາຍຊື່ນັກສຶກສາ ຫຼັກສູດສູນກາງທິດສະດີການເມືອງ-ການປົກຄອງ",
                                  COHORT_LIST_SCRIPT_LAO);
  cohort_list_document_add_title (doc, "DANH SÁCH HỌC VIÊN LỚP TRUNG CẤP LÝ LUẬN CHÍNH TRỊ - HÀNH CHÍNH",
                                  COHORT_LIST_SCRIPT_VIETNAMESE);
  cohort_list_document_add_title (doc, "ແຂວງ ສະຫວັນນະເຂດ ແລະ ສາລະວັນ, ຮຸ່ນທີ XIII", COHORT_LIST_SCRIPT_LAO);
  cohort_list_document_add_title (doc, "Tỉnh Savannakhet và Salavan, khóa XIII", COHORT_LIST_SCRIPT_VIETNAMESE);
  cohort_list_document_set_column (doc, col++, "STT", "ລ/ດ", 5, COHORT_LIST_ALIGN_CENTER,
                                   COHORT_LIST_SCRIPT_VIETNAMESE);
  cohort_list_document_set_column (doc, col++, "Họ và tên (chữ Lào)", "ຊື່ ແລະ ນາມສະກຸນ", 28,
                                   COHORT_LIST_ALIGN_LEFT, COHORT_LIST_SCRIPT_LAO);
  cohort_list_document_set_column (doc, col++, "Họ và tên (phiên âm)", "ຊື່ພາສາຫວຽດ", 26,
                                   COHORT_LIST_ALIGN_LEFT, COHORT_LIST_SCRIPT_VIETNAMESE);
  cohort_list_document_set_column (doc, col++, "Ngày sinh", "ວັນເດືອນປີເກີດ", 12, COHORT_LIST_ALIGN_CENTER,
                                   COHORT_LIST_SCRIPT_VIETNAMESE);
  cohort_list_document_set_column (doc, col++, "Tỉnh", "ແຂວງ", 16, COHORT_LIST_ALIGN_LEFT,
                                   COHORT_LIST_SCRIPT_LAO);
  cohort_list_document_set_column (doc, col++, "Chức vụ", "ຕຳແໜ່ງ", 22, COHORT_LIST_ALIGN_LEFT,
                                   COHORT_LIST_SCRIPT_LAO);
  cohort_list_document_set_column (doc, col++, "Ghi chú", "ໝາຍເຫດ", 10, COHORT_LIST_ALIGN_LEFT,
                                   COHORT_LIST_SCRIPT_VIETNAMESE);

  for (guint i = 0; i < G_N_ELEMENTS (lao_people); i++)
    {
      GStrv cells = g_new0 (char *, 8);

      cells[0] = g_strdup_printf ("%u", i + 1);
      cells[1] = g_strdup (lao_people[i][0]);
      cells[2] = g_strdup (lao_people[i][1]);
      cells[3] = g_strdup (lao_people[i][4]);
      cells[4] = g_strdup (lao_people[i][2]);
      cells[5] = g_strdup (lao_people[i][3]);
      cells[6] = g_strdup (i == 2 ? "Vắng 3 ngày (ພັກ 3 ວັນ)" : "");
      cohort_list_document_add_row (doc, cells);
    }
  return doc;
}

/* Every row once, in order, on pages that are never empty; the signatures
 * on the last page only. */
static void
assert_pages_sane (CohortListRender   *render,
                   CohortListDocument *doc)
{
  guint n_pages = cohort_list_render_get_n_pages (render);
  guint next = 0;

  g_assert_cmpuint (n_pages, >=, 1);
  for (guint p = 0; p < n_pages; p++)
    {
      guint first, n;

      cohort_list_render_get_page_rows (render, p, &first, &n);
      g_assert_cmpuint (first, ==, next);
      g_assert_true (n > 0 || cohort_list_render_page_has_signatures (render, p) || doc->rows->len == 0);
      g_assert_cmpint (cohort_list_render_page_has_signatures (render, p), ==, p == n_pages - 1);
      next += n;
    }
  g_assert_cmpuint (next, ==, doc->rows->len);
}

static void
test_paginate_roster (void)
{
  g_autoptr(CohortListDocument) doc = make_roster (60, FALSE);
  g_autoptr(CohortListRender) render = cohort_list_render_new (doc, COHORT_LIST_PAGE_WIDTH,
                                                               COHORT_LIST_PAGE_HEIGHT, NULL);
  guint n_pages = cohort_list_render_get_n_pages (render);

  assert_pages_sane (render, doc);
  /* 60 rows, a third of them on three lines. */
  g_assert_cmpuint (n_pages, >=, 3);
  g_assert_cmpuint (n_pages, <=, 8);

  /* Three rows: one page, signatures included. */
  {
    g_autoptr(CohortListDocument) small = make_roster (3, TRUE);
    g_autoptr(CohortListRender) small_render = cohort_list_render_new (small, COHORT_LIST_PAGE_WIDTH,
                                                                       COHORT_LIST_PAGE_HEIGHT, NULL);

    g_assert_cmpuint (cohort_list_render_get_n_pages (small_render), ==, 1);
    assert_pages_sane (small_render, small);
  }

  /* No rows: the heading row and the signatures on one page. */
  {
    g_autoptr(CohortListDocument) empty = make_roster (0, TRUE);
    g_autoptr(CohortListRender) empty_render = cohort_list_render_new (empty, COHORT_LIST_PAGE_WIDTH,
                                                                       COHORT_LIST_PAGE_HEIGHT, NULL);

    g_assert_cmpuint (cohort_list_render_get_n_pages (empty_render), ==, 1);
    assert_pages_sane (empty_render, empty);
  }
}

/* With rows of one height, every full page holds as many rows as the next
 * full one, no page is added before one is needed, and when the signatures
 * do not fit under the last row, that row goes over with them. */
static void
test_paginate_growing (void)
{
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  guint capacity = 0;
  guint first_page = 0;
  gboolean carried = FALSE;

  /* Rows per page, for 1 to 64 rows. */
  for (guint n_rows = 1; n_rows <= 64; n_rows++)
    {
      g_autoptr(CohortListDocument) doc = make_roster (n_rows, TRUE);
      g_autoptr(CohortListRender) render = cohort_list_render_new (doc, COHORT_LIST_PAGE_WIDTH,
                                                                   COHORT_LIST_PAGE_HEIGHT, NULL);
      GArray *pages = g_array_new (FALSE, FALSE, sizeof (guint));

      assert_pages_sane (render, doc);
      for (guint p = 0; p < cohort_list_render_get_n_pages (render); p++)
        {
          guint n;

          cohort_list_render_get_page_rows (render, p, NULL, &n);
          g_array_append_val (pages, n);
          if (p == 0)
            first_page = MAX (first_page, n);
          else
            capacity = MAX (capacity, n);
        }
      g_ptr_array_add (layouts, pages);
    }

  /* Page 1 carries the heading block and the titles: fewer rows. */
  g_assert_cmpuint (capacity, >, 10);
  g_assert_cmpuint (first_page, <, capacity);

  for (guint i = 0; i < layouts->len; i++)
    {
      GArray *pages = g_ptr_array_index (layouts, i);
      guint n_pages = pages->len;
      guint last = g_array_index (pages, guint, n_pages - 1);

      /* One more row adds at most one page. */
      if (i > 0)
        {
          GArray *before = g_ptr_array_index (layouts, i - 1);

          g_assert_cmpuint (n_pages, >=, before->len);
          g_assert_cmpuint (n_pages, <=, before->len + 1);
        }
      for (guint p = 0; p + 1 < n_pages; p++)
        {
          guint n = g_array_index (pages, guint, p);
          guint full = p == 0 ? first_page : capacity;
          /* Full; or the signatures did not fit under its rows, and its
           * last row went over with them. */
          gboolean gave = p + 2 == n_pages && last == 1 && n > 0 && n < full;

          g_assert_true (n == full || gave);
          carried |= gave;
        }
    }
  g_assert_true (carried);
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdfinfo == NULL || pdftotext == NULL)
    {
      g_test_skip ("poppler-utils (pdfinfo, pdftotext) are not installed");
      return FALSE;
    }
  return TRUE;
}

static char *
run (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s\n%s", argv[0], error->message, err);
  return out;
}

static char *
page_text (const char *pdf,
           guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *const argv[] = { "pdftotext", "-enc", "UTF-8", "-f", number, "-l", number, pdf, "-", NULL };

  return run (argv);
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  g_autofree char *nfc = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);

  if (strstr (nfc, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, text);
}

/* The value of "Key:   value" in pdfinfo's output. */
static char *
info_value (const char *info,
            const char *key)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], key) && lines[i][strlen (key)] == ':')
      return g_strstrip (g_strdup (lines[i] + strlen (key) + 1));
  g_error ("no %s in:\n%s", key, info);
  return NULL;
}

static char *
without_spaces (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

/* pdftotext puts a Lao tone mark that sits high above its letter on a line
 * of its own: Lao text is compared without spaces and line ends, in the
 * order the PDF draws it (-raw). */
static void
assert_contains_lao (const char *text,
                     const char *needle)
{
  g_autofree char *squeezed = without_spaces (text);
  g_autofree char *squeezed_needle = without_spaces (needle);

  if (strstr (squeezed, squeezed_needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, text);
}

static void
assert_pdf_info (const char *pdf,
                 guint       n_pages)
{
  const char *const argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run (argv);
  g_autofree char *pages = info_value (info, "Pages");
  g_autofree char *size = info_value (info, "Page size");

  g_assert_cmpuint (g_ascii_strtoull (pages, NULL, 10), ==, n_pages);
  /* Landscape A4: wider than high. */
  g_assert_cmpstr (size, ==, "841.89 x 595.28 pts (A4)");
}

static void
test_write_roster_pdf (void)
{
  g_autoptr(CohortListDocument) doc = make_roster (60, FALSE);
  g_autoptr(CohortListRender) render = cohort_list_render_new (doc, COHORT_LIST_PAGE_WIDTH,
                                                               COHORT_LIST_PAGE_HEIGHT, NULL);
  g_autofree char *pdf = output_path ("roster.pdf");
  g_autoptr(GError) error = NULL;
  guint n_pages = cohort_list_render_get_n_pages (render);

  g_assert_true (cohort_list_document_write_pdf (doc, pdf, &error));
  g_assert_no_error (error);
  if (!have_poppler ())
    return;

  assert_pdf_info (pdf, n_pages);
  for (guint p = 0; p < n_pages; p++)
    {
      g_autofree char *text = page_text (pdf, p + 1);
      guint first, n;

      cohort_list_render_get_page_rows (render, p, &first, &n);
      /* The heading row on every page that has rows, and the rows it should have. */
      if (n > 0)
        {
          g_autofree char *first_name = roster_name (first);
          g_autofree char *last_name = roster_name (first + n - 1);

          assert_contains (text, "Họ và tên");
          assert_contains (text, "Đơn vị công tác");
          assert_contains (text, first_name);
          assert_contains (text, last_name);
        }
      if (p == 0)
        {
          assert_contains (text, "TRƯỜNG CHÍNH TRỊ LÊ DUẨN");
          assert_contains (text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
          assert_contains (text, "Độc lập - Tự do - Hạnh phúc");
          assert_contains (text, "DANH SÁCH HỌC VIÊN");
          assert_contains (text, "Nguyễn Văn An");
        }
      else
        {
          g_autofree char *number = g_strdup_printf ("%u\n", p + 1);

          /* The page number comes first, from the top margin. */
          g_assert_true (g_str_has_prefix (text, number));
          g_assert_null (strstr (text, "CỘNG HÒA"));
        }
      if (p == n_pages - 1)
        {
          assert_contains (text, "Quảng Trị, ngày 05 tháng 01 năm 2026");
          assert_contains (text, "PHÓ HIỆU TRƯỞNG");
          assert_contains (text, "Nguyễn Văn Quyết");
        }
    }
  /* A unit too long for its cell is wrapped, not cut. */
  {
    g_autofree char *all = run ((const char *const[]) { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL });

    assert_contains (all, "(trước đây tỉnh Quảng Bình)");
  }
}

static void
test_write_lao_pdf (void)
{
  g_autoptr(CohortListDocument) doc = make_lao_list ();
  g_autoptr(CohortListRender) render = cohort_list_render_new (doc, COHORT_LIST_PAGE_WIDTH,
                                                               COHORT_LIST_PAGE_HEIGHT, NULL);
  g_autofree char *pdf = output_path ("lao-list.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *fonts = NULL;

  assert_pages_sane (render, doc);
  g_assert_true (cohort_list_document_write_pdf (doc, pdf, &error));
  g_assert_no_error (error);
  if (!have_poppler ())
    return;

  assert_pdf_info (pdf, cohort_list_render_get_n_pages (render));
  text = run ((const char *const[]) { "pdftotext", "-raw", "-enc", "UTF-8", pdf, "-", NULL });
  assert_contains_lao (text, "ລາຍຊື່ນັກສຶກສາ ຫຼັກສູດສູນກາງທິດສະດີການເມືອງ-ການປົກຄອງ");
  assert_contains (text, "DANH SÁCH HỌC VIÊN LỚP TRUNG CẤP");
  assert_contains_lao (text, "ຊື່ ແລະ ນາມສະກຸນ");
  for (guint i = 0; i < G_N_ELEMENTS (lao_people); i++)
    {
      assert_contains_lao (text, lao_people[i][0]);
      assert_contains (text, lao_people[i][1]);
      assert_contains_lao (text, lao_people[i][2]);
      assert_contains_lao (text, lao_people[i][3]);
    }
  assert_contains (text, "Xổm Phon Kẹo Ma Ni");
  assert_contains (text, "Nguyễn Văn Quyết");

  /* Lao in a Lao font, never in DejaVu, whose marks collide. */
  fonts = run ((const char *const[]) { "pdffonts", pdf, NULL });
  g_assert_true (strstr (fonts, "Phetsarath") != NULL || strstr (fonts, "NotoSansLao") != NULL);
  g_assert_null (strstr (fonts, "DejaVu"));
}

/* The PDF is binary: g_strstr_len () would stop at its first NUL. */
static gboolean
bytes_contain (const char *bytes,
               gsize       len,
               const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= len; i++)
    if (memcmp (bytes + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* Numbers in the file are written the C way under a decimal-comma locale. */
static void
test_write_under_vietnamese_locale (void)
{
  g_autoptr(CohortListDocument) doc = make_roster (5, TRUE);
  g_autofree char *pdf = output_path ("roster-vi-locale.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;
  gsize len;

  if (setlocale (LC_ALL, "vi_VN.UTF-8") == NULL)
    {
      g_test_skip ("the vi_VN.UTF-8 locale is not installed");
      return;
    }
  g_assert_true (cohort_list_document_write_pdf (doc, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");
  setlocale (LC_ALL, "C.UTF-8");
  g_assert_true (g_file_get_contents (pdf, &bytes, &len, &error));
  g_assert_true (bytes_contain (bytes, len, "/MediaBox [ 0 0 841.89 595.28 ]"));
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

/* An existing file is replaced whole; a failed write leaves nothing behind. */
static void
test_write_atomic (void)
{
  g_autoptr(CohortListDocument) doc = make_roster (2, TRUE);
  g_autofree char *dir = g_dir_make_tmp ("cohort-render-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "list.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "no such folder", "list.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;

  g_assert_true (g_file_set_contents (pdf, "old", -1, NULL));
  g_assert_true (cohort_list_document_write_pdf (doc, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &bytes, NULL, NULL));
  g_assert_true (g_str_has_prefix (bytes, "%PDF-"));
  g_assert_cmpuint (count_files (dir), ==, 1);

  g_assert_false (cohort_list_document_write_pdf (doc, missing, &error));
  g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CANNOT_WRITE);
  g_assert_nonnull (strstr (error->message, "no such folder"));
  g_clear_error (&error);

  /* A folder of that name is not replaced. */
  g_assert_false (cohort_list_document_write_pdf (doc, dir, &error));
  g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CANNOT_WRITE);
  g_assert_cmpuint (count_files (dir), ==, 1);

  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/paginate/roster", test_paginate_roster);
  g_test_add_func ("/render/paginate/growing", test_paginate_growing);
  g_test_add_func ("/render/pdf/roster", test_write_roster_pdf);
  g_test_add_func ("/render/pdf/lao", test_write_lao_pdf);
  g_test_add_func ("/render/pdf/locale", test_write_under_vietnamese_locale);
  g_test_add_func ("/render/pdf/atomic", test_write_atomic);

  return g_test_run ();
}
