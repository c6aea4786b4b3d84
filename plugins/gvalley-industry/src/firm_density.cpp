// SPDX-License-Identifier: GPL-3.0-or-later
// "gvalley-firm-density": firms per block and per hectare.
//
// A firm counts in the first block (layer order) whose polygon contains it (exact planar
// point-in-polygon in the analysis CRS); firms in no block are counted in the summary. Block
// area is the planar area in the analysis CRS (m² for EPSG:5186), reported in hectares.
#include "firm_density.h"

#include "plugin_analysis_support.h"

#include <algorithm>

namespace cw::plugins::gvalley {
namespace {

using analysis::OutputKind;
using analysis::ParameterType;
using data::FieldType;
using geometry::GeometryFamily;

analysis::AnalysisDescriptor makeDescriptor() {
    analysis::AnalysisDescriptor d;
    d.id = "gvalley-firm-density";
    d.name = {"G밸리 블록별 기업 밀도", "G-Valley firm density by block"};
    d.description = {"블록마다 기업 수와 1 ha당 기업 수를 셉니다 (단계 구분도용 폴리곤 포함).",
                     "Per block: the number of firms and firms per hectare, with a polygon layer "
                     "ready for a choropleth."};
    d.parameters = {
        {"blocks_layer",
         {"블록 레이어", "Blocks layer"},
         {"블록 폴리곤", "Block polygons"},
         ParameterType::Layer,
         "gvalley_blocks",
         {},
         {},
         {"polygon"},
         ""},
        {"firms_layer",
         {"기업 레이어", "Firms layer"},
         {"기업 위치 (점)", "Firm locations (points)"},
         ParameterType::Layer,
         "gvalley_firms",
         {},
         {},
         {"point"},
         ""},
    };
    // The figures and columns of its own, by name in the panel, comparisons and reports.
    d.columns = {
        {"blocks", {"블록 수", "Blocks"}, analysis::ColumnKind::Count},
        {"firms", {"기업 수", "Firms"}, analysis::ColumnKind::Count},
        {"firms_in_blocks", {"블록 안 기업 수", "Firms in blocks"}, analysis::ColumnKind::Count},
        {"firms_outside_blocks",
         {"블록 밖 기업 수", "Firms outside every block"},
         analysis::ColumnKind::Count},
        {"block_area_ha", {"블록 면적 (ha)", "Block area (ha)"}, analysis::ColumnKind::Hectares},
        {"firms_per_ha", {"ha당 기업 수", "Firms per ha"}, analysis::ColumnKind::Score},
        {"max_firms_per_ha",
         {"최대 ha당 기업 수", "Highest firms per ha"},
         analysis::ColumnKind::Score},
        {"block_id", {"블록", "Block"}, analysis::ColumnKind::Identifier},
    };
    d.outputs = {
        {"gvalley_firm_density", {"블록별 기업 밀도", "Firm density by block"}, OutputKind::Table},
        {"gvalley_firm_density_blocks",
         {"기업 밀도 블록", "Firm density blocks"},
         OutputKind::PolygonLayer},
    };
    return d;
}

class FirmDensity final : public analysis::Analysis {
public:
    const analysis::AnalysisDescriptor& descriptor() const override { return m_descriptor; }

    Result<analysis::AnalysisResult> run(const analysis::AnalysisInput& input,
                                         const analysis::ParameterValues& params,
                                         const ProgressFn& progress,
                                         const CancelToken& cancel) const override {
        if (auto projected = requireProjected(input); !projected)
            return projected.error();
        auto blocksLayer = requireLayer(input, params, "blocks_layer", GeometryFamily::Polygon);
        if (!blocksLayer)
            return blocksLayer.error();
        auto firmsLayer = requireLayer(input, params, "firms_layer", GeometryFamily::Point);
        if (!firmsLayer)
            return firmsLayer.error();
        const data::VectorLayer& blocks = **blocksLayer;
        const data::VectorLayer& firms = **firmsLayer;

        std::vector<std::int64_t> counts(blocks.featureCount(), 0);
        std::int64_t outside = 0;
        for (std::size_t f = 0; f < firms.featureCount(); ++f) {
            if (f % 1024 == 0 && cancel.isCancelled())
                return makeError(ErrorCode::Cancelled);
            if (firms.geometries.isEmpty(f))
                continue;
            const geometry::Coord c = firms.geometries.part(firms.geometries.firstPart(f))[0];
            bool counted = false;
            for (std::size_t b = 0; b < blocks.featureCount() && !counted; ++b)
                if (featureContains(blocks.geometries, b, c)) {
                    ++counts[b];
                    counted = true;
                }
            outside += counted ? 0 : 1;
            if (progress && f % 1024 == 0)
                progress(0.9 * double(f) / double(firms.featureCount()));
        }

        analysis::AnalysisResult result = newResult(m_descriptor.id, input, params);
        const std::vector<data::Field> columns{{"block_id", FieldType::Integer},
                                               {"name", FieldType::String},
                                               {"firms", FieldType::Integer},
                                               {"area_ha", FieldType::Real},
                                               {"firms_per_ha", FieldType::Real}};
        analysis::ResultTable table{"gvalley_firm_density", columns, {}};
        analysis::ResultLayer layer;
        layer.key = "gvalley_firm_density_blocks";
        layer.family = GeometryFamily::Polygon;
        layer.columns = columns;
        double totalArea = 0, maxDensity = 0;
        std::int64_t inBlocks = 0;
        for (std::size_t b = 0; b < blocks.featureCount(); ++b) {
            const double hectares = featureArea(blocks.geometries, b) / 10000.0;
            const double density = hectares > 0 ? double(counts[b]) / hectares : 0.0;
            totalArea += hectares;
            inBlocks += counts[b];
            maxDensity = std::max(maxDensity, density);
            data::AttributeRow row{featureId(blocks, b), textField(blocks, b, "name"), counts[b],
                                   hectares, density};
            table.rows.push_back(row);
            layer.geometries.appendFeature(blocks.geometries, b);
            layer.rows.push_back(std::move(row));
        }
        result.summary = {{"blocks", double(blocks.featureCount())},
                          {"firms", double(firms.featureCount())},
                          {"firms_in_blocks", double(inBlocks)},
                          {"firms_outside_blocks", double(outside)},
                          {"block_area_ha", totalArea},
                          {"firms_per_ha", totalArea > 0 ? double(inBlocks) / totalArea : 0.0},
                          {"max_firms_per_ha", maxDensity}};
        result.tables.push_back(std::move(table));
        result.layers.push_back(std::move(layer));
        if (progress)
            progress(1.0);
        return result;
    }

private:
    analysis::AnalysisDescriptor m_descriptor = makeDescriptor();
};

} // namespace

std::unique_ptr<analysis::Analysis> makeFirmDensityAnalysis() {
    return std::make_unique<FirmDensity>();
}

} // namespace cw::plugins::gvalley
