// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <cstdint>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace cw::render {

/// Key of one layer's tile at one resolution.
struct TileKey {
    std::string layerKey; ///< data key plus style hash
    double mapUnitsPerPixel;
    std::int64_t column;
    std::int64_t row;
    bool operator==(const TileKey&) const = default;
};

/// Least-recently-used cache of rendered tiles, bounded in bytes; safe from several threads.
/// A null QImage is a valid entry meaning "nothing to draw here".
class TileCache {
public:
    explicit TileCache(std::size_t maxBytes) : m_maxBytes(maxBytes) {}
    std::optional<QImage> find(const TileKey& key);
    void insert(const TileKey& key, const QImage& tile);
    void clear();
    std::size_t bytes() const;

private:
    struct Hash {
        std::size_t operator()(const TileKey& k) const;
    };
    using Lru = std::list<TileKey>;
    struct Entry {
        QImage image;
        Lru::iterator position;
    };
    mutable std::mutex m_mutex;
    std::unordered_map<TileKey, Entry, Hash> m_entries;
    Lru m_lru;
    std::size_t m_bytes = 0;
    std::size_t m_maxBytes;
};

} // namespace cw::render
