// SPDX-License-Identifier: GPL-3.0-or-later
// Tables shaped like what Seoul agencies publish, written byte for byte: CP949 without a BOM,
// CRLF line ends, quoted commas, Korean headers. Encoded with GDAL's iconv (CPLRecode), not
// with the reader's own decoder.
#pragma once

#include "test_support.h"

#include <cpl_conv.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <string>
#include <utility>
#include <vector>

namespace cw::test {

inline std::string toCp949(const std::string& utf8) {
    char* out = CPLRecode(utf8.c_str(), CPL_ENC_UTF8, "CP949");
    std::string bytes = out ? out : "";
    CPLFree(out);
    return bytes;
}

/// Lines joined with CRLF (and a final CRLF), as Excel writes CSV.
inline std::string crlf(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines)
        out.append(l).append("\r\n");
    return out;
}

/// Converts lon/lat to `epsg` with OGR (GIS axis order), independently of CityWeave's transform.
inline std::pair<double, double> lonLatTo(int epsg, double lon, double lat) {
    OGRSpatialReference from, to;
    from.importFromEPSG(4326);
    to.importFromEPSG(epsg);
    from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    to.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    auto* ct = OGRCreateCoordinateTransformation(&from, &to);
    double x = lon, y = lat;
    ct->Transform(1, &x, &y);
    OCTDestroyCoordinateTransformation(ct);
    return {x, y};
}

/// A minimal XLSX (shared strings; GDAL ignores inline strings) with one sheet of rows; empty
/// inner vectors are blank rows. Written through GDAL's /vsizip/.
inline bool writeXlsx(const std::string& path, const std::string& sheet,
                      const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::string> strings;
    auto index = [&](const std::string& s) {
        for (std::size_t i = 0; i < strings.size(); ++i)
            if (strings[i] == s)
                return i;
        strings.push_back(s);
        return strings.size() - 1;
    };
    const std::string ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    std::string data;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (rows[r].empty())
            continue;
        data += "<row r=\"" + std::to_string(r + 1) + "\">";
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const std::string ref = std::string(1, char('A' + c)) + std::to_string(r + 1);
            const std::string& v = rows[r][c];
            const bool number = !v.empty() &&
                                v.find_first_not_of("0123456789.-") == std::string::npos &&
                                !(v.size() > 1 && v[0] == '0' && v[1] != '.');
            if (number)
                data += "<c r=\"" + ref + "\"><v>" + v + "</v></c>";
            else
                data += "<c r=\"" + ref + "\" t=\"s\"><v>" + std::to_string(index(v)) + "</v></c>";
        }
        data += "</row>";
    }
    std::string sst;
    for (const auto& s : strings)
        sst += "<si><t>" + s + "</t></si>";
    const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const std::vector<std::pair<std::string, std::string>> parts{
        {"[Content_Types].xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default "
         "Extension=\"rels\" "
         "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default "
         "Extension=\"xml\" ContentType=\"application/xml\"/><Override "
         "PartName=\"/xl/workbook.xml\" "
         "ContentType=\"application/"
         "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override "
         "PartName=\"/xl/worksheets/sheet1.xml\" "
         "ContentType=\"application/"
         "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
         "<Override PartName=\"/xl/sharedStrings.xml\" "
         "ContentType=\"application/"
         "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>"},
        {"_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        "<Relationship Id=\"rId1\" Type=\"" +
                            rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {"xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook " + ns +
                                " xmlns:r=\"" + rel + "\"><sheets><sheet name=\"" + sheet +
                                "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
         "Id=\"rId1\" Type=\"" +
             rel +
             "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" +
             rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"},
        {"xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet " + ns +
                                         "><sheetData>" + data + "</sheetData></worksheet>"},
        {"xl/sharedStrings.xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst " + ns + ">" + sst + "</sst>"},
    };
    for (const auto& [name, content] : parts) {
        VSILFILE* f = VSIFOpenL(("/vsizip/" + path + "/" + name).c_str(), "wb");
        if (!f)
            return false;
        VSIFWriteL(content.data(), 1, content.size(), f);
        VSIFCloseL(f);
    }
    return true;
}

} // namespace cw::test
