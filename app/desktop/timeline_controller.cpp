// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/timeline_controller.h"

#include "cityweave/planning/timeline.h"
#include "desktop/main_window.h"
#include "desktop/project_document.h"
#include "widgets/layer_tree_widget.h"
#include "widgets/map_canvas.h"
#include "widgets/timeline/rollout_overlay.h"
#include "widgets/timeline/timeline_bar.h"

#include <QAction>
#include <QMenu>
#include <algorithm>

namespace cw::desktop {

TimelineController::TimelineController(ProjectDocument& document, MainWindow& window,
                                       QMenu& planMenu)
    : QObject(&window), m_document(document), m_window(window),
      m_bar(new widgets::TimelineBar(&window)),
      m_rollout(std::make_unique<widgets::RolloutOverlay>()), m_canvas(&window.canvas()) {
    window.addToolBar(Qt::BottomToolBarArea, m_bar);
    QAction* show = m_bar->toggleViewAction();
    show->setObjectName(QStringLiteral("actionShowTimeline"));
    show->setText(tr("&Timeline"));
    planMenu.addAction(show);
    m_canvas->addOverlay(m_rollout.get());

    connect(m_bar, &widgets::TimelineBar::filterChanged, this, [this] {
        render::PlanFilter filter;
        filter.year = m_bar->year();
        filter.stages = m_bar->stages();
        m_document.setPlanFilter(filter);
    });
    connect(&document, &ProjectDocument::planChanged, this, &TimelineController::onPlanChanged);
    // Another project has other years: it opens showing all of it.
    connect(&document, &ProjectDocument::projectReplaced, this, [this] {
        m_bar->pause();
        m_document.setPlanFilter({});
        onPlanChanged();
    });
    connect(&document, &ProjectDocument::planFilterChanged, this,
            &TimelineController::onFilterChanged);
    // The roll-out is outlined on layers, which arrive (or change) after the plan does.
    connect(&document, &ProjectDocument::layersChanged, this, &TimelineController::updateRollout);
    connect(&document, &ProjectDocument::renderLayersChanged, this,
            &TimelineController::updateRollout);
    onPlanChanged();
}

TimelineController::~TimelineController() {
    if (m_canvas)
        m_canvas->removeOverlay(m_rollout.get());
}

void TimelineController::onPlanChanged() {
    const auto [first, last] = planning::planYears(m_document.project().projects);
    m_bar->setYearRange(first, last);
    onFilterChanged();
}

void TimelineController::onFilterChanged() {
    const render::PlanFilter& filter = m_document.planFilter();
    m_bar->showFilter(filter.year, filter.stages);
    updateLegend();
    updateRollout();
}

void TimelineController::updateLegend() {
    const render::PlanFilter& filter = m_document.planFilter();
    std::map<QString, QString> reasons;
    for (const auto& info : m_document.project().projects) {
        switch (filter.whyHidden(info)) {
        case render::PlanFilter::Hidden::No:
            break;
        case render::PlanFilter::Hidden::OutsideYear:
            reasons[QString::fromStdString(info.id)] =
                tr("Not in the plan in %1").arg(*filter.year);
            break;
        case render::PlanFilter::Hidden::StageFilteredOut:
            reasons[QString::fromStdString(info.id)] =
                tr("Stage %1 is filtered out").arg(info.stage);
            break;
        }
    }
    m_window.layerTree().setFilteredOut(reasons);
}

void TimelineController::updateRollout() {
    const render::PlanFilter& filter = m_document.planFilter();
    const auto& plan = m_document.project();
    std::vector<std::string> districts;
    if (filter.year) {
        for (const auto& info : plan.projects) {
            if (info.stage != 3 || !filter.showsProject(info))
                continue;
            for (auto& d : planning::rolledOutDistricts(info, *filter.year))
                if (std::find(districts.begin(), districts.end(), d) == districts.end())
                    districts.push_back(std::move(d));
        }
    }
    // The districts are outlined on whatever drawn polygons carry their codes or names. The
    // scan runs once per change of districts or of what is drawn, not on every signal.
    const auto drawn = m_document.renderLayers();
    std::string signature = std::to_string(filter.year.value_or(0));
    signature += ':';
    for (const auto& d : districts)
        (signature += d) += ',';
    signature += '|';
    for (const auto& layer : *drawn)
        (signature += layer.key) += ',';
    if (signature == m_rolloutSignature)
        return;
    m_rolloutSignature = signature;
    if (districts.empty()) {
        m_rollout->clear();
        m_canvas->update();
        return;
    }
    QStringList names;
    for (const auto& d : districts) {
        const std::string name = widgets::seoulDistrictName(d);
        names << QString::fromStdString(name.empty() ? d : name);
    }
    m_rollout->setOutlines(
        widgets::districtOutlines(*drawn, districts),
        tr("Stage-3 roll-out by %1: %2").arg(*filter.year).arg(names.join(QStringLiteral(", "))));
    m_canvas->update();
}

} // namespace cw::desktop
