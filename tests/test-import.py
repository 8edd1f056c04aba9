#!/usr/bin/python3
# test-import.py: cohort-cli import on lists made the ways agencies make them
# (openpyxl .xlsx with titles, merged cells and a signature footer; CSV in
# Windows-1258 and TCVN3), every value checked; bad files change nothing.
#
# Copyright 2026 The Cohort authors
# SPDX-License-Identifier: GPL-3.0-or-later
import datetime
import hashlib
import json
import os
import subprocess
import unicodedata

import openpyxl

from cohortcli import CLI, connect, db, query, run, run_cases, tmp


def digest():
    con = connect()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    with open(db, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def roster(code, year):
    lines = run("roster", code, "--year", str(year), "--json").stdout.splitlines()
    return {r["full_name"]: r for r in map(json.loads, lines)}


def person(full_name):
    for line in run("people", "--json").stdout.splitlines():
        p = json.loads(line)
        if " ".join(x for x in (p.get("family_name"), p.get("middle_name"), p.get("given_name")) if x) == full_name:
            return p
    raise AssertionError(f"{full_name} not in the database")


run("demo", "--students", "300", "--seed", "2", "-q")
CODE, YEAR = query("SELECT code, year FROM class ORDER BY id LIMIT 1")[0]


def make_xlsx(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    sheet["A1"] = "SỞ NỘI VỤ TỈNH QUẢNG TRỊ"
    sheet["A2"] = "DANH SÁCH CÁN BỘ CỬ ĐI HỌC LỚP TRUNG CẤP LLCT"
    sheet.merge_cells("A2:G2")
    sheet.append([])
    sheet.append(["STT", "Họ và tên", "Ngày sinh", None, "Chức vụ", "Đơn vị công tác", "Số CCCD"])
    sheet.merge_cells("C4:D4")
    sheet.append([None, None, "Nam", "Nữ", None, None, None])
    sheet.append([1, "Hoàng Thị Mai", None, datetime.date(1988, 8, 15), "Phó Chủ tịch UBND xã",
                  "UBND xã Gio Mỹ", "045188012345"])
    sheet.append([2, "Phan Văn Hùng", datetime.date(1979, 2, 1), None, "Chủ tịch UBND xã", None, "045079054321"])
    sheet.merge_cells("F6:F7")
    sheet.append([3, "Võ Văn Sáu", "31/02/1980", None, None, "UBND xã Gio Hải", None])
    sheet.append([])
    sheet.append([None, "Người lập biểu", None, None, "Giám đốc Sở", None, None])
    book.save(path)


def test_xlsx_dry_run_changes_nothing():
    path = os.path.join(tmp, "list.xlsx")
    make_xlsx(path)
    before = digest()
    out = run("import", path, "--class", CODE, "--year", str(YEAR), "--dry-run").stdout
    assert "3 people" in out, out
    assert "Row 8" in out and "31/02/1980" in out, out
    assert "Nothing was written" in out, out
    assert digest() == before


def test_xlsx_import_every_value():
    path = os.path.join(tmp, "list.xlsx")
    make_xlsx(path)
    run("import", path, "--class", CODE, "--year", str(YEAR))
    rows = roster(CODE, YEAR)
    assert "Hoàng Thị Mai" in rows and "Phan Văn Hùng" in rows, rows.keys()
    assert "Võ Văn Sáu" not in rows          # its date cannot be read: left out
    assert "Người lập biểu" not in rows
    mai = person("Hoàng Thị Mai")
    assert mai["birth_date"] == "1988-08-15", mai
    assert mai["gender"] == "female", mai
    assert mai["position"] == "Phó Chủ tịch UBND xã", mai
    assert mai["unit"] == "UBND xã Gio Mỹ", mai
    assert mai["id_number"] == "045188012345", mai
    hung = person("Phan Văn Hùng")
    assert hung["birth_date"] == "1979-02-01" and hung["gender"] == "male", hung
    assert hung["unit"] == "UBND xã Gio Mỹ", hung     # merged down from the row above
    # The same list again: the people are known, and already on the roster
    out = run("import", path, "--class", CODE, "--year", str(YEAR)).stdout
    assert "0 new" in out and "2 already in Cohort" in out, out


TONES = {0x300, 0x301, 0x303, 0x309, 0x323}


def to_cp1258(text):
    """Windows-1258 as Windows writes it: letters with ^, ( and + precomposed, tones as combining marks."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if ord(c) in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if ord(c) not in TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


def test_csv_legacy_encodings():
    text = ("Họ và tên;Ngày sinh;Giới tính;Đơn vị\n"
            "Đặng Thị Ngọc Ánh;05/01/1990;Nữ;Huyện ủy Vĩnh Linh\n"
            "Bùi Văn Được;7/7/79;Nam;Ủy ban MTTQ huyện\n")
    for name, data in (("cp1258.csv", to_cp1258(text)),
                       ("tcvn3.csv", subprocess.run(["iconv", "-t", "TCVN5712-1"], input=text.encode(),
                                                    capture_output=True, check=True).stdout)):
        path = os.path.join(tmp, name)
        with open(path, "wb") as f:
            f.write(data)
        out = run("import", path, "--dry-run").stdout
        assert "2 people" in out, (name, out)
    run("import", os.path.join(tmp, "cp1258.csv"))
    anh = person("Đặng Thị Ngọc Ánh")
    assert anh["birth_date"] == "1990-01-05" and anh["gender"] == "female", anh
    assert anh["unit"] == "Huyện ủy Vĩnh Linh", anh
    duoc = person("Bùi Văn Được")
    assert duoc["birth_date"] == "1979-07-07" and duoc["unit"] == "Ủy ban MTTQ huyện", duoc


def test_ethnicity_and_religion_by_name():
    path = os.path.join(tmp, "groups.csv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("Họ và tên,Ngày sinh,Dân tộc,Tôn giáo\n"
                "Hồ Văn Bốn,01/01/1975,dân tộc Bru-Vân Kiều,Không\n"
                "Lê Thị Năm,02/02/1982,KINH,Phật giáo\n"
                "Trần Văn Sáu,03/03/1983,Kin,\n"
                "Đỗ Văn Bảy,04/04/1984,Kinh,Đạo Lạ\n")
    out = run("import", path).stdout
    # An ethnic group Cohort cannot map keeps the person, the text kept; an unknown religion leaves the row out
    assert "Row 4 imported, to check" in out and "Kin" in out, out
    assert "Row 5 left out" in out and "Đạo Lạ" in out, out
    assert "3 to import" in out, out
    con = connect()
    rows = {r[0]: r[1:] for r in con.execute(
        "SELECT given_name, ethnicity, religion, ethnicity_text FROM person "
        "WHERE given_name IN ('Bốn', 'Năm', 'Sáu', 'Bảy') AND birth_date LIKE '198%' OR given_name = 'Bốn'")}
    assert rows["Bốn"] == ("24", "00", None), rows
    assert rows["Năm"] == ("01", "01", None), rows
    assert rows["Sáu"] == (None, None, "Kin"), rows
    assert "Bảy" not in rows, rows


def test_bad_files_change_nothing():
    good = os.path.join(tmp, "list.xlsx")
    make_xlsx(good)
    with open(good, "rb") as f:
        data = f.read()
    cut = os.path.join(tmp, "cut.xlsx")
    with open(cut, "wb") as f:
        f.write(data[: len(data) // 2])
    garbage = os.path.join(tmp, "garbage.csv")
    with open(garbage, "wb") as f:
        f.write(bytes(range(256)) * 10)
    notes = os.path.join(tmp, "notes.csv")
    with open(notes, "w") as f:
        f.write("Báo cáo tháng 10\nSố liệu,12,13\n")
    before = digest()
    for path, words in ((cut, "damaged"), (garbage, "not a text"), (notes, "header")):
        p = run("import", path, "--class", CODE, "--year", str(YEAR), check=False)
        assert p.returncode == 1, (path, p.returncode, p.stdout, p.stderr)
        assert words in p.stderr, (path, p.stderr)
    assert digest() == before


def test_rejected_rows_saved_with_reasons():
    path = os.path.join(tmp, "list.xlsx")
    make_xlsx(path)
    out_path = os.path.join(tmp, "rejects.xlsx")
    before = digest()
    out = run("import", path, "--dry-run", "--rejects", out_path).stdout
    assert "1 rows that cannot be imported saved" in out, out
    assert digest() == before
    assert not [n for n in os.listdir(tmp) if n.startswith(".rejects")], os.listdir(tmp)
    sheet = openpyxl.load_workbook(out_path).active
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    # The two header rows as the reader sees them (a merged cell's value in each of its cells)
    assert rows[0] == ["STT", "Họ và tên", "Ngày sinh", "Ngày sinh", "Chức vụ", "Đơn vị công tác", "Số CCCD",
                       "Why it was not imported", "Row in the file"], rows[0]
    assert rows[1] == [None, None, "Nam", "Nữ", None, None, None, None, None], rows[1]
    assert len(rows) == 3, rows
    # The row as the file has it, then why, then where
    assert rows[2][:7] == ["3", "Võ Văn Sáu", "31/02/1980", None, None, "UBND xã Gio Hải", None], rows[2]
    assert "“Ngày sinh › Nam”" in rows[2][7] and "31/02/1980" in rows[2][7], rows[2][7]
    assert rows[2][8] == 8, rows[2]
    # A folder that cannot be written: a clear error, nothing written
    p = run("import", path, "--dry-run", "--rejects", "/proc/nowhere/r.xlsx", check=False)
    assert p.returncode == 1 and "/proc/nowhere" in p.stderr, p.stderr


def test_text_past_its_limit_refused():
    """A 5,000-character cell (pasted in the spreadsheet by mistake) and a name of
    60 characters: those rows are refused with their reason, never cut; the others import."""
    path = os.path.join(tmp, "long.csv")
    long_unit = "Ủy ban nhân dân xã " * 264          # 5,015 characters once trimmed, three bytes for some
    long_name = "Nguyễn Văn " + "Thànhđạtthànhcông" * 4   # a given name of 68 characters
    with open(path, "w", encoding="utf-8") as f:
        f.write("Họ và tên,Ngày sinh,Đơn vị công tác\n"
                f"Phan Văn Bảy,07/07/1977,{long_unit}\n"
                f"{long_name},08/08/1978,UBND xã Vĩnh Tú\n"
                "Đinh Thị Tám,09/09/1979,UBND xã Vĩnh Tú\n")
    con = connect()
    before = con.execute("SELECT count(*), max (length (unit)) FROM person").fetchone()
    con.close()
    out = run("import", path).stdout
    assert "Row 2" in out and "200" in out and "5,015" in out, out
    assert "Row 3" in out and "50" in out, out
    assert "1 to import" in out, out
    con = connect()
    after = con.execute("SELECT count(*), max (length (unit)) FROM person").fetchone()
    assert after[0] == before[0] + 1, (before, after)
    assert after[1] <= 200, after
    assert con.execute("SELECT count(*) FROM person WHERE given_name IN ('Bảy') OR length (given_name) > 50"
                       ).fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM person WHERE given_name = 'Tám' AND family_name = 'Đinh'").fetchone()[0] == 1


def test_full_disk_imports_nothing():
    """A disk that fills in the middle of a large import (a file size limit
    stands for it): the import is refused whole, whatever the phase it
    reaches, and no row of it is kept."""
    import resource
    import shutil

    path = os.path.join(tmp, "big.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("STT,Họ và tên,Ngày sinh,Giới tính,Đơn vị công tác\n")
        for i in range(1, 12001):
            f.write(f"{i},Nguyễn Văn Số{i},{i % 28 + 1:02d}/{i % 12 + 1:02d}/19{60 + i % 40},Nam,UBND xã {i % 50}\n")
    small = os.path.join(tmp, "small.db")
    people_before = len(run("people", "--json").stdout.splitlines())
    outcomes = set()
    for mb in (1, 2, 4, 8, 12, 16, 24, 64):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(small + suffix):
                os.unlink(small + suffix)
        con = connect()
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        shutil.copy(db, small)
        limit = mb * 1024 * 1024
        p = subprocess.run([CLI, "--db", small, "import", path], capture_output=True, text=True,
                           preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit)),
                           restore_signals=False)
        people = run("people", "--json", db=small, check=False)
        imports = run("imports", "list", "--json", db=small, check=False)
        n = len(people.stdout.splitlines())
        if p.returncode == 0:
            assert n == people_before + 12000, (mb, n)
            outcomes.add("written")
        else:
            assert n == people_before, (mb, n, p.stderr)
            assert "Nguyễn Văn Số" not in p.stderr, p.stderr   # the disk, not a person, is to blame
            assert len(imports.stdout.splitlines()) == len(run("imports", "list", "--json").stdout.splitlines())
            outcomes.add("refused")
    assert outcomes == {"written", "refused"}, outcomes


def test_person_twice_in_a_list_imported_once():
    """A list that writes one person twice (accents or case aside, with the
    same date of birth, or the same citizen ID) imports them once; the later
    row is left out and names the row it repeats."""
    path = os.path.join(tmp, "twice.csv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("STT,Họ và tên,Ngày sinh,Giới tính,Số CCCD\n"
                "1,Đoàn Văn Nhất,01/02/1980,Nam,\n"
                "2,DOAN VAN NHAT,01/02/1980,Nam,\n"
                "3,Đoàn Thị Nhì,,Nữ,045190007777\n"
                "4,Đoàn Thị Nhị,12/03/1990,Nữ,045190007777\n"
                "5,Đoàn Văn Ba,1985,Nam,\n"
                "6,Đoàn Văn Ba,1985,Nam,\n")
    before = len(run("people", "--json").stdout.splitlines())
    p = run("import", path, "--json")
    lines = [json.loads(x) for x in p.stdout.splitlines()]
    left = {x["row"]: x["reason"] for x in lines if "row" in x}
    assert set(left) == {3, 5}, left
    assert "row 2" in left[3] and "row 4" in left[5], left
    after = len(run("people", "--json").stdout.splitlines())
    # Nhất, Nhì and the two Ba (a year of birth tells no one apart)
    assert after == before + 4, (before, after)


run_cases(test_person_twice_in_a_list_imported_once, test_full_disk_imports_nothing,
          test_rejected_rows_saved_with_reasons, test_text_past_its_limit_refused, test_xlsx_dry_run_changes_nothing,
          test_xlsx_import_every_value, test_csv_legacy_encodings, test_ethnicity_and_religion_by_name,
          test_bad_files_change_nothing)
