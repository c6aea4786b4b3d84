// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/data/vector_layer.h"

#include <optional>
#include <string>
#include <vector>

namespace cw::data {

/// How a table's codes are turned into the boundary layer's before matching. Korea has two
/// district code schemes: the interior ministry's (행정표준, 강서구 = 11500) that boundary files
/// use, and Statistics Korea's (SGIS, 강서구 = 11160) that statistics use.
enum class CodeConversion {
    None,               ///< match the codes as they are
    Auto,               ///< the conversion (or none) that matches the most keys
    KostatGuToMinistry, ///< Seoul's 25 gu: SGIS 5-digit code -> ministry 5-digit code
    MinistryGuToKostat, ///< the other way
    LegalDong10To8,     ///< 10-digit 법정동코드 -> the 8-digit EMD_CD of boundary files
};

const char* codeConversionKey(CodeConversion c); ///< "none", "auto", "kostat-to-ministry", ...
std::optional<CodeConversion> codeConversionFromKey(const std::string& key);

/// `code` in the other scheme; nullopt when the conversion does not know it.
std::optional<std::string> convertCode(const std::string& code, CodeConversion conversion);

/// The text form of a key cell: codes as written, whole numbers without ".0".
std::string codeText(const AttributeValue& value);

/// The column most likely to hold the code to join on: a code column the table reader kept as
/// text whose name says code (시군구코드, SIG_CD, adm_code), else any column named so, else the
/// reader's first code column, else the first column. -1 for a layer without columns.
int likelyCodeColumn(const VectorLayer& layer);

struct CodeJoinSpec {
    std::string tableKey;    ///< the code column of the table
    std::string boundaryKey; ///< the code column of the boundary layer
    CodeConversion conversion = CodeConversion::None;
};

/// Boundaries with the table's columns attached, and what did not match on either side.
struct CodeJoinResult {
    VectorLayer layer; ///< one feature per boundary, table columns empty where unmatched
    CodeConversion conversionUsed = CodeConversion::None;
    std::size_t matchedBoundaries = 0;
    std::vector<std::string> unmatchedTableKeys;    ///< table codes no boundary has
    std::vector<std::string> unmatchedBoundaryKeys; ///< boundary codes no table row has
    std::vector<std::string> duplicateTableKeys;    ///< repeated in the table (first row used)
};

/// Joins `table` (e.g. statistics per 자치구) to `boundaries` by code. ColumnNotFound when a key
/// column is missing.
Result<CodeJoinResult> joinByCode(const VectorLayer& boundaries, const VectorLayer& table,
                                  const CodeJoinSpec& spec);

} // namespace cw::data
