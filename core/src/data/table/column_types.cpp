// SPDX-License-Identifier: GPL-3.0-or-later
#include "column_types.h"

#include "column_names.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace cw::data {
namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

bool allDigits(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "1,234,567.5": groups of three after the first; the separators removed.
std::optional<std::string> withoutThousands(std::string_view s) {
    if (s.find(',') == std::string_view::npos)
        return std::nullopt;
    std::string_view digits = s;
    std::string out;
    if (!digits.empty() && (digits.front() == '-' || digits.front() == '+')) {
        out += digits.front();
        digits.remove_prefix(1);
    }
    const auto dot = digits.find('.');
    std::string_view whole = digits.substr(0, dot);
    std::size_t group = whole.find(',');
    if (group == 0 || group > 3)
        return std::nullopt;
    out += whole.substr(0, group);
    for (std::size_t at = group; at < whole.size(); at += 4) {
        if (whole[at] != ',' || at + 4 > whole.size() || !allDigits(whole.substr(at + 1, 3)))
            return std::nullopt;
        out += whole.substr(at + 1, 3);
    }
    if (!allDigits(out.substr(out[0] == '-' || out[0] == '+' ? 1 : 0)))
        return std::nullopt;
    if (dot != std::string_view::npos)
        out += digits.substr(dot);
    return out;
}

bool isWholeNumber(std::string_view s) {
    if (!s.empty() && (s.front() == '-' || s.front() == '+'))
        s.remove_prefix(1);
    return allDigits(s) && s.size() <= 18;
}

// A whole number exactly, thousands separators allowed (a double would round 18 digits).
std::optional<AttributeValue> parseInteger(std::string_view text) {
    std::string_view s = trimmed(text);
    std::string buffer;
    if (auto plain = withoutThousands(s)) {
        buffer = std::move(*plain);
        s = buffer;
    }
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc{} || end != s.data() + s.size())
        return std::nullopt;
    return AttributeValue{value};
}

// "-12.5", ".5", "3e5": the plain decimals CSV writers produce, told apart without converting
// them (the conversion happens once, at the end). Never accepts what parseNumber refuses: at
// most 200 whole digits and a two-digit exponent stay far from overflow.
bool isPlainDecimal(std::string_view s) {
    auto digits = [&](std::size_t& i) {
        const std::size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        return i - start;
    };
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        ++i;
    const std::size_t whole = digits(i);
    std::size_t fraction = 0;
    if (i < s.size() && s[i] == '.') {
        ++i;
        fraction = digits(i);
    }
    if (whole + fraction == 0 || whole > 200)
        return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        const std::size_t exponent = digits(i);
        if (exponent == 0 || exponent > 2)
            return false;
    }
    return i == s.size();
}

} // namespace

std::optional<double> parseNumber(std::string_view text) {
    std::string_view s = trimmed(text);
    if (s.empty())
        return std::nullopt;
    std::string buffer;
    if (auto plain = withoutThousands(s)) {
        buffer = std::move(*plain);
        s = buffer;
    }
    if (s.front() == '+')
        s.remove_prefix(1);
    double value = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc{} || end != s.data() + s.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

ColumnTypeInference::ColumnTypeInference(std::vector<std::string> names,
                                         std::vector<std::string> forcedText)
    : m_stats(names.size()) {
    for (std::size_t i = 0; i < names.size(); ++i) {
        m_stats[i].codeName = looksLikeCodeName(names[i]);
        m_stats[i].forcedText =
            std::find(forcedText.begin(), forcedText.end(), names[i]) != forcedText.end();
    }
}

void ColumnTypeInference::observe(std::size_t column, std::string_view text) {
    Stats& s = m_stats[column];
    const std::string_view t = trimmed(text);
    if (t.empty())
        return;
    s.any = true;
    if (!s.allNumber)
        return;
    if (t.size() >= 2 && t.front() == '0' && allDigits(t))
        s.leadingZero = true;
    if (isWholeNumber(t))
        return;
    if (auto plain = withoutThousands(t); plain && isWholeNumber(*plain))
        return;
    s.allInteger = false;
    if (!isPlainDecimal(t) && !parseNumber(t))
        s.allNumber = false;
}

bool ColumnTypeInference::isCode(std::size_t column) const {
    const Stats& s = m_stats[column];
    if (!s.any || !s.allNumber)
        return false;
    return s.leadingZero || (s.codeName && s.allInteger);
}

FieldType ColumnTypeInference::typeOf(std::size_t column) const {
    const Stats& s = m_stats[column];
    if (s.forcedText || !s.any || !s.allNumber || isCode(column))
        return FieldType::String;
    return s.allInteger ? FieldType::Integer : FieldType::Real;
}

void ColumnTypeInference::convert(std::size_t column, std::vector<AttributeRow>& rows) const {
    const FieldType type = typeOf(column);
    if (type == FieldType::String)
        return;
    for (AttributeRow& row : rows) {
        AttributeValue& v = row[column];
        const auto* text = std::get_if<std::string>(&v);
        if (!text)
            continue;
        if (type == FieldType::Integer) {
            v = parseInteger(*text).value_or(AttributeValue{});
            continue;
        }
        const auto number = parseNumber(*text);
        v = number ? AttributeValue{*number} : AttributeValue{};
    }
}

} // namespace cw::data
