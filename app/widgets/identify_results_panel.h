// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/data/vector_layer.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace cw::widgets {

/// Shows the attributes (field, value) of the feature the identify tool found.
class IdentifyResultsPanel : public QWidget {
    Q_OBJECT

public:
    explicit IdentifyResultsPanel(QWidget* parent = nullptr);

    void showFeature(const QString& layerName, const data::VectorLayer& layer, std::size_t feature);
    void showNothingFound();
    void clear();
    /// The values shown, in field order (what a test or a copy action reads).
    QStringList values() const;
    QString layerName() const { return m_layerName; }

private:
    QLabel* m_title;
    QTableWidget* m_table;
    QString m_layerName;
};

} // namespace cw::widgets
