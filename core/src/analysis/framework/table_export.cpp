// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/analysis/table_export.h"

#include "cityweave/core/durable_file.h"
#include "cityweave/core/utf8_path.h"
#include "data/gdal_dataset.h"

#include <filesystem>
#include <ogrsf_frmts.h>

namespace cw::analysis {
namespace fs = std::filesystem;
namespace {

OGRFieldType ogrType(data::FieldType t) {
    switch (t) {
    case data::FieldType::Integer:
        return OFTInteger64;
    case data::FieldType::Real:
        return OFTReal;
    default:
        return OFTString;
    }
}

Status fillLayer(OGRLayer& layer, const ResultTable& table, const std::string& path,
                 const CancelToken& cancel) {
    for (const auto& c : table.columns) {
        OGRFieldDefn field(c.name.c_str(), ogrType(c.type));
        if (layer.CreateField(&field) != OGRERR_NONE)
            return makeError(ErrorCode::OutputWriteFailed, {path}, CPLGetLastErrorMsg());
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        if ((r & 1023) == 0 && cancel.isCancelled())
            return makeError(ErrorCode::Cancelled);
        OGRFeature feature(layer.GetLayerDefn());
        const auto& row = table.rows[r];
        for (std::size_t i = 0; i < row.size() && i < table.columns.size(); ++i) {
            const int idx = int(i);
            if (const auto* v = std::get_if<std::int64_t>(&row[i]))
                feature.SetField(idx, static_cast<GIntBig>(*v));
            else if (const auto* d = std::get_if<double>(&row[i]))
                feature.SetField(idx, *d);
            else if (const auto* s = std::get_if<std::string>(&row[i]))
                feature.SetField(idx, s->c_str());
            else
                feature.SetFieldNull(idx);
        }
        if (layer.CreateFeature(&feature) != OGRERR_NONE)
            return makeError(ErrorCode::OutputWriteFailed, {path}, CPLGetLastErrorMsg());
    }
    return Ok{};
}

// The complete file for `path`: created with `driverName` as a temporary beside it, filled by
// `write` and closed (removed on any failure).
template <typename Write>
Result<std::string> writeTemporary(const char* driverName, const std::string& path, Write write) {
    data::ensureGdalRegistered();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver)
        return makeError(ErrorCode::OutputWriteFailed, {path},
                         std::string("GDAL has no ") + driverName + " driver");
    removeOrphanTemporaries(path);
    const std::string temp = temporaryBeside(path);
    std::error_code ec;
    Status status = Ok{};
    {
        data::GdalDatasetPtr ds(driver->Create(temp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds)
            return makeError(ErrorCode::OutputWriteFailed, {path}, CPLGetLastErrorMsg());
        status = write(*ds);
        CPLErrorReset(); // what closing reports is checked below
    }
    // Buffered rows (and the whole XLSX zip) are written when the dataset closes: a full disk
    // shows only as an error raised there, or as a missing file.
    if (status && (CPLGetLastErrorType() >= CE_Failure || !fs::exists(pathFromUtf8(temp), ec)))
        status = makeError(ErrorCode::OutputWriteFailed, {path}, CPLGetLastErrorMsg());
    if (!status) {
        fs::remove(pathFromUtf8(temp), ec);
        return status.error();
    }
    return temp;
}

// The same, then renamed over `path`.
template <typename Write>
Status writeViaTemp(const char* driverName, const std::string& path, Write write) {
    auto temp = writeTemporary(driverName, path, write);
    if (!temp)
        return temp.error();
    return replaceWithTemporary(*temp, path);
}

auto csvWriter(const ResultTable& table, const std::string& path, bool withBom,
               const CancelToken& cancel) {
    return [&table, path, withBom, cancel](GDALDataset& ds) -> Status {
        const char* options[] = {withBom ? "WRITE_BOM=YES" : "WRITE_BOM=NO", nullptr};
        OGRLayer* layer = ds.CreateLayer(pathToUtf8(pathFromUtf8(path).stem()).c_str(), nullptr,
                                         wkbNone, const_cast<char**>(options));
        if (!layer)
            return makeError(ErrorCode::OutputWriteFailed, {path}, CPLGetLastErrorMsg());
        return fillLayer(*layer, table, path, cancel);
    };
}

} // namespace

std::vector<const ResultTable*> allTables(const std::vector<AnalysisResult>& results) {
    std::vector<const ResultTable*> out;
    for (const AnalysisResult& r : results)
        for (const ResultTable& t : r.tables)
            out.push_back(&t);
    return out;
}

Status writeTablesXlsx(const std::vector<const ResultTable*>& tables, const std::string& path,
                       const CancelToken& cancel) {
    return writeViaTemp("XLSX", path, [&](GDALDataset& ds) -> Status {
        for (const ResultTable* table : tables) {
            // Sheet names are at most 31 characters in Excel.
            const std::string sheet = table->key.substr(0, 31);
            OGRLayer* layer = ds.CreateLayer(sheet.c_str(), nullptr, wkbNone, nullptr);
            if (!layer)
                return makeError(ErrorCode::OutputWriteFailed, {path}, CPLGetLastErrorMsg());
            if (auto s = fillLayer(*layer, *table, path, cancel); !s)
                return s;
        }
        return Ok{};
    });
}

Status writeTableCsv(const ResultTable& table, const std::string& path, bool withBom,
                     const CancelToken& cancel) {
    return writeViaTemp("CSV", path, csvWriter(table, path, withBom, cancel));
}

Result<std::vector<std::string>> writeTablesCsv(const std::vector<const ResultTable*>& tables,
                                                const std::string& path, bool withBom,
                                                const CancelToken& cancel) {
    if (tables.size() == 1) {
        if (auto s = writeTableCsv(*tables.front(), path, withBom, cancel); !s)
            return s.error();
        return std::vector<std::string>{path};
    }
    const fs::path base = pathFromUtf8(path);
    std::vector<std::string> targets, temps;
    auto discard = [&] {
        std::error_code ec;
        for (const std::string& t : temps)
            fs::remove(pathFromUtf8(t), ec);
    };
    for (const ResultTable* table : tables) {
        const std::string target = pathToUtf8(
            base.parent_path() / pathFromUtf8(pathToUtf8(base.stem()) + "_" + table->key + ".csv"));
        auto temp = writeTemporary("CSV", target, csvWriter(*table, target, withBom, cancel));
        if (!temp) {
            discard();
            return temp.error();
        }
        targets.push_back(target);
        temps.push_back(*temp);
    }
    // Every file is complete: only now does any replace its target.
    for (std::size_t i = 0; i < temps.size(); ++i)
        if (auto s = replaceWithTemporary(temps[i], targets[i]); !s) {
            temps.erase(temps.begin(), temps.begin() + static_cast<std::ptrdiff_t>(i + 1));
            discard();
            return s.error();
        }
    return targets;
}

} // namespace cw::analysis
