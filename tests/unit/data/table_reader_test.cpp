// SPDX-License-Identifier: GPL-3.0-or-later
// Tables as agencies publish them, read with no option: every figure here was worked out by
// hand from the rows written, or converted independently with OGR.
#include "cityweave/crs/coordinate_transform.h"
#include "cityweave/data/layer_reader.h"
#include "fixtures.h"
#include "table_fixtures.h"

#include <cmath>
#include <gtest/gtest.h>

namespace {

using cw::data::BadRowPolicy;
using cw::data::BadRowReason;
using cw::data::LayerReader;
using cw::data::ReadOptions;
using cw::test::crlf;
using cw::test::toCp949;

struct Place {
    const char* name;
    double lon, lat;
};
// Well-known Seoul places (lon/lat to 4 decimals).
const std::vector<Place> kPlaces{{"서울시청", 126.9779, 37.5663},   {"강남역", 127.0276, 37.4979},
                                 {"마곡나루역", 126.8334, 37.5668}, {"DMC역", 126.8895, 37.5775},
                                 {"노원역", 127.0617, 37.6551},     {"잠실역", 127.1000, 37.5133}};

std::string text(const cw::data::AttributeValue& v) {
    return cw::data::toDisplayString(v);
}

const cw::data::AttributeValue& cell(const cw::data::VectorLayer& l, std::size_t row,
                                     const std::string& field) {
    const int i = l.fieldIndex(field);
    EXPECT_GE(i, 0) << field;
    return l.attributes.at(row).at(static_cast<std::size_t>(i));
}

std::pair<double, double> pointOf(const cw::data::VectorLayer& l, std::size_t feature) {
    const auto part = l.geometries.part(l.geometries.firstPart(feature));
    return {part[0].x, part[0].y};
}

TEST(TableReader, Cp949CsvWithCrlfQuotedCommasAndCodes) {
    cw::test::TempDir tmp;
    const std::string path = tmp.file("정류소.csv");
    cw::test::writeText(path,
                        toCp949(crlf({"정류소번호,정류소명,자치구코드,경도,위도,승차인원",
                                      "01001,\"종로2가, 사거리\",11110,126.9880,37.5700,\"1,234\"",
                                      "01002,광화문,11110,126.9769,37.5714,987",
                                      "02005,서울역버스환승센터,11170,0,0,15",
                                      "23101,강남역,11680,127.0276,37.4979,4321"})));
    auto layer = LayerReader::read(path);
    ASSERT_TRUE(layer) << cw::errorCodeName(layer.error().code);
    EXPECT_EQ(layer->report.encoding, "CP949");
    EXPECT_EQ(layer->report.encodingReason, "detected");
    ASSERT_EQ(layer->featureCount(), 4u);
    EXPECT_EQ(layer->fields.at(1).name, "정류소명");
    EXPECT_EQ(text(cell(*layer, 0, "정류소명")), "종로2가, 사거리");
    // Leading zeros and code-named columns stay text; counts with thousands separators are numbers.
    EXPECT_EQ(std::get<std::string>(cell(*layer, 0, "정류소번호")), "01001");
    EXPECT_EQ(std::get<std::string>(cell(*layer, 0, "자치구코드")), "11110");
    EXPECT_EQ(std::get<std::int64_t>(cell(*layer, 0, "승차인원")), 1234);
    EXPECT_EQ(layer->crs.authId(), "EPSG:4326");
    ASSERT_TRUE(layer->report.table);
    EXPECT_EQ(layer->report.table->xColumn, "경도");
    EXPECT_EQ(layer->report.table->yColumn, "위도");
    // The (0,0) row keeps its attributes, has no position and stays out of the extent.
    EXPECT_EQ(layer->report.badRows.count(BadRowReason::Zero), 1u);
    EXPECT_EQ(layer->report.badRows.rows.at(0).line, 4); // header is row 1
    EXPECT_TRUE(layer->geometries.isEmpty(2));
    EXPECT_EQ(text(cell(*layer, 2, "정류소명")), "서울역버스환승센터");
    EXPECT_DOUBLE_EQ(layer->geometries.extent().minX, 126.9769);
    EXPECT_DOUBLE_EQ(layer->geometries.extent().maxY, 37.5714);
}

TEST(TableReader, Utf8BomAndLatitudeFirst) {
    cw::test::TempDir tmp;
    const std::string path = tmp.file("bom.csv");
    cw::test::writeText(path, "\xEF\xBB\xBF" + crlf({"이름,위도,경도", "시청,37.5663,126.9779",
                                                     "강남역,37.4979,127.0276"}));
    auto layer = LayerReader::read(path);
    ASSERT_TRUE(layer) << cw::errorCodeName(layer.error().code) << ": " << layer.error().detail;
    EXPECT_EQ(layer->report.encodingReason, "bom");
    EXPECT_EQ(layer->fields.at(0).name, "이름");
    const auto [x, y] = pointOf(*layer, 0);
    EXPECT_DOUBLE_EQ(x, 126.9779);
    EXPECT_DOUBLE_EQ(y, 37.5663);
}

TEST(TableReader, EnglishNamesAndTsv) {
    cw::test::TempDir tmp;
    const std::string path = tmp.file("sensors.tsv");
    cw::test::writeText(
        path, "sensor_id\tPOINT_X\tPOINT_Y\nS-1\t126.9779\t37.5663\nS-2\t127.0276\t37.4979\n");
    auto layer = LayerReader::read(path);
    ASSERT_TRUE(layer) << cw::errorCodeName(layer.error().code);
    EXPECT_EQ(layer->featureCount(), 2u);
    EXPECT_EQ(layer->report.table->xColumn, "POINT_X");
    EXPECT_EQ(layer->crs.authId(), "EPSG:4326");
}

// TM values under a GRS80TM header: the header narrows to 5181/5186 and only 5181 puts Seoul's
// points in the capital region. Positions agree with OGR's own conversion within 1 m.
TEST(TableReader, Tm5181WithGrs80Header) {
    cw::test::TempDir tmp;
    std::vector<std::string> lines{"시설명,X좌표(GRS80TM),Y좌표(GRS80TM)"};
    for (const Place& p : kPlaces) {
        const auto [x, y] = cw::test::lonLatTo(5181, p.lon, p.lat);
        char row[160];
        std::snprintf(row, sizeof row, "%s,%.3f,%.3f", p.name, x, y);
        lines.emplace_back(row);
    }
    const std::string path = tmp.file("tm.csv");
    cw::test::writeText(path, toCp949(crlf(lines)));
    auto layer = LayerReader::read(path);
    ASSERT_TRUE(layer) << cw::errorCodeName(layer.error().code);
    EXPECT_EQ(layer->crs.authId(), "EPSG:5181");
    EXPECT_EQ(layer->report.table->headerHint, "GRS80TM");
    auto to5186 = cw::crs::CoordinateTransform::create(layer->crs, *cw::crs::Crs::fromEpsg(5186));
    ASSERT_TRUE(to5186);
    for (std::size_t i = 0; i < kPlaces.size(); ++i) {
        auto [x, y] = pointOf(*layer, i);
        ASSERT_TRUE(to5186->transformPoint(x, y));
        const auto [ex, ey] = cw::test::lonLatTo(5186, kPlaces[i].lon, kPlaces[i].lat);
        EXPECT_LT(std::hypot(x - ex, y - ey), 1.0) << kPlaces[i].name;
    }
}

// Without a hint, Seoul values in the 500 km-false-northing grids fit 5181, 5174 and 2097 alike
// (they differ by a few hundred metres): CityWeave asks instead of guessing.
TEST(TableReader, AmbiguousTmValuesAskAndAnOverrideAnswers) {
    cw::test::TempDir tmp;
    std::vector<std::string> lines{"name,x,y"};
    for (const Place& p : kPlaces) {
        const auto [x, y] = cw::test::lonLatTo(5181, p.lon, p.lat);
        lines.push_back("p," + std::to_string(x) + "," + std::to_string(y));
    }
    const std::string path = tmp.file("xy.csv");
    cw::test::writeText(path, crlf(lines));
    auto refused = LayerReader::read(path);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, cw::ErrorCode::AmbiguousCrs);
    EXPECT_NE(refused.error().args.at(1).find("EPSG:5181"), std::string::npos);
    EXPECT_NE(refused.error().args.at(1).find("EPSG:5174"), std::string::npos);
    ReadOptions options;
    options.crsOverride = "EPSG:5181";
    auto layer = LayerReader::read(path, options);
    ASSERT_TRUE(layer);
    EXPECT_EQ(layer->featureCount(), kPlaces.size());
    EXPECT_EQ(layer->report.table->crsReason, "option");
}

TEST(TableReader, Epsg5186AndUtmKAreTellable) {
    cw::test::TempDir tmp;
    for (int epsg : {5186, 5179}) {
        std::vector<std::string> lines{"name,X,Y"};
        for (const Place& p : kPlaces) {
            const auto [x, y] = cw::test::lonLatTo(epsg, p.lon, p.lat);
            lines.push_back("p," + std::to_string(x) + "," + std::to_string(y));
        }
        const std::string path = tmp.file("g" + std::to_string(epsg) + ".csv");
        cw::test::writeText(path, crlf(lines));
        auto layer = LayerReader::read(path);
        ASSERT_TRUE(layer) << epsg;
        EXPECT_EQ(layer->crs.authId(), "EPSG:" + std::to_string(epsg));
    }
}

TEST(TableReader, DegreesArePreferredOverTmColumns) {
    cw::test::TempDir tmp;
    std::vector<std::string> lines{"명칭,X좌표,Y좌표,경도,위도"};
    for (const Place& p : kPlaces) {
        const auto [x, y] = cw::test::lonLatTo(5174, p.lon, p.lat);
        lines.push_back(std::string(p.name) + "," + std::to_string(x) + "," + std::to_string(y) +
                        "," + std::to_string(p.lon) + "," + std::to_string(p.lat));
    }
    const std::string path = tmp.file("both.csv");
    cw::test::writeText(path, toCp949(crlf(lines)));
    auto layer = LayerReader::read(path);
    ASSERT_TRUE(layer);
    EXPECT_EQ(layer->crs.authId(), "EPSG:4326");
    EXPECT_EQ(layer->report.table->xColumn, "경도");
    EXPECT_EQ(layer->report.table->otherXColumn, "X좌표");
}

TEST(TableReader, BadRowsAreCountedByReasonAndCanBeDropped) {
    cw::test::TempDir tmp;
    const std::string path = tmp.file("bad.csv");
    cw::test::writeText(path, crlf({"id,lon,lat",
                                    "1,126.9779,37.5663", // good
                                    "2,0,0",              // zero
                                    "3,0,0",              // zero
                                    "4,,37.5",            // empty
                                    "5,37.5663,126.9779", // swapped
                                    "6,-0.1276,51.5072",  // London: outside Korea
                                    "7,37.5,37.5",        // same value
                                    "8,127.0276,37.4979", // good
                                    "9,abc,37.1"}));      // not a number
    auto layer = LayerReader::read(path);
    ASSERT_TRUE(layer);
    const auto& bad = layer->report.badRows;
    EXPECT_EQ(layer->featureCount(), 9u);
    EXPECT_EQ(bad.count(BadRowReason::Zero), 2u);
    EXPECT_EQ(bad.count(BadRowReason::Empty), 2u);
    EXPECT_EQ(bad.count(BadRowReason::Swapped), 1u);
    EXPECT_EQ(bad.count(BadRowReason::OutsideKorea), 1u);
    EXPECT_EQ(bad.count(BadRowReason::SameXY), 1u);
    EXPECT_EQ(bad.total(), 7u);
    // One bad row must not ruin the extent.
    EXPECT_DOUBLE_EQ(layer->geometries.extent().minX, 126.9779);
    EXPECT_DOUBLE_EQ(layer->geometries.extent().maxX, 127.0276);

    ReadOptions drop;
    drop.table.badRows = BadRowPolicy::Drop;
    auto dropped = LayerReader::read(path, drop);
    ASSERT_TRUE(dropped);
    EXPECT_EQ(dropped->featureCount(), 2u);
    EXPECT_EQ(dropped->report.badRows.dropped, 7u);
    EXPECT_EQ(dropped->report.badRows.rows.front().feature, -1);
}

TEST(TableReader, DegreesInATmColumnAreFlagged) {
    cw::test::TempDir tmp;
    std::vector<std::string> lines{"name,X좌표(UTM-K),Y좌표(UTM-K)"};
    for (const Place& p : kPlaces) {
        const auto [x, y] = cw::test::lonLatTo(5179, p.lon, p.lat);
        lines.push_back("p," + std::to_string(x) + "," + std::to_string(y));
    }
    lines.emplace_back("q,126.97,37.56");
    const std::string path = tmp.file("utmk.csv");
    cw::test::writeText(path, crlf(lines));
    auto layer = LayerReader::read(path);
    ASSERT_TRUE(layer);
    EXPECT_EQ(layer->crs.authId(), "EPSG:5179");
    EXPECT_EQ(layer->report.badRows.count(BadRowReason::DegreesInTm), 1u);
}

TEST(TableReader, WktColumnUnderAKoreanName) {
    cw::test::TempDir tmp;
    const std::string path = tmp.file("links.csv");
    cw::test::writeText(
        path, toCp949(crlf({"링크ID,도로명,노드 WKT",
                            "0001,세종대로,\"LINESTRING (126.9769 37.5714, 126.9779 37.5663)\"",
                            "0002,테헤란로,\"LINESTRING (127.0276 37.4979, 127.0364 37.5006)\"",
                            "0003,깨진행,\"LINESTRING (126.9 \"", "0004,빈칸,"})));
    auto layer = LayerReader::read(path);
    ASSERT_TRUE(layer) << cw::errorCodeName(layer.error().code);
    EXPECT_EQ(layer->family, cw::geometry::GeometryFamily::Line);
    EXPECT_EQ(layer->crs.authId(), "EPSG:4326");
    EXPECT_EQ(layer->featureCount(), 4u);
    EXPECT_EQ(layer->fieldIndex("노드 WKT"), -1); // the geometry, not an attribute
    EXPECT_EQ(std::get<std::string>(cell(*layer, 0, "링크ID")), "0001");
    EXPECT_EQ(layer->report.badRows.count(BadRowReason::InvalidText), 1u);
    EXPECT_EQ(layer->report.badRows.count(BadRowReason::Empty), 1u);
    EXPECT_EQ(layer->geometries.part(layer->geometries.firstPart(1)).size(), 2u);
}

TEST(TableReader, EwktSridAndWkbHex) {
    cw::test::TempDir tmp;
    const auto [x, y] = cw::test::lonLatTo(5186, 126.9779, 37.5663);
    const std::string path = tmp.file("ewkt.csv");
    cw::test::writeText(path, "id,geometry\na,\"SRID=5186;POINT(" + std::to_string(x) + " " +
                                  std::to_string(y) + ")\"\n");
    auto layer = LayerReader::read(path);
    ASSERT_TRUE(layer);
    EXPECT_EQ(layer->crs.authId(), "EPSG:5186");
    EXPECT_EQ(layer->report.table->crsReason, "wkt");
    // WKB hex of POINT(126.9779 37.5663), little endian, written by OGR.
    OGRPoint point(126.9779, 37.5663);
    std::vector<unsigned char> wkb(point.WkbSize());
    point.exportToWkb(wkbNDR, wkb.data());
    char* hex = CPLBinaryToHex(static_cast<int>(wkb.size()), wkb.data());
    const std::string wkbPath = tmp.file("wkb.csv");
    cw::test::writeText(wkbPath, std::string("id,the_geom\nb,") + hex + "\n");
    CPLFree(hex);
    auto fromWkb = LayerReader::read(wkbPath);
    ASSERT_TRUE(fromWkb);
    EXPECT_EQ(fromWkb->crs.authId(), "EPSG:4326");
    EXPECT_DOUBLE_EQ(pointOf(*fromWkb, 0).first, 126.9779);
}

TEST(TableReader, NoCoordinatesIsAClearErrorOrAPlainTable) {
    cw::test::TempDir tmp;
    const std::string path = tmp.file("stats.csv");
    cw::test::writeText(path, toCp949(crlf({"행정구역코드,자치구,인구", "11010,종로구,141223",
                                            "11020,중구,120963"})));
    auto refused = LayerReader::read(path);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, cw::ErrorCode::NoGeometryColumns);
    EXPECT_EQ(refused.error().args.at(1), "행정구역코드, 자치구, 인구");
    ReadOptions plain;
    plain.requireGeometry = false;
    auto table = LayerReader::read(path, plain);
    ASSERT_TRUE(table);
    EXPECT_EQ(table->featureCount(), 2u);
    EXPECT_EQ(std::get<std::string>(cell(*table, 0, "행정구역코드")), "11010");
    EXPECT_EQ(std::get<std::int64_t>(cell(*table, 1, "인구")), 120963);
}

TEST(TableReader, ChosenColumnsAndAMissingColumn) {
    cw::test::TempDir tmp;
    const std::string path = tmp.file("odd.csv");
    cw::test::writeText(path, "명칭,가로,세로\nA,126.9779,37.5663\nB,127.0276,37.4979\n");
    ReadOptions options;
    options.table.xColumn = "가로";
    options.table.yColumn = "세로";
    auto layer = LayerReader::read(path, options);
    ASSERT_TRUE(layer);
    EXPECT_EQ(layer->report.table->geometryReason, "option");
    EXPECT_EQ(layer->crs.authId(), "EPSG:4326");
    options.table.yColumn = "높이";
    auto missing = LayerReader::read(path, options);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, cw::ErrorCode::ColumnNotFound);
}

TEST(TableReader, XlsxWithATitleRowAboveTheHeader) {
    cw::test::TempDir tmp;
    const std::string path = tmp.file("bike.xlsx");
    ASSERT_TRUE(cw::test::writeXlsx(path, "대여소",
                                    {{"서울시 공공자전거 대여소 현황 (2024.01 기준)"},
                                     {},
                                     {"대여소번호", "대여소명", "위도", "경도"},
                                     {"00102", "망원역 1번출구", "37.5558", "126.9105"},
                                     {"00103", "합정역, 5번출구", "37.5507", "126.9148"},
                                     {"00104", "좌표없음", "0", "0"}}));
    auto layer = LayerReader::read(path);
    ASSERT_TRUE(layer) << cw::errorCodeName(layer.error().code) << layer.error().detail;
    EXPECT_EQ(layer->name, "대여소");
    EXPECT_EQ(layer->report.table->headerRow, 3);
    EXPECT_EQ(layer->featureCount(), 3u);
    EXPECT_EQ(std::get<std::string>(cell(*layer, 0, "대여소번호")), "00102");
    EXPECT_EQ(text(cell(*layer, 1, "대여소명")), "합정역, 5번출구");
    EXPECT_EQ(layer->report.badRows.count(BadRowReason::Zero), 1u);
    EXPECT_EQ(layer->report.badRows.rows.at(0).line, 6);
    EXPECT_DOUBLE_EQ(pointOf(*layer, 0).first, 126.9105);
}

// GDAL's CSV driver takes the separator and the column count from the first line; a title
// line above the header must not become the table's only column.
TEST(TableReader, CsvWithATitleLineAndBlankLines) {
    cw::test::TempDir tmp;
    const std::string path = tmp.file("title.csv");
    cw::test::writeText(path,
                        toCp949(crlf({"서울시 CCTV 설치 현황 (2024년 1월 기준)", "",
                                      "관리번호,설치목적,위도,경도", "0001,방범,37.5663,126.9779",
                                      "0002,어린이보호,0,0", "", "0003,교통,37.4979,127.0276"})));
    auto layer = LayerReader::read(path);
    ASSERT_TRUE(layer) << cw::errorCodeName(layer.error().code);
    EXPECT_EQ(layer->name, "title");
    EXPECT_EQ(layer->sourceLayer, "title");
    EXPECT_EQ(layer->report.table->headerRow, 2); // counting non-blank lines, as GDAL does
    ASSERT_EQ(layer->featureCount(), 3u);
    EXPECT_EQ(layer->fields.size(), 4u);
    EXPECT_EQ(std::get<std::string>(cell(*layer, 2, "관리번호")), "0003");
    EXPECT_EQ(layer->report.badRows.rows.at(0).line, 4);
    ReadOptions chosen;
    chosen.table.headerRow = 2;
    auto again = LayerReader::read(path, chosen);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->attributes, layer->attributes);
}

// GDAL keeps its own header and number types on a workbook it wrote, whatever the open options:
// the names arrive as field names and the numbers formatted into a buffer reused per call.
TEST(TableReader, XlsxWrittenByGdalWithNumberColumns) {
    cw::test::TempDir tmp;
    const std::string path = tmp.file("gdal.xlsx");
    ASSERT_TRUE(cw::test::writeLayer(
        "XLSX", path, "정류소", 0, wkbNone,
        {{"정류소명", OFTString}, {"위도", OFTReal}, {"경도", OFTReal}},
        {{"", {"종로", "37.56986", "126.98172"}}, {"", {"시청", "37.5663", "126.9779"}}}));
    auto layer = LayerReader::read(path);
    ASSERT_TRUE(layer) << cw::errorCodeName(layer.error().code);
    EXPECT_EQ(layer->report.table->headerRow, 1);
    ASSERT_EQ(layer->featureCount(), 2u);
    EXPECT_EQ(text(cell(*layer, 0, "정류소명")), "종로");
    EXPECT_EQ(layer->crs.authId(), "EPSG:4326");
    EXPECT_DOUBLE_EQ(pointOf(*layer, 0).first, 126.98172);
    EXPECT_DOUBLE_EQ(pointOf(*layer, 1).second, 37.5663);
}

// A number the file quotes is text to its writer (GDAL's QUOTED_FIELDS_AS_STRING rule), unless
// the export quotes every field alike.
TEST(TableReader, QuotedNumbersStayText) {
    cw::test::TempDir tmp;
    const std::string mixed = tmp.file("mixed.csv");
    cw::test::writeText(mixed, "정류소ARS,이용객,lon,lat\n\"12345\",120,126.9779,37.5663\n"
                               "\"23456\",80,127.0276,37.4979\n");
    auto layer = LayerReader::read(mixed);
    ASSERT_TRUE(layer);
    EXPECT_EQ(std::get<std::string>(cell(*layer, 0, "정류소ARS")), "12345");
    EXPECT_EQ(std::get<std::int64_t>(cell(*layer, 0, "이용객")), 120);
    const std::string all = tmp.file("all.csv");
    cw::test::writeText(
        all, "\"명칭\",\"이용객\",\"lon\",\"lat\"\n\"시청\",\"120\",\"126.9779\",\"37.5663\"\n");
    auto everyField = LayerReader::read(all);
    ASSERT_TRUE(everyField);
    EXPECT_EQ(std::get<std::int64_t>(cell(*everyField, 0, "이용객")), 120);
}

TEST(TableReader, DamagedWorkbookIsAnErrorNotAnEmptyLayer) {
    cw::test::TempDir tmp;
    const std::string path = tmp.file("damaged.xlsx");
    std::vector<std::vector<std::string>> rows{{"명칭", "위도", "경도"}};
    for (int i = 0; i < 200; ++i)
        rows.push_back({"시설 " + std::to_string(i), "37.5663", "126.9779"});
    ASSERT_TRUE(cw::test::writeXlsx(path, "시트", rows));
    std::string bytes = cw::test::readBytes(path);
    // Damage the compressed sheet data in the middle of the archive.
    for (std::size_t i = bytes.size() / 3; i < bytes.size() / 3 + 40; ++i)
        bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
    cw::test::writeText(path, bytes);
    auto layer = LayerReader::read(path);
    ASSERT_FALSE(layer);
    EXPECT_EQ(layer.error().code, cw::ErrorCode::CorruptFile);
}

// Number columns are recognised without converting every cell twice; what is recognised must
// convert, or the cell would become empty.
TEST(TableReader, NumberColumnsKeepEveryValue) {
    cw::test::TempDir tmp;
    const std::string path = tmp.file("numbers.csv");
    cw::test::writeText(path, "v,w\n-12.5,.5\n3e5,5.\n+7,1E-3\n1e999,0.25\n\n");
    auto layer = LayerReader::read(path, [] {
        ReadOptions o;
        o.requireGeometry = false;
        return o;
    }());
    ASSERT_TRUE(layer);
    // "1e999" overflows: the column stays text and keeps it as written.
    EXPECT_EQ(layer->fields.at(0).type, cw::data::FieldType::String);
    EXPECT_EQ(text(cell(*layer, 3, "v")), "1e999");
    EXPECT_EQ(layer->fields.at(1).type, cw::data::FieldType::Real);
    EXPECT_DOUBLE_EQ(std::get<double>(cell(*layer, 0, "w")), 0.5);
    EXPECT_DOUBLE_EQ(std::get<double>(cell(*layer, 1, "w")), 5.0);
    EXPECT_DOUBLE_EQ(std::get<double>(cell(*layer, 2, "w")), 0.001);
}

TEST(TableReader, PreviewShowsDetectionAndTheProblem) {
    cw::test::TempDir tmp;
    const std::string path = tmp.file("stats.csv");
    cw::test::writeText(path, "code,value\n0101,1\n0102,2\n0103,3\n");
    auto preview = LayerReader::previewTable(path, {}, 2, 1000);
    ASSERT_TRUE(preview);
    ASSERT_TRUE(preview->problem);
    EXPECT_EQ(preview->problem->code, cw::ErrorCode::NoGeometryColumns);
    EXPECT_EQ(preview->rows.size(), 2u);
    EXPECT_EQ(preview->scannedRows, 3u);
    EXPECT_TRUE(preview->scannedAll);
    EXPECT_EQ(preview->detection.codeColumns, std::vector<std::string>{"code"});
}

} // namespace
