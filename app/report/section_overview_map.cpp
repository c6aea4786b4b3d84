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

QRectF overviewFrame(QSizeF page) {
    // Same margins as PageStream::content(): 42 pt, plus 18 pt of footer at the bottom.
    const QRectF content(42, 42, page.width() - 84, page.height() - 84 - 18);
    const double height = content.height() - kHeadingBlock - kLegendReserve;
    return QRectF(content.left(), content.top() + kHeadingBlock, content.width(), height);
}

render::MapSettings overviewSettings(const ReportData& data, QSizeF page) {
    geometry::Envelope extent = data.project.view.extent;
    if (extent.isNull()) {
        const geometry::Envelope all = data.projectLayersExtent();
        extent = all.buffered(std::max(all.width(), all.height()) * 0.03);
    }
    return MapFrame::settingsFor(data.mapCrs, extent, overviewFrame(page).size());
}

void writeOverviewMap(ReportContext& ctx) {
    PageStream& pages = ctx.pages;
    pages.newPage();
    pages.heading(ctx.t(QT_TRANSLATE_NOOP("Report", "Overview map")));
    const QRectF frame = overviewFrame(pages.pageSize());
    const render::MapSettings settings = overviewSettings(ctx.data, pages.pageSize());
    const auto layers = projectRenderLayers(ctx.data);
    pages.ensureSpace(frame.bottom() - pages.y());
    MapFrame::draw(pages.painter(), frame, settings, layers, ctx.cancel);
    // The locator shows the map's place within everything the project holds.
    const geometry::Envelope all = ctx.data.projectLayersExtent();
    MapFrame::drawLocatorInset(pages.painter(), frame, layers, ctx.data.mapCrs,
                               all.buffered(std::max(all.width(), all.height()) * 0.1),
                               settings.visibleExtent());
    pages.advance(frame.bottom() - pages.y() + 8);
    const auto legend = projectLegend(ctx);
    pages.ensureSpace(MapFrame::legendHeight(pages.content().width(), legend));
    pages.advance(MapFrame::drawLegend(pages.painter(), QPointF(pages.content().left(), pages.y()),
                                       pages.content().width(),
                                       ctx.t(QT_TRANSLATE_NOOP("Report", "Legend")), legend));
}

} // namespace cw::report
