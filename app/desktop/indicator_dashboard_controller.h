// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;

namespace cw::desktop {

class MainWindow;
class ProjectDocument;

/// The indicators dashboard dock: per-project and rolled-up indicator charts (Qt Charts).
/// Built by the main window, which it outlives neither; it adds its own docks, toolbars and
/// actions to `window` and to the Plan menu.
class IndicatorDashboardController : public QObject {
    Q_OBJECT

public:
    IndicatorDashboardController(ProjectDocument& document, MainWindow& window, QMenu& planMenu);

private:
    ProjectDocument& m_document;
    MainWindow& m_window;
};

} // namespace cw::desktop
