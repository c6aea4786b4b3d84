// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/data/bad_rows.h"
#include "cityweave/data/table_detection.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <string>
#include <vector>

namespace cw::app {

/// How a table was read, in the user's language: the reasons core gives as keys ("bom",
/// "degrees", "names", ...) and the bad rows counted per reason. Shared by the desktop (add-layer
/// dialog, layer tooltip, bad-rows dialog) and `cityweave-cli info` so they say the same thing.
class TableReadText {
    Q_DECLARE_TR_FUNCTIONS(TableReadText)

public:
    /// A short label, e.g. "At (0,0)".
    static QString badRowReason(data::BadRowReason reason);
    /// A count with its reason, e.g. "12 rows at (0,0)".
    static QString badRowCount(data::BadRowReason reason, std::size_t count);
    /// A sentence for a count, e.g. "12 rows at (0,0) have no position" or, when `dropped`,
    /// "12 rows at (0,0) were left out".
    static QString badRowLine(data::BadRowReason reason, std::size_t count, bool dropped);
    /// Every non-zero count, e.g. "12 rows at (0,0), 3 rows outside Korea"; empty when none.
    static QString badRowCounts(const data::BadRows& rows);
    /// Tooltip lines: the rows kept without a position and the rows left out, per reason.
    static QStringList badRowLines(const data::BadRows& rows);
    /// One badRowLine() per reason: first the rows kept without a position, then those left out.
    static QStringList badRowSentences(const data::BadRows& rows);

    static QString encodingReason(const std::string& reason);
    static QString geometryReason(const std::string& reason);
    /// `candidates`, when given, name the Korean grids that fit (for the "seoul" reason).
    static QString crsReason(const std::string& reason, const std::string& headerHint,
                             const std::vector<std::string>& candidates = {});
    /// "EPSG:5186 (Korea 2000 / Central Belt 2010)", or the id alone when PROJ does not know it.
    static QString crsLabel(const std::string& id);
    /// Where the positions come from, e.g. "columns X좌표 and Y좌표" or "no positions".
    static QString geometrySource(const data::TableDetection& detection);
};

} // namespace cw::app
