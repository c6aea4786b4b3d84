// SPDX-License-Identifier: GPL-3.0-or-later
// GeoPackage geometry blobs as the project store reads sandbox zones (decodeGpkgPolygon, our own
// reader, no GDAL). What decodes must encode and decode again to the same bytes, and appending
// to a store that already holds a feature must not change what was decoded.
#include "fuzz_support.h"
#include "project/gpkg_geometry.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cw;
    const std::string blob(fuzz::asText(data, size));
    geometry::GeometryStore store;
    if (!project::decodeGpkgPolygon(blob, store))
        return 0;
    if (store.featureCount() != 1)
        std::abort();
    const std::string once = project::encodeGpkgPolygon(store, 0, 5186);
    if (!project::decodeGpkgPolygon(blob, store) || store.featureCount() != 2 ||
        project::encodeGpkgPolygon(store, 1, 5186) != once)
        std::abort();
    geometry::GeometryStore again;
    if (!project::decodeGpkgPolygon(once, again) ||
        project::encodeGpkgPolygon(again, 0, 5186) != once)
        std::abort();
    return 0;
}
