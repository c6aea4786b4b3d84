// SPDX-License-Identifier: GPL-3.0-or-later
// "magok-self-sufficiency": electric self-sufficiency of each Magok block.
//
//   generation (MWh/yr) = PV kWp × PV yield (kWh/kWp/yr) / 1000
//                       + fuel-cell kW × capacity factor × 8760 h / 1000
//   self-sufficiency    = generation / annual demand of the block
//
// A generator belongs to the block that contains it (blocks do not overlap; the first block in
// layer order wins if they do). Generators in no block are reported in the summary, not spread.
// District share = total generation in blocks / total demand of blocks.
#include "self_sufficiency.h"

#include "plugin_analysis_support.h"

#include <cmath>

namespace cw::plugins::magok {
namespace {

using analysis::OutputKind;
using analysis::ParameterType;
using data::FieldType;
using geometry::GeometryFamily;

constexpr double kHoursPerYear = 8760.0;

analysis::AnalysisDescriptor makeDescriptor() {
    analysis::AnalysisDescriptor d;
    d.id = "magok-self-sufficiency";
    d.name = {"마곡 블록별 전력 자립률", "Magok electric self-sufficiency by block"};
    d.description = {
        "블록마다 태양광과 연료전지의 연간 발전량을 전력 수요와 비교해 자립률을 구하고 목표(기본 "
        "30%)와 견줍니다.",
        "Per block: annual generation of solar PV and fuel cells against annual electricity "
        "demand, compared with the target (30% by default)."};
    d.parameters = {
        {"target",
         {"목표 자립률", "Target"},
         {"블록과 지구가 견줄 자립률", "Self-sufficiency to meet"},
         ParameterType::Double,
         "30",
         0.0,
         1000.0,
         {},
         "%"},
        {"pv_yield",
         {"태양광 연간 발전량", "PV yield"},
         {"설비 용량 1 kWp당 연간 발전량 (서울 약 1,100-1,300)",
          "Annual energy per installed kWp (Seoul: about 1,100-1,300)"},
         ParameterType::Double,
         "1200",
         0.0,
         3000.0,
         {},
         "kWh/kWp/yr"},
        {"fuel_cell_capacity_factor",
         {"연료전지 이용률", "Fuel-cell capacity factor"},
         {"정격 출력 대비 연평균 출력 비율", "Average output as a share of rated power"},
         ParameterType::Double,
         "0.85",
         0.0,
         1.0,
         {},
         ""},
        {"blocks_layer",
         {"블록 레이어", "Blocks layer"},
         {"전력 수요(demand_field)를 가진 블록 폴리곤", "Block polygons with an annual demand"},
         ParameterType::Layer,
         "magok_blocks",
         {},
         {},
         {"polygon"},
         ""},
        {"demand_field",
         {"수요 필드", "Demand field"},
         {"블록의 연간 전력 수요 (MWh)", "The blocks' annual electricity demand (MWh)"},
         ParameterType::Field,
         "demand_mwh",
         {},
         {},
         {"blocks_layer"},
         ""},
        {"solar_layer",
         {"태양광 레이어", "Solar layer"},
         {"capacity_kwp 필드를 가진 태양광 점", "Solar PV points with capacity_kwp"},
         ParameterType::Layer,
         "magok_solar",
         {},
         {},
         {"point"},
         ""},
        {"fuel_cell_layer",
         {"연료전지 레이어", "Fuel-cell layer"},
         {"capacity_kw 필드를 가진 연료전지 점", "Fuel-cell points with capacity_kw"},
         ParameterType::Layer,
         "magok_fuel_cells",
         {},
         {},
         {"point"},
         ""},
    };
    // The figures and columns of its own, by name in the panel, comparisons and reports.
    d.columns = {
        {"blocks", {"블록 수", "Blocks"}, analysis::ColumnKind::Count},
        {"blocks_meeting_target",
         {"목표 달성 블록", "Blocks meeting the target"},
         analysis::ColumnKind::Count},
        {"target_pct", {"목표 자립률 (%)", "Target (%)"}, analysis::ColumnKind::Percent},
        {"district_demand_mwh",
         {"지구 전력 수요 (MWh)", "District demand (MWh)"},
         analysis::ColumnKind::Number},
        {"district_generation_mwh",
         {"지구 발전량 (MWh)", "District generation (MWh)"},
         analysis::ColumnKind::Number},
        {"district_self_sufficiency_pct",
         {"지구 자립률 (%)", "District self-sufficiency (%)"},
         analysis::ColumnKind::Percent},
        {"district_meets_target",
         {"지구 목표 달성", "District meets the target"},
         analysis::ColumnKind::Flag},
        {"unassigned_pv_kwp",
         {"블록 밖 태양광 (kWp)", "Solar PV in no block (kWp)"},
         analysis::ColumnKind::Number},
        {"unassigned_fuel_cell_kw",
         {"블록 밖 연료전지 (kW)", "Fuel cells in no block (kW)"},
         analysis::ColumnKind::Number},
        {"block_id", {"블록", "Block"}, analysis::ColumnKind::Identifier},
    };
    d.outputs = {
        {"magok_self_sufficiency",
         {"블록별 자립률", "Self-sufficiency by block"},
         OutputKind::Table},
        {"magok_self_sufficiency_blocks",
         {"자립률 블록", "Self-sufficiency blocks"},
         OutputKind::PolygonLayer},
    };
    return d;
}

std::vector<data::Field> columns() {
    return {{"block_id", FieldType::Integer},          {"name", FieldType::String},
            {"demand_mwh", FieldType::Real},           {"pv_kwp", FieldType::Real},
            {"fuel_cell_kw", FieldType::Real},         {"pv_mwh", FieldType::Real},
            {"fuel_cell_mwh", FieldType::Real},        {"generation_mwh", FieldType::Real},
            {"self_sufficiency_pct", FieldType::Real}, {"meets_target", FieldType::Integer}};
}

// Adds each point's `capacityField` to the first block containing it; returns what no block
// took.
double assignCapacity(const data::VectorLayer& blocks, const data::VectorLayer& points,
                      const std::string& capacityField, std::vector<double>& perBlock) {
    double unassigned = 0.0;
    for (std::size_t p = 0; p < points.featureCount(); ++p) {
        const double capacity = numberField(points, p, capacityField);
        bool taken = false;
        for (std::size_t part = points.geometries.firstPart(p);
             !taken && part < points.geometries.endPart(p); ++part) {
            const geometry::Coord c = points.geometries.part(part)[0];
            for (std::size_t b = 0; b < blocks.featureCount() && !taken; ++b)
                if (featureContains(blocks.geometries, b, c)) {
                    perBlock[b] += capacity;
                    taken = true;
                }
        }
        if (!taken)
            unassigned += capacity;
    }
    return unassigned;
}

class SelfSufficiency final : public analysis::Analysis {
public:
    const analysis::AnalysisDescriptor& descriptor() const override { return m_descriptor; }

    Result<analysis::AnalysisResult> run(const analysis::AnalysisInput& input,
                                         const analysis::ParameterValues& params,
                                         const ProgressFn& progress,
                                         const CancelToken& cancel) const override {
        auto blocks = requireLayer(input, params, "blocks_layer", GeometryFamily::Polygon);
        if (!blocks)
            return blocks.error();
        auto solar = requireLayer(input, params, "solar_layer", GeometryFamily::Point);
        if (!solar)
            return solar.error();
        auto fuel = requireLayer(input, params, "fuel_cell_layer", GeometryFamily::Point);
        if (!fuel)
            return fuel.error();
        const data::VectorLayer& b = **blocks;
        const std::string& demandField = params.text("demand_field");
        if (b.fieldIndex(demandField) < 0)
            return makeError(ErrorCode::InvalidArgument, {"demand_field", demandField},
                             "the blocks layer has no such field");

        std::vector<double> pvKwp(b.featureCount(), 0.0), fuelKw(b.featureCount(), 0.0);
        const double unassignedPv = assignCapacity(b, **solar, "capacity_kwp", pvKwp);
        if (progress)
            progress(0.4);
        const double unassignedFuel = assignCapacity(b, **fuel, "capacity_kw", fuelKw);
        if (cancel.isCancelled())
            return makeError(ErrorCode::Cancelled, {});
        if (progress)
            progress(0.8);

        const double target = params.number("target");
        const double yield = params.number("pv_yield");
        const double factor = params.number("fuel_cell_capacity_factor");
        analysis::AnalysisResult result = newResult(m_descriptor.id, input, params);
        analysis::ResultTable table{"magok_self_sufficiency", columns(), {}};
        analysis::ResultLayer layer;
        layer.key = "magok_self_sufficiency_blocks";
        layer.family = GeometryFamily::Polygon;
        layer.columns = table.columns;
        double totalDemand = 0, totalGeneration = 0;
        int meeting = 0;
        for (std::size_t i = 0; i < b.featureCount(); ++i) {
            const double demand = numberField(b, i, demandField);
            const double pvMwh = pvKwp[i] * yield / 1000.0;
            const double fuelMwh = fuelKw[i] * factor * kHoursPerYear / 1000.0;
            const double generation = pvMwh + fuelMwh;
            const bool hasDemand = demand > 0;
            const double share = hasDemand ? 100.0 * generation / demand : 0.0;
            const bool meets = hasDemand && share >= target;
            totalDemand += demand;
            totalGeneration += generation;
            meeting += meets ? 1 : 0;
            if (!hasDemand)
                result.warnings.push_back("block " + std::to_string(featureId(b, i)) +
                                          ": no electricity demand; self-sufficiency left at 0");
            data::AttributeRow row{featureId(b, i), textField(b, i, "name"),
                                   demand,          pvKwp[i],
                                   fuelKw[i],       pvMwh,
                                   fuelMwh,         generation,
                                   share,           std::int64_t(meets ? 1 : 0)};
            table.rows.push_back(row);
            layer.geometries.appendFeature(b.geometries, i);
            layer.rows.push_back(std::move(row));
        }
        const double districtShare = totalDemand > 0 ? 100.0 * totalGeneration / totalDemand : 0;
        result.summary = {{"blocks", double(b.featureCount())},
                          {"blocks_meeting_target", double(meeting)},
                          {"target_pct", target},
                          {"district_demand_mwh", totalDemand},
                          {"district_generation_mwh", totalGeneration},
                          {"district_self_sufficiency_pct", districtShare},
                          {"district_meets_target", districtShare >= target ? 1.0 : 0.0},
                          {"unassigned_pv_kwp", unassignedPv},
                          {"unassigned_fuel_cell_kw", unassignedFuel}};
        if (unassignedPv > 0 || unassignedFuel > 0)
            result.warnings.push_back("generators outside every block are not counted (see "
                                      "unassigned_pv_kwp, unassigned_fuel_cell_kw)");
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

std::unique_ptr<analysis::Analysis> makeSelfSufficiencyAnalysis() {
    return std::make_unique<SelfSufficiency>();
}

} // namespace cw::plugins::magok
