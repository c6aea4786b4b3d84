// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/synthetic_report.h"

#include "cityweave/crs/plan_crs.h"
#include "cityweave/data/indexed_geometries.h"
#include "cityweave/data/layer_reader.h"
#include "cityweave/data/synthetic_data.h"

#include <QDir>
#include <cmath>

namespace cw::report {
namespace {

const project::Sector kSectors[] = {project::Sector::Transport, project::Sector::Safety,
                                    project::Sector::Energy, project::Sector::IndustrySpace};

analysis::ResultLayer zoneLayer(std::size_t zones, const geometry::Envelope& area) {
    analysis::ResultLayer layer;
    layer.key = "integration_zones";
    layer.family = geometry::GeometryFamily::Polygon;
    layer.columns = {
        {"zone_id", data::FieldType::Integer},    {"label", data::FieldType::String},
        {"score", data::FieldType::Real},         {"project_count", data::FieldType::Integer},
        {"project_ids", data::FieldType::String}, {"rules_fired", data::FieldType::String},
        {"area_m2", data::FieldType::Real}};
    const auto side = std::size_t(std::ceil(std::sqrt(double(zones))));
    const double dx = area.width() / double(side), dy = area.height() / double(side);
    const double half = std::min(dx, dy) * 0.2;
    for (std::size_t z = 0; z < zones; ++z) {
        const double cx = area.minX + dx * (double(z % side) + 0.5);
        const double cy = area.minY + dy * (double(z / side) + 0.5);
        layer.geometries.beginFeature();
        layer.geometries.beginPart(true);
        for (auto [x, y] : {std::pair{-1, -1}, {1, -1}, {1, 1}, {-1, 1}, {-1, -1}})
            layer.geometries.addCoord(cx + x * half, cy + y * half);
        layer.geometries.endPart();
        layer.geometries.endFeature();
        layer.rows.push_back({std::int64_t(z + 1), std::string(z % 2 ? "synergy" : "neutral"),
                              double(zones - z), std::int64_t(2),
                              std::string("synthetic-0,synthetic-1"), std::string(),
                              4 * half * half});
    }
    return layer;
}

} // namespace

Result<ReportData> syntheticReportData(const QString& folder, std::size_t features,
                                       std::size_t zones) {
    const std::string gpkg = QDir(folder).filePath(QStringLiteral("synthetic.gpkg")).toStdString();
    data::RandomPolygonSpec spec;
    spec.count = features;
    if (auto written = data::writeRandomPolygons(gpkg, "polygons", spec); !written)
        return written.error();
    data::ReadOptions options;
    options.layerName = "polygons";
    auto read = data::LayerReader::read(gpkg, options);
    if (!read)
        return read.error();
    auto layer = std::make_shared<const data::VectorLayer>(std::move(read).value());
    auto crs = crs::Crs::fromEpsg(crs::kPlanEpsg);
    if (!crs)
        return crs.error();
    auto indexed = data::buildIndexedGeometries(layer, *crs);
    if (!indexed)
        return indexed.error();

    ReportData data;
    data.project.title = {"합성 벤치마크", "Synthetic benchmark"};
    data.mapCrs = *crs;
    for (int i = 0; i < 4; ++i) {
        project::ProjectInfo info;
        info.id = "synthetic-" + std::to_string(i);
        info.name = {"합성 사업 " + std::to_string(i + 1),
                     "Synthetic project " + std::to_string(i + 1)};
        info.sector = kSectors[i];
        info.stage = 1 + i % 3;
        data.project.projects.push_back(info);
    }
    render::LoadedLayer loaded;
    loaded.entry.id = "polygons";
    loaded.entry.name = {"합성 폴리곤", "Synthetic polygons"};
    loaded.entry.projectId = "synthetic-0";
    loaded.entry.style = project::defaultStyleForSector(project::Sector::Energy);
    loaded.data = layer;
    loaded.indexed = *indexed;
    loaded.generation = 1;
    data.layers.push_back(std::move(loaded));

    analysis::AnalysisResult result;
    result.analysisId = "integration-zones";
    result.computedAt = "2026-01-01T00:00:00Z";
    result.crs = *crs;
    result.layers.push_back(zoneLayer(zones, spec.area));
    data.results.push_back(std::move(result));
    data.resultsOrigin = ResultsOrigin::InMemory;
    return data;
}

} // namespace cw::report
