// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"

#include <optional>
#include <string>
#include <vector>

namespace cw::data {

/// How a shapefile's DBF text is encoded, and how we know.
struct EncodingGuess {
    std::string encoding; ///< iconv name: "UTF-8", "CP949", "ISO-8859-1", ...
    std::string reason;   ///< "cpg", "ldid", "detected", "default"
};

/// Works out a shapefile's text encoding: its `.cpg`, else the DBF language-driver byte,
/// else the bytes of its text fields (valid UTF-8, else valid CP949 with Hangul).
Result<EncodingGuess> guessShapefileEncoding(const std::string& shpOrDbfPath);

/// Works out a text file's (CSV, TSV) encoding from its first megabyte: a UTF-8 byte-order
/// mark ("bom"), else valid UTF-8 ("detected", or "default" for plain ASCII), else CP949 when
/// the bytes are CP949 with Hangul ("detected"), else ISO-8859-1.
Result<EncodingGuess> guessTextFileEncoding(const std::string& path);

/// True when `bytes` is valid UTF-8.
bool isValidUtf8(std::string_view bytes);
/// The name GDAL recodes from on every platform: "EUC-KR", "949", "UHC" and the like become
/// CP949 (their superset; GDAL on Windows knows code pages by number, not "EUC-KR"), a bare
/// number becomes "CP" + number, UTF-8's aliases "UTF-8"; other names upper-cased.
std::string canonicalEncoding(std::string name);
/// Converts text from `encoding` to UTF-8 (iconv through GDAL). Invalid bytes become U+FFFD.
std::string toUtf8(std::string_view bytes, const std::string& encoding);

/// Encodings a user can choose for legacy files, Korean first.
const std::vector<std::string>& commonEncodings();

} // namespace cw::data
