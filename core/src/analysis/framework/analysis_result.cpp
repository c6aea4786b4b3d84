// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/analysis/analysis_result.h"

namespace cw::analysis {

int columnIndex(const std::vector<data::Field>& columns, std::string_view name) {
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].name == name)
            return static_cast<int>(i);
    return -1;
}

int ResultTable::columnIndex(std::string_view name) const {
    return analysis::columnIndex(columns, name);
}

int ResultLayer::columnIndex(std::string_view name) const {
    return analysis::columnIndex(columns, name);
}

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
