// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/progress.h"
#include "cityweave/data/vector_layer.h"

#include <QObject>
#include <QString>
#include <memory>
#include <vector>

class QCompleter;
class QLineEdit;
class QStandardItemModel;
class QTimer;
class QToolBar;

namespace cw::desktop {

class MapToolsController;
class ProjectDocument;

/// The search box of the map toolbar: finds layers, projects, sandbox zones and features (by
/// any text field: 은평구, a station name, a code) as the user types, and goes to what is
/// chosen: zooms to it and, for a feature, selects it.
class Locator : public QObject {
    Q_OBJECT

public:
    enum class Kind { Layer, Project, Zone, Feature };
    struct Hit {
        Kind kind;
        QString text; ///< what the list shows
        QString id;   ///< layer, project or zone id
        std::size_t feature = 0;
    };

    Locator(QToolBar& toolbar, ProjectDocument& document, MapToolsController& tools);

    QLineEdit& edit() const { return *m_edit; }
    /// What `text` finds, layers first, at most `limit` features (on the calling thread; the
    /// search box scans features on a worker).
    std::vector<Hit> search(const QString& text, std::size_t limit = kFeatureLimit) const;
    void go(const Hit& hit);

signals:
    /// The search box's list is complete (features included) for the text typed.
    void searched();

private:
    static constexpr std::size_t kFeatureLimit = 40;
    /// A loaded layer's features as a scan on another thread reads them (shared, immutable).
    struct FeatureSource {
        QString layerId;
        QString layerName;
        std::shared_ptr<const data::VectorLayer> data;
    };
    std::vector<Hit> searchPlan(const QString& wanted) const;
    std::vector<FeatureSource> featureSources() const;
    static std::vector<Hit> searchFeatures(const std::vector<FeatureSource>& sources,
                                           const QString& wanted, std::size_t limit,
                                           const CancelToken& cancel);
    void refresh();
    void showHits();

    ProjectDocument& m_document;
    MapToolsController& m_tools;
    QLineEdit* m_edit;
    QStandardItemModel* m_model;
    QCompleter* m_completer;
    QTimer* m_debounce;
    std::vector<Hit> m_hits;
    CancelToken m_scanCancel;
    quint64 m_generation = 0;
    bool m_scanning = false;
};

} // namespace cw::desktop
