// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/planning/timeline.h"

#include <algorithm>
#include <charconv>
#include <optional>

namespace cw::planning {
namespace {

std::optional<int> yearOf(const data::AttributeValue& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v))
        return static_cast<int>(*i);
    if (const auto* d = std::get_if<double>(&v))
        return static_cast<int>(*d);
    if (const auto* s = std::get_if<std::string>(&v)) {
        // "2021" or an ISO date "2021-05-01": the year is the leading digits.
        int year = 0;
        const auto [end, ec] = std::from_chars(s->data(), s->data() + s->size(), year);
        if (ec == std::errc{} && end != s->data())
            return year;
    }
    return std::nullopt;
}

} // namespace

bool activeInYear(const project::ProjectInfo& p, int year) {
    return (p.startYear == 0 || p.startYear <= year) && (p.endYear == 0 || year <= p.endYear);
}

std::vector<std::uint8_t> activeFeatures(const data::VectorLayer& layer, int year,
                                         const std::string& startField,
                                         const std::string& endField) {
    std::vector<std::uint8_t> active(layer.featureCount(), 1);
    const int si = layer.fieldIndex(startField);
    const int ei = layer.fieldIndex(endField);
    if (si < 0 && ei < 0)
        return active;
    for (std::size_t f = 0; f < layer.featureCount() && f < layer.attributes.size(); ++f) {
        const auto& row = layer.attributes[f];
        const auto start = si >= 0 ? yearOf(row[static_cast<std::size_t>(si)]) : std::nullopt;
        const auto end = ei >= 0 ? yearOf(row[static_cast<std::size_t>(ei)]) : std::nullopt;
        active[f] = (!start || *start <= year) && (!end || year <= *end);
    }
    return active;
}

std::vector<std::string> rolledOutDistricts(const project::ProjectInfo& p, int year) {
    std::vector<project::RolloutStep> steps = p.rollout;
    std::stable_sort(steps.begin(), steps.end(),
                     [](const auto& a, const auto& b) { return a.year < b.year; });
    std::vector<std::string> out;
    for (const auto& step : steps) {
        if (step.year > year)
            break;
        for (const auto& d : step.districts)
            if (std::find(out.begin(), out.end(), d) == out.end())
                out.push_back(d);
    }
    return out;
}

std::pair<int, int> planYears(const std::vector<project::ProjectInfo>& projects) {
    int first = 0, last = 0;
    for (const auto& p : projects) {
        for (int y : {p.startYear, p.endYear}) {
            if (y == 0)
                continue;
            first = first == 0 ? y : std::min(first, y);
            last = std::max(last, y);
        }
    }
    return {first, last};
}

} // namespace cw::planning
