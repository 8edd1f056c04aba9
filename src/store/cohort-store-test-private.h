/* cohort-store-test-private.h
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For Cohort's tests only (tests/cohort-test-store.c), never for the
 * application: what a plain SQLite connection of their own needs to read
 * and write a Cohort database the way the store does.
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

void _cohort_store_test_register_functions (sqlite3 *db);

G_END_DECLS
