#!/usr/bin/python3
# test-database-path.py: which database file the window opens. --db wins over
# $COHORT_DB, which wins over the preference (Preferences → Database File),
# which wins over the default file. Runs the real program under the test's X
# display and watches which file it creates.
#
# Copyright 2026 The Cohort authors
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import shutil
import subprocess
import sys
import tempfile
import time

from cohortcli import run_cases

APP = sys.argv[1]


def open_window(home, args=(), cohort_db=None, preference=None):
    """Starts Cohort with a settings file of its own; returns the files it created."""
    env = dict(os.environ)
    env.pop("COHORT_DB", None)
    env["XDG_CONFIG_HOME"] = os.path.join(home, "config")
    env["XDG_DATA_HOME"] = os.path.join(home, "data")
    env["GSETTINGS_BACKEND"] = "keyfile"
    settings = os.path.join(home, "config", "glib-2.0", "settings")
    os.makedirs(settings, exist_ok=True)
    with open(os.path.join(settings, "keyfile"), "w", encoding="utf-8") as f:
        f.write("[io/github/cohort/Cohort]\n")
        if preference:
            f.write(f"database-path='{preference}'\n")
    if cohort_db is not None:
        env["COHORT_DB"] = cohort_db
    proc = subprocess.Popen([APP, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        end = time.monotonic() + 30
        while time.monotonic() < end and proc.poll() is None:
            found = [p for p in candidates(home) if os.path.exists(p)]
            if found:
                time.sleep(0.5)   # let it finish the schema before it is stopped
                return found
            time.sleep(0.1)
        raise AssertionError(f"no database created; exit {proc.poll()}: {proc.stderr.read().decode()[:500]}"
                             if proc.poll() is not None else "no database created in 30 s")
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait(10)


def candidates(home):
    return [os.path.join(home, name) for name in ("option.db", "env.db", "pref.db")] + \
        [os.path.join(home, "data", "cohort", "cohort.db")]


def fresh():
    home = tempfile.mkdtemp(prefix="cohort-db-path-")
    return home, os.path.join(home, "option.db"), os.path.join(home, "env.db"), os.path.join(home, "pref.db")


def test_cohort_db_opens_that_file():
    home, _, env_db, pref_db = fresh()
    try:
        assert open_window(home, cohort_db=env_db) == [env_db]
    finally:
        shutil.rmtree(home)


def test_cohort_db_wins_over_the_preference():
    home, _, env_db, pref_db = fresh()
    try:
        assert open_window(home, cohort_db=env_db, preference=pref_db) == [env_db]
    finally:
        shutil.rmtree(home)


def test_option_wins_over_cohort_db():
    home, option_db, env_db, pref_db = fresh()
    try:
        assert open_window(home, args=["--db", option_db], cohort_db=env_db, preference=pref_db) == [option_db]
    finally:
        shutil.rmtree(home)


def test_preference_without_cohort_db():
    home, _, _, pref_db = fresh()
    try:
        assert open_window(home, cohort_db="", preference=pref_db) == [pref_db]
    finally:
        shutil.rmtree(home)


def test_default_file_last():
    home, _, _, _ = fresh()
    try:
        assert open_window(home) == [os.path.join(home, "data", "cohort", "cohort.db")]
    finally:
        shutil.rmtree(home)


run_cases(test_cohort_db_opens_that_file, test_cohort_db_wins_over_the_preference,
          test_option_wins_over_cohort_db, test_preference_without_cohort_db, test_default_file_last)
