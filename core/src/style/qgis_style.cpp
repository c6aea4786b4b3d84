// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/style/qgis_style.h"

#include <algorithm>
#include <cpl_conv.h>
#include <cpl_minixml.h>
#include <cstdlib>
#include <map>
#include <memory>
#include <string_view>

namespace cw::style {
namespace {

// What a QGIS stroke of width 0 (a one-pixel hairline there) becomes: thin enough that the
// renderer draws it as its own one-pixel cosmetic line at every usual resolution.
constexpr double kHairlineMm = 0.1;

struct XmlFree {
    void operator()(CPLXMLNode* node) const { CPLDestroyXMLNode(node); }
};

std::string attr(const CPLXMLNode* node, const char* name, const char* fallback = "") {
    return CPLGetXMLValue(node, name, fallback);
}

const CPLXMLNode* child(const CPLXMLNode* node, std::string_view name) {
    for (const CPLXMLNode* c = node ? node->psChild : nullptr; c; c = c->psNext)
        if (c->eType == CXT_Element && name == c->pszValue)
            return c;
    return nullptr;
}

// A symbol layer's properties: <prop k= v=/> (QGIS before 3.26) or <Option name= value=/>
// inside <Option type="Map"> (since).
std::map<std::string, std::string> properties(const CPLXMLNode* layer) {
    std::map<std::string, std::string> out;
    for (const CPLXMLNode* c = layer->psChild; c; c = c->psNext) {
        if (c->eType != CXT_Element)
            continue;
        if (std::string_view(c->pszValue) == "prop")
            out[attr(c, "k")] = attr(c, "v");
        else if (std::string_view(c->pszValue) == "Option")
            for (const CPLXMLNode* o = c->psChild; o; o = o->psNext)
                if (o->eType == CXT_Element && std::string_view(o->pszValue) == "Option")
                    out[attr(o, "name")] = attr(o, "value");
    }
    return out;
}

// "r,g,b,a" (QGIS 3.28 may append ",rgb:…").
std::optional<Rgba> colour(const std::string& text) {
    int v[4] = {0, 0, 0, 255};
    const char* p = text.c_str();
    for (int i = 0; i < 4 && *p; ++i) {
        char* end = nullptr;
        const long n = std::strtol(p, &end, 10);
        if (end == p)
            return i >= 3 ? std::optional<Rgba>(Rgba{std::uint8_t(v[0]), std::uint8_t(v[1]),
                                                     std::uint8_t(v[2]), std::uint8_t(v[3])})
                          : std::nullopt;
        v[i] = int(std::clamp(n, 0L, 255L));
        p = *end == ',' ? end + 1 : end;
    }
    return Rgba{std::uint8_t(v[0]), std::uint8_t(v[1]), std::uint8_t(v[2]), std::uint8_t(v[3])};
}

double number(const std::map<std::string, std::string>& props, const char* key, double fallback) {
    const auto it = props.find(key);
    if (it == props.end() || it->second.empty())
        return fallback;
    char* end = nullptr;
    const double v = std::strtod(it->second.c_str(), &end);
    return end != it->second.c_str() && v >= 0 && v < 1000 ? v : fallback;
}

// The first simple fill, line or marker layer of a <symbol>, applied to `into`. False when
// the symbol has none of them.
bool applySymbol(const CPLXMLNode* symbol, LayerStyle& into) {
    const double alpha = std::clamp(CPLAtof(attr(symbol, "alpha", "1").c_str()), 0.0, 1.0);
    for (const CPLXMLNode* l = symbol->psChild; l; l = l->psNext) {
        if (l->eType != CXT_Element || std::string_view(l->pszValue) != "layer")
            continue;
        const std::string cls = attr(l, "class");
        const auto props = properties(l);
        const auto get = [&](const char* key) -> std::optional<Rgba> {
            const auto it = props.find(key);
            return it == props.end() ? std::nullopt : colour(it->second);
        };
        // QGIS draws a width of 0 as a hairline and leaves a stroke out only by its style "no".
        const auto readStroke = [&](const char* colourKey, const char* widthKey,
                                    const char* styleKey) {
            if (auto c = get(colourKey))
                into.stroke = *c;
            into.strokeWidthMm = number(props, widthKey, into.strokeWidthMm);
            if (into.strokeWidthMm == 0)
                into.strokeWidthMm = kHairlineMm;
            if (props.count(styleKey) && props.at(styleKey) == "no")
                into.stroke.a = 0;
        };
        if (cls == "SimpleFill") {
            if (auto c = get("color"))
                into.fill = *c;
            if (props.count("style") && props.at("style") == "no")
                into.fill.a = 0;
            readStroke("outline_color", "outline_width", "outline_style");
        } else if (cls == "SimpleLine") {
            readStroke("line_color", "line_width", "line_style");
        } else if (cls == "SimpleMarker") {
            if (auto c = get("color"))
                into.fill = *c;
            readStroke("outline_color", "outline_width", "outline_style");
            into.pointSizeMm = number(props, "size", into.pointSizeMm);
            into.pointSymbol = pointSymbolFromKey(props.count("name") ? props.at("name") : "");
        } else {
            continue;
        }
        into.fill.a = std::uint8_t(into.fill.a * alpha);
        into.stroke.a = std::uint8_t(into.stroke.a * alpha);
        return true;
    }
    return false;
}

std::map<std::string, const CPLXMLNode*> symbolsByName(const CPLXMLNode* renderer) {
    std::map<std::string, const CPLXMLNode*> out;
    for (const CPLXMLNode* s = child(child(renderer, "symbols"), "symbol"); s; s = s->psNext)
        if (s->eType == CXT_Element && std::string_view(s->pszValue) == "symbol")
            out[attr(s, "name")] = s;
    return out;
}

} // namespace

std::optional<LayerStyle> fromQgisQml(const std::string& qml) {
    std::unique_ptr<CPLXMLNode, XmlFree> doc(CPLParseXMLString(qml.c_str()));
    if (!doc)
        return std::nullopt;
    const CPLXMLNode* root = nullptr;
    for (const CPLXMLNode* n = doc.get(); n && !root; n = n->psNext)
        if (n->eType == CXT_Element && std::string_view(n->pszValue) == "qgis")
            root = n;
    const CPLXMLNode* renderer = child(root, "renderer-v2");
    if (!renderer)
        return std::nullopt;
    const std::string type = attr(renderer, "type");
    const auto symbols = symbolsByName(renderer);
    LayerStyle style;
    if (type == "singleSymbol") {
        const auto it = symbols.find("0");
        if (it == symbols.end() || !applySymbol(it->second, style))
            return std::nullopt;
    } else if (type == "categorizedSymbol" || type == "graduatedSymbol") {
        const bool categories = type == "categorizedSymbol";
        style.kind = categories ? StyleKind::Categorized : StyleKind::Graduated;
        style.classifyField = attr(renderer, "attr");
        const CPLXMLNode* list = child(renderer, categories ? "categories" : "ranges");
        for (const CPLXMLNode* c = list ? list->psChild : nullptr; c; c = c->psNext) {
            if (c->eType != CXT_Element || attr(c, "render", "true") == "false")
                continue;
            const auto symbol = symbols.find(attr(c, "symbol"));
            LayerStyle drawn = style;
            if (symbol == symbols.end() || !applySymbol(symbol->second, drawn))
                continue;
            StyleClass cls;
            cls.value = attr(c, "value");
            cls.lower = CPLAtof(attr(c, "lower", "0").c_str());
            cls.upper = CPLAtof(attr(c, "upper", "0").c_str());
            cls.fill = drawn.fill;
            cls.stroke = drawn.stroke;
            cls.label = attr(c, "label");
            style.classes.push_back(std::move(cls));
            if (style.classes.size() == 1) { // widths and sizes from the first class
                style.strokeWidthMm = drawn.strokeWidthMm;
                style.pointSizeMm = drawn.pointSizeMm;
                style.pointSymbol = drawn.pointSymbol;
            }
        }
        if (style.classes.empty() || style.classifyField.empty())
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (const CPLXMLNode* opacity = child(root, "layerOpacity"))
        style.opacity = std::clamp(CPLAtof(CPLGetXMLValue(opacity, "", "1")), 0.0, 1.0);
    if (const CPLXMLNode* labeling = child(root, "labeling");
        labeling && attr(labeling, "type") == "simple")
        style.labelField = CPLGetXMLValue(labeling, "settings.text-style.fieldName", "");
    return style;
}

} // namespace cw::style
