#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the table fixtures of tests/cli (run once; the resulting bytes are committed).

Every file is a small copy of how Seoul open data arrives: CP949 without BOM and CRLF, quoted
commas, leading-zero codes, coordinates in degrees or Korean TM metres, WKT, bad rows, a title
row above the header of a spreadsheet. TM values come from PROJ, computed by hand:
    echo "37.5663 126.9779" | cs2cs EPSG:4326 EPSG:5181 -f %.3f  ->  451862.835  198047.527
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

# Bus stops: (number, name, gu, lon, lat, x5181, y5181). Numbers keep their leading zeros.
STOPS = [
    ("01001", "서울시청, 시청앞", "중구", "126.9779", "37.5663", "198047.527", "451862.835"),
    ("01002", "광화문", "종로구", "126.9769", "37.5720", "197959.335", "452495.490"),
    ("02015", "서울역버스환승센터", "용산구", "126.9723", "37.5547", "197552.403", "450575.503"),
    ("03120", "신촌오거리, 현대백화점", "서대문구", "126.9368", "37.5559", "194415.680", "450710.206"),
    ("16008", "강서구청", "강서구", "126.8495", "37.5509", "186701.005", "450164.033"),
    ("23285", "강남역", "강남구", "127.0276", "37.4979", "202440.611", "444271.409"),
]
# Rows without a usable position: 2 at (0,0), 1 swapped, 1 outside Korea (Tokyo), 1 empty.
BAD_STOPS = [
    ("08101", "미정 정류소 1", "중구", "0", "0", "0", "0"),
    ("08102", "미정 정류소 2", "중구", "0", "0", "0", "0"),
    ("09001", "잠실역(뒤바뀜)", "송파구", "37.5133", "127.1001", "", ""),
    ("09002", "도쿄(잘못 입력)", "기타", "139.6917", "35.6895", "", ""),
    ("09003", "좌표 없음", "마포구", "", "", "", ""),
]


def quote(cell, sep=","):
    return '"%s"' % cell.replace('"', '""') if (sep in cell or '"' in cell) else cell


def write_text(name, rows, encoding, sep=",", newline="\r\n", bom=False):
    text = newline.join(sep.join(quote(c, sep) for c in row) for row in rows) + newline
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def stops_cp949():
    header = ["정류소번호", "정류소명", "자치구", "경도", "위도", "X좌표(GRS80TM)", "Y좌표(GRS80TM)",
              "비고"]
    rows = [header]
    for s in STOPS + BAD_STOPS:
        rows.append(list(s) + ["2024년 1월 기준"])
    write_text("stops_cp949.csv", rows, "cp949")


def stops_lat_first():
    rows = [["위도", "경도", "정류소명"]]
    rows += [[s[4], s[3], s[1]] for s in STOPS]
    write_text("stops_lat_first.csv", rows, "utf-8", newline="\n")


def stops_tm5181():
    rows = [["관리번호", "시설명", "X좌표(GRS80TM)", "Y좌표(GRS80TM)"]]
    rows += [["A" + s[0], s[1], s[5], s[6]] for s in STOPS]
    write_text("stops_tm5181.csv", rows, "cp949")


def nodes_wkt():
    # EPSG:5186 = EPSG:5181 + 100 km northing (false northing 600,000 instead of 500,000).
    rows = [["노드ID", "노드명", "노드 WKT"]]
    for s in STOPS:
        y5186 = "%.3f" % (float(s[6]) + 100000.0)
        rows.append(["N" + s[0], s[1], "POINT (%s %s)" % (s[5], y5186)])
    rows.append(["N99999", "잘못된 노드", "POINT (not a number)"])
    write_text("nodes_wkt.csv", rows, "utf-8", newline="\r\n")


def stops_tsv():
    rows = [["정류소번호", "정류소명", "lon", "lat"]]
    rows += [[s[0], s[1], s[3], s[4]] for s in STOPS]
    write_text("stops.tsv", rows, "utf-8", sep="\t", newline="\n")


# Statistics Korea's (SGIS) district codes, 11010 ... 11250, with illustrative populations.
KOSTAT_GU = [
    ("11010", "종로구"), ("11020", "중구"), ("11030", "용산구"), ("11040", "성동구"),
    ("11050", "광진구"), ("11060", "동대문구"), ("11070", "중랑구"), ("11080", "성북구"),
    ("11090", "강북구"), ("11100", "도봉구"), ("11110", "노원구"), ("11120", "은평구"),
    ("11130", "서대문구"), ("11140", "마포구"), ("11150", "양천구"), ("11160", "강서구"),
    ("11170", "구로구"), ("11180", "금천구"), ("11190", "영등포구"), ("11200", "동작구"),
    ("11210", "관악구"), ("11220", "서초구"), ("11230", "강남구"), ("11240", "송파구"),
    ("11250", "강동구"),
]


def gu_statistics():
    rows = [["행정구역코드", "자치구", "인구(명)", "면적(km2)"]]
    for i, (code, name) in enumerate(KOSTAT_GU):
        rows.append([code, name, str(100000 + 10000 * i), "%.2f" % (10 + i * 0.5)])
    write_text("gu_population_kostat.csv", rows, "utf-8", bom=True)


def busan_tm():
    # Busan in EPSG:5186 (cs2cs): in Korea in several Korean grids, in the capital region in none.
    rows = [["x", "y", "name"], ["389076.804", "288993.756", "서면"],
            ["387705.172", "286567.282", "부산역"]]
    write_text("busan_tm.csv", rows, "utf-8", newline="\n")


def nowhere():
    rows = [["x", "y", "name"], ["5000000", "9000000", "A"], ["5001000", "9001000", "B"]]
    write_text("xy_nowhere.csv", rows, "utf-8", newline="\n")


def xlsx_with_title():
    rows = [["서울시 버스정류소 현황 (2024.1.)"], [],
            ["정류소번호", "정류소명", "경도", "위도"]]
    rows += [[s[0], s[1], float(s[3]), float(s[4])] for s in STOPS]

    def col(i):
        return chr(ord("A") + i)

    def cell(ref, v):
        if isinstance(v, float):
            return '<c r="%s"><v>%s</v></c>' % (ref, repr(v))
        esc = v.replace("&", "&amp;").replace("<", "&lt;")
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc)

    sheet_rows = []
    for r, row in enumerate(rows, start=1):
        cells = "".join(cell("%s%d" % (col(c), r), v) for c, v in enumerate(row))
        sheet_rows.append('<row r="%d">%s</row>' % (r, cells))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<sheetData>%s</sheetData></worksheet>' % "".join(sheet_rows))
    files = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '</Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>',
        "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="정류소" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '</Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    path = os.path.join(HERE, "stops_title.xlsx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


if __name__ == "__main__":
    stops_cp949()
    stops_lat_first()
    stops_tm5181()
    nodes_wkt()
    stops_tsv()
    gu_statistics()
    busan_tm()
    nowhere()
    xlsx_with_title()
