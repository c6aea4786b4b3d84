// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/zones/zone_vertex_tool.h"

#include "widgets/map_canvas.h"
#include "widgets/zones/zone_overlay.h"

#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>

namespace cw::widgets {

namespace {
// A little more than the drawn handle, so the handle is easy to grab.
constexpr double kGrabPx = ZoneOverlay::kHandleRadiusPx + 3;

const planning::Ring& ringOf(const planning::ZonePolygon& p, std::size_t ring) {
    return ring == 0 ? p.outer : p.holes[ring - 1];
}
} // namespace

ZoneVertexTool::ZoneVertexTool(MapCanvas& canvas, ZoneOverlay& overlay, QObject* parent)
    : QObject(parent), m_canvas(canvas), m_overlay(overlay) {}

void ZoneVertexTool::setPolygon(int zoneIndex, planning::ZonePolygon polygon) {
    m_zone = zoneIndex;
    m_polygon = m_working = std::move(polygon);
    m_dragged.reset();
    m_hovered.reset();
    m_overlay.setEdited(m_zone);
    m_overlay.setSnapMarker(std::nullopt);
    m_canvas.update();
}

std::optional<planning::VertexRef> ZoneVertexTool::vertexAt(QPointF pixel) const {
    const auto& view = m_canvas.settings();
    std::optional<planning::VertexRef> best;
    double bestDistance = kGrabPx;
    for (std::size_t r = 0; r <= m_polygon.holes.size(); ++r) {
        const auto& ring = ringOf(m_polygon, r);
        for (std::size_t i = 0; i < ring.size(); ++i) {
            const double d = QLineF(view.toPixel(ring[i].x, ring[i].y), pixel).length();
            if (d <= bestDistance) {
                bestDistance = d;
                best = planning::VertexRef{r, i};
            }
        }
    }
    return best;
}

std::optional<planning::VertexRef> ZoneVertexTool::midpointAt(QPointF pixel) const {
    const auto& view = m_canvas.settings();
    for (std::size_t r = 0; r <= m_polygon.holes.size(); ++r) {
        const auto& ring = ringOf(m_polygon, r);
        for (std::size_t i = 0; i < ring.size(); ++i) {
            const auto& a = ring[i];
            const auto& b = ring[(i + 1) % ring.size()];
            const QPointF mid = view.toPixel((a.x + b.x) / 2, (a.y + b.y) / 2);
            if (QLineF(mid, pixel).length() <= kGrabPx)
                return planning::VertexRef{r, i};
        }
    }
    return std::nullopt;
}

bool ZoneVertexTool::mousePress(QMouseEvent* event, QPointF) {
    if (m_zone < 0)
        return false;
    const QPointF pixel = event->position();
    if (event->button() == Qt::RightButton) {
        if (const auto v = vertexAt(pixel)) {
            deleteVertex(*v);
            return true;
        }
        return false;
    }
    if (event->button() != Qt::LeftButton)
        return false;
    m_working = m_polygon;
    m_moved = false;
    m_pressPixel = pixel;
    if ((m_dragged = vertexAt(pixel))) {
        m_inserting = false;
        return true;
    }
    if (const auto edge = midpointAt(pixel)) {
        const auto& ring = ringOf(m_polygon, edge->ring);
        const auto& a = ring[edge->index];
        const auto& b = ring[(edge->index + 1) % ring.size()];
        planning::insertVertex(m_working, *edge, {(a.x + b.x) / 2, (a.y + b.y) / 2});
        m_dragged = planning::VertexRef{edge->ring, edge->index + 1};
        m_inserting = true;
        showWorking();
        return true;
    }
    return false; // empty map: the canvas pans
}

bool ZoneVertexTool::mouseMove(QMouseEvent* event, QPointF mapPos) {
    if (!m_dragged) {
        if (m_zone >= 0)
            m_hovered = vertexAt(event->position());
        return false;
    }
    const auto snapped = m_snap ? m_snap(mapPos) : std::nullopt;
    const QPointF p = snapped.value_or(mapPos);
    planning::moveVertex(m_working, *m_dragged, {p.x(), p.y()});
    m_moved = true;
    m_overlay.setSnapMarker(snapped);
    showWorking();
    return true;
}

bool ZoneVertexTool::mouseRelease(QMouseEvent* event, QPointF mapPos) {
    if (!m_dragged || event->button() != Qt::LeftButton)
        return false;
    // The release position counts even without a move event before it (as QTest sends them);
    // a release where the press was is a click, not a move.
    if (m_moved || QLineF(m_pressPixel, event->position()).length() >= 2) {
        const auto snapped = m_snap ? m_snap(mapPos) : std::nullopt;
        const QPointF p = snapped.value_or(mapPos);
        planning::moveVertex(m_working, *m_dragged, {p.x(), p.y()});
        m_moved = true;
    }
    const bool changed = m_moved || m_inserting;
    const bool inserted = m_inserting;
    m_dragged.reset();
    m_inserting = false;
    m_overlay.setSnapMarker(std::nullopt);
    if (changed)
        emit edited(m_working, inserted ? tr("Insert zone vertex") : tr("Move zone vertex"));
    // The receiver calls setPolygon() with the outcome; until then show the committed shape.
    m_overlay.setEdited(m_zone);
    m_canvas.update();
    return true;
}

bool ZoneVertexTool::keyPress(QKeyEvent* event) {
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && m_hovered &&
        !m_dragged) {
        deleteVertex(*m_hovered);
        return true;
    }
    if (event->key() == Qt::Key_Escape && m_dragged) {
        m_dragged.reset();
        m_inserting = false;
        m_overlay.setEdited(m_zone);
        m_canvas.update();
        return true;
    }
    return false;
}

void ZoneVertexTool::deleteVertex(planning::VertexRef vertex) {
    planning::ZonePolygon next = m_polygon;
    if (!planning::deleteVertex(next, vertex)) {
        emit message(tr("A zone ring keeps at least 3 vertices."));
        return;
    }
    m_hovered.reset();
    emit edited(next, tr("Delete zone vertex"));
}

void ZoneVertexTool::deactivate() {
    m_dragged.reset();
    m_hovered.reset();
    m_inserting = false;
    m_overlay.setEdited(-1);
    m_overlay.setSnapMarker(std::nullopt);
    m_canvas.update();
    emit deactivated();
}

void ZoneVertexTool::showWorking() {
    m_overlay.setEdited(m_zone, m_working);
    m_canvas.update();
}

} // namespace cw::widgets
