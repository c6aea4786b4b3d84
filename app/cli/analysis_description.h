// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace cw::cli {

/// Help text and JSON generated from an analysis's own description, so the CLI never
/// restates what an analysis takes.
class AnalysisDescription {
    Q_DECLARE_TR_FUNCTIONS(AnalysisDescription)

public:
    static QString helpText(const analysis::AnalysisDescriptor& d, const QString& language);
    static QJsonObject json(const analysis::AnalysisDescriptor& d);
};

} // namespace cw::cli
