// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/core/output_guard.h"

#include "cityweave/core/utf8_path.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace cw {
namespace fs = std::filesystem;

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// The files an input is read from: a Shapefile is several.
std::vector<fs::path> filesOf(const std::string& input) {
    const fs::path path = pathFromUtf8(input);
    std::vector<fs::path> files{path};
    if (lower(pathToUtf8(path.extension())) == ".shp")
        for (const char* ext : {".dbf", ".shx", ".prj", ".cpg", ".DBF", ".SHX", ".PRJ", ".CPG"})
            files.push_back(fs::path(path).replace_extension(ext));
    return files;
}

bool sameFile(const fs::path& a, const fs::path& b) {
    std::error_code ec;
    if (fs::exists(a, ec) && fs::exists(b, ec))
        return fs::equivalent(a, b, ec) && !ec; // symlinks and hard links too
    // Not there yet: compare the names the two would resolve to.
    return fs::weakly_canonical(a, ec) == fs::weakly_canonical(b, ec) && !ec;
}

} // namespace

Status checkOutputIsNotInput(const std::string& output, const std::vector<std::string>& inputs) {
    if (output.empty())
        return Ok{};
    const fs::path outputPath = pathFromUtf8(output);
    for (const std::string& input : inputs) {
        if (input.empty())
            continue;
        for (const fs::path& file : filesOf(input))
            if (sameFile(outputPath, file))
                return makeError(ErrorCode::OutputIsInput, {output, input});
    }
    return Ok{};
}

} // namespace cw
