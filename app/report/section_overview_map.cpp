// SPDX-License-Identifier: GPL-3.0-or-later
// The overview map: every visible project layer, legend, scale bar, north arrow, locator inset.
#include "render/layer_set.h"
#include "render/style_classes.h"
#include "report/sections.h"

namespace cw::report {
namespace {
constexpr double kHeadingBlock = 34; // the heading above the frame
constexpr double kLegendReserve = 110;
} // namespace

std::vector<render::RenderLayer> projectRenderLayers(const ReportData& data) {
    std::vector<render::RenderLayer> out;
    for (const auto& l : data.layers)
        if (l.entry.visible && l.indexed)
            for (auto& part : render::splitByStyleClass(render::LayerSet::renderLayer(l))) {
                if (l.entry.projectId.empty())
                    part.key = kBaseLayerPrefix + part.key;
                out.push_back(std::move(part));
            }
    return out;
}

std::vector<LegendEntry> projectLegend(const ReportContext& ctx) {
    std::vector<LegendEntry> out;
    for (const auto& l : ctx.data.layers)
        if (l.entry.visible && l.indexed)
            out.push_back({ctx.text.pick(l.entry.name.ko, l.entry.name.en), l.entry.style,
                           l.indexed->family});
    return out;
}

namespace {
QRectF frameFor(QSizeF page, double legendHeight) {
    // Same margins as PageStream::content(): 42 pt, plus 18 pt of footer at the bottom.
    const QRectF content(42, 42, page.width() - 84, page.height() - 84 - 18);
    // The legend stays on the map's page: the map gives up the height it needs.
    const double reserve = std::max(kLegendReserve, legendHeight + 12);
    const double height =
        std::max(content.height() * 0.45, content.height() - kHeadingBlock - reserve);
    return QRectF(content.left(), content.top() + kHeadingBlock, content.width(), height);
}
} // namespace

// The sandbox zones of the plan (stored in EPSG:5186) as a layer in the map CRS: dashed
// purple outlines with their names, so the committee sees where the exemptions apply.
std::optional<render::RenderLayer> sandboxZoneLayer(const ReportData& data,
                                                    const ReportText& text) {
    const auto& zones = data.project.sandboxZones;
    auto storage = crs::Crs::fromEpsg(project::kSandboxZoneEpsg);
    if (zones.empty() || !storage)
        return std::nullopt;
    auto layer = std::make_shared<data::VectorLayer>();
    layer->family = geometry::GeometryFamily::Polygon;
    layer->crs = *storage;
    layer->fields = {{"name", data::FieldType::String}};
    for (const auto& z : zones)
        if (z.area.featureCount() > 0) {
            layer->geometries.appendFeature(z.area, 0);
            layer->fids.push_back(std::int64_t(layer->fids.size()));
            layer->attributes.push_back({text.pick(z.name.ko, z.name.en).toStdString()});
        }
    auto indexed = data::buildIndexedGeometries(*layer, data.mapCrs);
    if (!indexed)
        return std::nullopt;
    style::LayerStyle st;
    st.fill = {120, 60, 160, 40};
    st.stroke = {120, 60, 160, 255};
    st.strokeWidthMm = 0.5;
    st.labelField = "name";
    st.labelPlacement = style::LabelPlacement::Above;
    return render::RenderLayer{"sandbox-zones", *indexed, layer, st};
}

double overviewLegendHeight(const ReportData& data, QSizeF page) {
    std::size_t entries = data.project.sandboxZones.empty() ? 0 : 1;
    for (const auto& l : data.layers)
        entries += l.entry.visible && l.indexed ? 1 : 0;
    // The legend's height depends on how many lines it has and the page's width only.
    return MapFrame::legendHeight(page.width() - 84, std::vector<LegendEntry>(entries));
}

QRectF overviewFrame(const ReportData& data, QSizeF page) {
    return frameFor(page, overviewLegendHeight(data, page));
}

render::MapSettings overviewSettings(const ReportData& data, QSizeF page) {
    geometry::Envelope extent = data.project.view.extent;
    if (extent.isNull()) {
        const geometry::Envelope all = data.projectLayersExtent();
        extent = all.buffered(std::max(all.width(), all.height()) * 0.03);
    }
    return MapFrame::settingsFor(data.mapCrs, extent, overviewFrame(data, page).size());
}

void writeOverviewMap(ReportContext& ctx) {
    PageStream& pages = ctx.pages;
    pages.newPage();
    pages.heading(ctx.t(QT_TRANSLATE_NOOP("Report", "Overview map")));
    auto legend = projectLegend(ctx);
    auto layers = projectRenderLayers(ctx.data);
    if (auto zones = sandboxZoneLayer(ctx.data, ctx.text)) {
        legend.push_back({ctx.t(QT_TRANSLATE_NOOP("Report", "Regulatory sandbox zones")),
                          zones->style, geometry::GeometryFamily::Polygon});
        layers.push_back(std::move(*zones));
    }
    const double legendHeight = MapFrame::legendHeight(pages.content().width(), legend);
    const QRectF frame = overviewFrame(ctx.data, pages.pageSize());
    const render::MapSettings settings = overviewSettings(ctx.data, pages.pageSize());
    pages.ensureSpace(frame.bottom() - pages.y());
    MapFrame::draw(pages.painter(), frame, settings, layers, ctx.cancel);
    // The locator shows the map's place within everything the project holds: wide enough to
    // hold the whole of the map's extent, so its frame is drawn whole.
    geometry::Envelope all = ctx.data.projectLayersExtent();
    all.expand(settings.visibleExtent());
    MapFrame::drawLocatorInset(pages.painter(), frame, layers, ctx.data.mapCrs,
                               all.buffered(std::max(all.width(), all.height()) * 0.1),
                               settings.visibleExtent());
    pages.advance(frame.bottom() - pages.y() + 8);
    pages.ensureSpace(legendHeight);
    pages.advance(MapFrame::drawLegend(pages.painter(), QPointF(pages.content().left(), pages.y()),
                                       pages.content().width(),
                                       ctx.t(QT_TRANSLATE_NOOP("Report", "Legend")), legend));
}

} // namespace cw::report
