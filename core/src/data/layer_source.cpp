// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/data/layer_source.h"

#include "cityweave/data/table_detection.h"

#include <charconv>

namespace cw::data {

ReadOptions LayerSource::readOptions() const {
    ReadOptions options;
    options.layerName = layer;
    options.encodingOverride = encoding;
    options.crsOverride = crs;
    options.table = table;
    return options;
}

Status applyLayerSourceOption(LayerSource& s, const std::string& key, const std::string& value) {
    auto bad = [&] { return makeError(ErrorCode::InvalidArgument, {key, value}); };
    if (key == "layer" || key == "sheet") {
        s.layer = value;
    } else if (key == "encoding") {
        s.encoding = value;
    } else if (key == "crs") {
        s.crs = value;
    } else if (key == "header-row") {
        int row = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), row);
        if (ec != std::errc{} || end != value.data() + value.size() || row < -1)
            return bad();
        s.table.headerRow = row;
    } else if (key == "geometry") {
        bool known = false;
        for (auto g : {GeometryColumns::Auto, GeometryColumns::None, GeometryColumns::XY,
                       GeometryColumns::Wkt})
            if (value == geometryColumnsKey(g)) {
                s.table.geometry = g;
                known = true;
            }
        if (!known)
            return bad();
    } else if (key == "x") {
        s.table.xColumn = value;
    } else if (key == "y") {
        s.table.yColumn = value;
    } else if (key == "wkt") {
        s.table.wktColumn = value;
    } else if (key == "text") {
        if (!value.empty()) // no column has an empty name (and the text form could not keep it)
            s.table.textColumns.push_back(value);
    } else if (key == "bad-rows") {
        if (value != "keep" && value != "drop")
            return bad();
        s.table.badRows = value == "drop" ? BadRowPolicy::Drop : BadRowPolicy::Keep;
    } else {
        return makeError(ErrorCode::InvalidArgument, {"source option", key});
    }
    return Ok{};
}

std::string layerSourceToText(const LayerSource& s) {
    std::string text = s.path;
    auto add = [&](const char* key, const std::string& value) {
        if (!value.empty())
            text.append("|").append(key).append("=").append(value);
    };
    add("layer", s.layer);
    add("encoding", s.encoding);
    add("crs", s.crs);
    if (s.table.headerRow != 0)
        add("header-row", std::to_string(s.table.headerRow));
    if (s.table.geometry != GeometryColumns::Auto)
        add("geometry", geometryColumnsKey(s.table.geometry));
    add("x", s.table.xColumn);
    add("y", s.table.yColumn);
    add("wkt", s.table.wktColumn);
    for (const std::string& c : s.table.textColumns)
        add("text", c);
    if (s.table.badRows != BadRowPolicy::Keep)
        add("bad-rows", badRowPolicyKey(s.table.badRows));
    return text;
}

Result<LayerSource> layerSourceFromText(const std::string& text) {
    LayerSource s;
    std::size_t at = text.find('|');
    s.path = text.substr(0, at);
    while (at != std::string::npos) {
        const std::size_t next = text.find('|', at + 1);
        const std::string item =
            text.substr(at + 1, next == std::string::npos ? next : next - at - 1);
        at = next;
        if (item.empty())
            continue;
        const auto eq = item.find('=');
        if (eq == std::string::npos)
            return makeError(ErrorCode::InvalidArgument, {"source option", item});
        if (auto status = applyLayerSourceOption(s, item.substr(0, eq), item.substr(eq + 1));
            !status)
            return status.error();
    }
    return s;
}

LayerSource withDetectedChoices(LayerSource source, const TableDetection& d) {
    if (source.encoding.empty() && d.encodingReason != "driver" && d.encodingReason != "default")
        source.encoding = d.encoding;
    if (source.crs.empty())
        source.crs = d.crs;
    const TableOptions detected = d.asOptions();
    if (source.table.headerRow == 0 && detected.headerRow != 1)
        source.table.headerRow = detected.headerRow;
    if (source.table.geometry == GeometryColumns::Auto) {
        source.table.geometry = detected.geometry;
        source.table.xColumn = detected.xColumn;
        source.table.yColumn = detected.yColumn;
        source.table.wktColumn = detected.wktColumn;
    }
    return source;
}

} // namespace cw::data
