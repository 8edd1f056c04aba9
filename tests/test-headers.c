/* test-headers.c: headers of agency lists over one to three rows, what each
 * sub-column holds in its group, rows that repeat the header, a position
 * and a unit in one cell, the marks of a gender column, the gender a row's
 * columns give, and text typed with a legacy font in a spreadsheet.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "cohort-csv-reader.h"
#include "cohort-header-map.h"
#include "cohort-import-row.h"
#include "cohort-import-table.h"
#include "cohort-test-io.h"
#include "cohort-text-decode.h"

/* Headers written as offices write them; a group once over empty cells, as
 * a CSV or an .xls (no merges) has it, or in every cell, as the .xlsx reader
 * fills merged ones. */
static void
test_grouped_headers (void)
{
  static const struct
  {
    const char *csv;
    guint       header_row, n_header_rows, first_data_row;
    const char *kinds;
    const char *label;    /* of the column @label_column */
    guint       label_column;
  } cases[] = {
    /* Gender as marks, names in two, party dates and levels under their groups, column numbers */
    { "DANH SÁCH\n\n"
      "STT,Họ và tên,,Giới tính,,Ngày sinh,Đảng viên,,Trình độ,,,,,Chức vụ\n"
      ",Họ và tên đệm,Tên,Nam,Nữ,,Ngày vào Đảng,Ngày chính thức,Văn hóa,Chuyên môn,LLCT,QLNN,Ngoại ngữ,\n"
      "(1),(2),(3),(4),(5),(6),(7),(8),(9),(10),(11),(12),(13),(14)\n"
      "1,Lê Văn,An,x,,05/01/1980,,,12/12,,,,,Chủ tịch\n",
      2, 2, 5,
      "row-no family-middle given-name gender-mark-male gender-mark-female birth-date party-join-date "
      "party-official-date education professional llct qlnn unknown position", "Giới tính › Nữ", 4 },
    /* The same merged, as the .xlsx reader gives it */
    { "STT,Họ và tên,Họ và tên,Giới tính,Giới tính,Ngày sinh\n"
      "STT,\"Họ, chữ lót\",Tên,Nam,Nữ,Ngày sinh\n"
      "1,Lê Văn,An,,x,1980\n",
      0, 2, 2, "row-no family-middle given-name gender-mark-male gender-mark-female birth-date",
      "Họ và tên › Họ, chữ lót", 1 },
    /* Three rows: the day, month and year of birth; a hometown in parts; party dates under "Ngày vào Đảng" */
    { "STT,Họ và tên,Ngày sinh,,,Quê quán,,,Đảng viên,,Ghi chú\n"
      ",,,,,,,,Ngày vào Đảng,,\n"
      ",,Ngày,Tháng,Năm,Xã,Huyện,Tỉnh,Dự bị,Chính thức,\n"
      "1,Lê Văn An,5,1,1980,Gio Mỹ,Gio Linh,Quảng Trị,,,\n",
      0, 3, 3, "row-no full-name birth-day birth-month birth-year hometown? hometown? hometown? party-join-date "
      "party-official-date note", "Đảng viên › Ngày vào Đảng › Chính thức", 9 },
    /* The classic: the date of birth in the column of the person's gender; a position with its unit */
    { "TT,Họ và tên,\"Ngày, tháng, năm sinh\",,Dân tộc,\"Chức vụ, đơn vị công tác\",Ghi chú\n"
      ",,Nam,Nữ,,,\n"
      "1,Lê Văn An,05/01/1980,,Kinh,Chủ tịch UBND xã,\n",
      0, 2, 2, "row-no full-name birth-male birth-female ethnicity position-unit note",
      "Ngày, tháng, năm sinh › Nam", 2 },
    /* "Nam" | "Nữ" alone: dates in the rows below make them dates of birth */
    { "Họ và tên,Nam,Nữ,Giới tính\nLê Văn An,05/01/1980,,Nam\nLê Thị Ba,,1985,Nữ\n",
      0, 1, 1, "full-name birth-male? birth-female? gender", "Nam", 1 },
    /* … marks make them gender marks */
    { "Họ và tên,Nam,Nữ\nLê Văn An,x,\nLê Thị Ba,,x\n", 0, 1, 1, "full-name gender-mark-male? gender-mark-female?",
      "Nữ", 2 },
    /* A group heading alone in the row above the header's, as a CSV has it */
    { ",,Ngày sinh,,\nSTT,Họ và tên,Nam,Nữ,Dân tộc\n1,Lê Văn An,05/01/1980,,Kinh\n",
      0, 2, 2, "row-no full-name birth-male birth-female ethnicity", "Ngày sinh › Nữ", 3 },
    /* A group heading above the header's row that names no column is a title, not a header row */
    { "THÔNG TIN CÁ NHÂN,,,QUÁ TRÌNH CÔNG TÁC\nSTT,Họ và tên,Ngày sinh,Đơn vị công tác\n1,Lê Văn An,1980,UBND\n",
      1, 1, 2, "row-no full-name birth-date unit", "Đơn vị công tác", 3 },
    /* "Nơi làm việc" is the work unit; the unit before the position, in one column */
    { "STT,Họ và tên,Ngày sinh,Nơi làm việc,\"Đơn vị, chức vụ\"\n1,Lê Văn An,1980,UBND xã,\"UBND xã, Chủ tịch\"\n",
      0, 1, 1, "row-no full-name birth-date unit position-unit", "Đơn vị, chức vụ", 4 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) rows = cohort_test_rows_of (cases[i].csv);
      g_autoptr(CohortHeaderMap) map = cohort_header_map_find (rows);
      g_autofree char *kinds = NULL;

      g_assert_nonnull (map);
      g_assert_cmpuint (map->header_row, ==, cases[i].header_row);
      g_assert_cmpuint (map->n_header_rows, ==, cases[i].n_header_rows);
      g_assert_cmpuint (map->first_data_row, ==, cases[i].first_data_row);
      kinds = cohort_test_kinds_text (map);
      g_assert_cmpstr (kinds, ==, cases[i].kinds);
      g_assert_cmpstr (map->labels[cases[i].label_column], ==, cases[i].label);
    }
}

/* Rows under the header that repeat it, wholly or in part, on a later page;
 * names that are headings; and real people, one of them named Nam. */
static void
test_header_again (void)
{
  static const char csv[] =
    "STT,Họ và tên,,Giới tính,\n"
    ",Họ và tên đệm,Tên,Nam,Nữ\n";
  static const struct { const char *cells[6]; gboolean header; } rows[] = {
    { { "STT", "Họ và tên", "", "Giới tính", "", NULL }, TRUE },
    { { "", "Họ và tên đệm", "Tên", "Nam", "Nữ", NULL }, TRUE },
    { { "STT", "HỌ VÀ TÊN ĐỆM", "TÊN", "", "", NULL }, TRUE },
    { { "", "(2)", "(3)", "", "", NULL }, TRUE },
    { { "1", "Trần Văn", "Nam", "x", "", NULL }, FALSE },
    { { "", "Trần Văn", "Nam", "x", "", NULL }, FALSE },
    { { "", "Hồ", "Nam", "x", "", NULL }, FALSE },
    { { "", "", "", "x", "", NULL }, FALSE },
  };
  g_autoptr(GPtrArray) header = cohort_test_rows_of (csv);
  g_autoptr(CohortHeaderMap) map = cohort_header_map_find (header);

  g_assert_nonnull (map);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_assert_cmpint (cohort_import_table_is_header (map, rows[i].cells), ==, rows[i].header);
}

/* Column numbers again on a later page, and the number of a page, are not people. */
static void
test_page_rows (void)
{
  g_autoptr(GPtrArray) rows = cohort_test_rows_of ("STT,Họ và tên,Ngày sinh,Đơn vị\n1,Lê Văn An,1980,UBND xã\n");
  g_autoptr(CohortHeaderMap) map = cohort_header_map_find (rows);
  CohortImportTable table = { 0 };
  const char *const person[] = { "1", "Lê Văn An", "1980", "UBND xã", NULL };
  const char *const numbers[] = { "(1)", "(2)", "(3)", "(4)", NULL };
  const char *const page[] = { "", "", "Trang 1/3", "", NULL };
  const char *const next[] = { "2", "Hồ Thị Ba", "1985", "UBND xã", NULL };

  g_assert_cmpint (cohort_import_table_classify (&table, map, person), ==, COHORT_TABLE_PERSON);
  g_assert_cmpint (cohort_import_table_classify (&table, map, page), ==, COHORT_TABLE_HEADING);
  g_assert_cmpint (cohort_import_table_classify (&table, map, numbers), ==, COHORT_TABLE_HEADING);
  g_assert_cmpint (cohort_import_table_classify (&table, map, next), ==, COHORT_TABLE_PERSON);
  g_assert_cmpuint (table.n_people, ==, 2);
}

/* The rule for a position and a unit in one cell: nothing is lost. */
static void
test_position_unit (void)
{
  static const struct { const char *text, *position, *unit; } cases[] = {
    { "Phó Chủ tịch UBND xã Hải Ba", "Phó Chủ tịch", "UBND xã Hải Ba" },
    { "Chủ tịch Hội LHPN xã Hướng Phùng", "Chủ tịch", "Hội LHPN xã Hướng Phùng" },
    { "Chuyên viên Văn phòng Huyện ủy", "Chuyên viên", "Văn phòng Huyện ủy" },
    { "Chuyên viên\nVăn phòng Huyện ủy Gio Linh", "Chuyên viên", "Văn phòng Huyện ủy Gio Linh" },
    { "Kế toán, Trường THCS Cam Thành", "Kế toán", "Trường THCS Cam Thành" },
    { "Hiệu trưởng Trường Tiểu học Gio An", "Hiệu trưởng", "Trường Tiểu học Gio An" },
    { "Trưởng Công an xã Cam Thành", "Trưởng", "Công an xã Cam Thành" },
    { "Công chức Tư pháp - Hộ tịch - UBND xã Gio Hải", "Công chức Tư pháp - Hộ tịch", "UBND xã Gio Hải" },
    { "Phó Chủ tịch Thường trực HĐND huyện", "Phó Chủ tịch Thường trực", "HĐND huyện" },
    { "Giáo viên; Trường Mầm non Hoa Sen", "Giáo viên", "Trường Mầm non Hoa Sen" },
    { "Xã đội trưởng", "Xã đội trưởng", NULL },
    { "Công chức Tư pháp - Hộ tịch", "Công chức Tư pháp - Hộ tịch", NULL },
    { "Trưởng thôn Tân Lập", "Trưởng thôn Tân Lập", NULL },
    /* The unit first, as in a column "Đơn vị, chức vụ" */
    { "UBND xã Cam Thành, Chủ tịch", "Chủ tịch", "UBND xã Cam Thành" },
    { "Trường THCS Cam Thành; Phó Hiệu trưởng", "Phó Hiệu trưởng", "Trường THCS Cam Thành" },
    { "Văn phòng Huyện ủy\nChuyên viên", "Chuyên viên", "Văn phòng Huyện ủy" },
    { "UBND xã\nVĩnh Thủy\nPhó Chủ tịch", "Phó Chủ tịch", "UBND xã Vĩnh Thủy" },
    { "Phó Chủ tịch\nUBND xã\nVĩnh Thủy", "Phó Chủ tịch", "UBND xã Vĩnh Thủy" },
    { "Phòng Nội vụ, Trưởng phòng", "Trưởng phòng", "Phòng Nội vụ" },
    { "Trưởng phòng, Phòng Nội vụ", "Trưởng phòng", "Phòng Nội vụ" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *position = NULL, *unit = NULL;
      gboolean split = cohort_cell_split_position_unit (cases[i].text, &position, &unit);

      g_assert_cmpstr (position, ==, cases[i].position);
      g_assert_cmpstr (unit, ==, cases[i].unit);
      g_assert_cmpint (split, ==, cases[i].unit != NULL);
    }
}

static void
test_marks (void)
{
  static const char *const set[] = { "x", "X", " x ", "✓", "√", "1", "ü" };
  static const char *const none[] = { "", " ", "0", "-" };
  static const char *const other[] = { "05/01/1980", "Nam", "xx", "?" };

  for (guint i = 0; i < G_N_ELEMENTS (set); i++)
    g_assert_cmpint (cohort_cell_read_mark (set[i]), ==, COHORT_MARK_SET);
  for (guint i = 0; i < G_N_ELEMENTS (none); i++)
    g_assert_cmpint (cohort_cell_read_mark (none[i]), ==, COHORT_MARK_NONE);
  for (guint i = 0; i < G_N_ELEMENTS (other); i++)
    g_assert_cmpint (cohort_cell_read_mark (other[i]), ==, COHORT_MARK_OTHER);
  g_assert_true (cohort_cell_is_column_number ("(12)"));
  g_assert_true (cohort_cell_is_column_number ("A"));
  g_assert_false (cohort_cell_is_column_number ("STT"));
  g_assert_false (cohort_cell_is_column_number ("Nam"));
}

/* The gender of a row from its columns: marks, dates in a man's or woman's
 * column and words must agree; a row that says both is a problem. */
static void
test_gender_agreement (void)
{
  static const char csv[] =
    "Họ và tên,Giới tính,Ngày sinh,\n"
    ",,Nam,Nữ\n";
  static const struct { const char *cells[5]; CohortGender gender; gboolean rejected; const char *birth; } rows[] = {
    { { "Lê Văn An", "Nam", "05/01/1980", "", NULL }, COHORT_GENDER_MALE, FALSE, "1980-01-05" },
    { { "Lê Thị Ba", "", "", "1985", NULL }, COHORT_GENDER_FEMALE, FALSE, "1985" },
    { { "Lê Thị Cúc", "Nữ", "1985", "", NULL }, COHORT_GENDER_UNKNOWN, TRUE, NULL },
    { { "Lê Văn Dũng", "", "1980", "1980", NULL }, COHORT_GENDER_UNKNOWN, TRUE, NULL },
    { { "Lê Văn Em", "", "x", "", NULL }, COHORT_GENDER_MALE, FALSE, NULL },
    { { "Lê Văn Giang", "", "Nữ", "", NULL }, COHORT_GENDER_UNKNOWN, TRUE, NULL },
  };
  g_autoptr(GPtrArray) header = cohort_test_rows_of (csv);
  g_autoptr(CohortHeaderMap) map = cohort_header_map_find (header);

  g_assert_nonnull (map);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_cell_problem_free);
      g_autoptr(CohortPerson) person = NULL;
      gboolean named, rejected = FALSE;

      person = cohort_import_row_read_full (map, rows[i].cells, problems, &named);
      g_assert_nonnull (person);
      for (guint p = 0; p < problems->len; p++)
        rejected = rejected || !((CohortCellProblem *) g_ptr_array_index (problems, p))->warning;
      g_assert_cmpint (rejected, ==, rows[i].rejected);
      if (!rejected)
        {
          g_assert_cmpint (cohort_person_get_gender (person), ==, rows[i].gender);
          g_assert_cmpstr (cohort_person_get_field (person, COHORT_PERSON_BIRTH_DATE), ==, rows[i].birth);
        }
    }
}

/* A unit in its own column and again with the position: written once; the
 * cell's lines kept for the split. */
static void
test_position_unit_rows (void)
{
  static const struct { const char *cells[4]; const char *position; const char *unit; } rows[] = {
    { { "Lê Văn An", "UBND xã Vĩnh Thủy", "Phó Chủ tịch UBND xã Vĩnh Thủy", NULL },
      "Phó Chủ tịch", "UBND xã Vĩnh Thủy" },
    { { "Trần Thị Mai", "Trường THCS Vĩnh Hà", "Trường THCS  Vĩnh Hà\n\nGiáo viên ", NULL },
      "Giáo viên", "Trường THCS Vĩnh Hà" },
    { { "Hồ Văn Ba", "xã Vĩnh Ô", "Chủ tịch UBND xã Vĩnh Ô", NULL }, "Chủ tịch", "UBND xã Vĩnh Ô" },
    { { "Lê Văn Cường", "Phòng Nội vụ", "Chuyên viên\nVăn phòng Huyện ủy", NULL },
      "Chuyên viên", "Phòng Nội vụ, Văn phòng Huyện ủy" },
  };
  g_autoptr(GPtrArray) header = cohort_test_rows_of ("Họ và tên,Đơn vị công tác,\"Đơn vị, chức vụ\"\n");
  g_autoptr(CohortHeaderMap) map = cohort_header_map_find (header);

  g_assert_nonnull (map);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cohort_cell_problem_free);
      g_autoptr(CohortPerson) person = NULL;
      gboolean named;

      person = cohort_import_row_read_full (map, rows[i].cells, problems, &named);
      g_assert_nonnull (person);
      g_assert_cmpuint (problems->len, ==, 0);
      g_assert_cmpstr (cohort_person_get_field (person, COHORT_PERSON_POSITION), ==, rows[i].position);
      g_assert_cmpstr (cohort_person_get_field (person, COHORT_PERSON_UNIT), ==, rows[i].unit);
    }
}

/* Cells typed with the .VnTime (TCVN3) font, as an .xls holds them. */
static void
test_legacy_font_cells (void)
{
  CohortTextEncoding encoding = COHORT_TEXT_UTF8;
  g_autofree char *name = NULL;

  g_assert_true (cohort_text_guess_legacy_font ("STT Hä vµ tªn Ngµy sinh NguyÔn V¨n H¶i Hå ThÞ Lan", &encoding));
  g_assert_cmpint (encoding, ==, COHORT_TEXT_TCVN3);
  name = cohort_text_decode_legacy_font ("NguyÔn V¨n H¶i", encoding);
  g_assert_cmpstr (name, ==, "Nguyễn Văn Hải");
  /* Unicode text, and text with a few accented letters of Latin-1, are left alone */
  g_assert_false (cohort_text_guess_legacy_font ("STT Họ và tên Nguyễn Văn Hải", &encoding));
  g_assert_false (cohort_text_guess_legacy_font ("Bình Hà Tĩnh", &encoding));
  g_assert_false (cohort_text_guess_legacy_font ("STT Ho va ten", &encoding));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/headers/grouped", test_grouped_headers);
  g_test_add_func ("/headers/again", test_header_again);
  g_test_add_func ("/headers/page-rows", test_page_rows);
  g_test_add_func ("/headers/position-unit", test_position_unit);
  g_test_add_func ("/headers/marks", test_marks);
  g_test_add_func ("/headers/gender-agreement", test_gender_agreement);
  g_test_add_func ("/headers/position-unit-rows", test_position_unit_rows);
  g_test_add_func ("/headers/legacy-font", test_legacy_font_cells);

  return g_test_run ();
}
