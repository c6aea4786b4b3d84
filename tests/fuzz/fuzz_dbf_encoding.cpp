// SPDX-License-Identifier: GPL-3.0-or-later
// A shapefile's encoding from its .cpg or its DBF (language-driver byte, else the bytes of the
// text fields), read with our own DBF header walk. Input: "CPG:<text>\n" first puts <text> in
// a .cpg beside the .dbf; the rest is the .dbf.
#include "cityweave/data/text_encoding.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view bytes = cw::fuzz::asText(data, size);
    const auto cpg = cw::fuzz::scratchPath("shape/layer.cpg");
    std::error_code ec;
    std::filesystem::remove(cpg, ec);
    if (bytes.substr(0, 4) == "CPG:") {
        const auto end = bytes.find('\n');
        cw::fuzz::writeFile(cpg, bytes.substr(4, end == bytes.npos ? end : end - 4));
        bytes = end == bytes.npos ? std::string_view() : bytes.substr(end + 1);
    }
    cw::fuzz::writeFile(cw::fuzz::scratchPath("shape/layer.dbf"), bytes);
    (void)cw::data::guessShapefileEncoding(cw::fuzz::scratchPath("shape/layer.shp").string());
    return 0;
}
