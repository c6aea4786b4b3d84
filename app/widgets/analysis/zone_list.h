// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_result.h"

#include <QTreeWidget>

namespace cw::widgets {

/// The integration zones of a result: id, label (synergy, duplication, neutral), score and the
/// projects meeting there. Activating a zone reports its feature index, for the map to zoom to.
class ZoneList : public QTreeWidget {
    Q_OBJECT

public:
    explicit ZoneList(QWidget* parent = nullptr);

    /// Fills the list from an "integration_zones" layer; members come from its project_names
    /// column, or from `members` (a "zone_members" table with zone_id) when given.
    void setZones(const analysis::ResultLayer& zones, const analysis::ResultTable* members,
                  const QString& language);
    /// The label key ("synergy", "duplication", "neutral") in the UI language.
    static QString labelText(const QString& key);
    static QColor labelColor(const QString& key);

signals:
    void zoneActivated(int featureIndex);
};

} // namespace cw::widgets
