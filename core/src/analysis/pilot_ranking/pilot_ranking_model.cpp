// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/analysis/pilot_ranking.h"
#include "cityweave/analysis/result_columns.h"

#include <algorithm>
#include <cmath>

namespace cw::analysis {
namespace {
using data::FieldType;

int column(const std::vector<data::Field>& fields, const std::string& name) {
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (fields[i].name == name)
            return int(i);
    return -1;
}

double numeric(const data::AttributeValue& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v))
        return double(*i);
    if (const auto* d = std::get_if<double>(&v))
        return *d;
    return NAN;
}

std::string text(const data::AttributeValue& v) {
    return data::toDisplayString(v);
}

ResultTable* findTable(AnalysisResult& r, const std::string& key) {
    for (ResultTable& t : r.tables)
        if (t.key == key)
            return &t;
    r.tables.push_back({key, {}, {}});
    return &r.tables.back();
}

std::string directionKey(mcda::Direction d) {
    return d == mcda::Direction::Cost ? "cost" : "benefit";
}
} // namespace

std::vector<double> RankingModel::weights() const {
    std::vector<double> w;
    for (const mcda::Criterion& c : matrix.criteria)
        w.push_back(c.weight);
    return w;
}

Result<RankingModel> rankingModelFromResult(const AnalysisResult& result) {
    const ResultLayer* units = result.layer("pilot_units");
    const ResultTable* criteria = result.table("pilot_criteria");
    if (!units || !criteria)
        return makeError(ErrorCode::InvalidArgument, {"result", result.analysisId},
                         "not a pilot-ranking result");
    RankingModel m;
    const int key = column(criteria->columns, "criterion"),
              ko = column(criteria->columns, "name_ko"), en = column(criteria->columns, "name_en"),
              dir = column(criteria->columns, "direction"),
              weight = column(criteria->columns, "weight"),
              norm = column(criteria->columns, "normalisation");
    if (key < 0 || dir < 0 || weight < 0)
        return makeError(ErrorCode::InvalidArgument, {"pilot_criteria", "columns"});
    std::vector<int> valueColumns;
    for (const data::AttributeRow& row : criteria->rows) {
        const std::string k = text(row[std::size_t(key)]);
        m.matrix.criteria.push_back({k,
                                     text(row[std::size_t(dir)]) == "cost"
                                         ? mcda::Direction::Cost
                                         : mcda::Direction::Benefit,
                                     numeric(row[std::size_t(weight)])});
        m.criterionNames.push_back(
            {ko >= 0 ? text(row[std::size_t(ko)]) : k, en >= 0 ? text(row[std::size_t(en)]) : k});
        if (norm >= 0 && text(row[std::size_t(norm)]) == "rank")
            m.normalisation = mcda::Normalisation::Rank;
        valueColumns.push_back(column(units->columns, "c_" + k));
        if (valueColumns.back() < 0)
            return makeError(ErrorCode::InvalidArgument, {"pilot_units", "c_" + k});
    }
    const int id = column(units->columns, "unit_id"), name = column(units->columns, "unit_name"),
              eligible = column(units->columns, "eligible");
    m.matrix.unitCount = units->rows.size();
    for (const data::AttributeRow& row : units->rows) {
        m.unitIds.push_back(id >= 0 ? std::int64_t(numeric(row[std::size_t(id)])) : 0);
        m.unitNames.push_back(name >= 0 ? text(row[std::size_t(name)]) : std::string());
        m.matrix.eligible.push_back(eligible < 0 || numeric(row[std::size_t(eligible)]) != 0);
        for (const int c : valueColumns)
            m.matrix.values.push_back(numeric(row[std::size_t(c)]));
    }
    if (const auto it = result.parameters.find("explain_top"); it != result.parameters.end())
        m.explainTop = std::size_t(std::max(0L, std::strtol(it->second.c_str(), nullptr, 10)));
    m.normalised = mcda::normalise(m.matrix, m.normalisation);
    return m;
}

void applyRanking(AnalysisResult& result, const RankingModel& model,
                  const std::vector<double>& weights) {
    const mcda::Ranking ranking = mcda::score(model.normalised, weights);
    const std::vector<double> pct = mcda::weightPercentages(weights);
    const auto& criteria = model.matrix.criteria;
    auto unitLabel = [&](std::uint32_t u) {
        return model.unitNames[u].empty() ? std::to_string(model.unitIds[u]) : model.unitNames[u];
    };

    for (ResultLayer& layer : result.layers) {
        if (layer.key != "pilot_units")
            continue;
        const int s = column(layer.columns, "score"), r = column(layer.columns, "rank");
        for (std::size_t u = 0; u < layer.rows.size() && u < ranking.scores.size(); ++u) {
            if (s >= 0)
                layer.rows[u][std::size_t(s)] = std::isnan(ranking.scores[u])
                                                    ? data::AttributeValue(std::monostate{})
                                                    : data::AttributeValue(ranking.scores[u]);
            if (r >= 0)
                layer.rows[u][std::size_t(r)] =
                    ranking.ranks[u] == 0 ? data::AttributeValue(std::monostate{})
                                          : data::AttributeValue(std::int64_t(ranking.ranks[u]));
        }
    }

    ResultTable* ranked = findTable(result, "pilot_ranking");
    ranked->columns = {{columns::kRank, FieldType::Integer},
                       {"unit_id", FieldType::Integer},
                       {"unit_name", FieldType::String},
                       {columns::kScore, FieldType::Real}};
    for (const mcda::Criterion& c : criteria)
        ranked->columns.push_back({"c_" + c.key, FieldType::Real});
    ranked->rows.clear();
    for (const std::uint32_t u : ranking.order) {
        data::AttributeRow row{std::int64_t(ranking.ranks[u]), model.unitIds[u], model.unitNames[u],
                               ranking.scores[u]};
        for (std::size_t c = 0; c < criteria.size(); ++c) {
            const double v = model.matrix.value(u, c);
            row.push_back(std::isfinite(v) ? data::AttributeValue(v) : std::monostate{});
        }
        ranked->rows.push_back(std::move(row));
    }

    ResultTable* explain = findTable(result, "pilot_explain");
    explain->columns = {{columns::kRank, FieldType::Integer}, {"unit_id", FieldType::Integer},
                        {"unit_name", FieldType::String},     {"criterion", FieldType::String},
                        {"value", FieldType::Real},           {"normalised", FieldType::Real},
                        {"weight_pct", FieldType::Real},      {"points", FieldType::Real},
                        {"share_of_score", FieldType::Real}};
    explain->rows.clear();
    for (std::size_t i = 0; i < std::min(model.explainTop, ranking.order.size()); ++i) {
        const std::uint32_t u = ranking.order[i];
        const std::vector<double> parts = mcda::contributions(model.normalised, weights, u);
        for (std::size_t c = 0; c < criteria.size(); ++c) {
            const double v = model.matrix.value(u, c);
            explain->rows.push_back(
                {std::int64_t(i + 1), model.unitIds[u], model.unitNames[u], criteria[c].key,
                 std::isfinite(v) ? data::AttributeValue(v) : std::monostate{},
                 model.normalised.at(u, c), pct[c], parts[c],
                 ranking.scores[u] > 0 ? data::AttributeValue(parts[c] / ranking.scores[u])
                                       : std::monostate{}});
        }
    }

    ResultTable* sens = findTable(result, "pilot_sensitivity");
    sens->columns = {{"criterion", FieldType::String}, {"change_pct", FieldType::Real},
                     {"weight_pct", FieldType::Real},  {"top", FieldType::String},
                     {"changed", FieldType::Integer},  {"first", FieldType::String}};
    sens->rows.clear();
    const std::vector<std::uint32_t> baseTop(
        ranking.order.begin(),
        ranking.order.begin() +
            std::ptrdiff_t(std::min(model.sensitivityTop, ranking.order.size())));
    auto topText = [&](const std::vector<std::uint32_t>& top) {
        std::string t;
        for (const std::uint32_t u : top)
            t += (t.empty() ? "" : ", ") + unitLabel(u);
        return t;
    };
    sens->rows.push_back({std::string("(base)"), 0.0, std::monostate{}, topText(baseTop),
                          std::int64_t(0),
                          baseTop.empty() ? std::string() : unitLabel(baseTop.front())});
    for (const mcda::SensitivityRow& row :
         mcda::sensitivity(model.normalised, weights, model.sensitivityTop)) {
        sens->rows.push_back({criteria[row.criterion].key, row.step * 100.0,
                              row.weightPercentages[row.criterion], topText(row.top),
                              std::int64_t(row.changed ? 1 : 0),
                              row.top.empty() ? std::string() : unitLabel(row.top.front())});
    }

    ResultTable* spec = findTable(result, "pilot_criteria");
    spec->columns = {{"criterion", FieldType::String},    {"name_ko", FieldType::String},
                     {"name_en", FieldType::String},      {"direction", FieldType::String},
                     {"weight", FieldType::Real},         {"weight_pct", FieldType::Real},
                     {"normalisation", FieldType::String}};
    spec->rows.clear();
    for (std::size_t c = 0; c < criteria.size(); ++c)
        spec->rows.push_back(
            {criteria[c].key, model.criterionNames[c].ko, model.criterionNames[c].en,
             directionKey(criteria[c].direction), weights[c], pct[c],
             std::string(model.normalisation == mcda::Normalisation::Rank ? "rank" : "minmax")});
    result.summary["units_ranked"] = double(ranking.order.size());
    result.summary.erase("top_unit_id");
    result.summary.erase("top_score");
    if (!ranking.order.empty()) {
        result.summary["top_unit_id"] = double(model.unitIds[ranking.order[0]]);
        result.summary["top_score"] = ranking.scores[ranking.order[0]];
    }
}

} // namespace cw::analysis
