// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the build tree's cityweave-cli as a user would, with its plugin state and user plugin
// folder in a private temporary folder, and reads GeoPackages with plain OGR (not CityWeave).
#pragma once

#include "test_support.h"

#include <cstdlib>
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <map>
#include <ogrsf_frmts.h>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace cw::test {

struct CliRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

/// Runs `cityweave-cli --lang en <args>`; plugins come from the build tree's plugin folder and
/// from `userFolder` (default: an empty folder) as the user's plugin folder.
inline CliRun runCli(const TempDir& tmp, const std::string& args,
                     const std::string& userFolder = {}) {
    const std::string outFile = tmp.file("cli.out"), errFile = tmp.file("cli.err");
    const std::string user = userFolder.empty() ? tmp.file("user-plugins") : userFolder;
    const std::string command = "env QT_QPA_PLATFORM=offscreen CITYWEAVE_STATE_DIR='" +
                                tmp.file("state") + "' CITYWEAVE_USER_PLUGIN_DIR='" + user +
                                "' '" CW_CLI "' --lang en " + args + " >'" + outFile + "' 2>'" +
                                errFile + "'";
    const int status = std::system(command.c_str());
    CliRun run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = readBytes(outFile);
    run.err = readBytes(errFile);
    return run;
}

struct GdalDatasetCloser {
    void operator()(GDALDataset* ds) const { GDALClose(ds); }
};
using Dataset = std::unique_ptr<GDALDataset, GdalDatasetCloser>;

inline Dataset openVector(const std::string& path) {
    GDALAllRegister();
    return Dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
}

/// Every row of `table` as column name → value text (OGR's own formatting of numbers).
inline std::vector<std::map<std::string, std::string>> readRows(GDALDataset& ds,
                                                                const std::string& table) {
    std::vector<std::map<std::string, std::string>> rows;
    OGRLayer* layer = ds.GetLayerByName(table.c_str());
    if (!layer)
        return rows;
    layer->ResetReading();
    while (OGRFeature* f = layer->GetNextFeature()) {
        std::map<std::string, std::string> row;
        for (int i = 0; i < f->GetFieldCount(); ++i)
            row[f->GetFieldDefnRef(i)->GetNameRef()] = f->GetFieldAsString(i);
        rows.push_back(std::move(row));
        OGRFeature::DestroyFeature(f);
    }
    return rows;
}

inline double num(const std::map<std::string, std::string>& row, const std::string& key) {
    const auto it = row.find(key);
    return it == row.end() ? -1e300 : std::atof(it->second.c_str());
}

} // namespace cw::test
