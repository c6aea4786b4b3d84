// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/data/layer_reader.h"
#include "cityweave/data/table_options.h"

#include <string>

namespace cw::data {

/// One layer of one source and how to read it: the description the add-layer dialog fills in,
/// the project file stores with the layer and the command line takes as text.
struct LayerSource {
    std::string path;
    std::string layer;    ///< layer or sheet; empty: the first
    std::string encoding; ///< empty: detect
    std::string crs;      ///< the CRS of the data (for a table: of its values); empty: detect
    TableOptions table;

    /// Read options for LayerReader::read with these choices.
    ReadOptions readOptions() const;
    bool operator==(const LayerSource&) const = default;
};

/// The text form "PATH|key=value|...", e.g. "stops.csv|x=경도|y=위도|crs=EPSG:5181|bad-rows=drop".
/// Keys: layer (or sheet), encoding, crs, header-row, geometry (auto|none|xy|wkt), x, y, wkt,
/// text (a column kept as text; repeatable), bad-rows (keep|drop). A plain path has no options.
std::string layerSourceToText(const LayerSource& source);
/// Parses the text form; InvalidArgument names an unknown key or a bad value.
Result<LayerSource> layerSourceFromText(const std::string& text);
/// Applies one "key=value" option to `source` (the CLI's --x, --crs, ... use the same keys).
Status applyLayerSourceOption(LayerSource& source, const std::string& key,
                              const std::string& value);

/// Everything `detection` decided, as options that read the table the same way again.
LayerSource withDetectedChoices(LayerSource source, const TableDetection& detection);

} // namespace cw::data
