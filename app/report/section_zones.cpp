// SPDX-License-Identifier: GPL-3.0-or-later
// The integration zones as a map series: one page per zone (best first), zoomed to it, with its
// member projects and the sector rules that labelled it.
#include "cityweave/analysis/result_columns.h"
#include "cityweave/data/indexed_geometries.h"
#include "report/sections.h"
#include "report/table_painter.h"

#include <QPainter>

namespace cw::report {
namespace {

style::Rgba labelColour(const std::string& label) {
    if (label == "synergy")
        return {26, 152, 80, 255};
    if (label == "duplication")
        return {215, 48, 39, 255};
    return {110, 110, 110, 255};
}

QString labelName(const ReportContext& ctx, const std::string& label) {
    if (label == "synergy")
        return ctx.t(QT_TRANSLATE_NOOP("Report", "synergy"));
    if (label == "duplication")
        return ctx.t(QT_TRANSLATE_NOOP("Report", "duplication"));
    return ctx.t(QT_TRANSLATE_NOOP("Report", "neutral"));
}

// One zone (or all of them) as a render layer in the map CRS.
Result<render::RenderLayer> zoneLayer(const analysis::ResultLayer& zones, const crs::Crs& zoneCrs,
                                      const crs::Crs& mapCrs, std::optional<std::size_t> only,
                                      style::LayerStyle style) {
    data::VectorLayer layer;
    layer.family = zones.family;
    layer.crs = zoneCrs;
    for (std::size_t f = 0; f < zones.geometries.featureCount(); ++f) {
        if (only && *only != f)
            continue;
        layer.geometries.appendFeature(zones.geometries, f);
        layer.fids.push_back(std::int64_t(f));
        layer.attributes.emplace_back();
    }
    auto indexed = data::buildIndexedGeometries(layer, mapCrs);
    if (!indexed)
        return indexed.error();
    return render::RenderLayer{"zone", *indexed, nullptr, std::move(style)};
}

QStringList splitList(const QString& text) {
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

void writeZonePage(ReportContext& ctx, const analysis::ResultLayer& zones, std::size_t z,
                   const render::RenderLayer& allZones, const render::RenderLayer& thisZone) {
    const auto& row = zones.rows[z];
    auto cell = [&](const char* name) {
        const int i = analysis::columnIndex(zones.columns, name);
        return i >= 0 ? row[std::size_t(i)] : data::AttributeValue{};
    };
    const std::string label = cellText(cell("label")).toStdString();
    PageStream& pages = ctx.pages;
    pages.newPage();
    pages.heading(ctx.t(QT_TRANSLATE_NOOP("Report", "Zone %1: %2"))
                      .arg(cellText(cell("zone_id")), labelName(ctx, label)),
                  2);
    const QRectF content = pages.content();
    const QRectF frame(content.left(), pages.y(), content.width(), content.height() * 0.52);
    geometry::Envelope extent = thisZone.geometries->geometries.extent();
    const double pad = std::max({extent.width(), extent.height(), 1200.0}) * 0.3;
    extent = extent.buffered(pad);
    const render::MapSettings settings =
        MapFrame::settingsFor(ctx.data.mapCrs, extent, frame.size());
    std::vector<render::RenderLayer> layers = projectRenderLayers(ctx.data);
    const std::vector<render::RenderLayer> context = layers;
    layers.push_back(allZones);
    layers.push_back(thisZone);
    MapFrame::draw(pages.painter(), frame, settings, layers, ctx.cancel);
    const geometry::Envelope all = ctx.data.projectLayersExtent();
    MapFrame::drawLocatorInset(pages.painter(), frame, context, ctx.data.mapCrs,
                               all.buffered(std::max(all.width(), all.height()) * 0.1),
                               settings.visibleExtent());
    pages.advance(frame.height() + 10);

    pages.paragraph(ctx.t(QT_TRANSLATE_NOOP("Report", "Score %1 · %2 projects · area %3 ha"))
                        .arg(cellNumber(cell("score")), 0, 'f', 2)
                        .arg(cellText(cell("project_count")))
                        .arg(hectares(cellNumber(cell("area_m2")))));
    TableBlock members;
    members.columns = {{ctx.t(QT_TRANSLATE_NOOP("Report", "Member project")), 2.2},
                       {ctx.t(QT_TRANSLATE_NOOP("Report", "Sector")), 1.1},
                       {ctx.t(QT_TRANSLATE_NOOP("Report", "Task")), 0.5, Qt::AlignCenter},
                       {ctx.t(QT_TRANSLATE_NOOP("Report", "Lead agency")), 2}};
    for (const QString& id : splitList(cellText(cell("project_ids")))) {
        const auto* info = ctx.data.project.findProject(id.toStdString());
        members.rows.push_back(
            {ctx.projectName(id.toStdString()), info ? ctx.sectorName(info->sector) : QString(),
             info ? QString::fromStdString(info->task) : QString(),
             info ? ctx.text.pick(info->leadAgency.ko, info->leadAgency.en) : QString()});
    }
    TablePainter::draw(pages, members);
    TableBlock rules;
    rules.columns = {{ctx.t(QT_TRANSLATE_NOOP("Report", "Rule fired")), 3},
                     {ctx.t(QT_TRANSLATE_NOOP("Report", "Label")), 1}};
    for (const QString& id : splitList(cellText(cell("rules_fired")))) {
        QString name = id;
        std::string ruleLabel;
        for (const auto& rule : ctx.data.project.rules.rules())
            if (rule.id == id.toStdString()) {
                name = ctx.text.pick(rule.name.ko, rule.name.en);
                ruleLabel = project::zoneLabelKey(rule.label);
            }
        rules.rows.push_back({name, ruleLabel.empty() ? QString() : labelName(ctx, ruleLabel)});
    }
    if (rules.rows.empty())
        pages.paragraph(ctx.t(QT_TRANSLATE_NOOP("Report", "No sector rule matched this zone.")), 9,
                        true);
    else
        TablePainter::draw(pages, rules);
}

} // namespace

void writeZoneAtlas(ReportContext& ctx) {
    crs::Crs zoneCrs;
    const analysis::ResultLayer* zones =
        ctx.data.resultLayer(analysis::outputs::kIntegrationZones, &zoneCrs);
    if (!zones) {
        ctx.noResults("integration-zones");
        return;
    }
    ctx.pages.newPage();
    ctx.pages.heading(ctx.data.analysisName("integration-zones", ctx.text.language()));
    const std::size_t n = zones->geometries.featureCount();
    const std::size_t shown =
        std::min<std::size_t>(n, std::size_t(std::max(0, ctx.tmpl.maxZonePages)));
    ctx.pages.paragraph(
        ctx.t(QT_TRANSLATE_NOOP("Report",
                                "%1 integration zones were found; the %2 with the highest "
                                "scores follow, one page each."))
            .arg(n)
            .arg(shown));
    style::LayerStyle outline;
    outline.fill = {0, 0, 0, 0};
    outline.stroke = {90, 90, 90, 255};
    outline.strokeWidthMm = 0.25;
    auto all = zoneLayer(*zones, zoneCrs, ctx.data.mapCrs, std::nullopt, outline);
    if (!all) {
        ctx.noResults("integration-zones");
        return;
    }
    const int labelCol = analysis::columnIndex(zones->columns, analysis::columns::kLabel);
    for (std::size_t z = 0; z < shown && !ctx.cancel.isCancelled(); ++z) {
        style::LayerStyle st;
        st.stroke = labelColour(labelCol >= 0
                                    ? cellText(zones->rows[z][std::size_t(labelCol)]).toStdString()
                                    : std::string());
        st.fill = st.stroke;
        st.fill.a = 45;
        st.strokeWidthMm = 0.7;
        auto one = zoneLayer(*zones, zoneCrs, ctx.data.mapCrs, z, st);
        if (one && !one->geometries->geometries.extent().isNull())
            writeZonePage(ctx, *zones, z, *all, *one);
    }
}

} // namespace cw::report
