// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/data/layer_reader.h"
#include "cityweave/project/layer_loading.h"
#include "cityweave/project/plan_location.h"
#include "cityweave/project/project_store.h"
#include "cli/cli_context.h"
#include "cli/source_options.h"
#include "cli/table_summary.h"

#include <QFileInfo>

namespace cw::cli {
namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

std::size_t positionedFeatures(const data::VectorLayer& layer) {
    std::size_t n = 0;
    for (std::size_t f = 0; f < layer.featureCount(); ++f)
        if (!layer.geometries.isEmpty(f))
            ++n;
    return n;
}

// The source as the project keeps it: the choices given plus, for a table, what detection
// chose, so that the layer reads the same way even if detection changes.
data::LayerSource storedSource(const data::LayerSource& given, const data::VectorLayer& layer) {
    return layer.report.table ? data::withDetectedChoices(given, *layer.report.table) : given;
}

int layersAdd(CliContext& ctx) {
    const QString name = ctx.takeOption(QStringLiteral("--name"));
    const bool listBadRows = ctx.takeFlag(QStringLiteral("--bad-rows"));
    const SourceOptions sourceOptions = takeSourceOptions(ctx);
    if (ctx.args.size() != 2)
        return ctx.usage(CliContext::tr("layers add takes a PROJECT file and one SOURCE."));
    const std::string projectPath = ctx.args.at(0).toStdString();
    auto source = layerSourceFor(ctx.args.at(1), sourceOptions);
    if (!source)
        return ctx.fail(source.error(), kUsage);
    auto project = project::ProjectStore::load(projectPath);
    if (!project)
        return ctx.fail(project.error());

    // Read it now as the project will read it: a source that would fail or draw nothing is
    // refused before anything is saved.
    auto layer = data::LayerReader::read(source->path, source->readOptions());
    if (!layer)
        return ctx.fail(layer.error());
    const std::size_t positioned = positionedFeatures(*layer);
    if (positioned == 0) {
        ctx.err << CliContext::tr("Error: none of the %1 rows of %2 has a position, so the layer "
                                  "would draw nothing; nothing was added. (A table without "
                                  "positions can be joined to boundaries with 'join'.)")
                       .arg(layer->featureCount())
                       .arg(qs(source->path))
                << Qt::endl;
        return kInputError;
    }

    const data::LayerSource stored = storedSource(*source, *layer);
    const QFileInfo file(qs(source->path));
    std::string display =
        name.isEmpty() ? file.completeBaseName().toStdString() : name.toStdString();
    if (name.isEmpty() && !source->layer.empty() && source->layer != display)
        display.append(" — ").append(source->layer);
    std::vector<std::string> takenIds;
    for (const project::LayerEntry& l : project->layers)
        takenIds.push_back(l.id);
    const project::LayerEntry entry = project::addedLayerEntry(
        stored, display,
        name.isEmpty() ? file.completeBaseName().toStdString() : name.toStdString(), projectPath,
        takenIds);
    project->layers.push_back(entry);
    if (auto saved = project::ProjectStore::save(*project, projectPath); !saved)
        return ctx.fail(saved.error(), kOutputError);

    ctx.out << CliContext::tr("Added layer \"%1\" (id %2) to %3: %4 features, %5 with a position.")
                   .arg(qs(display), qs(entry.id), ctx.args.at(0))
                   .arg(layer->featureCount())
                   .arg(positioned)
            << '\n';
    ctx.out << CliContext::tr("  Source: %1").arg(qs(entry.source)) << '\n';
    if (layer->crs.isValid())
        ctx.out
            << CliContext::tr("  CRS: %1 %2").arg(qs(layer->crs.name()), qs(layer->crs.authId()))
            << '\n';
    printTableSummary(ctx, *layer, *source, listBadRows);
    ctx.out.flush();
    return kOk;
}

int layersList(CliContext& ctx) {
    if (ctx.args.size() != 1)
        return ctx.usage(CliContext::tr("layers list takes one PROJECT file."));
    auto project = project::ProjectStore::load(ctx.args.first().toStdString());
    if (!project)
        return ctx.fail(project.error());
    for (const project::LayerEntry& entry : project->layers) {
        data::LayerSource source = project::layerSourceOf(entry);
        if (source.path.empty())
            source.path = (project::isDatabaseLocation(ctx.args.first().toStdString())
                               ? CliContext::tr("(in the plan's database)")
                               : CliContext::tr("(in the project file)"))
                              .toStdString();
        ctx.out << QStringLiteral("%1  %2  %3")
                       .arg(qs(entry.id), qs(entry.name.in(ctx.language.toStdString())),
                            qs(data::layerSourceToText(source)))
                << '\n';
    }
    ctx.out.flush();
    return kOk;
}

} // namespace

int runLayers(CliContext& ctx) {
    const QString action = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (action == QStringLiteral("add"))
        return layersAdd(ctx);
    if (action == QStringLiteral("list"))
        return layersList(ctx);
    return ctx.usage(
        CliContext::tr("layers needs an action: add PROJECT SOURCE, or list PROJECT."));
}

} // namespace cw::cli
