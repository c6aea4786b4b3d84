# SPDX-License-Identifier: GPL-3.0-or-later
"""csv/ and xlsx/: tables as published (CSV, TSV, XLSX, ODS, XLS) broken."""
import math
import random
import struct
import zipfile
import zlib
from pathlib import Path

from generator.common import *  # noqa: F401,F403  (the shared writers)
from generator.project_file import MAGOK


# --------------------------------------------------------------------------------------------
# csv/: tables as published, broken.

def gen_csv():
    d = out_dir() / "csv"

    def c(name, data, what, ext="csv", flags="", kind="table"):
        case(kind, write(d / f"{name}.{ext}", data), what, flags)

    rows_deg = [f"{11500 + i:05d},정류장 {i},{LON + 0.001 * i:.6f},{LAT + 0.0005 * i:.6f}" for i in range(20)]
    deg = "코드,명칭,경도,위도\n" + "\n".join(rows_deg) + "\n"
    rows_m = [f"{i:05d},관측소 {i},{MAGOK[0] + 10 * i:.1f},{MAGOK[1] + 7 * i:.1f}" for i in range(20)]
    met = "코드,명칭,X좌표,Y좌표\n" + "\n".join(rows_m) + "\n"
    c("valid-control-utf8-degrees", deg, "valid: UTF-8, 경도/위도 in degrees")
    c("valid-control-cp949-metres", met.encode("cp949"), "valid: CP949, X좌표/Y좌표 in Seoul TM metres")
    c("cp949-headers-no-coordinates", "구분,명칭,비고\n가,나,다\n".encode("cp949"), "CP949 Korean headers, no coordinate columns")
    c("cp949-mixed-utf8", met.encode("cp949") + "추가,행,1,2\n".encode("utf-8"), "CP949 then UTF-8 rows")
    c("bom-utf8", b"\xef\xbb\xbf" + deg.encode(), "UTF-8 BOM")
    c("bom-utf16le", deg.encode("utf-16"), "UTF-16LE with BOM")
    c("bom-in-middle", deg.replace("정류장 5", "\ufeff정류장 5"), "a BOM inside a field")
    c("ragged-rows", "코드,명칭,경도,위도\n1,a,126.8\n2,b,126.8,37.5,extra,extra\n3\n\n4,d,126.8,37.5\n", "rows with too few and too many fields")
    c("row-10k-fields", "코드,명칭,경도,위도\n" + ",".join(["1"] * 10000) + "\n", "a row of 10,000 fields")
    c("header-10k-columns", ",".join(f"c{i}" for i in range(10000)) + ",경도,위도\n" + ",".join(["1"] * 10000) + ",126.8,37.5\n", "10,002 columns")
    c("header-only", "코드,명칭,경도,위도\n", "a header and no rows")
    c("empty", b"", "empty file")
    c("only-newlines", "\n" * 100000, "100,000 empty lines")
    c("cr-only-line-ends", deg.replace("\n", "\r"), "CR line ends")
    c("nul-bytes-in-fields", deg.replace("정류장 3", "정류\x00장").replace("126.84", "126\x00.84"), "NUL bytes inside fields")
    c("nul-only-1mb", bytes(1 << 20), "1 MiB of NUL bytes")
    c("huge-field-16mb", "코드,명칭,경도,위도\n1," + "가" * ((16 << 20) // 3) + ",126.8,37.5\n", "one field of 16 MB")
    c("huge-line-no-newline-32mb", "코드,명칭,경도,위도\n" + "x" * (32 << 20), "a 32 MB last line without a newline")
    c("unterminated-quote", 'code,name,lon,lat\n1,"never closed,126.8,37.5\n' + "2,b,126.8,37.5\n" * 10000, "a quote opened on row 1 and never closed")
    c("rows-at-0-0", "코드,명칭,경도,위도\n1,a,0,0\n2,b,0,0\n3,c,126.8,37.5\n4,d,0.0,0.0\n", "rows at (0,0)")
    c("metres-rows-at-0-0", ("관리번호,명칭,X좌표,Y좌표\n1,a,0,0\n" + "\n".join(rows_m) + "\n").encode("cp949"), "(0,0) among Seoul TM metres")
    c("coords-nan-inf", "코드,명칭,경도,위도\n1,a,nan,nan\n2,b,inf,-inf\n3,c,1e999,-1e999\n4,d,-0,-0\n5,e,0x1p3,1e-400\n", "NaN, inf, 1e999, hex floats")
    c("lat-lon-swapped", "코드,명칭,경도,위도\n" + "\n".join(f"{i},x,{LAT},{LON}" for i in range(10)) + "\n", "latitude and longitude swapped")
    c("degrees-in-metre-columns", "관리번호,명칭,X좌표,Y좌표\n" + "\n".join(f"{i},x,{LON},{LAT}" for i in range(10)) + "\n", "degrees under metre headers")
    c("leading-zero-codes", "법정동코드,행정동코드,우편번호,경도,위도\n" + "\n".join(f"{1150010100 + i:010d},{i:08d},{i:05d},{LON},{LAT}" for i in range(20)) + "\n",
      "codes with leading zeros")
    c("title-lines-30", "\n".join(f"제목 {i}" for i in range(30)) + "\n" + deg, "30 title lines above the header")
    c("title-lines-1000", "\n".join(f"제목 {i},,," for i in range(1000)) + "\n" + deg, "1,000 title lines")
    c("empty-headers", ",,,\n126.8,37.5,a,b\n", "empty header names")
    c("tab-separated", deg.replace(",", "\t"), "tab separators", ext="tsv")
    c("pipe-separated", deg.replace(",", "|"), "pipe separators", ext="txt")
    c("formula-injection", 'code,name,lon,lat\n1,"=HYPERLINK(""http://127.0.0.1:9417/formula-injection/x"")",126.8,37.5\n2,@SUM(1),126.8,37.5\n',
      "spreadsheet formulas in fields")
    c("rows-200k", "코드,명칭,경도,위도\n" + "".join(f"{i},s,{LON + (i % 400) * 1e-4:.6f},{LAT + (i // 400) * 1e-4:.6f}\n" for i in range(200000)),
      "200,000 rows")
    c("sqlite-pretending", (out_dir() / "base" / "valid-project.cwproject.gpkg").read_bytes(), "a GeoPackage named .csv")
    write(d / "csvt-garbage.csvt", '"Integer(999)","Nope","Real(-1.-1)"')
    c("csvt-garbage", deg, "a .csvt with garbage types beside the CSV")
    # WKT, EWKT and WKB-hex columns.
    n = 1_000_000
    big_wkt = "POLYGON((" + ",".join(f"{MAGOK[0] + 800 * math.cos(2 * math.pi * i / n):.2f} {MAGOK[1] + 800 * math.sin(2 * math.pi * i / n):.2f}"
                                     for i in range(0, n, 4)) + f",{MAGOK[0] + 800:.2f} {MAGOK[1]:.2f}))"
    for name, cells, what in [
            ("wkt-garbage", ["POLYGON((", "POINT(1)", "LINESTRING EMPTY EMPTY", "MULTIPOLYGON(((1 2,3 4)))x", "🙂"], "unparsable WKT"),
            ("wkt-nan", ["POINT(nan nan)", "POINT(inf -inf)", "POLYGON((nan 0,1 1,0 1,nan 0))"], "WKT with NaN and inf"),
            ("wkt-nested-collection-10k", ["GEOMETRYCOLLECTION(" * 10000 + "POINT(1 2)" + ")" * 10000], "WKT nested 10,000 collections deep"),
            ("wkt-polygon-250k-vertices", [big_wkt], "a WKT polygon of 250,000 vertices in one cell"),
            ("wkt-at-0-0", ["POINT(0 0)", f"POINT({MAGOK[0]} {MAGOK[1]})", f"POLYGON(({MAGOK[0]} {MAGOK[1]},0 0,{MAGOK[0] + 10} {MAGOK[1]},{MAGOK[0]} {MAGOK[1]}))"],
             "WKT at (0,0) among Seoul TM"),
            ("ewkt-srid-garbage", ["SRID=abc;POINT(1 2)", "SRID=99999999;POINT(1 2)", "SRID=-5;POINT(1 2)", "SRID=;POINT(1 2)"], "EWKT SRIDs garbage"),
            ("wkb-hex-garbage", ["0101000000", "01010000000000000000000000", "zz", "0" * 33, "01" + "ff" * 20], "WKB hex truncated, odd and not hex"),
            ("wkb-hex-huge-counts", [(struct.pack("<BII", 1, 3, 0xFFFFFFFF) + bytes(16)).hex(), (struct.pack("<BIII", 1, 3, 1, 0x7FFFFFFF) + bytes(32)).hex(),
                                     (struct.pack("<BII", 1, 7, 0xFFFFFFFF)).hex()], "WKB hex claiming 2^32-1 rings, 2^31-1 points, 2^32-1 members")]:
        body = "노드 WKT,명칭\n" + "".join(f'"{cell}",x\n' for cell in cells)
        c(name, body, what)
    sparse(d / "sparse-1g.csv", "코드,명칭,경도,위도\n".encode(), 1 << 30)
    case("table", d / "sparse-1g.csv", "1 GiB CSV: a header then a hole of NUL bytes (one endless line)", "sparse")


# --------------------------------------------------------------------------------------------
# xlsx/: spreadsheets (XLSX, ODS, XLS) broken at the zip and the XML level.

XLSX_CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
           '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
           '<Default Extension="xml" ContentType="application/xml"/>'
           '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
           '{sheets}</Types>')
XLSX_SHEET_CT = ('<Override PartName="/xl/worksheets/sheet{n}.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
XLSX_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
             'Target="xl/workbook.xml"/></Relationships>')
XLSX_WB = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{sheets}</sheets></workbook>')
XLSX_WB_SHEET = '<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>'
XLSX_WB_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '{rels}</Relationships>')
XLSX_WB_REL = ('<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
               'Target="{target}"/>')
SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?>{doctype}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
SHEET_TAIL = '</sheetData></worksheet>'


def cell(ref, value):
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def sheet_xml(rows, doctype=""):
    body = []
    for r, values in enumerate(rows, start=1):
        body.append(f'<row r="{r}">' + "".join(cell(f"{chr(65 + i)}{r}", v) for i, v in enumerate(values)) + "</row>")
    return SHEET_HEAD.format(doctype=doctype) + "".join(body) + SHEET_TAIL


def xlsx(path, sheets, extra=None, drop=(), names=None, targets=None, compress=zipfile.ZIP_DEFLATED):
    """sheets: list of sheet XML (str or bytes)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    n = len(sheets)
    parts = {
        "[Content_Types].xml": XLSX_CT.format(sheets="".join(XLSX_SHEET_CT.format(n=i + 1) for i in range(n))),
        "_rels/.rels": XLSX_RELS,
        "xl/workbook.xml": XLSX_WB.format(sheets="".join(XLSX_WB_SHEET.format(name=(names or [f"시트{i + 1}" for i in range(n)])[i], n=i + 1)
                                                         for i in range(n))),
        "xl/_rels/workbook.xml.rels": XLSX_WB_RELS.format(rels="".join(
            XLSX_WB_REL.format(n=i + 1, target=(targets or [f"worksheets/sheet{j + 1}.xml" for j in range(n)])[i]) for i in range(n))),
    }
    for i, s in enumerate(sheets):
        parts[f"xl/worksheets/sheet{i + 1}.xml"] = s
    parts.update(extra or {})
    with zipfile.ZipFile(path, "w", compress, compresslevel=6 if compress == zipfile.ZIP_DEFLATED else None) as z:
        for name, data in parts.items():
            if name in drop:
                continue
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = compress
            if callable(data):  # streamed: a generator of bytes chunks
                with z.open(info, "w") as f:
                    for chunk in data():
                        f.write(chunk)
            else:
                z.writestr(info, data)
    return path


GOOD_ROWS = [["코드", "명칭", "경도", "위도"]] + [[f"{11500 + i:05d}", f"정류장 {i}", LON + 0.001 * i, LAT] for i in range(10)]


def gen_xlsx():
    d = out_dir() / "xlsx"

    def x(name, what, sheets=None, flags="", **kw):
        case("table", xlsx(d / f"{name}.xlsx", sheets or [sheet_xml(GOOD_ROWS)], **kw), what, flags)

    x("valid-control", "valid: one sheet with 경도/위도")
    # Zip bombs that stay small on disk.
    def zeros_string():
        yield (SHEET_HEAD.format(doctype="") + '<row r="1"><c r="A1" t="inlineStr"><is><t>').encode()
        chunk = b"0" * (1 << 20)
        for _ in range(128):
            yield chunk
        yield ("</t></is></c></row>" + SHEET_TAIL).encode()
    x("zip-bomb-one-cell-128mb", "one cell of 128 MB (zeros, compressed to kilobytes)", extra={"xl/worksheets/sheet1.xml": zeros_string})

    def many_rows():
        yield SHEET_HEAD.format(doctype="").encode()
        row = b'<row><c t="inlineStr"><is><t>x</t></is></c><c><v>126.8</v></c><c><v>37.5</v></c></row>'
        block = row * 10000
        for _ in range(150):
            yield block
        yield SHEET_TAIL.encode()
    x("zip-bomb-1500k-rows", "1,500,000 rows (about 135 MB of XML, compressed to under 1 MB)", extra={"xl/worksheets/sheet1.xml": many_rows})

    def whitespace():
        yield SHEET_HEAD.format(doctype="").encode()
        for _ in range(128):
            yield b" " * (1 << 20)
        yield SHEET_TAIL.encode()
    x("zip-bomb-whitespace-128mb", "128 MB of whitespace inside sheetData", extra={"xl/worksheets/sheet1.xml": whitespace})
    # Cell references far away: a driver that fills the gap makes millions of empty rows or columns.
    for name, ref, what in [("cell-ref-xfd1048576", "XFD1048576", "a cell at XFD1048576 (the last cell)"),
                            ("cell-ref-row-2pow31", "A2147483647", "a cell in row 2^31-1")]:
        x(name, what, sheets=[sheet_xml(GOOD_ROWS).replace(SHEET_TAIL, f'<row r="{ref[-1] if ref[-1].isdigit() else 1}">'
                                                           f'<c r="{ref}"><v>1</v></c></row>' + SHEET_TAIL)])
    x("row-number-2pow31", "a row numbered 2^31-1 after row 1", sheets=[sheet_xml(GOOD_ROWS).replace(
        SHEET_TAIL, '<row r="2147483647"><c r="A2147483647"><v>1</v></c></row>' + SHEET_TAIL)])
    # Bad XML.
    good = sheet_xml(GOOD_ROWS)
    for name, s, what in [("xml-unclosed", good[:len(good) // 2], "sheet XML cut in the middle"),
                          ("xml-invalid-utf8", good.encode().replace("정류장".encode(), b"\xff\xfe\xc0"), "invalid UTF-8"),
                          ("xml-nul-bytes", good.replace("정류장 1", "정\x00류"), "NUL bytes in the XML"),
                          ("xml-deep-nesting-100k", SHEET_HEAD.format(doctype="") + "<a>" * 100000 + "</a>" * 100000 + SHEET_TAIL, "elements nested 100,000 deep"),
                          ("shared-string-index-out-of-range", good.replace('<c r="B2" t="inlineStr"><is><t>정류장 0</t></is></c>',
                                                                         '<c r="B2" t="s"><v>999999999</v></c><c r="E2" t="s"><v>-1</v></c>'),
                           "shared-string indices 999999999 and -1 with no shared strings"),
                          ("cell-values-garbage", good.replace("<v>126.835</v>", "<v>1e999</v>").replace("<v>126.836</v>", "<v>abc</v>")
                           .replace("<v>126.837</v>", '</v>'), "numeric cells holding 1e999, 'abc' and a stray tag")]:
        x(name, what, sheets=[s])
    x("shared-strings-garbage", "shared strings XML cut short",
      sheets=[good.replace('<c r="B2" t="inlineStr"><is><t>정류장 0</t></is></c>', '<c r="B2" t="s"><v>0</v></c>')],
      extra={"xl/sharedStrings.xml": '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>x'})
    # XXE and entity expansion.
    xxe_local = '<!DOCTYPE w [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    xxe_remote = f'<!DOCTYPE w [<!ENTITY e SYSTEM "{url("xxe-remote-entity")}">]>'
    laughs = "<!DOCTYPE w [<!ENTITY a0 \"lol\">" + "".join(f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 12)) + "]>"
    quadratic = '<!DOCTYPE w [<!ENTITY q "' + "x" * 50000 + '">]>'
    x("xxe-local-file", "an external entity reading /etc/passwd",
      sheets=[sheet_xml(GOOD_ROWS, xxe_local).replace("정류장 0", "&e;")])
    x("xxe-remote-entity", "an external entity on a server", sheets=[sheet_xml(GOOD_ROWS, xxe_remote).replace("정류장 0", "&e;")], flags="net")
    x("xxe-remote-dtd", "an external DTD on a server",
      sheets=[sheet_xml(GOOD_ROWS, f'<!DOCTYPE w SYSTEM "{url("xxe-remote-dtd")}">')], flags="net")
    x("billion-laughs", "entity expansion to 10^11 'lol's", sheets=[sheet_xml(GOOD_ROWS, laughs).replace("정류장 0", "&a11;")])
    # The package.
    x("workbook-missing", "no xl/workbook.xml", drop={"xl/workbook.xml"})
    x("sheet-missing", "the workbook names a sheet that is not in the zip", drop={"xl/worksheets/sheet1.xml"})
    x("rels-target-escape", "a sheet relationship pointing at ../../../../etc/passwd", targets=["../../../../../etc/passwd"])
    x("rels-target-remote", "a sheet relationship pointing at a URL", targets=[url("rels-target-remote")], flags="net")
    x("sheet-names-garbage", "sheet names empty, 5,000 characters and with control characters",
      sheets=[good, good, good], names=["", "가" * 5000, "a\x01b\x1b[31m"])
    x("sheets-2000", "2,000 sheets sharing one sheet part", sheets=[good] * 1, names=["s1"],
      extra={"xl/workbook.xml": XLSX_WB.format(sheets="".join(XLSX_WB_SHEET.format(name=f"s{i}", n=i) for i in range(1, 2001))),
             "xl/_rels/workbook.xml.rels": XLSX_WB_RELS.format(rels="".join(XLSX_WB_REL.format(n=i, target="worksheets/sheet1.xml")
                                                                             for i in range(1, 2001)))})
    case("table", write(d / "not-a-zip.xlsx", "코드,경도,위도\n1,126.8,37.5\n"), "a CSV named .xlsx")
    case("table", write(d / "empty-zip.xlsx", b"PK\x05\x06" + bytes(18)), "an empty zip")
    case("table", write(d / "empty-file.xlsx", b""), "an empty file")
    valid = (d / "valid-control.xlsx").read_bytes()
    case("table", write(d / "truncated-half.xlsx", valid[:len(valid) // 2]), "a zip cut in half")
    case("table", write(d / "truncated-central-directory.xlsx", valid[:-10]), "a zip missing the end of its central directory")
    # Sizes in the central directory that lie (small claim, real data large; huge claim).
    bomb = (d / "zip-bomb-1500k-rows.xlsx").read_bytes()
    case("table", write(d / "zip-sizes-claim-tiny.xlsx", zip_patch_sizes(bomb, "xl/worksheets/sheet1.xml", 100)),
         "a 135 MB sheet whose headers claim 100 bytes")
    case("table", write(d / "zip-sizes-claim-4g.xlsx", zip_patch_sizes(valid, "xl/worksheets/sheet1.xml", 0xFFFFFFFE)),
         "a small sheet whose headers claim 4 GB")
    case("table", write(d / "zip-overlapping-entries.xlsx", zip_overlap(d / "zip-bomb-1500k-rows.xlsx", 200)),
         "200 sheets whose entries overlap one 135 MB deflate stream")
    # ODS and XLS.
    ods_content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                   'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
                   'office:version="1.2"><office:body><office:spreadsheet><table:table table:name="시트1">{rows}</table:table>'
                   '</office:spreadsheet></office:body></office:document-content>')

    def ods_row(values, repeat=None, col_repeat=None):
        cells = "".join(f'<table:table-cell office:value-type="string"{f" table:number-columns-repeated={chr(34)}{col_repeat}{chr(34)}" if col_repeat else ""}>'
                        f'<text:p>{v}</text:p></table:table-cell>' for v in values)
        rep = f' table:number-rows-repeated="{repeat}"' if repeat else ""
        return f"<table:table-row{rep}>{cells}</table:table-row>"

    def ods(name, rows_xml, what):
        path = d / f"{name}.ods"
        with zipfile.ZipFile(path, "w") as z:
            z.writestr(zipfile.ZipInfo("mimetype", FIXED_TIME), "application/vnd.oasis.opendocument.spreadsheet")
            z.writestr(zipfile.ZipInfo("META-INF/manifest.xml", FIXED_TIME),
                       '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                       '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                       '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
            info = zipfile.ZipInfo("content.xml", FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, ods_content.format(rows=rows_xml))
        case("table", path, what)
    header = ods_row(["코드", "명칭", "경도", "위도"])
    body = "".join(ods_row([str(11500 + i), f"정류장 {i}", str(LON), str(LAT)]) for i in range(5))
    ods("valid-control-ods", header + body, "valid: an ODS sheet")
    ods("ods-rows-repeated-2pow30", header + ods_row(["1", "x", str(LON), str(LAT)], repeat=1 << 30), "a row repeated 2^30 times")
    ods("ods-columns-repeated-2pow30", header + ods_row(["1"], col_repeat=1 << 30), "a cell repeated over 2^30 columns")
    ods("ods-repeated-both", header + ods_row(["1"], repeat=1 << 20, col_repeat=1 << 14), "2^20 rows of 2^14 repeated cells")
    case("table", write(d / "xls-garbage.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + random.Random(31).randbytes(4000)),
         "an OLE2 header then random bytes (.xls)")
    case("table", write(d / "xls-empty-ole.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)), "an OLE2 header and nothing")


def zip_patch_sizes(data, member, size):
    """Rewrites a member's uncompressed size in its local header and central directory entry."""
    data = bytearray(data)
    name = member.encode()
    i = 0
    while True:
        i = data.find(b"PK\x03\x04", i)
        if i < 0:
            break
        n = struct.unpack_from("<H", data, i + 26)[0]
        if data[i + 30:i + 30 + n] == name and struct.unpack_from("<I", data, i + 22)[0] != 0xFFFFFFFF:
            struct.pack_into("<I", data, i + 22, size)
        i += 4
    i = 0
    while True:
        i = data.find(b"PK\x01\x02", i)
        if i < 0:
            break
        n = struct.unpack_from("<H", data, i + 28)[0]
        if data[i + 46:i + 46 + n] == name and struct.unpack_from("<I", data, i + 24)[0] != 0xFFFFFFFF:
            struct.pack_into("<I", data, i + 24, size)
        i += 4
    return bytes(data)


def zip_overlap(src, copies):
    """A workbook of `copies` sheets whose central-directory entries all point at one stream."""
    with zipfile.ZipFile(src) as z:
        infos = {i.filename: i for i in z.infolist()}
    data = Path(src).read_bytes()
    sheet = infos["xl/worksheets/sheet1.xml"]
    rels = "".join(XLSX_WB_REL.format(n=i, target=f"worksheets/sheet{i}.xml") for i in range(1, copies + 1))
    wb = XLSX_WB.format(sheets="".join(XLSX_WB_SHEET.format(name=f"s{i}", n=i) for i in range(1, copies + 1)))
    buf = bytearray()
    central = []

    def add(name, payload, crc, csize, usize, method):
        off = len(buf)
        nb = name.encode()
        buf.extend(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, csize, usize, len(nb), 0) + nb + payload)
        central.append((nb, off, crc, csize, usize, method))
    for name in ("[Content_Types].xml", "_rels/.rels"):
        raw = zipfile.ZipFile(src).read(name)
        add(name, raw, zlib.crc32(raw), len(raw), len(raw), 0)
    for name, raw in (("xl/workbook.xml", wb.encode()), ("xl/_rels/workbook.xml.rels", XLSX_WB_RELS.format(rels=rels).encode())):
        add(name, raw, zlib.crc32(raw), len(raw), len(raw), 0)
    # The one deflate stream, copied from the source zip.
    nlen, elen = struct.unpack_from("<HH", data, sheet.header_offset + 26)
    start = sheet.header_offset + 30 + nlen + elen
    stream = data[start:start + sheet.compress_size]
    usize = min(sheet.file_size, 0xFFFFFFFE)
    shared = len(buf)
    nb = b"xl/worksheets/sheet1.xml"
    buf.extend(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, sheet.CRC, sheet.compress_size, usize, len(nb), 0) + nb + stream)
    for i in range(1, copies + 1):
        central.append((f"xl/worksheets/sheet{i}.xml".encode(), shared, sheet.CRC, sheet.compress_size, usize, 8))
    cd_start = len(buf)
    for nb, off, crc, csize, usz, method in central:
        buf.extend(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc, csize, usz, len(nb), 0, 0, 0, 0, 0, off) + nb)
    buf.extend(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), len(buf) - cd_start, cd_start, 0))
    return bytes(buf)
