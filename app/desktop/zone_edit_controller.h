// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;

namespace cw::desktop {

class MainWindow;
class ProjectDocument;

/// Sandbox zones on the map: drawing and editing their polygons (vertices, snapping, split, merge)
/// and their properties. Built by the main window, which it outlives neither; it adds its own
/// docks, toolbars and actions to `window` and to the Plan menu.
class ZoneEditController : public QObject {
    Q_OBJECT

public:
    ZoneEditController(ProjectDocument& document, MainWindow& window, QMenu& planMenu);

private:
    ProjectDocument& m_document;
    MainWindow& m_window;
};

} // namespace cw::desktop
