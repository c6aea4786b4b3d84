// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/project/sector.h"

#include <algorithm>
#include <array>

namespace cw::project {
namespace {

struct SectorInfo {
    Sector sector;
    const char* key;
    style::Rgba color;
};

// Okabe-Ito hues: distinguishable with the common colour-vision deficiencies.
constexpr std::array kSectors{
    SectorInfo{Sector::None, "none", {120, 120, 120, 255}},
    SectorInfo{Sector::Transport, "transport", {0, 114, 178, 255}},            // blue
    SectorInfo{Sector::Safety, "safety", {213, 94, 0, 255}},                   // vermilion
    SectorInfo{Sector::Energy, "energy", {0, 158, 115, 255}},                  // bluish green
    SectorInfo{Sector::IndustrySpace, "industry_space", {204, 121, 167, 255}}, // reddish purple
};

std::uint8_t shade(std::uint8_t c, int variant) {
    // Alternate darker / lighter so sibling layers of a project remain apart.
    const int delta = (variant % 2 == 1 ? -1 : 1) * 28 * ((variant + 1) / 2);
    return static_cast<std::uint8_t>(std::clamp(int(c) + delta, 0, 255));
}

} // namespace

const char* sectorKey(Sector sector) {
    for (const auto& s : kSectors)
        if (s.sector == sector)
            return s.key;
    return "none";
}

std::optional<Sector> sectorFromKey(const std::string& key) {
    for (const auto& s : kSectors)
        if (key == s.key)
            return s.sector;
    return std::nullopt;
}

style::Rgba sectorColor(Sector sector) {
    for (const auto& s : kSectors)
        if (s.sector == sector)
            return s.color;
    return kSectors[0].color;
}

style::LayerStyle defaultStyleForSector(Sector sector, int variant) {
    style::Rgba base = sectorColor(sector);
    if (variant > 0)
        base = {shade(base.r, variant), shade(base.g, variant), shade(base.b, variant), 255};
    style::LayerStyle s;
    s.stroke = base;
    s.fill = base;
    s.fill.a = sector == Sector::None ? 0 : 110; // base layers: outline only
    s.strokeWidthMm = sector == Sector::None ? 0.5 : 0.35;
    constexpr style::PointSymbol symbols[] = {
        style::PointSymbol::Circle, style::PointSymbol::Square, style::PointSymbol::Triangle};
    s.pointSymbol = symbols[variant % 3];
    return s;
}

} // namespace cw::project
