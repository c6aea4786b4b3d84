// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/style_classes.h"

namespace cw::render {

std::vector<RenderLayer> splitByStyleClass(RenderLayer layer) {
    const style::LayerStyle& st = layer.style;
    const int field = layer.attributes && st.kind != style::StyleKind::Single
                          ? layer.attributes->fieldIndex(st.classifyField)
                          : -1;
    if (field < 0 || st.classes.empty() || !layer.geometries)
        return {std::move(layer)};
    const auto& rows = layer.attributes->attributes;
    const std::size_t n = layer.geometries->geometries.featureCount();
    // Class per feature: 0..k-1, k for none; features the incoming mask hides stay hidden.
    const std::size_t none = st.classes.size();
    std::vector<std::vector<std::uint8_t>> masks(none + 1, std::vector<std::uint8_t>(n, 0));
    std::vector<bool> used(none + 1, false);
    for (std::size_t f = 0; f < n && f < rows.size(); ++f) {
        if (!layer.drawsFeature(std::uint32_t(f)))
            continue;
        const data::AttributeValue& v = std::size_t(field) < rows[f].size()
                                            ? rows[f][std::size_t(field)]
                                            : data::AttributeValue{};
        double number = 0;
        const double* numeric = nullptr;
        if (const auto* i = std::get_if<std::int64_t>(&v))
            number = double(*i), numeric = &number;
        else if (const auto* d = std::get_if<double>(&v))
            number = *d, numeric = &number;
        const int c = st.classOf(data::toDisplayString(v), numeric);
        const std::size_t k = c < 0 ? none : std::size_t(c);
        masks[k][f] = 1;
        used[k] = true;
    }
    std::vector<RenderLayer> out;
    // The unclassified first, so that classified features draw over them.
    for (std::size_t step = 0; step <= none; ++step) {
        const std::size_t k = step == 0 ? none : step - 1;
        if (!used[k])
            continue;
        RenderLayer part = layer;
        part.key += "#class" + std::to_string(k);
        part.featureMask = std::make_shared<const std::vector<std::uint8_t>>(std::move(masks[k]));
        if (k < none) {
            part.style.fill = st.classes[k].fill;
            part.style.stroke = st.classes[k].stroke;
        }
        part.style.kind = style::StyleKind::Single;
        part.style.classes.clear();
        part.style.labelField.clear(); // labelled once, below, not once per class
        out.push_back(std::move(part));
    }
    if (!st.labelField.empty()) {
        RenderLayer labels = layer;
        labels.labelsOnly = true;
        labels.key += "#labels";
        out.push_back(std::move(labels));
    }
    return out;
}

} // namespace cw::render
