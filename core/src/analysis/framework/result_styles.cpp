// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/analysis/result_styles.h"

#include "project/sqlite_db.h"

#include <cstdio>

namespace cw::analysis {
namespace {

style::LayerStyle solid(style::Rgba colour, std::uint8_t fillAlpha) {
    style::LayerStyle s;
    s.stroke = colour;
    s.fill = colour;
    s.fill.a = fillAlpha;
    return s;
}

std::string hexRgb(style::Rgba c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
    return buf;
}

std::string rgbaText(style::Rgba c) {
    return std::to_string(c.r) + "," + std::to_string(c.g) + "," + std::to_string(c.b) + "," +
           std::to_string(c.a);
}

std::string xmlEscaped(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out.push_back(c);
        }
    }
    return out;
}

std::string sldFill(const style::LayerStyle& s) {
    return "<se:Fill><se:SvgParameter name=\"fill\">" + hexRgb(s.fill) +
           "</se:SvgParameter><se:SvgParameter name=\"fill-opacity\">" +
           std::to_string(s.fill.a / 255.0) + "</se:SvgParameter></se:Fill>";
}

std::string sldStroke(const style::LayerStyle& s) {
    return "<se:Stroke><se:SvgParameter name=\"stroke\">" + hexRgb(s.stroke) +
           "</se:SvgParameter><se:SvgParameter name=\"stroke-width\">" +
           std::to_string(s.strokeWidthMm) + "</se:SvgParameter></se:Stroke>";
}

std::string sldSymbolizer(const style::LayerStyle& s, geometry::GeometryFamily family) {
    if (family == geometry::GeometryFamily::Point)
        return "<se:PointSymbolizer><se:Graphic><se:Mark><se:WellKnownName>circle"
               "</se:WellKnownName>" +
               sldFill(s) + sldStroke(s) + "</se:Mark><se:Size>" + std::to_string(s.pointSizeMm) +
               "</se:Size></se:Graphic></se:PointSymbolizer>";
    if (family == geometry::GeometryFamily::Line)
        return "<se:LineSymbolizer>" + sldStroke(s) + "</se:LineSymbolizer>";
    return "<se:PolygonSymbolizer>" + sldFill(s) + sldStroke(s) + "</se:PolygonSymbolizer>";
}

std::string sld(const ResultLayerStyle& st) {
    std::string rules;
    if (st.classifyColumn.empty()) {
        rules = "<se:Rule><se:Name>" + xmlEscaped(st.layerKey) + "</se:Name>" +
                sldSymbolizer(st.base, st.family) + "</se:Rule>";
    } else {
        for (const auto& [value, s] : st.classes)
            rules += "<se:Rule><se:Name>" + xmlEscaped(value) +
                     "</se:Name><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>" +
                     xmlEscaped(st.classifyColumn) + "</ogc:PropertyName><ogc:Literal>" +
                     xmlEscaped(value) + "</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>" +
                     sldSymbolizer(s, st.family) + "</se:Rule>";
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><StyledLayerDescriptor version=\"1.1.0\" "
           "xmlns=\"http://www.opengis.net/sld\" xmlns:se=\"http://www.opengis.net/se\" "
           "xmlns:ogc=\"http://www.opengis.net/ogc\"><NamedLayer><se:Name>" +
           xmlEscaped(st.layerKey) + "</se:Name><UserStyle><se:FeatureTypeStyle>" + rules +
           "</se:FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>";
}

std::string qmlProp(const char* key, const std::string& value) {
    return std::string("<prop k=\"") + key + "\" v=\"" + xmlEscaped(value) + "\"/>";
}

// A QGIS symbol of the layer's geometry type: SimpleMarker, SimpleLine or SimpleFill.
std::string qmlSymbol(const std::string& name, const style::LayerStyle& s,
                      geometry::GeometryFamily family) {
    std::string type, layer;
    if (family == geometry::GeometryFamily::Point) {
        type = "marker";
        layer = "<layer class=\"SimpleMarker\">" + qmlProp("name", "circle") +
                qmlProp("color", rgbaText(s.fill)) + qmlProp("outline_color", rgbaText(s.stroke)) +
                qmlProp("outline_width", std::to_string(s.strokeWidthMm)) +
                qmlProp("outline_width_unit", "MM") +
                qmlProp("size", std::to_string(s.pointSizeMm)) + qmlProp("size_unit", "MM");
    } else if (family == geometry::GeometryFamily::Line) {
        type = "line";
        layer = "<layer class=\"SimpleLine\">" + qmlProp("line_color", rgbaText(s.stroke)) +
                qmlProp("line_width", std::to_string(s.strokeWidthMm)) +
                qmlProp("line_width_unit", "MM") + qmlProp("line_style", "solid");
    } else {
        type = "fill";
        layer = "<layer class=\"SimpleFill\">" + qmlProp("color", rgbaText(s.fill)) +
                qmlProp("outline_color", rgbaText(s.stroke)) +
                qmlProp("outline_width", std::to_string(s.strokeWidthMm)) +
                qmlProp("outline_width_unit", "MM") + qmlProp("style", "solid");
    }
    return "<symbol type=\"" + type + "\" name=\"" + xmlEscaped(name) + "\" alpha=\"1\">" + layer +
           "</layer></symbol>";
}

std::string qml(const ResultLayerStyle& st) {
    std::string renderer;
    if (st.classifyColumn.empty()) {
        renderer = "<renderer-v2 type=\"singleSymbol\"><symbols>" +
                   qmlSymbol("0", st.base, st.family) + "</symbols></renderer-v2>";
    } else {
        std::string categories, symbols;
        for (std::size_t i = 0; i < st.classes.size(); ++i) {
            const std::string id = std::to_string(i);
            categories += "<category render=\"true\" symbol=\"" + id + "\" value=\"" +
                          xmlEscaped(st.classes[i].first) + "\" label=\"" +
                          xmlEscaped(st.classes[i].first) + "\"/>";
            symbols += qmlSymbol(id, st.classes[i].second, st.family);
        }
        renderer = "<renderer-v2 type=\"categorizedSymbol\" attr=\"" +
                   xmlEscaped(st.classifyColumn) + "\"><categories>" + categories +
                   "</categories><symbols>" + symbols + "</symbols></renderer-v2>";
    }
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'><qgis version=\"3.28\" "
           "styleCategories=\"Symbology\">" +
           renderer + "</qgis>";
}

} // namespace

ResultLayerStyle defaultResultStyle(const ResultLayer& layer) {
    ResultLayerStyle st;
    st.layerKey = layer.key;
    st.family = layer.family;
    bool hasLabel = false;
    for (const auto& c : layer.columns)
        hasLabel = hasLabel || c.name == "label";
    if (layer.key == "integration_zones" || hasLabel) {
        st.base = solid({140, 140, 140, 255}, 60);
        st.classifyColumn = "label";
        st.classes = {{"synergy", solid({26, 152, 80, 255}, 60)},
                      {"duplication", solid({215, 48, 39, 255}, 60)},
                      {"neutral", solid({140, 140, 140, 255}, 60)}};
    } else if (layer.key.starts_with("rollup")) {
        st.base = solid({49, 130, 189, 255}, 90);
    } else {
        st.base = solid({244, 109, 67, 255}, 170);
    }
    return st;
}

Status writeLayerStyles(const std::string& gpkgPath, const std::vector<ResultLayerStyle>& styles) {
    project::SqliteDb db(gpkgPath, true);
    if (!db.isOpen() || !db.exec("BEGIN"))
        return makeError(ErrorCode::OutputWriteFailed, {gpkgPath}, db.lastError());
    // The table as QGIS creates it, registered as an attribute table like QGIS does.
    const bool ok =
        db.exec("CREATE TABLE IF NOT EXISTS layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                "f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256), "
                "f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT, "
                "useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30), "
                "update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))") &&
        db.exec("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier) "
                "VALUES ('layer_styles', 'attributes', 'layer_styles')");
    if (!ok)
        return makeError(ErrorCode::OutputWriteFailed, {gpkgPath}, db.lastError());
    auto insert = db.prepare(
        "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
        "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner, "
        "update_time) VALUES ('', '', ?, 'geom', ?, ?, ?, 1, 'CityWeave', '', "
        "strftime('%Y-%m-%dT%H:%M:%fZ','now'))");
    for (const ResultLayerStyle& st : styles)
        if (!insert.bind(1, st.layerKey)
                 .bind(2, st.layerKey)
                 .bind(3, qml(st))
                 .bind(4, sld(st))
                 .run())
            return makeError(ErrorCode::OutputWriteFailed, {gpkgPath}, db.lastError());
    if (!db.exec("COMMIT"))
        return makeError(ErrorCode::OutputWriteFailed, {gpkgPath}, db.lastError());
    return Ok{};
}

} // namespace cw::analysis
