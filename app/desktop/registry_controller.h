// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;

namespace cw::desktop {

class MainWindow;
class ProjectDocument;

/// The project registry dock: a filtered table of the plan's projects and the validated form that
/// edits them. Built by the main window, which it outlives neither; it adds its own docks, toolbars
/// and actions to `window` and to the Plan menu.
class RegistryController : public QObject {
    Q_OBJECT

public:
    RegistryController(ProjectDocument& document, MainWindow& window, QMenu& planMenu);

private:
    ProjectDocument& m_document;
    MainWindow& m_window;
};

} // namespace cw::desktop
