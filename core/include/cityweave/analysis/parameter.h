// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/project/project.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cw::analysis {

/// Layer and Field values are text like String, but name something front ends can offer in a
/// picker: a Layer parameter is the id of a layer in the project (or a file path on the CLI);
/// a Field parameter is a field of the layer another parameter names.
enum class ParameterType { Double, Integer, Boolean, String, Choice, Layer, Field };

/// One typed parameter of an analysis: what the CLI help, the JSON description and the GUI's
/// parameter dialog are generated from.
struct ParameterSpec {
    std::string key;             ///< e.g. "distance"; the CLI's --param key=value
    project::LocalizedText name; ///< label in the dialog
    project::LocalizedText description;
    ParameterType type = ParameterType::Double;
    std::string defaultValue;      ///< as text, in the type's syntax ("500", "true", "gu")
    std::optional<double> minimum; ///< numbers only
    std::optional<double> maximum;
    /// Choice: the values offered. Layer: the geometries accepted ("polygon", "line",
    /// "point"; empty: any). Field: one entry, the key of the Layer parameter it belongs to.
    std::vector<std::string> choices;
    std::string unit; ///< e.g. "m", shown beside the field
};

/// A Layer parameter: the id of a layer with `geometry` ("polygon", "line", "point"; empty:
/// any), empty by default (none).
ParameterSpec layerParameter(std::string key, project::LocalizedText name,
                             project::LocalizedText description, std::string geometry);
/// A Field parameter: a field of the layer the parameter `layerKey` names.
ParameterSpec fieldParameter(std::string key, project::LocalizedText name,
                             project::LocalizedText description, std::string layerKey,
                             std::string defaultValue = {});

/// Parameter values checked against their specs: every key present, typed access.
class ParameterValues {
public:
    /// Fills defaults, rejects unknown keys, values of the wrong type and values out of range
    /// (InvalidArgument with the key and the value).
    static Result<ParameterValues> resolve(const std::vector<ParameterSpec>& specs,
                                           const std::map<std::string, std::string>& given);

    double number(const std::string& key) const;
    long long integer(const std::string& key) const;
    bool flag(const std::string& key) const;
    const std::string& text(const std::string& key) const;
    const std::map<std::string, std::string>& all() const { return m_values; }

private:
    std::map<std::string, std::string> m_values;
};

} // namespace cw::analysis
