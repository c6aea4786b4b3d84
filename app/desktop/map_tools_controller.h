// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/geometry/envelope.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QActionGroup;
class QMainWindow;
class QToolBar;

namespace cw::widgets {
class FeatureMarksOverlay;
class FeatureSelection;
class IdentifyResultsPanel;
class MapCanvas;
class MeasureTool;
class RubberBandTool;
} // namespace cw::widgets

namespace cw::desktop {

class IdentifyTool;
class ProjectDocument;

/// The map toolbar a QGIS user reaches for: pan, zoom in/out, zoom box, zoom full, to the
/// layer and to the selection; identify (every feature under the click, highlighted); select
/// by click or rectangle (Shift adds, Ctrl toggles); measure a distance or an area. The tools
/// are exclusive; a zone tool taking the map over puts the toolbar back on Pan.
class MapToolsController : public QObject {
    Q_OBJECT

public:
    MapToolsController(QMainWindow& window, widgets::MapCanvas& canvas,
                       widgets::IdentifyResultsPanel& identifyPanel, ProjectDocument& document);
    ~MapToolsController() override;

    QToolBar& toolbar() const { return *m_toolbar; }
    widgets::MapCanvas& canvas() const { return m_canvas; }
    widgets::FeatureSelection& selection() const { return *m_selection; }
    IdentifyTool& identifyTool() const { return *m_identify; }
    widgets::MeasureTool& measureTool(bool area) const { return area ? *m_area : *m_distance; }
    /// The extent of the selected features in the map CRS (null when nothing is selected).
    geometry::Envelope selectionExtent() const;
    /// Frames features of one layer (the attribute table's "zoom to").
    void zoomToFeatures(const QString& layerId, const std::vector<std::size_t>& features);
    /// Selects the features of `layerId` that touch `box` (map CRS), as a drag does.
    void selectIn(const geometry::Envelope& box, Qt::KeyboardModifiers modifiers = {});

signals:
    void message(const QString& text, int milliseconds);

private:
    QAction* addTool(const QString& text, const char* name, const QKeySequence& shortcut);
    void buildToolbar();
    void onToolChosen(QAction* action);
    void onCanvasToolChanged();
    void selectAt(QPointF mapPos, Qt::KeyboardModifiers modifiers);
    void zoomBy(double factor);
    void refreshMarks();

    QMainWindow& m_window;
    widgets::MapCanvas& m_canvas;
    QPointer<widgets::MapCanvas> m_canvasAlive; // null once the window has destroyed it
    ProjectDocument& m_document;
    QToolBar* m_toolbar;
    QActionGroup* m_tools;
    QAction* m_pan = nullptr;
    widgets::FeatureSelection* m_selection;
    std::unique_ptr<widgets::FeatureMarksOverlay> m_selectionMarks;
    std::unique_ptr<widgets::FeatureMarksOverlay> m_identifyMarks;
    widgets::RubberBandTool* m_zoomBox;
    widgets::RubberBandTool* m_select;
    widgets::MeasureTool* m_distance;
    widgets::MeasureTool* m_area;
    IdentifyTool* m_identify;
};

} // namespace cw::desktop
