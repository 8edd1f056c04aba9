#!/usr/bin/python3
# Writes the seed corpora of Cohort's fuzz targets into OUTDIR/<target>/:
# lists as agencies send them, in the encodings and formats the readers take.
#   /usr/bin/python3 tests/fuzz/make-seeds.py OUTDIR
# Needs python3-openpyxl and python3-xlwt (Debian's python3), and glibc's
# iconv for CP1258 and TCVN3.
import datetime
import io
import os
import subprocess
import sys
import unicodedata
import zipfile

import openpyxl
import xlwt

TITLE = "DANH SÁCH HỌC VIÊN LỚP TRUNG CẤP LÝ LUẬN CHÍNH TRỊ K43"
HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Quê quán", "Đơn vị công tác",
          "Chức vụ", "Số CCCD", "Điện thoại", "Ghi chú"]
PEOPLE = [
    ["1", "Nguyễn Thị Thu Hương", "05/01/1980", "Nữ", "Kinh", "Đà Nẵng", "UBND xã Vĩnh Thái",
     "Phó Chủ tịch", "045185001234", "0912 345 678", ""],
    ["2", "Lê Văn Tám", "1985-03-12", "Nam", "Tày", "Quảng Trị", "Huyện ủy Gio Linh", "Chuyên viên",
     "045 185 001 235", "", "nợ học phí"],
    ["3", "Hồ Thị Ánh Tuyết", "29225", "nu", "Vân Kiều", "Hướng Hóa", "Hội LHPN huyện",
     "Chủ tịch", "045.185.001.236", "+84 233 3852 111", ""],
    ["4", "ສົມສັກ ພົມມະວົງ", "1990", "ຊາຍ", "Lào", "ສະຫວັນນະເຂດ", "ແຂວງສະຫວັນນະເຂດ", "", "", "", ""],
    ["5", "Đặng Quốc Việt", "5/1/80", "x", "Kinh", "Huế", "Sở Nội vụ", "Trưởng phòng", "12", "", ""],
]
FOOTER = [["", "Người lập biểu"], ["", "Quảng Trị, ngày 23 tháng 11 năm 2026"]]


def rows_with_titles():
    return [[TITLE], [], HEADER] + PEOPLE + [[]] + FOOTER


def csv_text(rows, delimiter=",", newline="\n"):
    out = []
    for row in rows:
        cells = []
        for cell in row:
            if any(c in cell for c in (delimiter, '"', "\n", "\r")):
                cell = '"' + cell.replace('"', '""') + '"'
            cells.append(cell)
        out.append(delimiter.join(cells))
    return newline.join(out) + newline


def iconv(text, charset):
    try:
        return subprocess.run(["iconv", "-f", "UTF-8", "-t", charset], input=text.encode(),
                              capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None


# VNI: a Latin letter, then a byte for its marks (upper case, lower case + 0x20).
VNI_MARKS = {
    "\u0301": 0xD9, "\u0300": 0xD8, "\u0309": 0xDB, "\u0303": 0xD5, "\u0323": 0xCF,
    "\u0302": 0xC2, "\u0306": 0xCA,
    "\u0302\u0301": 0xC1, "\u0302\u0300": 0xC0, "\u0302\u0309": 0xC5, "\u0302\u0303": 0xC3,
    "\u0302\u0323": 0xC4,
    "\u0306\u0301": 0xC9, "\u0306\u0300": 0xC8, "\u0306\u0309": 0xDA, "\u0306\u0303": 0xDC,
    "\u0306\u0323": 0xCB,
}
VNI_LETTERS = {"Đ": 0xD1, "Ơ": 0xD4, "Ư": 0xD6, "Í": 0xCD, "Ì": 0xCC, "Ỉ": 0xC6, "Ĩ": 0xD3, "Ị": 0xD2}


def vni(text):
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ch.upper() in VNI_LETTERS:
            out.append(VNI_LETTERS[ch.upper()] + (0x20 if ch.islower() else 0))
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        base, marks = decomposed[0], decomposed[1:]
        if marks.startswith("\u031b"):   # horn: ơ ư, then the tone
            letter = unicodedata.normalize("NFC", base.upper() + "\u031b")
            out.append(VNI_LETTERS[letter] + (0x20 if base.islower() else 0))
            marks = marks[1:]
        else:
            out += base.encode("latin-1", "replace")
        # NFD puts the dot below before the circumflex; VNI names the shape first.
        marks = "".join(sorted(marks, key=lambda m: m not in "\u0302\u0306"))
        if marks in VNI_MARKS:
            out.append(VNI_MARKS[marks] + (0x20 if base.islower() else 0))
    return bytes(out)


def write(directory, name, data):
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def text_seeds(out):
    rows = rows_with_titles()
    utf8 = csv_text(rows)
    seeds = {
        "utf8.csv": utf8.encode(),
        "utf8-bom.csv": b"\xef\xbb\xbf" + csv_text(rows, ";", "\r\n").encode(),
        "utf8-nfd.csv": unicodedata.normalize("NFD", csv_text(rows, "\t")).encode(),
        "utf16le.csv": b"\xff\xfe" + csv_text(rows, "\t", "\r\n").encode("utf-16-le"),
        "utf16be.csv": b"\xfe\xff" + csv_text(rows[:6], ",").encode("utf-16-be"),
        "vni.csv": vni(csv_text([r for r in rows if not any("ສ" in c for c in r)])),
        "ascii.csv": b"STT,Ho va ten,Ngay sinh,Gioi tinh\r1,Nguyen Van A,01/02/1970,Nam\r",
        "quotes.csv": ('Họ tên,"Ghi chú"\n"Trần ""Bé"" Ba","dòng một\r\ndòng hai"\n'
                       '"Lò Thị Mai",\n,"",\n"chưa đóng').encode(),
        "two-rows.csv": ("STT,Họ và tên,,Ngày sinh,,Dân tộc\n,Họ,Tên,Nam,Nữ,\n"
                         "1,Nguyễn Văn,An,01/01/1970,,Kinh\n2,Trần Thị,Bình,,1975,Mường\n").encode(),
        # Three header rows with groups, marks, column numbers, the header again on a page
        "grouped.csv": ("STT,Họ và tên,,Giới tính,,Ngày sinh,,,Đảng viên,,Trình độ,,,\"Chức vụ, đơn vị công tác\"\n"
                        ",Họ và tên đệm,Tên,Nam,Nữ,,,,Ngày vào Đảng,,Chuyên môn,,LLCT,\n"
                        ",,,,,Ngày,Tháng,Năm,Dự bị,Chính thức,Bậc,Ngành,,\n"
                        "(1),(2),(3),(4),(5),(6),(7),(8),(9),(10),(11),(12),(13),(14)\n"
                        "1,Nguyễn Văn,An,x,,1,2,1970,3/2/1995,3/2/1996,Đại học,Luật,Trung cấp,"
                        "Phó Chủ tịch UBND xã Gio An\n"
                        "STT,Họ và tên đệm,Tên,Nam,Nữ,,,,,,,,,\n"
                        "2,Trần Thị,Bình,✓,x,,,1975,,,,,,\"Kế toán, Trường THCS\"\n"
                        ",,Trang 1/2,,,,,,,,,,,\n").encode(),
    }
    legacy = "".join(csv_text([r for r in rows if not any("ສ" in c for c in r)]))
    for charset, name in (("CP1258", "cp1258.csv"), ("TCVN5712-1", "tcvn3.csv")):
        data = iconv(legacy, charset)
        if data is not None:
            seeds[name] = data
    for name, data in seeds.items():
        write(os.path.join(out, "text-decode"), name, data)
        write(os.path.join(out, "csv"), name, data)
    write(os.path.join(out, "text-decode"), "binary.bin", b"PK\x03\x04\x00\x14\xff\x88a,")


def xlsx_workbook():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    sheet.append([TITLE])
    sheet.merge_cells("A1:K1")
    sheet.append([])
    sheet.append(HEADER)
    for person in PEOPLE:
        row = list(person)
        row[0] = int(row[0])
        if row[2] == "05/01/1980":
            row[2] = datetime.date(1980, 1, 5)
        elif row[2] == "1985-03-12":
            row[2] = datetime.datetime(1985, 3, 12)
        sheet.append(row)
    for cell in sheet["C"]:
        cell.number_format = "dd/mm/yyyy"
    sheet.merge_cells("G4:G5")
    sheet["L4"] = True
    sheet["L5"] = 1.5e-7
    sheet["L6"] = "=1/0"
    sheet["M7"] = 45185001234.0
    book.create_sheet("Sheet2")["A1"] = "Họ tên"
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


READ_PARTS = ("xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml")


def parts_text(parts):
    return "".join("@@ %s\n%s\n" % (name, content) for name, content in parts).encode()


def unpacked(xlsx):
    with zipfile.ZipFile(io.BytesIO(xlsx)) as z:
        names = [n for n in z.namelist() if n in READ_PARTS or n.startswith("xl/worksheets/sheet")]
        return [(n, z.read(n).decode()) for n in names]


WORKBOOK = ('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>')
RELS = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="worksheet" Target="%s"/></Relationships>')


def sheet(rows, merges=""):
    return ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s'
            '</sheetData>%s</worksheet>' % (rows, merges))


def xlsx_seeds(out):
    directory = os.path.join(out, "xlsx")
    book = xlsx_workbook()
    write(directory, "openpyxl.xlsx", book)
    write(directory, "openpyxl.parts", parts_text(unpacked(book)))

    inline = sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c>'
        '<c r="B1" t="inlineStr"><is><r><t>Ngày </t></r><r><t>sinh</t></r></is></c>'
        '<c r="C1" t="str"><v>Giới tính</v></c></row>'
        '<row r="3"><c r="A3" t="inlineStr"><is><t>Phạm Văn Đồng</t><rPh sb="0" eb="1"><t>x</t></rPh></is></c>'
        '<c r="B3" s="1"><v>29225</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c>'
        '<c t="d"><v>1980-01-05</v></c></row><row><c><v>1e300</v></c><c><v>-0</v></c></row>')
    styles = ('<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
              '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>')
    write(directory, "inline.parts", parts_text([
        ("xl/workbook.xml", WORKBOOK), ("xl/_rels/workbook.xml.rels", RELS % "worksheets/sheet1.xml"),
        ("xl/styles.xml", styles), ("xl/worksheets/sheet1.xml", inline)]))

    shared = ('<sst><si><t>STT</t></si><si><t>Họ và tên</t></si><si><r><t>Ngày</t></r><r><t> sinh</t></r></si>'
              '<si><t>Nguyễn Thị Thu Hương</t><rPh><t>ignored</t></rPh></si><si><t/></si></sst>')
    merged = sheet(
        '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c></row>'
        '<row r="3" spans="1:3"><c r="A3"><v>1</v></c><c r="B3" t="s"><v>3</v></c><c r="C3" s="1"><v>30000</v></c>'
        '</row><row r="4"/><row r="9"><c r="AB9" t="s"><v>4</v></c></row>',
        '<mergeCells count="2"><mergeCell ref="A2:A3"/><mergeCell ref="C3:E9"/></mergeCells>')
    write(directory, "merged.parts", parts_text([
        ("xl/workbook.xml", WORKBOOK), ("xl/_rels/workbook.xml.rels", RELS % "/xl/worksheets/sheet1.xml"),
        ("xl/sharedStrings.xml", shared),
        ("xl/styles.xml", '<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>'),
        ("xl/worksheets/sheet1.xml", merged)]))

    write(directory, "dtd.parts", parts_text([
        ("xl/workbook.xml", '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY e "x">]><workbook>&e;</workbook>')]))


def xls_seeds(out):
    directory = os.path.join(out, "xls")
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Danh sách")
    date = xlwt.easyxf(num_format_str="dd/mm/yyyy")
    datetime_style = xlwt.easyxf(num_format_str="dd/mm/yyyy hh:mm")
    time_style = xlwt.easyxf(num_format_str="hh:mm:ss")
    sheet.write_merge(0, 0, 0, 5, TITLE)
    for col, title in enumerate(HEADER):
        sheet.write(2, col, title)
    for r, person in enumerate(PEOPLE, start=3):
        for c, value in enumerate(person):
            if c == 0:
                sheet.write(r, c, int(value))
            elif c == 2 and value == "05/01/1980":
                sheet.write(r, c, datetime.date(1980, 1, 5), date)
            else:
                sheet.write(r, c, value)
    sheet.write(9, 0, 2.5)
    sheet.write(9, 1, datetime.datetime(1985, 3, 12, 7, 30), datetime_style)
    sheet.write(9, 2, datetime.time(7, 30), time_style)
    sheet.write(9, 3, True)
    sheet.write(9, 4, 1e300)
    sheet.write(9, 5, xlwt.Formula("1+1"))
    book.add_sheet("Sheet2").write(0, 0, "Họ tên")
    data = io.BytesIO()
    book.save(data)
    write(directory, "xlwt.xls", data.getvalue())

    # Windows-1258 text (BIFF5 writes the code page, not Unicode)
    small = xlwt.Workbook(encoding="cp1258")
    small_sheet = small.add_sheet("DS")
    small_sheet.write(0, 0, "Ho va ten")
    small_sheet.write(0, 1, "Ngay sinh")
    small_sheet.write(1, 0, "Tran Van Ba")
    small_sheet.write(1, 1, datetime.date(1975, 4, 30), date)
    data = io.BytesIO()
    small.save(data)
    write(directory, "small.xls", data.getvalue())


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_cell(text, props=""):
    return "<w:tc><w:tcPr>%s</w:tcPr><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>" % (props, text)


def docx_seeds(out):
    directory = os.path.join(out, "docx")
    rows = ["<w:tr>%s</w:tr>" % "".join(docx_cell(c) for c in HEADER[:6])]
    for i, person in enumerate(PEOPLE):
        cells = [docx_cell(c) for c in person[:5]]
        cells.append(docx_cell(person[6], '<w:vMerge w:val="restart"/>' if i == 0 else "<w:vMerge/>"))
        rows.append("<w:tr>%s</w:tr>" % "".join(cells))
    rows.append('<w:tr>%s</w:tr>' % docx_cell("Danh sách có 5 người./.", '<w:gridSpan w:val="6"/>'))
    document = ('<w:document %s><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p><w:p/><w:tbl>%s</w:tbl><w:p/>'
                '<w:p><w:r><w:t>%s</w:t><w:tab/><w:t>%s</w:t></w:r></w:p></w:body></w:document>'
                % (W, TITLE, "".join(rows), FOOTER[1][1], FOOTER[0][1]))
    write(directory, "table.parts", parts_text([("word/document.xml", document)]))
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", document)
    write(directory, "table.docx", data.getvalue())

    cells = "".join('<table:table-row>%s</table:table-row>' % "".join(
        '<table:table-cell><text:p>%s</text:p></table:table-cell>' % c for c in row) for row in [HEADER] + PEOPLE)
    content = ('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>'
               '<table:table table:name="DS">%s<table:table-row table:number-rows-repeated="1048570">'
               '<table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>'
               '</office:spreadsheet></office:body></office:document-content>' % cells)
    write(directory, "sheet.parts", parts_text([("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                                                ("content.xml", content)]))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make-seeds.py OUTDIR")
    out = sys.argv[1]
    text_seeds(out)
    xlsx_seeds(out)
    docx_seeds(out)
    xls_seeds(out)


if __name__ == "__main__":
    main()
