// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/data/attribute.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw::data {

/// A number cell: "1234", "-12.5", " 3e5 ", "1,234,567" (thousands separators); nullopt else.
std::optional<double> parseNumber(std::string_view text);

/// Decides each column's type from every value it sees, the way a planner reads the table:
/// a column of whole numbers is Integer, of numbers Real, anything else text; but codes stay
/// text: a value with a leading zero ("01001") makes the whole column text, and so does a
/// code-like name ("정류소번호", "SIG_CD") over whole numbers, so joins on codes keep working.
class ColumnTypeInference {
public:
    ColumnTypeInference(std::vector<std::string> names, std::vector<std::string> forcedText);

    void observe(std::size_t column, std::string_view text);
    FieldType typeOf(std::size_t column) const;
    /// True for a column kept as text because it holds codes.
    bool isCode(std::size_t column) const;
    /// Converts a column of text values, in place, to the column's type.
    void convert(std::size_t column, std::vector<AttributeRow>& rows) const;

private:
    struct Stats {
        bool any = false;
        bool allInteger = true;
        bool allNumber = true;
        bool leadingZero = false;
        bool forcedText = false;
        bool codeName = false;
    };
    std::vector<Stats> m_stats;
};

} // namespace cw::data
