// SPDX-License-Identifier: GPL-3.0-or-later
#include "plugin/metadata_json.h"

#include "cityweave/core/utf8_path.h"
#include "cityweave/project/sector.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <limits>
#include <system_error>

namespace cw::plugin::detail {
namespace {

// The eleven core strategic tasks of the plan (DOMAIN.md).
constexpr std::array<const char*, 11> kTasks{"T1", "T2", "T3", "S1", "S2", "S3",
                                             "E1", "E2", "I1", "I2", "I3"};

bool isHexColour(const std::string& text) {
    if ((text.size() != 7 && text.size() != 9) || text[0] != '#')
        return false;
    return std::all_of(text.begin() + 1, text.end(),
                       [](unsigned char c) { return std::isxdigit(c) != 0; });
}

style::Rgba readColour(const JsonField& field) {
    const std::string text = field.text();
    if (!isHexColour(text))
        field.fail("expected a colour \"#rrggbbaa\", got \"" + text + "\"");
    return style::Rgba::fromHex(text, {});
}

double readBounded(const JsonField& field, double low, double high) {
    const double v = field.number();
    if (v < low || v > high)
        field.fail("must be between " + std::to_string(low) + " and " + std::to_string(high));
    return v;
}

project::Sector readSector(const JsonField& field) {
    const std::string key = field.text();
    const auto sector = project::sectorFromKey(key);
    if (!sector)
        field.fail("unknown sector \"" + key +
                   "\" (transport, safety, energy, industry_space or none)");
    return *sector;
}

std::string readId(const JsonField& field, bool allowUnderscore) {
    const std::string id = field.text();
    if (!isValidId(id, allowUnderscore))
        field.fail("\"" + id + "\" is not a valid id (lower-case letters, digits, '-'" +
                   (allowUnderscore ? std::string(", '_'") : std::string()) + ")");
    return id;
}

project::Provenance readProvenance(const JsonField& field) {
    if (!field.value().is_object())
        field.fail("expected an object");
    project::Provenance p;
    p.source = field.optionalText("source");
    p.owner = field.optionalText("owner");
    p.date = field.optionalText("date");
    p.licence = field.optionalText("licence");
    const bool isoDate =
        p.date.empty() || (p.date.size() == 10 && p.date[4] == '-' && p.date[7] == '-' &&
                           std::isdigit((unsigned char)p.date[0]));
    if (!isoDate)
        field.at("date").fail("expected an ISO date \"YYYY-MM-DD\"");
    return p;
}

sdk::ProjectDescription readProject(const JsonField& field) {
    sdk::ProjectDescription p;
    p.id = readId(field.at("id"), true);
    p.name = field.at("name").localized();
    p.sector = readSector(field.at("sector"));
    p.task = field.optionalText("task");
    if (!p.task.empty() && std::find(kTasks.begin(), kTasks.end(), p.task) == kTasks.end())
        field.at("task").fail("unknown task \"" + p.task + "\" (T1-T3, S1-S3, E1-E2, I1-I3)");
    if (field.has("lead_agency"))
        p.leadAgency = field.at("lead_agency").localized();
    if (field.has("stage")) {
        p.stage = field.at("stage").integer();
        if (p.stage < 1 || p.stage > 3)
            field.at("stage").fail("must be 1, 2 or 3");
    }
    if (field.has("start_year"))
        p.startYear = field.at("start_year").integer();
    if (field.has("end_year"))
        p.endYear = field.at("end_year").integer();
    if (p.startYear && p.endYear && p.endYear < p.startYear)
        field.at("end_year").fail("ends before it starts");
    return p;
}

sdk::LayerContribution readLayer(const JsonField& field) {
    sdk::LayerContribution l;
    l.id = readId(field.at("id"), true);
    l.name = field.at("name").localized();
    l.sector = readSector(field.at("sector"));
    l.file = field.at("file").nonEmptyText();
    l.sourceLayer = field.optionalText("source_layer");
    l.styleId = field.optionalText("style");
    if (field.has("provenance"))
        l.provenance = readProvenance(field.at("provenance"));
    return l;
}

} // namespace

JsonField JsonField::at(const char* key) const {
    if (!m_value.is_object())
        fail("expected an object");
    const auto it = m_value.find(key);
    if (it == m_value.end())
        fail(std::string("missing \"") + key + "\"");
    return JsonField(*it, m_path.empty() ? key : m_path + "." + key);
}

JsonField JsonField::at(std::size_t index) const {
    return JsonField(m_value.at(index), m_path + "[" + std::to_string(index) + "]");
}

std::size_t JsonField::arraySize() const {
    if (!m_value.is_array())
        fail("expected an array");
    return m_value.size();
}

std::string JsonField::text() const {
    if (!m_value.is_string())
        fail("expected a string");
    return m_value.get<std::string>();
}

std::string JsonField::nonEmptyText() const {
    std::string t = text();
    if (std::all_of(t.begin(), t.end(), [](unsigned char c) { return std::isspace(c) != 0; }))
        fail("must not be empty");
    return t;
}

std::string JsonField::optionalText(const char* key) const {
    return has(key) ? at(key).text() : std::string();
}

double JsonField::number() const {
    if (!m_value.is_number())
        fail("expected a number");
    const double v = m_value.get<double>();
    if (!std::isfinite(v))
        fail("expected a finite number");
    return v;
}

int JsonField::integer() const {
    if (!m_value.is_number_integer())
        fail("expected an integer");
    const auto v = m_value.get<long long>();
    if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
        fail("integer out of range");
    return int(v);
}

project::LocalizedText JsonField::localized() const {
    return project::LocalizedText{at("ko").nonEmptyText(), at("en").nonEmptyText()};
}

void JsonField::fail(const std::string& reason) const {
    throw MetadataError((m_path.empty() ? std::string("top level") : m_path) + ": " + reason);
}

bool isValidId(const std::string& id, bool allowUnderscore) {
    if (id.empty() || id.size() > 64 || id.front() == '-' || id.front() == '_')
        return false;
    return std::all_of(id.begin(), id.end(), [&](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
               (allowUnderscore && c == '_');
    });
}

bool isValidVersion(const std::string& version) {
    int parts = 0;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = version.find('.', start);
        const std::string part = version.substr(start, dot - start);
        if (part.empty() || part.size() > 9 ||
            !std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return false;
        ++parts;
        if (dot == std::string::npos)
            return parts <= 4;
        start = dot + 1;
    }
}

int parseSdkVersion(const std::string& text) {
    const std::size_t dot = text.find('.');
    if (dot == std::string::npos || text.find('.', dot + 1) != std::string::npos ||
        !isValidVersion(text))
        return -1;
    const int major = std::stoi(text.substr(0, dot));
    const int minor = std::stoi(text.substr(dot + 1));
    if (major > 999 || minor > 999)
        return -1;
    return major * 1000 + minor;
}

sdk::LayerSource readLayerSource(const JsonField& field) {
    sdk::LayerSource s;
    s.id = readId(field.at("id"), true);
    s.name = field.at("name").localized();
    if (field.has("description"))
        s.description = field.at("description").localized();
    s.project = readProject(field.at("project"));
    const JsonField layers = field.at("layers");
    const std::size_t n = layers.arraySize();
    if (n == 0)
        layers.fail("a layer source needs at least one layer");
    for (std::size_t i = 0; i < n; ++i) {
        sdk::LayerContribution layer = readLayer(layers.at(i));
        for (const auto& earlier : s.layers)
            if (earlier.id == layer.id)
                layers.at(i).at("id").fail("duplicate layer id \"" + layer.id + "\"");
        s.layers.push_back(std::move(layer));
    }
    return s;
}

sdk::StyleContribution readStyle(const JsonField& field) {
    sdk::StyleContribution s;
    s.id = readId(field.at("id"), true);
    s.name = field.at("name").localized();
    s.style.fill = readColour(field.at("fill"));
    s.style.stroke = readColour(field.at("stroke"));
    if (field.has("stroke_width_mm"))
        s.style.strokeWidthMm = readBounded(field.at("stroke_width_mm"), 0.0, 20.0);
    if (field.has("point_size_mm"))
        s.style.pointSizeMm = readBounded(field.at("point_size_mm"), 0.1, 50.0);
    if (field.has("opacity"))
        s.style.opacity = readBounded(field.at("opacity"), 0.0, 1.0);
    if (field.has("point_symbol")) {
        const JsonField symbol = field.at("point_symbol");
        const std::string key = symbol.text();
        if (key == "circle")
            s.style.pointSymbol = style::PointSymbol::Circle;
        else if (key == "square")
            s.style.pointSymbol = style::PointSymbol::Square;
        else if (key == "triangle")
            s.style.pointSymbol = style::PointSymbol::Triangle;
        else
            symbol.fail("unknown point symbol \"" + key + "\" (circle, square or triangle)");
    }
    s.style.labelField = field.optionalText("label_field");
    return s;
}

void checkFileInFolder(const JsonField& field, const std::filesystem::path& folder,
                       const std::string& relative) {
    namespace fs = std::filesystem;
    const fs::path rel = pathFromUtf8(relative).lexically_normal();
    if (rel.is_absolute() || rel.has_root_name() || rel.has_root_directory())
        field.fail("\"" + relative + "\" must be relative to the plugin folder");
    if (rel.empty() || *rel.begin() == "..")
        field.fail("\"" + relative + "\" leads outside the plugin folder");
    std::error_code ec;
    const fs::path base = fs::weakly_canonical(folder, ec);
    const fs::path full = fs::weakly_canonical(folder / rel, ec);
    if (ec || !fs::is_regular_file(full, ec))
        field.fail("the file \"" + relative + "\" does not exist in the plugin folder");
    // A symbolic link inside the folder may still point elsewhere: compare resolved paths.
    const fs::path inside = full.lexically_relative(base);
    if (inside.empty() || *inside.begin() == "..")
        field.fail("\"" + relative + "\" leads outside the plugin folder");
}

} // namespace cw::plugin::detail
