#!/usr/bin/python3
# test-cli.py: cohort-cli as scripts use it.
#
# Copyright 2026 The Cohort authors
# SPDX-License-Identifier: GPL-3.0-or-later
import datetime
import json
import os
import unicodedata

from cohortcli import connect, run, run_cases, tmp


def fold(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not 0x300 <= ord(c) <= 0x36F)
    return s.replace("đ", "d").replace("Đ", "D").lower()


demo = run("demo", "--students", "4000", "--seed", "3", "-q")


def test_demo_reports_counts():
    assert "4000 people" in demo.stdout or "4000" in demo.stdout, demo.stdout
    con = connect()
    assert con.execute("SELECT count(*) FROM person").fetchone()[0] == 4000
    assert con.execute("SELECT count(*) FROM enrolment").fetchone()[0] > 12000
    assert con.execute("SELECT count(*) FROM person WHERE name_order = 'lo'").fetchone()[0] > 0


def stats(*args):
    return json.loads(run("stats", "--json", *args).stdout)


RAN = "c.status IN ('running', 'finished')"


def chart(data, id):
    return next(c for c in data["charts"] if c["id"] == id)


def test_stats_json_matches_database():
    data = stats()
    con = connect()
    first = con.execute("SELECT min(year) FROM class").fetchone()[0]
    # The period ends this year, even when a class is planned for a later one.
    last = datetime.date.today().year
    assert data["period"] == {"from": first, "to": last, "plan_year": last}, data["period"]
    t = data["tiles"]
    q = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    assert t["classes_running"] == q("SELECT count(*) FROM class WHERE status = 'running'")
    assert t["classes_finished"] == q("SELECT count(*) FROM class WHERE status = 'finished'")
    assert t["classes_planned"] == q("SELECT count(*) FROM class WHERE status = 'planned'")
    assert t["students"] == q("SELECT count(*) FROM enrolment e JOIN class c ON c.id = e.class_id "
                              f"WHERE e.status <> 'withdrawn' AND {RAN}")
    assert t["graduates"] == q("SELECT count(*) FROM enrolment e JOIN class c ON c.id = e.class_id "
                               f"WHERE e.status = 'graduated' AND {RAN}")
    assert t["plan_students"] == q("SELECT sum(planned_students) FROM plan")
    assert t["plan_classes_percent"] == round(1000 * (t["classes_running"] + t["classes_finished"])
                                              / t["plan_classes"]) / 10
    by_program = chart(data, "students-by-program")
    years = [int(c["key"]) for c in by_program["categories"]]
    assert years == list(range(first, last + 1))
    for s in by_program["series"]:
        for year, value in zip(years, s["values"]):
            got = q("SELECT count(*) FROM enrolment e JOIN class c ON c.id = e.class_id "
                    f"WHERE e.status <> 'withdrawn' AND {RAN} AND c.year = {year} "
                    f"AND c.program_type = '{s['key']}'")
            assert value == got, (s["key"], year, value, got)
    assert [c["id"] for c in data["charts"]] == ["students-by-program", "students-by-level", "plan-vs-actual",
                                                 "results-by-year", "lao-by-province"]


def test_stats_year_range():
    data = stats("--from", "2020", "--to", "2021", "--program", "TCLLCT", "--host", "centres")
    assert data["period"]["from"] == 2020 and data["period"]["to"] == 2021
    assert data["filter"] == {"host": "district-centres", "program": "TCLLCT"}
    con = connect()
    n = con.execute("SELECT count(*) FROM class c JOIN org_unit o ON o.id = c.org_unit_id "
                    "WHERE c.year BETWEEN 2020 AND 2021 AND c.program_type = 'TCLLCT' "
                    f"AND o.kind = 'district-centre' AND {RAN}").fetchone()[0]
    t = data["tiles"]
    assert t["classes_running"] + t["classes_finished"] == n
    assert [s["key"] for s in chart(data, "students-by-program")["series"]] in (["TCLLCT"], [])


def test_stats_bad_filters():
    for args, word in ((["--host", "nowhere"], "nowhere"), (["--program", "XYZ"], "XYZ"),
                       (["--from", "2025", "--to", "2020"], "--from")):
        p = run("stats", "--json", *args, check=False)
        assert p.returncode == 2 and word in p.stderr and not p.stdout, (args, p.returncode, p.stderr)


def test_search_nguyen_duc():
    lines = run("search", "nguyen duc", "--limit", "500").stdout.splitlines()
    assert lines, "no one found"
    for line in lines:
        name = line.split("\t")[1]
        f = fold(name).split()
        assert any(w.startswith("nguyen") for w in f) and any(w.startswith("duc") for w in f), name
    names = [l.split("\t")[1] for l in lines]
    assert any(n.startswith("Nguyễn") and "Đức" in n for n in names), names[:5]


def test_search_lao_script():
    lines = run("search", "ສົມພອນ").stdout.splitlines()
    assert lines and all("ສົມພອນ" in l for l in lines), lines[:3]


def test_people_json():
    lines = run("people", "--json").stdout.splitlines()
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
    p = run("frobnicate", check=False)
    assert p.returncode != 0 and "frobnicate" in p.stderr and not p.stdout
    bad = os.path.join(tmp, "bad.db")
    with open(bad, "wb") as f:
        f.write(bytes(range(256)) * 16)
    p = run("stats", "--json", db=bad, check=False)
    assert p.returncode != 0 and "damaged" in p.stderr, p.stderr
    p = run("demo", "--students", "100", check=False)
    assert p.returncode != 0 and "empty database" in p.stderr, p.stderr
    p = run("search", check=False)
    assert p.returncode != 0 and p.stderr


def test_classes_json():
    lines = run("classes", "--json").stdout.splitlines()
    con = connect()
    assert len(lines) == con.execute("SELECT count(*) FROM class").fetchone()[0]
    for line in lines:
        c = json.loads(line)
        for key in ("code", "year", "program", "host", "status", "planned", "enrolled"):
            assert key in c, key
        assert c["status"] in ("planned", "running", "finished")
        n = con.execute("SELECT count(*) FROM enrolment WHERE class_id = ? AND status <> 'withdrawn'",
                        (c["id"],)).fetchone()[0]
        assert c["enrolled"] == n, (c, n)
    only = [json.loads(l) for l in run("classes", "--json", "--year", "2019").stdout.splitlines()]
    assert only and all(c["year"] == 2019 for c in only)


def test_roster_json_in_roster_order():
    con = connect()
    cid, code, year = con.execute(
        "SELECT c.id, c.code, c.year FROM class c WHERE c.lao_province_code IS NULL "
        "ORDER BY (SELECT count(*) FROM enrolment WHERE class_id = c.id) DESC LIMIT 1").fetchone()
    lines = run("roster", code, "--year", str(year), "--json").stdout.splitlines()
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
    p = run("roster", "NO-SUCH-CLASS", "--json", check=False)
    assert p.returncode != 0 and "NO-SUCH-CLASS" in p.stderr and not p.stdout


def plan_rows(con, where="", args=()):
    return con.execute(
        "SELECT p.year, o.name, p.program_type, p.level, p.planned_classes, p.planned_students, p.id, "
        "p.org_unit_id FROM plan p JOIN org_unit o ON o.id = p.org_unit_id "
        "JOIN program_type pt ON pt.code = p.program_type " + where, args).fetchall()


def test_plan_lists_every_line():
    lines = run("plan").stdout.splitlines()
    con = connect()
    rows = plan_rows(con)
    assert len(lines) == len(rows) > 0, (len(lines), len(rows))
    got = sorted(tuple(l.split("\t")) for l in lines)
    want = sorted(tuple(str(x) for x in r[:6]) for r in rows)
    assert got == want
    # newest year first, the school first within a year
    years = [int(l.split("\t")[0]) for l in lines]
    assert years == sorted(years, reverse=True)
    school = con.execute("SELECT name FROM org_unit WHERE kind = 'school'").fetchone()[0]
    first_of_year = {}
    for l in lines:
        first_of_year.setdefault(l.split("\t")[0], l.split("\t")[1])
    assert any(v == school for v in first_of_year.values())


def test_plan_json_one_year_and_host():
    con = connect()
    year = con.execute("SELECT year FROM plan WHERE org_unit_id = 1 GROUP BY year "
                       "HAVING count(*) >= 2 ORDER BY year DESC").fetchone()[0]
    lines = run("plan", "--year", str(year), "--host", "1", "--json").stdout.splitlines()
    rows = [json.loads(l) for l in lines]
    want = plan_rows(con, "WHERE p.year = ? AND p.org_unit_id = 1 "
                     "ORDER BY pt.sort_order, CASE p.level WHEN 'province' THEN 0 WHEN 'district' THEN 1 "
                     "WHEN 'commune' THEN 2 ELSE 3 END", (year,))
    assert [(r["year"], r["host"], r["program"], r["level"], r["classes"], r["students"], r["id"], r["host_id"])
            for r in rows] == want, (rows, want)
    hosts = run("plan", "hosts").stdout.splitlines()
    assert hosts[0].split("\t") == ["1", rows[0]["host"]]


def test_plan_set_and_delete():
    con = connect()
    before_other = plan_rows(con, "WHERE NOT (p.year = 2030 AND p.org_unit_id = 2) ORDER BY p.id")
    audit = con.execute("SELECT count(*) FROM audit_log WHERE entity = 'plan'").fetchone()[0]
    out = run("plan", "set", "--year", "2030", "--host", "2", "--program", "SCLLCT",
              "--level", "commune", "--classes", "3", "--students", "150").stdout
    host = con.execute("SELECT name FROM org_unit WHERE id = 2").fetchone()[0]
    assert out.splitlines() == [f"2030\t{host}\tSCLLCT\tcommune\t3\t150"], out
    run("plan", "set", "--year", "2030", "--host", "2", "--program", "tcllct",
        "--level", "district", "--classes", "1", "--students", "60")
    # the same program and level again replaces that line; the other is kept
    out = run("plan", "set", "--year", "2030", "--host", "2", "--program", "SCLLCT",
              "--level", "commune", "--classes", "4", "--students", "210").stdout.splitlines()
    assert [l.split("\t")[2:] for l in out] == [["TCLLCT", "district", "1", "60"],
                                                ["SCLLCT", "commune", "4", "210"]], out
    got = con.execute("SELECT program_type, level, planned_classes, planned_students FROM plan "
                      "WHERE year = 2030 AND org_unit_id = 2 ORDER BY program_type").fetchall()
    assert got == [("SCLLCT", "commune", 4, 210), ("TCLLCT", "district", 1, 60)], got
    actions = [r[0] for r in con.execute("SELECT action FROM audit_log WHERE entity = 'plan' ORDER BY id")][audit:]
    assert actions == ["create", "create", "update"], actions
    old, new = con.execute("SELECT old_value, new_value FROM audit_log WHERE entity = 'plan' "
                           "AND action = 'update' ORDER BY id DESC").fetchone()
    assert json.loads(old)["students"] == 150 and json.loads(new)["students"] == 210

    # refused: nothing written, the message on stderr says what is wrong
    snapshot = plan_rows(con, "ORDER BY p.id")
    p = run("plan", "set", "--year", "2030", "--host", "2", "--program", "NOPE",
            "--classes", "1", "--students", "1", check=False)
    assert p.returncode == 1 and "NOPE" in p.stderr and "TCLLCT" in p.stderr and not p.stdout, p.stderr
    p = run("plan", "set", "--year", "2030", "--host", "2", "--program", "SCLLCT",
            "--classes", "1", "--students", "100001", check=False)
    assert p.returncode == 1 and "100000" in p.stderr, p.stderr
    p = run("plan", "set", "--year", "1980", "--host", "2", "--program", "SCLLCT",
            "--classes", "1", "--students", "1", check=False)
    assert p.returncode == 1 and "1990" in p.stderr, p.stderr
    p = run("plan", "set", "--year", "2030", "--host", "999", "--program", "SCLLCT",
            "--classes", "1", "--students", "1", check=False)
    assert p.returncode == 1 and "999" in p.stderr, p.stderr
    p = run("plan", "set", "--year", "2030", "--host", "2", "--program", "SCLLCT",
            "--level", "tinh", "--classes", "1", "--students", "1", check=False)
    assert p.returncode == 2 and "tinh" in p.stderr and "province" in p.stderr, p.stderr
    p = run("plan", "set", "--year", "2030", "--host", "2", "--program", "SCLLCT", check=False)
    assert p.returncode == 2 and "--classes" in p.stderr, p.stderr
    p = run("plan", "delete", "--year", "2030", "--host", "2", "--program", "SCLLCT", check=False)
    assert p.returncode == 1 and "SCLLCT" in p.stderr, p.stderr
    assert plan_rows(con, "ORDER BY p.id") == snapshot

    out = run("plan", "delete", "--year", "2030", "--host", "2", "--program", "SCLLCT",
              "--level", "commune").stdout.splitlines()
    assert [l.split("\t")[2] for l in out] == ["TCLLCT"], out
    run("plan", "delete", "--year", "2030", "--host", "2", "--program", "TCLLCT",
        "--level", "district")
    assert not run("plan", "--year", "2030").stdout
    actions = [r[0] for r in con.execute("SELECT action FROM audit_log WHERE entity = 'plan' ORDER BY id")][audit:]
    assert actions == ["create", "create", "update", "delete", "delete"], actions
    assert plan_rows(con, "WHERE NOT (p.year = 2030 AND p.org_unit_id = 2) ORDER BY p.id") == before_other


def test_help_lists_every_command():
    out = run("--help", db=None).stdout
    for cmd in ("init", "demo", "stats", "search", "people", "classes", "roster", "plan", "--db"):
        assert cmd in out, cmd
    out = run("demo", "--help", db=None).stdout
    assert "--students" in out and "--seed" in out
    out = run("plan", "set", "--help", db=None).stdout
    assert "--program" in out and "--classes" in out and "--level" in out


run_cases(test_demo_reports_counts, test_stats_json_matches_database, test_stats_year_range, test_stats_bad_filters,
          test_search_nguyen_duc, test_search_lao_script, test_people_json, test_classes_json,
          test_roster_json_in_roster_order, test_plan_lists_every_line, test_plan_json_one_year_and_host,
          test_plan_set_and_delete, test_errors_go_to_stderr,
          test_help_lists_every_command)
