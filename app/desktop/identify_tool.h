// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace cw::widgets {
class IdentifyResultsPanel;
class MapCanvas;
class RubberBandTool;
} // namespace cw::widgets

namespace cw::desktop {

class ProjectDocument;

/// While active, a click on the map lists every visible feature under it, topmost first, in
/// the identify panel. The click goes to this tool alone: it does not also select the sandbox
/// zone below.
class IdentifyTool : public QObject {
    Q_OBJECT

public:
    IdentifyTool(widgets::MapCanvas& canvas, widgets::IdentifyResultsPanel& panel,
                 const ProjectDocument& document, QObject* parent = nullptr);

    bool isActive() const { return m_active; }
    void setActive(bool active);
    widgets::RubberBandTool& mapTool() const { return *m_tool; }
    /// Identifies at a map position (what a click does; also for tests and scripts).
    void identifyAt(double mapX, double mapY);

signals:
    void resultShown();

private:
    widgets::MapCanvas& m_canvas;
    widgets::IdentifyResultsPanel& m_panel;
    const ProjectDocument& m_document;
    widgets::RubberBandTool* m_tool;
    bool m_active = false;
};

} // namespace cw::desktop
