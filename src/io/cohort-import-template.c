/* cohort-import-template.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The import template: a workbook with the columns an import reads, headed
 * in Vietnamese, Lao or English as the header map knows them, a sample row,
 * and a sheet of notes saying what each column takes. Like the official
 * lists, its words are the content of a document in the language chosen,
 * not Cohort's interface: they are written here in each language rather
 * than through gettext (an office may want the Vietnamese template from a
 * Lao desktop).
 */
#define G_LOG_DOMAIN "cohort-import-template"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "cohort-import-template.h"
#include "cohort-io-error.h"
#include "cohort-xlsx-write-private.h"

enum { VI, LO, EN, N_LANGS };

typedef struct
{
  const char *heading[N_LANGS];
  const char *sample;          /* a Vietnamese cadre's */
  const char *sample_lao;      /* a Lao cadre's */
  const char *note[N_LANGS];
  double      width;
  gboolean    text;            /* kept as text: leading zeros, dates as typed */
} Column;

static const Column columns[] = {
  { { "STT", "ລ/ດ", "No." }, "1", "2",
    { "Số thứ tự (không bắt buộc).", "ລຳດັບ (ບໍ່ບັງຄັບ).", "Row number (optional)." }, 5, FALSE },
  { { "Họ và tên", "ຊື່ ແລະ ນາມສະກຸນ", "Full name" }, "Nguyễn Văn An", "Xổm Phon Xi Ha Lạt",
    { "Bắt buộc. Họ, tên đệm và tên, như trên căn cước; cán bộ Lào: tên phiên âm tiếng Việt, tên trước.",
      "ບັງຄັບ. ຊື່ ແລະ ນາມສະກຸນ; ພະນັກງານລາວ: ຊື່ຂຽນເປັນພາສາຫວຽດນາມ, ຊື່ກ່ອນ.",
      "Required. Family, middle and given name as on the ID card; Lao cadres: the Vietnamese transcription, "
      "given name first." }, 26, FALSE },
  { { "Ngày sinh", "ວັນເດືອນປີເກີດ", "Date of birth" }, "05/01/1985", "12/03/1988",
    { "dd/mm/yyyy, ví dụ 05/01/1985; chỉ năm sinh cũng được.", "ວວ/ດດ/ປປປປ, ເຊັ່ນ 05/01/1985.",
      "dd/mm/yyyy, e.g. 05/01/1985; a year alone is accepted." }, 12, TRUE },
  { { "Giới tính", "ເພດ", "Gender" }, "Nam", "Nữ",
    { "Nam hoặc Nữ.", "ຊາຍ ຫຼື ຍິງ (Nam/Nữ).", "Nam or Nữ (M or F)." }, 9, FALSE },
  { { "Dân tộc", "ຊົນເຜົ່າ", "Ethnic group" }, "Kinh", "",
    { "Tên một trong 54 dân tộc; tên gọi khác (Vân Kiều, Pa Kô, Mèo…) cũng được.",
      "ຊົນເຜົ່າ (ຊື່ໃນ 54 ຊົນເຜົ່າຂອງຫວຽດນາມ).",
      "One of the 54 groups; other names (Vân Kiều, Pa Kô, Mèo…) are understood." }, 10, FALSE },
  { { "Tôn giáo", "ສາສະໜາ", "Religion" }, "Không", "",
    { "Không, Phật giáo, Công giáo, Tin Lành, Cao Đài, Phật giáo Hòa Hảo, Hồi giáo, Khác.",
      "ສາສະໜາ (Không, Phật giáo…).", "Không, Phật giáo, Công giáo, Tin Lành, Cao Đài, …" }, 10, FALSE },
  { { "Quê quán", "ບ້ານເກີດ", "Hometown" }, "xã Gio Mỹ, Quảng Trị", "",
    { "Xã, tỉnh.", "ບ້ານ, ເມືອງ, ແຂວງ.", "Commune, province." }, 22, FALSE },
  { { "Chức vụ", "ຕຳແໜ່ງ", "Position" }, "Chủ tịch UBND xã", "Chuyên viên",
    { "Chức vụ hiện tại.", "ຕຳແໜ່ງປັດຈຸບັນ.", "Current position." }, 22, FALSE },
  { { "Đơn vị công tác", "ຫົວໜ່ວຍ", "Work unit" }, "UBND xã Gio Mỹ", "Sở Nội vụ Savannakhet",
    { "Cơ quan, đơn vị.", "ຫ້ອງການ, ຫົວໜ່ວຍ.", "Agency or unit." }, 24, FALSE },
  { { "Số CCCD", "ເລກບັດປະຈຳຕົວ", "Citizen ID number" }, "045185001234", "",
    { "12 chữ số (căn cước công dân).", "12 ຕົວເລກ (ບັດປະຈຳຕົວຫວຽດນາມ).", "12 digits (Vietnamese ID card)." },
    15, TRUE },
  { { "Số điện thoại", "ເບີໂທ", "Phone" }, "0912 345 678", "",
    { "9 đến 13 chữ số.", "9 ຫາ 13 ຕົວເລກ.", "9 to 13 digits." }, 14, TRUE },
  { { "Ngày vào Đảng", "ວັນເຂົ້າພັກ", "Party admission date" }, "19/05/2010", "",
    { "dd/mm/yyyy.", "ວວ/ດດ/ປປປປ.", "dd/mm/yyyy." }, 13, TRUE },
  { { "Ngày chính thức", "ວັນເປັນສະມາຊິກພັກສົມບູນ", "Full membership date" }, "19/05/2011", "",
    { "dd/mm/yyyy.", "ວວ/ດດ/ປປປປ.", "dd/mm/yyyy." }, 13, TRUE },
  { { "Trình độ văn hóa", "ການສຶກສາສາມັນ", "General education" }, "12/12", "",
    { "Ví dụ 12/12.", "ເຊັ່ນ 12/12.", "E.g. 12/12." }, 11, TRUE },
  { { "Trình độ chuyên môn", "ວິຊາສະເພາະ", "Professional qualification" }, "Đại học Luật", "Đại học",
    { "Bậc và ngành.", "ລະດັບ ແລະ ສາຂາ.", "Level and field." }, 18, FALSE },
  { { "Họ và tên (chữ Lào)", "ຊື່ ແລະ ນາມສະກຸນ (ພາສາລາວ)", "Name in Lao script" }, "", "ສົມພອນ ສີຫາລາດ",
    { "Cán bộ Lào: tên bằng chữ Lào, như viết.", "ພະນັກງານລາວ: ຊື່ເປັນອັກສອນລາວ.",
      "Lao cadres: the name in Lao script, as written." }, 22, FALSE },
  { { "Họ và tên (theo hộ chiếu)", "ຊື່ ແລະ ນາມສະກຸນ (ຕາມໜັງສືຜ່ານແດນ)", "Name as in passport" }, "",
    "Somphone Sihalath",
    { "Cán bộ Lào: tên như trong hộ chiếu.", "ຊື່ຕາມໜັງສືຜ່ານແດນ.", "Lao cadres: the name as in the passport." },
    22, FALSE },
  { { "Số hộ chiếu", "ເລກໜັງສືຜ່ານແດນ", "Passport number" }, "", "P1234567",
    { "Cán bộ Lào.", "ພະນັກງານລາວ.", "Lao cadres." }, 13, TRUE },
  { { "Tỉnh (Lào)", "ແຂວງ", "Province (Laos)" }, "", "Savannakhet",
    { "Cán bộ Lào: tỉnh, bằng tiếng Lào, tiếng Anh hoặc tiếng Việt.", "ແຂວງ (ພາສາລາວ, ອັງກິດ ຫຼື ຫວຽດນາມ).",
      "Lao cadres: the province, in Lao, English or Vietnamese." }, 16, FALSE },
};

static const char *const sheet_names[N_LANGS][2] = {
  { "Danh sách", "Hướng dẫn" }, { "ລາຍຊື່", "ຄຳແນະນຳ" }, { "List", "Notes" },
};

static const char *const note_headings[N_LANGS][2] = {
  { "Cột", "Ghi chú" }, { "ຖັນ", "ໝາຍເຫດ" }, { "Column", "What it takes" },
};

static const char *const intro[N_LANGS] = {
  "Mỗi dòng một người, bắt đầu dưới dòng tiêu đề; xóa dòng mẫu. Cột nào không có thì để trống.",
  "ແຕ່ລະແຖວແມ່ນໜຶ່ງຄົນ, ຢູ່ລຸ່ມແຖວຫົວຂໍ້; ລຶບແຖວຕົວຢ່າງອອກ. ຖັນທີ່ບໍ່ມີໃຫ້ວ່າງໄວ້.",
  "One person a row, under the heading row; delete the sample rows. Leave a column empty when not known.",
};

static int
lang_index (const char *lang)
{
  if (g_strcmp0 (lang, "lo") == 0)
    return LO;
  if (g_strcmp0 (lang, "en") == 0)
    return EN;
  return VI;
}

/**
 * cohort_import_template_language:
 * @lang: (nullable): "vi", "lo", "en", or %NULL for the language of the
 *   interface (gettext's), Vietnamese when that is neither Lao nor English
 *
 * Returns: the language a template is written in: "vi", "lo" or "en"
 */
const char *
cohort_import_template_language (const char *lang)
{
  static const char *const names[N_LANGS] = { "vi", "lo", "en" };
  const char *const *langs;

  if (lang != NULL)
    return names[lang_index (lang)];
  langs = g_get_language_names ();
  for (guint i = 0; langs[i]; i++)
    {
      if (g_str_has_prefix (langs[i], "lo"))
        return "lo";
      if (g_str_has_prefix (langs[i], "vi"))
        return "vi";
      if (g_str_has_prefix (langs[i], "en"))
        return "en";
    }
  return "vi";
}

static gboolean
write_template (gpointer     data,
                const char  *tmp,
                const char  *path,
                GError     **error)
{
  int l = lang_index (data);
  lxw_workbook *book = workbook_new (tmp);
  lxw_worksheet *sheet, *notes;
  lxw_format *heading, *text, *wrap;
  lxw_error rc;

  if (book == NULL)
    goto fail;
  sheet = workbook_add_worksheet (book, sheet_names[l][0]);
  notes = workbook_add_worksheet (book, sheet_names[l][1]);
  heading = workbook_add_format (book);
  format_set_bold (heading);
  format_set_text_wrap (heading);
  format_set_align (heading, LXW_ALIGN_CENTER);
  format_set_align (heading, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border (heading, LXW_BORDER_THIN);
  format_set_bg_color (heading, 0xDDEBF7);
  text = workbook_add_format (book);
  format_set_num_format (text, "@");
  wrap = workbook_add_format (book);
  format_set_text_wrap (wrap);
  format_set_align (wrap, LXW_ALIGN_VERTICAL_TOP);

  worksheet_set_row (sheet, 0, 32, NULL);
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      worksheet_set_column (sheet, c, c, columns[c].width, columns[c].text ? text : NULL);
      worksheet_write_string (sheet, 0, c, columns[c].heading[l], heading);
      worksheet_write_string (sheet, 1, c, columns[c].sample, columns[c].text ? text : NULL);
      worksheet_write_string (sheet, 2, c, columns[c].sample_lao, columns[c].text ? text : NULL);
    }
  worksheet_freeze_panes (sheet, 1, 0);

  worksheet_set_column (notes, 0, 0, 30, wrap);
  worksheet_set_column (notes, 1, 1, 90, wrap);
  worksheet_write_string (notes, 0, 0, intro[l], NULL);
  worksheet_write_string (notes, 2, 0, note_headings[l][0], heading);
  worksheet_write_string (notes, 2, 1, note_headings[l][1], heading);
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      worksheet_write_string (notes, 3 + c, 0, columns[c].heading[l], wrap);
      worksheet_write_string (notes, 3 + c, 1, columns[c].note[l], wrap);
    }
  rc = workbook_close (book);
  if (rc == LXW_NO_ERROR)
    return TRUE;

fail:
  g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CANNOT_WRITE,
               _("Cohort could not write “%s”. Free some disk space, or choose another folder, and try again."),
               path);
  return FALSE;
}

/**
 * cohort_import_template_write:
 * @lang: (nullable): "vi", "lo" or "en"; %NULL for the interface's language
 *
 * Writes the import template at @path (through a temporary file: a failure
 * leaves no file and does not touch an existing one).
 *
 * Returns: %TRUE on success; %COHORT_IO_ERROR_CANNOT_WRITE otherwise
 */
gboolean
cohort_import_template_write (const char  *path,
                              const char  *lang,
                              GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_CANNOT_WRITE,
                   _("“%s” is a folder. Choose a file name for the template."), path);
      return FALSE;
    }
  return _cohort_xlsx_write_file (path, write_template, (gpointer) cohort_import_template_language (lang), error);
}
