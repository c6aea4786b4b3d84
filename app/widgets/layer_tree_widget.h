// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/project/project.h"
#include "render/layer_set.h"

#include <QTreeWidget>
#include <map>
#include <string>
#include <vector>

namespace cw::widgets {

/// Projects (and a "Base layers" group) with their layers: visibility, legend, drawing order.
/// The top of the tree is drawn on top. It shows state and reports the user's wishes as
/// signals; the document owning the layers decides.
class LayerTreeWidget : public QTreeWidget {
    Q_OBJECT

public:
    explicit LayerTreeWidget(QWidget* parent = nullptr);

    /// "ko" or "en": which of the project's names to show.
    void setLanguage(const QString& language) { m_language = language.toStdString(); }
    /// Rebuilds the tree from the project's plan and its layers in drawing order (bottom first).
    void setContents(const project::Project& project,
                     const std::vector<render::LoadedLayer>& layers);
    /// Layer ids in drawing order, bottom first, as the user arranged them.
    std::vector<std::string> drawingOrder() const;
    /// The layer selected, or empty.
    QString currentLayerId() const;
    QTreeWidgetItem* findLayerItem(const QString& layerId) const;
    QTreeWidgetItem* findProjectItem(const QString& projectId) const;
    static QString baseGroupId();
    /// Projects the plan filter (timeline year, stages) hides, each with the reason shown in
    /// its tooltip: they and their layers are greyed and in italics. Kept across rebuilds.
    void setFilteredOut(const std::map<QString, QString>& reasons);
    bool isFilteredOut(const QString& projectId) const { return m_filteredOut.contains(projectId); }

signals:
    void layerVisibilityChanged(const QString& layerId, bool visible);
    void orderChanged();
    void zoomToLayerRequested(const QString& layerId);
    void zoomToProjectRequested(const QString& projectId);
    void opacityChanged(const QString& layerId, double opacity);
    void attributeTableRequested(const QString& layerId);
    /// The rows of a table layer that have no position, and why.
    void badRowsRequested(const QString& layerId);
    void removeLayerRequested(const QString& layerId);
    void propertiesRequested(const QString& layerId);

protected:
    void dropEvent(QDropEvent* event) override;

private:
    QTreeWidgetItem* makeProjectItem(const project::ProjectInfo& info);
    QTreeWidgetItem* makeLayerItem(const render::LoadedLayer& layer);
    void addLegendEntries(QTreeWidgetItem* item, const style::LayerStyle& style,
                          geometry::GeometryFamily family);
    void showContextMenu(const QPoint& pos);
    void onItemChanged(QTreeWidgetItem* item, int column);
    void askOpacity(QTreeWidgetItem* item);
    void applyFilterMarks();
    void markFiltered(QTreeWidgetItem* item, const QString* reason, bool html);

    std::string m_language = "ko";
    std::map<QString, QString> m_filteredOut; // project id -> why
    bool m_rebuilding = false;
};

} // namespace cw::widgets
