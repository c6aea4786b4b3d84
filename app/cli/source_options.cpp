// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/source_options.h"

#include "cli/cli_context.h"

namespace cw::cli {

SourceOptions takeSourceOptions(CliContext& ctx, bool withCrs) {
    SourceOptions options;
    auto take = [&](const char* option, const char* key) {
        for (const QString& value : ctx.takeOptions(QString::fromLatin1(option)))
            options.items.emplace_back(key, value.toStdString());
    };
    take("--layer", "layer");
    take("--sheet", "sheet");
    take("--encoding", "encoding");
    if (withCrs)
        take("--crs", "crs");
    take("--header-row", "header-row");
    take("--geometry", "geometry");
    take("--x", "x");
    take("--y", "y");
    take("--wkt", "wkt");
    take("--text", "text");
    if (ctx.takeFlag(QStringLiteral("--drop-bad-rows")))
        options.items.emplace_back("bad-rows", "drop");
    return options;
}

Result<data::LayerSource> layerSourceFor(const QString& argument, const SourceOptions& options) {
    auto source = data::layerSourceFromText(argument.toStdString());
    if (!source)
        return source.error();
    for (const auto& [key, value] : options.items)
        if (auto status = data::applyLayerSourceOption(*source, key, value); !status)
            return status.error();
    return source;
}

} // namespace cw::cli
