#!/usr/bin/python3
# test-export.py: cohort-cli export of the official lists (.xlsx), read back
# with openpyxl and compared cell by cell with the database — header lines,
# motto, titles, every heading, every row in roster order, place and date,
# signers, fonts, page set-up — with the export run under vi_VN and lo_LA;
# the same lists as PDF, read back with poppler's pdfinfo, pdftotext and
# pdffonts; and the failures that must leave no file behind.
#
# Copyright 2026 The Cohort authors
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import shutil
import stat
import zipfile

import openpyxl

from cohortcli import case, clear, connect, finish, leftovers, poppler, require_locales, run, squeezed, tmp

out = os.path.join(tmp, "out")
os.mkdir(out)

LOCALES = ("vi_VN.UTF-8", "lo_LA.UTF-8")
SETTINGS = {
    "document.parent-agency": "TỈNH ỦY THANH HÓA",
    "document.agency": "TRƯỜNG CHÍNH TRỊ TỈNH THANH HÓA",
    "document.place": "Thanh Hóa",
    "document.signer-title": "KT. HIỆU TRƯỞNG\\nPHÓ HIỆU TRƯỞNG",
    "document.signer-name": "Lê Thị Hồng Nhung",
    "document.preparer-title": "NGƯỜI LẬP DANH SÁCH",
    "document.preparer-name": "Đỗ Văn Quý",
}
MM = 1 / 25.4


# The locales the exports run under must exist (build-aux/setup.sh generates them).
require_locales(*LOCALES)

run("demo", "--students", "400", "--seed", "3", "-q")
for key, value in SETTINGS.items():
    run("settings", key, value)

con = connect()
CODE, YEAR, CLASS_ID = con.execute(
    "SELECT c.code, c.year, c.id FROM class c WHERE c.lao_province_code IS NULL AND "
    "(SELECT count(*) FROM enrolment e WHERE e.class_id = c.id) >= 12 ORDER BY c.id LIMIT 1").fetchone()
LAO_CODE, LAO_YEAR, LAO_ID = con.execute(
    "SELECT code, year, id FROM class WHERE lao_province_code IS NOT NULL ORDER BY id LIMIT 1").fetchone()

# Make the roster order differ from the name order: one withdrawn (left out),
# one deferred (noted), the first two by name swapped by roster number, and
# one without a number (last).
ids = [r[0] for r in con.execute(
    "SELECT e.id FROM enrolment e JOIN person p ON p.id = e.person_id WHERE e.class_id = ? "
    "ORDER BY e.roster_no, p.sort_key", (CLASS_ID,))]
NAME_1000, NAME_NONE = (con.execute(
    "SELECT trim (coalesce (family_name, '') || ' ' || coalesce (middle_name, '') || ' ' || given_name) "
    "FROM person WHERE id = (SELECT person_id FROM enrolment WHERE id = ?)", (i,)).fetchone()[0].replace("  ", " ")
    for i in ids[:2])
con.execute("UPDATE enrolment SET status = 'withdrawn' WHERE id = ?", (ids[3],))
con.execute("UPDATE enrolment SET status = 'deferred' WHERE id = ?", (ids[5],))
con.execute("UPDATE enrolment SET roster_no = 1000 WHERE id = ?", (ids[0],))
con.execute("UPDATE enrolment SET roster_no = NULL WHERE id = ?", (ids[1],))
con.commit()


def date_text(iso):
    if not iso:
        return None
    if len(iso) == 4:
        return iso
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def expected_roster():
    rows = con.execute(
        "SELECT p.name_order, p.family_name, p.middle_name, p.given_name, p.birth_date, p.gender, "
        "eth.name, p.hometown, p.position, p.unit, e.status FROM enrolment e "
        "JOIN person p ON p.id = e.person_id LEFT JOIN ethnicity eth ON eth.code = p.ethnicity "
        "WHERE e.class_id = ? AND e.status <> 'withdrawn' "
        "ORDER BY coalesce (e.roster_no, 0) = 0, e.roster_no, p.sort_key, p.id", (CLASS_ID,)).fetchall()
    result = []
    for n, (order, family, middle, given, birth, gender, eth, home, pos, unit, status) in enumerate(rows, 1):
        parts = (given, middle, family) if order == "lo" else (family, middle, given)
        result.append((n, " ".join(x for x in parts if x), date_text(birth),
                       {"male": "Nam", "female": "Nữ"}.get(gender), eth, home, pos, unit,
                       "Bảo lưu" if status == "deferred" else None))
    return result


def expected_lao():
    rows = con.execute(
        "SELECT p.family_name, p.middle_name, p.given_name, p.lao_given_name, p.lao_family_name, "
        "p.latin_name, p.birth_date, p.gender, lp.name_lo, p.position FROM enrolment e "
        "JOIN person p ON p.id = e.person_id LEFT JOIN lao_province lp ON lp.code = p.lao_province "
        "WHERE e.class_id = ? AND e.status <> 'withdrawn' "
        "ORDER BY coalesce (e.roster_no, 0) = 0, e.roster_no, p.sort_key, p.id", (LAO_ID,)).fetchall()
    result = []
    for n, (family, middle, given, lao_given, lao_family, latin, birth, gender, province, pos) in enumerate(rows, 1):
        result.append((n, " ".join(x for x in (lao_given, lao_family) if x), latin,
                       " ".join(x for x in (given, middle, family) if x), date_text(birth),
                       {"male": "Nam", "female": "Nữ"}.get(gender), province, pos))
    return result


def merged(ws, cell):
    for r in ws.merged_cells.ranges:
        if cell in r:
            return str(r)
    return None


def check_font(cell, name, bold=False, italic=False):
    f = cell.font
    assert f.name == name, (cell.coordinate, f.name)
    assert f.sz == 13, (cell.coordinate, f.sz)
    assert bool(f.b) == bold, (cell.coordinate, "bold", f.b)
    assert bool(f.i) == italic, (cell.coordinate, "italic", f.i)


def check_page(ws, heading_rows):
    ps = ws.page_setup
    assert ps.orientation == "landscape", ps.orientation
    assert int(ps.paperSize) == 9, ps.paperSize              # A4
    assert int(ps.fitToWidth if ps.fitToWidth is not None else 1) == 1
    assert int(ps.fitToHeight) == 0, ps.fitToHeight
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    m = ws.page_margins
    for got, want in ((m.left, 30), (m.right, 15), (m.top, 20), (m.bottom, 20), (m.header, 10)):
        assert abs(got - want * MM) < 1e-6, (got, want)
    assert ws.print_title_rows == f"${heading_rows[0]}:${heading_rows[-1]}", ws.print_title_rows
    assert "&P" in ws.oddHeader.center.text, ws.oddHeader.center.text
    assert ws.oddHeader.center.font == "Times New Roman,Regular" and ws.oddHeader.center.size == 13
    assert ws.HeaderFooter.differentFirst, "page 1 must have no number"
    assert not ws.firstHeader.center.text


def check_top(ws, last_col):
    """Ô1/Ô2: agency lines left, motto right, every line where it belongs."""
    assert ws["A1"].value == SETTINGS["document.parent-agency"]
    assert ws["A2"].value == SETTINGS["document.agency"]
    check_font(ws["A1"], "Times New Roman")
    check_font(ws["A2"], "Times New Roman", bold=True)
    assert merged(ws, "A1").startswith("A1:") and merged(ws, "A2").startswith("A2:")
    right = [c for c in ws[1] if c.value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert len(right) == 1, [c.value for c in ws[1]]
    col = right[0].column_letter
    assert merged(ws, f"{col}1").endswith(f"{last_col}1")
    assert ws[f"{col}2"].value == "Độc lập - Tự do - Hạnh phúc"
    check_font(ws[f"{col}1"], "Times New Roman", bold=True)
    check_font(ws[f"{col}2"], "Times New Roman", bold=True)
    return col


def check_bottom(ws, row, right_col, last_col):
    """Place and date, then both signature blocks; returns nothing, asserts all."""
    place = ws[f"{right_col}{row}"]
    assert place.value == "Thanh Hóa, ngày 05 tháng 01 năm 2026", place.value
    check_font(place, "Times New Roman", italic=True)
    assert merged(ws, place.coordinate) == f"{right_col}{row}:{last_col}{row}"
    assert ws[f"A{row + 1}"].value == "NGƯỜI LẬP DANH SÁCH"
    assert ws[f"{right_col}{row + 1}"].value == "KT. HIỆU TRƯỞNG"
    assert ws[f"{right_col}{row + 2}"].value == "PHÓ HIỆU TRƯỞNG"
    names = [(r, ws[f"A{r}"].value, ws[f"{right_col}{r}"].value) for r in range(row + 3, ws.max_row + 1)
             if ws[f"A{r}"].value or ws[f"{right_col}{r}"].value]
    assert len(names) == 1 and names[0][1:] == ("Đỗ Văn Quý", "Lê Thị Hồng Nhung"), names
    assert names[0][0] - (row + 2) >= 4, "room for the signatures"
    for cell in (ws[f"A{row + 1}"], ws[f"{right_col}{row + 2}"], ws[f"A{names[0][0]}"]):
        check_font(cell, "Times New Roman", bold=True)


def export_all_locales(kind, code, year, name):
    """Exports under each locale; the sheets and styles must be the same bytes."""
    parts = {}
    paths = []
    for lang in LOCALES:
        path = os.path.join(out, f"{name}-{lang.split('_')[0]}.xlsx")
        p = run("export", kind, "--class", code, "--year", str(year), "--date", "05/01/2026", "-o", path,
                lang=lang)
        assert os.path.basename(path) in p.stdout, p.stdout
        with zipfile.ZipFile(path) as z:
            assert z.testzip() is None
            parts[lang] = (z.read("xl/worksheets/sheet1.xml"), z.read("xl/styles.xml"), z.read("xl/workbook.xml"))
        paths.append(path)
    assert parts[LOCALES[0]] == parts[LOCALES[1]], "the file depends on the locale"
    return paths


def test_settings_command():
    p = run("settings")
    lines = dict(line.split("\t", 1) for line in p.stdout.splitlines())
    assert lines == SETTINGS, lines
    assert run("settings", "document.signer-title").stdout == "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n"
    p = run("settings", "document.agencyy", "X", check=False)
    assert p.returncode == 2 and "document.agency" in p.stderr, p.stderr
    p = run("settings", "document.signer-title", "A\\nB\\nC", check=False)
    assert p.returncode == 1 and "2 lines" in p.stderr, p.stderr
    assert run("settings", "document.signer-title").stdout == "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n"
    # A 5,000-character value (a paste gone wrong) is refused whole, counted in characters.
    audit = con.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    p = run("settings", "document.agency", "TRƯỜNG " * 715, check=False)
    assert p.returncode == 1 and "200" in p.stderr, (p.returncode, p.stderr)
    p = run("settings", "document.signer-name", "Đ" * 51, check=False)
    assert p.returncode == 1 and "50" in p.stderr, (p.returncode, p.stderr)
    assert run("settings", "document.agency").stdout == SETTINGS["document.agency"] + "\n"
    assert con.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit
    n = con.execute("SELECT count(*) FROM audit_log WHERE entity = 'setting' AND "
                    "new_value = '{\"document.agency\":\"TRƯỜNG CHÍNH TRỊ TỈNH THANH HÓA\"}' AND "
                    "old_value = '{\"document.agency\":\"TRƯỜNG CHÍNH TRỊ LÊ DUẨN\"}'").fetchone()[0]
    assert n == 1, n


def test_roster_every_cell():
    clear(out)
    expected = expected_roster()
    headings = ["STT", "Họ và tên", "Ngày sinh", "Nam/Nữ", "Dân tộc", "Quê quán", "Chức vụ", "Đơn vị công tác",
                "Ghi chú"]
    for path in export_all_locales("roster", CODE, YEAR, "roster"):
        ws = openpyxl.load_workbook(path).active
        right_col = check_top(ws, "I")
        head = next(r for r in range(1, 20) if ws[f"A{r}"].value == "STT")
        title_program = con.execute("SELECT pt.name FROM class c JOIN program_type pt ON pt.code = c.program_type "
                                    "WHERE c.id = ?", (CLASS_ID,)).fetchone()[0]
        titles = [ws[f"A{r}"].value for r in range(3, head) if ws[f"A{r}"].value]
        assert titles[0] == "DANH SÁCH HỌC VIÊN", titles
        assert titles[1] == f"LỚP {title_program.upper()} ({CODE})", titles
        assert titles[2].startswith("(Khóa học từ ngày ") or titles[2].startswith("(Khai giảng"), titles
        for r in range(3, head):
            if ws[f"A{r}"].value:
                assert merged(ws, f"A{r}") == f"A{r}:I{r}"
                check_font(ws[f"A{r}"], "Times New Roman", bold=True)
        assert [c.value for c in ws[head]] == headings
        for c in ws[head]:
            check_font(c, "Times New Roman", bold=True)
            assert c.border.top.style == "thin" and c.alignment.wrap_text
        got = [tuple(c.value for c in ws[r]) for r in range(head + 1, head + 1 + len(expected))]
        assert got == expected, next((g, e) for g, e in zip(got, expected) if g != e)
        for r in range(head + 1, head + 1 + len(expected)):
            assert isinstance(ws[f"A{r}"].value, int)                # STT a number
            assert ws[f"C{r}"].data_type == "s"                      # dates as text
            for c in ws[r]:
                check_font(c, "Times New Roman")
                assert c.border.left.style == "thin" and c.border.bottom.style == "thin"
        assert ws[f"A{head + len(expected) + 1}"].value is None      # the table ends there
        # The withdrawn student is left out; the deferred one is noted; no number comes last.
        assert len(expected) == con.execute("SELECT count(*) FROM enrolment WHERE class_id = ? AND "
                                            "status <> 'withdrawn'", (CLASS_ID,)).fetchone()[0]
        deferred = con.execute("SELECT count(*) FROM enrolment WHERE class_id = ? AND status = 'deferred'",
                               (CLASS_ID,)).fetchone()[0]
        assert deferred >= 1 and sum(1 for row in got if row[8] == "Bảo lưu") == deferred
        assert [row[1] for row in got[-2:]] == [NAME_1000, NAME_NONE], got[-2:]
        check_bottom(ws, head + len(expected) + 2, right_col, "I")
        check_page(ws, [head])
        assert ws.freeze_panes == f"A{head + 1}"


def test_lao_list_every_cell():
    clear(out)
    expected = expected_lao()
    lao_headings = ["ລ/ດ", "ຊື່ ແລະ ນາມສະກຸນ", "ຊື່ ແລະ ນາມສະກຸນ (ຕາມໜັງສືຜ່ານແດນ)",
                    "ຊື່ ແລະ ນາມສະກຸນ (ພາສາຫວຽດນາມ)", "ວັນເດືອນປີເກີດ", "ເພດ", "ແຂວງ", "ຕຳແໜ່ງ"]
    vi_headings = ["STT", "Họ và tên (chữ Lào)", "Họ và tên (theo hộ chiếu)", "Họ và tên (tiếng Việt)",
                   "Ngày sinh", "Giới tính", "Tỉnh (Lào)", "Chức vụ"]
    lao_columns = {"B", "G"}
    name_lo, name_vi = con.execute("SELECT lp.name_lo, lp.name_vi FROM class c JOIN lao_province lp "
                                   "ON lp.code = c.lao_province_code WHERE c.id = ?", (LAO_ID,)).fetchone()
    for path in export_all_locales("lao-list", LAO_CODE, LAO_YEAR, "lao"):
        ws = openpyxl.load_workbook(path).active
        right_col = check_top(ws, "H")
        head = next(r for r in range(1, 20) if ws[f"A{r}"].value == "ລ/ດ")
        titles = [(ws[f"A{r}"].value, ws[f"A{r}"].font.name) for r in range(3, head) if ws[f"A{r}"].value]
        assert titles[0] == ("ລາຍຊື່ນັກສຶກສາ", "Phetsarath OT"), titles
        assert titles[1] == ("DANH SÁCH HỌC VIÊN", "Times New Roman"), titles
        assert titles[2] == (f"ແຂວງ{name_lo}", "Phetsarath OT"), titles
        assert titles[3] == (f"TỈNH {name_vi.upper()}", "Times New Roman"), titles
        assert titles[4][0].startswith("LỚP TRUNG CẤP LÝ LUẬN CHÍNH TRỊ - HÀNH CHÍNH"), titles
        assert [c.value for c in ws[head]] == lao_headings
        assert [c.value for c in ws[head + 1]] == vi_headings
        for c in ws[head]:
            check_font(c, "Phetsarath OT", bold=True)
        for c in ws[head + 1]:
            check_font(c, "Times New Roman", bold=True)
        got = [tuple(c.value for c in ws[r]) for r in range(head + 2, head + 2 + len(expected))]
        assert got == expected, next((g, e) for g, e in zip(got, expected) if g != e)
        for r in range(head + 2, head + 2 + len(expected)):
            for c in ws[r]:
                check_font(c, "Phetsarath OT" if c.column_letter in lao_columns else "Times New Roman")
        assert all(row[1] and row[2] and row[3] for row in got), "three forms of every name"
        check_bottom(ws, head + len(expected) + 3, right_col, "H")
        check_page(ws, [head, head + 1])


def test_replaces_existing_file():
    clear(out)
    path = os.path.join(out, "danh-sach.xlsx")
    with open(path, "w") as f:
        f.write("an older list")
    run("export", "roster", "--class", CODE, "--year", str(YEAR), "-o", path)
    assert zipfile.is_zipfile(path)
    assert leftovers(out) == ["danh-sach.xlsx"], leftovers(out)
    # No extension: .xlsx is added.
    run("export", "roster", "--class", CODE, "--year", str(YEAR), "-o", os.path.join(out, "plain"))
    assert leftovers(out) == ["danh-sach.xlsx", "plain.xlsx"], leftovers(out)


def test_failures_leave_no_file():
    clear(out)
    keep = os.path.join(out, "keep.xlsx")
    with open(keep, "w") as f:
        f.write("kept")
    base = ["export", "roster", "--year", str(YEAR), "--class"]

    p = run("export", "roster", "--class", "NO-SUCH-CLASS", "-o", keep, check=False)
    assert p.returncode == 1 and "NO-SUCH-CLASS" in p.stderr, p.stderr
    p = run(*base, CODE, "-o", os.path.join(out, "list.ods"), check=False)
    assert p.returncode == 2 and ".xlsx" in p.stderr and ".pdf" in p.stderr, p.stderr
    p = run("export", "lao-list", "--class", CODE, "--year", str(YEAR), "-o", keep, check=False)
    assert p.returncode == 1 and "not a cohort of Lao cadres" in p.stderr, p.stderr
    p = run("export", "staff-list", "--class", CODE, "-o", keep, check=False)
    assert p.returncode == 2 and "lao-list" in p.stderr, p.stderr
    p = run(*base, CODE, "--date", "31/02/2026", "-o", keep, check=False)
    assert p.returncode == 2 and "dd/mm/yyyy" in p.stderr, p.stderr

    # A folder that does not exist, one that is a file, and the name of a folder.
    folder = os.path.join(tmp, "folder.xlsx")
    os.makedirs(folder, exist_ok=True)
    for path in (os.path.join(out, "no-such-folder", "x.xlsx"), os.path.join(keep, "x.xlsx"), folder,
                 os.path.join(out, "no-such-folder", "x.pdf"), os.path.join(keep, "x.pdf")):
        p = run(*base, CODE, "-o", path, check=False)
        assert p.returncode == 1 and "folder" in p.stderr, (path, p.stderr)
    assert os.listdir(folder) == []
    if os.geteuid() != 0:
        ro = os.path.join(tmp, "read-only")
        os.mkdir(ro)
        os.chmod(ro, stat.S_IRUSR | stat.S_IXUSR)
        p = run(*base, CODE, "-o", os.path.join(ro, "x.xlsx"), check=False)
        os.chmod(ro, stat.S_IRWXU)
        assert p.returncode == 1 and "cannot write in the folder" in p.stderr, p.stderr
        assert os.listdir(ro) == []

    # The school's name is needed; the message says where to fill it in.
    run("settings", "document.agency", "")
    try:
        p = run(*base, CODE, "-o", keep, check=False)
        assert p.returncode == 1, p.returncode
        assert "Preferences" in p.stderr and "document.agency" in p.stderr, p.stderr
    finally:
        run("settings", "document.agency", SETTINGS["document.agency"])

    assert leftovers(out) == ["keep.xlsx"], leftovers(out)
    with open(keep) as f:
        assert f.read() == "kept"


def pdf_info(path):
    return dict((k.strip(), v.strip()) for k, v in
                (line.split(":", 1) for line in poppler("pdfinfo", path).splitlines() if ":" in line))


def export_pdf(kind, code, year, name):
    """Exports under each locale; the text read back must be the same."""
    texts = {}
    path = None
    for lang in LOCALES:
        path = os.path.join(out, f"{name}-{lang.split('_')[0]}.pdf")
        p = run("export", kind, "--class", code, "--year", str(year), "--date", "05/01/2026", "-o", path,
                lang=lang)
        assert os.path.basename(path) in p.stdout, p.stdout
        info = pdf_info(path)
        assert info["Page size"] == "841.89 x 595.28 pts (A4)", info      # landscape
        texts[lang] = [poppler("pdftotext", "-raw", "-enc", "UTF-8", "-f", str(n), "-l", str(n), path, "-")
                       for n in range(1, int(info["Pages"]) + 1)]
    assert texts[LOCALES[0]] == texts[LOCALES[1]], "the PDF depends on the locale"
    return path, texts[LOCALES[0]]


def check_pdf_pages(pages, heading, names):
    """Page 1 has the letterhead, later pages a number at the top; every page
    with rows starts its table with the heading row; each name is on a page,
    in roster order; the signatures end the last page."""
    first = squeezed(pages[0])
    for text in ("TỈNHỦYTHANHHÓA", "TRƯỜNGCHÍNHTRỊTỈNHTHANHHÓA", "CỘNGHÒAXÃHỘICHỦNGHĨAVIỆTNAM",
                 "Độclập-Tựdo-Hạnhphúc", "DANHSÁCHHỌCVIÊN"):
        assert text in first, (text, pages[0])
    found = []
    for n, page in enumerate(pages, 1):
        flat = squeezed(page)
        if n > 1:
            assert page.split("\n", 1)[0].strip() == str(n), page[:80]
            assert "CỘNGHÒA" not in flat
        rows = [i for i, name in enumerate(names) if squeezed(name) in flat]
        if rows:
            assert squeezed(heading) in flat, (n, page[:300])
        found += rows
    assert found == list(range(len(names))), "every row once, in roster order"
    last = squeezed(pages[-1])
    for text in ("ThanhHóa,ngày05tháng01năm2026", "PHÓHIỆUTRƯỞNG", "LêThịHồngNhung", "ĐỗVănQuý"):
        assert text in last, (text, pages[-1])


def test_pdf_lists():
    if shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None:
        print("# pdftotext/pdfinfo missing (poppler-utils): PDF lists not read back")
        return
    clear(out)
    expected = expected_roster()
    path, pages = export_pdf("roster", CODE, YEAR, "roster")
    check_pdf_pages(pages, "Đơn vị công tác", [row[1] for row in expected])
    assert len(pages) >= 2, len(pages)
    assert "Bảo lưu" in "".join(pages)
    fonts = poppler("pdffonts", path)
    assert "LiberationSerif" in fonts or "TimesNewRoman" in fonts, fonts

    expected = expected_lao()
    path, pages = export_pdf("lao-list", LAO_CODE, LAO_YEAR, "lao")
    check_pdf_pages(pages, "ຊື່ ແລະ ນາມສະກຸນ", [row[1] for row in expected])
    everything = squeezed("".join(pages))
    for row in expected:
        for cell in row[2:4]:
            assert squeezed(cell) in everything, cell
    assert "ລາຍຊື່ນັກສຶກສາ" in everything
    # Lao in a Lao font, never in DejaVu, whose tone marks collide with the vowels.
    fonts = poppler("pdffonts", path)
    assert "Phetsarath" in fonts or "NotoSansLao" in fonts, fonts
    assert "DejaVu" not in fonts, fonts
    assert not [n for n in leftovers(out) if n.startswith(".")], leftovers(out)


for t in [test_settings_command, test_roster_every_cell, test_lao_list_every_cell, test_replaces_existing_file,
          test_failures_leave_no_file, test_pdf_lists]:
    case(t)

con.close()
finish()
