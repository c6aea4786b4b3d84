// SPDX-License-Identifier: GPL-3.0-or-later
#include "plugin/dependency_order.h"

#include <algorithm>
#include <functional>
#include <set>

namespace cw::plugin::detail {
namespace {

using Graph = std::vector<std::vector<std::size_t>>;

// Tarjan's strongly connected components; a component of two or more nodes is a cycle
// (a plugin cannot name itself, the metadata reader refuses that).
std::vector<std::vector<std::size_t>> cyclesOf(const Graph& graph) {
    const std::size_t n = graph.size();
    std::vector<int> index(n, -1), low(n, 0);
    std::vector<bool> onStack(n, false);
    std::vector<std::size_t> stack;
    std::vector<std::vector<std::size_t>> cycles;
    int counter = 0;
    std::function<void(std::size_t)> visit = [&](std::size_t v) {
        index[v] = low[v] = counter++;
        stack.push_back(v);
        onStack[v] = true;
        for (std::size_t w : graph[v]) {
            if (index[w] < 0) {
                visit(w);
                low[v] = std::min(low[v], low[w]);
            } else if (onStack[w]) {
                low[v] = std::min(low[v], index[w]);
            }
        }
        if (low[v] != index[v])
            return;
        std::vector<std::size_t> component;
        std::size_t w = 0;
        do {
            w = stack.back();
            stack.pop_back();
            onStack[w] = false;
            component.push_back(w);
        } while (w != v);
        if (component.size() > 1) {
            std::sort(component.begin(), component.end());
            cycles.push_back(std::move(component));
        }
    };
    for (std::size_t v = 0; v < n; ++v)
        if (index[v] < 0)
            visit(v);
    return cycles;
}

} // namespace

DependencyPlan planLoadOrder(const std::vector<DependencyNode>& nodes) {
    DependencyPlan plan;
    std::map<std::string, std::size_t> byId;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        byId.emplace(nodes[i].id, i);

    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (!nodes[i].candidate)
            continue;
        for (const auto& dep : nodes[i].dependencies) {
            const auto it = byId.find(dep.id);
            const bool tooOld = it != byId.end() && !dep.minimumVersion.empty() &&
                                compareVersions(nodes[it->second].version, dep.minimumVersion) < 0;
            if (it == byId.end() || tooOld) {
                plan.missing.emplace(i, dep);
                break;
            }
        }
    }
    auto active = [&](std::size_t i) { return nodes[i].candidate && !plan.missing.count(i); };

    Graph graph(nodes.size()); // edge: plugin -> its dependency, both active candidates
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (!active(i))
            continue;
        for (const auto& dep : nodes[i].dependencies)
            if (const std::size_t d = byId.at(dep.id); active(d))
                graph[i].push_back(d);
    }
    for (const auto& cycle : cyclesOf(graph)) {
        std::vector<std::string> ids;
        for (std::size_t i : cycle)
            ids.push_back(nodes[i].id);
        for (std::size_t i : cycle)
            plan.cycles.emplace(i, ids);
    }

    // Kahn's algorithm over the rest; an edge into a cycle is dropped (that dependency will not
    // be loaded, so the dependent is refused when its turn comes).
    std::vector<std::size_t> pending(nodes.size(), 0);
    std::set<std::size_t> ready;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (!active(i) || plan.cycles.count(i))
            continue;
        for (std::size_t d : graph[i])
            pending[i] += plan.cycles.count(d) ? 0 : 1;
        if (pending[i] == 0)
            ready.insert(i);
    }
    while (!ready.empty()) {
        const std::size_t next = *ready.begin();
        ready.erase(ready.begin());
        plan.order.push_back(next);
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const auto edges = std::size_t(std::count(graph[i].begin(), graph[i].end(), next));
            if (edges == 0 || plan.cycles.count(i))
                continue;
            pending[i] -= edges;
            if (pending[i] == 0)
                ready.insert(i);
        }
    }
    return plan;
}

} // namespace cw::plugin::detail
