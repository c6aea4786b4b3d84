// SPDX-License-Identifier: GPL-3.0-or-later
// A project manifest (build-sample): projects, planning fields, sandbox zones and scenarios
// read from JSON into a new project file. The folder holds one small polygon GeoJSON that a
// manifest may name ("zone.geojson"); the project file is written to the scratch folder.
#include "cityweave/manifest/manifest_build.h"
#include "cityweave/project/layer_loading.h"
#include "fuzz_support.h"

#include <cpl_error.h>

namespace {
constexpr const char* kZone =
    R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:4326"}},)"
    R"("features":[{"type":"Feature","properties":{"name":"a","code":"11440"},"geometry":)"
    R"({"type":"Polygon","coordinates":[[[126.82,37.56],[126.84,37.56],[126.84,37.57],)"
    R"([126.82,37.56]]]}}]})";
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const bool prepared = [] {
        CPLSetErrorHandler(CPLQuietErrorHandler);
        cw::fuzz::writeFile(cw::fuzz::scratchPath("manifest/zone.geojson"), kZone);
        return true;
    }();
    (void)prepared;
    const auto manifest = cw::fuzz::scratchPath("manifest/manifest.json");
    const auto output = cw::fuzz::scratchPath("manifest/out.cwproject.gpkg");
    cw::fuzz::writeFile(manifest, cw::fuzz::asText(data, size));
    (void)cw::manifest::buildProjectFromManifest(manifest.string(), output.string(), "EPSG:5186",
                                                 nullptr);
    std::error_code ec;
    std::filesystem::remove(output, ec);
    return 0;
}
