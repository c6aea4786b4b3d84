// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/progress.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace cw::analysis {

/// The thread count an engine uses: `requested`, or every core for 0.
inline unsigned threadCount(unsigned requested) {
    const unsigned n = requested ? requested : std::thread::hardware_concurrency();
    return std::max(1u, std::min(n, 256u));
}

/// Calls work(worker, chunk) once for every chunk in [first, last), on up to workers.size()
/// threads (the calling thread is one of them); each thread takes the next chunk as it becomes
/// free, so uneven chunks balance. Stops taking chunks once `cancel` is set.
template <typename Worker, typename Work>
void runChunks(std::vector<Worker>& workers, std::size_t first, std::size_t last,
               const CancelToken& cancel, Work&& work) {
    std::atomic<std::size_t> next{first};
    auto loop = [&](Worker& w) {
        while (!cancel.isCancelled()) {
            const std::size_t chunk = next.fetch_add(1, std::memory_order_relaxed);
            if (chunk >= last)
                return;
            work(w, chunk);
        }
    };
    const std::size_t active = std::min(workers.size(), last - first);
    std::vector<std::jthread> pool;
    for (std::size_t t = 1; t < active; ++t)
        pool.emplace_back([&, t] { loop(workers[t]); });
    loop(workers[0]);
}

} // namespace cw::analysis
