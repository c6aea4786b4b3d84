// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/locator.h"

#include "cityweave/crs/coordinate_transform.h"
#include "desktop/map_tools_controller.h"
#include "desktop/project_document.h"
#include "widgets/map_canvas.h"
#include "widgets/map_tools/feature_selection.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolBar>
#include <QtConcurrent/QtConcurrentRun>

namespace cw::desktop {
namespace {

bool matches(const std::string& value, const QString& text) {
    return !value.empty() && QString::fromStdString(value).contains(text, Qt::CaseInsensitive);
}

// A sandbox zone's area (stored in EPSG:5186) in the map CRS.
geometry::Envelope zoneExtent(const geometry::GeometryStore& area, const crs::Crs& mapCrs) {
    const geometry::Envelope stored = area.extent();
    auto storage = crs::Crs::fromEpsg(project::kSandboxZoneEpsg);
    if (!storage || stored.isNull() || *storage == mapCrs)
        return stored;
    auto transform = crs::CoordinateTransform::create(*storage, mapCrs);
    if (!transform)
        return {};
    geometry::Envelope out;
    for (auto [x, y] : {std::pair{stored.minX, stored.minY}, std::pair{stored.maxX, stored.maxY},
                        std::pair{stored.minX, stored.maxY}, std::pair{stored.maxX, stored.minY}})
        if (transform->transformPoint(x, y))
            out.expand(x, y);
    return out;
}

} // namespace

Locator::Locator(QToolBar& toolbar, ProjectDocument& document, MapToolsController& tools)
    : QObject(&toolbar), m_document(document), m_tools(tools), m_edit(new QLineEdit(&toolbar)),
      m_model(new QStandardItemModel(this)), m_completer(new QCompleter(m_model, this)),
      m_debounce(new QTimer(this)) {
    m_edit->setObjectName(QStringLiteral("locator"));
    m_edit->setPlaceholderText(tr("Search layers, projects, zones, places…"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * 32);
    m_edit->setMaximumWidth(m_edit->fontMetrics().averageCharWidth() * 56);
    m_edit->setToolTip(tr("Find a layer, a project, a sandbox zone or a feature by any text "
                          "field (a gu or dong name, a station, a code) and go to it (Ctrl+K)"));
    // The list shows every hit the search made, not a prefix filter of it.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(14);
    m_edit->setCompleter(m_completer);
    auto* focus = new QAction(this);
    focus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(focus, &QAction::triggered, m_edit, [this] {
        m_edit->setFocus();
        m_edit->selectAll();
    });
    toolbar.addSeparator();
    toolbar.addWidget(m_edit);
    toolbar.addAction(focus);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_edit, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &Locator::refresh);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                const int row = index.data(Qt::UserRole).toInt();
                if (row >= 0 && std::size_t(row) < m_hits.size())
                    go(m_hits[std::size_t(row)]);
            });
}

std::vector<Locator::Hit> Locator::searchPlan(const QString& wanted) const {
    std::vector<Hit> hits;
    const std::string lang = m_document.language().toStdString();
    for (const auto& layer : m_document.layers())
        if (matches(layer.entry.name.ko, wanted) || matches(layer.entry.name.en, wanted))
            hits.push_back({Kind::Layer,
                            tr("Layer: %1").arg(QString::fromStdString(layer.entry.name.in(lang))),
                            QString::fromStdString(layer.entry.id)});
    const PlanState plan = m_document.planState();
    for (const auto& p : plan.projects)
        if (matches(p.name.ko, wanted) || matches(p.name.en, wanted) || matches(p.id, wanted))
            hits.push_back({Kind::Project,
                            tr("Project: %1").arg(QString::fromStdString(p.name.in(lang))),
                            QString::fromStdString(p.id)});
    for (const auto& z : plan.sandboxZones)
        if (matches(z.name.ko, wanted) || matches(z.name.en, wanted))
            hits.push_back({Kind::Zone,
                            tr("Sandbox zone: %1").arg(QString::fromStdString(z.name.in(lang))),
                            QString::fromStdString(z.id)});
    return hits;
}

std::vector<Locator::FeatureSource> Locator::featureSources() const {
    std::vector<FeatureSource> sources;
    const std::string lang = m_document.language().toStdString();
    for (const auto& layer : m_document.layers())
        if (layer.data && layer.indexed)
            sources.push_back({QString::fromStdString(layer.entry.id),
                               QString::fromStdString(layer.entry.name.in(lang)), layer.data});
    return sources;
}

std::vector<Locator::Hit> Locator::searchFeatures(const std::vector<FeatureSource>& sources,
                                                  const QString& wanted, std::size_t limit,
                                                  const CancelToken& cancel) {
    std::vector<Hit> hits;
    for (const auto& source : sources) {
        const auto& data = *source.data;
        for (std::size_t f = 0; f < data.attributes.size() && hits.size() < limit; ++f) {
            if (f % 4096 == 0 && cancel.isCancelled())
                return {};
            for (std::size_t c = 0; c < data.fields.size(); ++c) {
                const auto* value = c < data.attributes[f].size()
                                        ? std::get_if<std::string>(&data.attributes[f][c])
                                        : nullptr;
                if (!value || !matches(*value, wanted))
                    continue;
                hits.push_back({Kind::Feature,
                                tr("%1 — %2 (%3)")
                                    .arg(QString::fromStdString(*value), source.layerName,
                                         QString::fromStdString(data.fields[c].name)),
                                source.layerId, f});
                break;
            }
        }
    }
    return hits;
}

std::vector<Locator::Hit> Locator::search(const QString& text, std::size_t limit) const {
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return {};
    std::vector<Hit> hits = searchPlan(wanted);
    for (Hit& hit : searchFeatures(featureSources(), wanted, limit, {}))
        hits.push_back(std::move(hit));
    return hits;
}

void Locator::refresh() {
    // Layers, projects and zones at once; features, which may be millions, on a worker, the
    // previous scan cancelled. The list grows when they come.
    m_scanCancel.cancel();
    m_scanCancel = CancelToken();
    const QString wanted = m_edit->text().trimmed();
    m_hits = wanted.isEmpty() ? std::vector<Hit>{} : searchPlan(wanted);
    m_scanning = !wanted.isEmpty();
    showHits();
    if (!m_scanning)
        return;
    const quint64 generation = ++m_generation;
    auto* watcher = new QFutureWatcher<std::vector<Hit>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // the text changed meanwhile
        m_scanning = false;
        for (Hit& hit : watcher->result())
            m_hits.push_back(std::move(hit));
        showHits();
        emit searched();
    });
    watcher->setFuture(
        QtConcurrent::run([sources = featureSources(), wanted, cancel = m_scanCancel] {
            return searchFeatures(sources, wanted, kFeatureLimit, cancel);
        }));
}

void Locator::showHits() {
    m_model->clear();
    for (std::size_t i = 0; i < m_hits.size(); ++i) {
        auto* item = new QStandardItem(m_hits[i].text);
        item->setData(int(i), Qt::UserRole);
        m_model->appendRow(item);
    }
    if (m_hits.empty() && !m_edit->text().trimmed().isEmpty()) {
        auto* none = new QStandardItem(m_scanning ? tr("Searching…") : tr("Nothing found"));
        none->setData(-1, Qt::UserRole);
        none->setEnabled(false);
        m_model->appendRow(none);
    }
    m_completer->complete();
}

void Locator::go(const Hit& hit) {
    widgets::MapCanvas& canvas = m_tools.canvas();
    switch (hit.kind) {
    case Kind::Layer:
        canvas.zoomToExtent(m_document.layerExtent(hit.id));
        break;
    case Kind::Project:
        canvas.zoomToExtent(m_document.projectExtent(hit.id));
        break;
    case Kind::Zone:
        for (const auto& z : m_document.planState().sandboxZones)
            if (QString::fromStdString(z.id) == hit.id)
                canvas.zoomToExtent(zoneExtent(z.area, m_document.mapCrs()));
        break;
    case Kind::Feature:
        m_tools.selection().select(hit.id, {hit.feature});
        m_tools.zoomToFeatures(hit.id, {hit.feature});
        break;
    }
}

} // namespace cw::desktop
