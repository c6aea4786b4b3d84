// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_registry.h"
#include "cityweave/core/progress.h"
#include "cityweave/geometry/envelope.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace cw::widgets {
class AnalysisPanel;
class MapCanvas;
} // namespace cw::widgets

namespace cw::desktop {

class ProjectDocument;

/// Runs the registry's analyses on the open project for the analysis panel: reads the input,
/// runs and converts the results on a worker thread with progress and cancel, adds the result
/// layers to the map under "Analysis results", saves everything to `<project>.results.gpkg`,
/// and zooms the map to what the user picks in the result views.
class AnalysisController : public QObject {
    Q_OBJECT

public:
    AnalysisController(std::unique_ptr<analysis::AnalysisRegistry> registry,
                       ProjectDocument& document, widgets::MapCanvas& canvas,
                       widgets::AnalysisPanel& panel, QObject* parent = nullptr);
    ~AnalysisController() override;

    /// Plugins (and tests) may add analyses; call refreshAnalyses() afterwards.
    analysis::AnalysisRegistry& registry() { return *m_registry; }
    void refreshAnalyses();

    bool isRunning() const { return m_running; }
    /// Starts `analysisId` with `given` parameters (defaults filled in); false when it cannot
    /// start (one is running, unknown id, invalid values: the panel says why).
    bool run(const QString& analysisId, const std::map<std::string, std::string>& given);
    void cancel();

    /// The latest result of each analysis run on this project, in run order.
    const std::vector<std::shared_ptr<const analysis::AnalysisResult>>& results() const {
        return m_results;
    }
    /// Where the results were last written, or empty.
    const QString& savedPath() const { return m_savedPath; }
    /// Where this project's results are saved: `<project>.results.gpkg` beside the project
    /// file, or the user's results folder for a project that ships with CityWeave.
    static QString resultsPathFor(const QString& projectPath);
    /// True while the results saved by an earlier session are being read back.
    bool isReloading() const { return m_reloading; }

signals:
    void runFinished(bool succeeded);
    void message(const QString& text);

private:
    struct Outcome;
    void onFinished(Outcome outcome, const QString& analysisName);
    void storeResult(std::shared_ptr<const analysis::AnalysisResult> result);
    void showRerankedLayers();
    /// Reads back the results saved with the project (an earlier session's) and shows them:
    /// results belong to the project and come back with it.
    void reloadSavedResults();
    /// Offers the project's own layers (not earlier results) to the parameter form's pickers.
    void offerLayers();
    void saveResultsAs();
    /// Ids and names of projects and layers to their names in the UI language.
    QHash<QString, QString> projectNames() const;
    std::string resolveProjectId(const QString& value) const;
    void zoomToPair(const QString& projectA, const QString& projectB);
    void zoomToZone(const QString& layerKey, int featureIndex);
    geometry::Envelope pairFeaturesExtent(const QString& a, const QString& b) const;

    std::unique_ptr<analysis::AnalysisRegistry> m_registry;
    ProjectDocument& m_document;
    widgets::MapCanvas& m_canvas;
    widgets::AnalysisPanel& m_panel;
    std::vector<std::shared_ptr<const analysis::AnalysisResult>> m_results;
    QString m_savedPath;
    bool m_reloading = false;
    bool m_running = false;
    CancelToken m_cancel;
    QFuture<void> m_future; // the run in flight: waited for on destruction (it uses the registry)
    quint64 m_serial = 0;   // bumped when the project is replaced: late results are dropped
    // A re-ranked pilot result waiting for its map layers (rebuilt once the sliders rest).
    std::shared_ptr<const analysis::AnalysisResult> m_reranked;
    QTimer* m_rerankTimer = nullptr;
};

} // namespace cw::desktop
