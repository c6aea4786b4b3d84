// SPDX-License-Identifier: GPL-3.0-or-later
// A CCTV inventory as an agency publishes it (CP949 CSV, GRS80TM columns, placeholder rows at
// (0,0)) rolled up by the 25 real gu: the counts per gu are the ones worked out by hand from
// where the points are, and the placeholder rows are reported as such, not as points outside.
#include "../data/table_fixtures.h"
#include "cityweave/analysis/analysis_input.h"
#include "cityweave/analysis/analysis_registry.h"
#include "cityweave/analysis/file_inputs.h"
#include "cityweave/analysis/parameter.h"

#include <gtest/gtest.h>
#include <map>

namespace {

using namespace cw::analysis;

std::string guGeoJson() {
    return (cw::test::jusoDir() / "json/seoul_municipalities_geo.json").string();
}

TEST(TablePointsByGu, CountsPerGuAndBadRowsReported) {
    CW_REQUIRE_SHARED_FILE(guGeoJson());
    // Stations well inside one gu each: 시청 (중구), 마곡나루 (강서구), 노원 (노원구), 잠실
    // (송파구).
    struct Site {
        const char* name;
        double lon, lat;
        int copies;
    };
    const std::vector<Site> sites{{"시청", 126.9779, 37.5663, 3},
                                  {"마곡나루", 126.8334, 37.5668, 2},
                                  {"노원", 127.0617, 37.6551, 1},
                                  {"잠실", 127.1000, 37.5133, 4}};
    std::vector<std::string> lines{"관리번호,설치위치,X좌표(GRS80TM),Y좌표(GRS80TM)"};
    int id = 1;
    for (const Site& s : sites)
        for (int c = 0; c < s.copies; ++c) {
            const auto [x, y] = cw::test::lonLatTo(5181, s.lon + c * 1e-4, s.lat);
            lines.push_back("000" + std::to_string(id++) + "," + s.name + "," + std::to_string(x) +
                            "," + std::to_string(y));
        }
    for (int z = 0; z < 3; ++z)
        lines.push_back("009" + std::to_string(z) + ",미상,0,0");
    cw::test::TempDir tmp;
    const std::string csv = tmp.file("cctv.csv");
    cw::test::writeText(csv, cw::test::toCp949(cw::test::crlf(lines)));

    auto crs = cw::crs::Crs::fromEpsg(5186);
    ASSERT_TRUE(crs);
    auto input = inputFromFiles({InputSpec{"CCTV", {csv}}}, *crs);
    ASSERT_TRUE(input) << cw::errorCodeName(input.error().code);
    ASSERT_TRUE(setZoneLayer(*input, guGeoJson(), "SIG_KOR_NM"));
    ASSERT_FALSE(input->warnings.empty());
    bool reported = false;
    for (const std::string& w : input->warnings)
        reported |= w == "layer cctv: 3 rows at (0,0) have no position";
    EXPECT_TRUE(reported);

    AnalysisRegistry registry;
    registerBuiltInAnalyses(registry);
    const Analysis* rollup = registry.find("district-rollup");
    ASSERT_NE(rollup, nullptr);
    auto params = ParameterValues::resolve(rollup->descriptor().parameters, {});
    ASSERT_TRUE(params);
    auto result = rollup->run(*input, *params, {}, {});
    ASSERT_TRUE(result);
    EXPECT_EQ(result->summary.at("points_outside_zones"), 0.0);
    const ResultLayer& zones = result->layers.at(0);
    int nameCol = -1, pointCol = -1;
    for (std::size_t c = 0; c < zones.columns.size(); ++c) {
        if (zones.columns[c].name == "zone_name")
            nameCol = static_cast<int>(c);
        if (zones.columns[c].name == "point_count")
            pointCol = static_cast<int>(c);
    }
    ASSERT_GE(nameCol, 0);
    ASSERT_GE(pointCol, 0);
    std::map<std::string, std::int64_t> counts;
    for (const auto& row : zones.rows)
        counts[cw::data::toDisplayString(row[nameCol])] = std::get<std::int64_t>(row[pointCol]);
    EXPECT_EQ(counts["중구"], 3);
    EXPECT_EQ(counts["강서구"], 2);
    EXPECT_EQ(counts["노원구"], 1);
    EXPECT_EQ(counts["송파구"], 4);
    std::int64_t total = 0;
    for (const auto& [name, n] : counts)
        total += n;
    EXPECT_EQ(total, 10);
}

} // namespace
