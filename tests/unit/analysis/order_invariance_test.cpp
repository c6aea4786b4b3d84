// SPDX-License-Identifier: GPL-3.0-or-later
// Every built-in analysis gives the same headline figures whatever the order of the projects and
// of the features in their layers: a plan's result must not depend on how its inputs were listed.
// The world is random but seeded; it holds the cases order used to break (a line inside a
// polygon, overlapping polygons, points on edges).
#include "cityweave/analysis/analysis_registry.h"
#include "link_fixtures.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <random>
#include <set>

namespace {

using namespace cw::test::links;
using cw::project::Sector;

struct World {
    std::vector<std::vector<Coord>> energy, industry; // polygons (shells)
    std::vector<std::vector<Coord>> roads;            // lines
    std::vector<Coord> sensors;                       // points
};

World randomWorld(unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> at(0, 3000), size(50, 600);
    World w;
    for (int i = 0; i < 12; ++i) {
        const double x = at(rng), y = at(rng), s = size(rng);
        w.energy.push_back(rect(x, y, x + s, y + s * 0.7));
    }
    for (int i = 0; i < 8; ++i) {
        const double x = at(rng), y = at(rng), s = size(rng);
        w.industry.push_back(rect(x, y, x + s * 0.6, y + s));
    }
    for (int i = 0; i < 10; ++i)
        w.roads.push_back({{at(rng), at(rng)}, {at(rng), at(rng)}, {at(rng), at(rng)}});
    // A road wholly inside the first energy polygon, and a sensor on its edge.
    const Coord c = w.energy[0][0];
    w.roads.push_back({{c.x + 10, c.y + 10}, {c.x + 30, c.y + 20}});
    w.sensors.push_back({c.x, c.y + 5});
    for (int i = 0; i < 15; ++i)
        w.sensors.push_back({at(rng), at(rng)});
    return w;
}

template <typename T> std::vector<T> reversed(std::vector<T> v) {
    std::reverse(v.begin(), v.end());
    return v;
}

std::vector<cw::analysis::AnalysisProject> projects(const World& w, bool reverseFeatures) {
    auto maybe = [&](auto v) { return reverseFeatures ? reversed(v) : v; };
    return {
        project("energy", Sector::Energy, "E2", {{"sites", polygonLayer(maybe(w.energy))}}),
        project("roads", Sector::Transport, "T3", {{"routes", lineLayer(maybe(w.roads))}}),
        project("sensors", Sector::Safety, "S2", {{"sensors", pointLayer(maybe(w.sensors))}}),
        project("industry", Sector::IndustrySpace, "I1",
                {{"blocks", polygonLayer(maybe(w.industry))}}),
    };
}

// A 3 x 3 grid of 1 km zones over the world, for the roll-ups.
std::shared_ptr<const cw::data::VectorLayer> zones() {
    std::vector<std::vector<Coord>> cells;
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c)
            cells.push_back(rect(c * 1000.0, r * 1000.0, (c + 1) * 1000.0, (r + 1) * 1000.0));
    return polygonLayer(cells);
}

cw::analysis::AnalysisInput worldInput(const World& w, const std::vector<std::size_t>& order,
                                       bool reverseFeatures) {
    const auto all = projects(w, reverseFeatures);
    std::vector<cw::analysis::AnalysisProject> listed;
    for (std::size_t i : order)
        listed.push_back(all[i]);
    auto in = input(std::move(listed));
    in.zones = zones();
    return in;
}

TEST(OrderInvariance, EveryAnalysisGivesTheSameFiguresInAnyOrder) {
    cw::analysis::AnalysisRegistry registry;
    cw::analysis::registerBuiltInAnalyses(registry);
    for (unsigned seed : {1u, 2u, 3u}) {
        const World w = randomWorld(seed);
        for (const cw::analysis::Analysis* analysis : registry.all()) {
            const std::string id = analysis->descriptor().id;
            auto reference = run(*analysis, worldInput(w, {0, 1, 2, 3}, false));
            ASSERT_TRUE(reference) << id;
            std::vector<std::size_t> order{0, 1, 2, 3};
            int runs = 0;
            do {
                // Every fourth permutation also lists each layer's features backwards.
                const bool reverseFeatures = (runs++ % 4) == 3;
                auto result = run(*analysis, worldInput(w, order, reverseFeatures));
                ASSERT_TRUE(result) << id;
                ASSERT_EQ(result->summary.size(), reference->summary.size()) << id;
                for (const auto& [key, expected] : reference->summary) {
                    const double got = result->summary.at(key);
                    EXPECT_NEAR(got, expected, 1e-9 * std::max(1.0, std::abs(expected)))
                        << id << " " << key << " seed " << seed << " order " << order[0] << order[1]
                        << order[2] << order[3] << (reverseFeatures ? " features reversed" : "");
                }
            } while (std::next_permutation(order.begin(), order.end()));
        }
    }
}

// "lines_a_in_b_m" -> "lines_b_in_a_m": the column describing the pair from the other side.
std::string otherSide(const std::string& name) {
    std::string out;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = name.find('_', start);
        std::string token = name.substr(start, end == std::string::npos ? end : end - start);
        if (token == "a")
            token = "b";
        else if (token == "b")
            token = "a";
        out += token;
        if (end == std::string::npos)
            return out;
        out += '_';
        start = end + 1;
    }
}

// Every table row as text, values to 9 significant digits, sorted: a result's content without
// the order it was produced in. A pair row (columns ending in _a/_b) is read from whichever side
// sorts first, since which project is "a" follows the listing order. Columns that only number
// things in the order they were found (zone and link ids) are left out.
std::multiset<std::string> canonicalRows(const cw::analysis::AnalysisResult& r) {
    std::multiset<std::string> rows;
    for (const auto& t : r.tables) {
        for (const auto& row : t.rows) {
            std::map<std::string, std::string> values;
            for (std::size_t c = 0; c < t.columns.size(); ++c) {
                const std::string& name = t.columns[c].name;
                if (name == "zone_id" || name == "link_id")
                    continue;
                if (const auto* d = std::get_if<double>(&row[c])) {
                    char buf[64];
                    std::snprintf(buf, sizeof buf, "%.9g", *d);
                    values[name] = buf;
                } else {
                    values[name] = cw::data::toDisplayString(row[c]);
                }
            }
            std::string asIs = t.key + ":", swapped = t.key + ":";
            for (const auto& [name, value] : values) {
                asIs += name + "=" + value + ";";
                const auto other = values.find(otherSide(name));
                swapped += name + "=" + (other == values.end() ? value : other->second) + ";";
            }
            rows.insert(std::min(asIs, swapped));
        }
    }
    return rows;
}

TEST(OrderInvariance, EveryAnalysisGivesTheSameTablesInAnyProjectOrder) {
    cw::analysis::AnalysisRegistry registry;
    cw::analysis::registerBuiltInAnalyses(registry);
    const World w = randomWorld(7);
    for (const cw::analysis::Analysis* analysis : registry.all()) {
        const std::string id = analysis->descriptor().id;
        auto reference = run(*analysis, worldInput(w, {0, 1, 2, 3}, false));
        ASSERT_TRUE(reference) << id;
        const auto expected = canonicalRows(*reference);
        std::vector<std::size_t> order{0, 1, 2, 3};
        while (std::next_permutation(order.begin(), order.end())) {
            auto result = run(*analysis, worldInput(w, order, false));
            ASSERT_TRUE(result) << id;
            const auto got = canonicalRows(*result);
            std::vector<std::string> missing, extra;
            std::set_difference(expected.begin(), expected.end(), got.begin(), got.end(),
                                std::back_inserter(missing));
            std::set_difference(got.begin(), got.end(), expected.begin(), expected.end(),
                                std::back_inserter(extra));
            EXPECT_TRUE(missing.empty() && extra.empty())
                << id << " order " << order[0] << order[1] << order[2] << order[3] << ": "
                << missing.size() << " rows missing, e.g. "
                << (missing.empty() ? std::string() : missing.front()) << "; " << extra.size()
                << " extra, e.g. " << (extra.empty() ? std::string() : extra.front());
        }
    }
}

} // namespace
