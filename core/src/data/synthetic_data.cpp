// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/data/synthetic_data.h"

#include "gdal_dataset.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <ogrsf_frmts.h>
#include <random>
#include <vector>

namespace cw::data {

Status writeRandomPolygons(const std::string& path, const std::string& layerName,
                           const RandomPolygonSpec& spec, const ProgressFn& progress) {
    ensureGdalRegistered();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GdalDatasetPtr ds(driver ? driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr)
                             : nullptr);
    if (!ds)
        return makeError(ErrorCode::ProjectWriteFailed, {path}, CPLGetLastErrorMsg());
    OGRSpatialReference srs;
    srs.importFromEPSG(5186);
    const char* options[] = {"SPATIAL_INDEX=YES", nullptr};
    OGRLayer* layer =
        ds->CreateLayer(layerName.c_str(), &srs, wkbPolygon, const_cast<char**>(options));
    if (!layer)
        return makeError(ErrorCode::ProjectWriteFailed, {path}, CPLGetLastErrorMsg());
    OGRFieldDefn id("id", OFTInteger64);
    OGRFieldDefn name("name", OFTString);
    layer->CreateField(&id);
    layer->CreateField(&name);

    std::mt19937_64 rng(spec.seed);
    std::uniform_real_distribution<double> ux(spec.area.minX, spec.area.maxX);
    std::uniform_real_distribution<double> uy(spec.area.minY, spec.area.maxY);
    std::uniform_real_distribution<double> ud(spec.minDiameter, spec.maxDiameter);
    std::uniform_int_distribution<int> un(spec.minVertices, spec.maxVertices);
    std::uniform_real_distribution<double> unit(0.0, 1.0);

    ds->StartTransaction();
    std::vector<double> angles;
    for (std::size_t i = 0; i < spec.count; ++i) {
        const double cx = ux(rng), cy = uy(rng), radius = ud(rng) / 2;
        const int n = un(rng);
        // Sorted angles with radii in [0.6, 1] x radius: a star-shaped, hence simple, ring.
        angles.resize(n);
        for (double& a : angles)
            a = unit(rng) * 2 * std::numbers::pi;
        std::sort(angles.begin(), angles.end());
        OGRLinearRing ring;
        for (double a : angles) {
            const double r = radius * (0.6 + 0.4 * unit(rng));
            ring.addPoint(cx + r * std::cos(a), cy + r * std::sin(a));
        }
        ring.closeRings();
        OGRPolygon polygon;
        polygon.addRing(&ring);
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField(0, static_cast<GIntBig>(i + 1));
        feature.SetField(1, ("polygon " + std::to_string(i + 1)).c_str());
        feature.SetGeometry(&polygon);
        if (layer->CreateFeature(&feature) != OGRERR_NONE) {
            ds->RollbackTransaction();
            return makeError(ErrorCode::ProjectWriteFailed, {path}, CPLGetLastErrorMsg());
        }
        if (progress && (i & 16383) == 0)
            progress(double(i) / double(spec.count));
    }
    if (ds->CommitTransaction() != OGRERR_NONE)
        return makeError(ErrorCode::ProjectWriteFailed, {path}, CPLGetLastErrorMsg());
    return Ok{};
}

} // namespace cw::data
