// SPDX-License-Identifier: GPL-3.0-or-later
// The two strings a project file keeps per layer: the source text ("path|layer=...|crs=...")
// and the table options JSON. Both are written back on save, so each must round-trip.
#include "cityweave/data/layer_source.h"
#include "cityweave/data/table_options.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cw::data;
    const std::string text(cw::fuzz::asText(data, size));
    if (auto source = layerSourceFromText(text)) {
        auto again = layerSourceFromText(layerSourceToText(*source));
        if (!again || !(*again == *source))
            std::abort();
    }
    if (auto options = tableOptionsFromJson(text)) {
        auto again = tableOptionsFromJson(tableOptionsToJson(*options));
        if (!again || !(*again == *options))
            std::abort();
    }
    return 0;
}
