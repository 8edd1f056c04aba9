#!/usr/bin/python3
# test-corrections-cli.py: putting mistakes right with cohort-cli — people delete, people merge,
# people duplicates, enrolments remove, classes delete — as scripts use them.
#
# Copyright 2026 The Cohort authors
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os

from cohortcli import connect, query, run, run_cases, tmp


def dump():
    """Every row of every table but audit_log and the search index's own tables."""
    c = connect()
    out = []
    for (table, no_rowid) in c.execute("SELECT name, sql LIKE '%WITHOUT ROWID%' FROM sqlite_schema "
                                       "WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                                       "AND name NOT LIKE 'person_fts%' AND name <> 'audit_log' ORDER BY name"):
        # a table without rowid is ordered by its primary key, its first columns
        sql = f'SELECT * FROM "{table}" ORDER BY 1, 2' if no_rowid else f'SELECT rowid, * FROM "{table}" ORDER BY rowid'
        out.append((table, c.execute(sql).fetchall()))
    return out


def audit(entity, action):
    return query("SELECT count(*) FROM audit_log WHERE entity = ? AND action = ?", (entity, action))[0][0]


def person_json(pid):
    for line in run("people", "--json").stdout.splitlines():
        p = json.loads(line)
        if p["id"] == pid:
            return p
    return None


run("demo", "--students", "1500", "--seed", "7", "-q")

# A list added to Cohort without a class: Trần Văn Bình, typed by hand, and a junk row. Then an agency's
# list enrols him in a class as TRẦN VĂN BÍNH, with a date of birth one day off, his ID number, unit and phone.
CLASS_ID, CLASS_CODE, CLASS_YEAR = query("SELECT id, code, year FROM class ORDER BY id LIMIT 1")[0]
by_hand = os.path.join(tmp, "by-hand.csv")
with open(by_hand, "w", encoding="utf-8") as f:
    f.write("Họ và tên,Ngày sinh,Chức vụ\n"
            "Trần Văn Bình,04/04/1981,Phó Chủ tịch UBND xã\n"
            "Lưu Thị Nhầm,01/01/2000,\n")
run("import", by_hand)
agency = os.path.join(tmp, "agency.csv")
with open(agency, "w", encoding="utf-8") as f:
    f.write("Họ và tên,Ngày sinh,Chức vụ,Đơn vị công tác,Số CCCD,Điện thoại\n"
            "TRẦN VĂN BÍNH,05/04/1981,Chủ tịch UBND xã,UBND xã Triệu Phong,045081009876,0912345678\n")
run("import", agency, "--class", CLASS_CODE, "--year", str(CLASS_YEAR))
BINH, BINH2, JUNK = [query("SELECT id FROM person WHERE given_name = ? AND birth_date = ?", key)[0][0]
                     for key in (("Bình", "1981-04-04"), ("BÍNH", "1981-04-05"), ("Nhầm", "2000-01-01"))]
# The slip corrected by hand in the file: now both say 04/04/1981.
with connect() as c:
    c.execute("UPDATE person SET birth_date = '1981-04-04' WHERE id = ?", (BINH2,))


def test_duplicates_lists_pairs_with_reasons():
    lines = run("people", "duplicates").stdout.splitlines()
    rows = [l.split("\t") for l in lines]
    assert [str(BINH), str(BINH2), "name-birth-date", "Trần Văn Bình", "1981-04-04", "TRẦN VĂN BÍNH",
            "1981-04-04"] in rows, rows[:5]
    pairs = [json.loads(l) for l in run("people", "duplicates", "--json").stdout.splitlines()]
    assert len(pairs) == len(rows) > 0
    strength = {"id-number": 0, "name-birth-date": 1, "name-year-unit": 2}
    assert [strength[p["reason"]] for p in pairs] == sorted(strength[p["reason"]] for p in pairs)
    for p in pairs:
        a, b = p["first"], p["second"]
        assert p["first_id"] == a["id"] < p["second_id"] == b["id"], p
        assert p["weak"] == (p["reason"] == "name-year-unit")
        if p["reason"] == "id-number":
            assert a["id_number"] == b["id_number"] is not None, p
        elif p["reason"] == "name-birth-date":
            assert a["birth_date"] == b["birth_date"], p
        else:
            assert a["birth_date"][:4] == b["birth_date"][:4] and a["unit"] and b["unit"], p
    # a pair appears once
    assert len({(p["first_id"], p["second_id"]) for p in pairs}) == len(pairs)
    # the same as the window's finder: each pair agrees with the database
    for p in pairs[:50]:
        (n,) = query("SELECT count(*) FROM person WHERE id IN (?, ?)", (p["first_id"], p["second_id"]))[0]
        assert n == 2


def test_merge_keeps_first_fills_from_second():
    # The second record is on a roster; the first on none.
    (enrolment_id, roster_no) = query("SELECT id, roster_no FROM enrolment WHERE person_id = ? AND class_id = ?",
                                      (BINH2, CLASS_ID))[0]
    before_other = person_json(BINH2)
    before_keep = person_json(BINH)
    assert before_keep["unit"] is None and before_other["unit"] == "UBND xã Triệu Phong"

    p = run("people", "merge", str(BINH), str(BINH2))
    lines = p.stdout.splitlines()
    assert len(lines) == 1, p.stdout
    kept = json.loads(lines[0])
    assert kept == person_json(BINH), (kept, person_json(BINH))
    # the first one's values win; what it lacked comes from the second
    assert kept["given_name"] == "Bình" and kept["position"] == "Phó Chủ tịch UBND xã", kept
    assert kept["unit"] == "UBND xã Triệu Phong" and kept["id_number"] == "045081009876", kept
    assert kept["phone"] == "0912345678", kept
    assert person_json(BINH2) is None
    # the enrolment moved, same id and number
    assert query("SELECT person_id, roster_no FROM enrolment WHERE id = ?", (enrolment_id,)) == [(BINH, roster_no)]
    # found by the other's ID number, sorted and searched as a whole
    found = run("search", "045081009876").stdout.splitlines()
    assert [l.split("\t")[0] for l in found] == [str(BINH)], found
    assert audit("person", "delete") >= 1
    assert query("SELECT count(*) FROM audit_log WHERE entity = 'person' AND action = 'update' AND entity_id = ? "
                 "AND new_value LIKE ?", (BINH, f'%"merged_from":{BINH2}%'))[0][0] == 1
    pairs = [json.loads(l) for l in run("people", "duplicates", "--json").stdout.splitlines()]
    assert not [p for p in pairs if BINH2 in (p["first_id"], p["second_id"])]


def test_merge_refused_changes_nothing():
    before = dump()
    for args, status, word in ((["1", "1"], 1, "themselves"), (["1", "999999"], 1, "999999"),
                               (["1"], 2, "merge"), (["1", "x"], 2, "OTHER_ID")):
        p = run("people", "merge", *args, check=False)
        assert p.returncode == status and word in p.stderr and not p.stdout, (args, p.returncode, p.stderr)
    assert dump() == before


def test_delete_person():
    before = dump()
    # on a roster (withdrawn ones count too): refused, with the classes named
    pid, code, year = query("SELECT e.person_id, c.code, c.year FROM enrolment e JOIN class c ON c.id = e.class_id "
                            "WHERE e.status = 'withdrawn' AND (SELECT count(*) FROM enrolment WHERE person_id = "
                            "e.person_id) = 1 LIMIT 1")[0]
    p = run("people", "delete", str(pid), check=False)
    assert p.returncode == 1 and f"{code} ({year})" in p.stderr and not p.stdout, p.stderr
    p = run("people", "delete", "424242", check=False)
    assert p.returncode == 1 and "424242" in p.stderr
    p = run("people", "delete", check=False)
    assert p.returncode == 2 and "people delete" in p.stderr
    assert dump() == before

    p = run("people", "delete", str(JUNK))
    assert "Lưu Thị Nhầm" in p.stdout and str(JUNK) in p.stdout, p.stdout
    assert query("SELECT count(*) FROM person WHERE id = ?", (JUNK,)) == [(0,)]
    old = query("SELECT old_value FROM audit_log WHERE entity = 'person' AND action = 'delete' AND entity_id = ?",
                (JUNK,))
    assert json.loads(old[0][0])["given_name"] == "Nhầm", old
    assert not run("search", "luu thi nham").stdout


def test_enrolments_remove():
    cid, code, year = query("SELECT c.id, c.code, c.year FROM class c WHERE (SELECT count(*) FROM enrolment "
                            "WHERE class_id = c.id) BETWEEN 3 AND 40 ORDER BY c.id LIMIT 1")[0]
    rows = query("SELECT id, person_id FROM enrolment WHERE class_id = ? ORDER BY id", (cid,))
    (students,) = query("SELECT students FROM class_tally WHERE class_id = ?", (cid,))[0]
    before = dump()
    stranger = query("SELECT id FROM person WHERE id NOT IN (SELECT person_id FROM enrolment WHERE class_id = ?) "
                     "LIMIT 1", (cid,))[0][0]
    p = run("enrolments", "remove", "--class", code, "--year", str(year), str(rows[0][1]), str(stranger),
            check=False)
    assert p.returncode == 1 and str(stranger) in p.stderr and code in p.stderr, p.stderr
    p = run("enrolments", "remove", "--class", "NO-SUCH", str(rows[0][1]), check=False)
    assert p.returncode == 1 and "NO-SUCH" in p.stderr
    p = run("enrolments", "remove", str(rows[0][1]), check=False)
    assert p.returncode == 2 and "--class" in p.stderr
    assert dump() == before

    status = query("SELECT status FROM enrolment WHERE id = ?", (rows[0][0],))[0][0]
    p = run("enrolments", "remove", "--class", code, "--year", str(year), str(rows[0][1]))
    assert f"{code} ({year})" in p.stdout, p.stdout
    assert query("SELECT count(*) FROM enrolment WHERE id = ?", (rows[0][0],)) == [(0,)]
    assert query("SELECT students FROM class_tally WHERE class_id = ?", (cid,))[0][0] == \
        students - (status != "withdrawn")
    assert query("SELECT count(*) FROM person WHERE id = ?", (rows[0][1],)) == [(1,)]
    old = query("SELECT old_value FROM audit_log WHERE entity = 'enrolment' AND action = 'delete' AND entity_id = ?",
                (rows[0][0],))
    assert json.loads(old[0][0])["class_id"] == cid, old


def test_classes_delete():
    cid, code, year = query("SELECT c.id, c.code, c.year FROM class c WHERE (SELECT count(*) FROM enrolment "
                            "WHERE class_id = c.id) BETWEEN 1 AND 40 ORDER BY c.id DESC LIMIT 1")[0]
    before = dump()
    p = run("classes", "delete", "--class", code, "--year", str(year), check=False)
    assert p.returncode == 1 and f"{code} ({year})" in p.stderr and not p.stdout, p.stderr
    p = run("classes", "delete", check=False)
    assert p.returncode == 2 and "--class" in p.stderr
    p = run("classes", "delete", "--id", "987654", check=False)
    assert p.returncode == 1 and p.stderr
    assert dump() == before

    # empty it with enrolments remove, then delete it, by code and year
    people = [str(r[0]) for r in query("SELECT person_id FROM enrolment WHERE class_id = ?", (cid,))]
    run("enrolments", "remove", "--class", code, "--year", str(year), *people)
    p = run("classes", "delete", "--class", code, "--year", str(year))
    assert f"{code} ({year})" in p.stdout
    assert query("SELECT count(*) FROM class WHERE id = ?", (cid,)) == [(0,)]
    assert query("SELECT count(*) FROM class_tally WHERE class_id = ?", (cid,)) == [(0,)]
    old = query("SELECT old_value FROM audit_log WHERE entity = 'class' AND action = 'delete' AND entity_id = ?",
                (cid,))
    assert json.loads(old[0][0])["code"] == code
    ids = [json.loads(l)["id"] for l in run("classes", "--json", "--year", str(year)).stdout.splitlines()]
    assert cid not in ids


def test_classes_delete_by_id():
    cid, code, year = query("SELECT c.id, c.code, c.year FROM class c WHERE c.id <> ? ORDER BY c.id LIMIT 1",
                            (CLASS_ID,))[0]
    people = [str(r[0]) for r in query("SELECT person_id FROM enrolment WHERE class_id = ?", (cid,))]
    if people:
        run("enrolments", "remove", "--class", code, "--year", str(year), *people)
    p = run("classes", "delete", "--id", str(cid))
    assert code in p.stdout
    assert query("SELECT count(*) FROM class WHERE id = ?", (cid,)) == [(0,)]


def test_people_json_still_works():
    lines = run("people", "--json").stdout.splitlines()
    assert len(lines) == query("SELECT count(*) FROM person")[0][0]
    assert all(json.loads(l)["id"] for l in lines)
    p = run("people", "frobnicate", check=False)
    assert p.returncode == 2 and "frobnicate" in p.stderr


def test_help_names_the_corrections():
    out = run("--help", db=None, check=False).stdout
    for word in ("people", "delete ID", "merge KEEP_ID OTHER_ID", "duplicates", "enrolments", "remove --class",
                 "classes", "delete --class"):
        assert word in out, word


run_cases(test_duplicates_lists_pairs_with_reasons, test_merge_refused_changes_nothing,
          test_merge_keeps_first_fills_from_second, test_delete_person, test_enrolments_remove,
          test_classes_delete, test_classes_delete_by_id, test_people_json_still_works,
          test_help_names_the_corrections)
