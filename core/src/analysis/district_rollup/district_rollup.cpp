// SPDX-License-Identifier: GPL-3.0-or-later
// "district-rollup": per zone (gu, dong, grid cell, sandbox zone) the projects present, the area
// and share of each, line lengths, point assets and the sector mix.
//
// Counting rules (the tests pin them):
// - A project's footprint is the union of all its polygons, so overlaps inside one project
//   count once. Its lines are unioned the same way before measuring.
// - A point lies in exactly one zone: the first zone in layer order that covers it (boundary
//   included). A point on the edge shared by zones 2 and 5 counts for zone 2. Points in no zone
//   are counted in the summary as points_outside_zones.
// - Zones are not assumed to be a partition: where zones overlap, the overlapping area counts
//   in each of them (and a line running exactly along a shared edge counts in both).
// - An intersection below `min_area` m² is a boundary sliver (hand-drawn project outlines
//   against surveyed boundaries) and is ignored.
#include "analysis/framework/builtin_analyses.h"
#include "analysis/geometry/boundary_overlay.h"
#include "analysis/geometry/zone_grid.h"
#include "cityweave/analysis/result_columns.h"
#include "cityweave/analysis/zone_layer.h"
#include "cityweave/geometry/packed_rtree.h"
#include "cityweave/project/sector.h"
#include "geometry/geos_bridge.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <cmath>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace cw::analysis {
namespace {

using geometry::Envelope;
using geometry::GeometryFamily;
using geometry::GeosGeometry;
using project::Sector;

constexpr std::array<Sector, 5> kSectors{Sector::Transport, Sector::Safety, Sector::Energy,
                                         Sector::IndustrySpace, Sector::None};
std::size_t sectorSlot(Sector sector) {
    std::size_t s = 0;
    while (kSectors[s] != sector && s + 1 < kSectors.size())
        ++s;
    return s;
}

// Lengths below this are floating-point noise from a line touching a zone edge.
constexpr double kMinLength = 1e-6;

AnalysisDescriptor makeDescriptor() {
    AnalysisDescriptor d;
    d.id = "district-rollup";
    d.name = {"구역별 집계", "District roll-up"};
    d.description = {"구역(자치구, 법정동, 격자, 샌드박스 구역)마다 사업별 면적과 비율, 선 길이, "
                     "점 시설 수, 분야 구성을 집계합니다.",
                     "Per zone (gu, dong, grid cell, sandbox zone): the projects present, their "
                     "area and share, line length, point assets and the sector mix."};
    d.parameters = {
        {"zones",
         {"구역", "Zones"},
         {"구역 레이어를 쓸지, 사업 범위에 정사각형 격자를 만들지 (레이어가 없으면 격자)",
          "Use the zone layer, or a square grid over the projects' extent (grid when no layer "
          "is given)"},
         ParameterType::Choice,
         "layer",
         {},
         {},
         {"layer", "grid"},
         ""},
        zoneLayerParameters()[0],
        zoneLayerParameters()[1],
        {"grid_size",
         {"격자 크기", "Grid size"},
         {"격자 칸 한 변의 길이", "Side of a grid cell"},
         ParameterType::Double,
         "1000",
         10.0,
         100000.0,
         {},
         "m"},
        {"min_area",
         {"최소 면적", "Minimum area"},
         {"이보다 작은 교차 면적은 경계 오차로 보고 무시", "Intersections smaller than this are "
                                                           "boundary slivers and are ignored"},
         ParameterType::Double,
         "1",
         0.0,
         {},
         {},
         "m²"},
    };
    d.outputs = {
        {"rollup_zone_projects", {"구역별 사업", "Projects per zone"}, OutputKind::Table},
        {"rollup_zones", {"구역 집계", "Zone summary"}, OutputKind::PolygonLayer},
    };
    return d;
}

using geometry::PreparedDeleter;
using geometry::PreparedPtr;

Envelope envelopeOf(GEOSContextHandle_t h, const GEOSGeometry* g) {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    if (GEOSisEmpty_r(h, g) || !GEOSGeom_getXMin_r(h, g, &x0) || !GEOSGeom_getYMin_r(h, g, &y0) ||
        !GEOSGeom_getXMax_r(h, g, &x1) || !GEOSGeom_getYMax_r(h, g, &y1))
        return {};
    return Envelope::of(x0, y0, x1, y1);
}

// A connected piece of a project's dissolved lines, indexed by envelope.
struct Piece {
    GeosGeometry geom;
    double measure = 0; // length
};

struct PieceSet {
    std::vector<Piece> pieces;
    geometry::PackedRTree index;
    double total = 0;
};

struct Footprint {
    PieceSet lines; // polygons are measured by the overlay engine, without a union
    std::vector<geometry::Coord> points;
    Envelope extent;
};

// Unions the collected lines (taking ownership) and splits the result into pieces.
PieceSet dissolve(GEOSContextHandle_t h, std::vector<GEOSGeometry*> parts) {
    PieceSet set;
    if (parts.empty())
        return set;
    GeosGeometry all{h, GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                    static_cast<unsigned>(parts.size()))};
    GeosGeometry merged{h, GEOSUnaryUnion_r(h, all.get())};
    if (!merged)
        return set;
    std::vector<Envelope> boxes;
    const int n = GEOSGetNumGeometries_r(h, merged.get());
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry* part = GEOSGetGeometryN_r(h, merged.get(), i);
        if (GEOSGeomTypeId_r(h, part) != GEOS_LINESTRING || GEOSisEmpty_r(h, part))
            continue;
        Piece piece;
        piece.geom = GeosGeometry{h, GEOSGeom_clone_r(h, part)};
        piece.measure = geometry::geosLength(h, part);
        set.total += piece.measure;
        boxes.push_back(envelopeOf(h, part));
        set.pieces.push_back(std::move(piece));
    }
    set.index = geometry::PackedRTree(boxes);
    return set;
}

Footprint buildFootprint(GEOSContextHandle_t h, const AnalysisProject& project) {
    Footprint fp;
    std::vector<GEOSGeometry*> lines;
    for (const AnalysisLayer& layer : project.layers) {
        if (!layer.data)
            continue;
        const data::VectorLayer& data = *layer.data;
        const geometry::GeometryStore& store = data.geometries;
        fp.extent.expand(store.extent());
        for (std::size_t f = 0; f < store.featureCount(); ++f) {
            if (store.isEmpty(f))
                continue;
            if (data.family == GeometryFamily::Point) {
                for (std::size_t p = store.firstPart(f); p < store.endPart(f); ++p)
                    for (const geometry::Coord& c : store.part(p))
                        fp.points.push_back(c);
                continue;
            }
            if (data.family != GeometryFamily::Line)
                continue;
            if (GeosGeometry g = geometry::toGeos(h, store, f, data.family))
                lines.push_back(g.release());
        }
    }
    fp.lines = dissolve(h, std::move(lines));
    return fp;
}

struct Zone {
    std::int64_t id = 0;
    std::string name;
    GeosGeometry geom;
    PreparedPtr prepared;
    double area = 0;
    Envelope envelope;
};

// What one project has in one zone.
struct Presence {
    double area = 0;
    double length = 0;
    std::int64_t points = 0;
};

// The projects taking part in a roll-up, as overlay labels: project p is label p (and bit p of
// a ProjectSet), zone z is label projects + z.
constexpr std::size_t kMaxProjects = 256;
using ProjectSet = std::bitset<kMaxProjects>;

struct ZoneSetKey {
    std::uint32_t zone;
    ProjectSet projects;
    bool operator==(const ZoneSetKey&) const = default;
};
struct ZoneSetHash {
    std::size_t operator()(const ZoneSetKey& k) const {
        return std::hash<ProjectSet>{}(k.projects) * 31 + k.zone;
    }
};

// Area of each zone's ground by exactly which projects cover it, and of each project's
// footprint: every zone figure (per project, covered, per sector, with slivers left out) is a
// sum of these.
struct ZoneAreas {
    std::vector<double> footprint;
    std::unordered_map<ZoneSetKey, double, ZoneSetHash> byCover;

    void add(const ZoneAreas& o) {
        for (std::size_t p = 0; p < footprint.size(); ++p)
            footprint[p] += o.footprint[p];
        for (const auto& [key, area] : o.byCover)
            byCover[key] += area;
    }
};

class ZoneAccumulator final : public overlay::Accumulator {
public:
    explicit ZoneAccumulator(std::size_t projects) : m_projects(projects) {
        areas.footprint.assign(projects, 0.0);
    }
    void boundary(const overlay::BoundaryPiece& piece) override {
        addSide(piece.left, piece.twiceArea / 2);
        addSide(piece.right, -piece.twiceArea / 2);
    }
    void line(std::uint32_t, overlay::Labels, double) override {}
    void point(std::uint32_t, overlay::Labels) override {}
    ZoneAreas areas;

private:
    void addSide(overlay::Labels side, double area) {
        ProjectSet set;
        auto label = side.begin();
        for (; label != side.end() && *label < m_projects; ++label) {
            set.set(*label);
            areas.footprint[*label] += area;
        }
        if (set.none())
            return;
        for (; label != side.end(); ++label)
            areas.byCover[{static_cast<std::uint32_t>(*label - m_projects), set}] += area;
    }
    std::size_t m_projects;
};

Result<ZoneAreas> zoneAreas(const AnalysisInput& input, const data::VectorLayer& zones,
                            const CancelToken& cancel, const ProgressFn& progress) {
    const std::size_t n = input.projects.size();
    overlay::OverlayInputs inputs;
    for (std::size_t p = 0; p < n; ++p)
        for (const AnalysisLayer& layer : input.projects[p].layers)
            if (layer.data && layer.data->family == GeometryFamily::Polygon)
                inputs.polygons.push_back(
                    {&layer.data->geometries, static_cast<std::uint32_t>(p), false});
    inputs.polygons.push_back({&zones.geometries, static_cast<std::uint32_t>(n), true});
    ZoneAreas total;
    total.footprint.assign(n, 0.0);
    overlay::OverlayOptions options;
    options.cancel = cancel;
    options.progress = progress;
    auto done = overlay::run(
        inputs, options, [n] { return std::make_unique<ZoneAccumulator>(n); },
        [&](std::unique_ptr<overlay::Accumulator> chunk) {
            total.add(static_cast<ZoneAccumulator&>(*chunk).areas);
        });
    if (!done)
        return done.error();
    return total;
}

// One zone's ground by cover, and what follows from it once slivers are known.
struct ZoneCover {
    std::vector<std::pair<ProjectSet, double>> pieces;

    double areaOf(std::size_t project) const {
        double a = 0;
        for (const auto& [set, area] : pieces)
            a += set.test(project) ? area : 0.0;
        return std::max(a, 0.0);
    }
    // Ground covered by at least one project of `among`.
    double coveredBy(const ProjectSet& among) const {
        double a = 0;
        for (const auto& [set, area] : pieces)
            a += (set & among).any() ? area : 0.0;
        return std::max(a, 0.0);
    }
};

data::AttributeValue ratio(double part, double whole) {
    if (!(whole > 0))
        return std::monostate{};
    return part / whole;
}

std::string zoneName(const data::VectorLayer& layer, int nameField, std::size_t f) {
    if (nameField >= 0 && static_cast<std::size_t>(nameField) < layer.attributes[f].size())
        return data::toDisplayString(layer.attributes[f][static_cast<std::size_t>(nameField)]);
    return std::to_string(layer.fids[f]);
}

// Length of a project's dissolved lines inside one zone.
double lineLengthIn(GEOSContextHandle_t h, const Zone& zone, const Footprint& fp) {
    if (!fp.extent.intersects(zone.envelope))
        return 0.0;
    double length = 0;
    std::vector<std::uint32_t> hits;
    fp.lines.index.query(zone.envelope, hits);
    for (std::uint32_t i : hits) {
        const Piece& piece = fp.lines.pieces[i];
        if (GEOSPreparedContains_r(h, zone.prepared.get(), piece.geom.get()) == 1) {
            length += piece.measure;
        } else if (GEOSPreparedIntersects_r(h, zone.prepared.get(), piece.geom.get()) == 1) {
            GeosGeometry inside{h, GEOSIntersection_r(h, zone.geom.get(), piece.geom.get())};
            length += geometry::geosLength(h, inside.get());
        }
    }
    return length;
}

// Step 1: every project's lines dissolved and points collected; their extent for a grid.
struct Footprints {
    std::vector<Footprint> projects;
    Envelope extent;
};

Result<Footprints> buildFootprints(GEOSContextHandle_t h, const AnalysisInput& input,
                                   const CancelToken& cancel, const ProgressFn& report) {
    Footprints out;
    for (std::size_t p = 0; p < input.projects.size(); ++p) {
        if (cancel.isCancelled())
            return makeError(ErrorCode::Cancelled);
        out.projects.push_back(buildFootprint(h, input.projects[p]));
        out.extent.expand(out.projects.back().extent);
        report(0.2 * static_cast<double>(p + 1) / static_cast<double>(input.projects.size()));
    }
    return out;
}

// Step 2: the zone layer given, or a square grid over the projects (said in a warning).
struct ZoneSource {
    std::shared_ptr<const data::VectorLayer> layer;
    std::string nameField;
};

Result<ZoneSource> chooseZones(const AnalysisInput& input, const ParameterValues& params,
                               const Envelope& extent, std::vector<std::string>& warnings) {
    auto chosen = zoneLayerOf(input, params);
    if (!chosen)
        return chosen.error();
    ZoneSource zones{chosen->layer, chosen->nameField};
    if (params.text("zones") == "grid" || !zones.layer) {
        if (params.text("zones") != "grid")
            warnings.push_back("no zone layer given: using a " +
                               data::toDisplayString(params.number("grid_size")) +
                               " m grid over the projects' extent");
        if (extent.isNull())
            return makeError(ErrorCode::NothingToAnalyse, {"geometry"});
        auto grid = makeSquareGrid(extent, params.number("grid_size"), input.crs);
        if (!grid)
            return grid.error();
        zones = {std::make_shared<const data::VectorLayer>(std::move(grid).value()), "cell"};
    }
    if (zones.layer->family != GeometryFamily::Polygon)
        return makeError(ErrorCode::WrongGeometryType, {zones.layer->name, "polygon"});
    return zones;
}

// Step 3: each zone as a prepared GEOS polygon, indexed by envelope (empty zones left out of
// the index but kept in the output, in layer order).
struct PreparedZones {
    std::vector<Zone> zones;
    std::vector<std::uint32_t> indexed; // zones with a geometry, in layer order
    geometry::PackedRTree index;
};

PreparedZones prepareZones(GEOSContextHandle_t h, const ZoneSource& source) {
    const data::VectorLayer& layer = *source.layer;
    const int nameIndex = source.nameField.empty() ? -1 : layer.fieldIndex(source.nameField);
    PreparedZones out;
    out.zones.resize(layer.featureCount());
    std::vector<Envelope> boxes;
    for (std::size_t z = 0; z < out.zones.size(); ++z) {
        Zone& zone = out.zones[z];
        zone.id = layer.fids[z];
        zone.name = zoneName(layer, nameIndex, z);
        zone.geom = geometry::toGeos(h, layer.geometries, z, GeometryFamily::Polygon);
        if (!zone.geom || GEOSisEmpty_r(h, zone.geom.get()))
            continue;
        zone.prepared = PreparedPtr{GEOSPrepare_r(h, zone.geom.get()), PreparedDeleter{h}};
        zone.area = geometry::geosArea(h, zone.geom.get());
        zone.envelope = envelopeOf(h, zone.geom.get());
        out.indexed.push_back(static_cast<std::uint32_t>(z));
        boxes.push_back(zone.envelope);
    }
    out.index = geometry::PackedRTree(boxes);
    return out;
}

// Step 4: each point asset to the first zone in layer order that covers it.
struct PointCounts {
    std::map<std::pair<std::size_t, std::size_t>, std::int64_t> byZoneProject;
    std::int64_t outside = 0;

    std::int64_t of(std::size_t zone, std::size_t project) const {
        const auto it = byZoneProject.find({zone, project});
        return it == byZoneProject.end() ? 0 : it->second;
    }
};

Result<PointCounts> countPoints(GEOSContextHandle_t h, const PreparedZones& zones,
                                const std::vector<Footprint>& footprints,
                                const CancelToken& cancel) {
    PointCounts out;
    std::vector<std::uint32_t> hits;
    for (std::size_t p = 0; p < footprints.size(); ++p) {
        for (const geometry::Coord& c : footprints[p].points) {
            if (cancel.isCancelled())
                return makeError(ErrorCode::Cancelled);
            hits.clear();
            zones.index.query(Envelope::of(c.x, c.y, c.x, c.y), hits);
            std::uint32_t owner = UINT32_MAX;
            GeosGeometry point{h, GEOSGeom_createPointFromXY_r(h, c.x, c.y)};
            for (std::uint32_t hit : hits) {
                const std::uint32_t z = zones.indexed[hit];
                if (z < owner &&
                    GEOSPreparedIntersects_r(h, zones.zones[z].prepared.get(), point.get()) == 1)
                    owner = z;
            }
            if (owner == UINT32_MAX)
                ++out.outside;
            else
                ++out.byZoneProject[{owner, p}];
        }
    }
    return out;
}

// Step 5: each zone's ground by the set of projects covering it, summed in a fixed order.
std::vector<ZoneCover> coversByZone(const ZoneAreas& areas, std::size_t zoneCount) {
    std::vector<ZoneCover> covers(zoneCount);
    for (const auto& [key, area] : areas.byCover)
        if (key.zone < covers.size())
            covers[key.zone].pieces.emplace_back(key.projects, area);
    for (ZoneCover& c : covers) // a fixed order of summation, whatever the hash table's
        std::sort(c.pieces.begin(), c.pieces.end(), [](const auto& l, const auto& r) {
            return l.first.to_string() < r.first.to_string();
        });
    return covers;
}

// Step 6: the outputs, one table row per (zone, project present) and one zone feature each.
struct RollupOutputs {
    ResultTable table;
    ResultLayer layer;
    std::vector<double> areaInZones; // per project, summed over the zones
    std::size_t zonesWithOne = 0;
    std::size_t zonesWithTwo = 0;
};

RollupOutputs emptyOutputs(std::size_t projects) {
    RollupOutputs out;
    out.table.key = "rollup_zone_projects";
    out.table.columns = {{columns::kZoneId, data::FieldType::Integer},
                         {columns::kZoneName, data::FieldType::String},
                         {columns::kProjectId, data::FieldType::String},
                         {columns::kProjectName, data::FieldType::String},
                         {"sector", data::FieldType::String},
                         {columns::kAreaM2, data::FieldType::Real},
                         {"share_of_zone", data::FieldType::Real},
                         {"share_of_project", data::FieldType::Real},
                         {"line_length_m", data::FieldType::Real},
                         {"point_count", data::FieldType::Integer}};
    out.layer.key = outputs::kRollupZones;
    out.layer.family = GeometryFamily::Polygon;
    out.layer.columns = {{columns::kZoneId, data::FieldType::Integer},
                         {columns::kZoneName, data::FieldType::String},
                         {columns::kZoneAreaM2, data::FieldType::Real},
                         {columns::kProjectCount, data::FieldType::Integer},
                         {columns::kProjects, data::FieldType::String},
                         {"sectors", data::FieldType::String},
                         {"point_count", data::FieldType::Integer},
                         {columns::kCoveredShare, data::FieldType::Real}};
    for (Sector s : kSectors)
        out.layer.columns.push_back(
            {std::string("share_") + project::sectorKey(s), data::FieldType::Real});
    out.areaInZones.assign(projects, 0.0);
    return out;
}

// What step 7 reads for every zone.
struct RollupContext {
    GEOSContextHandle_t h;
    const AnalysisInput& input;
    const std::vector<Footprint>& footprints;
    const PointCounts& points;
    const std::vector<ZoneCover>& covers;
    const ZoneAreas& areas;
    const data::VectorLayer& zoneLayer;
    std::array<ProjectSet, kSectors.size()> sectorProjects;
    double minArea;
};

// Step 7: one zone's rows: the projects present (more than a sliver of area, a line, a point),
// its sector mix and how much of it is covered.
void addZone(const RollupContext& c, std::size_t z, const Zone& zone, RollupOutputs& out) {
    const std::string lang = "ko"; // Korean first, English when a name has no Korean
    const std::size_t n = c.footprints.size();
    std::vector<Presence> present(n);
    ProjectSet counted; // projects with more than a sliver here
    for (std::size_t p = 0; p < n; ++p) {
        Presence& pr = present[p];
        if (zone.prepared) {
            pr.area = c.covers[z].areaOf(p);
            pr.length = lineLengthIn(c.h, zone, c.footprints[p]);
        }
        if (pr.area < c.minArea || pr.area <= 0)
            pr.area = 0;
        else
            counted.set(p);
        pr.points = c.points.of(z, p);
    }

    std::int64_t projectCount = 0;
    std::int64_t zonePoints = 0;
    std::string projectIds;
    std::array<bool, kSectors.size()> sectorPresent{};
    for (std::size_t p = 0; p < n; ++p) {
        const Presence& pr = present[p];
        zonePoints += pr.points;
        if (pr.area <= 0 && pr.length < kMinLength && pr.points == 0)
            continue;
        const AnalysisProject& proj = c.input.projects[p];
        ++projectCount;
        projectIds += (projectIds.empty() ? "" : ";") + proj.id;
        sectorPresent[sectorSlot(proj.sector)] = true;
        out.areaInZones[p] += pr.area;
        out.table.rows.push_back({zone.id, zone.name, proj.id, proj.name.in(lang),
                                  std::string(project::sectorKey(proj.sector)), pr.area,
                                  ratio(pr.area, zone.area), ratio(pr.area, c.areas.footprint[p]),
                                  pr.length >= kMinLength ? pr.length : 0.0, pr.points});
    }
    std::string sectors;
    for (std::size_t s = 0; s < kSectors.size(); ++s)
        if (sectorPresent[s])
            sectors += (sectors.empty() ? "" : ";") + std::string(project::sectorKey(kSectors[s]));

    data::AttributeRow row{
        zone.id,    zone.name, zone.area,  projectCount,
        projectIds, sectors,   zonePoints, ratio(c.covers[z].coveredBy(counted), zone.area)};
    for (std::size_t s = 0; s < kSectors.size(); ++s)
        row.push_back(ratio(c.covers[z].coveredBy(counted & c.sectorProjects[s]), zone.area));
    out.layer.geometries.appendFeature(c.zoneLayer.geometries, z);
    out.layer.rows.push_back(std::move(row));
    out.zonesWithOne += projectCount >= 1 ? 1 : 0;
    out.zonesWithTwo += projectCount >= 2 ? 1 : 0;
}

// Step 8: what the figures leave out, said in warnings.
void warnAboutUncounted(const AnalysisInput& input, const ZoneAreas& areas,
                        const RollupOutputs& out, std::int64_t pointsOutside,
                        std::vector<std::string>& warnings) {
    for (std::size_t p = 0; p < out.areaInZones.size(); ++p) {
        const double total = areas.footprint[p];
        // Zones that overlap can push the sum above the footprint; only shortfalls are news.
        if (total > 0 && out.areaInZones[p] < total * 0.999)
            warnings.push_back(
                "project " + input.projects[p].id + ": " +
                data::toDisplayString(std::round((1.0 - out.areaInZones[p] / total) * 1000) / 10) +
                "% of the footprint is in no zone (or only in slivers below min_area)");
    }
    if (pointsOutside > 0)
        warnings.push_back(std::to_string(pointsOutside) + " point assets lie outside every zone");
}

class DistrictRollup final : public Analysis {
public:
    const AnalysisDescriptor& descriptor() const override {
        static const AnalysisDescriptor d = makeDescriptor();
        return d;
    }

    Result<AnalysisResult> run(const AnalysisInput& input, const ParameterValues& params,
                               const ProgressFn& progress,
                               const CancelToken& cancel) const override {
        const ProgressFn report = [&](double f) {
            if (progress)
                progress(f);
        };
        AnalysisResult result = newResult(descriptor().id, input, params);
        if (input.crs.isGeographic())
            result.warnings.push_back("analysis CRS " + input.crs.authId() +
                                      " is geographic: areas and lengths are in degrees");
        geometry::GeosContext geos;
        const GEOSContextHandle_t h = geos.handle();

        auto footprints = buildFootprints(h, input, cancel, report);
        if (!footprints)
            return footprints.error();
        auto source = chooseZones(input, params, footprints->extent, result.warnings);
        if (!source)
            return source.error();
        const PreparedZones zones = prepareZones(h, *source);
        auto points = countPoints(h, zones, footprints->projects, cancel);
        if (!points)
            return points.error();
        report(0.3);
        if (input.projects.size() > kMaxProjects)
            return makeError(ErrorCode::InvalidArgument, {"projects", std::to_string(kMaxProjects)},
                             "a roll-up takes at most " + std::to_string(kMaxProjects) +
                                 " projects at once");
        auto areas =
            zoneAreas(input, *source->layer, cancel, [&](double f) { report(0.3 + 0.6 * f); });
        if (!areas)
            return areas.error();

        const std::vector<ZoneCover> covers = coversByZone(*areas, zones.zones.size());
        RollupContext context{h,
                              input,
                              footprints->projects,
                              *points,
                              covers,
                              *areas,
                              *source->layer,
                              {},
                              params.number("min_area")};
        for (std::size_t p = 0; p < input.projects.size(); ++p)
            context.sectorProjects[sectorSlot(input.projects[p].sector)].set(p);
        RollupOutputs out = emptyOutputs(input.projects.size());
        for (std::size_t z = 0; z < zones.zones.size(); ++z) {
            if (cancel.isCancelled())
                return makeError(ErrorCode::Cancelled);
            addZone(context, z, zones.zones[z], out);
            report(0.9 +
                   0.1 * static_cast<double>(z + 1) / static_cast<double>(zones.zones.size()));
        }
        warnAboutUncounted(input, *areas, out, points->outside, result.warnings);

        result.summary["zones"] = static_cast<double>(zones.zones.size());
        result.summary["zones_with_projects"] = static_cast<double>(out.zonesWithOne);
        result.summary["zones_with_2plus_projects"] = static_cast<double>(out.zonesWithTwo);
        result.summary["points_outside_zones"] = static_cast<double>(points->outside);
        result.tables.push_back(std::move(out.table));
        result.layers.push_back(std::move(out.layer));
        report(1.0);
        return result;
    }
};

} // namespace

std::unique_ptr<Analysis> makeDistrictRollupAnalysis() {
    return std::make_unique<DistrictRollup>();
}

} // namespace cw::analysis
