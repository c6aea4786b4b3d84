// SPDX-License-Identifier: GPL-3.0-or-later
// One table cell or column name through the heuristics that read it: WKT / EWKT / (E)WKB hex
// geometry text, number cells ("1,234"), column roles and CRS hints in names, code columns.
#include "data/table/column_names.h"
#include "data/table/column_types.h"
#include "data/table/row_geometry.h"
#include "fuzz_support.h"

#include <ogr_geometry.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cw::data;
    const std::string text(cw::fuzz::asText(data, size));
    (void)looksLikeGeometryText(text);
    int srid = 0;
    (void)parseGeometryText(text, &srid);
    (void)parseNumber(text);
    (void)columnRoleOf(text);
    (void)crsHintOf(text);
    ColumnTypeInference types({text, "code"}, {});
    types.observe(0, text);
    types.observe(1, text);
    std::vector<AttributeRow> rows{{AttributeValue(text), AttributeValue(text)}};
    types.convert(0, rows);
    types.convert(1, rows);
    return 0;
}
