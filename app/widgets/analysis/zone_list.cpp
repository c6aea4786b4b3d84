// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/analysis/zone_list.h"

#include "cityweave/analysis/result_columns.h"
#include "widgets/analysis/result_table_model.h"
#include "widgets/legend_icon.h"

#include <QHeaderView>
#include <QLocale>
#include <map>

namespace cw::widgets {
namespace {
enum Column { ZoneColumn, LabelColumn, ScoreColumn, MembersColumn };
constexpr int FeatureRole = Qt::UserRole + 1;

// The first of `names` the columns have (results written by older versions used other names).
int columnIndex(const std::vector<data::Field>& fields, std::initializer_list<const char*> names) {
    for (const char* name : names)
        if (const int i = analysis::columnIndex(fields, name); i >= 0)
            return i;
    return -1;
}

QString cellText(const data::AttributeRow& row, int column) {
    if (column < 0 || std::size_t(column) >= row.size())
        return {};
    return QString::fromStdString(data::toDisplayString(row[std::size_t(column)]));
}

// Sorts the score column by its number, not its text.
class ZoneItem : public QTreeWidgetItem {
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem& other) const override {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(column, Qt::UserRole + 2), b = other.data(column, Qt::UserRole + 2);
        if (a.isValid() && b.isValid())
            return a.toDouble() < b.toDouble();
        return QTreeWidgetItem::operator<(other);
    }
};
} // namespace

ZoneList::ZoneList(QWidget* parent) : QTreeWidget(parent) {
    setColumnCount(4);
    setHeaderLabels({tr("Zone"), tr("Label"), tr("Score"), tr("Projects")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    header()->setSectionResizeMode(MembersColumn, QHeaderView::Stretch);
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        emit zoneActivated(item->data(0, FeatureRole).toInt());
    });
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit zoneActivated(item->data(0, FeatureRole).toInt());
    });
}

QString ZoneList::labelText(const QString& key) {
    if (key == QLatin1String("synergy"))
        return tr("Synergy");
    if (key == QLatin1String("duplication"))
        return tr("Duplication");
    if (key == QLatin1String("neutral"))
        return tr("Neutral");
    return key;
}

QColor ZoneList::labelColor(const QString& key) {
    if (key == QLatin1String("synergy"))
        return QColor(0x1a, 0x98, 0x50);
    if (key == QLatin1String("duplication"))
        return QColor(0xd7, 0x30, 0x27);
    return QColor(0x8c, 0x8c, 0x8c);
}

void ZoneList::setZones(const analysis::ResultLayer& zones, const analysis::ResultTable* members,
                        const QString& language) {
    const QLocale locale(language == QLatin1String("ko") ? QLocale::Korean : QLocale::English);
    const int colId = columnIndex(zones.columns, {analysis::columns::kZoneId, "id"});
    const int colLabel = columnIndex(zones.columns, {analysis::columns::kLabel});
    const int colScore = columnIndex(zones.columns, {analysis::columns::kScore});
    const int colNames = columnIndex(
        zones.columns, {analysis::columns::kProjectNames, analysis::columns::kProjects});

    // Members from the table when the layer does not name them itself.
    std::map<QString, QStringList> memberNames;
    if (colNames < 0 && members) {
        const int mZone = columnIndex(members->columns, {analysis::columns::kZoneId});
        const int mName = columnIndex(members->columns, {analysis::columns::kProjectName,
                                                         analysis::columns::kProjectId, "project"});
        for (const auto& row : members->rows)
            memberNames[cellText(row, mZone)] << cellText(row, mName);
    }

    setSortingEnabled(false);
    clear();
    for (std::size_t i = 0; i < zones.rows.size(); ++i) {
        const auto& row = zones.rows[i];
        auto* item = new ZoneItem(this);
        const QString id = colId >= 0 ? cellText(row, colId) : QString::number(i + 1);
        const QString label = cellText(row, colLabel);
        item->setText(ZoneColumn, id);
        item->setData(0, FeatureRole, int(i));
        item->setText(LabelColumn, labelText(label));
        item->setIcon(LabelColumn, LegendIcon::swatch(labelColor(label)));
        if (colScore >= 0 && std::size_t(colScore) < row.size()) {
            const auto& score = row[std::size_t(colScore)];
            item->setText(ScoreColumn,
                          app::ResultValueText::number(score, analysis::ColumnKind::Score, locale));
            if (const auto* d = std::get_if<double>(&score))
                item->setData(ScoreColumn, Qt::UserRole + 2, *d);
            else if (const auto* n = std::get_if<std::int64_t>(&score))
                item->setData(ScoreColumn, Qt::UserRole + 2, double(*n));
            item->setTextAlignment(ScoreColumn, Qt::AlignRight | Qt::AlignVCenter);
        }
        const QString names =
            colNames >= 0 ? cellText(row, colNames) : memberNames[id].join(QStringLiteral(", "));
        item->setText(MembersColumn, names);
        item->setToolTip(MembersColumn, names);
    }
    setSortingEnabled(true);
    if (colScore >= 0)
        sortByColumn(ScoreColumn, Qt::DescendingOrder);
    for (int c = 0; c < MembersColumn; ++c)
        resizeColumnToContents(c);
}

} // namespace cw::widgets
