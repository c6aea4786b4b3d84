// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/planning/scenarios.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace cw::planning {
namespace {

using project::ProjectInfo;
using project::SandboxZone;
using project::Scenario;

project::Scenario* findScenario(project::Project& project, const std::string& id) {
    for (auto& s : project.scenarios)
        if (s.id == id)
            return &s;
    return nullptr;
}

void storeWorkingPlan(project::Project& project) {
    if (Scenario* active = findScenario(project, project.activeScenario)) {
        active->projects = project.projects;
        active->sandboxZones = project.sandboxZones;
    }
}

std::vector<std::string> changedFields(const ProjectInfo& a, const ProjectInfo& b) {
    std::vector<std::string> out;
    auto check = [&](bool same, const char* field) {
        if (!same)
            out.push_back(field);
    };
    check(a.name == b.name, "name");
    check(a.sector == b.sector, "sector");
    check(a.task == b.task, "task");
    check(a.leadAgency == b.leadAgency, "lead_agency");
    check(a.stage == b.stage, "stage");
    check(a.startYear == b.startYear, "start_year");
    check(a.endYear == b.endYear, "end_year");
    check(a.axis == b.axis, "axis");
    check(a.partners == b.partners, "partners");
    check(a.budgetKrw == b.budgetKrw, "budget");
    check(a.status == b.status, "status");
    check(a.provenance == b.provenance, "provenance");
    check(a.requiredExemptions == b.requiredExemptions, "required_exemptions");
    check(a.indicators == b.indicators, "indicators");
    check(a.rollout == b.rollout, "rollout");
    return out;
}

std::vector<std::string> changedFields(const SandboxZone& a, const SandboxZone& b) {
    std::vector<std::string> out;
    auto check = [&](bool same, const char* field) {
        if (!same)
            out.push_back(field);
    };
    check(a.name == b.name, "name");
    check(a.area == b.area, "area");
    check(a.exemptions == b.exemptions, "exemptions");
    check(a.startYear == b.startYear && a.validYears == b.validYears &&
              a.extensionYears == b.extensionYears,
          "validity");
    check(a.caps == b.caps, "caps");
    check(a.notes == b.notes, "notes");
    return out;
}

/// Matches two lists by id: calls onlyA/onlyB/both in id order.
template <typename T, typename OnlyA, typename OnlyB, typename Both>
void matchById(const std::vector<T>& a, const std::vector<T>& b, OnlyA onlyA, OnlyB onlyB,
               Both both) {
    std::map<std::string, const T*> byIdB;
    for (const auto& x : b)
        byIdB[x.id] = &x;
    std::set<std::string> seen;
    for (const auto& x : a) {
        seen.insert(x.id);
        const auto it = byIdB.find(x.id);
        it == byIdB.end() ? onlyA(x) : both(x, *it->second);
    }
    for (const auto& x : b)
        if (!seen.count(x.id))
            onlyB(x);
}

void compareIndicators(const ProjectInfo& a, const ProjectInfo& b,
                       std::vector<IndicatorChange>& out) {
    using Key = std::tuple<std::string, std::string, int>;
    std::map<Key, std::pair<const project::Indicator*, const project::Indicator*>> all;
    for (const auto& i : a.indicators)
        all[{i.id, i.unit, i.year}].first = &i;
    for (const auto& i : b.indicators)
        all[{i.id, i.unit, i.year}].second = &i;
    for (const auto& [key, pair] : all) {
        const auto& [ia, ib] = pair;
        if (ia && ib && ia->target == ib->target && ia->measured == ib->measured)
            continue;
        IndicatorChange c{a.id, std::get<0>(key), std::get<1>(key), std::get<2>(key), {}, {}, {},
                          {}};
        if (ia) {
            c.targetA = ia->target;
            c.measuredA = ia->measured;
        }
        if (ib) {
            c.targetB = ib->target;
            c.measuredB = ib->measured;
        }
        out.push_back(std::move(c));
    }
}

} // namespace

project::Scenario currentPlan(const project::Project& project) {
    Scenario s;
    for (const auto& existing : project.scenarios)
        if (existing.id == project.activeScenario)
            s = existing;
    s.projects = project.projects;
    s.sandboxZones = project.sandboxZones;
    return s;
}

Status saveCurrentPlanAs(project::Project& project, const std::string& id,
                         const project::LocalizedText& name) {
    if (id.empty())
        return makeError(ErrorCode::InvalidArgument, {"scenario", id});
    storeWorkingPlan(project);
    Scenario copy = currentPlan(project);
    copy.id = id;
    copy.name = name;
    if (Scenario* existing = findScenario(project, id))
        *existing = std::move(copy);
    else
        project.scenarios.push_back(std::move(copy));
    project.activeScenario = id;
    return Ok{};
}

Status switchScenario(project::Project& project, const std::string& id) {
    Scenario* target = findScenario(project, id);
    if (!target)
        return makeError(ErrorCode::InvalidArgument, {"scenario", id});
    storeWorkingPlan(project);
    project.projects = target->projects;
    project.sandboxZones = target->sandboxZones;
    project.activeScenario = id;
    return Ok{};
}

bool ScenarioDifference::empty() const {
    return projectsOnlyInA.empty() && projectsOnlyInB.empty() && projectsChanged.empty() &&
           zonesOnlyInA.empty() && zonesOnlyInB.empty() && zonesChanged.empty() &&
           indicators.empty() && layersWithOtherData.empty();
}

ScenarioDifference compareScenarios(const Scenario& a, const Scenario& b) {
    ScenarioDifference d;
    matchById(
        a.projects, b.projects, [&](const ProjectInfo& p) { d.projectsOnlyInA.push_back(p.id); },
        [&](const ProjectInfo& p) { d.projectsOnlyInB.push_back(p.id); },
        [&](const ProjectInfo& pa, const ProjectInfo& pb) {
            if (auto fields = changedFields(pa, pb); !fields.empty())
                d.projectsChanged.push_back({pa.id, std::move(fields)});
            compareIndicators(pa, pb, d.indicators);
        });
    matchById(
        a.sandboxZones, b.sandboxZones,
        [&](const SandboxZone& z) { d.zonesOnlyInA.push_back(z.id); },
        [&](const SandboxZone& z) { d.zonesOnlyInB.push_back(z.id); },
        [&](const SandboxZone& za, const SandboxZone& zb) {
            if (auto fields = changedFields(za, zb); !fields.empty())
                d.zonesChanged.push_back({za.id, std::move(fields)});
        });
    std::set<std::string> layers;
    for (const auto& [id, table] : a.layerVariants)
        layers.insert(id);
    for (const auto& [id, table] : b.layerVariants)
        layers.insert(id);
    for (const auto& id : layers) {
        const auto ia = a.layerVariants.find(id);
        const auto ib = b.layerVariants.find(id);
        const std::string ta = ia == a.layerVariants.end() ? std::string() : ia->second;
        const std::string tb = ib == b.layerVariants.end() ? std::string() : ib->second;
        if (ta != tb)
            d.layersWithOtherData.push_back(id);
    }
    return d;
}

FeatureDifference compareFeatures(const data::VectorLayer& a, const data::VectorLayer& b) {
    auto featureCoords = [](const data::VectorLayer& l, std::size_t f) {
        std::vector<geometry::Coord> out;
        for (std::size_t p = l.geometries.firstPart(f); p < l.geometries.endPart(f); ++p) {
            const auto part = l.geometries.part(p);
            out.insert(out.end(), part.begin(), part.end());
            out.push_back({-1e300, static_cast<double>(l.geometries.partStartsPolygon(p))});
        }
        return out;
    };
    std::map<std::int64_t, std::size_t> indexB;
    for (std::size_t i = 0; i < b.fids.size(); ++i)
        indexB[b.fids[i]] = i;
    FeatureDifference d;
    std::set<std::int64_t> seen;
    for (std::size_t i = 0; i < a.fids.size(); ++i) {
        const std::int64_t fid = a.fids[i];
        seen.insert(fid);
        const auto it = indexB.find(fid);
        if (it == indexB.end()) {
            d.removed.push_back(fid);
        } else if (featureCoords(a, i) != featureCoords(b, it->second)) {
            d.moved.push_back(fid);
        } else if (i < a.attributes.size() && it->second < b.attributes.size() &&
                   a.attributes[i] != b.attributes[it->second]) {
            d.edited.push_back(fid);
        }
    }
    for (std::int64_t fid : b.fids)
        if (!seen.count(fid))
            d.added.push_back(fid);
    return d;
}

} // namespace cw::planning
