// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/data/vector_layer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cw::data {

/// What changed in a layer between the features as read and as edited, to write back to the
/// source by feature id: the features removed, and those added (negative id) or changed. The
/// geometries are in the layer's own CRS, as VectorLayer holds them.
struct FeatureEdits {
    std::vector<std::int64_t> deleted;
    VectorLayer written; ///< one feature per added or changed feature; fids < 0 are new

    bool empty() const { return deleted.empty() && written.featureCount() == 0; }
};

/// The edits that turn `before` into `after` (same fields): features are matched by fid.
FeatureEdits diffFeatures(const VectorLayer& before, const VectorLayer& after);

/// Ok when the features of `path` (its layer `sourceLayer`, or its only one) can be written
/// back: a local GeoPackage, GeoJSON or Shapefile that GDAL opens for update. Otherwise
/// ReadOnlySource with the reason (a table, a web source, a file without write permission).
Status checkEditable(const std::string& path, const std::string& sourceLayer);

/// Writes `edits` to the source, in one transaction where the format has them (GeoPackage):
/// deletes, then updates by fid, then creates the new features. Fields are matched by name;
/// a field the source lacks is skipped.
Status writeFeatureEdits(const std::string& path, const std::string& sourceLayer,
                         const FeatureEdits& edits);

} // namespace cw::data
