// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/project/project.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cw::analysis {

enum class ParameterType { Double, Integer, Boolean, String, Choice };

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
    std::vector<std::string> choices; ///< Choice only
    std::string unit;                 ///< e.g. "m", shown beside the field
};

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
