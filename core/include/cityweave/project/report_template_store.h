// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"

#include <map>
#include <string>

namespace cw::project {

/// Report templates kept in the project file: a `cw_report_templates(name, json)` table,
/// created on the first save and registered in gpkg_contents as attributes. The JSON is the
/// report library's business; core only stores it.
class ReportTemplateStore {
public:
    /// name -> JSON; empty when the file has no templates yet.
    static Result<std::map<std::string, std::string>> load(const std::string& projectPath);
    /// Inserts or replaces one template, in one transaction.
    static Status save(const std::string& projectPath, const std::string& name,
                       const std::string& json);
    static Status remove(const std::string& projectPath, const std::string& name);
};

} // namespace cw::project
