#!/usr/bin/python3
# test-setup-cli.py: cohort-cli hosts, programs and classes add as scripts use
# them — the JSON of hosts list, every refusal exiting non-zero with a message
# and changing nothing, new classes only at open hosts and in programs the
# school runs.
#
# Copyright 2026 The Cohort authors
# SPDX-License-Identifier: GPL-3.0-or-later
import json

from cohortcli import connect, one, query, run, run_cases


TABLES = ("org_unit", "class", "program_type", "setting", "setup_step", "audit_log", "plan")


def dump():
    return {t: query(f"SELECT * FROM {t} ORDER BY rowid") for t in TABLES}


def refused(args, words, status=None):
    """The command exits non-zero, says why on stderr, prints nothing and changes nothing."""
    before = dump()
    p = run(*args, check=False)
    assert p.returncode != 0, (args, p.stdout)
    if status is not None:
        assert p.returncode == status, (args, p.returncode, p.stderr)
    assert not p.stdout, (args, p.stdout)
    for w in words:
        assert w in p.stderr, (args, w, p.stderr)
    assert dump() == before, args
    return p


def host_lines():
    return [json.loads(line) for line in run("hosts", "list", "--json").stdout.splitlines()]


run("init")


def test_empty_database_has_no_hosts():
    assert run("hosts", "list", "--json").stdout == ""
    assert run("hosts").stdout == ""
    assert one("SELECT count(*) FROM program_type WHERE active") == 9


def test_hosts_add_prints_the_object():
    p = run("hosts", "add", "Trường Chính trị Lê Duẩn", "--kind", "school", "--short", "TCT", "--province", "quang tri")
    school = json.loads(p.stdout)
    assert list(school.keys()) == ["id", "name", "kind", "province", "closed_on"], school
    assert school == {"id": school["id"], "name": "Trường Chính trị Lê Duẩn", "kind": "school",
                      "province": "Quảng Trị", "closed_on": None}
    assert query("SELECT kind, short_code, vn_province_id FROM org_unit WHERE id = ?", (school["id"],)) == \
        [("school", "TCT", 72)]
    # a province by its number, one gone on 01/07/2025 by its name
    centre = json.loads(run("hosts", "add", "Trung tâm Chính trị huyện Gio Linh", "--kind", "centre",
                            "--province", "31").stdout)
    assert centre["kind"] == "centre" and centre["province"] == "Quảng Trị", centre
    assert one("SELECT vn_province_id FROM org_unit WHERE id = ?", (centre["id"],)) == 31
    other = json.loads(run("hosts", "add", "Trung tâm Chính trị huyện Lệ Thủy", "--kind", "other",
                           "--province", "Tỉnh QUẢNG BÌNH").stdout)
    assert other["kind"] == "other" and other["province"] == "Quảng Bình", other
    plain = json.loads(run("hosts", "add", "Hội trường Tỉnh ủy", "--kind", "other").stdout)
    assert plain["province"] is None
    assert one("SELECT count(*) FROM audit_log WHERE entity = 'org_unit' AND action = 'create'") == 4


def test_hosts_list_json_contract():
    lines = host_lines()
    rows = query("SELECT o.id, o.name, o.kind, p.name, o.valid_to FROM org_unit o "
                 "LEFT JOIN vn_province p ON p.id = o.vn_province_id")
    assert len(lines) == len(rows)
    kinds = {"school": "school", "district-centre": "centre", "partner-school": "other", "other": "other"}
    by_id = {r[0]: r for r in rows}
    for h in lines:
        assert set(h.keys()) == {"id", "name", "kind", "province", "closed_on"}, h
        r = by_id[h["id"]]
        assert (h["name"], h["kind"], h["province"], h["closed_on"]) == (r[1], kinds[r[2]], r[3], r[4]), (h, r)
    assert lines[0]["kind"] == "school"
    # tab-separated without --json: the province gone on 01/07/2025 with its unit of today
    text = run("hosts", "list").stdout
    assert "Quảng Bình" in text and text.count("\n") == len(rows), text


def test_partner_school_is_other():
    con = connect()
    con.execute("INSERT INTO org_unit (name, kind, lao_province_code) VALUES "
                "('Trường Chính trị - Hành chính tỉnh Savannakhet', 'partner-school', '13')")
    con.commit()
    con.close()
    partner = [h for h in host_lines() if "Savannakhet" in h["name"]]
    assert len(partner) == 1 and partner[0]["kind"] == "other", partner
    # edited without --kind, it stays a partner school
    run("hosts", "edit", str(partner[0]["id"]), "--short", "TCT-HC SVK")
    assert one("SELECT kind FROM org_unit WHERE id = ?", (partner[0]["id"],)) == "partner-school"


def host_id(name_part):
    return next(h["id"] for h in host_lines() if name_part in h["name"])


def test_hosts_edit():
    hid = host_id("Hội trường")
    p = run("hosts", "edit", str(hid), "--name", "Trung tâm Chính trị huyện Vĩnh Linh", "--kind", "centre",
            "--short", "TTCT VL", "--province", "Quảng Trị")
    h = json.loads(p.stdout)
    assert h == {"id": hid, "name": "Trung tâm Chính trị huyện Vĩnh Linh", "kind": "centre",
                 "province": "Quảng Trị", "closed_on": None}, h
    assert one("SELECT short_code FROM org_unit WHERE id = ?", (hid,)) == "TTCT VL"
    run("hosts", "edit", str(hid), "--short", "", "--province", "")
    assert query("SELECT short_code, vn_province_id FROM org_unit WHERE id = ?", (hid,)) == [(None, None)]
    assert one("SELECT count(*) FROM audit_log WHERE entity = 'org_unit' AND action = 'update' "
               "AND entity_id = ?", (hid,)) == 2


def test_hosts_refusals():
    school = host_id("Lê Duẩn")
    refused(["hosts", "add", "Trường Chính trị Nguyễn Văn Cừ", "--kind", "school"], ["Lê Duẩn"], 1)
    refused(["hosts", "add", "Trung tâm X", "--kind", "centre", "--province", "Atlantis"], ["Atlantis"], 1)
    refused(["hosts", "add", "   ", "--kind", "centre"], ["name"], 1)
    refused(["hosts", "add", "trung tam chinh tri huyen gio linh", "--kind", "centre"], ["Gio Linh"], 1)
    refused(["hosts", "add", "Trung tâm Y", "--kind", "district"], ["--kind"], 2)
    refused(["hosts", "add", "Trung tâm Y"], ["--kind"], 2)
    refused(["hosts", "edit", "4242", "--name", "Z"], ["4242"], 1)
    refused(["hosts", "edit", str(host_id("Vĩnh Linh")), "--kind", "school"], ["Lê Duẩn"], 1)
    refused(["hosts", "edit", str(school), "--name", ""], ["name"], 1)
    refused(["hosts", "close", "4242", "--date", "30/06/2025"], ["4242"], 1)
    refused(["hosts", "close", str(school), "--date", "31/02/2025"], ["31/02/2025"], 2)
    refused(["hosts", "close", str(school)], ["--date"], 2)
    refused(["hosts", "frobnicate"], ["frobnicate"], 2)


def class_line(code):
    return next(json.loads(line) for line in run("classes", "--json").stdout.splitlines()
                if json.loads(line)["code"] == code)


def test_classes_add():
    gio_linh = host_id("Gio Linh")
    p = run("classes", "add", "--code", "SC01-GL", "--year", "2025", "--program", "scllct", "--host", str(gio_linh),
            "--start", "03/03/2025", "--end", "31/03/2025", "--planned", "45")
    c = json.loads(p.stdout)
    assert c == class_line("SC01-GL"), (c, class_line("SC01-GL"))
    assert c["program"] == "SCLLCT" and c["host"] == "Trung tâm Chính trị huyện Gio Linh", c
    assert (c["start_date"], c["end_date"], c["planned"], c["enrolled"], c["status"]) == \
        ("2025-03-03", "2025-03-31", 45, 0, "planned"), c
    assert one("SELECT count(*) FROM audit_log WHERE entity = 'class' AND action = 'create'") == 1
    # ISO dates, a mode and a level
    p = run("classes", "add", "--code", "K52A", "--year", "2026", "--program", "TCLLCT", "--host",
            str(host_id("Lê Duẩn")), "--start", "2026-03-02", "--end", "2026-12-18", "--planned", "60",
            "--mode", "part-time", "--level", "district")
    c = json.loads(p.stdout)
    assert c["mode"] == "part-time" and c == class_line("K52A")
    assert one("SELECT level FROM class WHERE code = 'K52A'") == "district"


def test_classes_add_refusals():
    school = str(host_id("Lê Duẩn"))
    base = ["classes", "add", "--year", "2026", "--program", "TCLLCT", "--host", school, "--planned", "60"]
    refused(base + ["--code", "K52A"], ["K52A", "2026"], 1)
    refused(base + ["--code", "K53", "--start", "02/03/2026", "--end", "01/03/2026"], ["end"], 1)
    refused(["classes", "add", "--code", "K54", "--year", "2026", "--program", "TCLLCT", "--host", school,
             "--planned", "0"], ["planned"], 1)
    refused(["classes", "add", "--code", "K55", "--year", "2026", "--program", "NOPE", "--host", school,
             "--planned", "5"], ["NOPE"], 1)
    refused(["classes", "add", "--code", "K56", "--year", "2026", "--program", "TCLLCT", "--host", "4242",
             "--planned", "5"], ["4242"], 1)
    refused(base + ["--code", "K57", "--start", "2026-13-01"], ["--start"], 2)
    refused(["classes", "add", "--code", "K58"], ["classes add"], 2)


def test_close_host():
    gio_linh = str(host_id("Gio Linh"))
    # closing before the start of one of its classes is refused
    refused(["hosts", "close", gio_linh, "--date", "01/03/2025"], ["SC01-GL", "03/03/2025"], 1)
    h = json.loads(run("hosts", "close", gio_linh, "--date", "30/06/2025").stdout)
    assert h["closed_on"] == "2025-06-30", h
    assert one("SELECT valid_to FROM org_unit WHERE id = ?", (int(gio_linh),)) == "2025-06-30"
    # ISO accepted too
    h = json.loads(run("hosts", "close", gio_linh, "--date", "2025-06-30").stdout)
    assert h["closed_on"] == "2025-06-30"
    # it keeps its class; it takes no new one
    assert class_line("SC01-GL")["host"] == "Trung tâm Chính trị huyện Gio Linh"
    refused(["classes", "add", "--code", "SC02-GL", "--year", "2025", "--program", "SCLLCT", "--host", gio_linh,
             "--start", "01/09/2025", "--planned", "40"], ["30/06/2025"], 1)
    # listed as closed with its date
    assert [h["closed_on"] for h in host_lines() if h["id"] == int(gio_linh)] == ["2025-06-30"]
    assert "30/06/2025" in run("hosts", "list").stdout
    # the school, with a class in 2026, cannot close in 2025
    school = str(host_id("Lê Duẩn"))
    refused(["hosts", "close", school, "--date", "31/12/2025"], ["K52A"], 1)


def test_programs():
    lines = [json.loads(line) for line in run("programs", "list", "--json").stdout.splitlines()]
    assert [p["code"] for p in lines] == [r[0] for r in query("SELECT code FROM program_type ORDER BY sort_order")]
    keys = ["code", "name", "short_name", "level", "credential", "graded", "lao", "active", "builtin", "classes"]
    assert all(list(p.keys()) == keys for p in lines), lines[0]
    tcllct = lines[0]
    assert tcllct["level"] == "intermediate" and tcllct["credential"] == "diploma" and tcllct["builtin"], tcllct
    assert tcllct["classes"] == one("SELECT count(*) FROM class WHERE program_type = 'TCLLCT'")

    p = json.loads(run("programs", "add", "bd_cvc", "--name", "Bồi dưỡng ngạch chuyên viên chính", "--short",
                       "Chuyên viên chính", "--level", "boi duong", "--credential", "certificate",
                       "--graded").stdout)
    assert (p["code"], p["level"], p["credential"], p["graded"], p["lao"], p["active"], p["builtin"]) == \
        ("BD_CVC", "refresher", "certificate", True, False, True, False), p
    assert query("SELECT training_level, credential, graded, active, builtin FROM program_type "
                 "WHERE code = 'BD_CVC'") == [("refresher", "certificate", 1, 1, 0)]
    p = json.loads(run("programs", "edit", "BD_CVC", "--lao", "yes", "--graded", "no", "--short", "CVC").stdout)
    assert (p["lao"], p["graded"], p["short_name"]) == (True, False, "CVC"), p
    p = json.loads(run("programs", "disable", "bd_cvc").stdout)
    assert p["active"] is False
    assert "\toff\t" in next(l for l in run("programs").stdout.splitlines() if l.startswith("BD_CVC"))
    refused(["classes", "add", "--code", "CVC01", "--year", "2026", "--program", "BD_CVC", "--host",
             str(host_id("Lê Duẩn")), "--planned", "30"], ["CVC"], 1)
    assert json.loads(run("programs", "enable", "BD_CVC").stdout)["active"] is True
    run("classes", "add", "--code", "CVC01", "--year", "2026", "--program", "BD_CVC", "--host",
        str(host_id("Lê Duẩn")), "--planned", "30")
    assert one("SELECT count(*) FROM audit_log WHERE entity = 'program'") == 4

    refused(["programs", "add", "BD_CVC", "--name", "x", "--short", "y"], ["BD_CVC"], 1)
    refused(["programs", "add", "BỒI DƯỠNG", "--name", "x", "--short", "y"], ["BỒI DƯỠNG"], 1)
    refused(["programs", "add", "BD_Z", "--name", "x"], ["programs add"], 2)
    refused(["programs", "add", "BD_Z", "--name", "x", "--short", "y", "--level", "cao cap"], ["--level"], 2)
    refused(["programs", "edit", "NOPE", "--name", "x"], ["NOPE"], 1)
    refused(["programs", "delete", "SCLLCT"], ["Sơ cấp LLCT"], 1)
    refused(["programs", "delete", "BD_CVC"], ["CVC"], 1)
    run("programs", "add", "BD_TAM", "--name", "Lớp tạm", "--short", "Tạm")
    run("programs", "delete", "bd_tam")
    assert one("SELECT count(*) FROM program_type WHERE code = 'BD_TAM'") == 0
    assert one("SELECT count(*) FROM audit_log WHERE entity = 'program' AND action = 'delete'") == 1


def test_classes_list_still_works():
    lines = run("classes", "--json", "--year", "2025").stdout.splitlines()
    assert [json.loads(line)["code"] for line in lines] == ["SC01-GL"]
    p = run("classes", check=False)
    assert p.returncode == 2 and "--json" in p.stderr


def test_help():
    out = run("--help").stdout
    for word in ("hosts", "programs", "classes  add"):
        assert word in out, word
    assert "--province" in run("hosts", "add", "--help").stdout


run_cases(*[fn for name, fn in list(globals().items()) if name.startswith("test_") and callable(fn)])
