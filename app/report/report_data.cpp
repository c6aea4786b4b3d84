// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_data.h"

#include "cityweave/crs/plan_crs.h"
#include "cityweave/data/layer_reader.h"
#include "cityweave/planning/scenarios.h"
#include "cityweave/project/project_store.h"

#include <QFileInfo>

namespace cw::report {

const analysis::AnalysisResult* ReportData::result(const std::string& analysisId) const {
    for (const auto& r : results)
        if (r.analysisId == analysisId)
            return &r;
    return nullptr;
}

const analysis::ResultTable* ReportData::table(const std::string& key) const {
    for (const auto& r : results)
        if (const auto* t = r.table(key))
            return t;
    return nullptr;
}

const analysis::ResultLayer* ReportData::resultLayer(const std::string& key, crs::Crs* crs) const {
    for (const auto& r : results)
        if (const auto* l = r.layer(key)) {
            if (crs)
                *crs = r.crs;
            return l;
        }
    return nullptr;
}

QString ReportData::analysisName(const std::string& analysisId, const QString& language) const {
    if (registry)
        if (const auto* a = registry->find(analysisId))
            return QString::fromStdString(a->descriptor().name.in(language.toStdString()));
    return QString::fromStdString(analysisId);
}

geometry::Envelope ReportData::projectLayersExtent() const {
    geometry::Envelope extent;
    for (const auto& l : layers)
        if (l.indexed)
            extent.expand(l.indexed->geometries.extent());
    return extent;
}

Result<ReportData> loadReportData(const QString& projectPath,
                                  const analysis::AnalysisRegistry* registry,
                                  const CancelToken& cancel, const std::string& scenario) {
    const std::string path = projectPath.toStdString();
    auto project = project::ProjectStore::load(path);
    if (!project)
        return project.error();
    if (!scenario.empty())
        if (auto switched = planning::switchScenario(*project, scenario); !switched)
            return switched.error();
    auto mapCrs =
        crs::Crs::fromUserInput(project->view.crs.empty() ? crs::kPlanCrsText : project->view.crs);
    if (!mapCrs)
        return mapCrs.error();
    ReportData data;
    data.projectPath = QFileInfo(projectPath).absoluteFilePath();
    data.project = std::move(project).value();
    data.mapCrs = *mapCrs;
    data.registry = registry;
    const data::ReuseOpenFiles reuse; // most layers sit in the project file itself
    for (const auto& entry : data.project.layers) {
        if (cancel.isCancelled())
            return makeError(ErrorCode::Cancelled);
        // The active scenario may draw a layer from another table (a moved site).
        render::LoadedLayer loaded = render::LayerSet::load(
            path, planning::effectiveLayer(data.project, entry), data.mapCrs, cancel);
        if (loaded.error)
            return *loaded.error;
        data.layers.push_back(std::move(loaded));
    }
    return data;
}

} // namespace cw::report
