// SPDX-License-Identifier: GPL-3.0-or-later
// The real 25 gu of Seoul (JUSO 2015, via southkorea/seoul-maps) as zones: they must partition
// the city, the GeoJSON and the CP949 shapefile must agree, and the roll-up of the sample
// project must put each project in the gu it was drawn in.
#include "analysis/framework/builtin_analyses.h"
#include "cityweave/manifest/manifest_build.h"
#include "cityweave/project/layer_loading.h"
#include "geometry/geos_bridge.h"
#include "test_support.h"

#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <set>

namespace {

using namespace cw::analysis;
using cw::geometry::GeometryFamily;
using cw::geometry::GeosGeometry;

// Seoul's official area (Seoul Metropolitan Government statistics).
constexpr double kOfficialSeoulM2 = 605.2e6;

std::string guGeoJson() {
    return (cw::test::jusoDir() / "json/seoul_municipalities_geo.json").string();
}
std::string guShapefile() {
    return (cw::test::jusoDir() / "shp/seoul_municipalities.shp").string();
}

cw::crs::Crs crs5186() {
    auto crs = cw::crs::Crs::fromEpsg(5186);
    EXPECT_TRUE(crs);
    return crs ? *crs : cw::crs::Crs{};
}

// The gu layer read through the same path the CLI uses, in EPSG:5186.
AnalysisInput guInput(const std::string& path) {
    AnalysisInput input;
    input.crs = crs5186();
    auto status = setZoneLayer(input, path, "SIG_KOR_NM");
    EXPECT_TRUE(status) << (status ? "" : cw::errorCodeName(status.error().code));
    return input;
}

struct Gu {
    std::string code;
    std::string name;
    GeosGeometry geom;
    double area = 0;
};

std::vector<Gu> guPolygons(GEOSContextHandle_t h, const cw::data::VectorLayer& layer) {
    std::vector<Gu> out;
    const int code = layer.fieldIndex("SIG_CD");
    const int name = layer.fieldIndex("SIG_KOR_NM");
    EXPECT_GE(code, 0);
    EXPECT_GE(name, 0);
    if (code < 0 || name < 0)
        return out;
    for (std::size_t f = 0; f < layer.featureCount(); ++f) {
        Gu gu;
        gu.code = cw::data::toDisplayString(layer.attributes[f][static_cast<std::size_t>(code)]);
        gu.name = cw::data::toDisplayString(layer.attributes[f][static_cast<std::size_t>(name)]);
        gu.geom = cw::geometry::toGeos(h, layer.geometries, f, GeometryFamily::Polygon);
        EXPECT_TRUE(gu.geom) << gu.code;
        if (gu.geom)
            GEOSArea_r(h, gu.geom.get(), &gu.area);
        out.push_back(std::move(gu));
    }
    return out;
}

double area(GEOSContextHandle_t h, const GEOSGeometry* g) {
    double a = 0;
    return g && GEOSArea_r(h, g, &a) ? a : -1.0;
}

TEST(SeoulDistricts, TwentyFiveGuPartitionSeoul) {
    CW_REQUIRE_SHARED_FILE(guGeoJson());
    const AnalysisInput input = guInput(guGeoJson());
    ASSERT_TRUE(input.zones);
    ASSERT_EQ(input.zones->featureCount(), 25u);

    cw::geometry::GeosContext geos;
    const auto h = geos.handle();
    std::vector<Gu> gus = guPolygons(h, *input.zones);
    ASSERT_EQ(gus.size(), 25u);

    double sum = 0;
    std::vector<GEOSGeometry*> clones;
    for (const Gu& gu : gus) {
        sum += gu.area;
        clones.push_back(GEOSGeom_clone_r(h, gu.geom.get()));
    }
    GeosGeometry all{h, GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, clones.data(),
                                                    static_cast<unsigned>(clones.size()))};
    GeosGeometry seoul{h, GEOSUnaryUnion_r(h, all.get())};
    ASSERT_TRUE(seoul);
    const double unionArea = area(h, seoul.get());

    // Largest pairwise overlap: shared edges digitised twice leave slivers along the borders.
    double largest = 0;
    double largestWidth = 0; // mean width of that overlap: 2 * area / perimeter
    std::string largestPair;
    for (std::size_t i = 0; i < gus.size(); ++i) {
        for (std::size_t j = i + 1; j < gus.size(); ++j) {
            if (GEOSIntersects_r(h, gus[i].geom.get(), gus[j].geom.get()) != 1)
                continue;
            GeosGeometry both{h, GEOSIntersection_r(h, gus[i].geom.get(), gus[j].geom.get())};
            ASSERT_TRUE(both);
            const double a = area(h, both.get());
            if (a > largest) {
                largest = a;
                double perimeter = 0;
                GEOSLength_r(h, both.get(), &perimeter);
                largestWidth = perimeter > 0 ? 2 * a / perimeter : 0;
                largestPair = gus[i].name + "/" + gus[j].name;
            }
        }
    }
    std::printf("[ seoul    ] sum of 25 gu %.0f m2, union %.0f m2 (sum/union - 1 = %.2e), "
                "official %.0f m2 (sum/official - 1 = %.3f%%); largest pair overlap %.3f m2, %.2f "
                "m wide on average (%s)\n",
                sum, unionArea, sum / unionArea - 1, kOfficialSeoulM2,
                (sum / kOfficialSeoulM2 - 1) * 100, largest, largestWidth, largestPair.c_str());

    EXPECT_NEAR(sum, unionArea, unionArea * 0.001);
    EXPECT_NEAR(sum, kOfficialSeoulM2, kOfficialSeoulM2 * 0.01);
    // Measured (JUSO 2015): 25.6 m² between 동대문구 and 성북구, and the 25 gu overlap by only
    // ~108 m² in all (sum minus union). A shared border digitised twice leaves strips about a
    // centimetre wide; 1,000 m² is below a single small urban lot (about 30 m x 30 m), so an
    // overlap under it cannot hide a block assigned to two gu, yet it leaves room for a
    // re-digitised release of the same boundaries.
    EXPECT_LT(largest, 1000.0) << largestPair;
}

TEST(SeoulDistricts, GeoJsonAndCp949ShapefileAgree) {
    CW_REQUIRE_SHARED_FILE(guGeoJson());
    CW_REQUIRE_SHARED_FILE(guShapefile());
    const AnalysisInput json = guInput(guGeoJson());
    const AnalysisInput shp = guInput(guShapefile());
    ASSERT_TRUE(json.zones && shp.zones);
    cw::geometry::GeosContext geos;
    const auto h = geos.handle();
    std::map<std::string, const Gu*> byCode;
    const std::vector<Gu> fromJson = guPolygons(h, *json.zones);
    const std::vector<Gu> fromShp = guPolygons(h, *shp.zones);
    ASSERT_EQ(fromShp.size(), 25u);
    for (const Gu& gu : fromJson)
        byCode[gu.code] = &gu;
    double worst = 0;
    for (const Gu& gu : fromShp) {
        ASSERT_EQ(byCode.count(gu.code), 1u) << gu.code;
        const Gu& other = *byCode.at(gu.code);
        // The dbf is CP949 without a .cpg: decoded right, the names match the UTF-8 GeoJSON.
        EXPECT_EQ(gu.name, other.name) << gu.code;
        worst = std::max(worst, std::abs(gu.area / other.area - 1));
        EXPECT_NEAR(gu.area, other.area, other.area * 0.005) << gu.code << " " << gu.name;
    }
    std::printf("[ seoul    ] shapefile vs GeoJSON: largest relative area difference %.2e\n",
                worst);
    EXPECT_EQ(byCode.at("11500")->name, "강서구");
}

TEST(SeoulDistricts, RollupPutsSampleProjectsInTheirGu) {
    CW_REQUIRE_SHARED_FILE(guGeoJson());
    cw::test::TempDir tmp;
    const std::string gpkg = tmp.file("sample.gpkg");
    auto project = cw::manifest::buildProjectFromManifest(
        std::string(CW_SOURCE_DIR) + "/resources/sample/projects.json", gpkg, "EPSG:5186",
        cw::manifest::pluginMetadataLookup({CW_SOURCE_DIR "/plugins"})); // Magok, Sangam, G-Valley
    ASSERT_TRUE(project) << cw::errorCodeName(project.error().code);
    auto input = inputFromProject(gpkg, *project, crs5186());
    ASSERT_TRUE(input) << cw::errorCodeName(input.error().code);
    ASSERT_TRUE(setZoneLayer(*input, guGeoJson(), "SIG_KOR_NM"));
    // zone_id is the feature id; the code comes from the zone layer's SIG_CD.
    std::map<std::int64_t, std::string> codeOf;
    const int codeField = input->zones->fieldIndex("SIG_CD");
    ASSERT_GE(codeField, 0);
    for (std::size_t f = 0; f < input->zones->featureCount(); ++f)
        codeOf[input->zones->fids[f]] = cw::data::toDisplayString(
            input->zones->attributes[f][static_cast<std::size_t>(codeField)]);

    auto analysis = makeDistrictRollupAnalysis();
    auto params = ParameterValues::resolve(analysis->descriptor().parameters, {});
    ASSERT_TRUE(params);
    auto result = analysis->run(*input, *params, {}, {});
    ASSERT_TRUE(result);
    for (const auto& w : result->warnings)
        std::printf("[ warning  ] %s\n", w.c_str());

    // project id -> codes of the gu it appears in, with its area there.
    std::map<std::string, std::map<std::string, double>> where;
    std::map<std::string, int> points;
    for (const auto& row : result->table("rollup_zone_projects")->rows) {
        const std::string code = codeOf.at(std::get<std::int64_t>(row.at(0)));
        const std::string id = std::get<std::string>(row.at(2));
        where[id][code] = std::get<double>(row.at(5));
        points[id] += static_cast<int>(std::get<std::int64_t>(row.at(9)));
    }
    std::printf("[ seoul    ] magok-energy in 11500: %.0f m2; gvalley-industry in 11530: %.0f m2, "
                "in 11545: %.0f m2; ev-chargers in %zu gu\n",
                where["magok-energy"]["11500"], where["gvalley-industry"]["11530"],
                where["gvalley-industry"]["11545"], where["ev-chargers"].size());
    std::set<std::string> magokGu;
    for (const auto& [code, a] : where["magok-energy"])
        magokGu.insert(code);
    EXPECT_EQ(magokGu, std::set<std::string>{"11500"});
    EXPECT_GT(where["magok-energy"]["11500"], 3e6); // ~3.6 km² drawn
    // 12 facilities + 11 solar + 4 ESS + 3 fuel cells (magok-energy plugin), all in 강서구:
    // ogr2ogr -dialect SQLite, ST_Intersects of the points with the gu GeoJSON gives 11500: 30.
    EXPECT_EQ(points["magok-energy"], 30);

    std::set<std::string> gvalleyGu;
    for (const auto& [code, a] : where["gvalley-industry"])
        gvalleyGu.insert(code);
    EXPECT_EQ(gvalleyGu, (std::set<std::string>{"11530", "11545"}));
    EXPECT_GT(where["gvalley-industry"]["11530"], 0);
    EXPECT_GT(where["gvalley-industry"]["11545"], 0);

    EXPECT_EQ(where["ev-chargers"].size(), 25u);
    EXPECT_EQ(points["ev-chargers"], 60);
    EXPECT_EQ(result->summary.at("zones"), 25);
    EXPECT_EQ(result->summary.at("zones_with_projects"), 25);
    EXPECT_EQ(result->summary.at("points_outside_zones"), 0);
}

} // namespace
