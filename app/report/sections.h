// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/map_settings.h"
#include "report/map_frame.h"
#include "report/report_context.h"

#include <optional>

namespace cw::report {

// One writer per section of the report, in report order. Each starts where the stream is.
void writeCover(ReportContext& ctx);
void writeOverviewMap(ReportContext& ctx);
void writeRegistry(ReportContext& ctx);
void writePlanning(ReportContext& ctx);
void writeOverlapMatrix(ReportContext& ctx);
void writeZoneAtlas(ReportContext& ctx);
void writeRollup(ReportContext& ctx);
void writeOtherAnalyses(ReportContext& ctx);
void writeCharts(ReportContext& ctx);
void writeMethods(ReportContext& ctx);

/// The overview map's frame on a page of `page` points and the view it shows: public so tests
/// can find where a place falls on the rendered page.
/// The frame leaves room for the legend below it on the same page.
QRectF overviewFrame(const ReportData& data, QSizeF page);
render::MapSettings overviewSettings(const ReportData& data, QSizeF page);
double overviewLegendHeight(const ReportData& data, QSizeF page);

/// The project's visible layers as the painters take them, and their legend.
std::vector<render::RenderLayer> projectRenderLayers(const ReportData& data);
std::vector<LegendEntry> projectLegend(const ReportContext& ctx);
/// The plan's sandbox zones as a layer in the map CRS (dashed purple outlines with their names
/// in `text`'s language); nothing when the plan has none.
std::optional<render::RenderLayer> sandboxZoneLayer(const ReportData& data, const ReportText& text);

} // namespace cw::report
