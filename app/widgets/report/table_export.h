// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_result.h"

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <vector>

class QWidget;

namespace cw::widgets {

/// File > Export tables: asks where, then writes every analysis table through
/// services::TableExport (one XLSX, a sheet each, or CSV files, UTF-8 with a BOM) on a worker
/// thread behind a window-modal progress dialog.
class TableExport {
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    using Results = std::vector<std::shared_ptr<const analysis::AnalysisResult>>;
    /// Asks for the file, writes, and reports the outcome; does nothing without results.
    static void run(QWidget* parent, const Results& results, const QString& folder);
    /// Writes without asking; returns an empty string or the translated error.
    static QString write(const Results& results, const QString& path);
};

} // namespace cw::widgets
