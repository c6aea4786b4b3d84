// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/print_layout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <array>
#include <cmath>

namespace cw::report {
namespace {

constexpr const char* kFormat = "cityweave-print-layout";
constexpr std::array kKinds = {LayoutItemKind::Map,      LayoutItemKind::Legend,
                               LayoutItemKind::ScaleBar, LayoutItemKind::NorthArrow,
                               LayoutItemKind::Title,    LayoutItemKind::Text};

QString key(const char* k) {
    return QString::fromLatin1(k);
}

} // namespace

const char* layoutItemKey(LayoutItemKind kind) {
    switch (kind) {
    case LayoutItemKind::Map:
        return "map";
    case LayoutItemKind::Legend:
        return "legend";
    case LayoutItemKind::ScaleBar:
        return "scale_bar";
    case LayoutItemKind::NorthArrow:
        return "north_arrow";
    case LayoutItemKind::Title:
        return "title";
    case LayoutItemKind::Text:
        return "text";
    }
    return "";
}

QSizeF PrintLayout::pageMm() const {
    const QSizeF portrait = paper == Paper::A3 ? QSizeF(297, 420) : QSizeF(210, 297);
    return landscape ? portrait.transposed() : portrait;
}

PrintLayout PrintLayout::standard(Paper paper, bool landscape) {
    PrintLayout layout;
    layout.paper = paper;
    layout.landscape = landscape;
    const QSizeF page = layout.pageMm();
    const double margin = 12, side = std::min(70.0, page.width() * 0.28);
    const double mapWidth = page.width() - 2 * margin - side - 6;
    const double top = margin + 16, foot = page.height() - margin - 8;
    auto add = [&](LayoutItemKind kind, QRectF mm, double fontPt, QString text = {}) {
        layout.items.push_back({kind, mm, std::move(text), fontPt, false});
    };
    add(LayoutItemKind::Title, {margin, margin, page.width() - 2 * margin, 12}, 20);
    add(LayoutItemKind::Map, {margin, top, mapWidth, foot - top - 4}, 9);
    const double x = margin + mapWidth + 6;
    add(LayoutItemKind::NorthArrow, {x, top, 16, 20}, 9);
    add(LayoutItemKind::Legend, {x, top + 24, side, foot - top - 24 - 24}, 8);
    add(LayoutItemKind::ScaleBar, {x, foot - 20, side, 14}, 8);
    add(LayoutItemKind::Text, {margin, foot, page.width() - 2 * margin, 8}, 7);
    return layout;
}

QByteArray PrintLayout::toJson() const {
    QJsonArray itemsJson;
    for (const LayoutItem& item : items)
        itemsJson.append(QJsonObject{
            {key("kind"), key(layoutItemKey(item.kind))},
            {key("x_mm"), item.mm.x()},
            {key("y_mm"), item.mm.y()},
            {key("width_mm"), item.mm.width()},
            {key("height_mm"), item.mm.height()},
            {key("text"), item.text},
            {key("font_pt"), item.fontPt},
            {key("frame"), item.frame},
        });
    QJsonObject root{
        {key("format"), key(kFormat)}, {key("version"), 1},
        {key("name"), name},           {key("paper"), paper == Paper::A3 ? key("A3") : key("A4")},
        {key("landscape"), landscape}, {key("items"), itemsJson},
    };
    if (!extent.isNull())
        root.insert(key("extent"), QJsonArray{extent.minX, extent.minY, extent.maxX, extent.maxY});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool PrintLayout::fromJson(const QByteArray& json, PrintLayout& out) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject root = doc.object();
    if (root.value(key("format")).toString() != key(kFormat))
        return false;
    PrintLayout layout;
    layout.name = root.value(key("name")).toString(layout.name);
    layout.paper = root.value(key("paper")).toString() == key("A3") ? Paper::A3 : Paper::A4;
    layout.landscape = root.value(key("landscape")).toBool(true);
    const QJsonArray e = root.value(key("extent")).toArray();
    if (e.size() == 4) {
        const auto env = geometry::Envelope::of(e[0].toDouble(), e[1].toDouble(), e[2].toDouble(),
                                                e[3].toDouble());
        if (std::isfinite(env.width()) && std::isfinite(env.height()) && env.width() > 0 &&
            env.height() > 0)
            layout.extent = env;
    }
    const QSizeF page = layout.pageMm();
    for (const QJsonValue& v : root.value(key("items")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString kind = o.value(key("kind")).toString();
        LayoutItem item;
        bool known = false;
        for (LayoutItemKind k : kKinds)
            if (kind == key(layoutItemKey(k))) {
                item.kind = k;
                known = true;
            }
        // A hand-edited or damaged item stays on the page and keeps a size one can grab.
        const double w = std::clamp(o.value(key("width_mm")).toDouble(), 2.0, page.width());
        const double h = std::clamp(o.value(key("height_mm")).toDouble(), 2.0, page.height());
        const double x = std::clamp(o.value(key("x_mm")).toDouble(), 0.0, page.width() - w);
        const double y = std::clamp(o.value(key("y_mm")).toDouble(), 0.0, page.height() - h);
        if (!known || !std::isfinite(x + y + w + h))
            continue;
        item.mm = QRectF(x, y, w, h);
        item.text = o.value(key("text")).toString();
        item.fontPt = std::clamp(o.value(key("font_pt")).toDouble(11), 4.0, 96.0);
        item.frame = o.value(key("frame")).toBool(false);
        layout.items.push_back(std::move(item));
    }
    out = std::move(layout);
    return true;
}

} // namespace cw::report
