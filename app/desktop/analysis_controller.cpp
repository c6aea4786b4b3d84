// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/analysis_controller.h"

#include "cityweave/analysis/result_columns.h"
#include "cityweave/analysis/result_reader.h"
#include "cityweave/analysis/result_writer.h"
#include "cityweave/crs/coordinate_transform.h"
#include "common/error_text.h"
#include "common/plugin_setup.h"
#include "desktop/project_document.h"
#include "services/analysis_run.h"
#include "services/analysis_settings.h"
#include "services/background_job.h"
#include "services/results_location.h"
#include "widgets/analysis/analysis_panel.h"
#include "widgets/analysis/parameter_form.h"
#include "widgets/analysis/result_layers.h"
#include "widgets/map_canvas.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <optional>

namespace cw::desktop {
namespace {

std::string cell(const data::AttributeRow& row, int column) {
    return column < 0 || std::size_t(column) >= row.size()
               ? std::string()
               : data::toDisplayString(row[std::size_t(column)]);
}

geometry::Envelope intersection(const geometry::Envelope& a, const geometry::Envelope& b) {
    if (a.isNull() || b.isNull() || !a.intersects(b))
        return {};
    return geometry::Envelope::of(std::max(a.minX, b.minX), std::max(a.minY, b.minY),
                                  std::min(a.maxX, b.maxX), std::min(a.maxY, b.maxY));
}
} // namespace

struct AnalysisController::Outcome {
    std::optional<Error> error;
    std::shared_ptr<const analysis::AnalysisResult> result;
    std::vector<render::LoadedLayer> layers;
    QString savedPath;
    std::optional<Error> saveError;
    bool cancelled = false;
};

AnalysisController::AnalysisController(std::unique_ptr<analysis::AnalysisRegistry> registry,
                                       ProjectDocument& document, widgets::MapCanvas& canvas,
                                       widgets::AnalysisPanel& panel, QObject* parent)
    : QObject(parent), m_registry(std::move(registry)), m_document(document), m_canvas(canvas),
      m_panel(panel) {
    connect(&panel, &widgets::AnalysisPanel::runRequested, this,
            [this](const QString& id) { run(id, m_panel.parameterValues()); });
    connect(&panel, &widgets::AnalysisPanel::cancelRequested, this, &AnalysisController::cancel);
    connect(&panel, &widgets::AnalysisPanel::saveResultsRequested, this,
            &AnalysisController::saveResultsAs);
    connect(&panel, &widgets::AnalysisPanel::pairActivated, this, &AnalysisController::zoomToPair);
    connect(&panel, &widgets::AnalysisPanel::zoneActivated, this, &AnalysisController::zoomToZone);
    m_rerankTimer = new QTimer(this);
    m_rerankTimer->setSingleShot(true);
    m_rerankTimer->setInterval(120);
    connect(m_rerankTimer, &QTimer::timeout, this, &AnalysisController::showRerankedLayers);
    connect(&panel, &widgets::AnalysisPanel::resultReranked, this,
            [this](std::shared_ptr<const analysis::AnalysisResult> result) {
                storeResult(result);
                m_reranked = std::move(result);
                m_rerankTimer->start();
            });
    connect(&document, &ProjectDocument::projectReplaced, this, [this] {
        // Results belong to the project they were computed on.
        cancel();
        ++m_serial;
        m_results.clear();
        m_reranked.reset();
        m_rerankTimer->stop();
        m_savedPath.clear();
        m_panel.setNote({});
        reloadSavedResults();
    });
    connect(&document, &ProjectDocument::layersChanged, this, &AnalysisController::offerLayers);
    refreshAnalyses();
}

AnalysisController::~AnalysisController() {
    m_cancel.cancel();
    m_future.waitForFinished();
}

void AnalysisController::refreshAnalyses() {
    std::vector<analysis::AnalysisDescriptor> descriptors;
    for (const auto* a : m_registry->all())
        descriptors.push_back(a->descriptor());
    m_panel.setAnalyses(descriptors);
    offerLayers();
}

void AnalysisController::reloadSavedResults() {
    const QString path = services::existingResultsFor(m_document.path(), app::userResultsFolder());
    if (path.isEmpty() || !QFileInfo::exists(path))
        return;
    struct Reloaded {
        std::vector<std::shared_ptr<const analysis::AnalysisResult>> results;
        std::vector<std::vector<render::LoadedLayer>> layers;
    };
    const quint64 serial = m_serial;
    const std::string lang = m_document.language().toStdString();
    std::map<std::string, analysis::AnalysisDescriptor> descriptors;
    for (const auto* a : m_registry->all())
        descriptors.emplace(a->descriptor().id, a->descriptor());
    m_reloading = true;
    auto work = [path = path.toStdString(), mapCrs = m_document.mapCrs(), lang,
                 descriptors = std::move(descriptors)](services::JobProgress&) {
        Reloaded out;
        auto read = analysis::readResultsGeoPackage(path);
        if (!read) // a damaged or foreign file: the project opens without its old results
            return out;
        for (auto& r : *read) {
            const auto d = descriptors.find(r.analysisId);
            if (d == descriptors.end())
                continue; // an analysis of a plugin not loaded now
            auto shared = std::make_shared<const analysis::AnalysisResult>(std::move(r));
            auto layers = widgets::ResultLayerBuilder::build(
                *shared, d->second, mapCrs, ProjectDocument::resultsGroupId(), lang);
            out.results.push_back(shared);
            out.layers.push_back(layers ? std::move(layers).value()
                                        : std::vector<render::LoadedLayer>{});
        }
        return out;
    };
    m_future = services::startBackgroundJob<Reloaded>(
        this, std::move(work), [this, serial, path](Reloaded reloaded) {
            m_reloading = false;
            if (serial != m_serial || m_running || reloaded.results.empty())
                return; // another project, or a run began meanwhile
            for (std::size_t i = 0; i < reloaded.results.size(); ++i) {
                storeResult(reloaded.results[i]);
                if (!reloaded.layers[i].empty())
                    m_document.addResultLayers(
                        std::move(reloaded.layers[i]), {"분석 결과", "Analysis results"},
                        widgets::ResultLayerBuilder::idPrefix(reloaded.results[i]->analysisId));
            }
            m_savedPath = path;
            const QString note = tr("Results of earlier runs, saved with the project in %1")
                                     .arg(QDir::toNativeSeparators(path));
            m_panel.showResult(reloaded.results.back(), projectNames(), note);
            emit message(note);
        });
}

void AnalysisController::offerLayers() {
    const std::string lang = m_document.language().toStdString();
    const std::string group = ProjectDocument::resultsGroupId();
    std::vector<widgets::LayerOption> options;
    for (const auto& layer : m_document.layers()) {
        if (layer.entry.projectId == group || !layer.data)
            continue;
        options.push_back({QString::fromStdString(layer.entry.id),
                           QString::fromStdString(layer.entry.name.in(lang)), layer.data->family,
                           layer.data->fields, !layer.entry.projectId.empty()});
    }
    m_panel.form().setLayers(std::move(options));
}

QString AnalysisController::resultsPathFor(const QString& projectPath) {
    return services::resultsPathFor(projectPath, app::userResultsFolder());
}

bool AnalysisController::run(const QString& analysisId,
                             const std::map<std::string, std::string>& given) {
    if (m_running)
        return false;
    const analysis::Analysis* analysis = m_registry->find(analysisId.toStdString());
    if (!analysis) {
        m_panel.showFailure(tr("There is no analysis \"%1\".").arg(analysisId));
        return false;
    }
    auto jobs = services::AnalysisRun::jobs({analysis}, given);
    auto analysisCrs = services::AnalysisSettings{}.crs();
    if (!jobs || !analysisCrs) {
        m_panel.showFailure(app::ErrorText::describe(jobs ? analysisCrs.error() : jobs.error()));
        return false;
    }
    // A snapshot of the plan as the user sees it now, without earlier results.
    project::Project project = m_document.project();
    const std::string group = ProjectDocument::resultsGroupId();
    std::erase_if(project.projects, [&](const auto& p) { return p.id == group; });
    project.layers.clear();
    for (const auto& layer : m_document.layers())
        if (layer.entry.projectId != group)
            project.layers.push_back(layer.entry);

    const std::string lang = m_document.language().toStdString();
    const QString name = QString::fromStdString(analysis->descriptor().name.in(lang));
    const QString savePath = resultsPathFor(m_document.path());
    std::vector<std::shared_ptr<const analysis::AnalysisResult>> earlier;
    for (const auto& r : m_results)
        if (r->analysisId != analysis->descriptor().id)
            earlier.push_back(r);
    const QString reading = tr("Reading the project layers…");
    const QString running = tr("Running %1…").arg(name);
    const QString drawing = tr("Preparing the result layers…");
    const QString saving = tr("Saving the results…");

    m_running = true;
    m_cancel = CancelToken();
    m_panel.setRunning(reading);
    emit message(running);
    const quint64 serial = m_serial;
    auto work = [=, project = std::move(project), jobs = std::move(jobs).value(), cancel = m_cancel,
                 projectPath = m_document.path().toStdString(), mapCrs = m_document.mapCrs(),
                 crs = *analysisCrs](services::JobProgress& progress) {
        Outcome out;
        auto finish = [&](std::optional<Error> error) {
            out.cancelled = cancel.isCancelled() || (error && error->code == ErrorCode::Cancelled);
            out.error = std::move(error);
            return std::move(out);
        };
        progress.report(0, reading);
        auto input = services::AnalysisRun::readProject(projectPath, project, crs, cancel);
        if (!input)
            return finish(input.error());
        progress.report(0.1, running);
        auto run = services::AnalysisRun::run(*input, jobs, {}, progress.part(0.1, 0.75), cancel);
        if (!run)
            return finish(run.error());
        auto shared =
            std::make_shared<const analysis::AnalysisResult>(std::move(run->results.front()));
        out.result = shared;
        progress.report(0.88, drawing);
        auto layers =
            widgets::ResultLayerBuilder::build(*shared, jobs.front().analysis->descriptor(), mapCrs,
                                               ProjectDocument::resultsGroupId(), lang);
        if (!layers)
            return finish(layers.error());
        out.layers = std::move(layers).value();
        if (!savePath.isEmpty()) {
            progress.report(0.94, saving);
            std::vector<analysis::AnalysisResult> all;
            for (const auto& r : earlier)
                all.push_back(*r);
            all.push_back(*shared);
            QDir().mkpath(QFileInfo(savePath).absolutePath()); // the user's folder, first time
            if (auto status = analysis::writeResultsGeoPackage(all, savePath.toStdString());
                !status)
                out.saveError = status.error();
            else
                out.savedPath = savePath;
        }
        progress.report(1.0);
        return finish(std::nullopt);
    };
    m_future = services::startBackgroundJob<Outcome>(
        this, std::move(work),
        [this, serial, name](Outcome outcome) {
            m_running = false;
            if (serial != m_serial)
                outcome.cancelled = true;
            onFinished(std::move(outcome), name);
        },
        [this](double fraction, const QString& text) { m_panel.setProgress(fraction, text); });
    return true;
}

void AnalysisController::cancel() {
    if (!m_running)
        return;
    m_cancel.cancel();
    m_panel.setProgress(0, tr("Cancelling…"));
}

void AnalysisController::onFinished(Outcome outcome, const QString& analysisName) {
    if (outcome.cancelled) {
        m_panel.showCancelled();
        emit message(tr("%1 was cancelled.").arg(analysisName));
        emit runFinished(false);
        return;
    }
    if (outcome.error || !outcome.result) {
        const QString why =
            outcome.error ? app::ErrorText::describe(*outcome.error) : tr("No result.");
        m_panel.showFailure(tr("%1 failed: %2").arg(analysisName, why));
        emit message(tr("%1 failed.").arg(analysisName));
        emit runFinished(false);
        return;
    }
    storeResult(outcome.result);
    if (!outcome.layers.empty())
        m_document.addResultLayers(
            std::move(outcome.layers), {"분석 결과", "Analysis results"},
            widgets::ResultLayerBuilder::idPrefix(outcome.result->analysisId));
    QString note;
    if (outcome.saveError)
        note = tr("The results could not be saved: %1")
                   .arg(app::ErrorText::describe(*outcome.saveError));
    else if (!outcome.savedPath.isEmpty()) {
        m_savedPath = outcome.savedPath;
        note = tr("Results saved to %1").arg(QDir::toNativeSeparators(m_savedPath));
    } else {
        note = tr("The project has no file yet: use Save results… to keep these results.");
    }
    m_panel.showResult(outcome.result, projectNames(), note);
    emit message(note);
    emit runFinished(true);
}

void AnalysisController::storeResult(std::shared_ptr<const analysis::AnalysisResult> result) {
    std::erase_if(m_results, [&](const auto& r) { return r->analysisId == result->analysisId; });
    m_results.push_back(std::move(result));
}

void AnalysisController::showRerankedLayers() {
    auto result = std::move(m_reranked);
    const analysis::Analysis* analysis = result ? m_registry->find(result->analysisId) : nullptr;
    if (!analysis || m_running)
        return;
    auto layers = widgets::ResultLayerBuilder::build(
        *result, analysis->descriptor(), m_document.mapCrs(), ProjectDocument::resultsGroupId(),
        m_document.language().toStdString());
    if (!layers) {
        emit message(app::ErrorText::describe(layers.error()));
        return;
    }
    m_document.addResultLayers(std::move(layers).value(), {"분석 결과", "Analysis results"},
                               widgets::ResultLayerBuilder::idPrefix(result->analysisId));
}

void AnalysisController::saveResultsAs() {
    if (m_results.empty())
        return;
    QString suggestion = m_savedPath;
    if (suggestion.isEmpty())
        suggestion = m_document.path().isEmpty()
                         ? QDir::home().filePath(QStringLiteral("analysis.results.gpkg"))
                         : resultsPathFor(m_document.path());
    const QString path = QFileDialog::getSaveFileName(&m_panel, tr("Save analysis results"),
                                                      suggestion, tr("GeoPackage (*.gpkg)"));
    if (path.isEmpty())
        return;
    services::startBackgroundJob<Status>(
        this,
        [results = m_results, target = path.toStdString()](services::JobProgress&) {
            std::vector<analysis::AnalysisResult> all;
            for (const auto& r : results)
                all.push_back(*r);
            return analysis::writeResultsGeoPackage(all, target);
        },
        [this, path](const Status& status) {
            if (status)
                m_savedPath = path;
            const QString note = status
                                     ? tr("Results saved to %1").arg(QDir::toNativeSeparators(path))
                                     : tr("The results could not be saved: %1")
                                           .arg(app::ErrorText::describe(status.error()));
            m_panel.setNote(note);
            emit message(note);
        });
}

QHash<QString, QString> AnalysisController::projectNames() const {
    QHash<QString, QString> names;
    const std::string lang = m_document.language().toStdString();
    for (const auto& p : m_document.project().projects) {
        const QString shown = QString::fromStdString(p.name.in(lang));
        for (const std::string* key : {&p.id, &p.name.ko, &p.name.en})
            if (!key->empty())
                names.insert(QString::fromStdString(*key), shown);
    }
    // Layers too, as the warnings name them (by id or English name); projects win a clash.
    for (const auto& l : m_document.project().layers) {
        const QString shown = QString::fromStdString(l.name.in(lang));
        for (const std::string* key : {&l.id, &l.name.en})
            if (!key->empty() && !shown.isEmpty() && !names.contains(QString::fromStdString(*key)))
                names.insert(QString::fromStdString(*key), shown);
    }
    return names;
}

std::string AnalysisController::resolveProjectId(const QString& value) const {
    const std::string v = value.toStdString();
    for (const auto& p : m_document.project().projects)
        if (p.id == v || p.name.ko == v || p.name.en == v)
            return p.id;
    return v;
}

geometry::Envelope AnalysisController::pairFeaturesExtent(const QString& a,
                                                          const QString& b) const {
    const auto* result = m_panel.shownResult();
    const auto* pairs = result ? result->table(analysis::outputs::kOverlapPairs) : nullptr;
    if (!pairs)
        return {};
    const int pa = pairs->columnIndex(analysis::columns::kProjectA),
              pb = pairs->columnIndex(analysis::columns::kProjectB);
    const int la = pairs->columnIndex(analysis::columns::kLayerA),
              lb = pairs->columnIndex(analysis::columns::kLayerB);
    const int fa = pairs->columnIndex(analysis::columns::kFidA),
              fb = pairs->columnIndex(analysis::columns::kFidB);
    if (pa < 0 || pb < 0 || fa < 0 || fb < 0)
        return {};
    // A feature's extent in the map, by its layer (when the table names it) and fid.
    auto featureExtent = [&](const std::string& projectId, const std::string& layerId,
                             const std::string& fid) {
        geometry::Envelope extent;
        for (const auto& layer : m_document.layers()) {
            if (!layer.indexed || !layer.data || layer.entry.projectId != projectId ||
                (!layerId.empty() && layer.entry.id != layerId))
                continue;
            for (std::size_t i = 0; i < layer.data->fids.size(); ++i)
                if (std::to_string(layer.data->fids[i]) == fid)
                    extent.expand(layer.indexed->geometries.envelope(i));
        }
        return extent;
    };
    const std::string idA = resolveProjectId(a), idB = resolveProjectId(b);
    geometry::Envelope extentA, extentB;
    for (const auto& row : pairs->rows) {
        const std::string rowA = resolveProjectId(QString::fromStdString(cell(row, pa)));
        const std::string rowB = resolveProjectId(QString::fromStdString(cell(row, pb)));
        const bool forward = rowA == idA && rowB == idB, backward = rowA == idB && rowB == idA;
        if (!forward && !backward)
            continue;
        const auto ea = featureExtent(rowA, cell(row, la), cell(row, fa));
        const auto eb = featureExtent(rowB, cell(row, lb), cell(row, fb));
        (forward ? extentA : extentB).expand(ea);
        (forward ? extentB : extentA).expand(eb);
    }
    const auto both = intersection(extentA, extentB);
    return both.isNull() ? geometry::Envelope() : both;
}

void AnalysisController::zoomToPair(const QString& projectA, const QString& projectB) {
    geometry::Envelope extent = pairFeaturesExtent(projectA, projectB);
    if (extent.isNull()) {
        // No pair features to go by: where the two projects' extents meet, or both of them.
        const auto a = m_document.projectExtent(QString::fromStdString(resolveProjectId(projectA)));
        const auto b = m_document.projectExtent(QString::fromStdString(resolveProjectId(projectB)));
        extent = intersection(a, b);
        if (extent.isNull()) {
            extent = a;
            extent.expand(b);
        }
    }
    if (!extent.isNull())
        m_canvas.zoomToExtent(extent, 0.25);
    const auto names = projectNames();
    emit message(
        tr("%1 and %2").arg(names.value(projectA, projectA), names.value(projectB, projectB)));
}

void AnalysisController::zoomToZone(const QString& layerKey, int featureIndex) {
    const auto* result = m_panel.shownResult();
    const auto* layer = result ? result->layer(layerKey.toStdString()) : nullptr;
    if (!layer || featureIndex < 0 || std::size_t(featureIndex) >= layer->geometries.featureCount())
        return;
    const geometry::Envelope e = layer->geometries.envelope(std::size_t(featureIndex));
    auto transform = crs::CoordinateTransform::create(result->crs, m_document.mapCrs());
    if (!transform || e.isNull())
        return;
    geometry::Envelope extent;
    // Corners and edge midpoints: enough for a zone's small extent.
    for (double fx : {0.0, 0.5, 1.0}) {
        for (double fy : {0.0, 0.5, 1.0}) {
            double x = e.minX + e.width() * fx, y = e.minY + e.height() * fy;
            if (transform->transformPoint(x, y))
                extent.expand(x, y);
        }
    }
    if (!extent.isNull())
        m_canvas.zoomToExtent(extent, 0.3);
}

} // namespace cw::desktop
