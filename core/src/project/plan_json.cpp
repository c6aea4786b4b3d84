// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan_json.h"

#include "json_text.h"

namespace cw::project {

using nlohmann::json;

namespace {

json text(const LocalizedText& t) {
    return {{"ko", t.ko}, {"en", t.en}};
}

} // namespace

json layerJson(const LayerEntry& l) {
    return {{"id", l.id},
            {"name", text(l.name)},
            {"project_id", l.projectId},
            {"source", l.source},
            {"source_layer", l.sourceLayer},
            {"encoding", l.encoding},
            {"crs_override", l.crsOverride},
            {"table_options", data::tableOptionsToJson(l.table)},
            {"visible", l.visible},
            {"style",
             {{"fill", l.style.fill.toHex()},
              {"stroke", l.style.stroke.toHex()},
              {"stroke_width_mm", l.style.strokeWidthMm},
              {"point_size_mm", l.style.pointSizeMm},
              {"opacity", l.style.opacity},
              {"label_field", l.style.labelField},
              {"point_symbol", style::pointSymbolKey(l.style.pointSymbol)},
              {"extras", style::styleExtrasToJson(l.style)}}},
            {"provenance",
             {{"source", l.provenance.source},
              {"owner", l.provenance.owner},
              {"date", l.provenance.date},
              {"licence", l.provenance.licence}}},
            {"origin",
             {{"plugin", l.origin.pluginId},
              {"plugin_version", l.origin.pluginVersion},
              {"layer_source", l.origin.layerSourceId},
              {"layer", l.origin.layerId}}}};
}

LayerEntry layerFrom(const json& j) {
    LayerEntry l;
    l.id = j.at("id").get<std::string>();
    l.name = localizedTextFromJson(j.value("name", json::object()));
    l.projectId = j.value("project_id", "");
    l.source = j.value("source", "");
    l.sourceLayer = j.value("source_layer", "");
    l.encoding = j.value("encoding", "");
    l.crsOverride = j.value("crs_override", "");
    if (auto table = data::tableOptionsFromJson(j.value("table_options", "")))
        l.table = *table;
    l.visible = j.value("visible", true);
    const json s = j.value("style", json::object());
    l.style.fill = style::Rgba::fromHex(s.value("fill", ""), l.style.fill);
    l.style.stroke = style::Rgba::fromHex(s.value("stroke", ""), l.style.stroke);
    l.style.strokeWidthMm = s.value("stroke_width_mm", l.style.strokeWidthMm);
    l.style.pointSizeMm = s.value("point_size_mm", l.style.pointSizeMm);
    l.style.opacity = s.value("opacity", l.style.opacity);
    l.style.labelField = s.value("label_field", "");
    l.style.pointSymbol = style::pointSymbolFromKey(s.value("point_symbol", ""));
    style::styleExtrasFromJson(s.value("extras", ""), l.style);
    const json p = j.value("provenance", json::object());
    l.provenance = {p.value("source", ""), p.value("owner", ""), p.value("date", ""),
                    p.value("licence", "")};
    const json o = j.value("origin", json::object());
    l.origin = {o.value("plugin", ""), o.value("plugin_version", ""), o.value("layer_source", ""),
                o.value("layer", "")};
    return l;
}

json rulesJson(const SectorRuleTable& rules) {
    json out = json::array();
    for (const SectorRule& r : rules.rules())
        out.push_back({{"id", r.id},
                       {"name", text(r.name)},
                       {"sector_a", sectorKey(r.sectorA)},
                       {"task_a", r.taskA},
                       {"sector_b", sectorKey(r.sectorB)},
                       {"task_b", r.taskB},
                       {"relation", relationKey(r.relation)},
                       {"label", zoneLabelKey(r.label)}});
    return out;
}

SectorRuleTable rulesFrom(const json& j) {
    SectorRuleTable table = SectorRuleTable::defaults();
    table.rules().clear();
    for (const json& r : j) {
        SectorRule rule;
        rule.id = r.at("id").get<std::string>();
        rule.name = localizedTextFromJson(r.value("name", json::object()));
        rule.sectorA = sectorFromKey(r.value("sector_a", "")).value_or(Sector::None);
        rule.taskA = r.value("task_a", "");
        rule.sectorB = sectorFromKey(r.value("sector_b", "")).value_or(Sector::None);
        rule.taskB = r.value("task_b", "");
        rule.relation = relationFromKey(r.value("relation", "")).value_or(Relation::Any);
        rule.label = zoneLabelFromKey(r.value("label", "")).value_or(ZoneLabel::Neutral);
        table.rules().push_back(std::move(rule));
    }
    return table;
}

std::optional<std::string> zoneGeoJson(const json& zone) {
    json polygons = json::array();
    for (const json& ring : zone.value("rings", json::array())) {
        if (ring.value("exterior", true) || polygons.empty())
            polygons.push_back(json::array());
        polygons.back().push_back(ring.value("coords", json::array()));
    }
    if (polygons.empty())
        return std::nullopt;
    return json{{"type", "MultiPolygon"}, {"coordinates", polygons}}.dump();
}

} // namespace cw::project
