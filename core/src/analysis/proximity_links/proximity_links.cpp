// SPDX-License-Identifier: GPL-3.0-or-later
// Proximity links: every pair of features of different projects within a distance, with the
// distance and the shortest segment joining them.
#include "analysis/framework/builtin_analyses.h"
#include "analysis/proximity_links/feature_links.h"
#include "cityweave/analysis/result_columns.h"

#include <algorithm>
#include <set>
#include <span>
#include <tuple>

namespace cw::analysis {
namespace {
using data::Field;
using data::FieldType;

const AnalysisDescriptor& proximityDescriptor() {
    static const AnalysisDescriptor d{
        "proximity-links",
        {"근접 연계", "Proximity links"},
        {"객체마다 지정 거리 안에서 다른 사업별로 가장 가까운 객체(동률 포함, nearest=0이면 "
         "거리 안의 모든 쌍)와 그 거리(겹치거나 맞닿으면 0), 가장 가까운 두 점을 잇는 선분",
         "Each feature's nearest features of every other project within the distance (ties "
         "kept; nearest=0: every pair within it), with the distance (0 when they touch or "
         "overlap) and the shortest segment joining them"},
        {ParameterSpec{
             "distance",
             {"거리", "Distance"},
             {"이 거리 이하인 쌍을 연계로 봅니다", "Pairs this close or closer are linked"},
             ParameterType::Double,
             "500",
             0.0,
             50000.0,
             {},
             "m"},
         ParameterSpec{
             "nearest",
             {"가까운 순 개수", "Nearest"},
             {"객체마다 다른 사업별로 가장 가까운 이 개수만 잇습니다 (0: 거리 안의 모든 쌍)",
              "Each feature is linked to this many nearest features of every other "
              "project within the distance (0: every pair within the distance)"},
             ParameterType::Integer,
             "1",
             0.0,
             1000.0,
             {},
             ""}},
        {OutputSpec{"proximity_links", {"근접 연계 표", "Proximity links"}, OutputKind::Table},
         OutputSpec{"proximity_lines", {"근접 연계선", "Proximity lines"}, OutputKind::LineLayer}},
        {}, // columns: all in the catalogue
    };
    return d;
}

std::vector<Field> linkColumns() {
    return {{columns::kProjectA, FieldType::String}, {columns::kLayerA, FieldType::String},
            {columns::kFidA, FieldType::Integer},    {columns::kProjectB, FieldType::String},
            {columns::kLayerB, FieldType::String},   {columns::kFidB, FieldType::Integer},
            {"distance_m", FieldType::Real}};
}

// Rows ordered by (project, layer, feature) of the first end, then of the second, the first
// end being the one whose project comes first in the input.
void orderLinks(const FeatureCatalog& catalog, std::vector<FeatureLink>& links) {
    auto key = [&](std::uint32_t i) {
        const FeatureRef& r = catalog.ref(i);
        return std::tuple(r.project, r.layer, r.feature);
    };
    for (FeatureLink& l : links)
        if (key(l.b) < key(l.a)) {
            std::swap(l.a, l.b);
            std::swap(l.from, l.to);
        }
    std::sort(links.begin(), links.end(), [&](const FeatureLink& x, const FeatureLink& y) {
        return std::pair(key(x.a), key(x.b)) < std::pair(key(y.a), key(y.b));
    });
}

// The links as a table and a line layer (the segments were found with the links, on every
// core): streamed to a table sink in batches, or held.
class LinkOutputs {
public:
    LinkOutputs(const AnalysisInput& input, const FeatureCatalog& catalog,
                const std::vector<FeatureLink>& links, const ProgressFn& progress,
                const CancelToken& cancel)
        : m_input(input), m_catalog(catalog), m_links(links), m_progress(progress),
          m_cancel(cancel) {
        lines.key = "proximity_lines";
        lines.family = geometry::GeometryFamily::Line;
        lines.columns = linkColumns();
    }

    // Millions of links on city-sized layers: the table, then the lines, go out in batches
    // instead of being held twice over.
    Status stream(TableSink& sink) {
        constexpr std::size_t kBatch = 65536;
        std::vector<data::AttributeRow> rows;
        auto batchRows = [&](std::size_t k) {
            const std::size_t count = std::min(m_links.size() - k, kBatch);
            rows.resize(std::max(rows.size(), count));
            for (std::size_t i = 0; i < count; ++i)
                fillRow(m_links[k + i], rows[i]);
            return std::span<const data::AttributeRow>(rows.data(), count);
        };
        if (auto ok = sink.begin(table.key, table.columns); !ok)
            return ok;
        for (std::size_t k = 0; k < m_links.size(); k += kBatch) {
            if (m_cancel.isCancelled())
                return makeError(ErrorCode::Cancelled);
            if (auto ok = sink.append(batchRows(k)); !ok)
                return ok;
            report(k, 0.85, 0.05);
        }
        if (auto ok = sink.end(); !ok)
            return ok;
        if (auto ok = sink.beginLayer(lines.key, lines.family, lines.columns, m_input.crs); !ok)
            return ok;
        for (std::size_t k = 0; k < m_links.size(); k += kBatch) {
            if (m_cancel.isCancelled())
                return makeError(ErrorCode::Cancelled);
            const auto batch = batchRows(k);
            geometry::GeometryStore segments;
            for (std::size_t i = k; i < k + batch.size(); ++i)
                segmentInto(m_links[i], segments);
            if (auto ok = sink.appendFeatures(segments, batch); !ok)
                return ok;
            report(k, 0.9, 0.1);
        }
        if (auto ok = sink.endLayer(); !ok)
            return ok;
        table.streamed = lines.streamed = true;
        table.streamedRows = lines.streamedFeatures = m_links.size();
        return Ok{};
    }

    Status collect() {
        table.rows.reserve(m_links.size());
        lines.rows.reserve(m_links.size());
        for (std::size_t k = 0; k < m_links.size(); ++k) {
            if ((k & 255) == 0) {
                if (m_cancel.isCancelled())
                    return makeError(ErrorCode::Cancelled);
                report(k, 0.85, 0.15);
            }
            fillRow(m_links[k], table.rows.emplace_back());
            lines.rows.push_back(table.rows.back());
            segmentInto(m_links[k], lines.geometries);
        }
        return Ok{};
    }

    ResultTable table{"proximity_links", linkColumns(), {}};
    ResultLayer lines;

private:
    // In place: a batch's rows are reused, so their strings keep their buffers (millions of
    // rows otherwise allocate every id anew).
    void fillRow(const FeatureLink& l, data::AttributeRow& row) const {
        const FeatureRef& a = m_catalog.ref(l.a);
        const FeatureRef& b = m_catalog.ref(l.b);
        const AnalysisLayer& la = m_input.projects[a.project].layers[a.layer];
        const AnalysisLayer& lb = m_input.projects[b.project].layers[b.layer];
        row.resize(7);
        row[0] = m_input.projects[a.project].id;
        row[1] = la.id;
        row[2] = static_cast<std::int64_t>(la.data->fids[a.feature]);
        row[3] = m_input.projects[b.project].id;
        row[4] = lb.id;
        row[5] = static_cast<std::int64_t>(lb.data->fids[b.feature]);
        row[6] = l.distance;
    }
    static void segmentInto(const FeatureLink& l, geometry::GeometryStore& store) {
        store.beginFeature();
        store.beginPart(false);
        store.addCoord(l.from.x, l.from.y);
        store.addCoord(l.to.x, l.to.y);
        store.endPart();
        store.endFeature();
    }
    void report(std::size_t k, double from, double span) const {
        if (m_progress)
            m_progress(from + span * static_cast<double>(k) /
                                  static_cast<double>(std::max<std::size_t>(m_links.size(), 1)));
    }

    const AnalysisInput& m_input;
    const FeatureCatalog& m_catalog;
    const std::vector<FeatureLink>& m_links;
    const ProgressFn& m_progress;
    const CancelToken& m_cancel;
};

class ProximityLinksAnalysis final : public Analysis {
public:
    const AnalysisDescriptor& descriptor() const override { return proximityDescriptor(); }

    Result<AnalysisResult> run(const AnalysisInput& input, const ParameterValues& params,
                               const ProgressFn& progress,
                               const CancelToken& cancel) const override {
        const double distance = params.number("distance");
        geometry::GeosContext geos;
        const GEOSContextHandle_t h = geos.handle();

        FeatureCatalog catalog(h);
        if (auto ok = catalogAllFeatures(input, catalog, cancel); !ok)
            return ok.error();
        if (progress)
            progress(0.05);
        LinkOptions options;
        options.distance = distance;
        options.nearest = static_cast<std::uint32_t>(params.integer("nearest"));
        options.segments = true;
        auto found = findFeatureLinks(catalog, options, cancel, subProgress(progress, 0.05, 0.85));
        if (!found)
            return found.error();
        std::vector<FeatureLink>& links = *found;

        orderLinks(catalog, links);
        AnalysisResult result = newResult(descriptor().id, input, params);
        LinkOutputs out(input, catalog, links, progress, cancel);
        if (auto ok = input.tableSink ? out.stream(*input.tableSink) : out.collect(); !ok)
            return ok.error();
        std::set<std::pair<std::uint32_t, std::uint32_t>> projectPairs;
        std::size_t touching = 0;
        for (const FeatureLink& l : links) {
            projectPairs.insert({catalog.ref(l.a).project, catalog.ref(l.b).project});
            touching += l.distance == 0 ? 1 : 0;
        }

        result.summary["links"] = static_cast<double>(links.size());
        result.summary["links_touching"] = static_cast<double>(touching);
        result.summary["project_pairs_linked"] = static_cast<double>(projectPairs.size());
        result.summary["distance_m"] = distance;
        result.warnings = input.warnings;
        result.tables.push_back(std::move(out.table));
        result.layers.push_back(std::move(out.lines));
        if (progress)
            progress(1.0);
        return result;
    }
};

} // namespace

std::unique_ptr<Analysis> makeProximityLinksAnalysis() {
    return std::make_unique<ProximityLinksAnalysis>();
}

} // namespace cw::analysis
