// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis.h"

#include <memory>
#include <string>
#include <vector>

namespace cw::analysis {

/// The analyses an executable offers: built-ins first, plugins later, one way in for both.
/// Owned by each executable's composition root and passed explicitly (no global).
class AnalysisRegistry {
public:
    /// False (and nothing added) when the id is taken.
    bool add(std::unique_ptr<Analysis> analysis);
    const Analysis* find(const std::string& id) const;
    std::vector<const Analysis*> all() const;

private:
    std::vector<std::unique_ptr<Analysis>> m_analyses;
};

/// Adds the built-in spatial integration analyses.
void registerBuiltInAnalyses(AnalysisRegistry& registry);

} // namespace cw::analysis
