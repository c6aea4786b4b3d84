// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/project/project.h"

namespace cw::project {

const std::string& LocalizedText::in(const std::string& lang) const {
    if (lang == "ko")
        return ko.empty() ? en : ko;
    return en.empty() ? ko : en;
}

const ProjectInfo* Project::findProject(const std::string& id) const {
    for (const auto& p : projects)
        if (p.id == id)
            return &p;
    return nullptr;
}

} // namespace cw::project
