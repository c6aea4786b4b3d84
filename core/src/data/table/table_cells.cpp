// SPDX-License-Identifier: GPL-3.0-or-later
#include "table_cells.h"

#include <algorithm>
#include <cpl_string.h>
#include <filesystem>
#include <ogrsf_frmts.h>

namespace cw::data {
namespace fs = std::filesystem;

namespace {

std::string lowerExtension(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    return ext;
}

} // namespace

Result<TableCells> TableCells::open(const std::string& path, const std::string& sheet) {
    ensureGdalRegistered();
    const std::string ext = lowerExtension(path);
    CPLStringList options;
    std::string target = path;
    TableCells cells;
    if (ext == ".xlsx" || ext == ".ods") {
        options.SetNameValue("HEADERS", "DISABLE");
        options.SetNameValue("FIELD_TYPES", "STRING");
        cells.m_rawText = false;
    } else if (ext == ".xls") {
        cells.m_rawText = false; // FreeXL decodes; it has no option to leave the header alone
    } else {
        options.SetNameValue("HEADERS", "NO");
        options.SetNameValue("AUTODETECT_TYPE", "NO");
        // The prefix makes the CSV driver take .txt exports (and any extension) too.
        target = "CSV:" + path;
    }
    CPLErrorReset();
    GDALDataset* ds = GDALDataset::Open(target.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                        nullptr, options.List(), nullptr);
    if (!ds)
        return makeError(ErrorCode::CorruptFile, {path}, CPLGetLastErrorMsg());
    cells.m_dataset.reset(ds);
    if (ds->GetLayerCount() == 0)
        return makeError(ErrorCode::NoLayers, {path});
    cells.m_layer = sheet.empty() ? ds->GetLayer(0) : ds->GetLayerByName(sheet.c_str());
    if (!cells.m_layer)
        return makeError(ErrorCode::LayerNotFound, {sheet, path});
    cells.m_sheet = cells.m_layer->GetName();
    cells.m_columns = static_cast<std::size_t>(cells.m_layer->GetLayerDefn()->GetFieldCount());
    cells.m_layer->ResetReading();
    return cells;
}

std::vector<std::string> TableCells::sheetNames() const {
    std::vector<std::string> names;
    for (OGRLayer* layer : m_dataset->GetLayers())
        names.emplace_back(layer->GetName());
    return names;
}

std::string TableCells::driverName() const {
    return m_dataset->GetDriver() ? m_dataset->GetDriver()->GetDescription() : "";
}

std::int64_t TableCells::rowCountEstimate() const {
    return m_layer->GetFeatureCount(FALSE);
}

bool TableCells::next(std::vector<std::string_view>& cells) {
    m_feature.reset(m_layer->GetNextFeature());
    if (!m_feature)
        return false;
    ++m_row;
    cells.resize(m_columns);
    for (std::size_t i = 0; i < m_columns; ++i) {
        const int field = static_cast<int>(i);
        cells[i] = m_feature->IsFieldSetAndNotNull(field)
                       ? std::string_view(m_feature->GetFieldAsString(field))
                       : std::string_view();
    }
    return true;
}

void TableCells::rewind() {
    m_layer->ResetReading();
    m_row = 0;
    m_feature.reset();
}

} // namespace cw::data
