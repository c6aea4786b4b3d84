// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private: the typed readers behind readPluginMetadata. Each throws MetadataError naming the
// JSON path of the offending value ("layer_sources[0].layers[2].sector"), which becomes the
// reason of a PluginBadMetadata error.

#include "cityweave/plugin/plugin_metadata.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

namespace cw::plugin::detail {

struct MetadataError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// A JSON value with the path it was reached by, so that every complaint says where.
class JsonField {
public:
    JsonField(const nlohmann::json& value, std::string path)
        : m_value(value), m_path(std::move(path)) {}

    const nlohmann::json& value() const { return m_value; }
    const std::string& path() const { return m_path; }
    bool has(const char* key) const { return m_value.contains(key); }
    JsonField at(const char* key) const; ///< required member
    JsonField at(std::size_t index) const;
    std::size_t arraySize() const; ///< throws unless an array

    std::string text() const;         ///< a string, possibly empty
    std::string nonEmptyText() const; ///< a string with at least one non-space character
    std::string optionalText(const char* key) const;
    double number() const;
    int integer() const;
    project::LocalizedText localized() const; ///< {"ko": ..., "en": ...}, both non-empty
    [[noreturn]] void fail(const std::string& reason) const;

private:
    const nlohmann::json& m_value;
    std::string m_path;
};

/// "magok-energy", "magok_solar": lower-case letters, digits, '-' and '_' (ids may name tables).
bool isValidId(const std::string& id, bool allowUnderscore);
/// "1.0.0": one to four dot-separated non-negative integers.
bool isValidVersion(const std::string& version);
/// "1.0" / "1.99" → 1000 / 1099; -1 when malformed.
int parseSdkVersion(const std::string& text);

sdk::LayerSource readLayerSource(const JsonField& field);
sdk::StyleContribution readStyle(const JsonField& field);

/// Fails unless `relative` names an existing file inside `folder` (no absolute paths, no "..",
/// no symbolic link leading out).
void checkFileInFolder(const JsonField& field, const std::filesystem::path& folder,
                       const std::string& relative);

} // namespace cw::plugin::detail
