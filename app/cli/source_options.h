// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/data/layer_source.h"

#include <QString>
#include <string>
#include <utility>
#include <vector>

namespace cw::cli {

class CliContext;

/// How to read a source, as given on the command line: --layer/--sheet, --encoding, --crs,
/// --x, --y, --wkt, --geometry, --header-row, --text (repeatable) and --drop-bad-rows. Kept as
/// the "key=value" options of data::LayerSource's text form, so both spellings mean the same.
struct SourceOptions {
    std::vector<std::pair<std::string, std::string>> items;
    bool empty() const { return items.empty(); }
};

/// The source options as the command table lists them ("--layer=" takes a value,
/// "--drop-bad-rows" is a flag): the same list takeSourceOptions() reads.
const std::vector<const char*>& sourceOptionNames();

/// Takes the source options out of ctx.args. `withCrs` false leaves --crs to the command (render
/// uses it for the map); the CRS of a source is then given as "FILE|crs=EPSG:N".
SourceOptions takeSourceOptions(CliContext& ctx, bool withCrs = true);

/// The source named by `argument` ("PATH" or "PATH|key=value|...") with `options` applied on
/// top. InvalidArgument names an unknown key or a bad value.
Result<data::LayerSource> layerSourceFor(const QString& argument, const SourceOptions& options);

} // namespace cw::cli
