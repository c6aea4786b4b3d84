// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace cw::data {

enum class FieldType { Integer, Real, String, Date, DateTime, Other };

struct Field {
    std::string name;
    FieldType type = FieldType::String;
};

/// One attribute value: null, integer, real or UTF-8 text (dates are kept as ISO text).
using AttributeValue = std::variant<std::monostate, std::int64_t, double, std::string>;

/// Display form of a value: "" for null, numbers without trailing zeros.
std::string toDisplayString(const AttributeValue& value);

/// Attribute table of a layer: one row per feature, columns in field order.
using AttributeRow = std::vector<AttributeValue>;

} // namespace cw::data
