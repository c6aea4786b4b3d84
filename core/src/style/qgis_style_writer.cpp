// SPDX-License-Identifier: GPL-3.0-or-later
// LayerStyle → QML and SLD, the two forms QGIS keeps in a GeoPackage's layer_styles table.
#include "cityweave/style/qgis_style.h"

#include <cstdio>

namespace cw::style {
namespace {

using geometry::GeometryFamily;

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

// Numbers as QGIS writes them: no locale, enough digits to read back the same value.
std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

std::string rgbaText(Rgba c) {
    return std::to_string(c.r) + "," + std::to_string(c.g) + "," + std::to_string(c.b) + "," +
           std::to_string(c.a);
}

// "#rrggbb": SLD keeps the alpha apart.
std::string hexRgb(Rgba c) {
    return c.toHex().substr(0, 7);
}

// The style with one class's colours.
LayerStyle withClass(const LayerStyle& base, const StyleClass& cls) {
    LayerStyle s = base;
    s.fill = cls.fill;
    s.stroke = cls.stroke;
    return s;
}

std::string classLabel(const LayerStyle& style, const StyleClass& cls) {
    if (!cls.label.empty())
        return cls.label;
    return style.kind == StyleKind::Graduated ? num(cls.lower) + " - " + num(cls.upper) : cls.value;
}

std::string qmlProp(const char* key, const std::string& value) {
    return std::string("<prop k=\"") + key + "\" v=\"" + xmlEscaped(value) + "\"/>";
}

// CityWeave draws no stroke of width 0; QGIS would draw a hairline unless told "no".
const char* strokeStyle(const LayerStyle& s) {
    return s.strokeWidthMm > 0 ? "solid" : "no";
}

// A symbol of the layer's geometry type: QGIS draws a symbol of another type as nothing.
std::string qmlSymbol(const std::string& name, const LayerStyle& s, GeometryFamily family) {
    std::string type, layer;
    if (family == GeometryFamily::Point) {
        type = "marker";
        layer = "<layer class=\"SimpleMarker\">" + qmlProp("name", pointSymbolKey(s.pointSymbol)) +
                qmlProp("color", rgbaText(s.fill)) + qmlProp("outline_color", rgbaText(s.stroke)) +
                qmlProp("outline_width", num(s.strokeWidthMm)) +
                qmlProp("outline_width_unit", "MM") + qmlProp("outline_style", strokeStyle(s)) +
                qmlProp("size", num(s.pointSizeMm)) + qmlProp("size_unit", "MM");
    } else if (family == GeometryFamily::Line) {
        type = "line";
        layer = "<layer class=\"SimpleLine\">" + qmlProp("line_color", rgbaText(s.stroke)) +
                qmlProp("line_width", num(s.strokeWidthMm)) + qmlProp("line_width_unit", "MM") +
                qmlProp("line_style", strokeStyle(s));
    } else {
        type = "fill";
        layer = "<layer class=\"SimpleFill\">" + qmlProp("color", rgbaText(s.fill)) +
                qmlProp("outline_color", rgbaText(s.stroke)) +
                qmlProp("outline_width", num(s.strokeWidthMm)) +
                qmlProp("outline_width_unit", "MM") + qmlProp("outline_style", strokeStyle(s)) +
                qmlProp("style", "solid");
    }
    return "<symbol type=\"" + type + "\" name=\"" + xmlEscaped(name) + "\" alpha=\"1\">" + layer +
           "</layer></symbol>";
}

std::string qmlRenderer(const LayerStyle& style, GeometryFamily family) {
    if (style.kind == StyleKind::Single || style.classes.empty() || style.classifyField.empty())
        return "<renderer-v2 type=\"singleSymbol\"><symbols>" + qmlSymbol("0", style, family) +
               "</symbols></renderer-v2>";
    const bool categorized = style.kind == StyleKind::Categorized;
    std::string items, symbols;
    for (std::size_t i = 0; i < style.classes.size(); ++i) {
        const StyleClass& cls = style.classes[i];
        const std::string id = std::to_string(i);
        const std::string label = xmlEscaped(classLabel(style, cls));
        items += categorized
                     ? "<category render=\"true\" symbol=\"" + id + "\" value=\"" +
                           xmlEscaped(cls.value) + "\" label=\"" + label + "\"/>"
                     : "<range render=\"true\" symbol=\"" + id + "\" lower=\"" + num(cls.lower) +
                           "\" upper=\"" + num(cls.upper) + "\" label=\"" + label + "\"/>";
        symbols += qmlSymbol(id, withClass(style, cls), family);
    }
    return std::string("<renderer-v2 type=\"") +
           (categorized ? "categorizedSymbol" : "graduatedSymbol") + "\" attr=\"" +
           xmlEscaped(style.classifyField) + "\"" +
           (categorized ? "" : " graduatedMethod=\"GraduatedColor\"") + ">" +
           (categorized ? "<categories>" : "<ranges>") + items +
           (categorized ? "</categories>" : "</ranges>") + "<symbols>" + symbols +
           "</symbols><source-symbol>" + qmlSymbol("0", style, family) +
           "</source-symbol></renderer-v2>";
}

std::string qmlLabeling(const LayerStyle& style) {
    if (style.labelField.empty())
        return {};
    // QGIS's placement modes: around a point (0) or the centroid of a polygon (1), horizontal.
    const char* placement = style.labelPlacement == LabelPlacement::Centre ? "1" : "0";
    return "<labeling type=\"simple\"><settings><text-style fieldName=\"" +
           xmlEscaped(style.labelField) +
           "\" fontSize=\"9\" fontSizeUnit=\"Point\" textColor=\"30,30,30,255\"/>"
           "<text-buffer bufferDraw=\"1\" bufferSize=\"0.8\" bufferSizeUnits=\"MM\" "
           "bufferColor=\"255,255,255,255\"/><placement placement=\"" +
           placement + "\"/></settings></labeling>";
}

std::string sldFill(Rgba fill) {
    return "<se:Fill><se:SvgParameter name=\"fill\">" + hexRgb(fill) +
           "</se:SvgParameter><se:SvgParameter name=\"fill-opacity\">" + num(fill.a / 255.0) +
           "</se:SvgParameter></se:Fill>";
}

// SLD sizes without a `uom` are pixels of the Symbology Encoding standard's 0.28 mm (as QGIS
// exports millimetres); a `uom` of metre would make them sizes on the ground.
std::string sldPixels(double millimetres) {
    return num(millimetres / 0.28);
}

std::string sldStroke(const LayerStyle& s) {
    return "<se:Stroke><se:SvgParameter name=\"stroke\">" + hexRgb(s.stroke) +
           "</se:SvgParameter><se:SvgParameter name=\"stroke-opacity\">" + num(s.stroke.a / 255.0) +
           "</se:SvgParameter><se:SvgParameter name=\"stroke-width\">" +
           sldPixels(s.strokeWidthMm) + "</se:SvgParameter></se:Stroke>";
}

std::string sldSymbolizer(const LayerStyle& s, GeometryFamily family) {
    if (family == GeometryFamily::Point)
        return std::string("<se:PointSymbolizer><se:Graphic><se:Mark><se:WellKnownName>") +
               pointSymbolKey(s.pointSymbol) + "</se:WellKnownName>" + sldFill(s.fill) +
               sldStroke(s) + "</se:Mark><se:Size>" + sldPixels(s.pointSizeMm) +
               "</se:Size></se:Graphic></se:PointSymbolizer>";
    if (family == GeometryFamily::Line)
        return "<se:LineSymbolizer>" + sldStroke(s) + "</se:LineSymbolizer>";
    return "<se:PolygonSymbolizer>" + sldFill(s.fill) + sldStroke(s) + "</se:PolygonSymbolizer>";
}

std::string sldFilter(const LayerStyle& style, const StyleClass& cls, bool first) {
    const std::string field =
        "<ogc:PropertyName>" + xmlEscaped(style.classifyField) + "</ogc:PropertyName>";
    if (style.kind == StyleKind::Categorized)
        return "<ogc:Filter><ogc:PropertyIsEqualTo>" + field + "<ogc:Literal>" +
               xmlEscaped(cls.value) + "</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>";
    // A value on a break belongs to the lower class (LayerStyle::classOf): every class but the
    // first leaves out its lower bound, as SLD draws every rule that matches.
    const char* lowerTest = first ? "PropertyIsGreaterThanOrEqualTo" : "PropertyIsGreaterThan";
    return std::string("<ogc:Filter><ogc:And><ogc:") + lowerTest + ">" + field + "<ogc:Literal>" +
           num(cls.lower) + "</ogc:Literal></ogc:" + lowerTest +
           "><ogc:PropertyIsLessThanOrEqualTo>" + field + "<ogc:Literal>" + num(cls.upper) +
           "</ogc:Literal></ogc:PropertyIsLessThanOrEqualTo></ogc:And></ogc:Filter>";
}

} // namespace

std::string toQgisQml(const LayerStyle& style, geometry::GeometryFamily family,
                      const std::vector<FieldAlias>& aliases) {
    const bool scaled = style.minScale > 0 || style.maxScale > 0;
    std::string out = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"
                      "<qgis version=\"3.28\" styleCategories=\"AllStyleCategories\" "
                      "hasScaleBasedVisibilityFlag=\"" +
                      std::string(scaled ? "1" : "0") + "\" minScale=\"" + num(style.minScale) +
                      "\" maxScale=\"" + num(style.maxScale) + "\" labelsEnabled=\"" +
                      (style.labelField.empty() ? "0" : "1") + "\">";
    out += qmlRenderer(style, family) + qmlLabeling(style);
    out += "<layerOpacity>" + num(style.opacity) + "</layerOpacity>";
    if (!aliases.empty()) {
        out += "<aliases>";
        for (std::size_t i = 0; i < aliases.size(); ++i)
            out += "<alias field=\"" + xmlEscaped(aliases[i].field) + "\" index=\"" +
                   std::to_string(i) + "\" name=\"" + xmlEscaped(aliases[i].alias) + "\"/>";
        out += "</aliases>";
    }
    return out + "</qgis>";
}

std::string toSld(const LayerStyle& style, geometry::GeometryFamily family,
                  const std::string& layerName) {
    std::string rules;
    if (style.kind == StyleKind::Single || style.classes.empty() || style.classifyField.empty()) {
        rules = "<se:Rule><se:Name>" + xmlEscaped(layerName) + "</se:Name>" +
                sldSymbolizer(style, family) + "</se:Rule>";
    } else {
        for (std::size_t i = 0; i < style.classes.size(); ++i) {
            const StyleClass& cls = style.classes[i];
            rules += "<se:Rule><se:Name>" + xmlEscaped(classLabel(style, cls)) + "</se:Name>" +
                     sldFilter(style, cls, i == 0) + sldSymbolizer(withClass(style, cls), family) +
                     "</se:Rule>";
        }
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><StyledLayerDescriptor version=\"1.1.0\" "
           "xmlns=\"http://www.opengis.net/sld\" xmlns:se=\"http://www.opengis.net/se\" "
           "xmlns:ogc=\"http://www.opengis.net/ogc\"><NamedLayer><se:Name>" +
           xmlEscaped(layerName) + "</se:Name><UserStyle><se:FeatureTypeStyle>" + rules +
           "</se:FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>";
}

} // namespace cw::style
