// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/tile_cache.h"

#include <functional>

namespace cw::render {

std::size_t TileCache::Hash::operator()(const TileKey& k) const {
    std::size_t h = std::hash<std::string>{}(k.layerKey);
    h ^= std::hash<double>{}(k.mapUnitsPerPixel) + 0x9e3779b9 + (h << 6) + (h >> 2);
    h ^= std::hash<std::int64_t>{}(k.column) + 0x9e3779b9 + (h << 6) + (h >> 2);
    h ^= std::hash<std::int64_t>{}(k.row) + 0x9e3779b9 + (h << 6) + (h >> 2);
    return h;
}

std::optional<QImage> TileCache::find(const TileKey& key) {
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return std::nullopt;
    m_lru.splice(m_lru.begin(), m_lru, it->second.position);
    return it->second.image;
}

void TileCache::insert(const TileKey& key, const QImage& tile) {
    std::lock_guard lock(m_mutex);
    if (auto it = m_entries.find(key); it != m_entries.end()) {
        m_bytes -= it->second.image.sizeInBytes();
        m_lru.erase(it->second.position);
        m_entries.erase(it);
    }
    m_lru.push_front(key);
    m_entries.emplace(key, Entry{tile, m_lru.begin()});
    m_bytes += tile.sizeInBytes();
    while (m_bytes > m_maxBytes && !m_lru.empty()) {
        auto victim = m_entries.find(m_lru.back());
        m_bytes -= victim->second.image.sizeInBytes();
        m_entries.erase(victim);
        m_lru.pop_back();
    }
}

void TileCache::clear() {
    std::lock_guard lock(m_mutex);
    m_entries.clear();
    m_lru.clear();
    m_bytes = 0;
}

std::size_t TileCache::bytes() const {
    std::lock_guard lock(m_mutex);
    return m_bytes;
}

} // namespace cw::render
