// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/report_actions.h"

#include "cityweave/analysis/result_reader.h"
#include "common/plugin_setup.h"
#include "desktop/analysis_controller.h"
#include "desktop/project_document.h"
#include "report/report_text.h"
#include "services/results_location.h"
#include "widgets/map_canvas.h"
#include "widgets/report/map_image_dialog.h"
#include "widgets/report/print_layout_dialog.h"
#include "widgets/report/report_dialog.h"
#include "widgets/report/table_export.h"

#include <QAction>
#include <QFileInfo>
#include <QWidget>

namespace cw::desktop {

ReportActions::ReportActions(ProjectDocument& document, widgets::MapCanvas& canvas,
                             AnalysisController& analyses, QWidget* window)
    : QObject(window), m_document(document), m_canvas(canvas), m_analyses(analyses),
      m_window(window), m_report(new QAction(tr("Export &Report…"), this)),
      m_mapImage(new QAction(tr("Export &Map Image…"), this)),
      m_tables(new QAction(tr("Export &Tables…"), this)),
      m_layout(new QAction(tr("&Print Layout…"), this)) {
    m_layout->setObjectName(QStringLiteral("actionPrintLayout"));
    m_layout->setShortcut(QKeySequence::Print);
    connect(m_layout, &QAction::triggered, this, [this] {
        const report::ReportText text(m_document.language());
        auto content = std::make_shared<report::LayoutContent>(
            report::LayoutContent::fromReport(*reportData(false), text));
        widgets::PrintLayoutDialog dialog(m_document.path(), std::move(content),
                                          m_canvas.settings().visibleExtent(), m_window);
        dialog.exec();
    });
    connect(m_report, &QAction::triggered, this, [this] {
        widgets::ReportDialog dialog(reportData(), m_window, m_document.language());
        dialog.exec();
    });
    connect(m_mapImage, &QAction::triggered, this, [this] {
        widgets::MapImageDialog dialog(m_canvas.settings(), m_document.renderLayers(), m_window);
        dialog.exec();
    });
    connect(m_tables, &QAction::triggered, this, [this] {
        const QString folder =
            m_document.path().isEmpty() ? QString() : QFileInfo(m_document.path()).absolutePath();
        widgets::TableExport::run(m_window, m_analyses.results(), folder);
    });
}

std::shared_ptr<const report::ReportData> ReportActions::reportData(bool withResults) const {
    auto data = std::make_shared<report::ReportData>();
    data->projectPath = m_document.path();
    data->project = m_document.project();
    std::erase_if(data->project.projects, [](const project::ProjectInfo& p) {
        return p.id == ProjectDocument::resultsGroupId();
    });
    data->mapCrs = m_document.mapCrs();
    data->registry = &m_analyses.registry();
    for (const auto& layer : m_document.layers())
        if (layer.isLoaded() && layer.entry.projectId != ProjectDocument::resultsGroupId())
            data->layers.push_back(layer);
    if (!withResults)
        return data;
    for (const auto& r : m_analyses.results())
        data->results.push_back(*r);
    if (!data->results.empty()) {
        data->resultsOrigin = report::ResultsOrigin::InMemory;
    } else if (!data->projectPath.isEmpty()) {
        // Results saved by an earlier session (beside the project, or in the user's folder).
        const QString beside =
            services::existingResultsFor(data->projectPath, app::userResultsFolder());
        if (QFileInfo::exists(beside))
            if (auto read = analysis::readResultsGeoPackage(beside.toStdString())) {
                data->results = std::move(read).value();
                data->resultsOrigin = report::ResultsOrigin::File;
                data->resultsPath = beside;
            }
    }
    return data;
}

} // namespace cw::desktop
