// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/analysis/result_styles.h"

#include "cityweave/analysis/column_catalogue.h"
#include "cityweave/style/qgis_style.h"
#include "project/qgis_style_table.h"
#include "project/sqlite_db.h"

namespace cw::analysis {
namespace {

style::LayerStyle solid(style::Rgba colour, std::uint8_t fillAlpha) {
    style::LayerStyle s;
    s.stroke = colour;
    s.fill = colour;
    s.fill.a = fillAlpha;
    return s;
}

// The result style as a layer style: the classes of a text column are a categorized style.
style::LayerStyle asLayerStyle(const ResultLayerStyle& st) {
    style::LayerStyle out = st.base;
    if (st.classifyColumn.empty())
        return out;
    out.kind = style::StyleKind::Categorized;
    out.classifyField = st.classifyColumn;
    for (const auto& [value, s] : st.classes) {
        style::StyleClass cls;
        cls.value = value;
        cls.fill = s.fill;
        cls.stroke = s.stroke;
        out.classes.push_back(std::move(cls));
    }
    return out;
}

} // namespace

ResultLayerStyle defaultResultStyle(const ResultLayer& layer) {
    ResultLayerStyle st;
    st.layerKey = layer.key;
    st.family = layer.family;
    bool hasLabel = false;
    for (const auto& c : layer.columns)
        hasLabel = hasLabel || c.name == "label";
    if (layer.key == "integration_zones" || hasLabel) {
        st.base = solid({140, 140, 140, 255}, 60);
        st.classifyColumn = "label";
        st.classes = {{"synergy", solid({26, 152, 80, 255}, 60)},
                      {"duplication", solid({215, 48, 39, 255}, 60)},
                      {"neutral", solid({140, 140, 140, 255}, 60)}};
    } else if (layer.key.starts_with("rollup")) {
        st.base = solid({49, 130, 189, 255}, 90);
    } else {
        st.base = solid({244, 109, 67, 255}, 170);
    }
    // Columns under their Korean titles in QGIS's attribute table ("면적 (㎡)").
    for (const data::Field& c : layer.columns)
        if (const std::string title = describeColumn(c.name, c.type).title.in("ko");
            !title.empty() && title != c.name)
            st.aliases.push_back({c.name, title});
    return st;
}

Status writeLayerStyles(const std::string& gpkgPath, const std::vector<ResultLayerStyle>& styles) {
    project::SqliteDb db(gpkgPath, true);
    if (!db.isOpen() || !db.exec("BEGIN"))
        return makeError(ErrorCode::OutputWriteFailed, {gpkgPath}, db.lastError());
    std::vector<project::QgisStyleRow> rows;
    for (const ResultLayerStyle& st : styles) {
        const style::LayerStyle drawn = asLayerStyle(st);
        rows.push_back({st.layerKey, "geom", st.layerKey,
                        style::toQgisQml(drawn, st.family, st.aliases),
                        style::toSld(drawn, st.family, st.layerKey)});
    }
    if (!project::writeQgisStyles(db, rows) || !db.exec("COMMIT"))
        return makeError(ErrorCode::OutputWriteFailed, {gpkgPath}, db.lastError());
    return Ok{};
}

} // namespace cw::analysis
