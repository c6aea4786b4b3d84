// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;

namespace cw::desktop {

class MainWindow;
class ProjectDocument;

/// The sandbox compliance check: runs it off the UI thread, lists violations with reasons and
/// highlights them on the map. Built by the main window, which it outlives neither; it adds its own
/// docks, toolbars and actions to `window` and to the Plan menu.
class ComplianceController : public QObject {
    Q_OBJECT

public:
    ComplianceController(ProjectDocument& document, MainWindow& window, QMenu& planMenu);

private:
    ProjectDocument& m_document;
    MainWindow& m_window;
};

} // namespace cw::desktop
