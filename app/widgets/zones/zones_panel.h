// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QAction;
class QTreeWidget;

namespace cw::widgets {

/// The sandbox zones of the plan as a list (name, exemptions granted, years valid) with the
/// zone actions as buttons above it. Several zones can be selected (merging takes two).
class ZonesPanel : public QWidget {
    Q_OBJECT

public:
    struct Row {
        QString id;
        QString name;
        int exemptions = 0;
        int firstYear = 0;
        int lastYear = 0;
    };

    /// `actions` become tool buttons, in order (null: a separator).
    ZonesPanel(const QList<QAction*>& actions, QWidget* parent = nullptr);

    /// Replaces the rows, keeping the selection of ids that are still there.
    void setRows(const QList<Row>& rows);
    QStringList selectedIds() const;
    void selectIds(const QStringList& ids);
    QTreeWidget& list() const { return *m_list; }

signals:
    void selectionChanged();
    /// A row was double-clicked: open its properties.
    void activated(const QString& id);

private:
    QTreeWidget* m_list;
};

} // namespace cw::widgets
