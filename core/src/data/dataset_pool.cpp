// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset_pool.h"

#include "cityweave/data/layer_reader.h"

#include <map>
#include <mutex>
#include <vector>

namespace cw::data {
namespace {

struct Pool {
    std::mutex mutex;
    int scopes = 0;
    std::multimap<std::string, GDALDataset*> idle;
};

Pool& pool() {
    static Pool p;
    return p;
}

} // namespace

void PooledDatasetRelease::operator()(GDALDataset* dataset) const {
    if (!dataset)
        return;
    {
        Pool& p = pool();
        const std::lock_guard lock(p.mutex);
        if (p.scopes > 0 && !key.empty()) {
            p.idle.emplace(key, dataset);
            return;
        }
    }
    GDALClose(dataset);
}

PooledDataset takePooledDataset(const std::string& key) {
    Pool& p = pool();
    const std::lock_guard lock(p.mutex);
    const auto it = p.idle.find(key);
    if (it == p.idle.end())
        return PooledDataset(nullptr, {key});
    GDALDataset* dataset = it->second;
    p.idle.erase(it);
    return PooledDataset(dataset, {key});
}

ReuseOpenFiles::ReuseOpenFiles() {
    Pool& p = pool();
    const std::lock_guard lock(p.mutex);
    ++p.scopes;
}

ReuseOpenFiles::~ReuseOpenFiles() {
    std::vector<GDALDataset*> closing;
    {
        Pool& p = pool();
        const std::lock_guard lock(p.mutex);
        if (--p.scopes == 0) {
            for (const auto& [key, dataset] : p.idle)
                closing.push_back(dataset);
            p.idle.clear();
        }
    }
    for (GDALDataset* dataset : closing)
        GDALClose(dataset);
}

} // namespace cw::data
