#!/usr/bin/python3
# test-agency-lists.py: cohort-cli import on lists built the way agencies
# build them — titles over several rows, merged title and header cells, an STT
# column with group headings, column numbers, count, place-and-date and
# signature lines with the signers' names under them, a row with no name,
# ethnic groups by their other names, TCVN3 and VNI text typed with lower-case
# codes for capitals, Lao lists (Cohort's own bilingual export among them), a
# Word table, an OpenDocument sheet, files that are no list — and the import
# template and history (imports list/undo). Every value is read back from the
# database.
#
# Copyright 2026 The Cohort authors
# SPDX-License-Identifier: GPL-3.0-or-later
import datetime
import json
import os
import subprocess
import zipfile

import openpyxl

from cohortcli import connect, db, json_lines, query, run, run_cases, tmp


def people():
    out = run("people", "--json").stdout.splitlines()
    return {p["full_name"]: p for p in map(json.loads, out)}


def make_class(database, code, lao_province=None):
    con = connect(database)
    if not con.execute("SELECT 1 FROM org_unit WHERE id = 1").fetchone():
        con.execute("INSERT INTO org_unit (id, name, kind) VALUES (1, 'Trường Chính trị Lê Duẩn', 'school')")
    con.execute("INSERT INTO class (code, year, program_type, org_unit_id, lao_province_code, fold_code) "
                "VALUES (?, 2026, ?, 1, ?, lower (?))",
                (code, "TCLLCT_LAO" if lao_province else "TCLLCT", lao_province, code))
    con.commit()
    con.close()


run("init")
make_class(db, "B50")

SIGNERS = ("Nguyễn Thị Lập", "Phan Văn Ký", "Người lập biểu", "Giám đốc")


def make_agency_xlsx(path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "DS cử đi học"
    ws["A1"] = "SỞ NỘI VỤ TỈNH QUẢNG TRỊ"
    ws.merge_cells("A1:C1")
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells("E1:H1")
    ws["A2"] = "PHÒNG TỔ CHỨC CÁN BỘ"
    ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A4"] = "DANH SÁCH CÁN BỘ CỬ ĐI HỌC LỚP TRUNG CẤP LÝ LUẬN CHÍNH TRỊ"
    ws.merge_cells("A4:H4")
    ws["A5"] = "(Kèm theo Công văn số 12/SNV-TCCB ngày 05/01/2026)"
    ws.merge_cells("A5:H5")
    ws.append(["STT", "Họ và tên", "Ngày sinh", None, "Dân tộc", "Chức vụ", "Đơn vị công tác", "Số CCCD"])
    ws.append([None, None, "Nam", "Nữ", None, None, None, None])
    for col in "ABEFGH":
        ws.merge_cells(f"{col}6:{col}7")
    ws.merge_cells("C6:D6")
    ws.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"])
    ws.append(["I. HUYỆN VĨNH LINH"])
    ws.merge_cells("A9:H9")
    ws.append([1, "Hồ Văn Bốn", datetime.date(1975, 1, 1), None, "Vân Kiều", "Chủ tịch UBND xã", "UBND xã Vĩnh Ô",
               "045075001234"])
    ws.append([2, "Hoàng Thị Mai", None, "15/08/1988", "Pa Kô", "Phó Chủ tịch UBND xã", "UBND xã A Bung", None])
    ws.append([3, None, "12/03/1990", None, "Kinh", "Công chức địa chính", "UBND xã Gio Mỹ", None])
    ws.append(["II. HUYỆN HƯỚNG HÓA"])
    ws.merge_cells("A13:H13")
    ws.append([4, "nguyễn văn tám", "1980", None, "Mèo", "Bí thư Đoàn xã", "Xã Hướng Phùng", None])
    ws.append([5, "Lê Thị Năm", None, "02/02/1982", "Pa-kô-hơ", "Chủ tịch Hội Phụ nữ", "Xã A Dơi", None])
    ws.append([6, "Trần Văn Thổ", "03/03/1983", None, "Thổ", "Trưởng Công an xã", "Xã Tân Thành", None])
    ws.append([7])
    ws.append(["Danh sách có 6 đồng chí./."])
    ws.merge_cells("A18:H18")
    ws.append([])
    ws["E20"] = "Quảng Trị, ngày 05 tháng 01 năm 2026"
    ws.merge_cells("E20:H20")
    ws["B21"], ws["F21"] = "NGƯỜI LẬP BIỂU", "KT. GIÁM ĐỐC"
    ws["F22"] = "PHÓ GIÁM ĐỐC"
    ws["B23"], ws["F23"] = "(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)"
    ws["B27"], ws["F27"] = "Nguyễn Thị Lập", "Phan Văn Ký"
    book.save(path)


def test_agency_xlsx():
    path = os.path.join(tmp, "cu-di-hoc.xlsx")
    make_agency_xlsx(path)
    p = run("import", path, "--class", "B50", "--year", "2026", "--json")
    lines = json_lines(p.stdout)
    summary = lines[-1]
    assert summary["read"] == 6 and summary["created"] == 5 and summary["left_out"] == 1, summary
    assert summary["declared"] == 6 and summary["enrolled"] == 5, summary
    # The row with no name: left out, with its row number in the file and the name column
    left = [r for r in lines[:-1] if not r["imported"]]
    assert [(r["row"], r["column"]) for r in left] == [(12, "Họ và tên")], left
    assert "no name" in left[0]["reason"], left
    # Pa-kô-hơ cannot be mapped: imported, to check
    notes = [r for r in lines[:-1] if r["imported"]]
    assert any(r["row"] == 15 and r["column"] == "Dân tộc" and "Pa-kô-hơ" in r["reason"] for r in notes), notes
    assert any(r["row"] == 16 and "Thổ" in r["reason"] for r in notes), notes
    everyone = people()
    for name in SIGNERS + ("Danh sách có 6 đồng chí./.", "I. HUYỆN VĨNH LINH"):
        assert not any(name.lower() in n.lower() for n in everyone), (name, list(everyone))
    bon = everyone["Hồ Văn Bốn"]
    assert (bon["birth_date"], bon["gender"], bon["ethnicity"], bon["id_number"], bon["unit"]) == \
        ("1975-01-01", "male", "24", "045075001234", "UBND xã Vĩnh Ô"), bon
    mai = everyone["Hoàng Thị Mai"]
    assert (mai["birth_date"], mai["gender"], mai["ethnicity"]) == ("1988-08-15", "female", "27"), mai
    tam = everyone["Nguyễn Văn Tám"]        # typed in lower case: each part gets its capital
    assert (tam["family_name"], tam["middle_name"], tam["given_name"], tam["ethnicity"], tam["birth_date"]) == \
        ("Nguyễn", "Văn", "Tám", "08", "1980"), tam
    nam = everyone["Lê Thị Năm"]
    assert nam["ethnicity"] is None and nam["ethnicity_text"] == "Pa-kô-hơ", nam
    assert everyone["Trần Văn Thổ"]["ethnicity"] == "21"      # the official name wins
    assert query("SELECT count(*) FROM enrolment e JOIN class c ON c.id = e.class_id WHERE c.code = 'B50'")[0][0] == 5


def test_list_without_numbers_ends_at_lone_names():
    # No STT column; the table ends with a blank row, then the signers' titles and
    # names in the date column; a total in another column.
    path = os.path.join(tmp, "khong-stt.csv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("DANH SÁCH ĐẢNG VIÊN MỚI\n\nHọ và tên,Ngày sinh,Giới tính,Đơn vị\n"
                "Vũ Thị Xuân,05/05/1995,Nữ,Chi bộ Thôn 3\n"
                "Đinh Văn Hạ,06/06/1996,Nam,Chi bộ Thôn 4\n"
                ",Tổng cộng: 2 người,,\n\n"
                ",,Thủ trưởng đơn vị,\n\n,,Mai Văn Thu,\n")
    lines = json_lines(run("import", path, "--json").stdout)
    assert lines[-1]["read"] == 2 and lines[-1]["created"] == 2 and lines[-1]["declared"] == 2, lines
    assert "Mai Văn Thu" not in people()


def test_legacy_lower_case_capitals():
    tcvn3 = os.path.join(tmp, "tcvn3-thuong.csv")
    # TCVN3 (ABC): "nguyÔn v¨n an" is "nguyễn văn an" as typed with the .VnTimeH font;
    # "NGUYÔN" in capitals, the toned letter in lower case as TCVN3 has it.
    def enc(text):
        return subprocess.run(["iconv", "-t", "TCVN5712-1"], input=text.encode(), capture_output=True,
                              check=True).stdout
    with open(tcvn3, "wb") as f:
        f.write(enc("họ và tên,ngày sinh\nnguyễn văn an,05/01/1980\n")
                + b"NGUY" + enc("ễ") + b"N " + enc("VĂN") + b" B" + enc("ì") + b"NH,06/02/1981\n")
    vni = os.path.join(tmp, "vni-thuong.csv")
    with open(vni, "wb") as f:
        f.write(b"Ho\xef va\xf8 te\xe2n,Nga\xf8y sinh\ntr\xf6\xf4ng th\xf2 hoa,07/03/1982\n")
    lines = json_lines(run("import", tcvn3, "--json").stdout)
    assert lines[-1]["created"] == 2, lines
    lines = json_lines(run("import", vni, "--json").stdout)
    assert lines[-1]["created"] == 1, lines
    everyone = people()
    an = everyone.get("Nguyễn Văn An")
    assert an and an["birth_date"] == "1980-01-05", list(everyone)
    assert "NGUYỄN VĂN BÌNH" in everyone, list(everyone)       # capitals stay capitals
    assert "Trương Thị Hoa" in everyone, list(everyone)


def test_lao_export_round_trip():
    demo = os.path.join(tmp, "demo.db")
    run("demo", "--students", "300", "--seed", "3", "-q", db=demo)
    code, province = query("SELECT code, lao_province_code FROM class WHERE lao_province_code IS NOT NULL "
                           "ORDER BY id LIMIT 1", db=demo)[0]
    path = os.path.join(tmp, "lao.xlsx")
    run("export", "lao-list", "--class", code, "--date", "05/01/2026", "-o", path, db=demo)
    before = [json.loads(r) for r in run("roster", code, "--json", db=demo).stdout.splitlines()]
    original = {p["id"]: p for p in map(json.loads, run("people", "--json", db=demo).stdout.splitlines())}

    fresh = os.path.join(tmp, "fresh.db")
    run("init", db=fresh)
    make_class(fresh, "L26", province)
    lines = json_lines(run("import", path, "--class", "L26", "--json", db=fresh).stdout)
    assert lines[-1]["created"] == len(before) and lines[-1]["left_out"] == 0, lines
    imported = {p["lao_name"]: p for p in map(json.loads, run("people", "--json", db=fresh).stdout.splitlines())}
    assert len(imported) == len(before), (len(imported), len(before))
    fields = ("name_order", "full_name", "lao_name", "latin_name", "birth_date", "gender", "lao_province",
              "position", "nationality")
    for entry in before:
        want = original[entry["person_id"]]
        got = imported[want["lao_name"]]
        for field in fields:
            assert got[field] == want[field], (field, got[field], want[field])
    # The same list into the database it came from: the same people, linked, not copied
    make_class(demo, "L27", province)
    lines = json_lines(run("import", path, "--class", "L27", "--json", db=demo).stdout)
    assert lines[-1]["created"] == 0 and lines[-1]["linked"] == len(before), lines


def test_lao_agency_list():
    path = os.path.join(tmp, "lao-agency.xlsx")
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["ລາຍຊື່ພະນັກງານ ໄປຮຽນ ຢູ່ ສສ ຫວຽດນາມ"])
    ws.append(["ລ/ດ", "ຊື່ ແລະ ນາມສະກຸນ", "ຊື່ຕາມໜັງສືຜ່ານແດນ", "ວັນເດືອນປີເກີດ", "ເພດ", "ເລກໜັງສືຜ່ານແດນ", "ແຂວງ",
               "ຕຳແໜ່ງ"])
    ws.append([1, "ບຸນມີ ພົມວິຫານ", "Bounmy Phomvihane", "12/04/1984", "ຊາຍ", "P 1234 567", "Savannakhet Province",
               "ຫົວໜ້າພະແນກ"])
    ws.append([2, "ແສງເດືອນ ຈັນທະລາ", "Sengdeuane Chanthala", "01/10/1990", "ຍິງ", "P7654321", "ແຂວງສາລະວັນ", "ວິຊາການ"])
    ws.append([3, "ສີສະຫວາດ ແກ້ວ", "Sisavath Keo", "1979", "ຊາຍ", "P1112223", "tỉnh Sê Kông", "ຮອງຫົວໜ້າ"])
    ws.append([])
    ws.append([None, "ຫົວໜ້າພະແນກ"])
    ws.append([])
    ws.append([None, "ທ່ານ ຄຳພອນ"])
    book.save(path)
    lines = json_lines(run("import", path, "--json").stdout)
    assert lines[-1]["created"] == 3, lines
    everyone = {p["lao_name"]: p for p in map(json.loads, run("people", "--json").stdout.splitlines())
                if p["lao_name"]}
    bounmy = everyone["ບຸນມີ ພົມວິຫານ"]
    assert (bounmy["latin_name"], bounmy["passport_number"], bounmy["lao_province"], bounmy["nationality"],
            bounmy["gender"], bounmy["name_order"]) == ("Bounmy Phomvihane", "P1234567", "13", "LA", "male", "lo"), bounmy
    assert everyone["ແສງເດືອນ ຈັນທະລາ"]["lao_province"] == "14"
    assert everyone["ສີສະຫວາດ ແກ້ວ"]["lao_province"] == "15"
    assert "ທ່ານ ຄຳພອນ" not in everyone
    # The next list spells a name otherwise: the passport number says who it is
    again = os.path.join(tmp, "lao-agency-2.xlsx")
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["ລ/ດ", "ຊື່ ແລະ ນາມສະກຸນ", "ເລກໜັງສືຜ່ານແດນ", "ແຂວງ"])
    ws.append([1, "ບຸນມີ ພົມມະວິຫານ", "P1234567", "Savannakhet"])
    book.save(again)
    lines = json_lines(run("import", again, "--json").stdout)
    assert lines[-1]["created"] == 0 and lines[-1]["linked"] == 1, lines


def docx(path, body):
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                + body + "</w:body></w:document>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("word/document.xml", document)


def p(text):
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>" if text else "<w:p/>"


def tc(text, span=1, vmerge=None):
    props = ""
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge:
        props += '<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>"
    runs = "".join(f"<w:r><w:t>{part}</w:t></w:r>" for part in text.split("|")) if text else ""
    return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p>{runs}</w:p></w:tc>"


def tr(*cells):
    return "<w:tr>" + "".join(cells) + "</w:tr>"


def test_docx_table():
    path = os.path.join(tmp, "danh-sach.docx")
    table = ("<w:tbl>"
             + tr(tc("STT"), tc("Họ và "+"|tên"), tc("Ngày sinh"), tc("Giới tính"), tc("Đơn vị công tác"))
             + tr(tc("1"), tc("Phạm Thị Thu"), tc("01/02/1991"), tc("Nữ"), tc("Huyện ủy Gio Linh", vmerge="restart"))
             + tr(tc("2"), tc("Ngô Văn Đông"), tc("03/04/1986"), tc("Nam"), tc("", vmerge="continue"))
             + tr(tc("Tổng cộng: 2 đồng chí", span=5))
             + "</w:tbl>")
    docx(path, p("HUYỆN ỦY GIO LINH") + p("DANH SÁCH ĐỀ NGHỊ CỬ ĐI HỌC") + p("") + table + p("")
         + p("Gio Linh, ngày 10 tháng 01 năm 2026") + p("T/M BAN THƯỜNG VỤ") + p("") + p("Lê Văn Ký"))
    lines = json_lines(run("import", path, "--json").stdout)
    assert lines[-1]["created"] == 2 and lines[-1]["declared"] == 2, lines
    everyone = people()
    assert everyone["Phạm Thị Thu"]["unit"] == "Huyện ủy Gio Linh", everyone["Phạm Thị Thu"]
    dong = everyone["Ngô Văn Đông"]
    assert (dong["unit"], dong["birth_date"], dong["gender"]) == ("Huyện ủy Gio Linh", "1986-04-03", "male"), dong
    assert "Lê Văn Ký" not in everyone


def test_ods_sheet():
    path = os.path.join(tmp, "danh-sach.ods")
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>'
               '<table:table table:name="DS">'
               '<table:table-row><table:table-cell><text:p>Họ và tên</text:p></table:table-cell>'
               '<table:table-cell><text:p>Ngày sinh</text:p></table:table-cell>'
               '<table:table-cell><text:p>Số CCCD</text:p></table:table-cell></table:table-row>'
               '<table:table-row><table:table-cell><text:p>Kiều Thị Ô Đê</text:p></table:table-cell>'
               '<table:table-cell office:value-type="date" office:date-value="1993-09-02"><text:p>02/09/93</text:p>'
               '</table:table-cell><table:table-cell office:value-type="float" office:value="45193001234">'
               '<text:p>45193001234</text:p></table:table-cell></table:table-row>'
               '<table:table-row table:number-rows-repeated="1048570"><table:table-cell '
               'table:number-columns-repeated="1024"/></table:table-row>'
               '</table:table></office:spreadsheet></office:body></office:document-content>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
    lines = json_lines(run("import", path, "--json").stdout)
    assert lines[-1]["created"] == 1, lines
    ode = people()["Kiều Thị Ô Đê"]
    assert (ode["birth_date"], ode["id_number"]) == ("1993-09-02", "045193001234"), ode


def test_files_that_are_no_list():
    cases = {
        "bao-cao.pdf": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
        "trong.xlsx": (b"", "empty"),
        "cu.doc": (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 200 + "WordDocument".encode("utf-16-le")
                   + b"\0" * 300, ".doc"),
        "trang.xls": (b"<html><body><table><tr><td>x</td></tr></table></body></html>", "web page"),
    }
    before = query("SELECT count(*) FROM person")[0][0]
    for name, (data, words) in cases.items():
        path = os.path.join(tmp, name)
        with open(path, "wb") as f:
            f.write(data)
        pr = run("import", path, check=False)
        assert pr.returncode == 1 and words in pr.stderr and name in pr.stderr, (name, pr.stderr)
    odt = os.path.join(tmp, "van-ban.odt")
    with zipfile.ZipFile(odt, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<x/>")
    pr = run("import", odt, check=False)
    assert pr.returncode == 1 and "no spreadsheet" in pr.stderr, pr.stderr
    assert query("SELECT count(*) FROM person")[0][0] == before


def test_template_reads_back():
    for lang in ("vi", "lo", "en"):
        path = os.path.join(tmp, f"mau-{lang}.xlsx")
        run("import-template", "-o", path, "--lang", lang)
        book = openpyxl.load_workbook(path)
        ws = book.worksheets[0]
        assert len(book.worksheets) == 2 and book.worksheets[1].max_row >= 18, lang
        headings = [c.value for c in ws[1]]
        # The sample rows out, one row of our own in every column
        ws.delete_rows(2, 2)
        values = {0: "1", 1: f"Đoàn Thị Mẫu {lang.upper()}", 2: "09/09/1989", 3: "Nữ", 4: "Tày", 5: "Phật giáo",
                  6: "xã Cam Thành, Quảng Trị", 7: "Phó Bí thư Đảng ủy", 8: "Đảng ủy xã Cam Thành",
                  9: "045189009" + {"vi": "001", "lo": "002", "en": "003"}[lang], 10: "0905 123 456",
                  11: "02/09/2012", 12: "02/09/2013", 13: "12/12", 14: "Thạc sĩ Quản lý công"}
        ws.append([values.get(i, "") for i in range(len(headings))])
        ws.cell(row=2, column=2).number_format = "@"
        book.save(path)
        lines = json_lines(run("import", path, "--json").stdout)
        assert lines[-1]["created"] == 1 and lines[-1]["left_out"] == 0, (lang, lines)
        got = people()[f"Đoàn Thị Mẫu {lang.upper()}"]
        want = {"birth_date": "1989-09-09", "gender": "female", "ethnicity": "02", "religion": "01",
                "hometown": values[6], "position": values[7], "unit": values[8], "id_number": values[9],
                "phone": "0905123456", "party_join_date": "2012-09-02", "party_official_date": "2013-09-02",
                "education": values[13], "professional": values[14]}
        for field, value in want.items():
            assert got[field] == value, (lang, field, got[field], value)
    # A Lao cadre in the template's Lao columns
    path = os.path.join(tmp, "mau-lao.xlsx")
    run("import-template", "-o", path, "--lang", "vi")
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    ws.delete_rows(2, 2)
    ws.append(["1", "Bun Mi Phôm Vi Hản", "12/04/1984", "Nam", "", "", "", "Chuyên viên", "Sở Nội vụ", "", "", "",
               "", "", "", "ບຸນມີ ພົມວິຫານ ສອງ", "Bounmy Phomvihane II", "P9998887", "Salavan"])
    book.save(path)
    run("import", path)
    lao = [p for p in map(json.loads, run("people", "--json").stdout.splitlines())
           if p["lao_name"] == "ບຸນມີ ພົມວິຫານ ສອງ"][0]
    assert (lao["full_name"], lao["latin_name"], lao["passport_number"], lao["lao_province"], lao["nationality"]) == \
        ("Bun Mi Phôm Vi Hản", "Bounmy Phomvihane II", "P9998887", "14", "LA"), lao


def test_history_list_and_undo():
    make_class(db, "B51")
    path = os.path.join(tmp, "hoan-tac.csv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("Họ và tên,Ngày sinh\nTạ Văn Lùi,01/01/1970\nTạ Thị Lại,02/02/1972\n")
    run("import", path, "--class", "B51", "--year", "2026")
    entries = [json.loads(line) for line in run("imports", "list", "--json").stdout.splitlines()]
    newest = entries[0]
    assert newest["file"] == "hoan-tac.csv" and newest["created"] == 2 and newest["linked"] == 0, newest
    assert newest["class"] == "B51" and not newest["undone"], newest
    assert datetime.datetime.fromisoformat(newest["at"].replace("Z", "+00:00")), newest
    assert [e["id"] for e in entries] == sorted((e["id"] for e in entries), reverse=True), entries
    people_before = query("SELECT count(*) FROM person")[0][0]
    out = run("imports", "undo", str(newest["id"])).stdout
    assert "hoan-tac.csv" in out, out
    assert query("SELECT count(*) FROM person")[0][0] == people_before - 2
    assert query("SELECT count(*) FROM person WHERE family_name = 'Tạ'")[0][0] == 0
    again = [json.loads(line) for line in run("imports", "--json").stdout.splitlines()][0]
    assert again["undone"] and again["undone_at"], again
    pr = run("imports", "undo", str(newest["id"]), check=False)
    assert pr.returncode == 1 and "undone already" in pr.stderr, pr.stderr

    # Refused: one of its people was enrolled in another class since
    run("import", path, "--class", "B51", "--year", "2026")
    entry = [json.loads(line) for line in run("imports", "list", "--json").stdout.splitlines()][0]
    con = connect()
    person_id = con.execute("SELECT id FROM person WHERE given_name = 'Lùi'").fetchone()[0]
    con.close()
    make_class(db, "B52")
    enrol = os.path.join(tmp, "chi-lui.csv")
    with open(enrol, "w", encoding="utf-8") as f:
        f.write("Họ và tên,Ngày sinh\nTạ Văn Lùi,01/01/1970\n")
    run("import", enrol, "--class", "B52", "--year", "2026")
    counts = query("SELECT (SELECT count(*) FROM person), (SELECT count(*) FROM enrolment)")[0]
    pr = run("imports", "undo", str(entry["id"]), check=False)
    assert pr.returncode == 1 and "Tạ Văn Lùi" in pr.stderr and "B52" in pr.stderr, pr.stderr
    assert query("SELECT (SELECT count(*) FROM person), (SELECT count(*) FROM enrolment)")[0] == counts
    assert query("SELECT count(*) FROM person WHERE id = ?", (person_id,))[0][0] == 1
    pr = run("imports", "undo", "x", check=False)
    assert pr.returncode == 2, pr.returncode


run_cases(test_agency_xlsx, test_list_without_numbers_ends_at_lone_names, test_legacy_lower_case_capitals,
          test_lao_export_round_trip, test_lao_agency_list, test_docx_table, test_ods_sheet,
          test_files_that_are_no_list, test_template_reads_back, test_history_list_and_undo)
