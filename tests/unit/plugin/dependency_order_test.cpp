// SPDX-License-Identifier: GPL-3.0-or-later
// Load order from dependencies: dependencies first, missing and cyclic ones reported.
#include "plugin/dependency_order.h"

#include <gtest/gtest.h>

namespace {

using cw::plugin::detail::DependencyNode;
using cw::plugin::detail::planLoadOrder;

DependencyNode node(std::string id, std::vector<std::string> deps, bool candidate = true,
                    std::string version = "1.0.0") {
    DependencyNode n{std::move(id), std::move(version), {}, candidate};
    for (auto& d : deps)
        n.dependencies.push_back({std::move(d), ""});
    return n;
}

std::vector<std::string> orderedIds(const std::vector<DependencyNode>& nodes) {
    std::vector<std::string> ids;
    for (std::size_t i : planLoadOrder(nodes).order)
        ids.push_back(nodes[i].id);
    return ids;
}

TEST(DependencyOrder, DependenciesComeFirstTiesKeepDiscoveryOrder) {
    // d -> b -> a, c -> a; e independent. By hand, always taking the lowest ready index:
    // ready {a1, e4} -> a; {b2, c3, e4} -> b; {d0, c3, e4} -> d; then c, then e.
    const std::vector<DependencyNode> nodes{node("d", {"b"}), node("a", {}), node("b", {"a"}),
                                            node("c", {"a"}), node("e", {})};
    EXPECT_EQ(orderedIds(nodes), (std::vector<std::string>{"a", "b", "d", "c", "e"}));
}

TEST(DependencyOrder, MissingAndTooOldDependencies) {
    std::vector<DependencyNode> nodes{node("a", {"ghost"}), node("b", {"c"}),
                                      node("c", {}, true, "1.4.0")};
    nodes[1].dependencies[0].minimumVersion = "1.10";
    const auto plan = planLoadOrder(nodes);
    ASSERT_EQ(plan.missing.size(), 2u);
    EXPECT_EQ(plan.missing.at(0).id, "ghost");
    EXPECT_EQ(plan.missing.at(1).minimumVersion, "1.10"); // 1.4.0 < 1.10 numerically
    EXPECT_EQ(plan.order, (std::vector<std::size_t>{2}));
}

TEST(DependencyOrder, CycleReportsAllMembersAndSparesTheRest) {
    // x -> y -> z -> x is a cycle; w depends on the cycle; v is unrelated.
    const std::vector<DependencyNode> nodes{node("x", {"y"}), node("y", {"z"}), node("z", {"x"}),
                                            node("w", {"x"}), node("v", {})};
    const auto plan = planLoadOrder(nodes);
    ASSERT_EQ(plan.cycles.size(), 3u);
    EXPECT_EQ(plan.cycles.at(1), (std::vector<std::string>{"x", "y", "z"}));
    // w stays in the order; the manager refuses it because x is not loaded.
    EXPECT_EQ(plan.order, (std::vector<std::size_t>{3, 4}));
}

TEST(DependencyOrder, NonCandidatesAreNotLoadedButSatisfyExistence) {
    // b is disabled (not a candidate): a's dependency exists, so it is not "missing"; a is
    // ordered and refused later because b is not loaded.
    const std::vector<DependencyNode> nodes{node("a", {"b"}), node("b", {}, false)};
    const auto plan = planLoadOrder(nodes);
    EXPECT_TRUE(plan.missing.empty());
    EXPECT_TRUE(plan.cycles.empty());
    EXPECT_EQ(plan.order, (std::vector<std::size_t>{0}));
}

TEST(DependencyOrder, RepeatedDependencyDoesNotBlock) {
    const std::vector<DependencyNode> nodes{node("a", {"b", "b"}), node("b", {})};
    EXPECT_EQ(orderedIds(nodes), (std::vector<std::string>{"b", "a"}));
}

} // namespace
