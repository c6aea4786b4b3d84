// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/layer_tree_widget.h"

#include "common/error_text.h"
#include "widgets/layer_source_description.h"
#include "widgets/legend_icon.h"

#include <QDropEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <map>

namespace cw::widgets {
namespace {
enum Role {
    KindRole = Qt::UserRole,
    IdRole,
    OpacityRole,
    LoadedRole,
    PlainTipRole,    // the tooltip without a filter note
    PlainBrushRole,  // the text colour when not filtered out
    FilterMarkedRole // whether the item shows as filtered out
};
enum Kind { GroupKind = 1, LayerKind = 2, LegendKind = 3 };

int kindOf(const QTreeWidgetItem* item) {
    return item ? item->data(0, KindRole).toInt() : 0;
}
QString idOf(const QTreeWidgetItem* item) {
    return item->data(0, IdRole).toString();
}

QString stageText(int stage) {
    switch (stage) {
    case 1:
        return LayerTreeWidget::tr("Stage 1: unit project");
    case 2:
        return LayerTreeWidget::tr("Stage 2: integrated pilot");
    case 3:
        return LayerTreeWidget::tr("Stage 3: region-wide roll-out");
    default:
        return LayerTreeWidget::tr("Stage %1").arg(stage);
    }
}
} // namespace

LayerTreeWidget::LayerTreeWidget(QWidget* parent) : QTreeWidget(parent) {
    setHeaderHidden(true);
    setColumnCount(1);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setIconSize(QSize(16, 16));
    connect(this, &QWidget::customContextMenuRequested, this, &LayerTreeWidget::showContextMenu);
    connect(this, &QTreeWidget::itemChanged, this, &LayerTreeWidget::onItemChanged);
    // A double click on a layer opens its properties, as in QGIS.
    connect(this, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        if (kindOf(item) == LayerKind && item->data(0, LoadedRole).toBool())
            emit propertiesRequested(idOf(item));
    });
}

QString LayerTreeWidget::baseGroupId() {
    return QStringLiteral("@base");
}

void LayerTreeWidget::setContents(const project::Project& project,
                                  const std::vector<render::LoadedLayer>& layers) {
    m_rebuilding = true;
    // Keep what the user folded and selected across rebuilds.
    std::map<QString, bool> expanded;
    for (int i = 0; i < topLevelItemCount(); ++i)
        expanded[idOf(topLevelItem(i))] = topLevelItem(i)->isExpanded();
    const QString selected = currentLayerId();
    clear();

    std::map<std::string, QTreeWidgetItem*> groups;
    std::vector<QTreeWidgetItem*> groupOrder; // topmost first
    auto groupFor = [&](const std::string& projectId) {
        const bool isBase = projectId.empty() || !project.findProject(projectId);
        const std::string key = isBase ? std::string() : projectId;
        if (auto it = groups.find(key); it != groups.end())
            return it->second;
        QTreeWidgetItem* item = nullptr;
        if (isBase) {
            item = new QTreeWidgetItem({tr("Base layers")});
            item->setData(0, IdRole, baseGroupId());
            item->setData(0, KindRole, GroupKind);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        } else {
            item = makeProjectItem(*project.findProject(projectId));
        }
        groups[key] = item;
        groupOrder.push_back(item);
        return item;
    };
    // Walk top-down so each group lands where its topmost layer is drawn.
    for (auto it = layers.rbegin(); it != layers.rend(); ++it)
        groupFor(it->entry.projectId)->addChild(makeLayerItem(*it));
    for (const auto& info : project.projects)
        groupFor(info.id);
    groupFor({}); // the base group is always offered, even when empty
    for (QTreeWidgetItem* group : groupOrder) {
        addTopLevelItem(group);
        group->setExpanded(expanded.contains(idOf(group)) ? expanded[idOf(group)] : true);
        if (group->childCount() == 0)
            group->setCheckState(0, Qt::Checked);
    }
    if (QTreeWidgetItem* item = findLayerItem(selected))
        setCurrentItem(item);
    applyFilterMarks();
    m_rebuilding = false;
}

void LayerTreeWidget::setFilteredOut(const std::map<QString, QString>& reasons) {
    if (reasons == m_filteredOut)
        return;
    m_filteredOut = reasons;
    const bool wasRebuilding = m_rebuilding;
    m_rebuilding = true; // restyling items is no user wish
    applyFilterMarks();
    m_rebuilding = wasRebuilding;
}

void LayerTreeWidget::applyFilterMarks() {
    for (int g = 0; g < topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = topLevelItem(g);
        const auto it = m_filteredOut.find(idOf(group));
        const QString* reason = it == m_filteredOut.end() ? nullptr : &it->second;
        markFiltered(group, reason, true);
        for (int c = 0; c < group->childCount(); ++c)
            markFiltered(group->child(c), reason, false);
    }
}

void LayerTreeWidget::markFiltered(QTreeWidgetItem* item, const QString* reason, bool html) {
    const bool marked = item->data(0, FilterMarkedRole).toBool();
    if (!marked && !reason)
        return;
    if (!marked) {
        item->setData(0, PlainTipRole, item->toolTip(0));
        item->setData(0, PlainBrushRole, item->foreground(0));
    }
    QFont font = item->font(0);
    font.setItalic(reason != nullptr);
    item->setFont(0, font);
    const QString plainTip = item->data(0, PlainTipRole).toString();
    if (reason) {
        item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        item->setToolTip(
            0, html ? QStringLiteral("<i>%1</i><br>%2").arg(reason->toHtmlEscaped(), plainTip)
                    : *reason + QStringLiteral("\n") + plainTip);
    } else {
        item->setForeground(0, item->data(0, PlainBrushRole).value<QBrush>());
        item->setToolTip(0, plainTip);
    }
    item->setData(0, FilterMarkedRole, reason != nullptr);
}

QTreeWidgetItem* LayerTreeWidget::makeProjectItem(const project::ProjectInfo& info) {
    auto* item = new QTreeWidgetItem({QString::fromStdString(info.name.in(m_language))});
    item->setData(0, KindRole, GroupKind);
    item->setData(0, IdRole, QString::fromStdString(info.id));
    item->setIcon(0, LegendIcon::swatch(LegendIcon::toQColor(project::sectorColor(info.sector))));
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
    QStringList tip{QStringLiteral("<b>%1</b>")
                        .arg(QString::fromStdString(info.name.in(m_language)).toHtmlEscaped()),
                    stageText(info.stage)};
    if (info.startYear > 0)
        tip << tr("Years: %1–%2")
                   .arg(info.startYear)
                   .arg(info.endYear > 0 ? QString::number(info.endYear) : QString());
    if (!info.task.empty())
        tip << tr("Core task: %1").arg(QString::fromStdString(info.task));
    const std::string agency = info.leadAgency.in(m_language);
    if (!agency.empty())
        tip << tr("Lead agency: %1").arg(QString::fromStdString(agency).toHtmlEscaped());
    item->setToolTip(0, tip.join(QStringLiteral("<br>")));
    return item;
}

QTreeWidgetItem* LayerTreeWidget::makeLayerItem(const render::LoadedLayer& layer) {
    const auto& entry = layer.entry;
    auto* item = new QTreeWidgetItem({QString::fromStdString(entry.name.in(m_language))});
    item->setData(0, KindRole, LayerKind);
    item->setData(0, IdRole, QString::fromStdString(entry.id));
    item->setData(0, OpacityRole, entry.style.opacity);
    item->setData(0, LoadedRole, layer.isLoaded());
    // Layers only move within their group: they cannot receive drops themselves.
    item->setFlags((item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled) &
                   ~Qt::ItemIsDropEnabled);
    item->setCheckState(0, entry.visible ? Qt::Checked : Qt::Unchecked);
    if (layer.error) {
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        const QStringList tip = QStringList{app::ErrorText::describe(*layer.error)} +
                                LayerSourceDescription::provenanceLines(entry);
        item->setToolTip(0, tip.join(QStringLiteral("\n")));
    } else {
        const auto family =
            layer.indexed ? layer.indexed->family
                          : (layer.data ? layer.data->family : geometry::GeometryFamily::Unknown);
        item->setIcon(0, LegendIcon::forStyle(entry.style, family));
        addLegendEntries(item, entry.style, family);
        const QStringList details = layer.data ? LayerSourceDescription::lines(layer)
                                               : LayerSourceDescription::provenanceLines(entry)
                                                     << tr("Loading…");
        item->setToolTip(0,
                         item->text(0) + QStringLiteral("\n") + details.join(QStringLiteral("\n")));
    }
    return item;
}

void LayerTreeWidget::addLegendEntries(QTreeWidgetItem* item, const style::LayerStyle& st,
                                       geometry::GeometryFamily family) {
    if (st.kind == style::StyleKind::Single)
        return;
    // The legend of a categorized or graduated style: one entry per class, under its layer.
    for (const style::StyleClass& c : st.classes) {
        style::LayerStyle classStyle = st;
        classStyle.fill = c.fill;
        classStyle.stroke = c.stroke;
        auto* entry =
            new QTreeWidgetItem({QString::fromStdString(c.label.empty() ? c.value : c.label)});
        entry->setData(0, KindRole, LegendKind);
        entry->setIcon(0, LegendIcon::forStyle(classStyle, family));
        entry->setFlags(Qt::ItemIsEnabled);
        item->addChild(entry);
    }
}

std::vector<std::string> LayerTreeWidget::drawingOrder() const {
    std::vector<std::string> order;
    for (int g = topLevelItemCount() - 1; g >= 0; --g) {
        const QTreeWidgetItem* group = topLevelItem(g);
        for (int c = group->childCount() - 1; c >= 0; --c)
            order.push_back(idOf(group->child(c)).toStdString());
    }
    return order;
}

QString LayerTreeWidget::currentLayerId() const {
    const QTreeWidgetItem* item = currentItem();
    return kindOf(item) == LayerKind ? idOf(item) : QString();
}

QTreeWidgetItem* LayerTreeWidget::findLayerItem(const QString& layerId) const {
    if (layerId.isEmpty())
        return nullptr;
    for (int g = 0; g < topLevelItemCount(); ++g)
        for (int c = 0; c < topLevelItem(g)->childCount(); ++c)
            if (idOf(topLevelItem(g)->child(c)) == layerId)
                return topLevelItem(g)->child(c);
    return nullptr;
}

QTreeWidgetItem* LayerTreeWidget::findProjectItem(const QString& projectId) const {
    for (int g = 0; g < topLevelItemCount(); ++g)
        if (idOf(topLevelItem(g)) == projectId)
            return topLevelItem(g);
    return nullptr;
}

void LayerTreeWidget::dropEvent(QDropEvent* event) {
    QTreeWidgetItem* dragged = currentItem();
    QTreeWidgetItem* target = itemAt(event->position().toPoint());
    QTreeWidgetItem* newParent = nullptr;
    if (target)
        newParent =
            dropIndicatorPosition() == QAbstractItemView::OnItem ? target : target->parent();
    // Groups stay at the top level and layers stay in their group, so a drag only reorders.
    const bool allowed = dragged && (kindOf(dragged) == GroupKind ? newParent == nullptr
                                                                  : newParent == dragged->parent());
    if (!allowed) {
        event->ignore();
        return;
    }
    QTreeWidget::dropEvent(event);
    // Let the view finish moving the item before the new order is read.
    QTimer::singleShot(0, this, [this] { emit orderChanged(); });
}

void LayerTreeWidget::onItemChanged(QTreeWidgetItem* item, int column) {
    if (m_rebuilding || column != 0 || kindOf(item) != LayerKind)
        return;
    emit layerVisibilityChanged(idOf(item), item->checkState(0) == Qt::Checked);
}

void LayerTreeWidget::askOpacity(QTreeWidgetItem* item) {
    bool ok = false;
    const int current = int(std::lround(item->data(0, OpacityRole).toDouble() * 100));
    const int percent = QInputDialog::getInt(this, tr("Layer opacity"),
                                             tr("Opacity of \"%1\" (%):").arg(item->text(0)),
                                             current, 0, 100, 5, &ok);
    if (ok)
        emit opacityChanged(idOf(item), percent / 100.0);
}

void LayerTreeWidget::showContextMenu(const QPoint& pos) {
    QTreeWidgetItem* item = itemAt(pos);
    if (!item)
        return;
    QMenu menu(this);
    const QString id = idOf(item);
    if (kindOf(item) == GroupKind) {
        if (id != baseGroupId())
            menu.addAction(tr("Zoom to project"), this,
                           [this, id] { emit zoomToProjectRequested(id); });
        else
            return;
    } else {
        const bool loaded = item->data(0, LoadedRole).toBool();
        menu.addAction(tr("Zoom to layer"), this, [this, id] { emit zoomToLayerRequested(id); })
            ->setEnabled(loaded);
        if (item->parent() && idOf(item->parent()) != baseGroupId()) {
            const QString projectId = idOf(item->parent());
            menu.addAction(tr("Zoom to project"), this,
                           [this, projectId] { emit zoomToProjectRequested(projectId); });
        }
        menu.addAction(tr("Opacity…"), this, [this, item] { askOpacity(item); });
        menu.addAction(tr("Attribute table"), this,
                       [this, id] { emit attributeTableRequested(id); })
            ->setEnabled(loaded);
        menu.addAction(tr("Rows without position…"), this,
                       [this, id] { emit badRowsRequested(id); })
            ->setEnabled(loaded);
        menu.addAction(tr("Properties…"), this, [this, id] { emit propertiesRequested(id); })
            ->setEnabled(loaded);
        menu.addSeparator();
        menu.addAction(tr("Remove layer"), this, [this, id] { emit removeLayerRequested(id); });
    }
    menu.exec(viewport()->mapToGlobal(pos));
}

} // namespace cw::widgets
