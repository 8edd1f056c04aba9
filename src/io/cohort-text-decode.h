/* cohort-text-decode.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The encodings agency files come in. */
typedef enum
{
  COHORT_TEXT_UTF8,
  COHORT_TEXT_UTF8_BOM,
  COHORT_TEXT_UTF16LE,
  COHORT_TEXT_UTF16BE,
  COHORT_TEXT_WINDOWS_1258,
  COHORT_TEXT_TCVN3,           /* the "ABC" fonts (.VnTime): TCVN 5712 VN3 */
  COHORT_TEXT_VNI,             /* the VNI fonts (VNI-Times): a letter, then its marks */
} CohortTextEncoding;

char       *cohort_text_decode          (const guint8       *data,
                                         gsize               len,
                                         CohortTextEncoding *detected,
                                         GError            **error);
const char *cohort_text_encoding_name   (CohortTextEncoding  encoding);
gboolean    cohort_text_guess_legacy_font  (const char         *sample,
                                            CohortTextEncoding *encoding);
char       *cohort_text_decode_legacy_font (const char         *text,
                                            CohortTextEncoding  encoding);

G_END_DECLS
