// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "report/report_template.h"

#include <QString>
#include <vector>

namespace cw::report {

/// Report templates saved in a project file (through core's ReportTemplateStore).
class ReportTemplates {
public:
    /// Every template in the file, by name; malformed ones are skipped.
    static Result<std::vector<ReportTemplate>> load(const QString& projectPath);
    /// The template called `name`; InvalidArgument when the file has none by that name.
    static Result<ReportTemplate> find(const QString& projectPath, const QString& name);
    static Status save(const QString& projectPath, const ReportTemplate& tmpl);
};

} // namespace cw::report
