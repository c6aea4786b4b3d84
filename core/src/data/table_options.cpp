// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/data/table_options.h"

#include "cityweave/data/bad_rows.h"
#include "cityweave/data/table_detection.h"
#include "file_extension.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

namespace cw::data {

bool isTableSource(const std::string& path) {
    const std::string ext = lowerExtension(path);
    return ext == ".csv" || ext == ".tsv" || ext == ".txt" || ext == ".xlsx" || ext == ".xls" ||
           ext == ".ods";
}

const char* geometryColumnsKey(GeometryColumns g) {
    switch (g) {
    case GeometryColumns::None:
        return "none";
    case GeometryColumns::XY:
        return "xy";
    case GeometryColumns::Wkt:
        return "wkt";
    case GeometryColumns::Auto:
        break;
    }
    return "auto";
}

const char* badRowPolicyKey(BadRowPolicy p) {
    return p == BadRowPolicy::Drop ? "drop" : "keep";
}

const char* badRowReasonKey(BadRowReason reason) {
    switch (reason) {
    case BadRowReason::Empty:
        return "empty";
    case BadRowReason::Zero:
        return "zero";
    case BadRowReason::SameXY:
        return "same-xy";
    case BadRowReason::Swapped:
        return "swapped";
    case BadRowReason::DegreesInTm:
        return "degrees-in-tm";
    case BadRowReason::OutsideKorea:
        return "outside-korea";
    case BadRowReason::InvalidText:
        return "invalid-geometry-text";
    }
    return "unknown";
}

std::string tableOptionsToJson(const TableOptions& o) {
    if (o.isDefault())
        return {};
    nlohmann::json j = nlohmann::json::object();
    if (o.headerRow != 0)
        j["header_row"] = o.headerRow;
    if (o.geometry != GeometryColumns::Auto)
        j["geometry"] = geometryColumnsKey(o.geometry);
    if (!o.xColumn.empty())
        j["x"] = o.xColumn;
    if (!o.yColumn.empty())
        j["y"] = o.yColumn;
    if (!o.wktColumn.empty())
        j["wkt"] = o.wktColumn;
    if (!o.textColumns.empty())
        j["text_columns"] = o.textColumns;
    if (o.badRows != BadRowPolicy::Keep)
        j["bad_rows"] = badRowPolicyKey(o.badRows);
    return j.dump();
}

Result<TableOptions> tableOptionsFromJson(const std::string& text) {
    TableOptions o;
    if (text.empty())
        return o;
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return makeError(ErrorCode::InvalidArgument, {"table options", text});
    auto str = [&](const char* key) {
        const auto it = j.find(key);
        return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    if (auto it = j.find("header_row"); it != j.end() && it->is_number_integer())
        o.headerRow = std::max(-1, it->get<int>());
    const std::string geometry = str("geometry");
    for (auto g :
         {GeometryColumns::Auto, GeometryColumns::None, GeometryColumns::XY, GeometryColumns::Wkt})
        if (geometry == geometryColumnsKey(g))
            o.geometry = g;
    o.xColumn = str("x");
    o.yColumn = str("y");
    o.wktColumn = str("wkt");
    if (auto it = j.find("text_columns"); it != j.end() && it->is_array())
        for (const auto& c : *it)
            if (c.is_string())
                o.textColumns.push_back(c.get<std::string>());
    o.badRows = str("bad_rows") == "drop" ? BadRowPolicy::Drop : BadRowPolicy::Keep;
    return o;
}

TableOptions TableDetection::asOptions() const {
    TableOptions o;
    o.headerRow = headerRow > 0 ? headerRow : -1;
    o.geometry = geometry;
    if (geometry == GeometryColumns::XY) {
        o.xColumn = xColumn;
        o.yColumn = yColumn;
    } else if (geometry == GeometryColumns::Wkt) {
        o.wktColumn = wktColumn;
    }
    return o;
}

} // namespace cw::data
