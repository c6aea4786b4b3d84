// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/core/error.h"

namespace cw {

const char* errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::FileNotFound:
        return "file-not-found";
    case ErrorCode::FileNotReadable:
        return "file-not-readable";
    case ErrorCode::UnsupportedFormat:
        return "unsupported-format";
    case ErrorCode::CorruptFile:
        return "corrupt-file";
    case ErrorCode::LayerNotFound:
        return "layer-not-found";
    case ErrorCode::NoLayers:
        return "no-layers";
    case ErrorCode::UnknownCrs:
        return "unknown-crs";
    case ErrorCode::MissingCrs:
        return "missing-crs";
    case ErrorCode::TransformFailed:
        return "transform-failed";
    case ErrorCode::UnknownEncoding:
        return "unknown-encoding";
    case ErrorCode::ProjectNewerSchema:
        return "project-newer-schema";
    case ErrorCode::ProjectNotCityWeave:
        return "project-not-cityweave";
    case ErrorCode::ProjectWriteFailed:
        return "project-write-failed";
    case ErrorCode::OutputWriteFailed:
        return "output-write-failed";
    case ErrorCode::LayerSourceMissing:
        return "layer-source-missing";
    case ErrorCode::InvalidArgument:
        return "invalid-argument";
    case ErrorCode::Cancelled:
        return "cancelled";
    case ErrorCode::PluginBadMetadata:
        return "plugin-bad-metadata";
    case ErrorCode::NoGeometryColumns:
        return "no-geometry-columns";
    case ErrorCode::AmbiguousCrs:
        return "ambiguous-crs";
    case ErrorCode::ColumnNotFound:
        return "column-not-found";
    case ErrorCode::RemoteSourceRefused:
        return "remote-source-refused";
    case ErrorCode::NotARegularFile:
        return "not-a-regular-file";
    case ErrorCode::OutputIsInput:
        return "output-is-input";
    case ErrorCode::FileInUse:
        return "file-in-use";
    case ErrorCode::NotProjectedCrs:
        return "not-projected-crs";
    case ErrorCode::NothingToAnalyse:
        return "nothing-to-analyse";
    case ErrorCode::WrongGeometryType:
        return "wrong-geometry-type";
    case ErrorCode::ParameterRequires:
        return "parameter-requires";
    case ErrorCode::UnknownParameter:
        return "unknown-parameter";
    case ErrorCode::NoSuchLayerOrFile:
        return "no-such-layer-or-file";
    case ErrorCode::NotAResultsFile:
        return "not-a-results-file";
    case ErrorCode::NoSuchTable:
        return "no-such-table";
    case ErrorCode::ReadOnlySource:
        return "read-only-source";
    case ErrorCode::DatabaseUnavailable:
        return "database-unavailable";
    case ErrorCode::DatabaseNotAPlan:
        return "database-not-a-plan";
    case ErrorCode::PermissionDenied:
        return "permission-denied";
    case ErrorCode::NoResults:
        return "no-results";
    case ErrorCode::LimitExceeded:
        return "limit-exceeded";
    }
    return "unknown";
}

} // namespace cw
