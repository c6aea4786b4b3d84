// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/project/qgis_layer_style.h"

#include "cityweave/core/utf8_path.h"
#include "cityweave/style/qgis_style.h"
#include "project/sqlite_db.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace cw::project {

std::optional<style::LayerStyle> qgisStyleInGeoPackage(const std::string& path,
                                                       const std::string& layer) {
    const std::filesystem::path file = pathFromUtf8(path);
    std::string ext = pathToUtf8(file.extension());
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    std::error_code ec;
    if (ext != ".gpkg" || !std::filesystem::is_regular_file(file, ec)) // never a FIFO or device
        return std::nullopt;
    SqliteDb db(path, false);
    if (!db.isOpen() || !db.tableExists("layer_styles"))
        return std::nullopt;
    auto query = db.prepare("SELECT styleQML FROM layer_styles WHERE f_table_name = ? "
                            "ORDER BY useAsDefault DESC, update_time DESC LIMIT 1");
    if (!query.isValid() || !query.bind(1, layer).step())
        return std::nullopt;
    return style::fromQgisQml(query.text(0));
}

} // namespace cw::project
