// SPDX-License-Identifier: GPL-3.0-or-later
// A CSV table read as a layer: GDAL's CSV driver splits the cells, everything after is ours
// (header row, encoding, coordinate or WKT columns, the CRS of the values, code columns, bad
// rows). The first byte picks the read options a user can set; the rest is the file.
#include "cityweave/data/layer_reader.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cw::data;
    if (size == 0)
        return 0;
    const auto path = cw::fuzz::scratchPath("table/t.csv");
    cw::fuzz::writeFile(path, cw::fuzz::asText(data + 1, size - 1));
    ReadOptions options;
    options.requireGeometry = data[0] & 1;
    options.requireCrs = data[0] & 2;
    if (data[0] & 4)
        options.encodingOverride = "CP949";
    options.table.badRows = data[0] & 8 ? BadRowPolicy::Drop : BadRowPolicy::Keep;
    options.table.headerRow = (data[0] >> 4) % 4 - 1; // -1 (none), 0 (detect), 1, 2
    if (data[0] & 0x40)
        (void)LayerReader::previewTable(path.string(), options, 20, 200);
    else
        (void)LayerReader::read(path.string(), options);
    return 0;
}
