// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;

namespace cw::desktop {

class MainWindow;
class ProjectDocument;

/// Scenarios: create, copy, rename, delete, switch, and compare two side by side.
/// Built by the main window, which it outlives neither; it adds its own docks, toolbars and
/// actions to `window` and to the Plan menu.
class ScenarioController : public QObject {
    Q_OBJECT

public:
    ScenarioController(ProjectDocument& document, MainWindow& window, QMenu& planMenu);

private:
    ProjectDocument& m_document;
    MainWindow& m_window;
};

} // namespace cw::desktop
