// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gdal_priv.h>
#include <memory>

namespace cw::data {

/// Closes a GDAL dataset when it goes out of scope.
struct GdalDatasetCloser {
    void operator()(GDALDataset* ds) const { GDALClose(ds); }
};
using GdalDatasetPtr = std::unique_ptr<GDALDataset, GdalDatasetCloser>;

/// Registers GDAL's drivers once per process; cheap after the first call.
void ensureGdalRegistered();

} // namespace cw::data
