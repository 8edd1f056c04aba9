/* test-import-ui.c: the import wizard driven through its real window — the
 * preview of every row with marked cells, a column chosen by hand and
 * remembered for the next list with the same headers, the import into a
 * class, the rows not imported saved, Stop leaving nothing behind, a bad file.
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "cohort-date.h"
#include "cohort-format.h"
#include "cohort-i18n.h"
#include "cohort-import-history-window.h"
#include "cohort-import-plan.h"
#include "cohort-import-window.h"
#include "cohort-test-ui.h"
#include "cohort-window.h"

/* The preview's table columns (cohort-import-preview.c) */
enum { ROW, STATUS, NAME, BIRTH, GENDER, ETHNICITY, POSITION, UNIT, ID, PROBLEMS, OTHER };

static char *demo_path;
static char *demo_dir;

static void
wait_for_state (CohortImportWindow *import,
                const char         *state)
{
  cohort_test_wait_for (cohort_test_import_not_busy, import, 60);
  g_assert_cmpstr (cohort_import_window_get_state (import), ==, state);
  cohort_test_spin (50);
}

static char *
cell (CohortImportPreview *preview,
      guint                position,
      guint                column,
      gboolean            *problem)
{
  gboolean dummy;

  return cohort_import_preview_dup_cell_text (preview, position, column, problem ? problem : &dummy);
}

static gint64
count (CohortStore *store,
       const char  *what)
{
  g_autoptr(GError) error = NULL;
  CohortStoreCounts counts;

  g_assert_true (cohort_store_get_counts (store, &counts, &error));
  g_assert_no_error (error);
  return g_str_equal (what, "people") ? counts.people : counts.enrolments;
}

static void
test_preview_map_and_import (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  g_autoptr(GPtrArray) classes = NULL;
  g_autoptr(CohortPerson) known = NULL;
  g_autoptr(GSettings) settings = cohort_settings_new ();
  g_autoptr(GVariant) maps = NULL;
  g_autofree char *known_name = NULL, *known_birth = NULL, *text = NULL, *path = NULL, *rejects = NULL;
  g_autoptr(CohortImportPlan) saved = NULL;
  CohortImportWindow *import;
  CohortImportPreview *preview;
  CohortWindow *window;
  GListModel *model;
  CohortClass *klass;
  gboolean problem;
  gint64 people_before, enrolments_before;

  g_assert_no_error (error);
  g_settings_reset (settings, "import-column-maps");
  classes = cohort_store_list_classes (store, FALSE, 1, &error);
  g_assert_no_error (error);
  klass = g_ptr_array_index (classes, 0);
  known = cohort_store_get_person (store, 7, &error);
  g_assert_no_error (error);
  known_name = cohort_person_dup_full_name (known);
  known_birth = cohort_date_format (cohort_person_get_field (known, COHORT_PERSON_BIRTH_DATE));

  /* "Địa bàn công tác" is no header Cohort knows: the user says it is the work unit. */
  text = g_strdup_printf ("DANH SÁCH CÁN BỘ ĐI HỌC\n"
                          "STT,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Địa bàn công tác,Số CCCD\n"
                          "1,Nguyễn Thị Hoa,12/03/1985,Nữ,Kinh,UBND xã Gio An,099085111111\n"
                          "2,%s,%s,,,,\n"
                          "3,Trần Văn Bình,31/02/1980,Nam,Kinh,UBND xã Gio Bình,\n"
                          "4,Lò Văn Pấng,1979,Nam,Thái,UBND xã Mường Khoa,099079222222\n",
                          known_name, known_birth);
  path = cohort_test_write_file (demo_dir, "danh-sach.csv", text);
  people_before = count (store, "people");
  enrolments_before = count (store, "enrolments");

  window = cohort_test_window_for (store);
  import = cohort_import_window_new (GTK_WINDOW (window), store, klass);
  cohort_import_window_open_file (import, path);
  wait_for_state (import, "preview");
  preview = cohort_import_window_get_preview (import);
  model = cohort_import_preview_get_model (preview);

  /* Every row, each with what the import will do */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  g_assert_cmpstr (cell (preview, 0, NAME, NULL), ==, "Nguyễn Thị Hoa");
  g_assert_cmpstr (cell (preview, 0, STATUS, NULL), ==, _("New person"));
  g_assert_cmpstr (cell (preview, 0, BIRTH, NULL), ==, "12/03/1985");
  g_assert_cmpstr (cell (preview, 0, ETHNICITY, NULL), ==, "Kinh");
  g_assert_cmpstr (cell (preview, 0, UNIT, NULL), ==, "");
  g_assert_cmpstr (cell (preview, 1, STATUS, NULL), ==, _("Already in Cohort"));
  g_assert_cmpstr (cell (preview, 2, STATUS, &problem), ==, _("Not imported"));
  g_assert_true (problem);
  /* The cell that cannot be read is marked, with the reason */
  g_free (text);
  text = cell (preview, 2, BIRTH, &problem);
  g_assert_true (problem);
  g_assert_nonnull (strstr (text, "31/02/1980"));
  g_assert_cmpstr (cell (preview, 3, BIRTH, &problem), ==, "1979");
  g_assert_false (problem);

  cohort_import_preview_set_show (preview, COHORT_IMPORT_SHOW_REJECTED);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpstr (cell (preview, 0, NAME, NULL), ==, "Trần Văn Bình");
  cohort_import_preview_set_show (preview, COHORT_IMPORT_SHOW_LINKED);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpstr (cell (preview, 0, NAME, NULL), ==, known_name);
  cohort_import_preview_set_show (preview, COHORT_IMPORT_SHOW_ALL);

  /* The unknown column, chosen by hand: the list is read again with it. */
  g_assert_cmpuint (gtk_drop_down_get_selected (cohort_import_preview_get_column_chooser (preview, 5)), ==,
                    COHORT_COLUMN_UNKNOWN);
  gtk_drop_down_set_selected (cohort_import_preview_get_column_chooser (preview, 5), COHORT_COLUMN_UNIT);
  wait_for_state (import, "preview");
  g_assert_cmpuint (gtk_drop_down_get_selected (cohort_import_preview_get_column_chooser (preview, 5)), ==,
                    COHORT_COLUMN_UNIT);
  g_assert_cmpstr (cell (preview, 0, UNIT, NULL), ==, "UBND xã Gio An");
  maps = g_settings_get_value (settings, "import-column-maps");
  g_assert_cmpuint (g_variant_n_children (maps), ==, 1);
  g_assert_cmpuint (count (store, "people"), ==, people_before);   /* nothing written yet */

  gtk_window_set_default_size (GTK_WINDOW (import), 1100, 640);
  cohort_test_spin (200);
  cohort_test_screenshot (GTK_WIDGET (import), "import-preview");

  /* Import: three people, one of them already in Cohort; all three on the roster. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (import), "import.run", NULL));
  wait_for_state (import, "done");
  g_assert_cmpint (count (store, "people"), ==, people_before + 2);
  g_assert_cmpint (count (store, "enrolments"), >=, enrolments_before + 2);
  {
    g_autoptr(GPtrArray) roster = cohort_store_get_roster (store, cohort_class_get_number (klass, COHORT_CLASS_ID),
                                                           &error);
    gboolean hoa = FALSE, pang = FALSE, binh = FALSE, known_on = FALSE;

    g_assert_no_error (error);
    for (guint i = 0; i < roster->len; i++)
      {
        CohortPerson *p = cohort_enrolment_get_person (g_ptr_array_index (roster, i));
        g_autofree char *name = cohort_person_dup_full_name (p);

        if (g_str_equal (name, "Nguyễn Thị Hoa"))
          {
            hoa = TRUE;
            g_assert_cmpstr (cohort_person_get_field (p, COHORT_PERSON_UNIT), ==, "UBND xã Gio An");
            g_assert_cmpstr (cohort_person_get_field (p, COHORT_PERSON_BIRTH_DATE), ==, "1985-03-12");
          }
        pang |= g_str_equal (name, "Lò Văn Pấng");
        binh |= g_str_equal (name, "Trần Văn Bình");
        known_on |= cohort_person_get_id (p) == 7;
      }
    g_assert_true (hoa && pang && known_on);
    g_assert_false (binh);
  }
  cohort_test_screenshot (GTK_WIDGET (import), "import-done");

  /* The row not imported, saved with its reason */
  rejects = g_build_filename (demo_dir, "not-imported.xlsx", NULL);
  cohort_import_window_save_rejects (import, rejects);
  wait_for_state (import, "done");
  saved = cohort_import_plan_read (rejects, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (saved->rows->len, ==, 1);
  g_assert_cmpstr (cohort_import_plan_header (saved, 7), ==, _("Why it was not imported"));

  gtk_window_destroy (GTK_WINDOW (import));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A list with the same headers: the column is read as chosen before. */
static void
test_choice_remembered (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  g_autofree char *path = NULL;
  CohortImportWindow *import;
  CohortImportPreview *preview;
  CohortWindow *window;

  g_assert_no_error (error);
  path = cohort_test_write_file (demo_dir, "danh-sach-2.csv",
                                           "STT,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Địa bàn công tác,Số CCCD\n"
                                           "1,Hà Thị Lan,05/06/1990,Nữ,Tày,Huyện đoàn Bảo Lạc,099090333333\n");
  window = cohort_test_window_for (store);
  import = cohort_import_window_new (GTK_WINDOW (window), store, NULL);
  cohort_import_window_open_file (import, path);
  wait_for_state (import, "preview");
  preview = cohort_import_window_get_preview (import);
  g_assert_cmpuint (gtk_drop_down_get_selected (cohort_import_preview_get_column_chooser (preview, 5)), ==,
                    COHORT_COLUMN_UNIT);
  g_assert_cmpstr (cell (preview, 0, UNIT, NULL), ==, "Huyện đoàn Bảo Lạc");
  gtk_window_destroy (GTK_WINDOW (import));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
writing (gpointer data)
{
  return cohort_import_window_get_progress (data) > 0 ||
         g_strcmp0 (cohort_import_window_get_state (data), "busy") != 0;
}

/* Stop during a long import: the database is as it was. */
static void
test_stop_leaves_nothing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  g_autoptr(GString) text = g_string_new ("Họ và tên,Ngày sinh,Giới tính,Đơn vị công tác\n");
  g_autofree char *path = NULL;
  CohortImportWindow *import;
  CohortWindow *window;
  gint64 people_before;

  g_assert_no_error (error);
  for (guint i = 0; i < 40000; i++)
    g_string_append_printf (text, "Nguyễn Văn Thử %u,%02u/%02u/%u,Nam,Xã số %u\n", i, 1 + i % 28, 1 + i % 12,
                            1960 + i % 40, i % 97);
  path = cohort_test_write_file (demo_dir, "lon.csv", text->str);
  people_before = count (store, "people");

  window = cohort_test_window_for (store);
  import = cohort_import_window_new (GTK_WINDOW (window), store, NULL);
  cohort_import_window_open_file (import, path);
  wait_for_state (import, "preview");
  g_assert_cmpuint (g_list_model_get_n_items (cohort_import_preview_get_model (cohort_import_window_get_preview (import))),
                    ==, 40000);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (import), "import.run", NULL));
  g_assert_cmpstr (cohort_import_window_get_state (import), ==, "busy");
  /* Stop once rows are being written, well before the end */
  cohort_test_wait_for (writing, import, 60);
  g_assert_cmpfloat (cohort_import_window_get_progress (import), <, 0.9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (import), "import.stop", NULL));
  cohort_test_screenshot (GTK_WIDGET (import), "import-stopped");
  wait_for_state (import, "preview");
  g_assert_cmpint (count (store, "people"), ==, people_before);
  gtk_window_destroy (GTK_WINDOW (import));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Binary garbage named .csv: a clear message, nothing else. */
static void
test_bad_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  g_autofree char *path = g_build_filename (demo_dir, "rac.csv", NULL);
  guint8 garbage[2048];
  CohortImportWindow *import;
  CohortWindow *window;

  g_assert_no_error (error);
  for (guint i = 0; i < sizeof garbage; i++)
    garbage[i] = (guint8) (i * 7);
  g_assert_true (g_file_set_contents (path, (const char *) garbage, sizeof garbage, NULL));
  window = cohort_test_window_for (store);
  import = cohort_import_window_new (GTK_WINDOW (window), store, NULL);
  cohort_import_window_open_file (import, path);
  wait_for_state (import, "error");
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (import)) == FALSE);
  cohort_test_screenshot (GTK_WIDGET (import), "import-error");

  /* Download Template…: headed in the language of the interface, and read back as a list */
  {
    g_autofree char *template = g_build_filename (demo_dir, "mau.xlsx", NULL);
    g_autoptr(CohortImportPlan) plan = NULL;
    const char *language = g_getenv ("LANGUAGE");
    const char *heading = g_strcmp0 (language, "vi") == 0 ? "Họ và tên"
                          : g_strcmp0 (language, "lo") == 0 ? "ຊື່ ແລະ ນາມສະກຸນ" : "Full name";

    g_assert_true (cohort_import_window_save_template (import, template, NULL));
    plan = cohort_import_plan_read (template, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (cohort_import_plan_header (plan, 1), ==, heading);
    g_assert_cmpuint (plan->rows->len, ==, 2);
  }
  gtk_window_destroy (GTK_WINDOW (import));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* An agency's list: the signers under it are not rows, a row with no name is
 * shown as not imported with the reason, an ethnic group Cohort cannot map is
 * shown as written and marked to check, the person imported all the same. */
static void
test_agency_list_preview (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  g_autofree char *path = NULL, *note = NULL, *text = NULL;
  CohortImportWindow *import;
  CohortImportPreview *preview;
  CohortWindow *window;
  GListModel *model;
  gboolean problem;

  g_assert_no_error (error);
  path = cohort_test_write_file (demo_dir, "co-chu-ky.csv",
                                           "UBND HUYỆN ĐAKRÔNG\nDANH SÁCH CÁN BỘ ĐI HỌC\n\n"
                                           "STT,Họ và tên,Ngày sinh,Dân tộc,Đơn vị công tác\n"
                                           "1,Hồ Thị Pa,01/02/1990,Pa Kô,Xã A Ngo\n"
                                           "2,Kăn Văn Lốc,03/04/1985,Pa-kô-hơ,Xã Tà Rụt\n"
                                           "3,,05/06/1988,Vân Kiều,Xã Húc Nghì\n"
                                           "Tổng cộng: 3 người,,,,\n\n"
                                           ",,Đakrông, ngày 05 tháng 01 năm 2026,,\n"
                                           ",NGƯỜI LẬP BIỂU,,CHỦ TỊCH,\n\n\n"
                                           ",Lê Văn Lập,,Hồ Văn Chủ,\n");
  window = cohort_test_window_for (store);
  import = cohort_import_window_new (GTK_WINDOW (window), store, NULL);
  cohort_import_window_open_file (import, path);
  wait_for_state (import, "preview");
  preview = cohort_import_window_get_preview (import);
  model = cohort_import_preview_get_model (preview);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_cmpstr (cell (preview, 0, ETHNICITY, NULL), ==, "Tà Ôi");
  g_assert_null (cohort_import_preview_dup_cell_note (preview, 0, ETHNICITY));
  g_assert_cmpstr (cell (preview, 1, ETHNICITY, &problem), ==, "Pa-kô-hơ");
  g_assert_false (problem);
  note = cohort_import_preview_dup_cell_note (preview, 1, ETHNICITY);
  g_assert_nonnull (note);
  g_assert_cmpstr (cell (preview, 1, STATUS, NULL), ==, _("New person"));
  g_assert_cmpstr (cell (preview, 2, STATUS, &problem), ==, _("Not imported"));
  g_assert_true (problem);
  text = cell (preview, 2, NAME, &problem);
  g_assert_true (problem);
  g_assert_cmpstr (cell (preview, 2, ROW, NULL), ==, "7");

  gtk_window_set_default_size (GTK_WINDOW (import), 1100, 640);
  cohort_test_spin (200);
  cohort_test_screenshot (GTK_WIDGET (import), "import-agency-preview");
  gtk_window_destroy (GTK_WINDOW (import));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A workbook as agencies send it: a cover letter on the first sheet, the
 * list on the second under a header of two rows with group headings, a row
 * of column numbers, and a row marked both as a man and as a woman. */
static char *
write_grouped_workbook (void)
{
  char *path = g_build_filename (demo_dir, "hai-trang.xlsx", NULL);
  lxw_workbook *book = workbook_new (path);
  lxw_worksheet *cover = workbook_add_worksheet (book, "Công văn");
  lxw_worksheet *list = workbook_add_worksheet (book, "Danh sách");
  static const char *const sub[] = { NULL, "Họ và tên đệm", "Tên", "Nam", "Nữ", NULL, NULL, "Ngày vào Đảng",
                                     "Ngày chính thức", "Văn hóa", "Chuyên môn", "LLCT", NULL };
  static const char *const rows[][13] = {
    { "1", "Trần Văn", "An", "x", "", "05/01/1980", "Phó Chủ tịch UBND xã Gio An", "19/05/2005", "19/05/2006",
      "12/12", "Đại học Luật", "Trung cấp", "Đảng viên" },
    { "2", "Lê Thị", "Bình", "", "x", "1985", "Chuyên viên, Văn phòng Huyện ủy Gio Linh", "", "", "12/12", "", "",
      "" },
    { "3", "Hồ Văn", "Cường", "x", "x", "1979", "Bí thư Đoàn xã Gio Hải", "", "", "9/12", "", "", "" },
  };

  worksheet_write_string (cover, 0, 0, "UBND HUYỆN GIO LINH", NULL);
  worksheet_write_string (cover, 2, 0, "Kính gửi: Trường Chính trị Lê Duẩn", NULL);
  worksheet_merge_range (list, 0, 0, 0, 12, "DANH SÁCH CÁN BỘ ĐI HỌC", NULL);
  worksheet_merge_range (list, 2, 0, 3, 0, "STT", NULL);
  worksheet_merge_range (list, 2, 1, 2, 2, "Họ và tên", NULL);
  worksheet_merge_range (list, 2, 3, 2, 4, "Giới tính", NULL);
  worksheet_merge_range (list, 2, 5, 3, 5, "Ngày sinh", NULL);
  worksheet_merge_range (list, 2, 6, 3, 6, "Chức vụ, đơn vị công tác", NULL);
  worksheet_merge_range (list, 2, 7, 2, 8, "Đảng viên", NULL);
  worksheet_merge_range (list, 2, 9, 2, 11, "Trình độ", NULL);
  worksheet_merge_range (list, 2, 12, 3, 12, "Ghi chú", NULL);
  for (guint c = 0; c < 13; c++)
    {
      g_autofree char *number = g_strdup_printf ("(%u)", c + 1);

      if (sub[c] != NULL)
        worksheet_write_string (list, 3, c, sub[c], NULL);
      worksheet_write_string (list, 4, c, number, NULL);
    }
  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    for (guint c = 0; c < 13; c++)
      if (*rows[r][c])
        worksheet_write_string (list, 5 + r, c, rows[r][c], NULL);
  g_assert_cmpint (workbook_close (book), ==, LXW_NO_ERROR);
  return path;
}

/* The list on the second sheet under a grouped header: each sub-column's
 * chooser says what it holds in its group, the sheet can be chosen, a
 * sheet without a list leaves the list read, the marks give the gender and
 * a row marked twice is not imported. */
static void
test_grouped_header_preview (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  g_autoptr(GSettings) settings = cohort_settings_new ();
  g_autofree char *path = write_grouped_workbook ();
  g_autofree char *header_rows = NULL, *other = NULL, *text = NULL;
  CohortImportWindow *import;
  CohortImportPreview *preview;
  GtkDropDown *sheets;
  CohortWindow *window;
  GListModel *model;
  gboolean problem;
  gint64 people_before;

  g_assert_no_error (error);
  g_settings_reset (settings, "import-column-maps");
  people_before = count (store, "people");
  window = cohort_test_window_for (store);
  import = cohort_import_window_new (GTK_WINDOW (window), store, NULL);
  cohort_import_window_open_file (import, path);
  wait_for_state (import, "preview");
  preview = cohort_import_window_get_preview (import);
  model = cohort_import_preview_get_model (preview);

  /* The sheet with the list, chosen among the two; the header's rows said */
  sheets = cohort_import_preview_get_sheet_chooser (preview);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (sheets))));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (sheets)), ==, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (sheets), ==, 1);
  header_rows = g_strdup_printf (_("Header on rows %u to %u."), 3, 4);
  g_assert_nonnull (strstr (cohort_import_preview_get_source_text (preview), header_rows));
  g_assert_nonnull (strstr (cohort_import_preview_get_source_text (preview), "“Ghi chú”"));

  /* Each sub-column read in its group */
  g_assert_cmpuint (gtk_drop_down_get_selected (cohort_import_preview_get_column_chooser (preview, 1)), ==,
                    COHORT_COLUMN_FAMILY_MIDDLE);
  g_assert_cmpuint (gtk_drop_down_get_selected (cohort_import_preview_get_column_chooser (preview, 3)), ==,
                    COHORT_COLUMN_GENDER_MARK_MALE);
  g_assert_cmpuint (gtk_drop_down_get_selected (cohort_import_preview_get_column_chooser (preview, 4)), ==,
                    COHORT_COLUMN_GENDER_MARK_FEMALE);
  g_assert_cmpuint (gtk_drop_down_get_selected (cohort_import_preview_get_column_chooser (preview, 6)), ==,
                    COHORT_COLUMN_POSITION_UNIT);
  g_assert_cmpuint (gtk_drop_down_get_selected (cohort_import_preview_get_column_chooser (preview, 8)), ==,
                    COHORT_COLUMN_PARTY_OFFICIAL_DATE);
  g_assert_cmpuint (gtk_drop_down_get_selected (cohort_import_preview_get_column_chooser (preview, 11)), ==,
                    COHORT_COLUMN_LLCT);
  g_assert_cmpuint (gtk_drop_down_get_selected (cohort_import_preview_get_column_chooser (preview, 12)), ==,
                    COHORT_COLUMN_NOTE);

  /* Three people, no header row or column numbers among them */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_cmpstr (cell (preview, 0, NAME, NULL), ==, "Trần Văn An");
  g_assert_cmpstr (cell (preview, 0, GENDER, NULL), ==, cohort_format_gender (COHORT_GENDER_MALE));
  g_assert_cmpstr (cell (preview, 0, POSITION, NULL), ==, "Phó Chủ tịch");
  g_assert_cmpstr (cell (preview, 0, UNIT, NULL), ==, "UBND xã Gio An");
  other = cell (preview, 0, OTHER, NULL);
  g_assert_nonnull (strstr (other, "19/05/2006"));
  g_assert_nonnull (strstr (other, "Trung cấp"));
  g_assert_cmpstr (cell (preview, 1, GENDER, NULL), ==, cohort_format_gender (COHORT_GENDER_FEMALE));
  g_assert_cmpstr (cell (preview, 1, UNIT, NULL), ==, "Văn phòng Huyện ủy Gio Linh");
  g_assert_cmpstr (cell (preview, 2, STATUS, &problem), ==, _("Not imported"));
  g_assert_true (problem);
  text = cell (preview, 2, GENDER, &problem);
  g_assert_true (problem);

  gtk_window_set_default_size (GTK_WINDOW (import), 1100, 640);
  cohort_test_spin (200);
  cohort_test_screenshot (GTK_WIDGET (import), "import-grouped-header");

  /* The cover letter chosen: no list there; the list read stays */
  gtk_drop_down_set_selected (sheets, 0);
  wait_for_state (import, "preview");
  g_assert_cmpuint (gtk_drop_down_get_selected (sheets), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);

  /* A sub-column chosen by hand is read again and remembered */
  gtk_drop_down_set_selected (cohort_import_preview_get_column_chooser (preview, 11), COHORT_COLUMN_UNKNOWN);
  wait_for_state (import, "preview");
  g_clear_pointer (&other, g_free);
  other = cell (preview, 0, OTHER, NULL);
  g_assert_null (strstr (other, "Trung cấp"));
  g_assert_cmpuint (gtk_drop_down_get_selected (cohort_import_preview_get_column_chooser (preview, 3)), ==,
                    COHORT_COLUMN_GENDER_MARK_MALE);
  {
    g_autoptr(GVariant) maps = g_settings_get_value (settings, "import-column-maps");

    g_assert_cmpuint (g_variant_n_children (maps), ==, 1);
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (import), "import.run", NULL));
  wait_for_state (import, "done");
  g_assert_cmpint (count (store, "people"), ==, people_before + 2);
  g_settings_reset (settings, "import-column-maps");
  gtk_window_destroy (GTK_WINDOW (import));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Import history --------------------------------------------------------------------- */

/* Imports a list of two new people into @klass through the import window, as a person does. */
static void
import_through_window (CohortStore *store,
                       CohortClass *klass,
                       const char  *name,
                       const char  *text)
{
  g_autofree char *path = cohort_test_write_file (demo_dir, name, text);
  CohortWindow *window = cohort_test_window_for (store);
  CohortImportWindow *import = cohort_import_window_new (GTK_WINDOW (window), store, klass);

  cohort_import_window_open_file (import, path);
  wait_for_state (import, "preview");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (import), "import.run", NULL));
  wait_for_state (import, "done");
  gtk_window_destroy (GTK_WINDOW (import));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gint64
count_named (CohortStore *store,
             const char  *query)
{
  g_autoptr(GError) error = NULL;
  gint64 n = cohort_store_count_search (store, query, &error);

  g_assert_no_error (error);
  return n;
}

static gboolean
dialog_shown (gpointer data)
{
  return cohort_import_history_window_get_dialog (data) != NULL;
}

/* Undo an import from the history window: its people and places are gone,
 * the entry stays, marked undone. */
static void
test_history_undo (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  g_autoptr(GPtrArray) classes = NULL;
  g_autoptr(GPtrArray) records = NULL;
  CohortImportHistoryWindow *history;
  CohortWindow *window;
  AdwMessageDialog *dialog;
  CohortImportRecord *newest;
  gint64 people_before, enrolments_before;
  g_autofree char *subtitle = NULL;

  g_assert_no_error (error);
  classes = cohort_store_list_classes (store, FALSE, 3, &error);
  people_before = count (store, "people");
  enrolments_before = count (store, "enrolments");
  import_through_window (store, g_ptr_array_index (classes, 2), "lop-b.csv",
                         "Họ và tên,Ngày sinh,Giới tính,Dân tộc\n"
                         "Vi Thị Hoàn Tác,03/04/1991,Nữ,Tày\n"
                         "Lò Văn Quay Lui,05/06/1987,Nam,Thái\n"
                         "Danh sách có 2 người./.\n");
  g_assert_cmpint (count (store, "people"), ==, people_before + 2);
  g_assert_cmpint (count_named (store, "hoan tac"), ==, 1);

  records = cohort_store_list_imports (store, &error);
  newest = g_ptr_array_index (records, 0);
  g_assert_cmpstr (newest->file_name, ==, "lop-b.csv");

  window = cohort_test_window_for (store);
  history = cohort_import_history_window_new (GTK_WINDOW (window), store);
  gtk_window_present (GTK_WINDOW (history));
  cohort_test_spin (200);
  g_assert_cmpuint (cohort_import_history_window_get_n_rows (history), ==, records->len);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (cohort_import_history_window_get_row (history, 0))),
                   ==, "lop-b.csv");
  cohort_test_screenshot (GTK_WIDGET (history), "import-history");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (history), "history.undo", "x", newest->id));
  cohort_test_wait_for (dialog_shown, history, 10);
  dialog = cohort_import_history_window_get_dialog (history);
  cohort_test_spin (200);
  cohort_test_screenshot (GTK_WIDGET (dialog), "import-history-undo-question");
  adw_message_dialog_response (dialog, "undo");
  cohort_test_spin (200);

  g_assert_cmpint (count (store, "people"), ==, people_before);
  g_assert_cmpint (count (store, "enrolments"), ==, enrolments_before);
  g_assert_cmpint (count_named (store, "hoan tac"), ==, 0);
  g_clear_pointer (&records, g_ptr_array_unref);
  records = cohort_store_list_imports (store, &error);
  g_assert_nonnull (((CohortImportRecord *) g_ptr_array_index (records, 0))->undone_at);
  /* The row says so, and its Undo button is off */
  subtitle = g_strdup (adw_action_row_get_subtitle (cohort_import_history_window_get_row (history, 0)));
  {
    g_autofree char *undone_word = g_strndup (_("undone on %s"), strlen (_("undone on %s")) - 2);

    g_assert_nonnull (strstr (subtitle, undone_word));
  }
  cohort_test_screenshot (GTK_WIDGET (history), "import-history-undone");
  gtk_window_destroy (GTK_WINDOW (history));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* An import whose person was enrolled elsewhere since: refused, naming her
 * and the class, and nothing changes. */
static void
test_history_undo_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CohortStore) store = cohort_store_open (demo_path, &error);
  g_autoptr(GPtrArray) classes = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) found = NULL;
  CohortImportHistoryWindow *history;
  CohortWindow *window;
  AdwMessageDialog *dialog;
  CohortClass *other;
  gint64 id, person_id, people_before, enrolments_before;
  const char *body;

  g_assert_no_error (error);
  classes = cohort_store_list_classes (store, FALSE, 3, &error);
  import_through_window (store, g_ptr_array_index (classes, 1), "lop-c.csv",
                         "Họ và tên,Ngày sinh,Giới tính\n"
                         "Hà Thị Giữ Chỗ,07/08/1992,Nữ\n");
  records = cohort_store_list_imports (store, &error);
  id = ((CohortImportRecord *) g_ptr_array_index (records, 0))->id;
  found = cohort_store_search_people (store, "giu cho", 5, &error);
  g_assert_cmpuint (found->len, ==, 1);
  person_id = cohort_person_get_id (g_ptr_array_index (found, 0));
  other = g_ptr_array_index (classes, 0);
  g_assert_true (cohort_store_enrol (store, cohort_class_get_number (other, COHORT_CLASS_ID), &person_id, 1, NULL,
                                     &error));
  g_assert_no_error (error);
  people_before = count (store, "people");
  enrolments_before = count (store, "enrolments");

  window = cohort_test_window_for (store);
  history = cohort_import_history_window_new (GTK_WINDOW (window), store);
  gtk_window_present (GTK_WINDOW (history));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (history), "history.undo", "x", id));
  cohort_test_wait_for (dialog_shown, history, 10);
  adw_message_dialog_response (cohort_import_history_window_get_dialog (history), "undo");
  cohort_test_spin (300);
  dialog = cohort_import_history_window_get_dialog (history);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, _("The Import Cannot Be Undone"));
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, "Hà Thị Giữ Chỗ"));
  g_assert_nonnull (strstr (body, cohort_class_get_text (other, COHORT_CLASS_CODE)));
  cohort_test_screenshot (GTK_WIDGET (dialog), "import-history-refused");
  g_assert_cmpint (count (store, "people"), ==, people_before);
  g_assert_cmpint (count (store, "enrolments"), ==, enrolments_before);
  gtk_window_destroy (GTK_WINDOW (history));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  int status;

  cohort_test_ui_init (&argc, &argv);
  demo_path = cohort_test_ui_make_demo (500, &demo_dir);

  g_test_add_func ("/ui/import/preview-map-and-import", test_preview_map_and_import);
  g_test_add_func ("/ui/import/choice-remembered", test_choice_remembered);
  g_test_add_func ("/ui/import/stop-leaves-nothing", test_stop_leaves_nothing);
  g_test_add_func ("/ui/import/bad-file", test_bad_file);
  g_test_add_func ("/ui/import/agency-list-preview", test_agency_list_preview);
  g_test_add_func ("/ui/import/grouped-header-preview", test_grouped_header_preview);
  g_test_add_func ("/ui/import/history-undo", test_history_undo);
  g_test_add_func ("/ui/import/history-undo-refused", test_history_undo_refused);

  status = g_test_run ();
  cohort_test_ui_remove_demo (demo_path, demo_dir);
  return status;
}
