// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/error_text.h"

namespace cw::app {

QString ErrorText::nothingToAnalyse(const std::string& what) {
    if (what == "point_assets")
        return tr("The projects have no point assets of a known type (sensors, CCTV, chargers, "
                  "parking sensors, roadside units) to measure coverage from.");
    if (what == "zones")
        return tr("There are no zones to measure.");
    if (what == "geometry")
        return tr("The projects have no features to lay a grid over.");
    if (what == "units")
        return tr("There are no candidate areas to rank.");
    if (what == "weights")
        return tr("Every criterion has weight 0 or no data: give at least one criterion a weight.");
    return tr("There is nothing to analyse.");
}

QString ErrorText::geometryFamilyText(const QString& family) {
    if (family == QStringLiteral("polygon"))
        return tr("polygons");
    if (family == QStringLiteral("line"))
        return tr("lines");
    return tr("points");
}

QString ErrorText::describe(const Error& error) {
    auto arg = [&](std::size_t i) {
        return i < error.args.size() ? QString::fromStdString(error.args[i]) : QString();
    };
    QString text;
    switch (error.code) {
    case ErrorCode::FileNotFound:
        text = tr("The file %1 does not exist.").arg(arg(0));
        break;
    case ErrorCode::FileNotReadable:
        text = tr("The file %1 cannot be read (check its permissions).").arg(arg(0));
        break;
    case ErrorCode::UnsupportedFormat:
        text = tr("%1 is not in a vector format CityWeave can read.").arg(arg(0));
        break;
    case ErrorCode::CorruptFile:
        text = tr("The file %1 is damaged or truncated.").arg(arg(0));
        break;
    case ErrorCode::LayerNotFound:
        text = tr("There is no layer \"%1\" in %2.").arg(arg(0), arg(1));
        break;
    case ErrorCode::NoLayers:
        text = tr("%1 contains no vector layers.").arg(arg(0));
        break;
    case ErrorCode::UnknownCrs:
        text = tr("The coordinate reference system \"%1\" is unknown.").arg(arg(0));
        break;
    case ErrorCode::MissingCrs:
        text = tr("%1 does not say which coordinate reference system it uses. Choose one.")
                   .arg(arg(0));
        break;
    case ErrorCode::TransformFailed:
        text = tr("Coordinates cannot be transformed from %1 to %2.").arg(arg(0), arg(1));
        break;
    case ErrorCode::UnknownEncoding:
        text = tr("The text encoding \"%1\" is unknown.").arg(arg(0));
        break;
    case ErrorCode::ProjectNewerSchema:
        text = tr("%1 was saved by a newer CityWeave (project format %2; this version reads up to "
                  "%3). Update CityWeave to open it.")
                   .arg(arg(0), arg(1), arg(2));
        break;
    case ErrorCode::ProjectNotCityWeave:
        text = tr("%1 is not a CityWeave project file.").arg(arg(0));
        break;
    case ErrorCode::ProjectWriteFailed:
        text =
            tr("The project could not be saved to %1. The previous file is unchanged.").arg(arg(0));
        break;
    case ErrorCode::OutputWriteFailed:
        text = tr("The file %1 could not be written.").arg(arg(0));
        break;
    case ErrorCode::LayerSourceMissing:
        text =
            tr("The data of layer \"%1\" is missing: %2 was moved or deleted.").arg(arg(0), arg(1));
        break;
    case ErrorCode::InvalidArgument:
        text = tr("Invalid value for %1: %2").arg(arg(0), arg(1));
        break;
    case ErrorCode::Cancelled:
        text = tr("Cancelled.");
        break;
    case ErrorCode::PluginBadMetadata:
        text = tr("The plugin description %1 is not valid: %2").arg(arg(0), arg(1));
        break;
    case ErrorCode::NoGeometryColumns:
        text = tr("No coordinate columns were found in %1. Its columns are: %2. Choose the X and "
                  "Y columns (on the command line: --x COLUMN --y COLUMN, or --wkt COLUMN for "
                  "one column of WKT), or read it as a table without positions (--geometry "
                  "none) to join it to boundaries by code.")
                   .arg(arg(0), arg(1));
        break;
    case ErrorCode::AmbiguousCrs:
        text = arg(1).isEmpty()
                   ? tr("The coordinates in %1 do not fall in Korea in any Korean coordinate "
                        "system CityWeave knows. Choose their coordinate system (on the command "
                        "line: --crs EPSG:CODE).")
                         .arg(arg(0))
                   : tr("The coordinates in %1 fit several Korean coordinate systems: %2. Choose "
                        "the one the data uses (on the command line: --crs EPSG:CODE).")
                         .arg(arg(0), arg(1));
        break;
    case ErrorCode::ColumnNotFound:
        text =
            tr("There is no column \"%1\" in %2. Its columns are: %3.").arg(arg(0), arg(1), arg(2));
        break;
    case ErrorCode::RemoteSourceRefused:
        text = tr("%1 is not a local file. CityWeave opens web addresses, GDAL virtual paths and "
                  "database connections only when they are allowed: set the environment variable "
                  "CITYWEAVE_ALLOW_REMOTE_SOURCES=1 if you trust this source.")
                   .arg(arg(0));
        break;
    case ErrorCode::NotARegularFile:
        text = tr("%1 is not a regular file (it is a pipe, a device or a socket), so CityWeave "
                  "does not read it.")
                   .arg(arg(0));
        break;
    case ErrorCode::FileInUse:
        text = tr("%1 is in use: another program (or another CityWeave) is writing to it. Close "
                  "it there or wait, then try again.")
                   .arg(arg(0));
        break;
    case ErrorCode::LimitExceeded:
        text = tr("The input asks for %2 %1, more than the limit of %3, so the work was stopped. "
                  "Real data stays far below it: check the file. To raise the limit, set %4.")
                   .arg(arg(0), arg(1), arg(2), arg(3));
        break;
    case ErrorCode::NotProjectedCrs:
        text = tr("%2 (given as %1) is a geographic CRS, measured in degrees. Analyses measure "
                  "areas and distances in metres: choose a projected CRS such as EPSG:5186.")
                   .arg(arg(0), arg(1));
        break;
    case ErrorCode::NothingToAnalyse:
        text = nothingToAnalyse(error.args.empty() ? std::string() : error.args[0]);
        break;
    case ErrorCode::WrongGeometryType:
        text = tr("The layer %1 must hold %2.").arg(arg(0), geometryFamilyText(arg(1)));
        break;
    case ErrorCode::ParameterRequires:
        text = tr("%1=%2 needs the parameter %3 as well.").arg(arg(0), arg(1), arg(2));
        break;
    case ErrorCode::UnknownParameter:
        text = tr("There is no parameter \"%1\".").arg(arg(0));
        break;
    case ErrorCode::NoSuchLayerOrFile:
        text = tr("%2 (for %1) is neither the id of a layer in the project nor a file.")
                   .arg(arg(0), arg(1));
        break;
    case ErrorCode::NotAResultsFile:
        text = tr("%1 is not a CityWeave results file (it has no table of analysis runs).")
                   .arg(arg(0));
        break;
    case ErrorCode::NoSuchTable:
        text = tr("The results have no table \"%1\". They have: %2.").arg(arg(0), arg(1));
        break;
    case ErrorCode::ReadOnlySource: {
        const std::string why = error.args.size() > 1 ? error.args[1] : std::string();
        text = why == "format"
                   ? tr("%1 cannot be edited in place: CityWeave writes edits back to GeoPackage, "
                        "GeoJSON and Shapefile layers. Save a copy as a GeoPackage to edit it.")
               : why == "remote"
                   ? tr("%1 is a web or database source: its features cannot be edited here.")
               : why == "permission"
                   ? tr("%1 cannot be written (no permission to change the file).")
                   : tr("%1 could not be opened for editing.");
        text = text.arg(arg(0));
        break;
    }
    case ErrorCode::NoResults:
        text = tr("There are no analysis results to export: run the analyses first (in the CLI, "
                  "give --results FILE or --run-analyses).");
        break;
    case ErrorCode::DatabaseUnavailable:
        text = tr("Could not connect to the database %1: %2").arg(arg(0), arg(1));
        break;
    case ErrorCode::DatabaseNotAPlan: {
        const std::string why = error.args.size() > 1 ? error.args[1] : std::string();
        text = why == "no-postgis"
                   ? tr("The database of %1 has no PostGIS extension. Ask its administrator to "
                        "run CREATE EXTENSION postgis.")
               : why == "exists"
                   ? tr("%1 already holds a plan. Choose another schema, or publish with "
                        "--replace.")
                   : tr("%1 holds no CityWeave plan (the schema is missing or empty).");
        text = text.arg(arg(0));
        break;
    }
    case ErrorCode::PermissionDenied:
        text = arg(1).isEmpty()
                   ? tr("You may not change %1: your database role may only read this plan.")
                         .arg(arg(0))
                   : tr("You may not change %1: it belongs to %2, and you are not a member of "
                        "that role.")
                         .arg(arg(0), arg(1));
        break;
    case ErrorCode::OutputIsInput:
        text = tr("The output %1 is the input %2: writing it would destroy the input. Choose "
                  "another output file.")
                   .arg(arg(0), arg(1));
        break;
    }
    if (!error.detail.empty())
        text += QStringLiteral(" (") + QString::fromStdString(error.detail) + QStringLiteral(")");
    return text;
}

} // namespace cw::app
