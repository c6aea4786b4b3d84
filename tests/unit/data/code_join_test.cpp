// SPDX-License-Identifier: GPL-3.0-or-later
// Statistics keyed by Statistics Korea's gu codes joined to the interior ministry's boundaries:
// the crosswalk is checked against the gu names in the real boundary file, not against itself.
#include "cityweave/data/code_join.h"
#include "cityweave/data/layer_reader.h"
#include "table_fixtures.h"

#include <gtest/gtest.h>
#include <map>

namespace {

using namespace cw::data;

// KOSTAT (SGIS) codes of Seoul's gu in their published order, with the names as published.
const std::vector<std::pair<std::string, std::string>> kKostatGu{
    {"11010", "종로구"},   {"11020", "중구"},     {"11030", "용산구"},   {"11040", "성동구"},
    {"11050", "광진구"},   {"11060", "동대문구"}, {"11070", "중랑구"},   {"11080", "성북구"},
    {"11090", "강북구"},   {"11100", "도봉구"},   {"11110", "노원구"},   {"11120", "은평구"},
    {"11130", "서대문구"}, {"11140", "마포구"},   {"11150", "양천구"},   {"11160", "강서구"},
    {"11170", "구로구"},   {"11180", "금천구"},   {"11190", "영등포구"}, {"11200", "동작구"},
    {"11210", "관악구"},   {"11220", "서초구"},   {"11230", "강남구"},   {"11240", "송파구"},
    {"11250", "강동구"}};

std::string guGeoJson() {
    return (cw::test::jusoDir() / "json/seoul_municipalities_geo.json").string();
}

std::string writeStatistics(const cw::test::TempDir& tmp, bool withUnknownCode) {
    std::vector<std::string> lines{"행정구역코드,자치구명,사업체수"};
    int n = 100;
    for (const auto& [code, name] : kKostatGu)
        lines.push_back(code + "," + name + "," + std::to_string(n++));
    if (withUnknownCode)
        lines.emplace_back("21010,부산중구,7");
    const std::string path = tmp.file("stats.csv");
    cw::test::writeText(path, cw::test::toCp949(cw::test::crlf(lines)));
    return path;
}

TEST(CodeConversion, KnowsBothSchemesAndLegalDong) {
    EXPECT_EQ(convertCode("11160", CodeConversion::KostatGuToMinistry), "11500");
    EXPECT_EQ(convertCode("11500", CodeConversion::MinistryGuToKostat), "11160");
    EXPECT_EQ(convertCode("1150010500", CodeConversion::LegalDong10To8), "11500105");
    EXPECT_FALSE(convertCode("99999", CodeConversion::KostatGuToMinistry));
    EXPECT_EQ(codeText(AttributeValue{std::int64_t{11500}}), "11500");
    EXPECT_EQ(codeText(AttributeValue{11500.0}), "11500");
}

TEST(CodeJoin, KostatStatisticsJoinTheMinistryGuByName) {
    CW_REQUIRE_SHARED_FILE(guGeoJson());
    cw::test::TempDir tmp;
    ReadOptions plain;
    plain.requireGeometry = false;
    auto table = LayerReader::read(writeStatistics(tmp, true), plain);
    ASSERT_TRUE(table);
    auto gu = LayerReader::read(guGeoJson());
    ASSERT_TRUE(gu);
    auto joined = joinByCode(*gu, *table, {"행정구역코드", "SIG_CD", CodeConversion::Auto});
    ASSERT_TRUE(joined);
    EXPECT_EQ(joined->conversionUsed, CodeConversion::KostatGuToMinistry);
    EXPECT_EQ(joined->matchedBoundaries, 25u);
    EXPECT_TRUE(joined->unmatchedBoundaryKeys.empty());
    EXPECT_EQ(joined->unmatchedTableKeys, std::vector<std::string>{"21010"});
    const VectorLayer& l = joined->layer;
    ASSERT_EQ(l.featureCount(), 25u);
    const int boundaryName = l.fieldIndex("SIG_KOR_NM");
    const int tableName = l.fieldIndex("자치구명");
    ASSERT_GE(boundaryName, 0);
    ASSERT_GE(tableName, 0);
    for (const AttributeRow& row : l.attributes)
        EXPECT_EQ(toDisplayString(row[boundaryName]), toDisplayString(row[tableName]));
    // Unconverted, five codes exist in both schemes for different gu: 11110 is 종로구 for the
    // ministry and 노원구 for KOSTAT. A plain join matches them wrongly, which Auto avoids.
    auto naive = joinByCode(*gu, *table, {"행정구역코드", "SIG_CD", CodeConversion::None});
    ASSERT_TRUE(naive);
    EXPECT_EQ(naive->matchedBoundaries, 5u);
}

TEST(CodeJoin, MissingKeyColumnNamesTheColumns) {
    cw::test::TempDir tmp;
    ReadOptions plain;
    plain.requireGeometry = false;
    auto table = LayerReader::read(writeStatistics(tmp, false), plain);
    ASSERT_TRUE(table);
    auto result = joinByCode(*table, *table, {"없는열", "행정구역코드", CodeConversion::None});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, cw::ErrorCode::ColumnNotFound);
    EXPECT_EQ(result.error().args.at(0), "없는열");
}

} // namespace
