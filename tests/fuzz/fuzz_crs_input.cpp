// SPDX-License-Identifier: GPL-3.0-or-later
// CRS text: what a user types (Crs::fromUserInput) and a data source's .prj (Crs::fromSourceWkt,
// with our legacy Korean Bessel rule). The first byte picks which. GDAL's user-input parser
// also opens files and URLs named by the text; those inputs are skipped here so that a run
// neither reads the machine's files nor goes on the network (see the report for the .prj case).
#include "cityweave/crs/crs.h"
#include "fuzz_support.h"

#include <cpl_error.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const bool quiet = [] {
        CPLSetErrorHandler(CPLQuietErrorHandler);
        return true;
    }();
    (void)quiet;
    if (size == 0)
        return 0;
    const std::string text(cw::fuzz::asText(data + 1, size - 1));
    if (text.find("://") != std::string::npos || text.find('/') == 0 ||
        text.find("\\\\") != std::string::npos)
        return 0;
    std::error_code ec;
    if (std::filesystem::exists(text.c_str(), ec))
        return 0; // a relative file name: the same file access
    if (data[0] & 1)
        (void)cw::crs::Crs::fromSourceWkt(text);
    else
        (void)cw::crs::Crs::fromUserInput(text);
    return 0;
}
