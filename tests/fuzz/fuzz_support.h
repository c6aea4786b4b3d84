// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the fuzz targets whose parsers take a path: a scratch folder of this process's own
// (parallel fuzzing jobs must not share files), in memory when /dev/shm exists so that writing
// every input to a file does not dominate the run.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <unistd.h>

namespace cw::fuzz {

inline const std::filesystem::path& scratchFolder() {
    // Never destroyed: the exit handler that removes the folder runs after static destructors.
    static const std::filesystem::path* folder = [] {
        namespace fs = std::filesystem;
        std::error_code ec;
        const fs::path base =
            fs::is_directory("/dev/shm", ec) ? fs::path("/dev/shm") : fs::temp_directory_path();
        auto* f = new fs::path(base / ("cityweave-fuzz-" + std::to_string(::getpid())));
        fs::create_directories(*f, ec);
        std::atexit([] {
            std::error_code ignored;
            fs::remove_all(scratchFolder(), ignored);
        });
        return f;
    }();
    return *folder;
}

inline std::filesystem::path scratchPath(const std::string& relative) {
    const std::filesystem::path path = scratchFolder() / relative;
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    return path;
}

inline void writeFile(const std::filesystem::path& path, std::string_view bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

inline std::string_view asText(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

} // namespace cw::fuzz
