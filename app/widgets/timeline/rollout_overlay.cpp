// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/timeline/rollout_overlay.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <map>
#include <set>

namespace cw::widgets {

std::string seoulDistrictName(const std::string& code) {
    // Seoul's 25 gu by their administrative (SIG) codes, as the roll-out steps name them.
    static const std::map<std::string, std::string> names = {
        {"11110", "종로구"},   {"11140", "중구"},     {"11170", "용산구"},   {"11200", "성동구"},
        {"11215", "광진구"},   {"11230", "동대문구"}, {"11260", "중랑구"},   {"11290", "성북구"},
        {"11305", "강북구"},   {"11320", "도봉구"},   {"11350", "노원구"},   {"11380", "은평구"},
        {"11410", "서대문구"}, {"11440", "마포구"},   {"11470", "양천구"},   {"11500", "강서구"},
        {"11530", "구로구"},   {"11545", "금천구"},   {"11560", "영등포구"}, {"11590", "동작구"},
        {"11620", "관악구"},   {"11650", "서초구"},   {"11680", "강남구"},   {"11710", "송파구"},
        {"11740", "강동구"}};
    const auto it = names.find(code);
    return it == names.end() ? std::string() : it->second;
}

std::vector<QPolygonF> districtOutlines(const std::vector<render::RenderLayer>& layers,
                                        const std::vector<std::string>& districts,
                                        int* matchedLayers) {
    std::set<std::string> wanted;
    for (const auto& d : districts) {
        wanted.insert(d);
        if (auto name = seoulDistrictName(d); !name.empty())
            wanted.insert(name);
    }
    std::vector<QPolygonF> rings;
    int matched = 0;
    for (const render::RenderLayer& layer : layers) {
        if (!layer.attributes || !layer.geometries || wanted.empty() ||
            layer.geometries->family != geometry::GeometryFamily::Polygon)
            continue;
        // Names and codes live in text or integer fields: skip the others, which can be many.
        std::vector<std::size_t> fields;
        for (std::size_t i = 0; i < layer.attributes->fields.size(); ++i)
            if (layer.attributes->fields[i].type == data::FieldType::String ||
                layer.attributes->fields[i].type == data::FieldType::Integer)
                fields.push_back(i);
        const auto& rows = layer.attributes->attributes;
        const auto& store = layer.geometries->geometries;
        bool any = false;
        for (std::size_t f = 0; f < rows.size() && f < store.featureCount(); ++f) {
            if (!layer.drawsFeature(static_cast<std::uint32_t>(f)))
                continue;
            const bool hit = std::any_of(fields.begin(), fields.end(), [&](std::size_t i) {
                return i < rows[f].size() && wanted.contains(data::toDisplayString(rows[f][i]));
            });
            if (!hit)
                continue;
            any = true;
            for (std::size_t part = store.firstPart(f); part < store.endPart(f); ++part) {
                QPolygonF ring;
                for (const auto& c : store.part(part))
                    ring << QPointF(c.x, c.y);
                rings.push_back(std::move(ring));
            }
        }
        matched += any ? 1 : 0;
    }
    if (matchedLayers)
        *matchedLayers = matched;
    return rings;
}

void RolloutOverlay::setOutlines(std::vector<QPolygonF> rings, QString caption) {
    m_rings = std::move(rings);
    m_caption = std::move(caption);
}

void RolloutOverlay::paint(QPainter& p, const render::MapSettings& view) {
    if (m_rings.empty() && m_caption.isEmpty())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QColor accent(214, 40, 110);
    QPen pen(accent, 3);
    pen.setJoinStyle(Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(QColor(accent.red(), accent.green(), accent.blue(), 40));
    for (const QPolygonF& ring : m_rings) {
        QPolygonF px;
        px.reserve(ring.size());
        for (const QPointF& c : ring)
            px << view.toPixel(c.x(), c.y());
        p.drawPolygon(px);
    }
    if (!m_caption.isEmpty()) {
        const QFontMetricsF metrics(p.font());
        const QRectF box(8, 8, metrics.horizontalAdvance(m_caption) + 16, metrics.height() + 8);
        p.setPen(accent);
        p.setBrush(QColor(255, 255, 255, 220));
        p.drawRoundedRect(box, 4, 4);
        p.drawText(box, Qt::AlignCenter, m_caption);
    }
    p.restore();
}

} // namespace cw::widgets
