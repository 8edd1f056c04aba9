#!/usr/bin/python3
# test-agency-layouts.py: cohort-cli import on the layouts Vietnamese
# agencies build their lists in — headers over two and three rows with group
# headings, the date of birth in a "Nam" or a "Nữ" column, gender as an "x"
# under "Giới tính", "Họ, chữ lót" + "Tên", "Đảng viên" and "Trình độ" over
# their columns, a position and unit in one column, a cover letter on the
# first sheet, the header repeated on every page, the same list as .xlsx,
# .csv and .xls, and an .xls typed with the TCVN3 (ABC) fonts. Each file is
# imported into a database of its own and every person read back from it,
# field by field; no header, sub-header, column number or footer is ever a
# person.
#
# Copyright 2026 The Cohort authors
# SPDX-License-Identifier: GPL-3.0-or-later
import csv
import datetime
import os
import sqlite3
import subprocess
import unicodedata

import openpyxl
import xlwt

from cohortcli import connect, json_lines, run, run_cases, tmp

# Nothing named like a heading is ever a person.
HEADINGS = {"stt", "tt", "ten", "nam", "nu", "ho va ten", "ho, chu lot", "ho va ten dem", "gioi tinh",
            "ngay sinh", "(1)", "(2)", "(3)", "x", "dang vien", "trinh do", "van hoa", "chuyen mon", "llct"}


def fold(text):
    text = unicodedata.normalize("NFD", text or "").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


def import_list(path, *args):
    """Imports @path into a new database; returns the database, the JSON lines
    and the people by full name, read back from the person table itself."""
    db = os.path.join(tmp, os.path.basename(path) + ".db")
    run("init", db=db)
    lines = json_lines(run("import", path, "--json", *args, db=db).stdout)
    con = connect(db)
    con.row_factory = sqlite3.Row
    rows = con.execute("SELECT * FROM person").fetchall()
    con.close()
    people = {}
    for r in rows:
        name = " ".join(p for p in (r["family_name"], r["middle_name"], r["given_name"]) if p)
        people[name] = dict(r)
        assert fold(name) not in HEADINGS and fold(r["given_name"]) not in HEADINGS - {"nam"}, name
    return db, lines, people


def expect(people, want):
    """Each person of @want, field by field, and nobody else."""
    assert set(people) == set(want), (sorted(people), sorted(want))
    for name, fields in want.items():
        got = people[name]
        for field, value in fields.items():
            assert got[field] == value, (name, field, got[field], value)


def left_out(lines):
    return [r for r in lines[:-1] if not r["imported"]]


# 1. The date of birth in the column of the person's gender ---------------------------------------

def make_nam_nu(path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "DS"
    ws["A1"], ws["E1"] = "HUYỆN ỦY GIO LINH", "ĐẢNG CỘNG SẢN VIỆT NAM"
    ws["A2"], ws["E2"] = "BAN TỔ CHỨC", "Gio Linh, ngày 10 tháng 3 năm 2026"
    ws["A4"] = "DANH SÁCH CÁN BỘ ĐƯỢC CỬ ĐI HỌC LỚP TRUNG CẤP LÝ LUẬN CHÍNH TRỊ"
    ws.merge_cells("A4:H4")
    ws.append([])
    ws.append(["TT", "Họ và tên", "Ngày, tháng, năm sinh", None, "Dân tộc", "Chức vụ, đơn vị công tác", "Quê quán",
               "Ghi chú"])
    ws.append([None, None, "Nam", "Nữ"])
    for col in "ABEFGH":
        ws.merge_cells(f"{col}6:{col}7")
    ws.merge_cells("C6:D6")
    ws.append([1, "Nguyễn Văn Hải", "12/05/1985", None, "Kinh", "Phó Chủ tịch UBND xã Gio Mỹ",
               "xã Gio Mỹ, Gio Linh", "Đảng viên dự bị"])
    ws.append([2, "Hồ Thị Lan", None, datetime.date(1990, 11, 3), "Vân Kiều", "Chủ tịch Hội LHPN xã Vĩnh Ô",
               "Vĩnh Linh"])
    ws.append([3, "Lê Quang Minh", "1979", None, "Pa Kô", "Bí thư Đoàn xã A Dơi", "Hướng Hóa"])
    ws.append([4, "Trần Thị Mai", None, "20/1/1988", "Kinh", "Chuyên viên\nVăn phòng Huyện ủy", "Gio Linh"])
    ws.append([5, "Phan Văn Đức", "3-4-1982", None, "Kinh", "Kế toán, Trường THCS Gio Hải", "Gio Hải"])
    ws.append([6, "Võ Thị Hằng", "01/01/1980", "01/01/1980", "Kinh", "Văn thư UBND xã Gio An", "Gio An"])
    ws.append([7, "Lê Văn Tâm", "15.06.1978", None, "Kinh", "Xã đội trưởng", "Gio Phong"])
    ws.append([])
    ws.append(["Danh sách có 07 đồng chí./."])
    ws.append([None, "Nơi nhận:", None, None, "T/M BAN THƯỜNG VỤ"])
    ws.append([None, "- Trường Chính trị tỉnh;", None, None, "PHÓ BÍ THƯ"])
    ws.append([])
    ws.append([None, None, None, None, "Nguyễn Đăng Khoa"])
    book.save(path)


def test_nam_nu_birth_columns():
    path = os.path.join(tmp, "nam-nu.xlsx")
    make_nam_nu(path)
    db, lines, people = import_list(path)
    summary = lines[-1]
    assert (summary["read"], summary["created"], summary["left_out"], summary["declared"]) == (7, 6, 1, 7), summary
    assert summary["header_rows"] == [6, 7] and summary["not_imported"] == ["Ghi chú"], summary
    # Dates in both columns: shown as a problem, not imported
    assert [r["row"] for r in left_out(lines)] == [13] and "both" in left_out(lines)[0]["reason"], lines
    expect(people, {
        "Nguyễn Văn Hải": {"birth_date": "1985-05-12", "gender": "male", "ethnicity": "01",
                           "position": "Phó Chủ tịch", "unit": "UBND xã Gio Mỹ", "hometown": "xã Gio Mỹ, Gio Linh"},
        "Hồ Thị Lan": {"birth_date": "1990-11-03", "gender": "female", "ethnicity": "24",
                       "position": "Chủ tịch", "unit": "Hội LHPN xã Vĩnh Ô"},
        "Lê Quang Minh": {"birth_date": "1979", "gender": "male", "ethnicity": "27", "position": "Bí thư",
                          "unit": "Đoàn xã A Dơi"},
        "Trần Thị Mai": {"birth_date": "1988-01-20", "gender": "female", "position": "Chuyên viên",
                         "unit": "Văn phòng Huyện ủy"},
        "Phan Văn Đức": {"birth_date": "1982-04-03", "gender": "male", "position": "Kế toán",
                         "unit": "Trường THCS Gio Hải"},
        # No unit to tell apart: the whole text is the position
        "Lê Văn Tâm": {"birth_date": "1978-06-15", "gender": "male", "position": "Xã đội trưởng", "unit": None},
    })


# 2. A header over three rows ---------------------------------------------------------------------

def make_three_rows(path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Danh sách"
    ws["A1"] = "DANH SÁCH TRÍCH NGANG HỌC VIÊN LỚP BỒI DƯỠNG LÃNH ĐẠO CẤP PHÒNG"
    ws.merge_cells("A1:S1")
    top = {"A": "STT", "B": "Họ và tên", "C": "Ngày sinh", "F": "Giới tính", "G": "Quê quán", "J": "Đảng viên",
           "L": "Trình độ", "R": "Chức vụ", "S": "Đơn vị công tác"}
    middle = {"J": "Ngày vào Đảng", "L": "Chuyên môn", "N": "Văn hóa", "O": "LLCT", "P": "QLNN", "Q": "Ngoại ngữ"}
    bottom = {"C": "Ngày", "D": "Tháng", "E": "Năm", "G": "Xã", "H": "Huyện", "I": "Tỉnh", "J": "Dự bị",
              "K": "Chính thức", "L": "Bậc", "M": "Ngành"}
    for row, cells in ((3, top), (4, middle), (5, bottom)):
        for col, text in cells.items():
            ws[f"{col}{row}"] = text
    for rng in ("A3:A5", "B3:B5", "C3:E4", "F3:F5", "G3:I4", "J3:K3", "L3:Q3", "R3:R5", "S3:S5", "J4:K4", "L4:M4",
                "N4:N5", "O4:O5", "P4:P5", "Q4:Q5"):
        ws.merge_cells(rng)
    ws.append([1, "Nguyễn Thị Thu Hương", 12, 3, 1985, "Nữ", "Hải Ba", "Hải Lăng", "Quảng Trị", "19/05/2010",
               "19/05/2011", "Đại học", "Luật", "12/12", "Trung cấp", "Chuyên viên", "B", "Phó Trưởng phòng",
               "Phòng Nội vụ huyện Hải Lăng"])
    ws.append([2, "Trần Đức Dũng", 7, 7, 1979, "Nam", "Vĩnh Thái", "Vĩnh Linh", "Quảng Trị",
               datetime.date(2003, 2, 3), datetime.date(2004, 2, 3), "Thạc sĩ", "Quản lý công", "12/12",
               "Cao cấp", "Chuyên viên chính", None, "Trưởng phòng", "Phòng Tài chính huyện Vĩnh Linh"])
    ws.append([3, "Lê Văn Sơn", 31, 2, 1980, "Nam", None, None, "Quảng Trị", None, None, "Đại học", "Kinh tế",
               "12/12", None, None, None, "Chuyên viên", "Văn phòng HĐND-UBND huyện"])
    ws.append([4, "Hà Thị Nga", None, None, 1990, "Nữ", None, "Cam Lộ", "Quảng Trị", None, None, "Cao đẳng",
               "Sư phạm", "12/12", "Sơ cấp", None, None, "Phó Trưởng phòng", "Phòng Giáo dục huyện Cam Lộ"])
    book.save(path)


def test_three_row_header():
    path = os.path.join(tmp, "ba-dong.xlsx")
    make_three_rows(path)
    db, lines, people = import_list(path)
    summary = lines[-1]
    assert summary["header_rows"] == [3, 5] and summary["first_data_row"] == 6, summary
    assert summary["not_imported"] == ["Trình độ › Ngoại ngữ"], summary
    assert (summary["read"], summary["created"], summary["left_out"]) == (4, 3, 1), summary
    bad = left_out(lines)
    assert [r["row"] for r in bad] == [8] and "31/2/1980" in bad[0]["reason"], bad
    expect(people, {
        "Nguyễn Thị Thu Hương": {"birth_date": "1985-03-12", "gender": "female",
                                 "hometown": "Hải Ba, Hải Lăng, Quảng Trị", "party_join_date": "2010-05-19",
                                 "party_official_date": "2011-05-19", "professional": "Đại học, Luật",
                                 "education": "12/12", "llct_level": "Trung cấp", "qlnn_level": "Chuyên viên",
                                 "position": "Phó Trưởng phòng", "unit": "Phòng Nội vụ huyện Hải Lăng"},
        "Trần Đức Dũng": {"birth_date": "1979-07-07", "gender": "male", "party_join_date": "2003-02-03",
                          "party_official_date": "2004-02-03", "professional": "Thạc sĩ, Quản lý công",
                          "llct_level": "Cao cấp", "qlnn_level": "Chuyên viên chính"},
        "Hà Thị Nga": {"birth_date": "1990", "gender": "female", "hometown": "Cam Lộ, Quảng Trị",
                       "professional": "Cao đẳng, Sư phạm", "llct_level": "Sơ cấp", "qlnn_level": None,
                       "party_join_date": None},
    })


# 3. Cover letter first, "x" under "Giới tính", the header on every page --------------------------

COVER = ["UBND HUYỆN CAM LỘ", "", "Số: 15/UBND-NV", "Kính gửi: Trường Chính trị Lê Duẩn",
         "Ủy ban nhân dân huyện cử các đồng chí có họ và tên trong danh sách kèm theo đi học."]
TOP = ["STT", "Họ và tên", None, "Giới tính", None, "Ngày sinh", "Số CCCD", "Đảng viên", None, "Trình độ", None,
       None, "Chức vụ", "Đơn vị công tác"]
SUB = [None, "Họ, chữ lót", "Tên", "Nam", "Nữ", None, None, "Ngày vào Đảng", "Ngày chính thức", "Văn hóa",
       "Chuyên môn", "LLCT", None, None]
NUMBERS = [f"({i})" for i in range(1, 15)]
MERGES = ["A{0}:A{1}", "B{0}:C{0}", "D{0}:E{0}", "F{0}:F{1}", "G{0}:G{1}", "H{0}:I{0}", "J{0}:L{0}", "M{0}:M{1}",
          "N{0}:N{1}"]
# The rows of the list, page by page; dates as the agency's spreadsheet has them
PAGE_1 = [
    ["I. XÃ CAM THÀNH"],
    [1, "NGUYỄN VĂN", "BÌNH", "x", None, datetime.date(1984, 7, 2), 45084001234, datetime.date(2008, 5, 19),
     "19.05.2009", "12/12", "Đại học Luật", "Trung cấp", "Trưởng Công an xã", "UBND xã Cam Thành"],
    [2, "Phan Thị Thu", "Hà", None, "✓", "3-4-1992", "045192009876", None, None, "12/12", "Cử nhân Kế toán", None,
     "Kế toán", "UBND xã Cam Hiếu"],
]
PAGE_2 = [
    ["II. XÃ CAM TUYỀN"],
    [3, "HỒ VĂN", "TƯ", 1, None, "1980", 45080000111, "02/09/2005", "02/09/2006", "9/12", "Trung cấp Nông nghiệp",
     "Sơ cấp", "Xã đội trưởng", "Ban CHQS xã Cam Tuyền"],
    [4, "Lê Thị", "Hồng", "X", "X", "15/08/1995", "045195003333", None, None, None, None, None,
     "Chủ tịch Hội Nông dân", "xã Cam Chính"],
    [5, "Trần Văn", "Nam", "X", None, "20/10/1991", "045091004444", None, None, "12/12", None, None,
     "Công chức Tư pháp - Hộ tịch", "UBND xã Cam Tuyền"],
]
CLOSING = [[], [None, "Tổng cộng: 05 đồng chí"], [], [None] * 9 + ["KT. CHỦ TỊCH"], [None] * 9 + ["PHÓ CHỦ TỊCH"],
           [None] * 9 + ["(Đã ký)"], [], [None] * 9 + ["Hoàng Văn Sơn"]]
MARKS_WANT = {
    "NGUYỄN VĂN BÌNH": {"gender": "male", "birth_date": "1984-07-02", "id_number": "045084001234",
                        "party_join_date": "2008-05-19", "party_official_date": "2009-05-19", "education": "12/12",
                        "professional": "Đại học Luật", "llct_level": "Trung cấp", "position": "Trưởng Công an xã",
                        "unit": "UBND xã Cam Thành"},
    "Phan Thị Thu Hà": {"gender": "female", "birth_date": "1992-04-03", "id_number": "045192009876",
                        "party_join_date": None, "education": "12/12", "professional": "Cử nhân Kế toán",
                        "llct_level": None, "position": "Kế toán", "unit": "UBND xã Cam Hiếu"},
    "HỒ VĂN TƯ": {"gender": "male", "birth_date": "1980", "id_number": "045080000111",
                  "party_join_date": "2005-09-02", "party_official_date": "2006-09-02", "education": "9/12",
                  "professional": "Trung cấp Nông nghiệp", "llct_level": "Sơ cấp", "unit": "Ban CHQS xã Cam Tuyền"},
    # A man whose given name is Nam, in the column "Tên": a person
    "Trần Văn Nam": {"gender": "male", "birth_date": "1991-10-20", "given_name": "Nam",
                     "position": "Công chức Tư pháp - Hộ tịch", "unit": "UBND xã Cam Tuyền"},
}


def list_rows():
    """The list as rows: header, column numbers, page 1, a page's foot, the header again, page 2, closing."""
    rows = [["DANH SÁCH TRÍCH NGANG HỌC VIÊN LỚP BỒI DƯỠNG KIẾN THỨC QP-AN ĐỐI TƯỢNG 4"], [], TOP, SUB, NUMBERS]
    rows += PAGE_1 + [[None, None, None, None, None, None, "Trang 1/2"], TOP, SUB, NUMBERS] + PAGE_2 + CLOSING
    return rows


def make_marks_xlsx(path):
    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "Tờ trình"
    for line in COVER:
        cover.append([line])
    ws = book.create_sheet("Danh sách")
    for r, row in enumerate(list_rows(), start=1):
        ws.append(row)
        if row is TOP:
            for m in MERGES:
                ws.merge_cells(m.format(r, r + 1))
        if len(row) == 1 and row[0] and row[0].startswith(("I.", "II.")):
            ws.merge_cells(f"A{r}:N{r}")
    book.save(path)


def make_marks_csv(path):
    def text(v):
        if isinstance(v, datetime.date):
            return v.strftime("%d/%m/%Y")
        return "" if v is None else str(v)
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        out = csv.writer(f)
        for line in COVER[:1]:
            out.writerow([line])
        for row in list_rows():
            out.writerow([text(v) for v in row])


def make_marks_xls(path):
    book = xlwt.Workbook(encoding="utf-8")
    date = xlwt.easyxf(num_format_str="dd/mm/yyyy")
    cover = book.add_sheet("Tờ trình")
    for r, line in enumerate(COVER):
        cover.write(r, 0, line)
    ws = book.add_sheet("Danh sách")
    for r, row in enumerate(list_rows()):
        for c, v in enumerate(row):
            if isinstance(v, datetime.date):
                ws.write(r, c, v, date)
            elif v is not None:
                ws.write(r, c, v)
    book.save(path)


def check_marks(path, sheet_read):
    db, lines, people = import_list(path)
    summary = lines[-1]
    assert summary["sheet"] == sheet_read, summary
    assert (summary["read"], summary["created"], summary["left_out"], summary["declared"]) == (5, 4, 1, 5), summary
    bad = left_out(lines)
    assert len(bad) == 1 and "Giới tính › Nữ" in bad[0]["reason"], bad
    expect(people, MARKS_WANT)
    return summary


def test_cover_sheet_marks_repeated_header():
    path = os.path.join(tmp, "hai-trang.xlsx")
    make_marks_xlsx(path)
    summary = check_marks(path, "Danh sách")
    assert summary["header_rows"] == [3, 4] and summary["first_data_row"] == 6, summary
    # The text output says which sheet and rows; the cover sheet chosen by hand has no list
    out = run("import", path, "--dry-run", db=os.path.join(tmp, "hai-trang.xlsx.db")).stdout
    assert "Sheet “Danh sách”" in out and "Header on rows 3 to 4, column numbers on row 5." in out, out
    assert "Columns not imported" not in out, out
    p = run("import", path, "--sheet", "Tờ trình", db=os.path.join(tmp, "hai-trang.xlsx.db"), check=False)
    assert p.returncode == 1 and "“Tờ trình”" in p.stderr, p.stderr


def test_same_list_as_csv_and_xls():
    csv_path = os.path.join(tmp, "hai-trang.csv")
    make_marks_csv(csv_path)
    summary = check_marks(csv_path, None)
    # The title and the cover line above the header
    assert summary["header_rows"] == [4, 5], summary
    xls_path = os.path.join(tmp, "hai-trang.xls")
    make_marks_xls(xls_path)
    check_marks(xls_path, "Danh sách")


# 4. "Nam" | "Nữ" alone, a gender column beside them, "Chức vụ - Đơn vị", no row numbers ---------

def test_lone_nam_nu_and_gender_column():
    path = os.path.join(tmp, "nam-nu-gioi-tinh.csv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("DANH SÁCH ĐỀ NGHỊ CỬ ĐI HỌC\n"
                "Họ và tên,Nam,Nữ,Giới tính,Chức vụ - Đơn vị,Quê quán\n"
                "Nguyễn Văn An,05/01/1980,,Nam,Chủ tịch Hội Nông dân - xã Gio Mỹ,Gio Mỹ,Đảng viên\n"
                "Lê Thị Bình,,12/03/1985,Nữ,Công chức Tư pháp - Hộ tịch - UBND xã Gio Hải,Gio Hải\n"
                "Trần Thị Cúc,01/02/1990,,Nữ,Văn thư UBND xã Gio An,Gio An\n"
                "Hoàng Văn Dũng,,,Nam,Giáo viên,Gio Sơn\n"
                "Phạm Văn Em,1975,,,Trưởng thôn Tân Lập,Gio Bình\n"
                ",,,,,\n"
                "Tổng số: 5 người,,,,,\n"
                ",,,Người lập biểu,,\n")
    db, lines, people = import_list(path)
    summary = lines[-1]
    assert (summary["read"], summary["created"], summary["left_out"]) == (5, 4, 1), summary
    # Text in a column without a heading is named, not dropped unseen
    assert summary["not_imported"] == ["Column 7"], summary
    bad = left_out(lines)
    assert len(bad) == 1 and bad[0]["row"] == 5 and bad[0]["column"] == "Giới tính", bad
    assert "Nữ" in bad[0]["reason"] or "Nam" in bad[0]["reason"], bad
    expect(people, {
        "Nguyễn Văn An": {"birth_date": "1980-01-05", "gender": "male", "position": "Chủ tịch",
                          "unit": "Hội Nông dân - xã Gio Mỹ", "hometown": "Gio Mỹ"},
        "Lê Thị Bình": {"birth_date": "1985-03-12", "gender": "female", "position": "Công chức Tư pháp - Hộ tịch",
                        "unit": "UBND xã Gio Hải"},
        "Hoàng Văn Dũng": {"birth_date": None, "gender": "male", "position": "Giáo viên", "unit": None},
        "Phạm Văn Em": {"birth_date": "1975", "gender": "male", "position": "Trưởng thôn Tân Lập", "unit": None},
    })


# 5. The citizen ID number tells the gender and the year of birth ----------------------------------

def test_citizen_id_gender_and_year():
    path = os.path.join(tmp, "cccd.csv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("STT,Họ và tên,Giới tính,Ngày sinh,Số CCCD\n"
                "1,Nguyễn Thị Lụa,,05/06/1990,045190001111\n"
                "2,Trần Văn Quý,Nam,1985,045185002222\n"
                "3,Lê Văn Sáu,Nam,1979,45080003333\n"
                "4,Đỗ Minh Trí,Nam,12/12/2001,045201004444\n")
    db, lines, people = import_list(path)
    assert (lines[-1]["created"], lines[-1]["left_out"]) == (4, 0), lines
    notes = [(r["row"], r["column"]) for r in lines[:-1] if r["imported"]]
    assert notes == [(3, "Số CCCD"), (4, "Số CCCD")], lines
    assert "woman" in lines[0]["reason"] and "1980" in lines[1]["reason"], lines
    expect(people, {
        "Nguyễn Thị Lụa": {"gender": "female", "id_number": "045190001111"},
        "Trần Văn Quý": {"gender": "male"},
        "Lê Văn Sáu": {"gender": "male", "birth_date": "1979", "id_number": "045080003333"},
        "Đỗ Minh Trí": {"gender": "male", "birth_date": "2001-12-12"},
    })


# 6. An .xls typed with the TCVN3 (ABC) fonts ----------------------------------------------------

def tcvn3(text):
    """The text as typed with the .VnTime font: its TCVN3 bytes, which a spreadsheet shows as Latin letters."""
    data = subprocess.run(["iconv", "-t", "TCVN5712-1"], input=text.encode(), capture_output=True,
                          check=True).stdout
    return data.decode("latin-1")


def test_tcvn3_xls():
    path = os.path.join(tmp, "tcvn3.xls")
    book = xlwt.Workbook(encoding="latin-1")
    ws = book.add_sheet("DS")
    rows = [["DANH SÁCH CÁN BỘ ĐI HỌC LỚP SƠ CẤP LÝ LUẬN CHÍNH TRỊ"], [],
            ["STT", "Họ và tên", None, None, "Dân tộc", "Chức vụ, đơn vị công tác"],
            [None, None, "Nam", "Nữ"],
            [1, "Nguyễn Văn Hải", "12/05/1985", None, "Kinh", "Phó Chủ tịch UBND xã Hải Ba"],
            [2, "Hồ Thị Lan", None, "03/11/1990", "Vân Kiều", "Chủ tịch Hội Phụ nữ xã Hướng Phùng"],
            [3, "Lê Văn Đông", "1979", None, "Kinh", "Bí thư Đoàn xã Vĩnh Thủy"],
            [], ["Danh sách có 03 đồng chí./."]]
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is not None:
                ws.write(r, c, tcvn3(v) if isinstance(v, str) else v)
    ws.write_merge(2, 2, 2, 3, tcvn3("Ngày, tháng, năm sinh"))
    book.save(path)
    db, lines, people = import_list(path)
    summary = lines[-1]
    assert (summary["created"], summary["left_out"], summary["declared"]) == (3, 0, 3), summary
    expect(people, {
        "Nguyễn Văn Hải": {"birth_date": "1985-05-12", "gender": "male", "ethnicity": "01",
                           "position": "Phó Chủ tịch", "unit": "UBND xã Hải Ba"},
        "Hồ Thị Lan": {"birth_date": "1990-11-03", "gender": "female", "ethnicity": "24",
                       "position": "Chủ tịch", "unit": "Hội Phụ nữ xã Hướng Phùng"},
        "Lê Văn Đông": {"birth_date": "1979", "gender": "male", "unit": "Đoàn xã Vĩnh Thủy"},
    })
    out = run("import", path, "--dry-run", db=db).stdout
    assert "TCVN3" in out, out


run_cases(test_nam_nu_birth_columns, test_three_row_header, test_cover_sheet_marks_repeated_header,
          test_same_list_as_csv_and_xls, test_lone_nam_nu_and_gender_column, test_citizen_id_gender_and_year,
          test_tcvn3_xls)
