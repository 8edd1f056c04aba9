#!/usr/bin/env python3
# Writes an old-format (.xls, BIFF8) roster as agencies' older programs do,
# for test-io: a title, a header, dates formatted as dates, numbers, text.
import datetime
import sys

import xlwt

book = xlwt.Workbook(encoding="utf-8")
sheet = book.add_sheet("Danh sách")
date = xlwt.easyxf(num_format_str="dd/mm/yyyy")
sheet.write(0, 0, "DANH SÁCH HỌC VIÊN LỚP B43")
for col, title in enumerate(["STT", "Họ và tên", "Ngày sinh", "Năm vào Đảng", "Đơn vị công tác"]):
    sheet.write(2, col, title)
sheet.write(3, 0, 1)
sheet.write(3, 1, "Nguyễn Thị Thu Hương")
sheet.write(3, 2, datetime.date(1985, 3, 12), date)
sheet.write(3, 3, 2010)
sheet.write(3, 4, "Ban Tuyên giáo Tỉnh ủy Quảng Trị")
sheet.write(4, 0, 2)
sheet.write(4, 1, "Lê Văn Tám")
sheet.write(4, 2, 2.5)
book.save(sys.argv[1])
