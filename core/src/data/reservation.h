// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace cw::data {

/// The most items worth reserving up front: vectors grow past it as items actually arrive.
/// 16 million features or 64 million coordinates (1 GiB) cover real city-wide layers.
inline constexpr std::size_t kMaxReservedFeatures = std::size_t{1} << 24;
inline constexpr std::size_t kMaxReservedCoordinates = std::size_t{1} << 26;

/// How many items to reserve for a count a file claims (a header, gpkg_ogr_contents, a
/// size-based estimate): never more than the file could hold at `minBytesPerItem` each, nor
/// more than `cap`. A file that lies about its count (or is sparse and huge) then costs
/// nothing up front.
inline std::size_t boundedReservation(double claimed, std::uintmax_t fileBytes,
                                      std::size_t minBytesPerItem, std::size_t cap) {
    if (!(claimed > 0))
        return 0;
    const double fits = static_cast<double>(fileBytes) / static_cast<double>(minBytesPerItem);
    return static_cast<std::size_t>(std::min({claimed, fits, static_cast<double>(cap)}));
}

} // namespace cw::data
