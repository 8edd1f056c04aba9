/* test-io.c: reading agency files — text encodings and CSV.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <xlsxwriter.h>
#include <zip.h>

#include "cohort-csv-reader.h"
#include "cohort-header-map.h"
#include "cohort-import-plan.h"
#include "cohort-import-row.h"
#include "cohort-io-error.h"
#include "cohort-list-xlsx.h"
#include "cohort-test-io.h"
#include "cohort-text-decode.h"
#include "cohort-docx-reader.h"
#include "cohort-import-table.h"
#include "cohort-xls-reader.h"
#include "cohort-xlsx-reader.h"

static const char *const vietnamese = "Nguyễn Thị Thu Hương, Đà Nẵng; Cộng hòa xã hội chủ nghĩa Việt Nam";

static char *
read_csv (const char *bytes, gsize len, CohortCsvInfo *info, GError **error)
{
  GString *out = g_string_new (NULL);

  if (!cohort_csv_read ((const guint8 *) bytes, len, info, cohort_test_collect_row, out, NULL, error))
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

static void
test_decode_utf8_and_nfd (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *nfd = g_utf8_normalize (vietnamese, -1, G_NORMALIZE_NFD);
  g_autofree char *text = NULL;
  CohortTextEncoding encoding;

  g_assert_cmpuint (strlen (nfd), >, strlen (vietnamese));
  text = cohort_text_decode ((const guint8 *) nfd, strlen (nfd), &encoding, &error);
  g_assert_no_error (error);
  g_assert_cmpint (encoding, ==, COHORT_TEXT_UTF8);
  g_assert_cmpstr (text, ==, vietnamese);
}

static void
test_decode_legacy (void)
{
  static const struct { const char *charset; CohortTextEncoding expected; const char *text; } cases[] = {
    { "CP1258", COHORT_TEXT_WINDOWS_1258, "Nguyễn Thị Thu Hương, Đà Nẵng; Cộng hòa xã hội chủ nghĩa Việt Nam" },
    { "TCVN5712-1", COHORT_TEXT_TCVN3, "Cộng hòa xã hội chủ nghĩa Việt Nam, huyện Bảo Thắng, tỉnh Lào Cai" },
    { "UTF-16LE", COHORT_TEXT_UTF16LE, "Nguyễn Thị Thu Hương, Đà Nẵng; Cộng hòa xã hội chủ nghĩa Việt Nam" },
    { "UTF-16BE", COHORT_TEXT_UTF16BE, "Nguyễn Thị Thu Hương, Đà Nẵng; Cộng hòa xã hội chủ nghĩa Việt Nam" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gsize len = 0;
      g_autofree char *bytes = g_convert (cases[i].text, -1, cases[i].charset, "UTF-8", NULL, &len, &error);
      g_autofree char *with_bom = NULL;
      g_autofree char *text = NULL;
      CohortTextEncoding encoding;

      g_assert_no_error (error);
      if (cases[i].expected == COHORT_TEXT_UTF16LE || cases[i].expected == COHORT_TEXT_UTF16BE)
        {
          with_bom = g_malloc (len + 2);
          with_bom[0] = cases[i].expected == COHORT_TEXT_UTF16LE ? '\xFF' : '\xFE';
          with_bom[1] = cases[i].expected == COHORT_TEXT_UTF16LE ? '\xFE' : '\xFF';
          memcpy (with_bom + 2, bytes, len);
          text = cohort_text_decode ((const guint8 *) with_bom, len + 2, &encoding, &error);
        }
      else
        text = cohort_text_decode ((const guint8 *) bytes, len, &encoding, &error);
      g_assert_no_error (error);
      g_test_message ("%s → %s", cases[i].charset, cohort_text_encoding_name (encoding));
      g_assert_cmpint (encoding, ==, cases[i].expected);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* VNI bytes written by hand, as VNI-Times files hold them. */
static void
test_decode_vni (void)
{
  /* Hex escapes end where a literal ends: "\xf9" "c" is ù then c. */
  static const char vni[] = "Nguye\xe3n Th\xf2 Thu H\xf6\xf4ng, Pha\xefm Va\xean \xd1\xf6\xf9" "c; "
                            "Co\xe4ng ho\xf8" "a xa\xf5 ho\xe4i chu\xfb ngh\xf3" "a Vie\xe4t Nam, "
                            "\xd1" "a\xf9 Na\xfcng, Qua\xfbng Tr\xf2";
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  CohortTextEncoding encoding;

  text = cohort_text_decode ((const guint8 *) vni, strlen (vni), &encoding, &error);
  g_assert_no_error (error);
  g_assert_cmpint (encoding, ==, COHORT_TEXT_VNI);
  g_assert_cmpstr (text, ==, "Nguyễn Thị Thu Hương, Phạm Văn Đức; Cộng hòa xã hội chủ nghĩa Việt Nam, "
                             "Đá Nẵng, Quảng Trị");
}

/* A file with CR line ends (as "CSV (Macintosh)" writes) has no '\n': it
 * was normalised as one line, in time that grows with its square (these
 * 1.8 MB: 24 s; now 0.1 s). Decomposed marks must still join their letters
 * wherever the text is cut. */
static void
test_decode_cr_line_ends (void)
{
  g_autoptr(GString) nfd = g_string_new ("x");
  g_autoptr(GString) nfc = g_string_new ("x");
  g_autoptr(GError) error = NULL;
  g_autofree char *line = g_utf8_normalize ("Nguyễn Thị Thu Hương,Đà Nẵng\r", -1, G_NORMALIZE_NFD);
  g_autofree char *text = NULL;
  CohortTextEncoding encoding;
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < 40000; i++)
    {
      g_string_append (nfd, line);
      g_string_append (nfc, "Nguyễn Thị Thu Hương,Đà Nẵng\r");
    }
  text = cohort_text_decode ((const guint8 *) nfd->str, nfd->len, &encoding, &error);
  g_assert_no_error (error);
  g_assert_cmpint (encoding, ==, COHORT_TEXT_UTF8);
  g_assert_true (g_str_equal (text, nfc->str));
  g_test_message ("%zu bytes in %.2f s", nfd->len, (g_get_monotonic_time () - start) / 1e6);
}

static void
test_decode_binary_refused (void)
{
  static const guint8 garbage[] = { 'P', 'K', 3, 4, 0, 0, 0x14, 0, 0xFF, 0x88, 'a', ',' };
  g_autoptr(GError) error = NULL;

  g_assert_null (cohort_text_decode (garbage, sizeof garbage, NULL, &error));
  g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_NOT_TEXT);
}

static void
test_csv_quotes_and_line_ends (void)
{
  static const char csv[] =
    "STT,Họ và tên,Ghi chú\r\n"
    "1,\"Nguyễn Văn An\",\"Chủ tịch \"\"UBND\"\" xã, huyện Vĩnh Linh\"\r\n"
    "2,Lê Thị Ánh,\"hai\ndòng\"\n"
    "\n"
    "3,Trần Đức Dũng,";
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = NULL;
  CohortCsvInfo info;

  rows = read_csv (csv, strlen (csv), &info, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rows, ==,
                   "STT|Họ và tên|Ghi chú\n"
                   "1|Nguyễn Văn An|Chủ tịch \"UBND\" xã, huyện Vĩnh Linh\n"
                   "2|Lê Thị Ánh|hai\ndòng\n"
                   "\n"
                   "3|Trần Đức Dũng|\n");
  g_assert_cmpint (info.delimiter, ==, ',');
  g_assert_cmpuint (info.n_rows, ==, 5);
}

static void
test_csv_delimiters_and_bom (void)
{
  static const char semicolons[] = "\xEF\xBB\xBFHọ tên;Ngày sinh;Đơn vị\n"
                                   "Nguyễn Văn An;05/01/1980;UBND xã Vĩnh Thái, huyện Vĩnh Linh\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = NULL;
  g_autofree char *utf16 = NULL;
  g_autofree char *tabs = NULL;
  CohortCsvInfo info;
  gsize len;

  rows = read_csv (semicolons, strlen (semicolons), &info, &error);
  g_assert_no_error (error);
  g_assert_cmpint (info.delimiter, ==, ';');
  g_assert_cmpint (info.encoding, ==, COHORT_TEXT_UTF8_BOM);
  g_assert_cmpstr (rows, ==, "Họ tên|Ngày sinh|Đơn vị\nNguyễn Văn An|05/01/1980|UBND xã Vĩnh Thái, huyện Vĩnh Linh\n");
  g_clear_pointer (&rows, g_free);

  /* What Excel's "Unicode Text" writes: UTF-16LE with a BOM, tab-separated. */
  tabs = g_strdup ("Họ tên\tNăm sinh\nLê Thị Ánh\t1985\n");
  utf16 = g_convert (tabs, -1, "UTF-16", "UTF-8", NULL, &len, &error);
  g_assert_no_error (error);
  rows = read_csv (utf16, len, &info, &error);
  g_assert_no_error (error);
  g_assert_cmpint (info.delimiter, ==, '\t');
  g_assert_cmpint (info.encoding, ==, COHORT_TEXT_UTF16LE);
  g_assert_cmpstr (rows, ==, "Họ tên|Năm sinh\nLê Thị Ánh|1985\n");
}

static void
test_csv_hostile (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) big_cell = g_string_new ("a,");
  g_autoptr(GString) wide = g_string_new (NULL);
  static const char unclosed[] = "a,b\n1,\"never closed\n2,3\n";

  for (guint i = 0; i < 40000; i++)
    g_string_append_c (big_cell, 'x');
  g_assert_null (read_csv (big_cell->str, big_cell->len, NULL, &error));
  g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_TOO_LARGE);
  g_clear_error (&error);

  for (guint i = 0; i < 1200; i++)
    g_string_append (wide, "1,");
  g_assert_null (read_csv (wide->str, wide->len, NULL, &error));
  g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_TOO_LARGE);
  g_clear_error (&error);

  g_assert_null (read_csv (unclosed, strlen (unclosed), NULL, &error));
  g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CORRUPT);
}

/* Header rows -------------------------------------------------------------------- */

static void
test_header_with_titles_and_two_rows (void)
{
  static const char csv[] =
    "TRƯỜNG CHÍNH TRỊ LÊ DUẨN,,,,,,\n"
    "DANH SÁCH HỌC VIÊN LỚP TRUNG CẤP LLCT B43,,,,,,\n"
    ",,,,,,\n"
    "STT,Họ và tên,,Ngày sinh,,Chức vụ,Đơn vị công tác\n"
    ",Họ đệm,Tên,Nam,Nữ,,\n"
    "1,Nguyễn Văn,An,05/01/1980,,Chủ tịch UBND xã,UBND xã Vĩnh Thái\n";
  g_autoptr(GPtrArray) rows = cohort_test_rows_of (csv);
  g_autoptr(CohortHeaderMap) map = cohort_header_map_find (rows);
  g_autofree char *kinds = NULL;

  g_assert_nonnull (map);
  g_assert_cmpuint (map->header_row, ==, 3);
  g_assert_cmpuint (map->first_data_row, ==, 5);
  kinds = cohort_test_kinds_text (map);
  g_assert_cmpstr (kinds, ==, "row-no family-middle given-name birth-male birth-female position unit");
}

static void
test_header_aliases (void)
{
  static const struct { const char *csv; const char *kinds; } cases[] = {
    /* no accents, year of birth, gender, numbered headers */
    { "TT,Ho ten,Nam sinh,Gioi tinh,Don vi (4),So CCCD,Ghi chu\n", "row-no full-name birth-year gender unit "
      "id-number note" },
    /* English */
    { "No.,Full name,Date of birth,Sex,Position,Unit,Phone\n", "row-no full-name birth-date gender position unit "
      "phone" },
    /* Lao */
    { "ລ/ດ,ຊື່ ແລະ ນາມສະກຸນ,ວັນເດືອນປີເກີດ,ເພດ,ຕຳແໜ່ງ,ຫົວໜ່ວຍ\n", "row-no full-name birth-date gender position unit" },
    /* A longer header that starts with a known one is taken, but not surely */
    /* … and a position with a unit in one column */
    { "STT,Họ và tên cán bộ,NGÀY SINH,Chức vụ hiện tại và đơn vị\n", "row-no full-name? birth-date position-unit?" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) rows = cohort_test_rows_of (cases[i].csv);
      g_autoptr(CohortHeaderMap) map = cohort_header_map_find (rows);
      g_autofree char *kinds = NULL;

      g_assert_nonnull (map);
      g_assert_cmpuint (map->header_row, ==, 0);
      kinds = cohort_test_kinds_text (map);
      g_assert_cmpstr (kinds, ==, cases[i].kinds);
    }
}

/* A list's headers name it across files: accents and case aside, and the
 * kinds chosen for its columns written and read back. */
static void
test_header_signature_and_choice (void)
{
  const char *const a[] = { "STT", "Họ và tên", "Nơi sinh hoạt", NULL };
  const char *const b[] = { "stt", "HO VA TEN", "Noi sinh hoat ", NULL };
  const char *const c[] = { "STT", "Họ và tên", "Cơ quan", NULL };
  g_autofree char *sa = cohort_header_map_signature (a);
  g_autofree char *sb = cohort_header_map_signature (b);
  g_autofree char *sc = cohort_header_map_signature (c);
  g_autoptr(GPtrArray) rows = cohort_test_rows_of ("STT,Họ và tên,Nơi sinh hoạt\n1,Lê Văn Tám,UBND xã\n");
  g_autoptr(CohortHeaderMap) map = cohort_header_map_find (rows);
  g_autofree char *text = NULL;

  g_assert_cmpstr (sa, ==, sb);
  g_assert_cmpstr (sa, !=, sc);

  g_assert_nonnull (map);
  text = cohort_header_map_to_string (map);
  g_assert_cmpstr (text, ==, "row-no,full-name,unknown");
  g_assert_false (map->sure[2]);
  g_assert_true (cohort_header_map_apply_string (map, "row-no,full-name,unit"));
  g_assert_cmpint (map->kinds[2], ==, COHORT_COLUMN_UNIT);
  g_assert_true (map->sure[2]);
  /* A choice for another number of columns changes nothing */
  g_assert_false (cohort_header_map_apply_string (map, "row-no,full-name"));
  g_assert_cmpint (map->kinds[2], ==, COHORT_COLUMN_UNIT);
  g_assert_cmpint (cohort_column_kind_from_key ("birth-date"), ==, COHORT_COLUMN_BIRTH_DATE);
  g_assert_cmpint (cohort_column_kind_from_key ("nonsense"), ==, COHORT_COLUMN_UNKNOWN);
}

static void
test_header_not_found (void)
{
  g_autoptr(GPtrArray) rows = cohort_test_rows_of ("Báo cáo tháng 10\nSố liệu,12,13\n1,2,3\n");

  g_assert_null (cohort_header_map_find (rows));
}

/* Values and rows ------------------------------------------------------------------ */

static void
test_cell_dates_and_gender (void)
{
  static const struct { const char *text; const char *iso; } dates[] = {
    { "05/01/1980", "1980-01-05" }, { "5/1/1980", "1980-01-05" }, { "5/1/80", "1980-01-05" },
    { "1/2/03", "2003-02-01" }, { "1980-01-05", "1980-01-05" }, { "1980-01-05 00:00:00", "1980-01-05" },
    { "29225", "1980-01-05" }, { "29225.0", "1980-01-05" }, { "1980", "1980" }, { " 05.01.1980 ", "1980-01-05" },
    { "", NULL },
  };
  static const char *const bad[] = { "31/02/1980", "ngày 5 tháng 1", "13/13/13", "05/01" };
  gboolean ok;

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *problem = NULL;
      g_autofree char *iso = cohort_cell_read_date (dates[i].text, &problem);

      g_assert_cmpstr (iso, ==, dates[i].iso);
      g_assert_null (problem);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *problem = NULL;
      g_autofree char *iso = cohort_cell_read_date (bad[i], &problem);

      g_assert_null (iso);
      g_assert_nonnull (problem);
    }

  g_assert_cmpint (cohort_cell_read_gender ("Nam", &ok), ==, COHORT_GENDER_MALE);
  g_assert_true (ok);
  g_assert_cmpint (cohort_cell_read_gender ("NỮ", &ok), ==, COHORT_GENDER_FEMALE);
  g_assert_cmpint (cohort_cell_read_gender ("F", &ok), ==, COHORT_GENDER_FEMALE);
  g_assert_cmpint (cohort_cell_read_gender ("ຊາຍ", &ok), ==, COHORT_GENDER_MALE);
  g_assert_cmpint (cohort_cell_read_gender ("ຍິງ", &ok), ==, COHORT_GENDER_FEMALE);
  g_assert_cmpint (cohort_cell_read_gender ("", &ok), ==, COHORT_GENDER_UNKNOWN);
  g_assert_true (ok);
  cohort_cell_read_gender ("x", &ok);
  g_assert_false (ok);
}

static void
test_rows_to_people (void)
{
  static const char csv[] =
    "DANH SÁCH HỌC VIÊN LỚP B43,,,,,,\n"
    "STT,Họ và tên,Ngày sinh,,Số CCCD,Chức vụ,Đơn vị công tác\n"
    ",,Nam,Nữ,,,\n"
    "1,Nguyễn  Thị Thu Hương,,12/03/1985,045 185 001 234,Chuyên viên,Ban Tuyên giáo Tỉnh ủy\n"
    "2,Trần Đức Dũng,7/7/79,,04518500123,Chủ tịch UBND xã,UBND xã Vĩnh Thái\n"
    "3,ສົມພອນ ພົມມະຈັນ,31/02/1980,,,,\n"
    ",,,,,,\n"
    ",Người lập biểu,,,,Hiệu trưởng,\n";
  g_autoptr(GPtrArray) rows = cohort_test_rows_of (csv);
  g_autoptr(CohortHeaderMap) map = cohort_header_map_find (rows);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_cell_problem_free);
  g_autoptr(CohortPerson) huong = NULL;
  g_autoptr(CohortPerson) dung = NULL;
  g_autoptr(CohortPerson) lao = NULL;
  CohortCellProblem *problem;

  g_assert_nonnull (map);
  g_assert_cmpuint (map->first_data_row, ==, 3);

  huong = cohort_import_row_read (map, g_ptr_array_index (rows, 3), problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpstr (cohort_person_get_family_name (huong), ==, "Nguyễn");
  g_assert_cmpstr (cohort_person_get_middle_name (huong), ==, "Thị Thu");
  g_assert_cmpstr (cohort_person_get_given_name (huong), ==, "Hương");
  g_assert_cmpstr (cohort_person_get_birth_date (huong), ==, "1985-03-12");
  g_assert_cmpint (cohort_person_get_gender (huong), ==, COHORT_GENDER_FEMALE);
  g_assert_cmpstr (cohort_person_get_field (huong, COHORT_PERSON_ID_NUMBER), ==, "045185001234");
  g_assert_cmpstr (cohort_person_get_unit (huong), ==, "Ban Tuyên giáo Tỉnh ủy");

  /* An 11-digit ID number: the person is read, the cell is marked with why */
  dung = cohort_import_row_read (map, g_ptr_array_index (rows, 4), problems);
  g_assert_cmpstr (cohort_person_get_birth_date (dung), ==, "1979-07-07");
  g_assert_cmpint (cohort_person_get_gender (dung), ==, COHORT_GENDER_MALE);
  g_assert_null (cohort_person_get_field (dung, COHORT_PERSON_ID_NUMBER));
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpuint (problem->column, ==, 4);
  g_ptr_array_set_size (problems, 0);

  /* A Lao name stays whole; the impossible date is marked */
  lao = cohort_import_row_read (map, g_ptr_array_index (rows, 5), problems);
  g_assert_cmpint (cohort_person_get_name_order (lao), ==, COHORT_NAME_ORDER_LAO);
  g_assert_cmpstr (cohort_person_get_field (lao, COHORT_PERSON_LAO_GIVEN_NAME), ==, "ສົມພອນ ພົມມະຈັນ");
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpuint (problem->column, ==, 2);
  g_ptr_array_set_size (problems, 0);

  /* The empty row and the signature line name nobody */
  g_assert_null (cohort_import_row_read (map, g_ptr_array_index (rows, 6), problems));
  g_assert_null (cohort_import_row_read (map, g_ptr_array_index (rows, 7), problems));
}

/* Agency lists -------------------------------------------------------------------------- */

static void
test_closing_lines (void)
{
  static const struct { const char *text; CohortClosingKind kind; guint count; } lines[] = {
    { "Danh sách có 8 đồng chí./.", COHORT_CLOSING_COUNT, 8 },
    { "Tổng cộng: 45 học viên", COHORT_CLOSING_COUNT, 45 },
    { "Ấn định danh sách gồm 12 người", COHORT_CLOSING_COUNT, 12 },
    { "(Danh sách này có 03 người)", COHORT_CLOSING_COUNT, 3 },
    { "Có 45 học viên", COHORT_CLOSING_COUNT, 45 },
    { "Quảng Trị, ngày 05 tháng 01 năm 2026", COHORT_CLOSING_PLACE_DATE, 0 },
    { "Gio Linh, ngày ... tháng ... năm 2026", COHORT_CLOSING_PLACE_DATE, 0 },
    { "Đông Hà, 05/01/2026", COHORT_CLOSING_PLACE_DATE, 0 },
    { "NGƯỜI LẬP BIỂU", COHORT_CLOSING_SIGNER, 0 },
    { "THỦ TRƯỞNG ĐƠN VỊ", COHORT_CLOSING_SIGNER, 0 },
    { "KT. GIÁM ĐỐC", COHORT_CLOSING_SIGNER, 0 },
    { "TM. BAN THƯỜNG VỤ", COHORT_CLOSING_SIGNER, 0 },
    { "(Ký, ghi rõ họ tên)", COHORT_CLOSING_SIGNER, 0 },
    { "(ký tên, đóng dấu)", COHORT_CLOSING_SIGNER, 0 },
    /* people and their cells are not */
    { "Nguyễn Văn Cộng", COHORT_CLOSING_NONE, 0 },
    { "Tổng Thị Ngày", COHORT_CLOSING_NONE, 0 },
    { "05/01/2026", COHORT_CLOSING_NONE, 0 },
    { "Chuyên viên", COHORT_CLOSING_NONE, 0 },
    /* a title alone is a signer's; a person's row has a name beside it (cohort_import_table_classify ()) */
    { "PHÓ CHỦ TỊCH", COHORT_CLOSING_SIGNER, 0 },
    { "UBND xã Gio Mỹ", COHORT_CLOSING_NONE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      guint count = 99;

      g_test_message ("%s", lines[i].text);
      g_assert_cmpint (cohort_closing_kind (lines[i].text, &count), ==, lines[i].kind);
      if (lines[i].kind == COHORT_CLOSING_COUNT)
        g_assert_cmpuint (count, ==, lines[i].count);
    }
}

static void
test_name_case (void)
{
  static const struct { const char *in; gboolean caps; const char *out; } names[] = {
    { "nguyễn", FALSE, "Nguyễn" }, { "thị thu", FALSE, "Thị Thu" }, { "Văn", FALSE, "Văn" },
    { "NGUYễN", TRUE, "NGUYỄN" }, { "h'mông", FALSE, "H'mông" }, { "lê-văn", FALSE, "Lê-Văn" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *fixed = cohort_name_part_fix_case (names[i].in, names[i].caps);

      g_assert_cmpstr (fixed, ==, names[i].out);
    }
}

/* XLSX ------------------------------------------------------------------------------- */

/* A roster as an agency's spreadsheet program writes it: a merged title, a
 * header, dates as formatted numbers, a unit merged down two rows. */
static char *
write_fixture (gboolean constant_memory)
{
  g_autofree char *dir = g_dir_make_tmp ("cohort-xlsx-XXXXXX", NULL);
  char *path = g_build_filename (dir, constant_memory ? "inline.xlsx" : "shared.xlsx", NULL);
  lxw_workbook_options options = { .constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE };
  lxw_workbook *book = workbook_new_opt (path, &options);
  lxw_worksheet *sheet = workbook_add_worksheet (book, "Danh sách");
  lxw_format *date = workbook_add_format (book);
  lxw_datetime born = { 1985, 3, 12, 0, 0, 0 };

  format_set_num_format (date, "dd/mm/yyyy");
  if (!constant_memory)
    worksheet_merge_range (sheet, 0, 0, 0, 4, "DANH SÁCH HỌC VIÊN LỚP B43", NULL);
  else
    worksheet_write_string (sheet, 0, 0, "DANH SÁCH HỌC VIÊN LỚP B43", NULL);
  worksheet_write_string (sheet, 2, 0, "STT", NULL);
  worksheet_write_string (sheet, 2, 1, "Họ và tên", NULL);
  worksheet_write_string (sheet, 2, 2, "Ngày sinh", NULL);
  worksheet_write_string (sheet, 2, 3, "Số CCCD", NULL);
  worksheet_write_string (sheet, 2, 4, "Đơn vị công tác", NULL);
  worksheet_write_number (sheet, 3, 0, 1, NULL);
  worksheet_write_string (sheet, 3, 1, "Nguyễn Thị Thu Hương", NULL);
  worksheet_write_datetime (sheet, 3, 2, &born, date);
  worksheet_write_number (sheet, 3, 3, 45185001234.0, NULL);
  /* Constant memory writes row by row: no merge, each row its own unit. */
  if (constant_memory)
    worksheet_write_string (sheet, 3, 4, "UBND xã Vĩnh Thái", NULL);
  worksheet_write_number (sheet, 4, 0, 2, NULL);
  worksheet_write_string (sheet, 4, 1, "Lê Văn Tám", NULL);
  worksheet_write_number (sheet, 4, 2, 1.5, NULL);
  worksheet_write_boolean (sheet, 4, 3, 1, NULL);
  if (!constant_memory)
    worksheet_merge_range (sheet, 3, 4, 4, 4, "UBND xã Vĩnh Thái", NULL);
  else
    worksheet_write_string (sheet, 4, 4, "UBND xã Vĩnh Thái", NULL);
  g_assert_cmpint (workbook_close (book), ==, LXW_NO_ERROR);
  return path;
}

static void
remove_fixture (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
}

static char *
read_xlsx (const char *path, GError **error)
{
  GString *out = g_string_new (NULL);
  CohortXlsxInfo info = { 0 };

  if (!cohort_xlsx_read (path, NULL, &info, cohort_test_collect_row, out, NULL, error))
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  g_assert_cmpstr (info.sheet, ==, "Danh sách");
  cohort_xlsx_info_clear (&info);
  return g_string_free (out, FALSE);
}

static void
test_xlsx_values (void)
{
  for (int constant_memory = 0; constant_memory < 2; constant_memory++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = write_fixture (constant_memory);
      g_autofree char *rows = read_xlsx (path, &error);

      g_assert_no_error (error);
      /* Shared strings (default) or inline strings (constant memory); the merged
       * title and unit fill their ranges; the date comes out as a date. */
      g_assert_cmpstr (rows, ==, constant_memory
                       ? "DANH SÁCH HỌC VIÊN LỚP B43\n"
                         "\n"
                         "STT|Họ và tên|Ngày sinh|Số CCCD|Đơn vị công tác\n"
                         "1|Nguyễn Thị Thu Hương|1985-03-12|45185001234|UBND xã Vĩnh Thái\n"
                         "2|Lê Văn Tám|1.5|TRUE|UBND xã Vĩnh Thái\n"
                       : "DANH SÁCH HỌC VIÊN LỚP B43|DANH SÁCH HỌC VIÊN LỚP B43|DANH SÁCH HỌC VIÊN LỚP B43|"
                         "DANH SÁCH HỌC VIÊN LỚP B43|DANH SÁCH HỌC VIÊN LỚP B43\n"
                         "\n"
                         "STT|Họ và tên|Ngày sinh|Số CCCD|Đơn vị công tác\n"
                         "1|Nguyễn Thị Thu Hương|1985-03-12|45185001234|UBND xã Vĩnh Thái\n"
                         "2|Lê Văn Tám|1.5|TRUE|UBND xã Vĩnh Thái\n");
      remove_fixture (path);
    }
}

/* A workbook part of "<workbook>" and 300 MB of spaces: a few hundred KB zipped. */
typedef struct
{
  guint64 offset;
  guint64 size;
} Bomb;

static zip_int64_t
bomb_source (void *user_data, void *data, zip_uint64_t len, zip_source_cmd_t cmd)
{
  Bomb *bomb = user_data;

  switch (cmd)
    {
    case ZIP_SOURCE_OPEN:
      bomb->offset = 0;
      return 0;
    case ZIP_SOURCE_READ:
      {
        zip_uint64_t n = MIN (len, bomb->size - bomb->offset);

        memset (data, ' ', n);
        if (bomb->offset == 0 && n >= 10)
          memcpy (data, "<workbook>", 10);
        bomb->offset += n;
        return (zip_int64_t) n;
      }
    case ZIP_SOURCE_CLOSE:
      return 0;
    case ZIP_SOURCE_STAT:
      {
        zip_stat_t *st = data;

        zip_stat_init (st);
        st->valid = ZIP_STAT_SIZE;
        st->size = bomb->size;
        return sizeof *st;
      }
    case ZIP_SOURCE_ERROR:
      return 2 * sizeof (int);
    case ZIP_SOURCE_FREE:
      return 0;
    case ZIP_SOURCE_SUPPORTS:
      return zip_source_make_command_bitmap (ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                             ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
      return -1;
    }
}

static void
test_xlsx_zip_bomb (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cohort-bomb-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bomb.xlsx", NULL);
  Bomb bomb = { 0, (guint64) COHORT_XLSX_MAX_PART_BYTES + 16 * 1024 * 1024 };
  zip_t *zip = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, NULL);
  zip_source_t *source = zip_source_function (zip, bomb_source, &bomb);
  GStatBuf st;

  g_assert_cmpint (zip_file_add (zip, "xl/workbook.xml", source, 0), >=, 0);
  g_assert_cmpint (zip_close (zip), ==, 0);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_test_message ("bomb: %" G_GINT64_FORMAT " bytes unpacking to %" G_GUINT64_FORMAT, (gint64) st.st_size,
                  bomb.size);
  g_assert_cmpint (st.st_size, <, 2 * 1024 * 1024);

  g_assert_false (cohort_xlsx_read (path, NULL, NULL, cohort_test_collect_row, NULL, NULL, &error));
  g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_TOO_LARGE);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_xlsx_hostile (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = write_fixture (FALSE);
  g_autofree char *contents = NULL;
  gsize len;
  zip_t *zip;
  zip_source_t *source;
  static const char dtd[] = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">]>"
                            "<workbook><sheets><sheet name=\"&lol;\"/></sheets></workbook>";

  /* Cut short */
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (path, contents, len / 2, NULL));
  g_assert_false (cohort_xlsx_read (path, NULL, NULL, cohort_test_collect_row, NULL, NULL, &error));
  g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CORRUPT);
  g_clear_error (&error);

  /* Not a zip at all */
  g_assert_true (g_file_set_contents (path, "Họ tên,Ngày sinh\n", -1, NULL));
  g_assert_false (cohort_xlsx_read (path, NULL, NULL, cohort_test_collect_row, NULL, NULL, &error));
  g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CORRUPT);
  g_clear_error (&error);

  /* A workbook with a DTD and an entity */
  g_unlink (path);
  zip = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, NULL);
  g_assert_nonnull (zip);
  source = zip_source_buffer (zip, dtd, strlen (dtd), 0);
  g_assert_cmpint (zip_file_add (zip, "xl/workbook.xml", source, 0), >=, 0);
  g_assert_cmpint (zip_close (zip), ==, 0);
  g_assert_false (cohort_xlsx_read (path, NULL, NULL, cohort_test_collect_row, NULL, NULL, &error));
  g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CORRUPT);
  g_clear_error (&error);

  /* A sheet that is not there */
  remove_fixture (path);
  g_free (path);
  path = write_fixture (FALSE);
  g_assert_false (cohort_xlsx_read (path, "Sheet9", NULL, cohort_test_collect_row, NULL, NULL, &error));
  g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_FAILED);
  remove_fixture (path);
}

/* XLS ---------------------------------------------------------------------------------- */

static void
test_xls_values (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cohort-xls-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "old.xls", NULL);
  g_autofree char *script = g_build_filename (g_getenv ("G_TEST_SRCDIR") ?: ".", "make-xls.py", NULL);
  const char *argv[] = { g_getenv ("COHORT_PYTHON3") ?: "python3", script, path, NULL };
  g_autoptr(GString) out = g_string_new (NULL);
  CohortXlsxInfo info = { 0 };
  int status = -1;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status,
                               &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);

  g_assert_true (cohort_xls_read (path, NULL, &info, cohort_test_collect_row, out, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (info.sheet, ==, "Danh sách");
  cohort_xlsx_info_clear (&info);
  g_assert_cmpstr (out->str, ==,
                   "DANH SÁCH HỌC VIÊN LỚP B43\n"
                   "\n"
                   "STT|Họ và tên|Ngày sinh|Năm vào Đảng|Đơn vị công tác\n"
                   "1|Nguyễn Thị Thu Hương|1985-03-12|2010|Ban Tuyên giáo Tỉnh ủy Quảng Trị\n"
                   "2|Lê Văn Tám|2.5\n");

  /* Garbage with an .xls name */
  g_assert_true (g_file_set_contents (path, "not an excel file at all", -1, NULL));
  g_assert_false (cohort_xls_read (path, NULL, NULL, cohort_test_collect_row, NULL, NULL, &error));
  g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CORRUPT);
  g_unlink (path);
  g_rmdir (dir);
}

/* Official lists (.xlsx) ----------------------------------------------------------------- */

/* A bilingual list: two heading rows, a one-line heading spanning both. */
static CohortListDocument *
make_list (guint n_rows, guint note_chars)
{
  CohortListDocument *doc = cohort_list_document_new (COHORT_LIST_KIND_LAO, 3);
  g_autofree char *note = g_strnfill (note_chars, 'x');

  cohort_list_document_set_column (doc, 0, "STT", "ລ/ດ", 5, COHORT_LIST_ALIGN_CENTER, COHORT_LIST_SCRIPT_VIETNAMESE);
  cohort_list_document_set_column (doc, 1, "Họ và tên (chữ Lào)", "ຊື່ ແລະ ນາມສະກຸນ", 30, COHORT_LIST_ALIGN_LEFT,
                                   COHORT_LIST_SCRIPT_LAO);
  cohort_list_document_set_column (doc, 2, "Ghi chú", NULL, 40, COHORT_LIST_ALIGN_LEFT, COHORT_LIST_SCRIPT_VIETNAMESE);
  doc->columns[0].numeric = TRUE;
  doc->parent_agency = g_strdup ("TỈNH ỦY QUẢNG TRỊ");
  doc->agency = g_strdup ("TRƯỜNG CHÍNH TRỊ LÊ DUẨN");
  doc->motto[0] = g_strdup ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  doc->motto[1] = g_strdup ("Độc lập - Tự do - Hạnh phúc");
  doc->place_date = g_strdup ("Quảng Trị, ngày 05 tháng 01 năm 2026");
  cohort_list_document_add_title (doc, "ລາຍຊື່ນັກສຶກສາ", COHORT_LIST_SCRIPT_LAO);
  cohort_list_document_add_title (doc, "DANH SÁCH HỌC VIÊN", COHORT_LIST_SCRIPT_VIETNAMESE);
  doc->signers[0].title = g_strdup ("");
  doc->signers[0].name = g_strdup ("");
  doc->signers[1].title = g_strdup ("KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG");
  doc->signers[1].name = g_strdup ("Lê Văn Hùng");
  for (guint i = 0; i < n_rows; i++)
    {
      GStrv cells = g_new0 (char *, 4);

      /* A cell of the numeric column that is not a number stays text. */
      cells[0] = i == 1 ? g_strdup ("—") : g_strdup_printf ("%u", i + 1);
      cells[1] = g_strdup (i % 2 ? "ຄຳພອນ ພົມມະຈັນ" : "ສົມພອນ ແກ້ວມະນີ");
      cells[2] = g_strdup (note_chars ? note : "");
      cohort_list_document_add_row (doc, cells);
    }
  return doc;
}

static char *
read_sheet_xml (const char *path)
{
  int err = 0;
  zip_t *zip = zip_open (path, ZIP_RDONLY, &err);
  zip_stat_t st;
  zip_file_t *file;
  char *data;

  g_assert_nonnull (zip);
  g_assert_cmpint (zip_stat (zip, "xl/worksheets/sheet1.xml", 0, &st), ==, 0);
  data = g_malloc0 (st.size + 1);
  file = zip_fopen (zip, "xl/worksheets/sheet1.xml", 0);
  g_assert_cmpint (zip_fread (file, data, st.size), ==, (zip_int64_t) st.size);
  zip_fclose (file);
  zip_discard (zip);
  return data;
}

static void
test_list_xlsx_layout (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cohort-list-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "danh sách.xlsx", NULL);
  g_autoptr(CohortListDocument) doc = make_list (3, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = NULL;
  g_autofree char *xml = NULL;
  g_auto(GStrv) lines = NULL;

  /* Under vi_VN the decimal separator is a comma: the writer must not use it. */
  {
    g_autofree char *numeric = g_strdup (setlocale (LC_NUMERIC, NULL));

    if (setlocale (LC_NUMERIC, "vi_VN.UTF-8") == NULL)
      g_test_message ("vi_VN.UTF-8 is not installed: written in the C locale only");
    g_assert_true (cohort_list_document_write_xlsx (doc, path, &error));
    g_assert_no_error (error);
    setlocale (LC_NUMERIC, numeric);
  }

  /* Read back with Cohort's own reader, which fills merged ranges. */
  rows = read_xlsx (path, &error);
  g_assert_no_error (error);
  lines = g_strsplit (rows, "\n", -1);
  /* Three narrow columns: the agency lines in A, the motto over B:C. */
  g_assert_cmpstr (lines[0], ==, "TỈNH ỦY QUẢNG TRỊ|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  g_assert_cmpstr (lines[1], ==, "TRƯỜNG CHÍNH TRỊ LÊ DUẨN|Độc lập - Tự do - Hạnh phúc|Độc lập - Tự do - Hạnh phúc");
  g_assert_cmpstr (lines[3], ==, "ລາຍຊື່ນັກສຶກສາ|ລາຍຊື່ນັກສຶກສາ|ລາຍຊື່ນັກສຶກສາ");
  g_assert_cmpstr (lines[4], ==, "DANH SÁCH HỌC VIÊN|DANH SÁCH HỌC VIÊN|DANH SÁCH HỌC VIÊN");
  g_assert_cmpstr (lines[6], ==, "ລ/ດ|ຊື່ ແລະ ນາມສະກຸນ|Ghi chú");
  g_assert_cmpstr (lines[7], ==, "STT|Họ và tên (chữ Lào)|Ghi chú");
  /* (The reader drops empty cells at the end of a row.) */
  g_assert_cmpstr (lines[8], ==, "1|ສົມພອນ ແກ້ວມະນີ");
  g_assert_cmpstr (lines[9], ==, "—|ຄຳພອນ ພົມມະຈັນ");
  g_assert_cmpstr (lines[10], ==, "3|ສົມພອນ ແກ້ວມະນີ");
  g_assert_cmpstr (lines[12], ==, "|Quảng Trị, ngày 05 tháng 01 năm 2026|Quảng Trị, ngày 05 tháng 01 năm 2026");
  g_assert_cmpstr (lines[13], ==, "|KT. HIỆU TRƯỞNG|KT. HIỆU TRƯỞNG");
  g_assert_cmpstr (lines[14], ==, "|PHÓ HIỆU TRƯỞNG|PHÓ HIỆU TRƯỞNG");

  /* The one-line heading spans both heading rows; both repeat on every page;
   * the page number is off page 1; numbers are numbers. */
  xml = read_sheet_xml (path);
  g_assert_nonnull (strstr (xml, "<mergeCell ref=\"C7:C8\"/>"));
  g_assert_nonnull (strstr (xml, "<headerFooter differentFirst=\"1\"><oddHeader>"));
  g_assert_nonnull (strstr (xml, "<c r=\"A9\" s=\""));
  g_assert_nonnull (strstr (xml, "<v>1</v>"));
  g_assert_null (strstr (xml, ",5\""));
  g_assert_nonnull (strstr (xml, "<pageMargins left=\"1.18"));

  /* Nothing but the list in the folder. */
  g_unlink (path);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A list whose sheet is past the size Cohort rewrites keeps the page number
 * on page 1 and is still complete. */
static void
test_list_xlsx_long (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cohort-list-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "long.xlsx", NULL);
  g_autoptr(CohortListDocument) doc = make_list (20000, 400);
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;

  g_assert_true (cohort_list_document_write_xlsx (doc, path, &error));
  g_assert_no_error (error);
  xml = read_sheet_xml (path);
  g_assert_cmpuint (strlen (xml), >, 8 * 1024 * 1024);
  g_assert_nonnull (strstr (xml, "<headerFooter><oddHeader>"));
  g_assert_nonnull (strstr (xml, "<c r=\"A20008\""));
  g_unlink (path);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_list_xlsx_cannot_write (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cohort-list-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "x.xlsx", NULL);
  g_autofree char *existing = g_build_filename (dir, "kept.xlsx", NULL);
  g_autoptr(CohortListDocument) doc = make_list (2, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;

  g_assert_false (cohort_list_document_write_xlsx (doc, missing, &error));
  g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CANNOT_WRITE);
  g_clear_error (&error);
  g_assert_false (cohort_list_document_write_xlsx (doc, dir, &error));
  g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CANNOT_WRITE);
  g_clear_error (&error);

  /* A file of the same name is replaced whole. */
  g_assert_true (g_file_set_contents (existing, "old", -1, NULL));
  g_assert_true (cohort_list_document_write_xlsx (doc, existing, &error));
  g_assert_true (g_file_get_contents (existing, &kept, NULL, NULL));
  g_assert_true (g_str_has_prefix (kept, "PK"));
  g_unlink (existing);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* libfreexl crashes on some damaged files: its helper process dies, and
 * the reader says the file is damaged, its caller still running. */
static void
test_xls_helper_crash (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cohort-xls-XXXXXX", NULL);
  g_autofree char *helper = g_build_filename (dir, "crashing-helper", NULL);
  g_autofree char *path = g_build_filename (dir, "danh-sach.xls", NULL);
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_true (g_file_set_contents (helper, "#!/bin/sh\nprintf R\nkill -SEGV $$\n", -1, NULL));
  g_assert_cmpint (g_chmod (helper, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, NULL));
  g_setenv ("COHORT_XLS_ROWS", helper, TRUE);
  g_assert_false (cohort_xls_read (path, NULL, NULL, cohort_test_collect_row, out, NULL, &error));
  g_unsetenv ("COHORT_XLS_ROWS");
  g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "danh-sach.xls"));
  g_assert_cmpstr (out->str, ==, "");
  g_unlink (helper);
  g_unlink (path);
  g_rmdir (dir);
}

/* Inputs found by fuzzing (tests/fuzz) -------------------------------------------------- */

/* A package of the given parts: name, content, …, NULL. */
static char *
write_package (const char *const *parts)
{
  g_autofree char *dir = g_dir_make_tmp ("cohort-fuzzed-XXXXXX", NULL);
  char *path = g_build_filename (dir, "fuzzed.xlsx", NULL);
  zip_t *zip = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, NULL);

  g_assert_nonnull (zip);
  for (guint i = 0; parts[i] != NULL; i += 2)
    {
      zip_source_t *source = zip_source_buffer (zip, parts[i + 1], strlen (parts[i + 1]), 0);

      g_assert_cmpint (zip_file_add (zip, parts[i], source, 0), >=, 0);
    }
  g_assert_cmpint (zip_close (zip), ==, 0);
  return path;
}

#define FUZZED_WORKBOOK \
  "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" \
  "<sheets><sheet name=\"DS\" r:id=\"rId1\"/></sheets></workbook>"
#define FUZZED_RELS \
  "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"

/* An empty file maps to no address: the decoder looked for a NUL there. */
static void
test_fuzzed_empty_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cohort-fuzzed-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "empty.csv", NULL);
  g_autofree char *text = NULL;
  g_autoptr(CohortImportPlan) plan = NULL;
  CohortTextEncoding encoding = COHORT_TEXT_VNI;

  text = cohort_text_decode (NULL, 0, &encoding, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "");
  g_assert_cmpint (encoding, ==, COHORT_TEXT_UTF8);

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  plan = cohort_import_plan_read (path, NULL, NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_FAILED);
  g_unlink (path);
  g_rmdir (dir);
}

/* Numbers beyond gint64 (or not numbers at all) were converted to gint64. */
static void
test_fuzzed_huge_numbers (void)
{
  static const char *const parts[] = {
    "xl/workbook.xml", FUZZED_WORKBOOK,
    "xl/_rels/workbook.xml.rels", FUZZED_RELS,
    "xl/worksheets/sheet1.xml",
    "<worksheet><sheetData><row><c><v>1e300</v></c><c><v>-1e300</v></c><c><v>1e15</v></c>"
    "<c><v>123456789012345</v></c><c><v>-0</v></c><c><v>2.5</v></c></row></sheetData></worksheet>",
    NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *path = write_package (parts);
  struct { double d; const char *text; } numbers[] = {
    { 1e300, "1e+300" }, { -1e300, "-1e+300" }, { 1e15, "1e+15" }, { 123456789012345.0, "123456789012345" },
    { INFINITY, "inf" }, { -INFINITY, "-inf" }, { NAN, "nan" }, { 2.5, "2.5" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *text = cohort_cell_number_text (numbers[i].d);

      g_assert_cmpstr (text, ==, numbers[i].text);
    }

  g_assert_true (cohort_xlsx_read (path, NULL, NULL, cohort_test_collect_row, out, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (out->str, ==, "1e+300|-1e+300|1e+15|123456789012345|0|2.5\n");
  remove_fixture (path);
}

/* Ranges merged over each other, which no spreadsheet program writes: 2,000
 * copies of A1:ALL10000 would fill 20 billion cells. */
static void
test_fuzzed_overlapping_merges (void)
{
  g_autoptr(GString) sheet = g_string_new ("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                                           "<is><t>x</t></is></c></row><row r=\"10000\"/></sheetData><mergeCells>");
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  const char *parts[] = {
    "xl/workbook.xml", FUZZED_WORKBOOK,
    "xl/_rels/workbook.xml.rels", FUZZED_RELS,
    "xl/worksheets/sheet1.xml", NULL,
    NULL
  };

  for (guint i = 0; i < 2000; i++)
    g_string_append (sheet, "<mergeCell ref=\"A1:ALL10000\"/>");
  g_string_append (sheet, "</mergeCells></worksheet>");
  parts[5] = sheet->str;
  path = write_package (parts);

  g_assert_false (cohort_xlsx_read (path, NULL, NULL, cohort_test_collect_row, out, NULL, &error));
  g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_TOO_LARGE);
  remove_fixture (path);
}

/* Shared strings were not held to the length of a cell at all, inline
 * strings to four times it in bytes. */
static void
test_fuzzed_long_cells (void)
{
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *strings = NULL;
      g_autofree char *sheet = NULL;
      g_autofree char *path = NULL;
      gboolean shared = i != 1;
      guint length = i == 2 ? COHORT_CSV_MAX_CELL_CHARS : COHORT_CSV_MAX_CELL_CHARS + 1;
      const char *parts[] = {
        "xl/workbook.xml", FUZZED_WORKBOOK,
        "xl/_rels/workbook.xml.rels", FUZZED_RELS,
        "xl/worksheets/sheet1.xml", NULL,
        "xl/sharedStrings.xml", NULL,
        NULL
      };

      for (guint c = 0; c < length; c++)
        g_string_append (text, c % 2 ? "ạ" : "a");
      strings = g_strdup_printf ("<sst><si><t>%s</t></si></sst>", text->str);
      sheet = g_strdup_printf ("<worksheet><sheetData><row>%s</row></sheetData></worksheet>",
                               shared ? "<c t=\"s\"><v>0</v></c>" : "");
      if (!shared)
        {
          g_free (sheet);
          sheet = g_strdup_printf ("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>%s</t></is></c></row>"
                                   "</sheetData></worksheet>", text->str);
        }
      parts[5] = sheet;
      parts[7] = strings;
      path = write_package (parts);

      if (length > COHORT_CSV_MAX_CELL_CHARS)
        {
          g_assert_false (cohort_xlsx_read (path, NULL, NULL, cohort_test_collect_row, out, NULL, &error));
          g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_TOO_LARGE);
        }
      else
        {
          g_assert_true (cohort_xlsx_read (path, NULL, NULL, cohort_test_collect_row, out, NULL, &error));
          g_assert_no_error (error);
          g_assert_cmpuint (g_utf8_strlen (out->str, -1), ==, length + 1);
        }
      remove_fixture (path);
    }
}

static gboolean
count_cells (guint row, const char *const *cells, guint n_cells, gpointer user_data, GError **error)
{
  *(guint64 *) user_data += n_cells;
  return TRUE;
}

/* A shared string of 30,000 characters referenced 10,000 times: 300 MB of
 * cells from a few KB. Cells past what a part may hold are not handed on. */
static void
test_fuzzed_shared_string_references (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) sheet = g_string_new ("<worksheet><sheetData>");
  g_autoptr(GError) error = NULL;
  g_autofree char *strings = NULL;
  g_autofree char *path = NULL;
  guint64 n_cells = 0;
  const char *parts[] = {
    "xl/workbook.xml", FUZZED_WORKBOOK,
    "xl/_rels/workbook.xml.rels", FUZZED_RELS,
    "xl/worksheets/sheet1.xml", NULL,
    "xl/sharedStrings.xml", NULL,
    NULL
  };

  for (guint c = 0; c < 30000; c++)
    g_string_append_c (text, 'a' + c % 26);
  strings = g_strdup_printf ("<sst><si><t>%s</t></si></sst>", text->str);
  for (guint r = 0; r < 10; r++)
    {
      g_string_append (sheet, "<row>");
      for (guint c = 0; c < 1000; c++)
        g_string_append (sheet, "<c t=\"s\"><v>0</v></c>");
      g_string_append (sheet, "</row>");
    }
  g_string_append (sheet, "</sheetData></worksheet>");
  parts[5] = sheet->str;
  parts[7] = strings;
  path = write_package (parts);

  g_assert_false (cohort_xlsx_read (path, NULL, NULL, count_cells, &n_cells, NULL, &error));
  g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_TOO_LARGE);
  g_assert_cmpuint (n_cells * 30001, <=, COHORT_XLSX_MAX_PART_BYTES);
  remove_fixture (path);
}

/* A sheet without a relationship id before the one read: its name leaked
 * (valgrind --leak-check=full shows it). */
static void
test_fuzzed_sheet_without_id (void)
{
  static const char *const parts[] = {
    "xl/workbook.xml",
    "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
    "<sheet name=\"Bìa\"/><sheet name=\"DS\" r:id=\"rId1\"/></sheets></workbook>",
    "xl/_rels/workbook.xml.rels", FUZZED_RELS,
    "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row><c t=\"str\"><v>Họ tên</v></c></row></sheetData></worksheet>",
    NULL
  };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = write_package (parts);
  CohortXlsxInfo info = { 0 };

  g_assert_true (cohort_xlsx_read (path, NULL, &info, cohort_test_collect_row, out, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (info.sheet, ==, "DS");
  g_assert_cmpstr (out->str, ==, "Họ tên\n");
  cohort_xlsx_info_clear (&info);
  remove_fixture (path);
}

static gboolean
check_utf8_cells (guint row, const char *const *cells, guint n_cells, gpointer user_data, GError **error)
{
  for (guint i = 0; i < n_cells; i++)
    if (!g_utf8_validate (cells[i], -1, NULL))
      g_error ("row %u, cell %u is not UTF-8", row, i);
  return TRUE;
}

/* A Word table: merged cells spread (gridSpan) and carried down (vMerge), the
 * paragraphs around it as rows of one cell, runs joined. */
static void
test_docx_table (void)
{
  const char *parts[] = {
    "word/document.xml",
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
    "<w:p><w:r><w:t>DANH SÁCH</w:t></w:r></w:p><w:p/>"
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>STT</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>Họ và </w:t></w:r><w:r><w:t>tên</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>Đơn vị</w:t></w:r></w:p></w:tc></w:tr>"
    "<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Lê</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>Thị A</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>Xã X</w:t></w:r></w:p></w:tc></w:tr>"
    "<w:tr><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Hồ</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>Văn B</w:t></w:r></w:p><w:p><w:r><w:t>(dự bị)</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>"
    "<w:p><w:r><w:t>Người lập</w:t><w:tab/><w:t>biểu</w:t></w:r></w:p></w:body></w:document>",
    NULL
  };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = write_package (parts);
  guint n_rows = 0;

  g_assert_true (cohort_docx_read (path, &n_rows, cohort_test_collect_row, out, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (out->str, ==, "DANH SÁCH\n\nSTT|Họ và tên|Họ và tên|Đơn vị\n1|Lê|Thị A|Xã X\n"
                                 "2|Hồ|Văn B (dự bị)|Xã X\nNgười lập biểu\n");
  g_assert_cmpuint (n_rows, ==, 6);
  remove_fixture (path);

  /* A DTD is refused, as in an .xlsx */
  parts[1] = "<!DOCTYPE w [<!ENTITY a \"aaaa\">]><w:document><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p>"
             "</w:body></w:document>";
  {
    g_autofree char *hostile = write_package (parts);

    g_assert_false (cohort_docx_read (hostile, NULL, cohort_test_collect_row, out, NULL, &error));
    g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CORRUPT);
    remove_fixture (hostile);
  }
}

/* The parts of a package as fuzz-xlsx takes them ("@@ NAME" lines, each
 * followed by the part, NUL bytes and all), written as a package. */
static char *
write_package_from_parts_text (const char *text,
                               gsize       len)
{
  g_autofree char *dir = g_dir_make_tmp ("cohort-fuzzed-XXXXXX", NULL);
  char *path = g_build_filename (dir, "fuzzed.xlsx", NULL);
  zip_t *zip = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, NULL);
  const char *end = text + len, *p = text;

  g_assert_nonnull (zip);
  while (end - p > 3 && memcmp (p, "@@ ", 3) == 0)
    {
      const char *name = p + 3, *name_end = memchr (name, '\n', end - name), *content, *stop;
      g_autofree char *part_name = NULL;
      zip_source_t *source;

      g_assert_nonnull (name_end);
      content = name_end + 1;
      for (stop = content; stop < end; stop++)
        if (*stop == '\n' && end - stop > 3 && memcmp (stop + 1, "@@ ", 3) == 0)
          break;
      part_name = g_strndup (name, name_end - name);
      source = zip_source_buffer (zip, content, stop - content, 0);
      g_assert_cmpint (zip_file_add (zip, part_name, source, ZIP_FL_OVERWRITE), >=, 0);
      p = stop < end ? stop + 1 : end;
    }
  g_assert_cmpint (zip_close (zip), ==, 0);
  return path;
}

/* Bytes that are not UTF-8 inside a part (fuzz-xlsx, tests/fuzz/regressions/
 * xlsx-not-utf8): libxml2 handed on the text of a row around them before it
 * stopped at the error, and the reader passed that text on, bytes as they
 * were. Nothing that is not UTF-8 leaves the reader now: such a file is
 * refused with a message that says so. */
static void
test_fuzzed_not_utf8 (void)
{
  const char *parts[] = {
    "xl/workbook.xml", FUZZED_WORKBOOK,
    "xl/_rels/workbook.xml.rels", FUZZED_RELS,
    "xl/worksheets/sheet1.xml", NULL,
    NULL
  };
  const char *const sheets[] = {
    "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nguy\xe9n</t></is></c></row>"
    "</sheetData></worksheet>",
    "<worksheet><sheetData><row r=\"1\"><c r=\"A1\xe9\" t=\"str\"><v>a</v></c></row></sheetData></worksheet>",
    "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>H&#7885; t&#234\xff\xe1</t></is></c>"
    "</row></sheetData></worksheet>",
  };
  g_autofree char *find = g_build_filename (g_getenv ("G_TEST_SRCDIR") ?: ".", "fuzz", "regressions",
                                            "xlsx-not-utf8", NULL);
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (find, &text, &len, NULL));
  path = write_package_from_parts_text (text, len);
  g_assert_false (cohort_xlsx_read (path, NULL, NULL, check_utf8_cells, NULL, NULL, &error));
  g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_ENCODING);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  remove_fixture (path);

  for (guint s = 0; s < G_N_ELEMENTS (sheets); s++)
    {
      g_autoptr(GError) sheet_error = NULL;
      g_autofree char *sheet_path = NULL;

      parts[5] = sheets[s];
      sheet_path = write_package (parts);
      g_assert_false (cohort_xlsx_read (sheet_path, NULL, NULL, check_utf8_cells, NULL, NULL, &sheet_error));
      g_assert_nonnull (sheet_error);
      g_assert_true (sheet_error->domain == COHORT_IO_ERROR &&
                     (sheet_error->code == COHORT_IO_ERROR_ENCODING || sheet_error->code == COHORT_IO_ERROR_CORRUPT));
      g_assert_true (g_utf8_validate (sheet_error->message, -1, NULL));
      remove_fixture (sheet_path);
    }
}

/* An .xls (found by fuzz-xls, one byte from a file xlwt wrote: a record
 * size) from which libfreexl reads a sheet of 436,207,616 rows: the reader
 * walked through every one. */
static void
test_fuzzed_xls_rows (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_SRCDIR") ?: ".", "fuzz", "regressions",
                                            "xls-many-rows.xls", NULL);

  g_assert_false (cohort_xls_read (path, NULL, NULL, cohort_test_collect_row, NULL, NULL, &error));
  g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CORRUPT);
}

/* An .xls whose directory gives an entry a name longer than an entry made
 * libfreexl read past its buffer (run under valgrind or ASan to see it). */
static void
test_fuzzed_xls_directory (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cohort-xls-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "old.xls", NULL);
  g_autofree char *script = g_build_filename (g_getenv ("G_TEST_SRCDIR") ?: ".", "make-xls.py", NULL);
  const char *argv[] = { g_getenv ("COHORT_PYTHON3") ?: "python3", script, path, NULL };
  g_autofree char *contents = NULL;
  gsize len, where;
  int status = -1;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status,
                               &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));

  /* The first directory sector: (its number + 1) × 512; the second entry's name length. */
  g_assert_cmpint ((guchar) contents[0x1E], ==, 9);
  where = ((gsize) GUINT32_FROM_LE (*(guint32 *) (contents + 0x30)) + 1) * 512;
  g_assert_cmpuint (where + 512, <=, len);
  contents[where + 128 + 64] = '\xFF';
  contents[where + 128 + 65] = '\xFF';
  g_assert_true (g_file_set_contents (path, contents, len, NULL));

  g_assert_false (cohort_xls_read (path, NULL, NULL, cohort_test_collect_row, NULL, NULL, &error));
  g_assert_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CORRUPT);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/decode/utf8-nfd", test_decode_utf8_and_nfd);
  g_test_add_func ("/io/decode/legacy", test_decode_legacy);
  g_test_add_func ("/io/decode/vni", test_decode_vni);
  g_test_add_func ("/io/decode/cr-line-ends", test_decode_cr_line_ends);
  g_test_add_func ("/io/decode/binary", test_decode_binary_refused);
  g_test_add_func ("/io/csv/quotes-line-ends", test_csv_quotes_and_line_ends);
  g_test_add_func ("/io/csv/delimiters-bom", test_csv_delimiters_and_bom);
  g_test_add_func ("/io/csv/hostile", test_csv_hostile);
  g_test_add_func ("/io/header/titles-two-rows", test_header_with_titles_and_two_rows);
  g_test_add_func ("/io/header/aliases", test_header_aliases);
  g_test_add_func ("/io/header/not-found", test_header_not_found);
  g_test_add_func ("/io/header/signature-choice", test_header_signature_and_choice);
  g_test_add_func ("/io/values/dates-gender", test_cell_dates_and_gender);
  g_test_add_func ("/io/rows/people", test_rows_to_people);
  g_test_add_func ("/io/rows/closing-lines", test_closing_lines);
  g_test_add_func ("/io/rows/name-case", test_name_case);
  g_test_add_func ("/io/docx/table", test_docx_table);
  g_test_add_func ("/io/xlsx/values", test_xlsx_values);
  g_test_add_func ("/io/xlsx/hostile", test_xlsx_hostile);
  g_test_add_func ("/io/xlsx/zip-bomb", test_xlsx_zip_bomb);
  g_test_add_func ("/io/xls/values", test_xls_values);
  g_test_add_func ("/io/xls/helper-crash", test_xls_helper_crash);
  g_test_add_func ("/io/list/xlsx-layout", test_list_xlsx_layout);
  g_test_add_func ("/io/list/xlsx-long", test_list_xlsx_long);
  g_test_add_func ("/io/list/xlsx-cannot-write", test_list_xlsx_cannot_write);
  g_test_add_func ("/io/fuzzed/empty-file", test_fuzzed_empty_file);
  g_test_add_func ("/io/fuzzed/huge-numbers", test_fuzzed_huge_numbers);
  g_test_add_func ("/io/fuzzed/overlapping-merges", test_fuzzed_overlapping_merges);
  g_test_add_func ("/io/fuzzed/long-cells", test_fuzzed_long_cells);
  g_test_add_func ("/io/fuzzed/shared-string-references", test_fuzzed_shared_string_references);
  g_test_add_func ("/io/fuzzed/sheet-without-id", test_fuzzed_sheet_without_id);
  g_test_add_func ("/io/fuzzed/not-utf8", test_fuzzed_not_utf8);
  g_test_add_func ("/io/fuzzed/xls-rows", test_fuzzed_xls_rows);
  g_test_add_func ("/io/fuzzed/xls-directory", test_fuzzed_xls_directory);

  return g_test_run ();
}
