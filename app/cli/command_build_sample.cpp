// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/project/layer_loading.h"
#include "cli/cli_context.h"

namespace cw::cli {

int runBuildSample(CliContext& ctx) {
    if (ctx.args.size() != 2)
        return ctx.usage(CliContext::tr("build-sample takes MANIFEST and OUT.gpkg."));
    auto project =
        project::buildProjectFromManifest(ctx.args[0].toStdString(), ctx.args[1].toStdString());
    if (!project)
        return ctx.fail(project.error());
    ctx.out << CliContext::tr("Built %1 with %2 projects and %3 layers.")
                   .arg(ctx.args[1])
                   .arg(project->projects.size())
                   .arg(project->layers.size())
            << Qt::endl;
    return kOk;
}

} // namespace cw::cli
