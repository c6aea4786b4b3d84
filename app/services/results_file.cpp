// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/results_file.h"

namespace cw::services {

std::string resultsPathBeside(const std::string& projectPath) {
    if (projectPath.empty())
        return {};
    std::string base = projectPath;
    for (const std::string suffix : {".cwproject.gpkg", ".gpkg"})
        if (base.size() > suffix.size() && base.ends_with(suffix)) {
            base.resize(base.size() - suffix.size());
            break;
        }
    return base + ".results.gpkg";
}

} // namespace cw::services
