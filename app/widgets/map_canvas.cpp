// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map_canvas.h"

#include "render/map_decorations.h"

#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

namespace cw::widgets {
namespace {
// The local files among dropped URLs; empty when any is not a local file (a web link, text).
QStringList droppedFiles(const QMimeData* mime) {
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        paths << url.toLocalFile();
    }
    return paths;
}

constexpr int kClickSlopPx = 4;
// Short enough to feel immediate, long enough to merge the events of one wheel flick.
constexpr int kRenderDelayMs = 30;
const QColor kBackground(246, 247, 244);
} // namespace

MapCanvas::MapCanvas(QWidget* parent)
    : QWidget(parent), m_renderer(std::make_shared<render::MapRenderer>()) {
    m_renderer->setBackground(kBackground);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAcceptDrops(true);
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(kRenderDelayMs);
    connect(&m_renderTimer, &QTimer::timeout, this, &MapCanvas::startRender);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &MapCanvas::onRenderDone);
}

MapCanvas::~MapCanvas() {
    m_cancel.cancel();
    m_watcher.waitForFinished();
}

void MapCanvas::setMapCrs(const crs::Crs& crs) {
    render::MapSettings next(crs, {}, m_settings.outputSize());
    next.setCenter(m_settings.centerX(), m_settings.centerY());
    next.setMapUnitsPerPixel(m_settings.mapUnitsPerPixel());
    m_settings = next;
    // The old image is in another CRS: it cannot be shifted into this one.
    m_image = QImage();
    m_imageSettings = m_settings;
    viewChanged();
}

void MapCanvas::setLayers(RenderLayerList layers) {
    m_layers = std::move(layers);
    scheduleRender();
}

void MapCanvas::setToolCursor(const QCursor& cursor) {
    m_toolCursor = cursor;
    setCursor(cursor);
}

void MapCanvas::zoomToExtent(const geometry::Envelope& extent, double padFraction) {
    if (extent.isNull())
        return;
    // A single point still needs some area around it to fit.
    const double span = std::max(extent.width(), extent.height());
    const double pad =
        span > 0 ? span * padFraction : 100 * std::max(m_settings.mapUnitsPerPixel(), 1e-6);
    const geometry::Envelope padded = extent.buffered(pad);
    if (size().isEmpty() || !isVisible())
        m_pendingExtent = padded;
    m_settings =
        render::MapSettings(m_settings.crs(), padded, size().isEmpty() ? QSize(800, 600) : size());
    viewChanged();
}

void MapCanvas::zoomToFullExtent() {
    zoomToExtent(m_fullExtent);
}

void MapCanvas::setCenter(double x, double y) {
    m_settings.setCenter(x, y);
    viewChanged();
}

void MapCanvas::viewChanged() {
    update();
    emit extentChanged();
    scheduleRender();
}

void MapCanvas::scheduleRender() {
    ++m_request;
    m_renderTimer.start();
}

void MapCanvas::startRender() {
    if (!m_settings.isValid()) {
        m_drawnRequest = m_request; // nothing to draw
        return;
    }
    if (m_watcher.isRunning()) {
        // The running job is for an outdated view: stop it and draw again when it returns.
        m_cancel.cancel();
        m_pendingRender = true;
        return;
    }
    m_pendingRender = false;
    m_cancel = CancelToken();
    const auto layers =
        m_layers ? m_layers : std::make_shared<const std::vector<render::RenderLayer>>();
    m_watcher.setFuture(QtConcurrent::run([renderer = m_renderer, settings = m_settings, layers,
                                           cancel = m_cancel, request = m_request] {
        RenderResult result;
        result.settings = settings;
        result.request = request;
        result.image = renderer->render(settings, *layers, cancel, &result.stats);
        return result;
    }));
}

void MapCanvas::onRenderDone() {
    const RenderResult result = m_watcher.result();
    if (!result.stats.cancelled)
        m_drawnRequest = result.request; // answered, even when there was nothing to draw
    if (!result.image.isNull() && !result.stats.cancelled) {
        m_image = result.image;
        m_imageSettings = result.settings;
        m_imageLabels = result.stats.labelRects;
        ++m_finishedRenders;
        update();
        emit renderFinished(result.stats.milliseconds);
    }
    if (m_pendingRender)
        startRender();
}

std::vector<QRectF> MapCanvas::placedLabels() const {
    std::vector<QRectF> out;
    if (m_image.isNull() || !m_imageSettings.isValid() || !m_settings.isValid())
        return out;
    const auto topLeftMap = m_imageSettings.toMap(QPointF(0, 0));
    const QPointF topLeft = m_settings.toPixel(topLeftMap.x(), topLeftMap.y());
    const double scale = m_imageSettings.mapUnitsPerPixel() / m_settings.mapUnitsPerPixel();
    out.reserve(m_imageLabels.size());
    for (const QRectF& r : m_imageLabels)
        out.emplace_back(topLeft + r.topLeft() * scale, r.size() * scale);
    return out;
}

void MapCanvas::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), kBackground);
    if (!m_image.isNull() && m_imageSettings.isValid() && m_settings.isValid()) {
        // Place the last image where its corners fall in the current view: a pan shifts it,
        // a zoom scales it, until the fresh image arrives.
        const auto topLeftMap = m_imageSettings.toMap(QPointF(0, 0));
        const QPointF topLeft = m_settings.toPixel(topLeftMap.x(), topLeftMap.y());
        const double scale = m_imageSettings.mapUnitsPerPixel() / m_settings.mapUnitsPerPixel();
        const QRectF target(topLeft, QSizeF(m_image.size()) * scale);
        p.setRenderHint(QPainter::SmoothPixmapTransform, std::abs(scale - 1.0) > 1e-9);
        p.drawImage(target, m_image);
    }
    if (m_settings.isValid() && m_settings.crs().isValid()) {
        p.setRenderHint(QPainter::Antialiasing, true);
        for (MapOverlay* overlay : m_overlays) {
            p.save();
            overlay->paint(p, m_settings);
            p.restore();
        }
        render::MapDecorations::drawScaleBar(p, m_settings, QPointF(16, height() - 16));
        render::MapDecorations::drawNorthArrow(p, QPointF(width() - 30, 40), 36);
    }
}

void MapCanvas::applyPendingExtent() {
    m_settings = render::MapSettings(m_settings.crs(), m_pendingExtent, size());
    m_pendingExtent = {};
}

void MapCanvas::resizeEvent(QResizeEvent*) {
    if (!m_pendingExtent.isNull() && isVisible() && !size().isEmpty())
        applyPendingExtent();
    else // keep the centre and scale: a resize reveals more map rather than zooming
        m_settings.setOutputSize(size());
    viewChanged();
}

void MapCanvas::showEvent(QShowEvent*) {
    if (!m_pendingExtent.isNull() && !size().isEmpty()) {
        applyPendingExtent();
        viewChanged();
    }
}

bool MapCanvas::forwardToTool(QMouseEvent* event, bool (MapTool::*handler)(QMouseEvent*, QPointF)) {
    if (!m_tool || !m_settings.isValid())
        return false;
    return (m_tool->*handler)(event, m_settings.toMap(event->position()));
}

void MapCanvas::setMapTool(MapTool* tool) {
    if (tool == m_tool)
        return;
    if (m_tool)
        m_tool->deactivate();
    m_tool = tool;
    m_pressed = m_dragging = false;
    update();
    emit mapToolChanged();
}

void MapCanvas::addOverlay(MapOverlay* overlay) {
    if (std::find(m_overlays.begin(), m_overlays.end(), overlay) == m_overlays.end())
        m_overlays.push_back(overlay);
    update();
}

void MapCanvas::removeOverlay(MapOverlay* overlay) {
    std::erase(m_overlays, overlay);
    update();
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* event) {
    if (!forwardToTool(event, &MapTool::mouseDoubleClick))
        QWidget::mouseDoubleClickEvent(event);
}

void MapCanvas::keyPressEvent(QKeyEvent* event) {
    if (!m_tool || !m_tool->keyPress(event))
        QWidget::keyPressEvent(event);
}

void MapCanvas::mousePressEvent(QMouseEvent* event) {
    if (forwardToTool(event, &MapTool::mousePress))
        return;
    if (event->button() != Qt::LeftButton)
        return;
    m_pressed = true;
    m_dragging = false;
    m_pressPos = m_lastDragPos = event->position().toPoint();
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (m_settings.isValid()) {
        const QPointF map = m_settings.toMap(event->position());
        emit cursorMoved(map.x(), map.y());
    }
    if (forwardToTool(event, &MapTool::mouseMove))
        return;
    if (!m_pressed)
        return;
    if (!m_dragging && (pos - m_pressPos).manhattanLength() >= kClickSlopPx) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        m_settings.panByPixels(QPointF(pos - m_lastDragPos));
        m_lastDragPos = pos;
        viewChanged();
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (forwardToTool(event, &MapTool::mouseRelease)) {
        m_pressed = m_dragging = false;
        return;
    }
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        setCursor(m_toolCursor);
        return;
    }
    if (m_settings.isValid()) {
        const QPointF map = m_settings.toMap(event->position());
        emit clicked(map.x(), map.y());
    }
}

void MapCanvas::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0 || !m_settings.isValid())
        return;
    m_settings.zoomAbout(event->position(), std::pow(1.25, steps));
    viewChanged();
    event->accept();
}

void MapCanvas::dragEnterEvent(QDragEnterEvent* event) {
    if (!droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MapCanvas::dragMoveEvent(QDragMoveEvent* event) {
    if (!droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MapCanvas::dropEvent(QDropEvent* event) {
    const QStringList paths = droppedFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop returns: the file manager should not wait for the dialogs that follow.
    QTimer::singleShot(0, this, [this, paths] { emit filesDropped(paths); });
}

} // namespace cw::widgets
