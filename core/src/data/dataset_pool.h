// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gdal_priv.h>
#include <memory>
#include <string>

namespace cw::data {

/// Hands a dataset back to the pool of ReuseOpenFiles while one is alive, else closes it.
struct PooledDatasetRelease {
    std::string key; ///< what it was opened as (path and options); empty: never pooled
    void operator()(GDALDataset* dataset) const;
};
using PooledDataset = std::unique_ptr<GDALDataset, PooledDatasetRelease>;

/// An idle dataset opened earlier as `key` (null when there is none); it goes back when
/// released. Each is used by one thread at a time: GDAL datasets are not thread-safe.
PooledDataset takePooledDataset(const std::string& key);

} // namespace cw::data
