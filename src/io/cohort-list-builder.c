/* cohort-list-builder.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The official lists of a class, read from the store: the school's header
 * lines and signers from its settings, the class in the title, the students
 * in roster order. The Vietnamese and Lao texts of these documents are their
 * content, not Cohort's interface: they stay in Vietnamese (and Lao) whatever
 * language the windows speak, so they are not gettext strings.
 */
#define G_LOG_DOMAIN "cohort-list-builder"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cohort-date.h"
#include "cohort-io-error.h"
#include "cohort-list-builder.h"

#define MOTTO_NATION "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
#define MOTTO_WORDS  "Độc lập - Tự do - Hạnh phúc"

#define LAO_CAPITAL_CODE "01"   /* Vientiane Capital: no "province" before its name */

typedef struct
{
  const char      *heading;      /* Vietnamese */
  const char      *heading_lao;  /* NULL on the roster */
  double           width;        /* characters of the 13 pt body font */
  CohortListAlign  align;
  CohortListScript script;
} ColumnSpec;

/* Columns of DOMAIN.md §2.1 that fit A4 landscape at 13 pt: about 140
 * characters across, the writers fit them to the width of the page. */
static const ColumnSpec roster_columns[] = {
  { "STT", NULL, 5, COHORT_LIST_ALIGN_CENTER, COHORT_LIST_SCRIPT_VIETNAMESE },
  { "Họ và tên", NULL, 26, COHORT_LIST_ALIGN_LEFT, COHORT_LIST_SCRIPT_VIETNAMESE },
  { "Ngày sinh", NULL, 12, COHORT_LIST_ALIGN_CENTER, COHORT_LIST_SCRIPT_VIETNAMESE },
  { "Nam/Nữ", NULL, 7, COHORT_LIST_ALIGN_CENTER, COHORT_LIST_SCRIPT_VIETNAMESE },
  { "Dân tộc", NULL, 9, COHORT_LIST_ALIGN_CENTER, COHORT_LIST_SCRIPT_VIETNAMESE },
  { "Quê quán", NULL, 22, COHORT_LIST_ALIGN_LEFT, COHORT_LIST_SCRIPT_VIETNAMESE },
  { "Chức vụ", NULL, 22, COHORT_LIST_ALIGN_LEFT, COHORT_LIST_SCRIPT_VIETNAMESE },
  { "Đơn vị công tác", NULL, 28, COHORT_LIST_ALIGN_LEFT, COHORT_LIST_SCRIPT_VIETNAMESE },
  { "Ghi chú", NULL, 10, COHORT_LIST_ALIGN_LEFT, COHORT_LIST_SCRIPT_VIETNAMESE },
};

/* The bilingual list: each heading in Lao, then Vietnamese; the name in its
 * three written forms (DOMAIN.md §3), never one derived from another. */
static const ColumnSpec lao_columns[] = {
  { "STT", "ລ/ດ", 5, COHORT_LIST_ALIGN_CENTER, COHORT_LIST_SCRIPT_VIETNAMESE },
  { "Họ và tên (chữ Lào)", "ຊື່ ແລະ ນາມສະກຸນ", 24, COHORT_LIST_ALIGN_LEFT, COHORT_LIST_SCRIPT_LAO },
  { "Họ và tên (theo hộ chiếu)", "ຊື່ ແລະ ນາມສະກຸນ (ຕາມໜັງສືຜ່ານແດນ)", 24, COHORT_LIST_ALIGN_LEFT,
    COHORT_LIST_SCRIPT_VIETNAMESE },
  { "Họ và tên (tiếng Việt)", "ຊື່ ແລະ ນາມສະກຸນ (ພາສາຫວຽດນາມ)", 24, COHORT_LIST_ALIGN_LEFT,
    COHORT_LIST_SCRIPT_VIETNAMESE },
  { "Ngày sinh", "ວັນເດືອນປີເກີດ", 12, COHORT_LIST_ALIGN_CENTER, COHORT_LIST_SCRIPT_VIETNAMESE },
  { "Giới tính", "ເພດ", 8, COHORT_LIST_ALIGN_CENTER, COHORT_LIST_SCRIPT_VIETNAMESE },
  { "Tỉnh (Lào)", "ແຂວງ", 16, COHORT_LIST_ALIGN_LEFT, COHORT_LIST_SCRIPT_LAO },
  { "Chức vụ", "ຕຳແໜ່ງ", 22, COHORT_LIST_ALIGN_LEFT, COHORT_LIST_SCRIPT_VIETNAMESE },
};

/* The setting, "" when it is not set; NULL on a database error. */
static char *
get_setting (CohortStore  *store,
             const char   *key,
             GError      **error)
{
  GError *local = NULL;
  char *value = cohort_store_get_setting (store, key, &local);

  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  return value ? value : g_strdup ("");
}

static const char *
gender_text (CohortGender gender)
{
  switch (gender)
    {
    case COHORT_GENDER_MALE:
      return "Nam";
    case COHORT_GENDER_FEMALE:
      return "Nữ";
    default:
      return "";
    }
}

static const char *
text_or_empty (const char *text)
{
  return text ? text : "";
}

/* Roster order: roster number, students without one last, ties in the
 * order the store gives (given, middle, family name with ICU "vi"). */
static int
compare_roster_no (gconstpointer a,
                   gconstpointer b)
{
  int ra = cohort_enrolment_get_roster_no (*(CohortEnrolment **) a);
  int rb = cohort_enrolment_get_roster_no (*(CohortEnrolment **) b);

  if (ra == 0 || rb == 0)
    return (ra == 0) - (rb == 0);
  return (ra > rb) - (ra < rb);
}

/* "(Khóa học từ ngày 05/09/2025 đến ngày 30/06/2026)", or NULL when the
 * class has no dates. */
static char *
dates_line (CohortClass *klass)
{
  g_autofree char *start = cohort_date_format (cohort_class_get_text (klass, COHORT_CLASS_START_DATE));
  g_autofree char *end = cohort_date_format (cohort_class_get_text (klass, COHORT_CLASS_END_DATE));

  if (*start && *end)
    return g_strdup_printf ("(Khóa học từ ngày %s đến ngày %s)", start, end);
  if (*start)
    return g_strdup_printf ("(Khai giảng ngày %s)", start);
  return NULL;
}

static void
set_columns (CohortListDocument *doc,
             const ColumnSpec   *specs)
{
  for (guint c = 0; c < doc->n_columns; c++)
    cohort_list_document_set_column (doc, c, specs[c].heading, specs[c].heading_lao, specs[c].width,
                                     specs[c].align, specs[c].script);
  doc->columns[0].numeric = TRUE;
}

static gboolean
add_titles (CohortListDocument  *doc,
            CohortStore         *store,
            CohortClass         *klass,
            GError             **error)
{
  g_autofree char *program = NULL;
  g_autofree char *program_upper = NULL;
  g_autofree char *class_line = NULL;
  g_autofree char *dates = dates_line (klass);

  program = cohort_store_get_program_name (store, cohort_class_get_text (klass, COHORT_CLASS_PROGRAM),
                                           error);
  if (program == NULL)
    return FALSE;
  program_upper = g_utf8_strup (program, -1);
  class_line = g_strdup_printf ("LỚP %s (%s)", program_upper, cohort_class_get_text (klass, COHORT_CLASS_CODE));

  if (doc->kind == COHORT_LIST_KIND_LAO)
    {
      const char *code = cohort_class_get_text (klass, COHORT_CLASS_LAO_PROVINCE);
      g_autoptr(GPtrArray) provinces = cohort_store_get_lao_provinces (store, error);

      if (provinces == NULL)
        return FALSE;
      cohort_list_document_add_title (doc, "ລາຍຊື່ນັກສຶກສາ", COHORT_LIST_SCRIPT_LAO);
      cohort_list_document_add_title (doc, "DANH SÁCH HỌC VIÊN", COHORT_LIST_SCRIPT_VIETNAMESE);
      for (guint i = 0; i < provinces->len; i++)
        {
          CohortLaoProvinceRow *row = g_ptr_array_index (provinces, i);
          gboolean capital = g_str_equal (row->code, LAO_CAPITAL_CODE);
          g_autofree char *lao = NULL;
          g_autofree char *vi = NULL;
          g_autofree char *vi_upper = NULL;

          if (g_strcmp0 (row->code, code) != 0)
            continue;
          lao = capital ? g_strdup (row->name_lo) : g_strconcat ("ແຂວງ", row->name_lo, NULL);
          vi = capital ? g_strdup (row->name_vi) : g_strconcat ("Tỉnh ", row->name_vi, NULL);
          vi_upper = g_utf8_strup (vi, -1);
          cohort_list_document_add_title (doc, lao, COHORT_LIST_SCRIPT_LAO);
          cohort_list_document_add_title (doc, vi_upper, COHORT_LIST_SCRIPT_VIETNAMESE);
        }
    }
  else
    cohort_list_document_add_title (doc, "DANH SÁCH HỌC VIÊN", COHORT_LIST_SCRIPT_VIETNAMESE);

  cohort_list_document_add_title (doc, class_line, COHORT_LIST_SCRIPT_VIETNAMESE);
  if (dates != NULL)
    cohort_list_document_add_title (doc, dates, COHORT_LIST_SCRIPT_VIETNAMESE);
  return TRUE;
}

static GStrv
roster_row (CohortEnrolment *entry,
            guint            number)
{
  CohortPerson *p = cohort_enrolment_get_person (entry);
  GStrv cells = g_new0 (char *, G_N_ELEMENTS (roster_columns) + 1);
  gboolean deferred = g_strcmp0 (cohort_enrolment_get_status (entry), "deferred") == 0;

  cells[0] = g_strdup_printf ("%u", number);
  cells[1] = cohort_person_dup_full_name (p);
  cells[2] = cohort_date_format (cohort_person_get_birth_date (p));
  cells[3] = g_strdup (gender_text (cohort_person_get_gender (p)));
  cells[4] = g_strdup (text_or_empty (cohort_enrolment_get_ethnicity_name (entry)));
  cells[5] = g_strdup (text_or_empty (cohort_person_get_field (p, COHORT_PERSON_HOMETOWN)));
  cells[6] = g_strdup (text_or_empty (cohort_person_get_position (p)));
  cells[7] = g_strdup (text_or_empty (cohort_person_get_unit (p)));
  cells[8] = g_strdup (deferred ? "Bảo lưu" : "");
  return cells;
}

static GStrv
lao_row (CohortEnrolment *entry,
         guint            number,
         GHashTable      *province_names)
{
  CohortPerson *p = cohort_enrolment_get_person (entry);
  GStrv cells = g_new0 (char *, G_N_ELEMENTS (lao_columns) + 1);
  const char *province = cohort_person_get_field (p, COHORT_PERSON_LAO_PROVINCE);

  cells[0] = g_strdup_printf ("%u", number);
  cells[1] = cohort_person_dup_lao_name (p);
  cells[2] = g_strdup (text_or_empty (cohort_person_get_field (p, COHORT_PERSON_LATIN_NAME)));
  cells[3] = cohort_person_dup_full_name (p);
  cells[4] = cohort_date_format (cohort_person_get_birth_date (p));
  cells[5] = g_strdup (gender_text (cohort_person_get_gender (p)));
  cells[6] = g_strdup (province ? text_or_empty (g_hash_table_lookup (province_names, province)) : "");
  cells[7] = g_strdup (text_or_empty (cohort_person_get_position (p)));
  return cells;
}

static GHashTable *
lao_province_names (CohortStore  *store,
                    GError      **error)
{
  g_autoptr(GPtrArray) provinces = cohort_store_get_lao_provinces (store, error);
  GHashTable *names;

  if (provinces == NULL)
    return NULL;
  names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < provinces->len; i++)
    {
      CohortLaoProvinceRow *row = g_ptr_array_index (provinces, i);

      g_hash_table_insert (names, g_strdup (row->code), g_strdup (row->name_lo));
    }
  return names;
}

/**
 * cohort_list_document_set_letterhead:
 * @doc: the document to fill
 * @store: the database
 * @date: (nullable): the date written under the national motto or above the
 *   signatures; %NULL for today
 * @error: why there is no letterhead, in words for the user
 *
 * Fills the parts of @doc that every official document of the school shares
 * (Decree 30/2020/NĐ-CP): the parent and issuing agency, the national motto,
 * place and date, and the two signers, from the school's settings.
 *
 * Returns: %TRUE; %COHORT_IO_ERROR_NOT_CONFIGURED when the school's name is
 *   not set, a store error otherwise
 */
gboolean
cohort_list_document_set_letterhead (CohortListDocument  *doc,
                                     CohortStore         *store,
                                     GDate               *date,
                                     GError             **error)
{
  g_autoptr(GDate) today = NULL;
  g_autofree char *place = NULL;
  g_autofree char *when = NULL;
  g_autofree char *agency = NULL;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (COHORT_IS_STORE (store), FALSE);
  g_return_val_if_fail (date == NULL || g_date_valid (date), FALSE);

  agency = get_setting (store, COHORT_SETTING_AGENCY, error);
  if (agency == NULL)
    return FALSE;
  if (*agency == '\0')
    {
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_NOT_CONFIGURED,
                   _("The name of the school for the header of official documents is not set. "
                     "Fill it in under Preferences → Documents, or run "
                     "cohort-cli settings %s \"TRƯỜNG CHÍNH TRỊ …\"."), COHORT_SETTING_AGENCY);
      return FALSE;
    }

  g_free (doc->agency);
  doc->agency = g_steal_pointer (&agency);
  g_clear_pointer (&doc->parent_agency, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (doc->signers); i++)
    {
      g_clear_pointer (&doc->signers[i].title, g_free);
      g_clear_pointer (&doc->signers[i].name, g_free);
    }
  if ((doc->parent_agency = get_setting (store, COHORT_SETTING_PARENT_AGENCY, error)) == NULL ||
      (place = get_setting (store, COHORT_SETTING_PLACE, error)) == NULL ||
      (doc->signers[0].title = get_setting (store, COHORT_SETTING_PREPARER_TITLE, error)) == NULL ||
      (doc->signers[0].name = get_setting (store, COHORT_SETTING_PREPARER_NAME, error)) == NULL ||
      (doc->signers[1].title = get_setting (store, COHORT_SETTING_SIGNER_TITLE, error)) == NULL ||
      (doc->signers[1].name = get_setting (store, COHORT_SETTING_SIGNER_NAME, error)) == NULL)
    return FALSE;
  g_free (doc->motto[0]);
  g_free (doc->motto[1]);
  doc->motto[0] = g_strdup (MOTTO_NATION);
  doc->motto[1] = g_strdup (MOTTO_WORDS);

  if (date == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      today = g_date_new_dmy (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                              g_date_time_get_year (now));
      date = today;
    }
  when = cohort_date_format_official (date);
  g_free (doc->place_date);
  doc->place_date = *place ? g_strdup_printf ("%s, %s", place, when)
                           : g_strdup_printf ("N%s", when + 1);   /* "Ngày 05 tháng …" */
  return TRUE;
}

/**
 * cohort_list_document_new_for_class:
 * @store: the database
 * @kind: the roster, or the bilingual list of a Lao cohort
 * @class_id: the class
 * @date: (nullable): the date written above the signatures; %NULL for today
 * @error: why there is no document, in words for the user
 *
 * Builds an official list of the class (Decree 30/2020/NĐ-CP layout): the
 * school's header lines, place and signers from its settings, the students
 * in roster order (roster number, then given, middle and family name).
 * Withdrawn students are left out: the list says who studies in the class,
 * and the roster view still shows them. STT counts the students listed.
 *
 * Returns: (transfer full) (nullable): the document; %COHORT_IO_ERROR_NOT_CONFIGURED
 *   when the school's name is not set, %COHORT_IO_ERROR_INVALID for the Lao
 *   list of a class that is not a Lao cohort, a store error otherwise
 */
CohortListDocument *
cohort_list_document_new_for_class (CohortStore     *store,
                                    CohortListKind   kind,
                                    gint64           class_id,
                                    GDate           *date,
                                    GError         **error)
{
  g_autoptr(CohortListDocument) doc = NULL;
  g_autoptr(CohortClass) klass = NULL;
  g_autoptr(GPtrArray) roster = NULL;
  g_autoptr(GHashTable) provinces = NULL;
  const ColumnSpec *specs;
  guint n_columns, number = 0;

  g_return_val_if_fail (COHORT_IS_STORE (store), NULL);
  g_return_val_if_fail (kind == COHORT_LIST_KIND_ROSTER || kind == COHORT_LIST_KIND_LAO, NULL);
  g_return_val_if_fail (date == NULL || g_date_valid (date), NULL);

  specs = kind == COHORT_LIST_KIND_LAO ? lao_columns : roster_columns;
  n_columns = kind == COHORT_LIST_KIND_LAO ? G_N_ELEMENTS (lao_columns) : G_N_ELEMENTS (roster_columns);
  doc = cohort_list_document_new (kind, n_columns);
  if (!cohort_list_document_set_letterhead (doc, store, date, error))
    return NULL;
  set_columns (doc, specs);

  klass = cohort_store_get_class (store, class_id, error);
  if (klass == NULL)
    return NULL;
  if (kind == COHORT_LIST_KIND_LAO && !cohort_class_is_lao (klass))
    {
      g_set_error (error, COHORT_IO_ERROR, COHORT_IO_ERROR_INVALID,
                   _("The class “%s” is not a cohort of Lao cadres, so it has no bilingual Lao list. "
                     "Export its roster instead."), cohort_class_get_text (klass, COHORT_CLASS_CODE));
      return NULL;
    }

  roster = cohort_store_get_roster (store, class_id, error);
  if (roster == NULL)
    return NULL;
  if (kind == COHORT_LIST_KIND_LAO && (provinces = lao_province_names (store, error)) == NULL)
    return NULL;

  if (!add_titles (doc, store, klass, error))
    return NULL;

  g_ptr_array_sort (roster, compare_roster_no);   /* stable: ties keep the store's order */
  for (guint i = 0; i < roster->len; i++)
    {
      CohortEnrolment *entry = g_ptr_array_index (roster, i);

      if (g_strcmp0 (cohort_enrolment_get_status (entry), "withdrawn") == 0)
        continue;
      number++;
      cohort_list_document_add_row (doc, kind == COHORT_LIST_KIND_LAO ? lao_row (entry, number, provinces)
                                                                      : roster_row (entry, number));
    }

  return g_steal_pointer (&doc);
}
