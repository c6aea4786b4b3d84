// SPDX-License-Identifier: GPL-3.0-or-later
// Analysis parameters as the CLI (--param key=value), the GUI dialog and stored results give
// them: checked against each built-in analysis's typed specs, then read the way the analyses
// read them. Input: the analysis id on the first line, then lines "key=value".
#include "cityweave/analysis/analysis.h"
#include "cityweave/analysis/analysis_registry.h"
#include "fuzz_support.h"

#include <sstream>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cw::analysis;
    static const AnalysisRegistry registry = [] {
        AnalysisRegistry r;
        registerBuiltInAnalyses(r);
        return r;
    }();
    static const std::vector<const Analysis*> analyses = registry.all();
    std::istringstream lines{std::string(cw::fuzz::asText(data, size))};
    std::string line;
    std::getline(lines, line);
    const Analysis* analysis = registry.find(line);
    if (!analysis) // an unknown id still picks one, so mutations of the id are not wasted
        analysis = analyses[line.size() % analyses.size()];
    std::map<std::string, std::string> given;
    while (std::getline(lines, line)) {
        const auto eq = line.find('=');
        given[line.substr(0, eq)] = eq == line.npos ? std::string() : line.substr(eq + 1);
    }
    const auto& specs = analysis->descriptor().parameters;
    auto values = ParameterValues::resolve(specs, given);
    if (!values)
        return 0;
    for (const ParameterSpec& spec : specs) {
        (void)values->number(spec.key);
        if (spec.type == ParameterType::Integer)
            (void)values->integer(spec.key);
        (void)values->flag(spec.key);
    }
    return 0;
}
