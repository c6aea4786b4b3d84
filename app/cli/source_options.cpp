// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/source_options.h"

#include "cli/cli_context.h"

#include <string_view>

namespace cw::cli {

namespace {

// The options that take a value, each the "--" form of a LayerSource text key.
constexpr const char* kValueKeys[] = {"layer",    "sheet", "encoding", "crs", "header-row",
                                      "geometry", "x",     "y",        "wkt", "text"};
constexpr const char* kDropBadRows = "--drop-bad-rows";

} // namespace

const std::vector<const char*>& sourceOptionNames() {
    static const std::vector<std::string> spelled = [] {
        std::vector<std::string> out;
        for (const char* key : kValueKeys)
            out.push_back(std::string("--") + key + "=");
        return out;
    }();
    static const std::vector<const char*> names = [] {
        std::vector<const char*> out;
        for (const std::string& s : spelled)
            out.push_back(s.c_str());
        out.push_back(kDropBadRows);
        return out;
    }();
    return names;
}

SourceOptions takeSourceOptions(CliContext& ctx, bool withCrs) {
    SourceOptions options;
    for (const char* key : kValueKeys) {
        if (!withCrs && std::string_view(key) == "crs")
            continue;
        for (const QString& value : ctx.takeOptions(QStringLiteral("--") + QLatin1String(key)))
            options.items.emplace_back(key, value.toStdString());
    }
    if (ctx.takeFlag(QLatin1String(kDropBadRows)))
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
