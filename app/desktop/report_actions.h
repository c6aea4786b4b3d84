// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report_data.h"

#include <QObject>
#include <memory>

class QAction;
class QWidget;

namespace cw::widgets {
class MapCanvas;
}

namespace cw::desktop {

class AnalysisController;
class ProjectDocument;

/// The File menu's exports: report, print layout, map image, tables. Gathers what the open project
/// and the latest analysis runs hold and hands it to the report widgets.
class ReportActions : public QObject {
    Q_OBJECT

public:
    ReportActions(ProjectDocument& document, widgets::MapCanvas& canvas,
                  AnalysisController& analyses, QWidget* window);
    QAction* reportAction() const { return m_report; }
    QAction* mapImageAction() const { return m_mapImage; }
    QAction* tablesAction() const { return m_tables; }
    QAction* layoutAction() const { return m_layout; }
    /// The report's input as it stands now (project layers, the session's results or the
    /// results file beside the project; no results unless `withResults`).
    std::shared_ptr<const report::ReportData> reportData(bool withResults = true) const;

private:
    ProjectDocument& m_document;
    widgets::MapCanvas& m_canvas;
    AnalysisController& m_analyses;
    QWidget* m_window;
    QAction* m_report;
    QAction* m_mapImage;
    QAction* m_tables;
    QAction* m_layout;
};

} // namespace cw::desktop
