// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/analysis/parameter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace cw::analysis {
namespace {

bool parseNumber(const std::string& text, double& out) {
    if (text.empty())
        return false;
    char* end = nullptr;
    out = std::strtod(text.c_str(), &end);
    return end && *end == '\0';
}

bool parseBool(const std::string& text, bool& out) {
    if (text == "true" || text == "1" || text == "yes") {
        out = true;
        return true;
    }
    if (text == "false" || text == "0" || text == "no") {
        out = false;
        return true;
    }
    return false;
}

Status check(const ParameterSpec& spec, const std::string& value) {
    auto bad = [&] { return makeError(ErrorCode::InvalidArgument, {spec.key, value}); };
    switch (spec.type) {
    case ParameterType::Double:
    case ParameterType::Integer: {
        double v = 0;
        if (!parseNumber(value, v))
            return bad();
        // NaN and the bounds first: casting 1e122 to an integer would be undefined behaviour.
        if (!std::isfinite(v) || (spec.minimum && v < *spec.minimum) ||
            (spec.maximum && v > *spec.maximum))
            return bad();
        // Whole, and exact as a double, so integer() can cast it.
        if (spec.type == ParameterType::Integer &&
            (v != std::trunc(v) || std::fabs(v) > 9007199254740992.0))
            return bad();
        return Ok{};
    }
    case ParameterType::Boolean: {
        bool b = false;
        return parseBool(value, b) ? Status(Ok{}) : Status(bad());
    }
    case ParameterType::Choice:
        if (std::find(spec.choices.begin(), spec.choices.end(), value) == spec.choices.end())
            return bad();
        return Ok{};
    case ParameterType::String:
    case ParameterType::Layer:
    case ParameterType::Field:
        return Ok{};
    }
    return bad();
}

} // namespace

ParameterSpec layerParameter(std::string key, project::LocalizedText name,
                             project::LocalizedText description, std::string geometry) {
    std::vector<std::string> accepted;
    if (!geometry.empty())
        accepted.push_back(std::move(geometry));
    return {std::move(key),
            std::move(name),
            std::move(description),
            ParameterType::Layer,
            "",
            {},
            {},
            std::move(accepted),
            ""};
}

ParameterSpec fieldParameter(std::string key, project::LocalizedText name,
                             project::LocalizedText description, std::string layerKey,
                             std::string defaultValue) {
    return {std::move(key),
            std::move(name),
            std::move(description),
            ParameterType::Field,
            std::move(defaultValue),
            {},
            {},
            {std::move(layerKey)},
            ""};
}

Result<ParameterValues> ParameterValues::resolve(const std::vector<ParameterSpec>& specs,
                                                 const std::map<std::string, std::string>& given) {
    ParameterValues out;
    for (const auto& [key, value] : given) {
        auto it = std::find_if(specs.begin(), specs.end(),
                               [&](const ParameterSpec& s) { return s.key == key; });
        if (it == specs.end())
            return makeError(ErrorCode::UnknownParameter, {key});
    }
    for (const ParameterSpec& spec : specs) {
        auto it = given.find(spec.key);
        const std::string value = it != given.end() ? it->second : spec.defaultValue;
        if (auto ok = check(spec, value); !ok)
            return ok.error();
        out.m_values[spec.key] = value;
    }
    return out;
}

double ParameterValues::number(const std::string& key) const {
    double v = 0;
    parseNumber(text(key), v);
    return v;
}

long long ParameterValues::integer(const std::string& key) const {
    return static_cast<long long>(number(key));
}

bool ParameterValues::flag(const std::string& key) const {
    bool b = false;
    parseBool(text(key), b);
    return b;
}

const std::string& ParameterValues::text(const std::string& key) const {
    static const std::string empty;
    auto it = m_values.find(key);
    return it != m_values.end() ? it->second : empty;
}

} // namespace cw::analysis
