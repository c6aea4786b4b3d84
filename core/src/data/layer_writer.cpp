// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/data/layer_writer.h"

#include "cityweave/core/utf8_path.h"
#include "cityweave/data/source_access.h"
#include "gdal_dataset.h"
#include "source_content_check.h"

#include <filesystem>
#include <gdal_utils.h>

namespace cw::data {

Status copyLayerToGeoPackage(const std::string& sourcePath, const std::string& geoPackagePath,
                             const std::string& layerName, const std::string& targetCrs,
                             const std::string& sourceLayer) {
    ensureGdalRegistered();
    if (auto readable = checkSourceReadable(sourcePath); !readable)
        return readable.error();
    if (auto safe = checkSourceContent(sourcePath); !safe)
        return safe.error();
    GdalDatasetPtr source(GDALDataset::Open(sourcePath.c_str(), GDAL_OF_VECTOR));
    if (!source)
        return makeError(ErrorCode::FileNotReadable, {sourcePath}, CPLGetLastErrorMsg());
    CPLStringList args;
    args.AddString("-nln");
    args.AddString(layerName.c_str());
    args.AddString("-nlt");
    args.AddString("PROMOTE_TO_MULTI");
    if (!targetCrs.empty()) {
        args.AddString("-t_srs");
        args.AddString(targetCrs.c_str());
    }
    if (!sourceLayer.empty())
        args.AddString(sourceLayer.c_str()); // a positional argument: only this layer
    std::error_code ec;
    const bool exists = std::filesystem::exists(pathFromUtf8(geoPackagePath), ec);
    if (exists) {
        args.AddString("-update");
        args.AddString("-overwrite");
    } else {
        args.AddString("-f");
        args.AddString("GPKG");
    }
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(args.List(), nullptr);
    GDALDatasetH sources[] = {GDALDataset::ToHandle(source.get())};
    int usageError = 0;
    GDALDatasetH out =
        GDALVectorTranslate(geoPackagePath.c_str(), nullptr, 1, sources, options, &usageError);
    GDALVectorTranslateOptionsFree(options);
    if (!out)
        return makeError(ErrorCode::ProjectWriteFailed, {geoPackagePath}, CPLGetLastErrorMsg());
    GDALClose(out);
    return Ok{};
}

} // namespace cw::data
