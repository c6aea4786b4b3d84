// SPDX-License-Identifier: GPL-3.0-or-later
// overlap-matrix: unions worked out by hand, mixed-CRS inputs against GEOS in EPSG:5186, and the
// sample project through the registry.
#include "analysis/framework/builtin_analyses.h"
#include "cityweave/analysis/analysis_registry.h"
#include "cityweave/analysis/file_inputs.h"
#include "cityweave/analysis/polygon_overlap_area.h"
#include "cityweave/analysis/result_writer.h"
#include "cityweave/manifest/manifest_build.h"
#include "cityweave/project/layer_loading.h"
#include "geometry/geos_bridge.h"
#include "test_support.h"

#include <filesystem>
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <map>
#include <ogrsf_frmts.h>

namespace {

using namespace cw::analysis;
using cw::data::VectorLayer;
using cw::geometry::Coord;
using cw::geometry::GeometryFamily;
namespace fs = std::filesystem;

constexpr double X0 = 200000; // EPSG:5186 metres near Seoul; shapes below are relative to it
constexpr double Y0 = 550000;

cw::crs::Crs crs5186() {
    return cw::crs::Crs::fromEpsg(5186).value();
}

VectorLayer layerOf(GeometryFamily family) {
    VectorLayer layer;
    layer.family = family;
    layer.crs = crs5186();
    return layer;
}

void addRing(VectorLayer& l, const std::vector<Coord>& ring, bool polygon) {
    auto& g = l.geometries;
    g.beginFeature();
    g.beginPart(polygon);
    for (const Coord& c : ring)
        g.addCoord(X0 + c.x, Y0 + c.y);
    if (polygon)
        g.addCoord(X0 + ring[0].x, Y0 + ring[0].y);
    g.endPart();
    g.endFeature();
    l.fids.push_back(static_cast<std::int64_t>(100 + l.fids.size()));
    l.attributes.push_back({});
}

std::vector<Coord> rect(double x0, double y0, double x1, double y1) {
    return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
}

AnalysisLayer wrap(const std::string& id, VectorLayer l) {
    return AnalysisLayer{id, {id, id}, std::make_shared<const VectorLayer>(std::move(l)), 0};
}

cw::Result<AnalysisResult> runOverlap(const AnalysisInput& input,
                                      const std::map<std::string, std::string>& given = {},
                                      const cw::CancelToken& cancel = {}) {
    AnalysisRegistry registry;
    registerBuiltInAnalyses(registry);
    const Analysis* a = registry.find("overlap-matrix");
    EXPECT_NE(a, nullptr);
    if (!a)
        return cw::makeError(cw::ErrorCode::InvalidArgument);
    auto params = ParameterValues::resolve(a->descriptor().parameters, given);
    EXPECT_TRUE(params);
    double last = -1;
    bool monotone = true;
    auto result = a->run(
        input, *params,
        [&](double f) {
            monotone = monotone && f >= last && f <= 1.0;
            last = f;
        },
        cancel);
    EXPECT_TRUE(monotone) << "progress stays in [0, 1] and never goes back";
    return result;
}

double num(const cw::data::AttributeValue& v) {
    if (const auto* d = std::get_if<double>(&v))
        return *d;
    if (const auto* i = std::get_if<std::int64_t>(&v))
        return static_cast<double>(*i);
    ADD_FAILURE() << "not a number";
    return 0;
}

int col(const ResultTable& t, const std::string& name) {
    for (std::size_t i = 0; i < t.columns.size(); ++i)
        if (t.columns[i].name == name)
            return static_cast<int>(i);
    ADD_FAILURE() << "no column " << name << " in " << t.key;
    return 0;
}

// Project A: two overlapping squares (union 150 m², not 200). B: one square over both.
// C: a line through A. D: three points, two inside A.
AnalysisInput handBuilt() {
    AnalysisInput in;
    in.crs = crs5186();
    VectorLayer a = layerOf(GeometryFamily::Polygon);
    addRing(a, rect(0, 0, 10, 10), true);
    addRing(a, rect(5, 0, 15, 10), true);
    VectorLayer b = layerOf(GeometryFamily::Polygon);
    addRing(b, rect(8, 2, 12, 8), true);
    VectorLayer c = layerOf(GeometryFamily::Line);
    addRing(c, {{-5, 5}, {20, 5}}, false);
    VectorLayer d = layerOf(GeometryFamily::Point);
    addRing(d, {{1, 1}}, false);
    addRing(d, {{14, 9}}, false);
    addRing(d, {{30, 30}}, false);
    in.projects.push_back(
        {"a", {"가", "A"}, cw::project::Sector::Energy, "E1", {wrap("a_poly", std::move(a))}});
    in.projects.push_back(
        {"b", {"나", "B"}, cw::project::Sector::Safety, "S2", {wrap("b_poly", std::move(b))}});
    in.projects.push_back(
        {"c", {"다", "C"}, cw::project::Sector::Transport, "T3", {wrap("c_line", std::move(c))}});
    in.projects.push_back(
        {"d", {"라", "D"}, cw::project::Sector::Energy, "E2", {wrap("d_pts", std::move(d))}});
    return in;
}

const cw::data::AttributeRow* matrixRow(const ResultTable& m, const std::string& a,
                                        const std::string& b) {
    for (const auto& row : m.rows)
        if (std::get<std::string>(row[0]) == a && std::get<std::string>(row[1]) == b)
            return &row;
    ADD_FAILURE() << "no matrix row " << a << " x " << b;
    return nullptr;
}

TEST(OverlapMatrix, RegisteredWithDescribedOutputs) {
    AnalysisRegistry registry;
    registerBuiltInAnalyses(registry);
    const Analysis* a = registry.find("overlap-matrix");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->descriptor().name.ko, "사업 중첩 행렬");
    EXPECT_EQ(a->descriptor().name.en, "Project overlap matrix");
    auto params = ParameterValues::resolve(a->descriptor().parameters, {});
    ASSERT_TRUE(params);
    EXPECT_TRUE(params->flag("feature_pairs"));
    EXPECT_EQ(params->number("min_area"), 0.0);
}

TEST(OverlapMatrix, UnionsAreCountedOnceAndDirectionsAreKept) {
    auto r = runOverlap(handBuilt());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->crs.authId(), "EPSG:5186");
    const ResultTable* fp = r->table("project_footprints");
    ASSERT_NE(fp, nullptr);
    EXPECT_NEAR(num(fp->rows[0][col(*fp, "footprint_area_m2")]), 150.0, 1e-6);
    EXPECT_NEAR(num(fp->rows[1][col(*fp, "footprint_area_m2")]), 24.0, 1e-6);
    EXPECT_NEAR(num(fp->rows[2][col(*fp, "line_length_m")]), 25.0, 1e-6);
    EXPECT_EQ(num(fp->rows[3][col(*fp, "point_count")]), 3.0);

    const ResultTable* m = r->table("overlap_matrix");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->rows.size(), 6u); // 4 projects: every unordered pair once
    const auto* ab = matrixRow(*m, "a", "b");
    ASSERT_NE(ab, nullptr);
    // (∪A) ∩ B = [8,12]x[2,8] = 24, although the feature pairs sum to 12 + 24 = 36.
    EXPECT_NEAR(num((*ab)[col(*m, "area_m2")]), 24.0, 1e-6);
    EXPECT_NEAR(num((*ab)[col(*m, "share_of_a")]), 24.0 / 150.0, 1e-9);
    EXPECT_NEAR(num((*ab)[col(*m, "share_of_b")]), 1.0, 1e-9);
    const auto* ac = matrixRow(*m, "a", "c");
    ASSERT_NE(ac, nullptr);
    EXPECT_NEAR(num((*ac)[col(*m, "lines_b_in_a_m")]), 15.0, 1e-6); // C's line inside A: x 0..15
    EXPECT_EQ(num((*ac)[col(*m, "lines_a_in_b_m")]), 0.0);
    EXPECT_TRUE(std::holds_alternative<std::monostate>((*ac)[col(*m, "share_of_b")]))
        << "C has no polygons: no share";
    const auto* ad = matrixRow(*m, "a", "d");
    ASSERT_NE(ad, nullptr);
    EXPECT_EQ(num((*ad)[col(*m, "points_b_in_a")]), 2.0);
    const auto* bc = matrixRow(*m, "b", "c");
    ASSERT_NE(bc, nullptr);
    EXPECT_NEAR(num((*bc)[col(*m, "lines_b_in_a_m")]), 4.0, 1e-6);

    const ResultTable* pairs = r->table("overlap_pairs");
    ASSERT_NE(pairs, nullptr);
    ASSERT_EQ(pairs->rows.size(), 2u);
    EXPECT_EQ(num(pairs->rows[0][col(*pairs, "fid_a")]), 100.0);
    EXPECT_NEAR(num(pairs->rows[0][col(*pairs, "area_m2")]), 12.0, 1e-9);
    EXPECT_EQ(num(pairs->rows[1][col(*pairs, "fid_a")]), 101.0);
    EXPECT_NEAR(num(pairs->rows[1][col(*pairs, "area_m2")]), 24.0, 1e-9);
    EXPECT_EQ(std::get<std::string>(pairs->rows[0][col(*pairs, "layer_b")]), "b_poly");

    EXPECT_EQ(r->summary.at("overlapping_project_pairs"), 1.0);
    EXPECT_NEAR(r->summary.at("total_overlap_area_m2"), 24.0, 1e-6);
    EXPECT_EQ(r->summary.at("feature_pairs"), 2.0);
}

// Given a table sink (as `analyze` gives its results file), the feature pairs go straight into
// the GeoPackage: the same pairs and areas as held in memory, none kept in the result, and the
// file appears only when committed.
TEST(OverlapMatrix, FeaturePairsStreamIntoTheResultsFile) {
    AnalysisInput in = handBuilt();
    auto held = runOverlap(in);
    ASSERT_TRUE(held);
    const ResultTable* heldPairs = held->table("overlap_pairs");
    ASSERT_NE(heldPairs, nullptr);
    ASSERT_EQ(heldPairs->rows.size(), 2u);

    cw::test::TempDir tmp;
    const std::string path = tmp.file("streamed.gpkg");
    auto writer = ResultsGeoPackageWriter::create(path);
    ASSERT_TRUE(writer);
    in.tableSink = writer->get();
    auto streamed = runOverlap(in);
    ASSERT_TRUE(streamed);
    const ResultTable* pairs = streamed->table("overlap_pairs");
    ASSERT_NE(pairs, nullptr);
    EXPECT_TRUE(pairs->streamed);
    EXPECT_TRUE(pairs->rows.empty());
    EXPECT_EQ(pairs->streamedRows, 2u);
    EXPECT_EQ(streamed->summary.at("feature_pairs"), 2);
    EXPECT_FALSE(fs::exists(path)) << "nothing under the name before commit";
    ASSERT_TRUE((*writer)->commit({*streamed}));
    ASSERT_TRUE(fs::exists(path));

    GDALAllRegister();
    std::unique_ptr<GDALDataset> ds(
        GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    ASSERT_TRUE(ds);
    OGRLayer* layer = ds->GetLayerByName("overlap_pairs");
    ASSERT_NE(layer, nullptr);
    EXPECT_EQ(layer->GetFeatureCount(), 2);
    std::map<std::pair<std::int64_t, std::int64_t>, double> inFile, inMemory;
    for (auto& f : *layer)
        inFile[{f->GetFieldAsInteger64("fid_a"), f->GetFieldAsInteger64("fid_b")}] =
            f->GetFieldAsDouble("area_m2");
    for (const auto& row : heldPairs->rows)
        inMemory[{std::get<std::int64_t>(row[col(*heldPairs, "fid_a")]),
                  std::get<std::int64_t>(row[col(*heldPairs, "fid_b")])}] =
            num(row[col(*heldPairs, "area_m2")]);
    EXPECT_EQ(inFile, inMemory);
    EXPECT_NE(ds->GetLayerByName("overlap_matrix"), nullptr);
    EXPECT_NE(ds->GetLayerByName("cw_analysis_runs"), nullptr);
}

TEST(OverlapMatrix, AnUncommittedResultsFileLeavesNothing) {
    cw::test::TempDir tmp;
    const std::string path = tmp.file("given-up.gpkg");
    {
        auto writer = ResultsGeoPackageWriter::create(path);
        ASSERT_TRUE(writer);
        ASSERT_TRUE((*writer)->begin("overlap_pairs", overlapPairColumns()));
        const std::vector<cw::data::AttributeRow> rows{{std::string("a"), std::string("l"),
                                                        std::int64_t(1), std::string("b"),
                                                        std::string("m"), std::int64_t(2), 3.0}};
        ASSERT_TRUE((*writer)->append(rows));
        ASSERT_TRUE((*writer)->end());
    }
    EXPECT_TRUE(fs::is_empty(tmp.path())) << "the temporary file is removed too";
}

TEST(OverlapMatrix, ParametersFilterPairsAndCancellationStops) {
    auto r = runOverlap(handBuilt(), {{"min_area", "20"}});
    ASSERT_TRUE(r);
    ASSERT_EQ(r->table("overlap_pairs")->rows.size(), 1u);
    auto none = runOverlap(handBuilt(), {{"feature_pairs", "false"}});
    ASSERT_TRUE(none);
    EXPECT_EQ(none->table("overlap_pairs"), nullptr);
    EXPECT_NE(none->table("overlap_matrix"), nullptr);
    cw::CancelToken cancel;
    cancel.cancel();
    auto c = runOverlap(handBuilt(), {}, cancel);
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().code, cw::ErrorCode::Cancelled);
}

// Writes one polygon layer to a GeoPackage in `epsg`; `ring` is given in EPSG:5186 and
// transformed with OGR when another CRS is asked for.
void writePolygonFile(const std::string& path, int epsg,
                      const std::vector<std::vector<Coord>>& rings) {
    GDALAllRegister();
    GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GPKG");
    ASSERT_NE(drv, nullptr);
    std::unique_ptr<GDALDataset> ds(drv->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    ASSERT_TRUE(ds);
    OGRSpatialReference srs, src;
    srs.importFromEPSG(epsg);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    src.importFromEPSG(5186);
    src.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&src, &srs));
    OGRLayer* layer = ds->CreateLayer("shapes", &srs, wkbPolygon, nullptr);
    ASSERT_NE(layer, nullptr);
    for (const auto& ring : rings) {
        OGRPolygon poly;
        auto* lr = new OGRLinearRing();
        for (const Coord& c : ring) {
            double x = X0 + c.x, y = Y0 + c.y;
            if (epsg != 5186) {
                ASSERT_TRUE(ct->Transform(1, &x, &y));
            }
            lr->addPoint(x, y);
        }
        lr->closeRings();
        poly.addRingDirectly(lr);
        OGRFeature f(layer->GetLayerDefn());
        f.SetGeometry(&poly);
        ASSERT_EQ(layer->CreateFeature(&f), OGRERR_NONE);
    }
}

double geosIntersectionArea(const std::vector<Coord>& a, const std::vector<Coord>& b) {
    cw::geometry::GeosContext ctx;
    const auto h = ctx.handle();
    auto make = [&](const std::vector<Coord>& ring) {
        cw::geometry::GeometryStore s;
        s.beginFeature();
        s.beginPart(true);
        for (const Coord& c : ring)
            s.addCoord(X0 + c.x, Y0 + c.y);
        s.addCoord(X0 + ring[0].x, Y0 + ring[0].y);
        s.endPart();
        s.endFeature();
        return cw::geometry::toGeos(h, s, 0, GeometryFamily::Polygon);
    };
    auto ga = make(a), gb = make(b);
    cw::geometry::GeosGeometry i(h, GEOSIntersection_r(h, ga.get(), gb.get()));
    double area = 0;
    GEOSArea_r(h, i.get(), &area);
    return area;
}

TEST(OverlapMatrix, MixedCrsInputsAreComparedInTheAnalysisCrs) {
    const fs::path dir =
        fs::temp_directory_path() / ("cw-overlap-crs-" + std::to_string(cw::test::processId()));
    fs::create_directories(dir);
    const std::vector<Coord> wgsShape{{0, 0}, {300, 20}, {280, 250}, {40, 310}};
    const std::vector<Coord> tmShape{{150, -50}, {450, 100}, {200, 400}};
    writePolygonFile((dir / "wgs.gpkg").string(), 4326, {wgsShape});
    writePolygonFile((dir / "tm.gpkg").string(), 5186, {tmShape});
    auto input = inputFromFiles(
        {{"wgs", {(dir / "wgs.gpkg").string()}}, {"tm", {(dir / "tm.gpkg").string()}}}, crs5186());
    ASSERT_TRUE(input);
    auto r = runOverlap(*input);
    ASSERT_TRUE(r);
    const double expected = geosIntersectionArea(wgsShape, tmShape);
    ASSERT_GT(expected, 1000.0);
    const ResultTable* m = r->table("overlap_matrix");
    ASSERT_EQ(m->rows.size(), 1u);
    // Round trip through degrees moves vertices by well under a millimetre.
    EXPECT_NEAR(num(m->rows[0][col(*m, "area_m2")]), expected, expected * 1e-6);
    const ResultTable* pairs = r->table("overlap_pairs");
    ASSERT_EQ(pairs->rows.size(), 1u);
    EXPECT_NEAR(num(pairs->rows[0][col(*pairs, "area_m2")]), expected, expected * 1e-6);
    fs::remove_all(dir);
}

TEST(OverlapMatrix, SampleProjectFacts) {
    const fs::path dir =
        fs::temp_directory_path() / ("cw-overlap-sample-" + std::to_string(cw::test::processId()));
    fs::create_directories(dir);
    const std::string path = (dir / "sample.cwproject.gpkg").string();
    auto project = cw::manifest::buildProjectFromManifest(
        CW_SOURCE_DIR "/resources/sample/projects.json", path, "EPSG:5186",
        cw::manifest::pluginMetadataLookup({CW_SOURCE_DIR "/plugins"})); // Magok, Sangam, G-Valley
    ASSERT_TRUE(project);
    auto input = inputFromProject(path, *project, crs5186());
    ASSERT_TRUE(input);
    auto r = runOverlap(*input);
    ASSERT_TRUE(r);
    const ResultTable* m = r->table("overlap_matrix");
    ASSERT_NE(m, nullptr);
    const std::size_t n = input->projects.size();
    EXPECT_EQ(m->rows.size(), n * (n - 1) / 2);
    const auto* magokEv = matrixRow(*m, "magok-energy", "ev-chargers");
    ASSERT_NE(magokEv, nullptr);
    EXPECT_GE(num((*magokEv)[col(*m, "points_b_in_a")]), 7.0) << "7 EV chargers in Magok";
    std::size_t villageOverlaps = 0, villageRows = 0;
    for (const auto& row : m->rows) {
        if (std::get<std::string>(row[0]) != "energy-villages" &&
            std::get<std::string>(row[1]) != "energy-villages")
            continue;
        ++villageRows;
        villageOverlaps += num(row[col(*m, "area_m2")]) > 0 ? 1 : 0;
    }
    EXPECT_EQ(villageRows, n - 1);
    EXPECT_LE(villageOverlaps, 1u) << "energy villages lie apart from the other projects";
    for (const auto& row : m->rows) {
        for (const char* share : {"share_of_a", "share_of_b"}) {
            const auto& v = row[col(*m, share)];
            if (!std::holds_alternative<std::monostate>(v)) {
                EXPECT_GE(num(v), 0.0);
                EXPECT_LE(num(v), 1.0);
            }
        }
    }
    fs::remove_all(dir);
}

} // namespace
