# cohortcli.py: what the tests of cohort-cli share. The program under test,
# a temporary folder with the test's database, cohort-cli run on it in the
# environment a case asks for, SQL on the database, each case reported as
# "ok - NAME" or "not ok - NAME: why", and the summary that ends the test.
#
# A test imports it with `import cohortcli` (or `from cohortcli import …`):
# Python looks first in the folder of the script it runs, and meson runs each
# test script from tests/ in the source tree, whatever the build directory.
#
# Copyright 2026 The Cohort authors
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

# The program the test runs: its first argument (see tests/meson.build).
CLI = sys.argv[1]

# A folder of the test's own, and the database in it (created by the first
# command that opens it). It is removed when every case passed.
_name = os.path.basename(sys.argv[0]).removeprefix("test-").removesuffix(".py")
tmp = tempfile.mkdtemp(prefix=f"cohort-{_name}-")
db = os.path.join(tmp, "c.db")

_ran = []
_failed = []


def run(*args, db=db, check=True, lang=None, language=None):
    """Runs cohort-cli with @args on @db (the test's database by default; None
    for no --db) and returns the subprocess.CompletedProcess, output as text.

    @lang replaces the locale the test runs in (LC_ALL, LC_* and LANGUAGE
    removed, LANG set); @language sets LANGUAGE, the language of messages.
    With @check, a non-zero exit fails the case, with what the program said."""
    env = None
    if lang is not None or language is not None:
        env = dict(os.environ)
        if lang is not None:
            for k in list(env):
                if k.startswith("LC_") or k == "LANGUAGE":
                    del env[k]
            env["LANG"] = lang
        if language is not None:
            env["LANGUAGE"] = language
    p = subprocess.run([CLI, *(["--db", db] if db is not None else []), *args],
                       capture_output=True, text=True, env=env)
    if check and p.returncode != 0:
        raise AssertionError(f"{args} exited {p.returncode}: {p.stdout} {p.stderr}")
    return p


def json_lines(text):
    """The JSON objects of cohort-cli's output, one a line; other lines (a
    summary in words) are passed over."""
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


def connect(db=db):
    """A connection to @db, for a test that reads a lot or changes rows
    behind cohort-cli's back; the caller closes it."""
    return sqlite3.connect(db)


def query(sql, params=(), db=db):
    """Every row of @sql on @db, read on a connection of its own."""
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def one(sql, params=(), db=db):
    """The first value of the first row of @sql."""
    return query(sql, params, db)[0][0]


def require_locales(*names):
    """Ends the test as failed unless the system has the locales @names
    (build-aux/setup.sh generates them)."""
    available = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower().split()
    missing = [n for n in names if n.lower().replace("utf-8", "utf8") not in available]
    if missing:
        print(f"not ok - locales {missing} are not installed: run build-aux/setup.sh (locale-gen)")
        sys.exit(1)


def leftovers(folder):
    """The files in @folder, sorted: what an export left there, its
    temporary files included."""
    return sorted(os.listdir(folder))


def clear(folder):
    for name in os.listdir(folder):
        os.unlink(os.path.join(folder, name))


def poppler(tool, *args):
    """The output of one of poppler's tools (pdfinfo, pdftotext, pdffonts)."""
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True).stdout


def squeezed(text):
    """@text without spaces and line ends: pdftotext puts a Lao tone mark high
    above its letter on a line of its own, and breaks lines where it likes."""
    return "".join(text.split())


def case(fn):
    """Runs one case and says how it went; a failure does not stop the cases
    after it."""
    _ran.append(fn.__name__)
    try:
        fn()
        print(f"ok - {fn.__name__}")
    except Exception as e:  # noqa: BLE001 - report every failure, then fail
        _failed.append(fn.__name__)
        print(f"not ok - {fn.__name__}: {e!r}")


def finish():
    """Prints how many cases ran and which failed, and ends the test: exit
    status 0 when every case passed. The temporary folder stays for a look
    when one failed."""
    print(f"1..{len(_ran)}")
    if _failed:
        print(f"# {len(_failed)} of {len(_ran)} cases failed: {', '.join(_failed)}; files in {tmp}")
        sys.exit(1)
    shutil.rmtree(tmp, ignore_errors=True)
    sys.exit(0)


def run_cases(*cases):
    """Runs @cases in this order, then finish()."""
    for fn in cases:
        case(fn)
    finish()
