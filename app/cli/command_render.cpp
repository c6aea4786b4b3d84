// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/crs/plan_crs.h"
#include "cityweave/data/layer_reader.h"
#include "cityweave/project/layer_loading.h"
#include "cityweave/project/project_store.h"
#include "cli/cli_context.h"
#include "cli/render_job.h"
#include "cli/source_options.h"
#include "render/map_renderer.h"
#include "render/plan_filter.h"
#include "report/map_image_export.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <set>

namespace cw::cli {

namespace {

bool parseSize(const QString& text, QSize& size) {
    const QStringList parts = text.split(QLatin1Char('x'));
    bool ok1 = false, ok2 = false;
    if (parts.size() == 2)
        size = QSize(parts[0].toInt(&ok1), parts[1].toInt(&ok2));
    return ok1 && ok2 && size.width() > 0 && size.height() > 0 && size.width() <= 20000 &&
           size.height() <= 20000;
}

bool parseExtent(const QString& text, geometry::Envelope& extent) {
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return false;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].toDouble(&ok);
        if (!ok)
            return false;
    }
    extent = geometry::Envelope::of(v[0], v[1], v[2], v[3]);
    return extent.width() > 0 && extent.height() > 0;
}

// "1,3" -> {1, 3}; false on anything but stages 1 to 3.
bool parseStages(const QString& text, std::set<int>& stages) {
    for (const QString& part : text.split(QLatin1Char(','))) {
        bool ok = false;
        const int stage = part.trimmed().toInt(&ok);
        if (!ok || stage < 1 || stage > 3)
            return false;
        stages.insert(stage);
    }
    return !stages.empty();
}

} // namespace

QImage renderMapImage(const render::LayerSet& layers, const render::MapSettings& settings,
                      render::RenderStats* stats) {
    return report::MapImageExport::renderImage(settings, layers.renderLayers(), {}, stats);
}

int runRender(CliContext& ctx) {
    const QString out = ctx.takeOption(QStringLiteral("--out"));
    const QString sizeText = ctx.takeOption(QStringLiteral("--size"));
    const QString extentText = ctx.takeOption(QStringLiteral("--extent"));
    const QString crsText = ctx.takeOption(QStringLiteral("--crs"));
    const QString formatText = ctx.takeOption(QStringLiteral("--format"));
    const QString dpiText = ctx.takeOption(QStringLiteral("--dpi"));
    const QString yearText = ctx.takeOption(QStringLiteral("--year"));
    const QString stageText = ctx.takeOption(QStringLiteral("--stage"));
    // --crs is the map's here: a file's own CRS is given as "FILE|crs=EPSG:N".
    const SourceOptions sourceOptions = takeSourceOptions(ctx, false);
    if (out.isEmpty())
        return ctx.usage(CliContext::tr("render needs --out FILE.png."));
    report::MapImageFormat format = report::MapImageExport::formatFor(out);
    if (!formatText.isEmpty()) {
        if (formatText != QStringLiteral("png") && formatText != QStringLiteral("svg"))
            return ctx.usage(
                CliContext::tr("Invalid --format \"%1\": use png or svg.").arg(formatText));
        format = formatText == QStringLiteral("svg") ? report::MapImageFormat::Svg
                                                     : report::MapImageFormat::Png;
    }
    double dpi = 96;
    if (!dpiText.isEmpty()) {
        bool ok = false;
        dpi = dpiText.toDouble(&ok);
        if (!ok || dpi < 24 || dpi > 1200)
            return ctx.usage(
                CliContext::tr("Invalid --dpi \"%1\": use a number from 24 to 1200.").arg(dpiText));
    }
    render::PlanFilter filter;
    if (!yearText.isEmpty()) {
        bool ok = false;
        const int year = yearText.toInt(&ok);
        if (!ok || year < 1900 || year > 2200)
            return ctx.usage(
                CliContext::tr("Invalid --year \"%1\": use a year such as 2024.").arg(yearText));
        filter.year = year;
    }
    if (!stageText.isEmpty() && !parseStages(stageText, filter.stages))
        return ctx.usage(
            CliContext::tr("Invalid --stage \"%1\": use stages 1 to 3, e.g. 1,3.").arg(stageText));
    if (ctx.args.isEmpty())
        return ctx.usage(CliContext::tr("render needs a project file or at least one layer file."));
    QSize size(1600, 1200);
    if (!sizeText.isEmpty() && !parseSize(sizeText, size))
        return ctx.usage(CliContext::tr("Invalid --size \"%1\": use WIDTHxHEIGHT, e.g. 1920x1080.")
                             .arg(sizeText));
    geometry::Envelope extent;
    if (!extentText.isEmpty() && !parseExtent(extentText, extent))
        return ctx.usage(
            CliContext::tr("Invalid --extent \"%1\": use xmin,ymin,xmax,ymax in the map CRS.")
                .arg(extentText));

    QElapsedTimer loadTimer;
    loadTimer.start();
    render::LayerSet layers;
    std::string mapCrsText = crsText.toStdString();
    const QString firstArgument = ctx.args.first();
    const std::string first = firstArgument.section(QLatin1Char('|'), 0, 0).toStdString();
    auto project = project::ProjectStore::load(first);
    std::string projectPath;
    if (project) {
        ctx.warnAboutDamage(project->damagedParts);
        if (ctx.args.size() != 1)
            return ctx.usage(
                CliContext::tr("Give either one project file or layer files, not both."));
        if (!sourceOptions.empty() || firstArgument.contains(QLatin1Char('|')))
            return ctx.usage(CliContext::tr(
                "Source options (--x, --encoding, ...) apply to layer files, not to a project."));
        projectPath = first;
        if (mapCrsText.empty())
            mapCrsText = project->view.crs;
        if (extent.isNull())
            extent = project->view.extent;
    } else if (project.error().code == ErrorCode::ProjectNewerSchema ||
               project.error().code == ErrorCode::FileNotFound) {
        return ctx.fail(project.error());
    }
    if (mapCrsText.empty())
        mapCrsText = crs::kPlanCrsText;
    auto mapCrs = crs::Crs::fromUserInput(mapCrsText);
    if (!mapCrs)
        return ctx.fail(mapCrs.error(), kUsage);

    std::vector<project::LayerEntry> entries;
    if (project) {
        entries = project->layers;
    } else {
        for (const QString& argument : ctx.args) {
            // "FILE" or "FILE|x=경도|y=위도": the source options apply to every file.
            auto source = layerSourceFor(argument, sourceOptions);
            if (!source)
                return ctx.fail(source.error(), kUsage);
            // The desktop's Add Layer makes the same entry, style included.
            const std::string name =
                QFileInfo(QString::fromStdString(source->path)).completeBaseName().toStdString();
            std::vector<std::string> taken;
            for (const auto& e : entries)
                taken.push_back(e.id);
            entries.push_back(project::addedLayerEntry(*source, name, name, {}, taken));
        }
    }
    std::vector<std::string> filesRead{first};
    for (const auto& entry : entries)
        filesRead.push_back(project::ProjectStore::resolveSource(projectPath, entry));
    if (int rc = ctx.refuseOverwritingInputs({out}, filesRead); rc != kOk)
        return rc;
    const data::ReuseOpenFiles reuse; // most layers sit in the project file itself
    for (const auto& entry : entries) {
        render::LoadedLayer loaded = render::LayerSet::load(projectPath, entry, *mapCrs);
        if (loaded.error)
            return ctx.fail(*loaded.error);
        layers.layers().push_back(std::move(loaded));
    }
    const double loadMs = loadTimer.nsecsElapsed() / 1e6;
    if (extent.isNull())
        extent = layers.fullExtent().buffered(
            std::max(layers.fullExtent().width(), layers.fullExtent().height()) * 0.03);

    // Without a project there is no plan: only feature years can filter.
    const std::vector<render::RenderLayer> drawn = render::filteredRenderLayers(
        layers.layers(), project ? *project : project::Project{}, filter);
    render::MapSettings settings(*mapCrs, extent, size, dpi);
    render::RenderStats stats;
    if (auto s = report::MapImageExport::write(format, out, settings, drawn, {}, &stats); !s)
        return ctx.fail(s.error(), kOutputError);
    ctx.out
        << CliContext::tr(
               "Rendered %1 layers (%2 features drawn) at %3x%4 in %5 ms (loading took %6 ms): %7")
               .arg(drawn.size())
               .arg(stats.featuresDrawn)
               .arg(size.width())
               .arg(size.height())
               .arg(stats.milliseconds, 0, 'f', 1)
               .arg(loadMs, 0, 'f', 1)
               .arg(QFileInfo(out).absoluteFilePath())
        << Qt::endl;
    return kOk;
}

} // namespace cw::cli
