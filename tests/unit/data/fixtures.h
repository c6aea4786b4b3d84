// SPDX-License-Identifier: GPL-3.0-or-later
// Writes small vector fixtures with GDAL's own API, so the reader is checked against files a
// different code path produced.
#pragma once

#include "cityweave/data/layer_reader.h"

#include <cmath>
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>
#include <string>
#include <vector>

namespace cw::test {

struct FieldSpec {
    std::string name;
    OGRFieldType type;
};

struct FeatureSpec {
    std::string wkt; ///< empty: null geometry
    std::vector<std::string> values;
};

/// Creates `path` with driver `driverName` holding one layer. `epsg` 0: no CRS.
/// `count` 5 m squares in a row, 10 m apart, from (200000, 550000) in EPSG:5186; attribute
/// "n" numbers them.
inline std::vector<FeatureSpec> squareFeatures(int count) {
    std::vector<FeatureSpec> features;
    for (int i = 0; i < count; ++i) {
        const std::string x = std::to_string(200000 + i * 10), x2 = std::to_string(200005 + i * 10);
        features.push_back({"POLYGON ((" + x + " 550000," + x2 + " 550000," + x2 + " 550005," + x +
                                " 550005," + x + " 550000))",
                            {std::to_string(i)}});
    }
    return features;
}

inline bool writeLayer(const std::string& driverName, const std::string& path,
                       const std::string& layerName, int epsg, OGRwkbGeometryType type,
                       const std::vector<FieldSpec>& fields,
                       const std::vector<FeatureSpec>& features,
                       const std::vector<std::string>& layerOptions = {}) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName.c_str());
    if (!driver)
        return false;
    GDALDataset* ds = driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds)
        return false;
    OGRSpatialReference srs;
    if (epsg) {
        srs.importFromEPSG(epsg);
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    }
    CPLStringList options;
    for (const auto& o : layerOptions)
        options.AddString(o.c_str());
    OGRLayer* layer =
        ds->CreateLayer(layerName.c_str(), epsg ? &srs : nullptr, type, options.List());
    bool ok = layer != nullptr;
    for (const FieldSpec& f : fields) {
        if (!ok)
            break;
        OGRFieldDefn defn(f.name.c_str(), f.type);
        ok = layer->CreateField(&defn) == OGRERR_NONE;
    }
    for (const FeatureSpec& spec : features) {
        if (!ok)
            break;
        OGRFeature feature(layer->GetLayerDefn());
        for (std::size_t i = 0; i < spec.values.size(); ++i)
            feature.SetField(static_cast<int>(i), spec.values[i].c_str());
        if (!spec.wkt.empty()) {
            OGRGeometry* g = nullptr;
            if (OGRGeometryFactory::createFromWkt(spec.wkt.c_str(), nullptr, &g) != OGRERR_NONE) {
                ok = false;
                break;
            }
            feature.SetGeometryDirectly(g);
        }
        ok = layer->CreateFeature(&feature) == OGRERR_NONE;
    }
    GDALClose(ds);
    return ok;
}

/// Absolute shoelace area of a ring.
template <typename Span> double ringArea(const Span& ring) {
    double twice = 0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i)
        twice += ring[i].x * ring[i + 1].y - ring[i + 1].x * ring[i].y;
    return std::fabs(twice) / 2;
}

/// Area of a feature of a GeometryStore: exterior rings minus holes.
template <typename Store> double featureArea(const Store& store, std::size_t feature) {
    double area = 0;
    for (std::size_t p = store.firstPart(feature); p < store.endPart(feature); ++p)
        area += (store.partStartsPolygon(p) ? 1 : -1) * ringArea(store.part(p));
    return area;
}

} // namespace cw::test

namespace cw::test {

/// ReadOptions set up by `fn` (designated initializers would trip -Wmissing-field-initializers).
template <typename Fn> cw::data::ReadOptions readOptions(Fn&& fn) {
    cw::data::ReadOptions options;
    fn(options);
    return options;
}

} // namespace cw::test
