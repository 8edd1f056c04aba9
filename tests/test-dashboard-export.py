#!/usr/bin/python3
# test-dashboard-export.py: cohort-cli export dashboard — the training report
# as .xlsx, read back with openpyxl and compared number by number with
# `cohort-cli stats --json` under the same filters (tiles on the summary,
# every chart's table, the native chart over it), under vi_VN, lo_LA and in
# Vietnamese and Lao; as PDF, read back with poppler's pdfinfo, pdftotext and
# pdffonts; and the failures that must leave no file behind.
#
# Copyright 2026 The Cohort authors
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import shutil
import zipfile

import openpyxl

import cohortcli
from cohortcli import clear, connect, leftovers, poppler, require_locales, run_cases, squeezed, tmp

out = os.path.join(tmp, "out")
os.mkdir(out)

SETTINGS = {
    "document.parent-agency": "TỈNH ỦY THANH HÓA",
    "document.agency": "TRƯỜNG CHÍNH TRỊ TỈNH THANH HÓA",
    "document.place": "Thanh Hóa",
    "document.signer-title": "KT. HIỆU TRƯỞNG\\nPHÓ HIỆU TRƯỞNG",
    "document.signer-name": "Lê Thị Hồng Nhung",
    "document.preparer-title": "NGƯỜI LẬP BÁO CÁO",
    "document.preparer-name": "Đỗ Văn Quý",
}
MM = 1 / 25.4


def run(*args, lang="C.UTF-8", language="en", **kw):
    """English messages whatever the locale, unless a test asks for a language."""
    return cohortcli.run(*args, lang=lang, language=language, **kw)


def stats(filters, **env):
    return json.loads(run("stats", "--json", *filters, **env).stdout)


def export(name, filters, **env):
    path = os.path.join(out, name)
    p = run("export", "dashboard", *filters, "--date", "05/01/2026", "-o", path, **env)
    assert os.path.basename(path) in p.stdout, p.stdout
    return path


require_locales("vi_VN.UTF-8", "lo_LA.UTF-8")

run("demo", "--students", "3000", "--seed", "1", "-q")
for key, value in SETTINGS.items():
    run("settings", key, value)

con = connect()
HOST_ID = con.execute("SELECT org_unit_id FROM class GROUP BY org_unit_id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
PROGRAM = con.execute("SELECT program_type FROM class WHERE lao_province_code IS NULL GROUP BY program_type "
                      "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
FIRST, LAST = con.execute("SELECT min (year), max (year) FROM class").fetchone()
con.close()

FILTER_SETS = [
    [],
    ["--from", str(FIRST + 2), "--to", str(LAST - 1)],
    ["--host", "centres"],
    ["--host", str(HOST_ID), "--program", PROGRAM],
    ["--from", str(LAST), "--to", str(LAST)],
]

KINDS = {"stacked": ("BarChart", "col", "stacked"), "percent": ("BarChart", "col", "percentStacked"),
         "paired": ("BarChart", "bar", "clustered"), "donut": ("DoughnutChart", None, None)}


def plan_percent(actual, planned):
    return None if planned <= 0 else round(1000 * actual / planned) / 10


def percent_cell(value, expected):
    """A share of a plan: a number formatted as a percentage, or empty."""
    if expected is None:
        return value is None
    return isinstance(value, float) and abs(value * 100 - expected) < 1e-6


def col(n):
    return openpyxl.utils.get_column_letter(n)


def unquoted(ref):
    return ref.replace("'", "")


def column_range(sheet, letter, first, last):
    """A reference as spreadsheets write it: one cell alone, else a range."""
    if first == last:
        return f"{sheet}!${letter}${first}"
    return f"{sheet}!${letter}${first}:${letter}${last}"


def check_summary(ws, data):
    assert ws.title == "Summary", ws.title
    assert ws["A1"].value == SETTINGS["document.parent-agency"]
    assert ws["A2"].value == SETTINGS["document.agency"]
    assert ws["B1"].value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and ws["B2"].value == "Độc lập - Tự do - Hạnh phúc"
    assert ws["B3"].value == "Thanh Hóa, ngày 05 tháng 01 năm 2026", ws["B3"].value
    assert ws["B3"].font.i and ws["A2"].font.b
    for cell in (ws["A1"], ws["A2"], ws["B1"], ws["A9"], ws["B9"]):
        assert cell.font.name == "Times New Roman" and cell.font.sz == 13, (cell.coordinate, cell.font.name)
    assert ws["A5"].value == "TRAINING REPORT"
    period = f"{data['period']['from']}–{data['period']['to']}" if data["period"]["from"] != data["period"]["to"] \
        else str(data["period"]["from"])
    assert ws["A6"].value.startswith(f"Period: {period} · Host: "), ws["A6"].value
    assert [c.value for c in ws[8]] == ["Indicator", "Actual", "Plan", "Rate"]
    t = data["tiles"]
    rows = [tuple(c.value for c in ws[r]) for r in range(9, 16)]
    expected = [
        ("Classes running", t["classes_running"], None, None),
        ("Classes finished", t["classes_finished"], None, None),
        ("Classes opened, not yet started", t["classes_planned"], None, None),
        ("Classes held (running and finished)", t["classes_running"] + t["classes_finished"], t["plan_classes"],
         t["plan_classes_percent"]),
        ("Students", t["students"], t["plan_students"], t["plan_students_percent"]),
        ("Graduates", t["graduates"], None, t["graduates_percent"]),
        ("Lao students", t["lao_students"], None, None),
    ]
    for got, want in zip(rows, expected):
        assert got[:3] == want[:3], (got, want)
        assert all(isinstance(v, int) for v in got[1:3] if v is not None), got
        assert percent_cell(got[3], want[3]), (got, want)
    for r in range(9, 16):
        assert ws[f"B{r}"].number_format == "#,##0"
    # Every rate says what it divides by: a number, formatted with its words.
    bases = {12: (t["plan_classes"], "planned classes"), 13: (t["plan_students"], "planned students"),
             14: (t["finished_students"], "students of finished classes")}
    for r in range(9, 16):
        if r not in bases or ws[f"D{r}"].value is None:
            assert ws[f"D{r}"].value is None, (r, ws[f"D{r}"].value)
            continue
        fmt = ws[f"D{r}"].number_format
        assert fmt.startswith("0.0%") and f"{bases[r][0]:,}" in fmt and bases[r][1] in fmt, (r, fmt)
    names = [ws[f"{c}{r}"].value for r in range(17, ws.max_row + 1) for c in "AB" if ws[f"{c}{r}"].value]
    assert names == ["NGƯỜI LẬP BÁO CÁO", "KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Đỗ Văn Quý", "Lê Thị Hồng Nhung"], names
    ps = ws.page_setup
    assert int(ps.paperSize) == 9 and ps.orientation == "portrait", (ps.paperSize, ps.orientation)
    m = ws.page_margins
    for got, want in ((m.left, 30), (m.right, 15), (m.top, 20), (m.bottom, 20)):
        assert abs(got - want * MM) < 1e-6, (got, want)


def check_chart_sheet(ws, chart):
    """The chart's table equals the JSON, category by category, series by
    series; the native chart beside it plots exactly that table."""
    cats, series = chart["categories"], chart["series"]
    n_cat, n_series = len(cats), len(series)
    assert ws["A1"].value == chart["title"], (ws["A1"].value, chart["title"])
    assert [ws.cell(4, 2 + s).value for s in range(n_series)] == [s["name"] for s in series]
    labels = [ws.cell(5 + c, 1).value for c in range(n_cat)]
    assert [str(v) for v in labels] == [c["label"] for c in cats], (labels, cats)
    for c in range(n_cat):
        for s in range(n_series):
            v = ws.cell(5 + c, 2 + s).value
            assert isinstance(v, int) and v == series[s]["values"][c], (ws.title, c, s, v)
    last = ws.cell(4, 2 + n_series).value
    if chart["kind"] in ("stacked", "percent") and n_series:
        assert last == "Total", last
        for c in range(n_cat):
            assert ws.cell(5 + c, 2 + n_series).value == sum(s["values"][c] for s in series)
    elif chart["kind"] == "paired":
        assert last == "% of plan", last
        planned, actual = series[0]["values"], series[-1]["values"]
        for c in range(n_cat):
            assert percent_cell(ws.cell(5 + c, 4).value, plan_percent(actual[c], planned[c])), (c, ws.cell(5 + c, 4).value)
    elif chart["kind"] == "donut":
        assert last == "Share", last
        total = sum(series[0]["values"])
        for c in range(n_cat):
            share = ws.cell(5 + c, 3).value
            assert total == 0 or abs(share - series[0]["values"][c] / total) < 1e-9, (c, share)
        assert (ws.cell(5 + n_cat, 1).value, ws.cell(5 + n_cat, 2).value) == ("Total", total)
    assert ws.cell(5 + n_cat + (chart["kind"] == "donut"), 2).value is None, "the table ends there"

    if n_cat == 0 or n_series == 0:
        assert len(ws._charts) == 0, ws.title
        return
    assert len(ws._charts) == 1, (ws.title, len(ws._charts))
    xc = ws._charts[0]
    cls, bar_dir, grouping = KINDS[chart["kind"]]
    assert type(xc).__name__ == cls, (ws.title, type(xc).__name__)
    if bar_dir:
        assert (xc.barDir, xc.grouping) == (bar_dir, grouping), (ws.title, xc.barDir, xc.grouping)
    n_plotted = 1 if chart["kind"] == "donut" else n_series
    assert len(xc.series) == n_plotted, (ws.title, len(xc.series))
    for s, xs in enumerate(xc.series):
        letter = col(2 + s)
        assert unquoted(xs.tx.strRef.f) == f"{ws.title}!${letter}$4", xs.tx.strRef.f
        cat = xs.cat.numRef or xs.cat.strRef
        assert unquoted(cat.f) == column_range(ws.title, "A", 5, 4 + n_cat), cat.f
        assert unquoted(xs.val.numRef.f) == column_range(ws.title, letter, 5, 4 + n_cat), xs.val.numRef.f
    assert xc.legend is not None and xc.legend.position == "b", xc.legend
    assert xc.title is not None


def check_workbook(path, data):
    wb = openpyxl.load_workbook(path)
    assert len(wb.worksheets) == 1 + len(data["charts"]), wb.sheetnames
    check_summary(wb.worksheets[0], data)
    for ws, chart in zip(wb.worksheets[1:], data["charts"]):
        assert len(ws.title) <= 31
        check_chart_sheet(ws, chart)
    return wb


def test_xlsx_matches_stats():
    clear(out)
    for n, filters in enumerate(FILTER_SETS):
        data = stats(filters)
        path = export(f"report-{n}.xlsx", filters)
        wb = check_workbook(path, data)
        assert [ws.title for ws in wb.worksheets] == \
            ["Summary", "By program", "By level", "Plan and actual", "Graduation results", "Lao students"], wb.sheetnames
    # A filter that leaves charts empty still gives every sheet, and no chart of nothing.
    filters = ["--host", "centres", "--program", PROGRAM]
    check_workbook(export("narrow.xlsx", filters), stats(filters))
    assert not [n for n in leftovers(out) if n.startswith(".")], leftovers(out)


def test_xlsx_same_under_every_locale():
    """LC_NUMERIC must not reach the file: the sheets are the same bytes
    under C, vi_VN and lo_LA (messages in English for all three)."""
    clear(out)
    parts = {}
    for lang in ("C.UTF-8", "vi_VN.UTF-8", "lo_LA.UTF-8"):
        path = export(f"r-{lang}.xlsx", [], lang=lang)
        with zipfile.ZipFile(path) as z:
            assert z.testzip() is None
            parts[lang] = [z.read(n) for n in sorted(z.namelist()) if n.startswith("xl/")]
    assert parts["C.UTF-8"] == parts["vi_VN.UTF-8"] == parts["lo_LA.UTF-8"], "the file depends on the locale"


def test_xlsx_in_vietnamese_and_lao():
    """In the language of the interface, the numbers still equal stats's."""
    clear(out)
    for lang, language in (("vi_VN.UTF-8", "vi"), ("lo_LA.UTF-8", "lo")):
        data = stats([], lang=lang, language=language)
        wb = openpyxl.load_workbook(export(f"r-{language}.xlsx", [], lang=lang, language=language))
        for ws, chart in zip(wb.worksheets[1:], data["charts"]):
            assert ws["A1"].value == chart["title"]
            assert [ws.cell(4, 2 + s).value for s in range(len(chart["series"]))] == \
                [s["name"] for s in chart["series"]]
            for c in range(len(chart["categories"])):
                for s, series in enumerate(chart["series"]):
                    assert ws.cell(5 + c, 2 + s).value == series["values"][c]
        t = data["tiles"]
        assert [wb.worksheets[0][f"B{r}"].value for r in range(9, 16)] == \
            [t["classes_running"], t["classes_finished"], t["classes_planned"],
             t["classes_running"] + t["classes_finished"], t["students"], t["graduates"], t["lao_students"]]
        if language == "lo":
            # Lao labels get the Lao font, as the lists do.
            lao = [ws.cell(4, 2).font.name for ws in wb.worksheets[1:]
                   if any(0x0E80 <= ord(ch) <= 0x0EFF for ch in str(ws.cell(4, 2).value))]
            assert all(name == "Phetsarath OT" for name in lao), lao


def pdf_pages(path):
    info = dict((k.strip(), v.strip()) for k, v in
                (line.split(":", 1) for line in poppler("pdfinfo", path).splitlines() if ":" in line))
    assert info["Page size"] == "595.28 x 841.89 pts (A4)", info      # portrait
    return [poppler("pdftotext", "-raw", "-enc", "UTF-8", "-f", str(n), "-l", str(n), path, "-")
            for n in range(1, int(info["Pages"]) + 1)]


def check_pdf(path, data, title="TRAINING REPORT"):
    pages = pdf_pages(path)
    assert 2 <= len(pages) <= 4, len(pages)
    first = squeezed(pages[0])
    for text in ("TỈNHỦYTHANHHÓA", "TRƯỜNGCHÍNHTRỊTỈNHTHANHHÓA", "CỘNGHÒAXÃHỘICHỦNGHĨAVIỆTNAM",
                 "Độclập-Tựdo-Hạnhphúc", "ThanhHóa,ngày05tháng01năm2026", squeezed(title or "")):
        assert text in first, (text, pages[0][:400])
    for year in (data["period"]["from"], data["period"]["to"]):
        assert str(year) in first, (year, pages[0][:400])
    for n, page in enumerate(pages[1:], 2):
        assert page.split("\n", 1)[0].strip() == str(n), page[:80]
        assert "CỘNGHÒA" not in squeezed(page)
    # Every chart's title once, on one page.
    for chart in data["charts"]:
        on = [n for n, page in enumerate(pages) if squeezed(chart["title"]) in squeezed(page)]
        assert len(on) == 1, (chart["title"], on)
    last = squeezed(pages[-1])
    for text in ("NGƯỜILẬPBÁOCÁO", "PHÓHIỆUTRƯỞNG", "LêThịHồngNhung", "ĐỗVănQuý"):
        assert text in last, (text, pages[-1][-300:])
    fonts = poppler("pdffonts", path).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts     # emb
    assert any("LiberationSerif" in f or "TimesNewRoman" in f for f in fonts), fonts
    assert not any("DejaVu" in f for f in fonts), fonts
    return pages


def test_pdf_report():
    if shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None:
        print("# pdftotext/pdfinfo missing (poppler-utils): the PDF report not read back")
        return
    clear(out)
    for n, filters in enumerate(FILTER_SETS[:3]):
        data = stats(filters)
        pages = check_pdf(export(f"report-{n}.pdf", filters), data)
        assert str(data["tiles"]["students"]) in "".join(pages).replace(",", ""), "the students tile"
        # Each rate with what it divides by, e.g. "95.9% of 81,147 planned students"
        t = data["tiles"]
        first = squeezed(pages[0])
        for percent, base, words in ((t["plan_students_percent"], t["plan_students"], "plannedstudents"),
                                     (t["graduates_percent"], t["finished_students"], "studentsoffinishedclasses")):
            if percent is None:
                continue
            shown = f"{percent:.1f}".rstrip("0").rstrip(".")
            assert f"{shown}%of{base:,}{words}" in first, (shown, base, words, pages[0][:800])
    # In Vietnamese and Lao (the title is then translated, or not yet).
    data = stats([], lang="vi_VN.UTF-8", language="vi")
    check_pdf(export("report-vi.pdf", [], lang="vi_VN.UTF-8", language="vi"), data, title=None)
    data = stats([], lang="lo_LA.UTF-8", language="lo")
    path = export("report-lo.pdf", [], lang="lo_LA.UTF-8", language="lo")
    check_pdf(path, data, title=None)
    # Lao names (the partner provinces at least) in a Lao font, never DejaVu.
    fonts = poppler("pdffonts", path)
    assert "Phetsarath" in fonts or "NotoSansLao" in fonts, fonts
    assert not [n for n in leftovers(out) if n.startswith(".")], leftovers(out)


def test_failures_leave_no_file():
    clear(out)
    keep = os.path.join(out, "keep.pdf")
    with open(keep, "w") as f:
        f.write("kept")

    def refused(code, *args, words=()):
        p = run("export", "dashboard", *args, check=False)
        assert p.returncode == code, (args, p.returncode, p.stderr)
        for w in words:
            assert w in p.stderr, (args, w, p.stderr)

    refused(2, "--host", "999999", "-o", keep, words=("999999", "centres"))
    refused(2, "--program", "NO-SUCH", "-o", keep, words=("NO-SUCH",))
    refused(2, "-o", os.path.join(out, "report.ods"), words=(".xlsx", ".pdf"))
    refused(2, "--from", "2025", "--to", "2020", "-o", keep, words=("--from",))
    refused(2, "--class", "B43", "-o", keep, words=("--class",))
    refused(2, "--date", "31/02/2026", "-o", keep, words=("dd/mm/yyyy",))
    p = run("export", "roster", "--class", "B43", "--host", "centres", "-o", keep, check=False)
    assert p.returncode == 2 and "export dashboard" in p.stderr, p.stderr
    folder = os.path.join(tmp, "folder.pdf")
    os.makedirs(folder, exist_ok=True)
    for path in (os.path.join(out, "no-such-folder", "r.pdf"), os.path.join(out, "no-such-folder", "r.xlsx"),
                 os.path.join(keep, "r.xlsx"), folder):
        refused(1, "-o", path, words=("folder",))
    assert os.listdir(folder) == []

    run("settings", "document.agency", "")
    try:
        for name in ("r.pdf", "r.xlsx"):
            refused(1, "-o", os.path.join(out, name), words=("Preferences", "document.agency"))
    finally:
        run("settings", "document.agency", SETTINGS["document.agency"])

    assert leftovers(out) == ["keep.pdf"], leftovers(out)
    with open(keep) as f:
        assert f.read() == "kept"


run_cases(test_xlsx_matches_stats, test_xlsx_same_under_every_locale, test_xlsx_in_vietnamese_and_lao,
          test_pdf_report, test_failures_leave_no_file)
