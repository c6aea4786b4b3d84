// SPDX-License-Identifier: GPL-3.0-or-later
// Feature edits made in the GUI, written back to the layer's source through OGR by fid.
#include "cityweave/data/feature_edits.h"

#include "cityweave/core/utf8_path.h"
#include "cityweave/data/source_access.h"
#include "data/gdal_dataset.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <gdal_priv.h>
#include <map>
#include <memory>
#include <ogrsf_frmts.h>

namespace cw::data {
namespace {

bool sameGeometry(const geometry::GeometryStore& a, std::size_t fa,
                  const geometry::GeometryStore& b, std::size_t fb) {
    if (a.endPart(fa) - a.firstPart(fa) != b.endPart(fb) - b.firstPart(fb))
        return false;
    for (std::size_t i = 0; i < a.endPart(fa) - a.firstPart(fa); ++i) {
        const auto pa = a.part(a.firstPart(fa) + i), pb = b.part(b.firstPart(fb) + i);
        if (!std::equal(pa.begin(), pa.end(), pb.begin(), pb.end()))
            return false;
    }
    return true;
}

// One feature of a store as an OGR geometry of the layer's family (always the multi type;
// forced to the layer's own type by the caller).
std::unique_ptr<OGRGeometry> toOgr(const geometry::GeometryStore& store, std::size_t f,
                                   geometry::GeometryFamily family) {
    using geometry::GeometryFamily;
    if (family == GeometryFamily::Point) {
        auto multi = std::make_unique<OGRMultiPoint>();
        for (std::size_t p = store.firstPart(f); p < store.endPart(f); ++p)
            for (const auto& c : store.part(p)) {
                OGRPoint point(c.x, c.y);
                multi->addGeometry(&point);
            }
        return multi;
    }
    if (family == GeometryFamily::Line) {
        auto multi = std::make_unique<OGRMultiLineString>();
        for (std::size_t p = store.firstPart(f); p < store.endPart(f); ++p) {
            OGRLineString line;
            for (const auto& c : store.part(p))
                line.addPoint(c.x, c.y);
            multi->addGeometry(&line);
        }
        return multi;
    }
    auto multi = std::make_unique<OGRMultiPolygon>();
    std::unique_ptr<OGRPolygon> polygon;
    for (std::size_t p = store.firstPart(f); p < store.endPart(f); ++p) {
        if (store.partStartsPolygon(p) || !polygon) {
            if (polygon)
                multi->addGeometryDirectly(polygon.release());
            polygon = std::make_unique<OGRPolygon>();
        }
        OGRLinearRing ring;
        for (const auto& c : store.part(p))
            ring.addPoint(c.x, c.y);
        ring.closeRings();
        polygon->addRing(&ring);
    }
    if (polygon)
        multi->addGeometryDirectly(polygon.release());
    return multi;
}

void setAttributes(OGRFeature& feature, const VectorLayer& layer, std::size_t f) {
    const OGRFeatureDefn* defn = feature.GetDefnRef();
    for (std::size_t c = 0; c < layer.fields.size(); ++c) {
        const int index = defn->GetFieldIndex(layer.fields[c].name.c_str());
        if (index < 0)
            continue; // a field the source does not have (added by a join): not written
        const AttributeValue& v =
            c < layer.attributes[f].size() ? layer.attributes[f][c] : AttributeValue{};
        if (const auto* i = std::get_if<std::int64_t>(&v))
            feature.SetField(index, static_cast<GIntBig>(*i));
        else if (const auto* d = std::get_if<double>(&v))
            feature.SetField(index, *d);
        else if (const auto* s = std::get_if<std::string>(&v))
            feature.SetField(index, s->c_str());
        else
            feature.SetFieldNull(index);
    }
}

struct Opened {
    GdalDatasetPtr dataset;
    OGRLayer* layer = nullptr;
};

Result<Opened> openForUpdate(const std::string& path, const std::string& sourceLayer) {
    if (!isLocalSource(path))
        return makeError(ErrorCode::ReadOnlySource, {path, "remote"});
    const std::filesystem::path file = pathFromUtf8(path);
    std::string extension = pathToUtf8(file.extension());
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    if (extension != ".gpkg" && extension != ".geojson" && extension != ".json" &&
        extension != ".shp")
        return makeError(ErrorCode::ReadOnlySource, {path, "format"});
    std::error_code ec;
    const auto perms = std::filesystem::status(file, ec).permissions();
    if (ec || (perms & std::filesystem::perms::owner_write) == std::filesystem::perms::none)
        return makeError(ErrorCode::ReadOnlySource, {path, "permission"});
    ensureGdalRegistered();
    Opened out;
    out.dataset.reset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    if (!out.dataset)
        return makeError(ErrorCode::ReadOnlySource, {path, "open"}, CPLGetLastErrorMsg());
    out.layer = sourceLayer.empty() ? out.dataset->GetLayer(0)
                                    : out.dataset->GetLayerByName(sourceLayer.c_str());
    if (!out.layer)
        return makeError(ErrorCode::LayerNotFound, {path, sourceLayer});
    return out;
}

} // namespace

FeatureEdits diffFeatures(const VectorLayer& before, const VectorLayer& after) {
    FeatureEdits edits;
    edits.written.name = after.name;
    edits.written.family = after.family;
    edits.written.crs = after.crs;
    edits.written.fields = after.fields;
    std::map<std::int64_t, std::size_t> old;
    for (std::size_t f = 0; f < before.fids.size(); ++f)
        old.emplace(before.fids[f], f);
    for (std::size_t f = 0; f < after.fids.size(); ++f) {
        const auto it = old.find(after.fids[f]);
        const bool same = it != old.end() && after.fids[f] >= 0 &&
                          before.attributes[it->second] == after.attributes[f] &&
                          sameGeometry(before.geometries, it->second, after.geometries, f);
        if (it != old.end())
            old.erase(it);
        if (same)
            continue;
        edits.written.geometries.appendFeature(after.geometries, f);
        edits.written.fids.push_back(after.fids[f]);
        edits.written.attributes.push_back(after.attributes[f]);
    }
    for (const auto& [fid, index] : old)
        edits.deleted.push_back(fid);
    return edits;
}

Status checkEditable(const std::string& path, const std::string& sourceLayer) {
    auto opened = openForUpdate(path, sourceLayer);
    return opened ? Status(Ok{}) : Status(opened.error());
}

Status writeFeatureEdits(const std::string& path, const std::string& sourceLayer,
                         const FeatureEdits& edits) {
    auto opened = openForUpdate(path, sourceLayer);
    if (!opened)
        return opened.error();
    GDALDataset& ds = *opened->dataset;
    OGRLayer* layer = opened->layer;
    const bool transaction = ds.StartTransaction() == OGRERR_NONE;
    auto fail = [&](const char* what) -> Status {
        if (transaction)
            ds.RollbackTransaction();
        return makeError(ErrorCode::OutputWriteFailed, {path},
                         std::string(what) + ": " + CPLGetLastErrorMsg());
    };
    for (std::int64_t fid : edits.deleted)
        if (layer->DeleteFeature(fid) != OGRERR_NONE)
            return fail("delete");
    const VectorLayer& w = edits.written;
    for (std::size_t f = 0; f < w.fids.size(); ++f) {
        std::unique_ptr<OGRFeature> feature;
        if (w.fids[f] >= 0)
            feature.reset(layer->GetFeature(w.fids[f]));
        if (!feature)
            feature = std::make_unique<OGRFeature>(layer->GetLayerDefn());
        auto geometry = toOgr(w.geometries, f, w.family);
        // The layer's own type: a Point layer takes a point, a MultiPolygon layer a multi.
        feature->SetGeometryDirectly(
            OGRGeometryFactory::forceTo(geometry.release(), layer->GetGeomType()));
        setAttributes(*feature, w, f);
        const OGRErr err = w.fids[f] >= 0 && feature->GetFID() == w.fids[f]
                               ? layer->SetFeature(feature.get())
                               : layer->CreateFeature(feature.get());
        if (err != OGRERR_NONE)
            return fail("write");
    }
    if (transaction && ds.CommitTransaction() != OGRERR_NONE)
        return fail("commit");
    layer->SyncToDisk();
    return Ok{};
}

} // namespace cw::data
