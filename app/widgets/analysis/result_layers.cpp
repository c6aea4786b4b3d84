// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/analysis/result_layers.h"

#include "cityweave/analysis/result_columns.h"
#include "cityweave/data/indexed_geometries.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <memory>

namespace cw::widgets {
namespace {
using geometry::GeometryFamily;

style::Rgba mix(style::Rgba a, style::Rgba b, double t) {
    auto m = [t](std::uint8_t x, std::uint8_t y) { return std::uint8_t(x + (y - x) * t + 0.5); };
    return {m(a.r, b.r), m(a.g, b.g), m(a.b, b.b), m(a.a, b.a)};
}

// Yellow -> orange -> deep red, for 0..1.
style::Rgba ramp(double t) {
    const style::Rgba low{254, 224, 139, 255}, mid{244, 109, 67, 255}, high{165, 0, 38, 255};
    return t < 0.5 ? mix(low, mid, t * 2) : mix(mid, high, (t - 0.5) * 2);
}

style::Rgba labelColour(const std::string& label) {
    if (label == "synergy")
        return {26, 152, 80, 255};
    if (label == "duplication")
        return {215, 48, 39, 255};
    return {140, 140, 140, 255};
}

style::Rgba paletteColour(const std::string& key) {
    static const style::Rgba palette[] = {{49, 130, 189, 255},
                                          {117, 107, 177, 255},
                                          {49, 163, 84, 255},
                                          {230, 85, 13, 255},
                                          {99, 99, 99, 255}};
    return palette[std::hash<std::string>{}(key) % std::size(palette)];
}

style::LayerStyle baseStyle(GeometryFamily family, style::Rgba colour) {
    style::LayerStyle s;
    s.stroke = colour;
    s.fill = colour;
    s.fill.a = family == GeometryFamily::Polygon ? 150 : 255;
    s.strokeWidthMm = family == GeometryFamily::Line ? 0.7 : 0.3;
    return s;
}

// One class of features of a result layer, drawn as its own map layer.
struct LayerClass {
    std::string suffix; // id suffix; empty for the whole layer
    QString title;      // appended to the layer name
    std::vector<std::size_t> features;
    style::LayerStyle style;
};

// Five equal classes of a value in [0, top], drawn low to high with more opaque fills as the
// value grows (the lowest stays see-through over the project layers); features without a value
// are only outlined. `label` labels the highest class.
template <typename Title>
std::vector<LayerClass> fifths(const analysis::ResultLayer& layer, int column, double top,
                               const style::Rgba (&colours)[5], const std::string& label,
                               Title title, const QString& missing) {
    static const std::uint8_t alpha[] = {70, 110, 150, 180, 200};
    std::map<int, std::vector<std::size_t>> byClass; // -1: no value
    for (std::size_t i = 0; i < layer.rows.size(); ++i) {
        const auto* v = std::get_if<double>(&layer.rows[i][std::size_t(column)]);
        byClass[v ? std::clamp(int(*v / top * 5.0), 0, 4) : -1].push_back(i);
    }
    std::vector<LayerClass> classes;
    for (auto& [cls, features] : byClass) {
        LayerClass c;
        c.features = std::move(features);
        if (cls < 0) {
            c.suffix = ":none";
            c.title = missing;
            c.style = baseStyle(layer.family, {150, 150, 150, 255});
            c.style.fill.a = 0;
        } else {
            c.suffix = ":class" + std::to_string(cls);
            c.title = title(cls * 20, cls * 20 + 20);
            c.style = baseStyle(layer.family, colours[cls]);
            c.style.fill.a = alpha[cls];
            c.style.stroke = mix(colours[cls], {40, 40, 40, 255}, 0.35);
            if (cls == 4)
                c.style.labelField = label;
        }
        c.style.strokeWidthMm = 0.15;
        classes.push_back(std::move(c));
    }
    return classes;
}

std::vector<LayerClass> classify(const analysis::ResultLayer& layer) {
    const std::size_t n = layer.rows.size();
    const int countCol = layer.columnIndex(analysis::columns::kProjectCount);
    const int labelCol = layer.columnIndex(analysis::columns::kLabel);
    const int idCol = layer.columnIndex(analysis::columns::kZoneId);
    std::vector<LayerClass> classes;
    // Labelled zones by label first: their project_count is a detail, their label the point.
    if (labelCol >= 0) {
        std::map<std::string, std::vector<std::size_t>> byLabel;
        for (std::size_t i = 0; i < n; ++i)
            byLabel[data::toDisplayString(layer.rows[i][std::size_t(labelCol)])].push_back(i);
        for (auto& [label, features] : byLabel) {
            LayerClass c;
            c.suffix = ":" + label;
            c.title = label == "synergy"       ? ResultLayerBuilder::tr("synergy")
                      : label == "duplication" ? ResultLayerBuilder::tr("duplication")
                      : label == "neutral"     ? ResultLayerBuilder::tr("neutral")
                                               : QString::fromStdString(label);
            c.features = std::move(features);
            c.style = baseStyle(layer.family, labelColour(label));
            c.style.fill.a = 50; // outlined: the project layers stay readable underneath
            c.style.strokeWidthMm = 0.8;
            c.style.labelField = idCol >= 0 ? "zone_id" : "label";
            classes.push_back(std::move(c));
        }
        // Duplications on top: they are what a planner must look at first.
        std::stable_sort(classes.begin(), classes.end(),
                         [](const LayerClass& a, const LayerClass& b) {
                             auto rank = [](const std::string& s) {
                                 return s == ":duplication" ? 2 : s == ":synergy" ? 1 : 0;
                             };
                             return rank(a.suffix) < rank(b.suffix);
                         });
        return classes;
    }
    const int scoreCol = layer.columnIndex(analysis::columns::kScore);
    const int rankCol = layer.columnIndex(analysis::columns::kRank);
    const int shareCol = layer.columnIndex(analysis::columns::kCoveredShare);
    if (scoreCol >= 0 && rankCol >= 0 && layer.family == GeometryFamily::Polygon) {
        // Pilot scores: light to dark green, the best class labelled with the rank.
        static const style::Rgba greens[] = {{255, 255, 204, 255},
                                             {194, 230, 153, 255},
                                             {120, 198, 121, 255},
                                             {49, 163, 84, 255},
                                             {0, 104, 55, 255}};
        return fifths(
            layer, scoreCol, 100.0, greens, "rank",
            [](int lo, int hi) { return ResultLayerBuilder::tr("score %1–%2").arg(lo).arg(hi); },
            ResultLayerBuilder::tr("not ranked"));
    }
    if (shareCol >= 0 && layer.family == GeometryFamily::Polygon) {
        // Coverage: red where little is covered, to blue where all is.
        static const style::Rgba reds[] = {{215, 48, 39, 255},
                                           {252, 141, 89, 255},
                                           {254, 224, 144, 255},
                                           {145, 191, 219, 255},
                                           {69, 117, 180, 255}};
        return fifths(
            layer, shareCol, 1.0, reds, "",
            [](int lo, int hi) {
                return ResultLayerBuilder::tr("covered %1–%2 %").arg(lo).arg(hi);
            },
            ResultLayerBuilder::tr("no data"));
    }
    if (countCol >= 0 && layer.family == GeometryFamily::Polygon) {
        constexpr long long kTop = 5;                          // 5 and more share the darkest class
        std::map<long long, std::vector<std::size_t>> byCount; // ascending: highest drawn last
        for (std::size_t i = 0; i < n; ++i) {
            const auto& v = layer.rows[i][std::size_t(countCol)];
            long long count = 0;
            if (const auto* c = std::get_if<std::int64_t>(&v))
                count = *c;
            else if (const auto* d = std::get_if<double>(&v))
                count = (long long)(*d);
            byCount[std::min(count, kTop)].push_back(i);
        }
        for (auto& [count, features] : byCount) {
            LayerClass c;
            c.suffix = ":" + std::to_string(count);
            c.title = count >= kTop ? ResultLayerBuilder::tr("%1+ projects").arg(kTop)
                                    : ResultLayerBuilder::tr("%n project(s)", nullptr, int(count));
            c.features = std::move(features);
            c.style = baseStyle(layer.family,
                                ramp(std::clamp(double(count - 2) / double(kTop - 2), 0.0, 1.0)));
            c.style.fill.a = 190;
            c.style.stroke = mix(c.style.fill, {60, 0, 0, 255}, 0.5);
            c.style.strokeWidthMm = 0.15;
            classes.push_back(std::move(c));
        }
        return classes;
    }
    LayerClass all;
    for (std::size_t i = 0; i < n; ++i)
        all.features.push_back(i);
    all.style = baseStyle(layer.family, paletteColour(layer.key));
    if (layer.key == "coverage_gap_areas") {
        // A red wash without outlines: gap pieces of neighbouring cells read as one area.
        all.style = baseStyle(layer.family, {200, 30, 30, 255});
        all.style.fill.a = 60;
        all.style.stroke.a = 0;
    } else if (layer.key == "coverage_new_sites") {
        all.style = baseStyle(layer.family, {20, 20, 20, 255});
        all.style.fill = {255, 215, 0, 255};
        all.style.pointSizeMm = 3.5;
        all.style.labelField = "site";
    }
    classes.push_back(std::move(all));
    return classes;
}
} // namespace

std::string ResultLayerBuilder::idPrefix(const std::string& analysisId) {
    return "analysis:" + analysisId + ":";
}

Result<std::vector<render::LoadedLayer>>
ResultLayerBuilder::build(const analysis::AnalysisResult& result,
                          const analysis::AnalysisDescriptor& descriptor, const crs::Crs& mapCrs,
                          const std::string& groupId, const std::string& language) {
    std::vector<render::LoadedLayer> out;
    for (const auto& layer : result.layers) {
        QString baseName = QString::fromStdString(layer.key);
        for (const auto& spec : descriptor.outputs)
            if (spec.key == layer.key && !spec.name.in(language).empty())
                baseName = QString::fromStdString(spec.name.in(language));
        // Classes come bottom first: the document draws later layers on top.
        const auto classes = classify(layer);
        for (const auto& c : classes) {
            auto data = std::make_shared<data::VectorLayer>();
            data->name = layer.key;
            data->driver = "memory";
            data->family = layer.family;
            data->crs = result.crs;
            data->fields = layer.columns;
            for (std::size_t i : c.features) {
                if (i >= layer.geometries.featureCount())
                    continue;
                data->geometries.appendFeature(layer.geometries, i);
                data->fids.push_back(std::int64_t(i) + 1);
                data->attributes.push_back(i < layer.rows.size() ? layer.rows[i]
                                                                 : data::AttributeRow{});
            }
            std::shared_ptr<const data::VectorLayer> shared = std::move(data);
            auto indexed = data::buildIndexedGeometries(shared, mapCrs);
            if (!indexed)
                return indexed.error();
            render::LoadedLayer loaded;
            loaded.entry.id = idPrefix(result.analysisId) + layer.key + c.suffix;
            const QString name =
                c.title.isEmpty() ? baseName : tr("%1 — %2").arg(baseName, c.title);
            loaded.entry.name = {name.toStdString(), name.toStdString()};
            loaded.entry.projectId = groupId;
            loaded.entry.style = c.style;
            loaded.data = std::move(shared);
            loaded.indexed = std::move(indexed).value();
            loaded.generation = render::nextLayerGeneration();
            out.push_back(std::move(loaded));
        }
    }
    return out;
}

} // namespace cw::widgets
