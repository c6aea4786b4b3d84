// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace cw {

/// What went wrong, as a code; the application turns it into translated text.
enum class ErrorCode {
    FileNotFound,
    FileNotReadable,
    UnsupportedFormat,
    CorruptFile,
    LayerNotFound,
    NoLayers,
    UnknownCrs,
    MissingCrs,
    TransformFailed,
    UnknownEncoding,
    ProjectNewerSchema,
    ProjectNotCityWeave,
    ProjectWriteFailed,
    OutputWriteFailed,
    LayerSourceMissing,
    InvalidArgument,
    Cancelled,
    PluginBadMetadata,   ///< args: metadata file, reason (English, from the parser)
    NoGeometryColumns,   ///< args: table file, its columns joined by ", "
    AmbiguousCrs,        ///< args: table file, the candidate CRSs joined by ", "
    ColumnNotFound,      ///< args: column, table file, its columns joined by ", "
    RemoteSourceRefused, ///< args: the source (a URL, a GDAL virtual path, a connection string)
    NotARegularFile,     ///< args: path (a pipe, a device, a socket)
    OutputIsInput,       ///< args: the output path, the input it would overwrite
    FileInUse,           ///< args: path (another program holds a lock on it)
    LimitExceeded,       ///< args: what was counted, the count, the limit, the variable raising it
    // Domain errors of analyses and their front ends: each has a translated sentence of its own,
    // so that no English detail has to explain a generic "invalid value".
    NotProjectedCrs,   ///< args: where the CRS was given (an option or "crs"), the CRS
    NothingToAnalyse,  ///< args: a key: point_assets, zones, geometry, units or weights
    WrongGeometryType, ///< args: the layer (a name, id or path), what it must hold:
                       ///< polygon|line|point
    ParameterRequires, ///< args: the parameter, its value, the parameter it needs
    UnknownParameter,  ///< args: the parameter's key
    NoSuchLayerOrFile, ///< args: the parameter, the reference (neither a layer id nor a file)
    NotAResultsFile,   ///< args: path
    NoSuchTable,       ///< args: the table asked for, the tables there are joined by ", "
    NoResults,         ///< no args: nothing has been computed or loaded to export
    ReadOnlySource,    ///< args: the source, why: format|remote|permission|open
    // Plans kept in PostgreSQL.
    DatabaseUnavailable, ///< args: the database URL (no password), the server's message
    DatabaseNotAPlan,    ///< args: the database URL, why: no-postgis|no-plan|exists
    PermissionDenied,    ///< args: the object refused, the role owning it (empty: read-only)
};

/// A failure: a code plus the arguments its message needs (paths, names, numbers as text).
struct Error {
    ErrorCode code;
    std::vector<std::string> args;
    /// Untranslated technical detail (e.g. GDAL's message) shown after the translated text.
    std::string detail;
};

/// Stable English identifier of an error code, for logs and JSON output.
const char* errorCodeName(ErrorCode code);

/// A value or an Error; a small stand-in for std::expected, which C++20 lacks.
template <typename T> class Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// Result of an operation that yields nothing but may fail.
struct Ok {};
using Status = Result<Ok>;

inline Error makeError(ErrorCode code, std::vector<std::string> args = {},
                       std::string detail = {}) {
    return Error{code, std::move(args), std::move(detail)};
}

} // namespace cw
