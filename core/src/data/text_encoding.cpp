// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/data/text_encoding.h"

#include "cityweave/core/small_file.h"
#include "cityweave/core/utf8_path.h"

#include <algorithm>
#include <cctype>
#include <cpl_conv.h>
#include <cpl_string.h>
#include <filesystem>
#include <fstream>

namespace cw::data {
namespace fs = std::filesystem;

namespace {

std::string upper(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
    return s;
}

std::string trim(std::string s) {
    auto notSpace = [](unsigned char c) { return !std::isspace(c); };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), notSpace));
    s.erase(std::find_if(s.rbegin(), s.rend(), notSpace).base(), s.end());
    return s;
}

// A sibling file with another extension, in either letter case (Windows data mixes them).
std::optional<fs::path> sibling(const fs::path& path, const std::string& extension) {
    for (const std::string& ext : {extension, upper(extension)}) {
        fs::path candidate = path;
        candidate.replace_extension(ext);
        std::error_code ec;
        // Only a regular file: opening a pipe named "x.dbf" would block.
        if (fs::is_regular_file(candidate, ec))
            return candidate;
    }
    return std::nullopt;
}

// dBase language driver IDs whose code page is unambiguous.
std::string encodingFromLdid(unsigned char ldid) {
    switch (ldid) {
    case 0x4E:
        return "CP949";
    case 0x4D:
        return "CP936";
    case 0x4F:
        return "CP950";
    case 0x13:
    case 0x7B:
        return "CP932";
    default:
        return {};
    }
}

// CP949 = EUC-KR plus the extended Hangul of Unified Hangul Code. Counts Hangul syllables
// (lead 0xB0-0xC8 of KS X 1001) and rejects byte sequences no CP949 text contains.
bool looksLikeCp949(std::string_view s, std::size_t& hangul) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto lead = static_cast<unsigned char>(s[i]);
        if (lead < 0x80)
            continue;
        if (lead < 0x81 || lead == 0xFF || i + 1 >= s.size())
            return false;
        const auto trail = static_cast<unsigned char>(s[++i]);
        const bool validTrail = (trail >= 0x41 && trail <= 0x5A) ||
                                (trail >= 0x61 && trail <= 0x7A) ||
                                (trail >= 0x81 && trail <= 0xFE);
        if (!validTrail)
            return false;
        if (lead >= 0xB0 && lead <= 0xC8 && trail >= 0xA1)
            ++hangul;
    }
    return true;
}

// The raw bytes of a DBF's character fields, enough to tell an encoding from.
std::string dbfTextSample(const fs::path& dbf, std::size_t maxBytes) {
    std::ifstream in(dbf, std::ios::binary);
    unsigned char header[32];
    if (!in.read(reinterpret_cast<char*>(header), 32))
        return {};
    const std::uint32_t records =
        header[4] | (header[5] << 8) | (header[6] << 16) | (header[7] << 24);
    const std::uint16_t headerSize = header[8] | (header[9] << 8);
    const std::uint16_t recordSize = header[10] | (header[11] << 8);
    struct Column {
        std::size_t offset, length;
    };
    std::vector<Column> textColumns;
    std::size_t offset = 1; // deletion flag
    for (int i = 0; (32 + 32 * i + 32) <= headerSize; ++i) {
        unsigned char desc[32];
        if (!in.read(reinterpret_cast<char*>(desc), 32) || desc[0] == 0x0D)
            break;
        if (desc[11] == 'C')
            textColumns.push_back({offset, desc[16]});
        offset += desc[16];
    }
    if (recordSize == 0 || textColumns.empty())
        return {}; // nothing to sample (a crafted header may claim 4e9 empty records)
    std::string sample;
    in.seekg(headerSize);
    std::string record(recordSize, '\0');
    for (std::uint32_t r = 0; r < records && sample.size() < maxBytes; ++r) {
        if (!in.read(record.data(), recordSize))
            break;
        for (const Column& c : textColumns)
            if (c.offset + c.length <= record.size())
                sample += trim(record.substr(c.offset, c.length)) + "\n";
    }
    return sample;
}

// Valid UTF-8 (plain ASCII: "default"), else CP949 when it holds Hangul, else Latin-1.
EncodingGuess guessFromBytes(const std::string& sample) {
    if (isValidUtf8(sample))
        return EncodingGuess{"UTF-8", std::all_of(sample.begin(), sample.end(),
                                                  [](unsigned char c) { return c < 0x80; })
                                          ? "default"
                                          : "detected"};
    std::size_t hangul = 0;
    if (looksLikeCp949(sample, hangul) && hangul > 0)
        return EncodingGuess{"CP949", "detected"};
    return EncodingGuess{"ISO-8859-1", "detected"};
}

} // namespace

std::string canonicalEncoding(std::string content) {
    content = upper(trim(content));
    if (content == "UTF-8" || content == "UTF8" || content == "65001")
        return "UTF-8";
    if (content == "949" || content == "CP949" || content == "EUC-KR" || content == "EUCKR" ||
        content == "KS_C_5601-1987" || content == "UHC")
        return "CP949";
    if (!content.empty() && std::all_of(content.begin(), content.end(), ::isdigit))
        return "CP" + content;
    return content;
}

bool isValidUtf8(std::string_view s) {
    return CPLIsUTF8(s.data(), static_cast<int>(s.size()));
}

std::string toUtf8(std::string_view bytes, const std::string& encoding) {
    const std::string from = canonicalEncoding(encoding);
    if (from.empty() || from == "UTF-8")
        return std::string(bytes);
    std::string input(bytes);
    char* out = CPLRecode(input.c_str(), from.c_str(), CPL_ENC_UTF8);
    std::string result = out ? out : "";
    CPLFree(out);
    return result;
}

Result<EncodingGuess> guessShapefileEncoding(const std::string& shpOrDbfPath) {
    const fs::path path = pathFromUtf8(shpOrDbfPath);
    if (auto cpg = sibling(path, ".cpg")) {
        const auto content = readSmallFile(pathToUtf8(*cpg), 4096); // a code page name
        const std::string encoding = content ? canonicalEncoding(*content) : std::string();
        if (!encoding.empty())
            return EncodingGuess{encoding, "cpg"};
    }
    auto dbf = sibling(path, ".dbf");
    if (!dbf)
        return EncodingGuess{"UTF-8", "default"};
    std::ifstream in(*dbf, std::ios::binary);
    unsigned char header[32];
    if (!in.read(reinterpret_cast<char*>(header), 32))
        return makeError(ErrorCode::CorruptFile, {pathToUtf8(*dbf)});
    if (auto encoding = encodingFromLdid(header[29]); !encoding.empty())
        return EncodingGuess{encoding, "ldid"};

    const std::string sample = dbfTextSample(*dbf, 256 * 1024);
    return guessFromBytes(sample);
}

Result<EncodingGuess> guessTextFileEncoding(const std::string& path) {
    std::ifstream in(pathFromUtf8(path), std::ios::binary);
    if (!in)
        return makeError(ErrorCode::FileNotReadable, {path});
    std::string sample(1 << 20, '\0');
    in.read(sample.data(), static_cast<std::streamsize>(sample.size()));
    sample.resize(static_cast<std::size_t>(in.gcount()));
    if (sample.rfind("\xEF\xBB\xBF", 0) == 0)
        return EncodingGuess{"UTF-8", "bom"};
    // Cut at the last line end so that a character split by the sample's end is not "invalid".
    if (sample.size() == (1u << 20)) {
        const auto lastLine = sample.find_last_of('\n');
        if (lastLine != std::string::npos)
            sample.resize(lastLine + 1);
    }
    return guessFromBytes(sample);
}

const std::vector<std::string>& commonEncodings() {
    static const std::vector<std::string> encodings{"UTF-8",      "CP949", "EUC-KR", "CP1252",
                                                    "ISO-8859-1", "CP936", "CP932",  "UTF-16"};
    return encodings;
}

} // namespace cw::data
