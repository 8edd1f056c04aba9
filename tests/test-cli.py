#!/usr/bin/python3
# test-cli.py: cohort-cli as scripts use it.
#
# Copyright 2026 The Cohort authors
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata

CLI = sys.argv[1]
failures = 0


def run(*args, check=True):
    p = subprocess.run([CLI, *args], capture_output=True, text=True)
    if check and p.returncode != 0:
        raise AssertionError(f"{args} exited {p.returncode}: {p.stderr}")
    return p


def case(fn):
    global failures
    try:
        fn()
        print(f"ok - {fn.__name__}")
    except Exception as e:  # noqa: BLE001 - report every failure, then fail
        failures += 1
        print(f"not ok - {fn.__name__}: {e}")


def fold(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not 0x300 <= ord(c) <= 0x36F)
    return s.replace("đ", "d").replace("Đ", "D").lower()


tmp = tempfile.mkdtemp(prefix="cohort-cli-")
db = os.path.join(tmp, "c.db")
demo = run("--db", db, "demo", "--students", "4000", "--seed", "3", "-q")


def test_demo_reports_counts():
    assert "4000 people" in demo.stdout or "4000" in demo.stdout, demo.stdout
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM person").fetchone()[0] == 4000
    assert con.execute("SELECT count(*) FROM enrolment").fetchone()[0] > 12000
    assert con.execute("SELECT count(*) FROM person WHERE name_order = 'lo'").fetchone()[0] > 0


def test_stats_json_matches_database():
    """The dashboard's tiles and its students-by-program chart, counted again
    in SQL: classes count once they run, students are the places taken."""
    data = json.loads(run("--db", db, "stats", "--json").stdout)
    con = sqlite3.connect(db)
    first, last = con.execute("SELECT min (year), max (year) FROM class").fetchone()
    assert data["period"]["from"] == first and data["period"]["to"] == last, data["period"]
    count = dict(con.execute("SELECT status, count(*) FROM class GROUP BY status").fetchall())
    t = data["tiles"]
    assert (t["classes_running"], t["classes_finished"], t["classes_planned"]) == \
        (count.get("running", 0), count.get("finished", 0), count.get("planned", 0)), (t, count)
    students = con.execute(
        "SELECT count(*) FROM enrolment e JOIN class c ON c.id = e.class_id "
        "WHERE e.status <> 'withdrawn' AND c.status IN ('running', 'finished')").fetchone()[0]
    assert t["students"] == students, (t["students"], students)
    chart = next(c for c in data["charts"] if c["id"] == "students-by-program")
    years = [int(c["key"]) for c in chart["categories"]]
    assert years == list(range(first, last + 1)), years
    for s in chart["series"]:
        for year, value in zip(years, s["values"]):
            got = con.execute(
                "SELECT count(*) FROM enrolment e JOIN class c ON c.id = e.class_id WHERE e.status <> 'withdrawn' "
                "AND c.status IN ('running', 'finished') AND c.year = ? AND c.program_type = ?",
                (year, s["key"])).fetchone()[0]
            assert got == value, (s["key"], year, value, got)
    assert sum(sum(s["values"]) for s in chart["series"]) == students


def test_stats_year_range():
    data = json.loads(run("--db", db, "stats", "--json", "--from", "2020", "--to", "2021").stdout)
    assert (data["period"]["from"], data["period"]["to"]) == (2020, 2021), data["period"]
    con = sqlite3.connect(db)
    n = con.execute("SELECT count(*) FROM class WHERE year BETWEEN 2020 AND 2021 "
                    "AND status IN ('running', 'finished')").fetchone()[0]
    assert data["tiles"]["classes_running"] + data["tiles"]["classes_finished"] == n
    chart = next(c for c in data["charts"] if c["id"] == "students-by-program")
    assert [c["key"] for c in chart["categories"]] == ["2020", "2021"], chart["categories"]


def test_search_nguyen_duc():
    lines = run("--db", db, "search", "nguyen duc", "--limit", "500").stdout.splitlines()
    assert lines, "no one found"
    for line in lines:
        name = line.split("\t")[1]
        f = fold(name).split()
        assert any(w.startswith("nguyen") for w in f) and any(w.startswith("duc") for w in f), name
    names = [l.split("\t")[1] for l in lines]
    assert any(n.startswith("Nguyễn") and "Đức" in n for n in names), names[:5]


def test_search_lao_script():
    lines = run("--db", db, "search", "ສົມພອນ").stdout.splitlines()
    assert lines and all("ສົມພອນ" in l for l in lines), lines[:3]


def test_people_json():
    lines = run("--db", db, "people", "--json").stdout.splitlines()
    assert len(lines) == 4000
    required = {"id", "family_name", "middle_name", "given_name", "full_name", "lao_name",
                "latin_name", "birth_date", "gender", "unit", "position"}
    lao = 0
    for line in lines:
        p = json.loads(line)
        assert required <= p.keys(), required - p.keys()
        assert p["gender"] in ("male", "female", "unknown")
        if p["birth_date"]:
            assert len(p["birth_date"]) == 10 and p["birth_date"][4] == "-", p["birth_date"]
        if p["name_order"] == "vi":
            parts = [p["family_name"], p["middle_name"], p["given_name"]]
            assert p["full_name"] == " ".join(x for x in parts if x), p
        else:
            lao += 1
            assert p["lao_name"] and p["latin_name"], p
            assert p["full_name"].startswith(p["given_name"]), p
    assert lao > 0


def test_errors_go_to_stderr():
    p = run("--db", db, "frobnicate", check=False)
    assert p.returncode != 0 and "frobnicate" in p.stderr and not p.stdout
    bad = os.path.join(tmp, "bad.db")
    with open(bad, "wb") as f:
        f.write(bytes(range(256)) * 16)
    p = run("--db", bad, "stats", "--json", check=False)
    assert p.returncode != 0 and "damaged" in p.stderr, p.stderr
    p = run("--db", db, "demo", "--students", "100", check=False)
    assert p.returncode != 0 and "empty database" in p.stderr, p.stderr
    p = run("--db", db, "search", check=False)
    assert p.returncode != 0 and p.stderr


def test_classes_json():
    lines = run("--db", db, "classes", "--json").stdout.splitlines()
    con = sqlite3.connect(db)
    assert len(lines) == con.execute("SELECT count(*) FROM class").fetchone()[0]
    for line in lines:
        c = json.loads(line)
        for key in ("code", "year", "program", "host", "status", "planned", "enrolled"):
            assert key in c, key
        assert c["status"] in ("planned", "running", "finished")
        n = con.execute("SELECT count(*) FROM enrolment WHERE class_id = ? AND status <> 'withdrawn'",
                        (c["id"],)).fetchone()[0]
        assert c["enrolled"] == n, (c, n)
    only = [json.loads(l) for l in run("--db", db, "classes", "--json", "--year", "2019").stdout.splitlines()]
    assert only and all(c["year"] == 2019 for c in only)


def test_roster_json_in_roster_order():
    con = sqlite3.connect(db)
    cid, code, year = con.execute(
        "SELECT c.id, c.code, c.year FROM class c WHERE c.lao_province_code IS NULL "
        "ORDER BY (SELECT count(*) FROM enrolment WHERE class_id = c.id) DESC LIMIT 1").fetchone()
    lines = run("--db", db, "roster", code, "--year", str(year), "--json").stdout.splitlines()
    rows = [json.loads(l) for l in lines]
    expected = [r[0] for r in con.execute(
        "SELECT p.id FROM enrolment e JOIN person p ON p.id = e.person_id WHERE e.class_id = ? "
        "ORDER BY p.sort_key, p.id", (cid,))]
    assert [r["person_id"] for r in rows] == expected
    for key in ("roster_no", "person_id", "family_name", "middle_name", "given_name", "full_name", "status"):
        assert key in rows[0], key
    # roster numbers follow roster order; the given name leads
    assert [r["roster_no"] for r in rows] == sorted(r["roster_no"] for r in rows)
    firsts = [fold(r["given_name"])[0] for r in rows]
    assert firsts == sorted(firsts), firsts
    p = run("--db", db, "roster", "NO-SUCH-CLASS", "--json", check=False)
    assert p.returncode != 0 and "NO-SUCH-CLASS" in p.stderr and not p.stdout


def test_help_lists_every_command():
    out = run("--help").stdout
    for cmd in ("init", "demo", "stats", "search", "people", "classes", "roster", "--db"):
        assert cmd in out, cmd
    out = run("demo", "--help").stdout
    assert "--students" in out and "--seed" in out


for t in [test_demo_reports_counts, test_stats_json_matches_database, test_stats_year_range,
          test_search_nguyen_duc, test_search_lao_script, test_people_json, test_classes_json,
          test_roster_json_in_roster_order, test_errors_go_to_stderr,
          test_help_lists_every_command]:
    case(t)

sys.exit(1 if failures else 0)
