// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/analysis/analysis_registry.h"

namespace cw::analysis {

bool AnalysisRegistry::add(std::unique_ptr<Analysis> analysis) {
    if (!analysis || find(analysis->descriptor().id))
        return false;
    m_analyses.push_back(std::move(analysis));
    return true;
}

const Analysis* AnalysisRegistry::find(const std::string& id) const {
    for (const auto& a : m_analyses)
        if (a->descriptor().id == id)
            return a.get();
    return nullptr;
}

std::vector<const Analysis*> AnalysisRegistry::all() const {
    std::vector<const Analysis*> out;
    for (const auto& a : m_analyses)
        out.push_back(a.get());
    return out;
}

} // namespace cw::analysis
