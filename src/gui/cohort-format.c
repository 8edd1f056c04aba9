/* cohort-format.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How values read in the UI language. Numbers are grouped by hand: the
 * C library's grouping depends on LC_NUMERIC, which Cohort cannot rely on
 * (many PCs run C.UTF-8, and lo_LA and vi_VN differ).
 */
#define G_LOG_DOMAIN "cohort-format"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include <gtk/gtk.h>

#include "cohort-date.h"
#include "cohort-format.h"
#include "cohort-number.h"

/**
 * cohort_format_count:
 *
 * Returns: (transfer full): @n with thousands grouped, "12,345" in English,
 *   "12.345" in Vietnamese
 */
char *
cohort_format_count (gint64 n)
{
  return cohort_number_format (n);
}

const char *
cohort_format_gender (CohortGender gender)
{
  switch (gender)
    {
    case COHORT_GENDER_MALE:
      return _("Male");
    case COHORT_GENDER_FEMALE:
      return _("Female");
    case COHORT_GENDER_UNKNOWN:
    default:
      return "";
    }
}

const char *
cohort_format_level (CohortLevel level)
{
  switch (level)
    {
    case COHORT_LEVEL_PROVINCE:
      return _("Province");
    case COHORT_LEVEL_DISTRICT:
      return _("District");
    case COHORT_LEVEL_COMMUNE:
      return _("Commune");
    case COHORT_LEVEL_UNKNOWN:
    default:
      return _("Not set");
    }
}

const char *
cohort_format_class_status (CohortClassStatus status)
{
  switch (status)
    {
    case COHORT_CLASS_STATUS_RUNNING:
      return _("Running");
    case COHORT_CLASS_STATUS_FINISHED:
      return _("Finished");
    case COHORT_CLASS_STATUS_PLANNED:
    default:
      return _("Planned");
    }
}

/**
 * cohort_format_enrolment_status:
 * @status: (nullable): the stored word: "studying", "deferred", …
 */
const char *
cohort_format_study_mode (CohortStudyMode mode)
{
  return mode == COHORT_STUDY_MODE_PART_TIME ? _("Part-time") : _("Full-time");
}

const char *
cohort_format_enrolment_status (const char *status)
{
  if (g_strcmp0 (status, "deferred") == 0)
    return _("Deferred");
  if (g_strcmp0 (status, "withdrawn") == 0)
    return _("Withdrawn");
  if (g_strcmp0 (status, "graduated") == 0)
    return _("Graduated");
  if (g_strcmp0 (status, "not-graduated") == 0)
    return _("Not graduated");
  return _("Studying");
}

/**
 * cohort_format_status_note:
 * @entry: an enrolment
 *
 * What was recorded when the student was withdrawn or deferred: "04/05/2026 ·
 * Decision 15/QĐ-TCT · Moved to another post".
 *
 * Returns: (transfer full) (nullable): the note, or %NULL when none
 */
char *
cohort_format_status_note (CohortEnrolment *entry)
{
  const char *date = cohort_enrolment_get_note (entry, COHORT_STATUS_NOTE_DATE);
  const char *decision = cohort_enrolment_get_note (entry, COHORT_STATUS_NOTE_DECISION);
  const char *reason = cohort_enrolment_get_note (entry, COHORT_STATUS_NOTE_REASON);
  GString *note = g_string_new (NULL);

  if (date != NULL)
    {
      g_autofree char *shown = cohort_date_format (date);
      g_string_append (note, shown);
    }
  if (decision != NULL)
    {
      g_string_append (note, note->len ? " · " : "");
      /* Translators: the number of the decision that withdrew or deferred a student, "Decision 15/QĐ-TCT" */
      g_string_append_printf (note, _("Decision %s"), decision);
    }
  if (reason != NULL)
    g_string_append_printf (note, "%s%s", note->len ? " · " : "", reason);
  return g_string_free (note, note->len == 0);
}

const char *
cohort_format_org_kind (CohortOrgKind kind)
{
  switch (kind)
    {
    case COHORT_ORG_KIND_SCHOOL:
      return _("School");
    case COHORT_ORG_KIND_DISTRICT_CENTRE:
      /* Translators: trung tâm chính trị cấp huyện */
      return _("District political centre");
    case COHORT_ORG_KIND_PARTNER_SCHOOL:
      /* Translators: a school in a partner province of Laos */
      return _("Partner school");
    case COHORT_ORG_KIND_OTHER:
    default:
      return _("Other host");
    }
}

const char *
cohort_format_training_level (CohortTrainingLevel level)
{
  switch (level)
    {
    case COHORT_TRAINING_LEVEL_INTERMEDIATE:
      /* Translators: a level of training, "trung cấp" */
      return C_("training", "Intermediate");
    case COHORT_TRAINING_LEVEL_ELEMENTARY:
      /* Translators: a level of training, "sơ cấp" */
      return C_("training", "Elementary");
    case COHORT_TRAINING_LEVEL_REFRESHER:
      /* Translators: a kind of training, "bồi dưỡng" */
      return C_("training", "Refresher course");
    case COHORT_TRAINING_LEVEL_OTHER:
    default:
      return C_("training", "Other");
    }
}

const char *
cohort_format_credential (CohortCredential credential)
{
  switch (credential)
    {
    case COHORT_CREDENTIAL_DIPLOMA:
      /* Translators: "bằng tốt nghiệp" */
      return _("Diploma");
    case COHORT_CREDENTIAL_CERTIFICATE:
      /* Translators: "giấy chứng nhận" or "chứng chỉ" */
      return _("Certificate");
    case COHORT_CREDENTIAL_COMPLETION:
      /* Translators: "chứng nhận hoàn thành" */
      return _("Certificate of completion");
    case COHORT_CREDENTIAL_NONE:
      return C_("credential", "None");
    case COHORT_CREDENTIAL_UNKNOWN:
    default:
      return C_("credential", "Not known yet");
    }
}

/**
 * cohort_format_province:
 * @name: (nullable): a province's name
 * @now: (nullable): for a province gone on 01/07/2025, the one it is part of now
 *
 * Returns: (transfer full): "Quảng Trị"; "Quảng Bình (now part of Quảng Trị)";
 *   "Quảng Trị (before 01/07/2025)" for the unit that merged into one of its
 *   own name; "" for none
 */
char *
cohort_format_province (const char *name,
                        const char *now)
{
  if (name == NULL)
    return g_strdup ("");
  if (now == NULL)
    return g_strdup (name);
  if (g_str_equal (now, name))
    /* Translators: a province as it was until the merge of provinces on 01/07/2025 */
    return g_strdup_printf (_("%s (before 01/07/2025)"), name);
  /* Translators: a province gone on 01/07/2025, then the one it is part of now */
  return g_strdup_printf (_("%s (now part of %s)"), name, now);
}

/* Template closures */

char *
cohort_format_number_cb (gpointer item,
                         gint64   n)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, n);
}

char *
cohort_format_date_cb (gpointer    item,
                       const char *iso)
{
  return cohort_date_format (iso);
}

char *
cohort_format_class_status_cb (gpointer item,
                               gint64   status)
{
  return g_strdup (cohort_format_class_status ((CohortClassStatus) status));
}

char *
cohort_format_class_size_cb (gpointer item,
                             gint64   enrolled,
                             gint64   planned)
{
  g_autofree char *e = cohort_format_count (enrolled);
  g_autofree char *p = NULL;

  if (planned <= 0)
    return g_steal_pointer (&e);
  p = cohort_format_count (planned);
  /* Translators: students enrolled / planned size of a class, e.g. "42 / 45" */
  return g_strdup_printf (_("%s / %s"), e, p);
}

char *
cohort_format_gender_cb (gpointer item,
                         int      gender)
{
  return g_strdup (cohort_format_gender ((CohortGender) gender));
}

char *
cohort_format_int_cb (gpointer item,
                      int      n)
{
  /* 0 is "none" here: a roster number or course number not given. */
  return n ? g_strdup_printf ("%d", n) : g_strdup ("");
}

char *
cohort_format_optional_cb (gpointer item,
                           gint64   n)
{
  return n ? g_strdup_printf ("%" G_GINT64_FORMAT, n) : g_strdup ("");
}

char *
cohort_format_study_mode_cb (gpointer item,
                             gint64   mode)
{
  return g_strdup (cohort_format_study_mode ((CohortStudyMode) mode));
}

char *
cohort_format_level_cb (gpointer item,
                        int      level)
{
  return g_strdup (level == COHORT_LEVEL_UNKNOWN ? "" : cohort_format_level ((CohortLevel) level));
}

char *
cohort_format_enrolment_status_cb (gpointer    item,
                                   const char *status)
{
  return g_strdup (cohort_format_enrolment_status (status));
}

/* The status cell of a roster: "Withdrawn · 15/QĐ-TCT" (or its date, when
 * no decision number was recorded). */
char *
cohort_format_status_cell_cb (gpointer         item,
                              CohortEnrolment *entry)
{
  const char *status, *decision, *date;
  g_autofree char *shown = NULL;

  if (entry == NULL)
    return g_strdup ("");
  status = cohort_format_enrolment_status (cohort_enrolment_get_status (entry));
  decision = cohort_enrolment_get_note (entry, COHORT_STATUS_NOTE_DECISION);
  date = cohort_enrolment_get_note (entry, COHORT_STATUS_NOTE_DATE);
  if (decision != NULL)
    return g_strdup_printf ("%s · %s", status, decision);
  if (date != NULL)
    {
      shown = cohort_date_format (date);
      return g_strdup_printf ("%s · %s", status, shown);
    }
  return g_strdup (status);
}

/* Its tooltip: the whole note, or none. */
char *
cohort_format_status_tooltip_cb (gpointer         item,
                                 CohortEnrolment *entry)
{
  g_autofree char *note = entry ? cohort_format_status_note (entry) : NULL;

  if (note == NULL)
    return NULL;
  return g_strdup_printf ("%s: %s", cohort_format_enrolment_status (cohort_enrolment_get_status (entry)), note);
}

/**
 * cohort_format_bind_callbacks:
 * @widget_class: a #GtkWidgetClass whose template uses these closures
 */
void
cohort_format_bind_callbacks (gpointer widget_class)
{
  gtk_widget_class_bind_template_callback_full (widget_class, "format_number",
                                                G_CALLBACK (cohort_format_number_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "format_date",
                                                G_CALLBACK (cohort_format_date_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "format_class_status",
                                                G_CALLBACK (cohort_format_class_status_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "format_class_size",
                                                G_CALLBACK (cohort_format_class_size_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "format_gender",
                                                G_CALLBACK (cohort_format_gender_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "format_int",
                                                G_CALLBACK (cohort_format_int_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "format_optional",
                                                G_CALLBACK (cohort_format_optional_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "format_study_mode",
                                                G_CALLBACK (cohort_format_study_mode_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "format_level",
                                                G_CALLBACK (cohort_format_level_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "format_enrolment_status",
                                                G_CALLBACK (cohort_format_enrolment_status_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "format_status_cell",
                                                G_CALLBACK (cohort_format_status_cell_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "format_status_tooltip",
                                                G_CALLBACK (cohort_format_status_tooltip_cb));
}
