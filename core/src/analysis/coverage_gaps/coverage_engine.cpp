// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/coverage_gaps/coverage_engine.h"

#include "analysis/framework/chunk_pool.h"
#include "analysis/geometry/boundary_overlay.h"
#include "analysis/geometry/zone_grid.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <queue>

namespace cw::analysis {
namespace {
using geometry::Coord;
using geometry::Envelope;
using geometry::GeometryFamily;
using geometry::GeosGeometry;

// Discs become 4 x 32 = 128-gons for GEOS: the inscribed polygon's area is
// 128 / (2 pi) x sin(2 pi / 128) = 0.9996 of the disc's.
constexpr int kQuadSegs = 32;

std::string lower(std::string s) {
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

Envelope envelopeOf(GEOSContextHandle_t h, const GEOSGeometry* g) {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    if (!g || GEOSisEmpty_r(h, g) || !GEOSGeom_getXMin_r(h, g, &x0) ||
        !GEOSGeom_getYMin_r(h, g, &y0) || !GEOSGeom_getXMax_r(h, g, &x1) ||
        !GEOSGeom_getYMax_r(h, g, &y1))
        return {};
    return Envelope::of(x0, y0, x1, y1);
}

double areaOf(GEOSContextHandle_t h, const GEOSGeometry* g) {
    double a = 0;
    return g && GEOSArea_r(h, g, &a) ? a : 0.0;
}

// A disc as a GEOS 128-gon (owned by the caller).
GEOSGeometry* discPolygon(GEOSContextHandle_t h, const Disc& d) {
    const GeosGeometry centre{h, GEOSGeom_createPointFromXY_r(h, d.x, d.y)};
    return centre ? GEOSBuffer_r(h, centre.get(), d.r, kQuadSegs) : nullptr;
}

// The union of `parts` (taken over); null when there are none.
GeosGeometry unionOf(GEOSContextHandle_t h, std::vector<GEOSGeometry*> parts) {
    if (parts.empty())
        return {};
    const GeosGeometry all{h, GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                          unsigned(parts.size()))};
    return GeosGeometry{h, GEOSUnaryUnion_r(h, all.get())};
}

std::optional<AssetType> match(const std::string& text, const std::vector<TypeKeyword>& keywords) {
    const std::string l = lower(text);
    for (const TypeKeyword& k : keywords)
        if (l.find(k.keyword) != std::string::npos)
            return k.type;
    return std::nullopt;
}
} // namespace

const std::array<AssetTypeInfo, 6>& assetTypes() {
    static const std::array<AssetTypeInfo, 6> types{{
        {AssetType::IotSensor,
         "iot_sensor",
         {"IoT 센서", "IoT sensor"},
         500,
         {"미세먼지·기온 측정의 근린 규모 대표성(약 0.5 km, 미국 EPA 40 CFR 58 부록 D)",
          "neighbourhood-scale representativeness of a fine-dust or heat reading (about 0.5 km, "
          "US EPA 40 CFR 58 App. D)"}},
        {AssetType::Cctv,
         "cctv",
         {"CCTV", "CCTV"},
         50,
         {"방범용 고정 카메라가 사람을 식별할 수 있는 거리", "distance at which a fixed "
                                                             "crime-prevention camera still "
                                                             "identifies a person"}},
        {AssetType::EvCharger,
         "ev_charger",
         {"전기차 충전기", "EV charger"},
         500,
         {"충전 후 목적지까지 걷는 5~7분 거리", "a 5 to 7 minute walk from the charger to "
                                                "where the driver is going"}},
        {AssetType::ParkingSensor,
         "parking_sensor",
         {"주차 센서", "Parking sensor"},
         30,
         {"바닥 센서가 알리는 한 블록 면의 주차면", "the bays of the block face a ground sensor "
                                                    "reports"}},
        {AssetType::RoadsideUnit,
         "roadside_unit",
         {"노변 기지국(RSU)", "Roadside unit"},
         300,
         {"C-ITS WAVE/DSRC 노변 기지국의 안정적 통신 거리", "reliable WAVE/DSRC range of a "
                                                            "C-ITS roadside unit"}},
        {AssetType::Other,
         "other",
         {"기타 시설", "Other asset"},
         300,
         {"유형을 알 수 없는 점 시설", "point assets of unknown type"}},
    }};
    return types;
}

const AssetTypeInfo& assetTypeInfo(AssetType type) {
    for (const AssetTypeInfo& t : assetTypes())
        if (t.type == type)
            return t;
    return assetTypes().back();
}

const char* const kDefaultTypeKeywords =
    "parking=parking_sensor;주차=parking_sensor;roadside=roadside_unit;rsu=roadside_unit;"
    "노변=roadside_unit;cctv=cctv;camera=cctv;카메라=cctv;charg=ev_charger;충전=ev_charger;"
    "iot=iot_sensor;sensor=iot_sensor;센서=iot_sensor";

Result<std::vector<TypeKeyword>> parseTypeKeywords(const std::string& text) {
    std::vector<TypeKeyword> out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(';', start);
        if (end == std::string::npos)
            end = text.size();
        const std::string item = text.substr(start, end - start);
        start = end + 1;
        if (item.empty())
            continue;
        const auto eq = item.find('=');
        const std::string key = eq == std::string::npos ? "" : item.substr(eq + 1);
        const AssetTypeInfo* type = nullptr;
        for (const AssetTypeInfo& t : assetTypes())
            if (key == t.key)
                type = &t;
        if (eq == 0 || !type)
            return makeError(ErrorCode::InvalidArgument, {"type_keywords", item},
                             "use keyword=type with a type of iot_sensor, cctv, ev_charger, "
                             "parking_sensor, roadside_unit, other");
        out.push_back({lower(item.substr(0, eq)), type->type});
    }
    return out;
}

RadiusTable defaultRadii() {
    RadiusTable r{};
    for (std::size_t i = 0; i < r.size(); ++i)
        r[i] = assetTypes()[i].defaultRadius;
    return r;
}

RadiusTable radiiFrom(const ParameterValues& params) {
    RadiusTable r{};
    for (std::size_t i = 0; i < r.size(); ++i)
        r[i] = params.number(std::string("radius_") + assetTypes()[i].key);
    return r;
}

std::vector<Asset> collectAssets(const AnalysisInput& input, const RadiusTable& radii,
                                 const std::vector<TypeKeyword>& keywords,
                                 const std::string& typeField,
                                 const std::vector<std::string>& skipLayers,
                                 std::vector<std::string>& warnings) {
    std::vector<Asset> assets;
    auto radius = [&](AssetType t) { return radii[static_cast<std::size_t>(t)]; };
    for (std::uint32_t p = 0; p < input.projects.size(); ++p) {
        for (const AnalysisLayer& layer : input.projects[p].layers) {
            if (!layer.data || layer.data->family != GeometryFamily::Point ||
                std::find(skipLayers.begin(), skipLayers.end(), layer.id) != skipLayers.end())
                continue;
            const data::VectorLayer& data = *layer.data;
            const int field = typeField.empty() ? -1 : data.fieldIndex(typeField);
            auto layerType = match(layer.id, keywords);
            if (!layerType)
                layerType = match(layer.name.en, keywords);
            if (!layerType)
                layerType = match(layer.name.ko, keywords);
            if (!layerType && field < 0)
                warnings.push_back("layer " + layer.id + ": asset type not recognised");
            for (std::size_t f = 0; f < data.featureCount(); ++f) {
                AssetType type = layerType.value_or(AssetType::Other);
                if (field >= 0)
                    type = match(data::toDisplayString(
                                     data.attributes[f][static_cast<std::size_t>(field)]),
                                 keywords)
                               .value_or(type);
                for (std::size_t part = data.geometries.firstPart(f);
                     part < data.geometries.endPart(f); ++part)
                    for (const Coord& c : data.geometries.part(part))
                        assets.push_back({c, type, radius(type), p});
            }
        }
    }
    return assets;
}

ZoneSet makeZoneSet(GEOSContextHandle_t h, std::shared_ptr<const data::VectorLayer> layer,
                    const std::string& nameField, bool convexCells) {
    ZoneSet set;
    set.layer = std::move(layer);
    const data::VectorLayer& l = *set.layer;
    const int nameIndex = nameField.empty() ? -1 : l.fieldIndex(nameField);
    std::vector<Envelope> boxes;
    for (std::size_t f = 0; f < l.featureCount(); ++f) {
        ZoneShape z;
        z.id = l.fids[f];
        z.source = f;
        z.name = nameIndex >= 0 ? data::toDisplayString(l.attributes[f][std::size_t(nameIndex)])
                                : std::to_string(l.fids[f]);
        z.geom = geometry::toGeos(h, l.geometries, f, GeometryFamily::Polygon);
        if (!z.geom || GEOSisEmpty_r(h, z.geom.get()))
            continue;
        z.prepared = PreparedPtr{GEOSPrepare_r(h, z.geom.get()), PreparedDeleter{h}};
        z.area = areaOf(h, z.geom.get());
        z.envelope = l.geometries.envelope(f);
        if (convexCells && l.geometries.endPart(f) - l.geometries.firstPart(f) == 1) {
            const auto ring = l.geometries.part(l.geometries.firstPart(f));
            z.convexRing.assign(ring.begin(), ring.end());
        }
        boxes.push_back(z.envelope);
        set.zones.push_back(std::move(z));
    }
    set.index = geometry::PackedRTree(boxes);
    return set;
}

Result<data::VectorLayer> makeHexGrid(const Envelope& extent, double width, const crs::Crs& crs) {
    if (extent.isNull() || !(width > 0) || !std::isfinite(width))
        return makeError(ErrorCode::InvalidArgument, {"grid_size", std::to_string(width)});
    const double side = width / std::sqrt(3.0);
    const double rowStep = 1.5 * side;
    const double x0 = std::floor(extent.minX / width) * width;
    const double y0 = std::floor(extent.minY / rowStep) * rowStep;
    const double cols = std::ceil((extent.maxX - x0) / width) + 1;
    const double rows = std::ceil((extent.maxY - y0) / rowStep) + 1;
    if (auto fits = checkGridCells(cols * rows, width, extent); !fits)
        return fits.error();
    data::VectorLayer grid;
    grid.name = "grid";
    grid.driver = "generated";
    grid.family = GeometryFamily::Polygon;
    grid.crs = crs;
    grid.fields = {{"cell", data::FieldType::String},
                   {"row", data::FieldType::Integer},
                   {"col", data::FieldType::Integer}};
    for (long long r = 0; r < (long long)rows; ++r) {
        for (long long c = 0; c < (long long)cols; ++c) {
            const double cx = x0 + double(c) * width + ((r & 1) ? width / 2 : 0.0);
            const double cy = y0 + double(r) * rowStep;
            grid.geometries.beginFeature();
            grid.geometries.beginPart(true);
            for (int k = 0; k <= 6; ++k) {
                const double a = (30.0 + 60.0 * (k % 6)) * std::numbers::pi / 180.0;
                grid.geometries.addCoord(cx + side * std::cos(a), cy + side * std::sin(a));
            }
            grid.geometries.endPart();
            grid.geometries.endFeature();
            grid.fids.push_back(std::int64_t(grid.fids.size()));
            // Appended piecewise: GCC 12 warns (-Wrestrict) on the chained operator+.
            std::string name = "r";
            name.append(std::to_string(r)).append("c").append(std::to_string(c));
            grid.attributes.push_back({std::move(name), std::int64_t(r), std::int64_t(c)});
        }
    }
    return grid;
}

data::VectorLayer cellsInside(GEOSContextHandle_t h, const data::VectorLayer& cells,
                              const data::VectorLayer& boundary) {
    std::vector<GeosGeometry> parts;
    std::vector<PreparedPtr> prepared;
    std::vector<Envelope> boxes;
    for (std::size_t f = 0; f < boundary.featureCount(); ++f) {
        GeosGeometry g = geometry::toGeos(h, boundary.geometries, f, GeometryFamily::Polygon);
        if (!g)
            continue;
        prepared.emplace_back(GEOSPrepare_r(h, g.get()), PreparedDeleter{h});
        boxes.push_back(boundary.geometries.envelope(f));
        parts.push_back(std::move(g));
    }
    const geometry::PackedRTree index(boxes);
    data::VectorLayer out;
    out.name = cells.name;
    out.driver = cells.driver;
    out.family = cells.family;
    out.crs = cells.crs;
    out.fields = cells.fields;
    std::vector<std::uint32_t> hits;
    for (std::size_t f = 0; f < cells.featureCount(); ++f) {
        const Envelope& e = cells.geometries.envelope(f);
        const double cx = (e.minX + e.maxX) / 2, cy = (e.minY + e.maxY) / 2;
        hits.clear();
        index.query(Envelope::of(cx, cy, cx, cy), hits);
        GeosGeometry pt{h, GEOSGeom_createPointFromXY_r(h, cx, cy)};
        const bool inside = std::any_of(hits.begin(), hits.end(), [&](std::uint32_t i) {
            return GEOSPreparedIntersects_r(h, prepared[i].get(), pt.get()) == 1;
        });
        if (!inside)
            continue;
        out.geometries.appendFeature(cells.geometries, f);
        out.fids.push_back(cells.fids[f]);
        out.attributes.push_back(cells.attributes[f]);
    }
    return out;
}

ServiceAreas::ServiceAreas(GEOSContextHandle_t h, std::vector<Disc> discs,
                           std::vector<GeosGeometry> polygons)
    : m_h(h), m_discs(std::move(discs)), m_polygons(std::move(polygons)) {
    std::vector<Envelope> boxes;
    for (std::size_t i = 0; i < m_discs.size(); ++i) {
        const Disc& d = m_discs[i];
        if (!m_polygons.empty())
            boxes.push_back(envelopeOf(m_h, m_polygons[i].get()));
        else
            boxes.push_back(Envelope::of(d.x - d.r, d.y - d.r, d.x + d.r, d.y + d.r));
    }
    m_prepared.resize(m_discs.size());
    if (m_polygons.empty())
        m_polygons.resize(m_discs.size());
    else
        m_discs.clear(), m_discs.resize(m_polygons.size()), m_network = true;
    m_index = geometry::PackedRTree(boxes);
}

std::vector<std::uint32_t> ServiceAreas::near(const Envelope& e) const {
    std::vector<std::uint32_t> hits;
    m_index.query(e, hits);
    std::sort(hits.begin(), hits.end());
    return hits;
}

const GEOSGeometry* ServiceAreas::polygon(std::uint32_t i) const {
    if (!m_polygons[i] && !m_network)
        m_polygons[i] = GeosGeometry{m_h, discPolygon(m_h, m_discs[i])};
    return m_polygons[i].get();
}

GeosGeometry ServiceAreas::localUnion(const std::vector<std::uint32_t>& ids) const {
    std::vector<GEOSGeometry*> parts;
    for (const std::uint32_t i : ids)
        if (const GEOSGeometry* g = polygon(i); g && !GEOSisEmpty_r(m_h, g))
            parts.push_back(GEOSGeom_clone_r(m_h, g));
    return unionOf(m_h, std::move(parts));
}

GeosGeometry ServiceAreas::discUnion(GEOSContextHandle_t h,
                                     const std::vector<std::uint32_t>& ids) const {
    std::vector<GEOSGeometry*> parts;
    for (const std::uint32_t i : ids)
        if (GEOSGeometry* disc = discPolygon(h, m_discs[i]))
            parts.push_back(disc);
    return unionOf(h, std::move(parts));
}

std::vector<std::uint32_t> ServiceAreas::discsReaching(GEOSContextHandle_t h,
                                                       const GEOSGeometry* polygon,
                                                       const Envelope& envelope) const {
    std::vector<std::uint32_t> ids = near(envelope);
    if (!polygon)
        return ids;
    const PreparedPtr prepared{GEOSPrepare_r(h, polygon), PreparedDeleter{h}};
    if (!prepared)
        return ids;
    std::erase_if(ids, [&](std::uint32_t i) {
        const Disc& d = m_discs[i];
        const GeosGeometry centre{h, GEOSGeom_createPointFromXY_r(h, d.x, d.y)};
        return centre && GEOSPreparedIntersects_r(h, prepared.get(), centre.get()) != 1 &&
               GEOSPreparedDistanceWithin_r(h, prepared.get(), centre.get(), d.r) != 1;
    });
    return ids;
}

Result<ServiceAreas::ZoneCoverage> ServiceAreas::coverageByZone(const ZoneSet& zones, bool withGaps,
                                                                const CancelToken& cancel,
                                                                const ProgressFn& progress) const {
    const std::size_t n = zones.zones.size();
    ZoneCoverage out{std::vector<double>(n, 0.0), std::vector<geometry::GeometryStore>(n),
                     std::vector<double>(n, 0.0)};
    auto keepGap = [&](GEOSContextHandle_t h, std::size_t z, const GEOSGeometry* g) {
        const double area = g && !GEOSisEmpty_r(h, g) ? areaOf(h, g) : 0.0;
        if (area > 0 && geometry::appendGeos(h, g, out.gaps[z], GeometryFamily::Polygon))
            out.gapAreas[z] = area;
    };
    auto leavesGap = [&](std::size_t z) {
        return withGaps && out.covered[z] < zones.zones[z].area * (1 - 1e-9);
    };
    if (m_network) { // service areas held as GEOS polygons of this context: one thread
        auto covered = coveredAreas(zones, cancel);
        if (!covered)
            return covered.error();
        out.covered = std::move(covered).value();
        for (std::size_t z = 0; z < n && !cancel.isCancelled(); ++z) {
            if (leavesGap(z))
                keepGap(m_h, z, gap(zones.zones[z]).get());
            if (progress)
                progress(double(z + 1) / double(n));
        }
        return cancel.isCancelled() ? Result<ZoneCoverage>(makeError(ErrorCode::Cancelled))
                                    : Result<ZoneCoverage>(std::move(out));
    }
    std::vector<geometry::GeosContext> contexts(threadCount(0));
    std::atomic<std::size_t> finished{0};
    runChunks(contexts, 0, n, cancel, [&](geometry::GeosContext& geos, std::size_t z) {
        const ZoneShape& zone = zones.zones[z];
        const bool exact = !zone.convexRing.empty(); // closed form, no GEOS
        if (exact)
            out.covered[z] = coveredArea(zone);
        if (!exact || leavesGap(z)) {
            const GEOSContextHandle_t h = geos.handle();
            const GeosGeometry shape =
                geometry::toGeos(h, zones.layer->geometries, zone.source, GeometryFamily::Polygon);
            const GeosGeometry cover = discUnion(h, discsReaching(h, shape.get(), zone.envelope));
            if (!exact && shape && cover) {
                const GeosGeometry inside{h, GEOSIntersection_r(h, shape.get(), cover.get())};
                out.covered[z] = std::min(zone.area, areaOf(h, inside.get()));
            }
            if (shape && leavesGap(z)) {
                const GeosGeometry left{h, cover ? GEOSDifference_r(h, shape.get(), cover.get())
                                                 : GEOSGeom_clone_r(h, shape.get())};
                keepGap(h, z, left.get());
            }
        }
        const std::size_t done = finished.fetch_add(1) + 1;
        if (progress && &geos == &contexts.front()) // reported from the calling thread only
            progress(double(done) / double(n));
    });
    if (cancel.isCancelled())
        return makeError(ErrorCode::Cancelled);
    return out;
}

namespace {

// Area of the service areas' union (label 0) inside each zone (label 1 + feature index).
class ZoneCoverAccumulator final : public overlay::Accumulator {
public:
    explicit ZoneCoverAccumulator(std::size_t zoneFeatures) : covered(zoneFeatures, 0.0) {}
    void boundary(const overlay::BoundaryPiece& piece) override {
        add(piece.left, piece.twiceArea / 2);
        add(piece.right, -piece.twiceArea / 2);
    }
    void line(std::uint32_t, overlay::Labels, double) override {}
    void point(std::uint32_t, overlay::Labels) override {}
    std::vector<double> covered; // by zone feature

private:
    void add(overlay::Labels side, double area) {
        if (side.empty() || side.front() != 0)
            return; // no service area here
        for (std::size_t i = 1; i < side.size(); ++i)
            covered[side[i] - 1] += area;
    }
};

} // namespace

Result<std::vector<double>> ServiceAreas::coveredAreas(const ZoneSet& zones,
                                                       const CancelToken& cancel) const {
    std::vector<double> out(zones.zones.size(), 0.0);
    if (!m_network) { // discs: the exact formula per convex cell is already fast
        for (std::size_t z = 0; z < out.size(); ++z) {
            if ((z & 255) == 0 && cancel.isCancelled())
                return makeError(ErrorCode::Cancelled);
            out[z] = coveredArea(zones.zones[z]);
        }
        return out;
    }
    // Network areas: one overlay of every service area with every zone, instead of a union of
    // the nearby service areas per zone.
    geometry::GeometryStore areas;
    for (const GeosGeometry& g : m_polygons)
        if (!g || !geometry::appendGeos(m_h, g.get(), areas, GeometryFamily::Polygon)) {
            areas.beginFeature();
            areas.endFeature();
        }
    overlay::OverlayInputs inputs;
    inputs.polygons = {{&areas, 0, false}, {&zones.layer->geometries, 1, true}};
    const std::size_t features = zones.layer->featureCount();
    std::vector<double> byFeature(features, 0.0);
    overlay::OverlayOptions options;
    options.cancel = cancel;
    auto done = overlay::run(
        inputs, options, [features] { return std::make_unique<ZoneCoverAccumulator>(features); },
        [&](std::unique_ptr<overlay::Accumulator> chunk) {
            const auto& part = static_cast<ZoneCoverAccumulator&>(*chunk).covered;
            for (std::size_t f = 0; f < features; ++f)
                byFeature[f] += part[f];
        });
    if (!done)
        return done.error();
    for (std::size_t z = 0; z < out.size(); ++z)
        out[z] = std::clamp(byFeature[zones.zones[z].source], 0.0, zones.zones[z].area);
    return out;
}

double ServiceAreas::coveredArea(const ZoneShape& zone) const {
    if (!m_network && !zone.convexRing.empty()) {
        std::vector<Disc> local;
        for (const std::uint32_t i : near(zone.envelope))
            local.push_back(m_discs[i]);
        return std::min(zone.area, convexDiscCoverage(zone.convexRing, local));
    }
    return coveredArea(zone.geom.get(), zone.envelope);
}

double ServiceAreas::coveredArea(const GEOSGeometry* polygon, const Envelope& envelope) const {
    const GeosGeometry cover = localUnion(near(envelope));
    if (!cover)
        return 0.0;
    GeosGeometry inside{m_h, GEOSIntersection_r(m_h, polygon, cover.get())};
    return areaOf(m_h, inside.get());
}

GeosGeometry ServiceAreas::gap(const ZoneShape& zone) const {
    const GeosGeometry cover = localUnion(near(zone.envelope));
    GeosGeometry left = cover
                            ? GeosGeometry{m_h, GEOSDifference_r(m_h, zone.geom.get(), cover.get())}
                            : GeosGeometry{m_h, GEOSGeom_clone_r(m_h, zone.geom.get())};
    if (!left || GEOSisEmpty_r(m_h, left.get()) || !(areaOf(m_h, left.get()) > 0))
        return {};
    return left;
}

bool ServiceAreas::covers(double x, double y) const {
    const auto ids = near(Envelope::of(x, y, x, y));
    if (!m_network) {
        return std::any_of(ids.begin(), ids.end(), [&](std::uint32_t i) {
            const Disc& d = m_discs[i];
            return (x - d.x) * (x - d.x) + (y - d.y) * (y - d.y) <= d.r * d.r;
        });
    }
    GeosGeometry pt{m_h, GEOSGeom_createPointFromXY_r(m_h, x, y)};
    for (const std::uint32_t i : ids) {
        if (!m_polygons[i])
            continue;
        if (!m_prepared[i])
            m_prepared[i] =
                PreparedPtr{GEOSPrepare_r(m_h, m_polygons[i].get()), PreparedDeleter{m_h}};
        if (GEOSPreparedIntersects_r(m_h, m_prepared[i].get(), pt.get()) == 1)
            return true;
    }
    return false;
}

std::vector<GeosGeometry> networkServiceAreas(GEOSContextHandle_t h, const RoadNetwork& network,
                                              const std::vector<Asset>& assets, double maxSnap,
                                              double halfWidth, std::size_t* unreachable) {
    std::vector<GeosGeometry> out;
    for (const Asset& a : assets) {
        const auto pieces = network.reachable(a.at, a.radius, maxSnap);
        std::vector<GEOSGeometry*> lines;
        for (const RoadPiece& piece : pieces) {
            GEOSCoordSequence* seq = GEOSCoordSeq_create_r(h, 2, 2);
            GEOSCoordSeq_setXY_r(h, seq, 0, piece.a.x, piece.a.y);
            GEOSCoordSeq_setXY_r(h, seq, 1, piece.b.x, piece.b.y);
            lines.push_back(GEOSGeom_createLineString_r(h, seq));
        }
        if (lines.empty()) {
            if (unreachable)
                ++*unreachable;
            out.emplace_back();
            continue;
        }
        GeosGeometry all{h, GEOSGeom_createCollection_r(h, GEOS_MULTILINESTRING, lines.data(),
                                                        unsigned(lines.size()))};
        out.emplace_back(h, GEOSBuffer_r(h, all.get(), halfWidth, 8));
    }
    return out;
}

std::vector<GreedyPick> greedyMaxCoverage(const std::vector<std::vector<std::uint32_t>>& covers,
                                          const std::vector<double>& weight,
                                          std::vector<bool> covered, std::size_t k) {
    auto gainOf = [&](std::uint32_t c) {
        double g = 0;
        for (const std::uint32_t p : covers[c])
            if (!covered[p])
                g += weight[p];
        return g;
    };
    // Max-heap by (gain, lowest index).
    using Item = std::pair<double, std::uint32_t>;
    auto worse = [](const Item& a, const Item& b) {
        return a.first < b.first || (a.first == b.first && a.second > b.second);
    };
    std::priority_queue<Item, std::vector<Item>, decltype(worse)> heap(worse);
    for (std::uint32_t c = 0; c < covers.size(); ++c)
        heap.push({gainOf(c), c});
    std::vector<GreedyPick> picks;
    while (picks.size() < k && !heap.empty()) {
        const auto [stale, c] = heap.top();
        heap.pop();
        const double fresh = gainOf(c);
        if (!heap.empty() && worse({fresh, c}, heap.top())) {
            heap.push({fresh, c});
            continue;
        }
        if (!(fresh > 0))
            break;
        picks.push_back({c, fresh});
        for (const std::uint32_t p : covers[c])
            covered[p] = true;
    }
    return picks;
}

} // namespace cw::analysis
