/* cohort-io-error.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define COHORT_IO_ERROR (cohort_io_error_quark ())

typedef enum
{
  COHORT_IO_ERROR_NOT_TEXT,    /* binary content where text was expected */
  COHORT_IO_ERROR_ENCODING,    /* text in no encoding Cohort knows */
  COHORT_IO_ERROR_TOO_LARGE,   /* a cell, a row or the file beyond the limits */
  COHORT_IO_ERROR_CORRUPT,     /* a damaged file */
  COHORT_IO_ERROR_FAILED,
  COHORT_IO_ERROR_NOT_CONFIGURED, /* a setting a document needs is empty */
  COHORT_IO_ERROR_CANNOT_WRITE,   /* the file or its folder cannot be written */
  COHORT_IO_ERROR_INVALID,        /* e.g. the Lao list of a class of Vietnamese cadres */
} CohortIoError;

GQuark cohort_io_error_quark (void);

G_END_DECLS
