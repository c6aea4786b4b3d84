// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/data/vector_layer.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <map>
#include <memory>
#include <set>

namespace cw::desktop {

class ProjectDocument;

/// The layers being edited and their features as read, so that each edit is one undo step on
/// the document's stack and saving writes back only what changed (data::diffFeatures), by
/// feature id, to the layer's own GeoPackage, GeoJSON or Shapefile. Saving the project saves
/// the edits first.
class FeatureEditing : public QObject {
    Q_OBJECT

public:
    explicit FeatureEditing(ProjectDocument& document, QObject* parent = nullptr);

    /// Starts editing a loaded layer; ReadOnlySource (with the reason) when its source cannot
    /// take the edits.
    Status start(const QString& layerId);
    /// Stops editing; edits not saved stay in the map until the layer is reloaded.
    void stop(const QString& layerId);
    bool isEditing(const QString& layerId) const;
    QStringList editedLayers() const;
    /// Whether a layer in editing has changes not written back yet.
    bool hasChanges(const QString& layerId) const;

    /// Replaces the layer's features with `after` as one undoable step named `text`.
    void apply(const QString& layerId, std::shared_ptr<const data::VectorLayer> after,
               const QString& text);
    /// Writes every layer's changes to its source; the layers are read again afterwards (new
    /// features get their ids from the source) and stay in editing, their undo steps kept.
    /// False with the message on the first failure.
    bool save(QString* error);

signals:
    void editingChanged();
    void saved(const QStringList& layers);

private:
    /// A layer read again after a save goes on being edited against what was read.
    void resumeReloaded();

    ProjectDocument& m_document;
    std::map<QString, std::shared_ptr<const data::VectorLayer>> m_origins; ///< as read
    std::set<QString> m_reloading; ///< saved, being read again
};

} // namespace cw::desktop
