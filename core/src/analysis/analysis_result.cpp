// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/analysis/analysis_result.h"

namespace cw::analysis {

const ResultTable* AnalysisResult::table(const std::string& key) const {
    for (const auto& t : tables)
        if (t.key == key)
            return &t;
    return nullptr;
}

const ResultLayer* AnalysisResult::layer(const std::string& key) const {
    for (const auto& l : layers)
        if (l.key == key)
            return &l;
    return nullptr;
}

} // namespace cw::analysis
