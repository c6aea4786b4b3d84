// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/feature_editing.h"

#include "cityweave/data/feature_edits.h"
#include "common/error_text.h"
#include "desktop/project_document.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace cw::desktop {
namespace {

/// One feature edit: the layer's features before and after, swapped on undo and redo.
class LayerEditCommand : public QUndoCommand {
public:
    LayerEditCommand(ProjectDocument& document, QString layerId,
                     std::shared_ptr<const data::VectorLayer> before,
                     std::shared_ptr<const data::VectorLayer> after, const QString& text)
        : QUndoCommand(text), m_document(document), m_layerId(std::move(layerId)),
          m_before(std::move(before)), m_after(std::move(after)) {}
    void undo() override { m_document.replaceLayerData(m_layerId, m_before); }
    void redo() override { m_document.replaceLayerData(m_layerId, m_after); }

private:
    ProjectDocument& m_document;
    QString m_layerId;
    std::shared_ptr<const data::VectorLayer> m_before, m_after;
};

} // namespace

FeatureEditing::FeatureEditing(ProjectDocument& document, QObject* parent)
    : QObject(parent), m_document(document) {
    m_document.setBeforeSave([this](QString* error) { return save(error); });
    connect(&m_document, &ProjectDocument::projectReplaced, this, [this] {
        m_origins.clear();
        m_reloading.clear();
        emit editingChanged();
    });
    connect(&m_document, &ProjectDocument::layersChanged, this, &FeatureEditing::resumeReloaded);
}

Status FeatureEditing::start(const QString& layerId) {
    const auto* layer = m_document.findLayer(layerId);
    if (!layer || !layer->data)
        return makeError(ErrorCode::LayerNotFound, {layerId.toStdString()});
    const auto [path, sourceLayer] = m_document.layerSource(layerId);
    if (auto editable = data::checkEditable(path, sourceLayer); !editable)
        return editable.error();
    m_origins[layerId] = layer->data;
    emit editingChanged();
    return Ok{};
}

void FeatureEditing::stop(const QString& layerId) {
    if (m_origins.erase(layerId) + m_reloading.erase(layerId) > 0)
        emit editingChanged();
}

void FeatureEditing::resumeReloaded() {
    bool resumed = false;
    for (auto it = m_reloading.begin(); it != m_reloading.end();) {
        const auto* layer = m_document.findLayer(*it);
        if (!layer) {
            it = m_reloading.erase(it);
        } else if (layer->data) {
            m_origins[*it] = layer->data;
            it = m_reloading.erase(it);
            resumed = true;
        } else {
            ++it;
        }
    }
    if (resumed)
        emit editingChanged();
}

bool FeatureEditing::isEditing(const QString& layerId) const {
    return m_origins.count(layerId) > 0 || m_reloading.count(layerId) > 0;
}

QStringList FeatureEditing::editedLayers() const {
    QStringList out;
    for (const auto& [id, origin] : m_origins)
        out << id;
    return out;
}

bool FeatureEditing::hasChanges(const QString& layerId) const {
    const auto it = m_origins.find(layerId);
    const auto* layer = m_document.findLayer(layerId);
    return it != m_origins.end() && layer && layer->data && layer->data != it->second &&
           !data::diffFeatures(*it->second, *layer->data).empty();
}

void FeatureEditing::apply(const QString& layerId, std::shared_ptr<const data::VectorLayer> after,
                           const QString& text) {
    const auto* layer = m_document.findLayer(layerId);
    if (!layer || !layer->data || !isEditing(layerId))
        return;
    m_document.undoStack().push(
        new LayerEditCommand(m_document, layerId, layer->data, std::move(after), text));
}

bool FeatureEditing::save(QString* error) {
    QStringList written;
    for (const auto& [id, origin] : m_origins) {
        const auto* layer = m_document.findLayer(id);
        if (!layer || !layer->data)
            continue;
        const data::FeatureEdits edits = data::diffFeatures(*origin, *layer->data);
        if (edits.empty())
            continue;
        const auto [path, sourceLayer] = m_document.layerSource(id);
        if (auto status = data::writeFeatureEdits(path, sourceLayer, edits); !status) {
            if (error)
                *error = tr("The edits of \"%1\" could not be saved: %2")
                             .arg(QString::fromStdString(
                                      layer->entry.name.in(m_document.language().toStdString())),
                                  app::ErrorText::describe(status.error()));
            return false;
        }
        written << id;
    }
    // The sources now hold the edits: read them back (new features take the ids the source
    // gave them) and go on editing against what was written. The undo steps stay: undoing one
    // now is a change against the saved file, which the next save writes back.
    for (const QString& id : written) {
        m_origins.erase(id);
        m_reloading.insert(id);
        m_document.reloadLayer(id);
    }
    if (!written.isEmpty()) {
        emit editingChanged();
        emit saved(written);
    }
    return true;
}

} // namespace cw::desktop
