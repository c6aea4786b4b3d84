// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/data/code_join.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <string_view>

namespace cw::data {
namespace {

struct GuCodes {
    std::string_view ministry; ///< 행정표준코드 (SIG_CD in JUSO boundary files)
    std::string_view kostat;   ///< 통계청 SGIS code
    std::string_view name;
};

// Seoul's 25 gu in both schemes. Five codes exist in both with different gu (11110 is 종로구
// for the ministry and 노원구 for KOSTAT), which is why matching codes unconverted is wrong.
constexpr std::array<GuCodes, 25> kSeoulGu{{
    {"11110", "11010", "종로구"},   {"11140", "11020", "중구"},   {"11170", "11030", "용산구"},
    {"11200", "11040", "성동구"},   {"11215", "11050", "광진구"}, {"11230", "11060", "동대문구"},
    {"11260", "11070", "중랑구"},   {"11290", "11080", "성북구"}, {"11305", "11090", "강북구"},
    {"11320", "11100", "도봉구"},   {"11350", "11110", "노원구"}, {"11380", "11120", "은평구"},
    {"11410", "11130", "서대문구"}, {"11440", "11140", "마포구"}, {"11470", "11150", "양천구"},
    {"11500", "11160", "강서구"},   {"11530", "11170", "구로구"}, {"11545", "11180", "금천구"},
    {"11560", "11190", "영등포구"}, {"11590", "11200", "동작구"}, {"11620", "11210", "관악구"},
    {"11650", "11220", "서초구"},   {"11680", "11230", "강남구"}, {"11710", "11240", "송파구"},
    {"11740", "11250", "강동구"},
}};

std::string trimmed(std::string s) {
    s.erase(0, s.find_first_not_of(" \t"));
    s.erase(s.find_last_not_of(" \t\r") + 1);
    return s;
}

std::string uniqueName(const std::string& name, const std::vector<Field>& fields) {
    auto taken = [&](const std::string& n) {
        return std::any_of(fields.begin(), fields.end(),
                           [&](const Field& f) { return f.name == n; });
    };
    if (!taken(name))
        return name;
    for (int i = 2;; ++i)
        if (!taken(name + "_" + std::to_string(i)))
            return name + "_" + std::to_string(i);
}

// Table key (converted) -> first row index; repeated keys noted.
struct KeyIndex {
    std::map<std::string, std::size_t> rows;
    std::vector<std::string> duplicates;
};

KeyIndex indexTable(const VectorLayer& table, int keyColumn, CodeConversion conversion) {
    KeyIndex index;
    std::set<std::string> seen;
    for (std::size_t r = 0; r < table.attributes.size(); ++r) {
        const std::string code = codeText(table.attributes[r][keyColumn]);
        if (code.empty())
            continue;
        const auto key = convertCode(code, conversion);
        if (!key) // a code the conversion does not know matches nothing (reported unmatched)
            continue;
        if (!index.rows.emplace(*key, r).second && seen.insert(code).second)
            index.duplicates.push_back(code);
    }
    return index;
}

std::size_t countMatches(const KeyIndex& index, const std::vector<std::string>& boundaryKeys) {
    return static_cast<std::size_t>(
        std::count_if(boundaryKeys.begin(), boundaryKeys.end(),
                      [&](const std::string& k) { return index.rows.count(k) > 0; }));
}

bool namedAsCode(const std::string& name) {
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const bool cdSuffix = lower == "cd" || lower.ends_with("_cd");
    return lower.find("코드") != std::string::npos || lower.find("code") != std::string::npos ||
           cdSuffix;
}

} // namespace

int likelyCodeColumn(const VectorLayer& layer) {
    if (layer.fields.empty())
        return -1;
    const std::vector<std::string>* codes =
        layer.report.table ? &layer.report.table->codeColumns : nullptr;
    if (codes)
        for (const std::string& c : *codes)
            if (namedAsCode(c) && layer.fieldIndex(c) >= 0)
                return layer.fieldIndex(c);
    for (std::size_t i = 0; i < layer.fields.size(); ++i)
        if (namedAsCode(layer.fields[i].name))
            return static_cast<int>(i);
    if (codes && !codes->empty() && layer.fieldIndex(codes->front()) >= 0)
        return layer.fieldIndex(codes->front());
    return 0;
}

const char* codeConversionKey(CodeConversion c) {
    switch (c) {
    case CodeConversion::None:
        return "none";
    case CodeConversion::Auto:
        return "auto";
    case CodeConversion::KostatGuToMinistry:
        return "kostat-to-ministry";
    case CodeConversion::MinistryGuToKostat:
        return "ministry-to-kostat";
    case CodeConversion::LegalDong10To8:
        return "legal-dong-10-to-8";
    }
    return "none";
}

std::optional<CodeConversion> codeConversionFromKey(const std::string& key) {
    for (auto c : {CodeConversion::None, CodeConversion::Auto, CodeConversion::KostatGuToMinistry,
                   CodeConversion::MinistryGuToKostat, CodeConversion::LegalDong10To8})
        if (key == codeConversionKey(c))
            return c;
    return std::nullopt;
}

std::optional<std::string> convertCode(const std::string& code, CodeConversion conversion) {
    switch (conversion) {
    case CodeConversion::None:
    case CodeConversion::Auto:
        return code;
    case CodeConversion::KostatGuToMinistry:
        for (const GuCodes& g : kSeoulGu)
            if (g.kostat == code)
                return std::string(g.ministry);
        return std::nullopt;
    case CodeConversion::MinistryGuToKostat:
        for (const GuCodes& g : kSeoulGu)
            if (g.ministry == code)
                return std::string(g.kostat);
        return std::nullopt;
    case CodeConversion::LegalDong10To8:
        if (code.size() == 10 && code.compare(8, 2, "00") == 0)
            return code.substr(0, 8);
        return std::nullopt;
    }
    return std::nullopt;
}

std::string codeText(const AttributeValue& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&value)) {
        if (std::isfinite(*d) && std::floor(*d) == *d && std::abs(*d) < 1e15)
            return std::to_string(static_cast<long long>(*d));
        return toDisplayString(value);
    }
    if (const auto* s = std::get_if<std::string>(&value))
        return trimmed(*s);
    return {};
}

Result<CodeJoinResult> joinByCode(const VectorLayer& boundaries, const VectorLayer& table,
                                  const CodeJoinSpec& spec) {
    const int boundaryKey = boundaries.fieldIndex(spec.boundaryKey);
    const int tableKey = table.fieldIndex(spec.tableKey);
    auto columns = [](const VectorLayer& l) {
        std::string out;
        for (const Field& f : l.fields)
            out += (out.empty() ? "" : ", ") + f.name;
        return out;
    };
    if (boundaryKey < 0)
        return makeError(ErrorCode::ColumnNotFound,
                         {spec.boundaryKey, boundaries.sourcePath, columns(boundaries)});
    if (tableKey < 0)
        return makeError(ErrorCode::ColumnNotFound,
                         {spec.tableKey, table.sourcePath, columns(table)});

    std::vector<std::string> boundaryKeys;
    for (const AttributeRow& row : boundaries.attributes)
        boundaryKeys.push_back(codeText(row[boundaryKey]));

    CodeJoinResult result;
    result.conversionUsed = spec.conversion;
    KeyIndex index;
    if (spec.conversion == CodeConversion::Auto) {
        std::size_t best = 0;
        result.conversionUsed = CodeConversion::None;
        index = indexTable(table, tableKey, CodeConversion::None);
        best = countMatches(index, boundaryKeys);
        for (auto c : {CodeConversion::KostatGuToMinistry, CodeConversion::MinistryGuToKostat,
                       CodeConversion::LegalDong10To8}) {
            KeyIndex candidate = indexTable(table, tableKey, c);
            const std::size_t matches = countMatches(candidate, boundaryKeys);
            if (matches > best) {
                best = matches;
                index = std::move(candidate);
                result.conversionUsed = c;
            }
        }
    } else {
        index = indexTable(table, tableKey, spec.conversion);
    }
    result.duplicateTableKeys = index.duplicates;

    VectorLayer& out = result.layer;
    out.name = boundaries.name + "+" + table.name;
    out.sourcePath = boundaries.sourcePath;
    out.sourceLayer = boundaries.sourceLayer;
    out.driver = boundaries.driver;
    out.family = boundaries.family;
    out.crs = boundaries.crs;
    out.fields = boundaries.fields;
    out.fids = boundaries.fids;
    out.geometries = boundaries.geometries;
    out.report = boundaries.report;
    for (const Field& f : table.fields)
        out.fields.push_back({uniqueName(f.name, out.fields), f.type});

    std::set<std::string> matchedKeys;
    for (std::size_t b = 0; b < boundaries.attributes.size(); ++b) {
        AttributeRow row = boundaries.attributes[b];
        const auto found = index.rows.find(boundaryKeys[b]);
        if (found != index.rows.end()) {
            const AttributeRow& t = table.attributes[found->second];
            row.insert(row.end(), t.begin(), t.end());
            matchedKeys.insert(found->first);
            ++result.matchedBoundaries;
        } else {
            row.resize(out.fields.size());
            if (!boundaryKeys[b].empty())
                result.unmatchedBoundaryKeys.push_back(boundaryKeys[b]);
        }
        out.attributes.push_back(std::move(row));
    }
    for (const AttributeRow& row : table.attributes) {
        const std::string code = codeText(row[tableKey]);
        if (code.empty())
            continue;
        const auto key = convertCode(code, result.conversionUsed);
        if (!key || !matchedKeys.count(*key))
            result.unmatchedTableKeys.push_back(code);
    }
    return result;
}

} // namespace cw::data
