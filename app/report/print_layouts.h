// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "report/print_layout.h"

#include <QString>
#include <vector>

namespace cw::report {

/// Print layouts saved in a project file, in the report templates' table under names that
/// start with "layout:", so that neither list shows the other's entries.
class PrintLayouts {
public:
    static constexpr const char* kKeyPrefix = "layout:";
    /// Every layout in the file; malformed ones are skipped.
    static Result<std::vector<PrintLayout>> load(const QString& projectPath);
    /// The layout called `name`; InvalidArgument when the file has none by that name.
    static Result<PrintLayout> find(const QString& projectPath, const QString& name);
    static Status save(const QString& projectPath, const PrintLayout& layout);
    static Status remove(const QString& projectPath, const QString& name);
};

} // namespace cw::report
