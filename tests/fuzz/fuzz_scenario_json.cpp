// SPDX-License-Identifier: GPL-3.0-or-later
// A scenario's plan as the project file keeps it (cw_scenarios.plan_json). Whatever loads must
// save and load again to the same scenario: the store rewrites this text on every save.
#include "fuzz_support.h"
#include "project/scenario_json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cw::project;
    const auto scenario = scenarioPlanFromJson(std::string(cw::fuzz::asText(data, size)));
    if (!scenario)
        return 0;
    const auto reloaded = scenarioPlanFromJson(scenarioPlanToJson(*scenario));
    if (!reloaded || !(*reloaded == *scenario))
        std::abort();
    return 0;
}
