// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/project/planning_records.h"

#include <algorithm>
#include <array>

namespace cw::project {
namespace {

constexpr std::array<std::pair<CapKind, const char*>, 4> kCapKinds{{
    {CapKind::Projects, "projects"},
    {CapKind::Features, "features"},
    {CapKind::AreaM2, "area_m2"},
    {CapKind::LengthM, "length_m"},
}};

} // namespace

const char* capKindKey(CapKind kind) {
    for (const auto& [k, key] : kCapKinds)
        if (k == kind)
            return key;
    return "";
}

std::optional<CapKind> capKindFromKey(const std::string& key) {
    for (const auto& [k, name] : kCapKinds)
        if (key == name)
            return k;
    return std::nullopt;
}

bool SandboxZone::grants(Exemption e) const {
    return std::find(exemptions.begin(), exemptions.end(), e) != exemptions.end();
}

} // namespace cw::project
