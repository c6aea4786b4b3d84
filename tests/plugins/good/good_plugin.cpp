// SPDX-License-Identifier: GPL-3.0-or-later
// Test fixture: a well-behaved plugin registering one analysis, one layer source and one style.
#include "cityweave/sdk/plugin.h"

#include <memory>

namespace {

using namespace cw;

// Counts the features of each project: small, but it runs through the same interface, CLI and
// result writer as the built-in analyses.
class FeatureCount final : public analysis::Analysis {
public:
    FeatureCount() {
        m_descriptor.id = "fixture-feature-count";
        m_descriptor.name = {"객체 수", "Feature count"};
        m_descriptor.description = {"사업별 객체 수를 셉니다.",
                                    "Counts the features of each project."};
        m_descriptor.outputs = {{"feature_counts",
                                 {"사업별 객체 수", "Features per project"},
                                 analysis::OutputKind::Table}};
    }
    const analysis::AnalysisDescriptor& descriptor() const override { return m_descriptor; }

    Result<analysis::AnalysisResult> run(const analysis::AnalysisInput& input,
                                         const analysis::ParameterValues&,
                                         const ProgressFn& progress,
                                         const CancelToken& cancel) const override {
        analysis::AnalysisResult result;
        result.analysisId = m_descriptor.id;
        result.crs = input.crs;
        result.computedAt = "2026-01-01T00:00:00Z";
        analysis::ResultTable table;
        table.key = "feature_counts";
        table.columns = {{"project", data::FieldType::String},
                         {"features", data::FieldType::Integer}};
        std::int64_t total = 0;
        for (const auto& project : input.projects) {
            if (cancel.isCancelled())
                return makeError(ErrorCode::Cancelled);
            std::int64_t count = 0;
            for (const auto& layer : project.layers)
                count += std::int64_t(layer.data->featureCount());
            total += count;
            table.rows.push_back({project.name.en, count});
        }
        result.tables.push_back(std::move(table));
        result.summary["features_total"] = double(total);
        if (progress)
            progress(1.0);
        return result;
    }

private:
    analysis::AnalysisDescriptor m_descriptor;
};

void registerFixture(sdk::Registrar& registrar) {
    registrar.addAnalysis(std::make_unique<FeatureCount>());
    sdk::LayerSource source;
    source.id = "fixture-points";
    source.name = {"시험 지점", "Fixture points"};
    source.project.id = "fixture-points-project";
    source.project.name = {"시험 지점 사업", "Fixture points project"};
    source.project.sector = project::Sector::Energy;
    sdk::LayerContribution layer;
    layer.id = "fixture_points";
    layer.name = {"지점", "Points"};
    layer.sector = project::Sector::Energy;
    layer.file = "data/points.geojson";
    layer.styleId = "fixture-dots";
    layer.provenance = {"hand-placed test fixture", "CityWeave", "2026-11-25", "CC0-1.0"};
    source.layers.push_back(layer);
    registrar.addLayerSource(source);
    sdk::StyleContribution style;
    style.id = "fixture-dots";
    style.name = {"시험 점", "Fixture dots"};
    style.style.fill = {230, 159, 0, 255};
    style.style.pointSymbol = style::PointSymbol::Square;
    registrar.addStyle(style);
}

} // namespace

CITYWEAVE_PLUGIN(registerFixture)
