// SPDX-License-Identifier: GPL-3.0-or-later
#include "planning_store.h"

#include "cityweave/crs/crs.h"
#include "gpkg_geometry.h"
#include "scenario_json.h"

#include <sstream>

namespace cw::project {
namespace {

/// "a,b,c" ↔ keys; lists stored in one column stay readable in QGIS's attribute table.
template <typename T, typename KeyFn>
std::string joinKeys(const std::vector<T>& values, KeyFn key) {
    std::string out;
    for (const auto& v : values) {
        if (!out.empty())
            out += ',';
        out.append(key(v));
    }
    return out;
}

std::vector<std::string> splitList(const std::string& text, char separator) {
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, separator);)
        if (!item.empty())
            out.push_back(item);
    return out;
}

std::vector<Exemption> exemptionsFrom(const std::string& text) {
    std::vector<Exemption> out;
    for (const auto& key : splitList(text, ','))
        if (auto e = exemptionFromKey(key))
            out.push_back(*e);
    return out;
}

std::string capsText(const std::vector<ZoneCap>& caps) {
    std::ostringstream out;
    out.precision(17);
    for (const auto& c : caps)
        out << (out.tellp() > 0 ? ";" : "") << capKindKey(c.kind) << '=' << c.limit;
    return out.str();
}

std::vector<ZoneCap> capsFrom(const std::string& text) {
    std::vector<ZoneCap> out;
    for (const auto& item : splitList(text, ';')) {
        const auto eq = item.find('=');
        if (eq == std::string::npos)
            continue;
        if (auto kind = capKindFromKey(item.substr(0, eq)))
            out.push_back({*kind, std::strtod(item.c_str() + eq + 1, nullptr)});
    }
    return out;
}

void bindOptional(SqliteDb::Statement& st, int i, const std::optional<double>& v) {
    v ? st.bind(i, *v) : st.bindNull(i);
}

std::optional<double> optionalReal(const SqliteDb::Statement& st, int col) {
    return st.isNull(col) ? std::nullopt : std::optional<double>(st.real(col));
}

bool writeProjectColumns(SqliteDb& db, const ProjectInfo& p) {
    auto st = db.prepare(
        "UPDATE cw_projects SET axis=?, budget_krw=?, status=?, exemptions=?, "
        "provenance_source=?, provenance_owner=?, provenance_date=?, provenance_licence=? "
        "WHERE id=?");
    st.bind(1, std::string(axisKey(p.axis)));
    p.budgetKrw ? st.bind(2, *p.budgetKrw) : st.bindNull(2);
    st.bind(3, std::string(projectStatusKey(p.status)));
    st.bind(4, joinKeys(p.requiredExemptions, exemptionKey));
    st.bind(5, p.provenance.source).bind(6, p.provenance.owner);
    st.bind(7, p.provenance.date).bind(8, p.provenance.licence).bind(9, p.id);
    return st.run();
}

bool writeChildren(SqliteDb& db, const ProjectInfo& p) {
    auto partner = db.prepare("INSERT INTO cw_project_partners (project_id, position, kind, "
                              "name_ko, name_en) VALUES (?,?,?,?,?)");
    for (std::size_t i = 0; i < p.partners.size(); ++i) {
        const Partner& pa = p.partners[i];
        partner.bind(1, p.id).bind(2, static_cast<long long>(i));
        partner.bind(3, std::string(partnerKindKey(pa.kind)))
            .bind(4, pa.name.ko)
            .bind(5, pa.name.en);
        if (!partner.run())
            return false;
    }
    auto ind = db.prepare("INSERT INTO cw_indicators (project_id, position, id, name_ko, name_en, "
                          "unit, year, baseline, target, measured, additive) "
                          "VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    for (std::size_t i = 0; i < p.indicators.size(); ++i) {
        const Indicator& in = p.indicators[i];
        ind.bind(1, p.id).bind(2, static_cast<long long>(i)).bind(3, in.id);
        ind.bind(4, in.name.ko).bind(5, in.name.en).bind(6, in.unit);
        ind.bind(7, static_cast<long long>(in.year));
        bindOptional(ind, 8, in.baseline);
        bindOptional(ind, 9, in.target);
        bindOptional(ind, 10, in.measured);
        ind.bind(11, static_cast<long long>(in.additive ? 1 : 0));
        if (!ind.run())
            return false;
    }
    auto step = db.prepare(
        "INSERT INTO cw_rollout (project_id, year, position, district) VALUES (?,?,?,?)");
    for (const RolloutStep& s : p.rollout)
        for (std::size_t i = 0; i < s.districts.size(); ++i)
            if (!step.bind(1, p.id)
                     .bind(2, static_cast<long long>(s.year))
                     .bind(3, static_cast<long long>(i))
                     .bind(4, s.districts[i])
                     .run())
                return false;
    return true;
}

bool writeZones(SqliteDb& db, const std::vector<SandboxZone>& zones) {
    auto st = db.prepare(
        "INSERT INTO cw_sandbox_zones (geom, id, name_ko, name_en, exemptions, start_year, "
        "valid_years, extension_years, caps, notes) VALUES (?,?,?,?,?,?,?,?,?,?)");
    for (const SandboxZone& z : zones) {
        if (z.area.featureCount() > 0) {
            st.bindBlob(1, encodeGpkgPolygon(z.area, 0, kSandboxZoneEpsg));
        } else {
            st.bindNull(1);
        }
        st.bind(2, z.id).bind(3, z.name.ko).bind(4, z.name.en);
        st.bind(5, joinKeys(z.exemptions, exemptionKey));
        st.bind(6, static_cast<long long>(z.startYear))
            .bind(7, static_cast<long long>(z.validYears));
        st.bind(8, static_cast<long long>(z.extensionYears))
            .bind(9, capsText(z.caps))
            .bind(10, z.notes);
        if (!st.run())
            return false;
    }
    return true;
}

bool writeScenarios(SqliteDb& db, const Project& project) {
    auto st = db.prepare("INSERT INTO cw_scenarios (position, id, name_ko, name_en, description, "
                         "plan_json) VALUES (?,?,?,?,?,?)");
    for (std::size_t i = 0; i < project.scenarios.size(); ++i) {
        Scenario s = project.scenarios[i];
        if (s.id == project.activeScenario) { // the working plan is the active scenario
            s.projects = project.projects;
            s.sandboxZones = project.sandboxZones;
        }
        st.bind(1, static_cast<long long>(i)).bind(2, s.id).bind(3, s.name.ko).bind(4, s.name.en);
        st.bind(5, s.description).bind(6, scenarioPlanToJson(s));
        if (!st.run())
            return false;
    }
    auto meta =
        db.prepare("INSERT OR REPLACE INTO cw_meta (key, value) VALUES ('active_scenario', ?)");
    return meta.bind(1, project.activeScenario).run();
}

bool readScenarios(SqliteDb& db, Project& project) {
    auto st = db.prepare(
        "SELECT id, name_ko, name_en, description, plan_json FROM cw_scenarios ORDER BY position");
    while (st.step()) {
        auto plan = scenarioPlanFromJson(st.text(4));
        if (!plan) {
            project.damagedParts.push_back("scenario " + st.text(0) + ": its plan cannot be read");
            continue;
        }
        plan->id = st.text(0);
        plan->name = {st.text(1), st.text(2)};
        plan->description = st.text(3);
        project.scenarios.push_back(std::move(*plan));
    }
    project.activeScenario = db.metaValue("active_scenario").value_or("");
    return true;
}

} // namespace

bool writePlanning(SqliteDb& db, const Project& project) {
    for (const char* table : kPlanningAttributeTables)
        if (!db.exec(std::string("DELETE FROM ") + table))
            return false;
    if (!db.exec(std::string("DELETE FROM ") + kSandboxZoneTable))
        return false;
    for (const ProjectInfo& p : project.projects)
        if (!writeProjectColumns(db, p) || !writeChildren(db, p))
            return false;
    return writeZones(db, project.sandboxZones) && writeScenarios(db, project);
}

bool readPlanning(SqliteDb& db, Project& project) {
    for (ProjectInfo& p : project.projects) {
        auto st = db.prepare("SELECT axis, budget_krw, status, exemptions, provenance_source, "
                             "provenance_owner, provenance_date, provenance_licence FROM "
                             "cw_projects WHERE id=?");
        st.bind(1, p.id);
        if (!st.step())
            return false;
        p.axis = axisFromKey(st.text(0)).value_or(Axis::None);
        p.budgetKrw = st.isNull(1) ? std::nullopt : std::optional<long long>(st.integer(1));
        p.status = projectStatusFromKey(st.text(2)).value_or(ProjectStatus::Planned);
        p.requiredExemptions = exemptionsFrom(st.text(3));
        p.provenance = {st.text(4), st.text(5), st.text(6), st.text(7)};

        auto partners = db.prepare("SELECT kind, name_ko, name_en FROM cw_project_partners "
                                   "WHERE project_id=? ORDER BY position");
        partners.bind(1, p.id);
        while (partners.step())
            p.partners.push_back(
                {partnerKindFromKey(partners.text(0)).value_or(PartnerKind::Company),
                 {partners.text(1), partners.text(2)}});
        auto ind = db.prepare("SELECT id, name_ko, name_en, unit, year, baseline, target, "
                              "measured, additive FROM cw_indicators WHERE project_id=? "
                              "ORDER BY position");
        ind.bind(1, p.id);
        while (ind.step())
            p.indicators.push_back({ind.text(0),
                                    {ind.text(1), ind.text(2)},
                                    ind.text(3),
                                    static_cast<int>(ind.integer(4)),
                                    optionalReal(ind, 5),
                                    optionalReal(ind, 6),
                                    optionalReal(ind, 7),
                                    ind.integer(8) != 0});
        auto steps = db.prepare("SELECT year, district FROM cw_rollout WHERE project_id=? "
                                "ORDER BY year, position");
        steps.bind(1, p.id);
        while (steps.step()) {
            const int year = static_cast<int>(steps.integer(0));
            if (p.rollout.empty() || p.rollout.back().year != year)
                p.rollout.push_back({year, {}});
            p.rollout.back().districts.push_back(steps.text(1));
        }
    }
    auto zones = db.prepare("SELECT geom, id, name_ko, name_en, exemptions, start_year, "
                            "valid_years, extension_years, caps, notes FROM cw_sandbox_zones "
                            "ORDER BY fid");
    while (zones.step()) {
        SandboxZone z;
        z.id = zones.text(1);
        if (!zones.isNull(0) && !decodeGpkgPolygon(zones.blob(0), z.area)) {
            project.damagedParts.push_back("sandbox zone " + z.id +
                                           ": its boundary cannot be read");
            continue;
        }
        z.name = {zones.text(2), zones.text(3)};
        z.exemptions = exemptionsFrom(zones.text(4));
        z.startYear = static_cast<int>(zones.integer(5));
        z.validYears = static_cast<int>(zones.integer(6));
        z.extensionYears = static_cast<int>(zones.integer(7));
        z.caps = capsFrom(zones.text(8));
        z.notes = zones.text(9);
        project.sandboxZones.push_back(std::move(z));
    }
    return readScenarios(db, project);
}

bool registerPlanningTables(SqliteDb& db) {
    auto srs = db.prepare("SELECT 1 FROM gpkg_spatial_ref_sys WHERE srs_id=?");
    srs.bind(1, static_cast<long long>(kSandboxZoneEpsg));
    if (!srs.step()) {
        const auto crs = crs::Crs::fromEpsg(kSandboxZoneEpsg);
        auto add = db.prepare("INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
                              "organization_coordsys_id, definition) VALUES (?,?,'EPSG',?,?)");
        add.bind(1, crs.ok() ? crs->name() : std::string("EPSG:5186"));
        add.bind(2, static_cast<long long>(kSandboxZoneEpsg))
            .bind(3, static_cast<long long>(kSandboxZoneEpsg));
        add.bind(4, crs.ok() ? crs->wkt() : std::string("undefined"));
        if (!add.run())
            return false;
    }
    auto contents = db.prepare(
        "INSERT OR REPLACE INTO gpkg_contents (table_name, data_type, identifier, description, "
        "last_change, srs_id) VALUES (?, 'features', ?, 'CityWeave regulatory sandbox zones', "
        "strftime('%Y-%m-%dT%H:%M:%fZ','now'), ?)");
    contents.bind(1, std::string(kSandboxZoneTable)).bind(2, std::string(kSandboxZoneTable));
    contents.bind(3, static_cast<long long>(kSandboxZoneEpsg));
    auto columns =
        db.prepare("INSERT OR REPLACE INTO gpkg_geometry_columns (table_name, column_name, "
                   "geometry_type_name, srs_id, z, m) VALUES (?, 'geom', 'MULTIPOLYGON', ?, 0, 0)");
    columns.bind(1, std::string(kSandboxZoneTable))
        .bind(2, static_cast<long long>(kSandboxZoneEpsg));
    auto attributes = db.prepare(
        "INSERT OR REPLACE INTO gpkg_contents (table_name, data_type, identifier, description, "
        "last_change) VALUES (?, 'attributes', ?, 'CityWeave project data', "
        "strftime('%Y-%m-%dT%H:%M:%fZ','now'))");
    for (const char* table : kPlanningAttributeTables)
        if (!attributes.bind(1, std::string(table)).bind(2, std::string(table)).run())
            return false;
    return contents.run() && columns.run();
}

} // namespace cw::project
