// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/indicator_dashboard_controller.h"

#include "desktop/main_window.h"
#include "desktop/project_document.h"

#include <QMenu>

namespace cw::desktop {

IndicatorDashboardController::IndicatorDashboardController(ProjectDocument& document,
                                                           MainWindow& window, QMenu& planMenu)
    : QObject(&window), m_document(document), m_window(window) {
    Q_UNUSED(planMenu);
}

} // namespace cw::desktop
