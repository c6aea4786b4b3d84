// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/progress.h"
#include "render/map_renderer.h"
#include "render/map_settings.h"
#include "render/render_layer.h"
#include "widgets/map_tool.h"

#include <QCursor>
#include <QFutureWatcher>
#include <QImage>
#include <QStringList>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <vector>

namespace cw::widgets {

/// Snapshot of what the canvas draws; shared with the render thread, never mutated.
using RenderLayerList = std::shared_ptr<const std::vector<render::RenderLayer>>;

/// The interactive map: draws a layer snapshot off the UI thread and shows the last image,
/// shifted or scaled to the current view, until the next one is ready.
class MapCanvas : public QWidget {
    Q_OBJECT

public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    const render::MapSettings& settings() const { return m_settings; }
    /// Sets the map CRS; the caller re-projects the layers and zooms as needed.
    void setMapCrs(const crs::Crs& crs);
    void setLayers(RenderLayerList layers);
    void setFullExtent(const geometry::Envelope& extent) { m_fullExtent = extent; }
    /// Fits `extent` in the view with a margin of `padFraction` of its size on each side.
    void zoomToExtent(const geometry::Envelope& extent, double padFraction = 0.05);
    /// The cursor of the active tool, restored after a pan.
    void setToolCursor(const QCursor& cursor);
    void zoomToFullExtent();
    void setCenter(double x, double y);

    /// The active tool (not owned; null: pan and click). The previous one is deactivated.
    void setMapTool(MapTool* tool);
    MapTool* mapTool() const { return m_tool; }
    /// Overlays (not owned) are painted over the map in the order added.
    void addOverlay(MapOverlay* overlay);
    void removeOverlay(MapOverlay* overlay);

    /// The last finished image, and whether a newer one is being drawn (for tests and tools).
    const QImage& image() const { return m_image; }
    /// Where the shown image's labels are, in the view's pixels now (a pan or zoom since the
    /// image was drawn moves them with it).
    std::vector<QRectF> placedLabels() const;
    /// True until the latest change is drawn: a render of an older view or of older layers that
    /// returns meanwhile does not count.
    bool isRendering() const {
        return m_watcher.isRunning() || m_renderTimer.isActive() || m_drawnRequest != m_request;
    }
    int finishedRenderCount() const { return m_finishedRenders; }

signals:
    /// setMapTool() replaced the active tool (a zone tool took over from Select, ...).
    void mapToolChanged();
    void cursorMoved(double mapX, double mapY);
    void clicked(double mapX, double mapY);
    void extentChanged();
    void renderFinished(double milliseconds);
    /// Local files were dropped on the map (e.g. from the file manager), in the order given.
    void filesDropped(const QStringList& paths);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    bool forwardToTool(QMouseEvent* event, bool (MapTool::*handler)(QMouseEvent*, QPointF));
    struct RenderResult {
        QImage image;
        render::MapSettings settings;
        render::RenderStats stats;
        quint64 request = 0; // the scheduleRender() it answers
    };
    void viewChanged();
    void applyPendingExtent();
    void scheduleRender();
    void startRender();
    void onRenderDone();

    render::MapSettings m_settings;
    RenderLayerList m_layers;
    geometry::Envelope m_fullExtent;
    geometry::Envelope m_pendingExtent; // fitted once the widget has a size
    // One renderer per canvas: its tile cache makes pans and layer toggles cheap.
    std::shared_ptr<render::MapRenderer> m_renderer;
    QFutureWatcher<RenderResult> m_watcher;
    CancelToken m_cancel;
    QTimer m_renderTimer;
    bool m_pendingRender = false;

    QImage m_image;
    render::MapSettings m_imageSettings;
    std::vector<QRectF> m_imageLabels;
    int m_finishedRenders = 0;
    quint64 m_request = 0;      // bumped by every scheduleRender()
    quint64 m_drawnRequest = 0; // the request the shown image answers

    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_dragging = false;
    bool m_pressed = false;
    QCursor m_toolCursor;
    MapTool* m_tool = nullptr;
    std::vector<MapOverlay*> m_overlays;
};

} // namespace cw::widgets
