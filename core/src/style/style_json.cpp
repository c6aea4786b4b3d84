// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of a layer style that have no column of their own in cw_layers, as one JSON text.
#include "cityweave/style/layer_style.h"

#include <nlohmann/json.hpp>

namespace cw::style {
namespace {
using nlohmann::json;

constexpr const char* kKinds[] = {"single", "categorized", "graduated"};
constexpr const char* kPlacements[] = {"auto", "centre", "above", "below", "right"};

template <typename Enum, std::size_t N>
Enum fromKey(const json& value, const char* const (&keys)[N], Enum fallback) {
    if (!value.is_string())
        return fallback;
    for (std::size_t i = 0; i < N; ++i)
        if (value.get<std::string>() == keys[i])
            return static_cast<Enum>(i);
    return fallback;
}

std::string text(const json& o, const char* key) {
    const auto it = o.find(key);
    return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

double real(const json& o, const char* key) {
    const auto it = o.find(key);
    return it != o.end() && it->is_number() ? it->get<double>() : 0.0;
}

} // namespace

std::string styleExtrasToJson(const LayerStyle& style) {
    const LayerStyle plain;
    if (style.kind == plain.kind && style.classes.empty() &&
        style.labelPlacement == plain.labelPlacement && style.minScale == 0 && style.maxScale == 0)
        return {};
    json classes = json::array();
    for (const StyleClass& c : style.classes)
        classes.push_back({{"value", c.value},
                           {"lower", c.lower},
                           {"upper", c.upper},
                           {"fill", c.fill.toHex()},
                           {"stroke", c.stroke.toHex()},
                           {"label", c.label}});
    return json{{"kind", kKinds[static_cast<int>(style.kind)]},
                {"field", style.classifyField},
                {"classes", classes},
                {"label_placement", kPlacements[static_cast<int>(style.labelPlacement)]},
                {"min_scale", style.minScale},
                {"max_scale", style.maxScale}}
        .dump();
}

void styleExtrasFromJson(const std::string& text_, LayerStyle& style) {
    if (text_.empty())
        return;
    const json o = json::parse(text_, nullptr, false);
    if (!o.is_object())
        return; // damaged: the layer keeps its simple style rather than being lost
    style.kind = fromKey(o.value("kind", json()), kKinds, StyleKind::Single);
    style.classifyField = text(o, "field");
    style.labelPlacement =
        fromKey(o.value("label_placement", json()), kPlacements, LabelPlacement::Auto);
    style.minScale = std::max(0.0, real(o, "min_scale"));
    style.maxScale = std::max(0.0, real(o, "max_scale"));
    style.classes.clear();
    if (const auto it = o.find("classes"); it != o.end() && it->is_array())
        for (const json& c : *it) {
            if (!c.is_object() || style.classes.size() >= 1000)
                continue;
            StyleClass k;
            k.value = text(c, "value");
            k.lower = real(c, "lower");
            k.upper = real(c, "upper");
            k.fill = Rgba::fromHex(text(c, "fill"), k.fill);
            k.stroke = Rgba::fromHex(text(c, "stroke"), k.stroke);
            k.label = text(c, "label");
            style.classes.push_back(std::move(k));
        }
}

} // namespace cw::style
