// SPDX-License-Identifier: GPL-3.0-or-later
// Encoding detection of a text table (BOM, UTF-8, CP949 with Hangul, else Latin-1) and the
// decoders that turn its bytes into UTF-8; the first byte picks the legacy encoding to decode.
#include "cityweave/data/text_encoding.h"
#include "data/text_decoder.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cw::data;
    const std::string_view bytes = cw::fuzz::asText(data, size);
    const auto path = cw::fuzz::scratchPath("table.csv");
    cw::fuzz::writeFile(path, bytes);
    (void)guessTextFileEncoding(path.string());
    if (size == 0)
        return 0;
    const auto& encodings = commonEncodings();
    const std::string& encoding = encodings[data[0] % encodings.size()];
    const std::string_view text = bytes.substr(1);
    TextDecoder decoder(encoding);
    const std::string decoded = decoder.decode(text);
    // The decoder promises UTF-8, with U+FFFD for what it cannot map. (isValidUtf8 refuses NUL,
    // which is valid UTF-8 but would fail here for every text holding one.)
    if (encoding != "UTF-8" && text.find('\0') == text.npos && !isValidUtf8(decoded))
        std::abort();
    (void)toUtf8(text, encoding);
    return 0;
}
