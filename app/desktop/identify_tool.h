// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace cw::widgets {
class IdentifyResultsPanel;
class MapCanvas;
} // namespace cw::widgets

namespace cw::desktop {

class ProjectDocument;

/// While active, a click on the map shows the topmost visible feature under it.
class IdentifyTool : public QObject {
    Q_OBJECT

public:
    IdentifyTool(widgets::MapCanvas& canvas, widgets::IdentifyResultsPanel& panel,
                 const ProjectDocument& document, QObject* parent = nullptr);

    bool isActive() const { return m_active; }
    void setActive(bool active);
    /// Identifies at a map position (what a click does; also for tests and scripts).
    void identifyAt(double mapX, double mapY);

signals:
    void resultShown();

private:
    widgets::MapCanvas& m_canvas;
    widgets::IdentifyResultsPanel& m_panel;
    const ProjectDocument& m_document;
    bool m_active = false;
};

} // namespace cw::desktop
