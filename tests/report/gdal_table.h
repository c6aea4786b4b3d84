// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a table back with GDAL itself, independently of CityWeave's own reader.
#pragma once

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <string>
#include <variant>
#include <vector>

namespace cw::test {

using Cell = std::variant<std::monostate, long long, double, std::string>;
struct GdalTable {
    std::vector<std::string> columns;
    std::vector<OGRFieldType> types;
    std::vector<std::vector<Cell>> rows;
    bool ok = false;
};

inline GdalTable readGdalTable(const std::string& path, const std::string& layerName,
                               const char* const* openOptions = nullptr) {
    GDALAllRegister();
    GdalTable t;
    GDALDataset* ds = static_cast<GDALDataset*>(
        GDALOpenEx(path.c_str(), GDAL_OF_VECTOR, nullptr, openOptions, nullptr));
    if (!ds)
        return t;
    OGRLayer* layer = layerName.empty() ? ds->GetLayer(0) : ds->GetLayerByName(layerName.c_str());
    if (layer) {
        OGRFeatureDefn* defn = layer->GetLayerDefn();
        for (int i = 0; i < defn->GetFieldCount(); ++i) {
            t.columns.push_back(defn->GetFieldDefn(i)->GetNameRef());
            t.types.push_back(defn->GetFieldDefn(i)->GetType());
        }
        layer->ResetReading();
        while (OGRFeature* f = layer->GetNextFeature()) {
            std::vector<Cell> row;
            for (int i = 0; i < defn->GetFieldCount(); ++i) {
                if (!f->IsFieldSetAndNotNull(i))
                    row.emplace_back();
                else if (t.types[std::size_t(i)] == OFTInteger ||
                         t.types[std::size_t(i)] == OFTInteger64)
                    row.emplace_back(static_cast<long long>(f->GetFieldAsInteger64(i)));
                else if (t.types[std::size_t(i)] == OFTReal)
                    row.emplace_back(f->GetFieldAsDouble(i));
                else
                    row.emplace_back(std::string(f->GetFieldAsString(i)));
            }
            t.rows.push_back(std::move(row));
            OGRFeature::DestroyFeature(f);
        }
        t.ok = true;
    }
    GDALClose(ds);
    return t;
}

inline int columnOf(const GdalTable& t, const std::string& name) {
    for (std::size_t i = 0; i < t.columns.size(); ++i)
        if (t.columns[i] == name)
            return int(i);
    return -1;
}

inline double number(const Cell& c) {
    if (const auto* i = std::get_if<long long>(&c))
        return double(*i);
    if (const auto* d = std::get_if<double>(&c))
        return *d;
    return 0;
}

} // namespace cw::test
