// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/indicator_dashboard_controller.h"

#include "common/error_text.h"
#include "desktop/main_window.h"
#include "desktop/project_document.h"
#include "services/background_job.h"
#include "widgets/indicators/indicator_rollup_panel.h"
#include "widgets/indicators/project_indicators_panel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QTabWidget>
#include <QTimer>
#include <algorithm>
#include <set>
#include <utility>

namespace cw::desktop {
namespace {

// Roll-ups apportion in the sandbox zones' storage CRS (metres), like `cityweave-cli check`.
constexpr int kRollupEpsg = project::kSandboxZoneEpsg;
constexpr int kDockWidth = 420;

// The field that most likely names a layer's areas (districts: "name", "SIG_KOR_NM", ...).
QString preferredNameField(const data::VectorLayer& layer) {
    for (const char* exact : {"name", "name_ko", "gu_name", "SIG_KOR_NM", "sgg_nm", "adm_nm"})
        for (const auto& f : layer.fields)
            if (QString::fromStdString(f.name).compare(QLatin1String(exact), Qt::CaseInsensitive) ==
                0)
                return QString::fromStdString(f.name);
    for (const auto& f : layer.fields)
        if (f.type == data::FieldType::String &&
            QString::fromStdString(f.name).contains(QLatin1String("name"), Qt::CaseInsensitive))
            return QString::fromStdString(f.name);
    for (const auto& f : layer.fields)
        if (f.type == data::FieldType::String)
            return QString::fromStdString(f.name);
    return {};
}

bool sameLayers(const std::vector<planning::ProjectLayerData>& a,
                const std::vector<planning::ProjectLayerData>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
        return x.projectId == y.projectId && x.layerId == y.layerId && x.data == y.data;
    });
}

} // namespace

struct IndicatorDashboardController::Outcome {
    std::vector<planning::IndicatorRollupRow> rows;
    std::optional<Error> error;
    bool cancelled = false;
};

bool IndicatorDashboardController::Request::operator==(const Request& o) const {
    return projects == o.projects && sameLayers(layers, o.layers) && zones == o.zones &&
           areaLayer == o.areaLayer && nameField == o.nameField && language == o.language;
}

IndicatorDashboardController::IndicatorDashboardController(ProjectDocument& document,
                                                           MainWindow& window, QMenu& planMenu)
    : QObject(&window), m_document(document), m_window(window),
      m_dock(new QDockWidget(tr("Indicators"), &window)), m_tabs(new QTabWidget),
      m_action(m_dock->toggleViewAction()), m_projectPanel(new widgets::ProjectIndicatorsPanel),
      m_rollupPanel(new widgets::IndicatorRollupPanel), m_debounce(new QTimer(this)) {
    m_dock->setObjectName(QStringLiteral("indicatorsDock"));
    m_tabs->setObjectName(QStringLiteral("indicatorTabs"));
    m_tabs->addTab(m_projectPanel, tr("By project"));
    m_tabs->addTab(m_rollupPanel, tr("Roll-up"));
    m_dock->setWidget(m_tabs);
    window.addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    m_action->setText(tr("&Indicators"));
    m_action->setObjectName(QStringLiteral("actionIndicators"));
    m_action->setStatusTip(tr("Show the indicator dashboard: each project's figures and their "
                              "roll-up by zone or district"));
    planMenu.addAction(m_action);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150); // one run for a burst of edits or layer loads
    connect(m_debounce, &QTimer::timeout, this, &IndicatorDashboardController::rollupIfChanged);

    connect(&document, &ProjectDocument::planChanged, this, [this] {
        refreshProjects();
        refreshRollupChoices();
        scheduleRollup();
    });
    connect(&document, &ProjectDocument::planFilterChanged, this, [this] {
        refreshProjects();
        scheduleRollup();
    });
    connect(&document, &ProjectDocument::layersChanged, this, [this] {
        refreshProjects(); // adding a project's layers may add the project
        refreshRollupChoices();
        scheduleRollup();
    });
    connect(&document, &ProjectDocument::projectReplaced, this, [this] {
        ++m_serial; // a run for the old project is dropped when it ends
        m_shown.reset();
    });
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible)
            return;
        // Charts need room: the dock opens at a readable width the first time.
        if (!m_sized && !m_dock->isFloating()) {
            m_sized = true;
            m_window.resizeDocks({m_dock}, {kDockWidth}, Qt::Horizontal);
        }
        scheduleRollup();
    });
    connect(m_rollupPanel, &widgets::IndicatorRollupPanel::areasChanged, this,
            &IndicatorDashboardController::scheduleRollup);
    connect(m_rollupPanel, &widgets::IndicatorRollupPanel::cancelRequested, this,
            &IndicatorDashboardController::cancelRollup);
    refreshProjects();
    refreshRollupChoices();
}

IndicatorDashboardController::~IndicatorDashboardController() {
    m_cancel.cancel();
}

QLocale IndicatorDashboardController::locale() const {
    return QLocale(m_document.language() == QStringLiteral("ko") ? QLocale::Korean
                                                                 : QLocale::English);
}

void IndicatorDashboardController::showTab(int index) {
    m_tabs->setCurrentIndex(index);
}

void IndicatorDashboardController::refreshProjects() {
    const auto& plan = m_document.project();
    std::vector<project::ProjectInfo> projects;
    std::set<std::string> hidden;
    for (const auto& p : plan.projects) {
        if (p.id == ProjectDocument::resultsGroupId())
            continue;
        projects.push_back(p);
        if (!m_document.planFilter().showsProject(p))
            hidden.insert(p.id);
    }
    m_projectPanel->setPlan(projects, hidden, m_document.language().toStdString(), locale());
}

void IndicatorDashboardController::refreshRollupChoices() {
    const std::string lang = m_document.language().toStdString();
    std::vector<widgets::RollupAreaSource> sources;
    sources.push_back({QString(), tr("Sandbox zones of the plan"), {}, {}});
    for (const auto& l : m_document.layers()) {
        if (!l.data || l.data->family != geometry::GeometryFamily::Polygon)
            continue;
        widgets::RollupAreaSource s;
        s.layerId = QString::fromStdString(l.entry.id);
        s.name = QString::fromStdString(l.entry.name.in(lang));
        if (s.name.isEmpty())
            s.name = s.layerId;
        for (const auto& f : l.data->fields)
            s.fields << QString::fromStdString(f.name);
        s.preferredField = preferredNameField(*l.data);
        sources.push_back(std::move(s));
    }
    {
        // Filling the combos is not a choice of the user's: one scheduled run follows.
        const QSignalBlocker block(m_rollupPanel);
        m_rollupPanel->setAreaSources(sources);
    }
    std::vector<project::ProjectInfo> projects = m_document.project().projects;
    m_rollupPanel->setIndicators(widgets::indicatorChoices(projects), lang, locale());
}

void IndicatorDashboardController::scheduleRollup() {
    if (m_dock->isVisible())
        m_debounce->start();
}

void IndicatorDashboardController::runRollup() {
    m_shown.reset();
    m_debounce->stop();
    rollupIfChanged();
}

void IndicatorDashboardController::rollupIfChanged() {
    QString problem;
    auto request = makeRequest(&problem);
    if (m_running) {
        // The run in progress is either still right or superseded: then it is redone.
        if (!(request && m_runningRequest && *request == *m_runningRequest)) {
            m_rerun = true;
            m_cancel.cancel();
        }
        return;
    }
    if (!request) {
        m_shown.reset();
        m_rows.clear();
        m_rollupPanel->showMessage(problem);
        emit rollupFinished(false);
        return;
    }
    if (!(m_shown && *m_shown == *request))
        start(std::move(*request));
}

void IndicatorDashboardController::cancelRollup() {
    if (!m_running)
        return;
    m_rerun = false;
    m_cancel.cancel();
    m_rollupPanel->showRunning(tr("Cancelling…"));
}

std::optional<IndicatorDashboardController::Request>
IndicatorDashboardController::makeRequest(QString* problem) const {
    Request r;
    r.language = m_document.language().toStdString();
    for (const auto& p : m_document.project().projects)
        if (!p.indicators.empty() && m_document.planFilter().showsProject(p))
            r.projects.push_back(p);
    for (const auto& l : m_document.layers())
        if (l.data && !l.entry.projectId.empty())
            r.layers.push_back({l.entry.projectId, l.entry.id, l.data});
    if (m_rollupPanel->areasAreSandboxZones()) {
        r.zones = m_document.project().sandboxZones;
        const bool anyArea = std::any_of(r.zones.begin(), r.zones.end(), [](const auto& z) {
            return z.area.featureCount() > 0 && !z.area.isEmpty(0);
        });
        if (!anyArea) {
            *problem = tr("The plan has no sandbox zone with an area. Draw one, or choose a "
                          "layer of areas such as districts.");
            return std::nullopt;
        }
        return r;
    }
    const render::LoadedLayer* layer = m_document.findLayer(m_rollupPanel->areaLayerId());
    if (!layer || !layer->data) {
        *problem = tr("The layer of areas is not loaded.");
        return std::nullopt;
    }
    r.areaLayer = layer->data;
    r.nameField = m_rollupPanel->areaNameField().toStdString();
    return r;
}

void IndicatorDashboardController::start(Request request) {
    m_running = true;
    m_rerun = false;
    m_cancel = CancelToken();
    m_rollupPanel->showRunning(tr("Rolling up the indicators…"));
    m_runningRequest = request;
    const quint64 serial = m_serial;
    auto work = [request = std::move(request), cancel = m_cancel](services::JobProgress&) {
        Outcome out;
        auto fail = [&](const Error& e) {
            out.cancelled = cancel.isCancelled() || e.code == ErrorCode::Cancelled;
            out.error = e;
            return out;
        };
        auto crs = crs::Crs::fromEpsg(kRollupEpsg);
        if (!crs)
            return fail(crs.error());
        auto footprints =
            planning::footprintsFromLayers(request.projects, request.layers, *crs, cancel);
        if (!footprints)
            return fail(footprints.error());
        Result<data::VectorLayer> areas =
            request.areaLayer ? planning::layerForRollup(*request.areaLayer, *crs)
                              : planning::sandboxZonesLayer(request.zones, request.language);
        if (!areas)
            return fail(areas.error());
        if (cancel.isCancelled())
            return fail(makeError(ErrorCode::Cancelled));
        const std::string nameField =
            request.areaLayer ? request.nameField : std::string(planning::kZoneNameField);
        auto rows = planning::rollupIndicators(request.projects, *footprints, *areas, nameField);
        if (!rows)
            return fail(rows.error());
        if (cancel.isCancelled())
            return fail(makeError(ErrorCode::Cancelled));
        out.rows = std::move(rows).value();
        return out;
    };
    services::startBackgroundJob<Outcome>(this, std::move(work), [this, serial](Outcome outcome) {
        onFinished(std::move(outcome), serial);
    });
}

void IndicatorDashboardController::onFinished(Outcome outcome, quint64 serial) {
    m_running = false;
    std::optional<Request> request = std::exchange(m_runningRequest, std::nullopt);
    m_shown.reset();
    if (m_rerun || serial != m_serial) {
        m_rerun = false;
        m_rollupPanel->showMessage(QString());
        scheduleRollup(); // the inputs moved on while this run worked
        return;
    }
    if (outcome.cancelled || outcome.error) {
        m_rows.clear();
        m_rollupPanel->showMessage(
            outcome.cancelled
                ? tr("The roll-up was cancelled.")
                : tr("The roll-up failed: %1").arg(app::ErrorText::describe(*outcome.error)));
        emit rollupFinished(false);
        return;
    }
    m_shown = std::move(request);
    m_rows = std::move(outcome.rows);
    m_rollupPanel->setRows(m_rows);
    emit rollupFinished(true);
}

} // namespace cw::desktop
