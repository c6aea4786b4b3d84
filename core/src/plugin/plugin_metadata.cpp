// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/plugin/plugin_metadata.h"

#include "cityweave/core/small_file.h"
#include "cityweave/core/utf8_path.h"
#include "plugin/metadata_json.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

namespace cw::plugin {
namespace {

namespace fs = std::filesystem;
constexpr std::size_t kMaxMetadataBytes = 4u << 20; // real ones are a few kilobytes
using detail::JsonField;

std::vector<std::string> readIdList(const JsonField& provides, const char* key,
                                    bool allowUnderscore) {
    std::vector<std::string> ids;
    if (!provides.has(key))
        return ids;
    const JsonField list = provides.at(key);
    for (std::size_t i = 0, n = list.arraySize(); i < n; ++i) {
        const std::string id = list.at(i).text();
        if (!detail::isValidId(id, allowUnderscore))
            list.at(i).fail("\"" + id + "\" is not a valid id");
        ids.push_back(id);
    }
    return ids;
}

void readSdkRange(const JsonField& sdk, PluginMetadata& m) {
    m.sdkMinimum = detail::parseSdkVersion(sdk.at("min").text());
    if (m.sdkMinimum < 0)
        sdk.at("min").fail("expected an SDK version \"MAJOR.MINOR\", e.g. \"1.0\"");
    m.sdkMaximum = detail::parseSdkVersion(sdk.at("max").text());
    if (m.sdkMaximum < 0)
        sdk.at("max").fail("expected an SDK version \"MAJOR.MINOR\", e.g. \"1.99\"");
    if (m.sdkMaximum < m.sdkMinimum)
        sdk.fail("\"max\" is lower than \"min\"");
}

void readDependencies(const JsonField& root, PluginMetadata& m) {
    if (!root.has("depends"))
        return;
    const JsonField list = root.at("depends");
    for (std::size_t i = 0, n = list.arraySize(); i < n; ++i) {
        const JsonField item = list.at(i);
        PluginDependency d;
        d.id = item.at("id").text();
        if (!detail::isValidId(d.id, false))
            item.at("id").fail("\"" + d.id + "\" is not a valid plugin id");
        if (d.id == m.id)
            item.at("id").fail("a plugin cannot depend on itself");
        d.minimumVersion = item.optionalText("version");
        if (!d.minimumVersion.empty() && !detail::isValidVersion(d.minimumVersion))
            item.at("version").fail("\"" + d.minimumVersion + "\" is not a version like 1.2.0");
        m.dependencies.push_back(std::move(d));
    }
}

void readLibrary(const JsonField& root, PluginMetadata& m) {
    if (!root.has("library"))
        return;
    const JsonField field = root.at("library");
    m.library = field.nonEmptyText();
    // A base name only: the host adds the platform's prefix and suffix and looks beside the JSON.
    const bool plain = std::all_of(m.library.begin(), m.library.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_' || c == '-' || c == '.';
    });
    if (!plain || m.library.front() == '.')
        field.fail("\"" + m.library + "\" must be a base name such as \"magok_energy\"");
}

template <typename T> void requireUniqueIds(const JsonField& list, const std::vector<T>& items) {
    for (std::size_t i = 0; i < items.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (items[i].id == items[j].id)
                list.at(i).at("id").fail("duplicate id \"" + items[i].id + "\"");
}

void readContent(const JsonField& root, const fs::path& folder,
                 const std::vector<std::string>& providedStyles, PluginMetadata& m) {
    if (root.has("styles")) {
        const JsonField list = root.at("styles");
        for (std::size_t i = 0, n = list.arraySize(); i < n; ++i)
            m.styles.push_back(detail::readStyle(list.at(i)));
        requireUniqueIds(list, m.styles);
    }
    if (!root.has("layer_sources"))
        return;
    const JsonField list = root.at("layer_sources");
    for (std::size_t i = 0, n = list.arraySize(); i < n; ++i) {
        const JsonField item = list.at(i);
        sdk::LayerSource source = detail::readLayerSource(item);
        for (std::size_t k = 0; k < source.layers.size(); ++k) {
            const JsonField layer = item.at("layers").at(k);
            detail::checkFileInFolder(layer.at("file"), folder, source.layers[k].file);
            const std::string& style = source.layers[k].styleId;
            // A style may come from "styles" or, registered by the library, from "provides".
            const bool known =
                style.empty() ||
                std::any_of(m.styles.begin(), m.styles.end(),
                            [&](const sdk::StyleContribution& s) { return s.id == style; }) ||
                std::find(providedStyles.begin(), providedStyles.end(), style) !=
                    providedStyles.end();
            if (!known)
                layer.at("style").fail("no style \"" + style + "\" in \"styles\"");
        }
        m.layerSources.push_back(std::move(source));
    }
    requireUniqueIds(list, m.layerSources);
}

PluginMetadata parse(const nlohmann::json& json, const fs::path& folder) {
    const JsonField root(json, "");
    if (!json.is_object())
        root.fail("expected a JSON object");
    PluginMetadata m;
    m.id = root.at("id").text();
    if (!detail::isValidId(m.id, false))
        root.at("id").fail("\"" + m.id + "\" is not a valid plugin id (a-z, 0-9, '-')");
    m.name = root.at("name").localized();
    if (root.has("description"))
        m.description = root.at("description").localized();
    m.version = root.at("version").text();
    if (!detail::isValidVersion(m.version))
        root.at("version").fail("\"" + m.version + "\" is not a version like 1.0.0");
    readSdkRange(root.at("sdk"), m);
    readDependencies(root, m);
    readLibrary(root, m);
    m.licence = root.at("licence").nonEmptyText();
    std::vector<std::string> providedStyles;
    if (root.has("provides")) {
        const JsonField provides = root.at("provides");
        if (!provides.value().is_object())
            provides.fail("expected an object");
        m.providedAnalyses = readIdList(provides, "analyses", true);
        // Layer sources and styles named in "provides" are informative: the declarations in
        // "layer_sources" and "styles" (or the library's registrations) are what counts.
        readIdList(provides, "layer_sources", true);
        providedStyles = readIdList(provides, "styles", true);
    }
    if (m.isDataOnly() && !m.providedAnalyses.empty())
        root.at("provides").fail("a plugin without \"library\" cannot provide analyses");
    readContent(root, folder, m.isDataOnly() ? std::vector<std::string>{} : providedStyles, m);
    if (m.isDataOnly() && m.layerSources.empty() && m.styles.empty())
        root.fail("a plugin without \"library\" must declare layer_sources or styles");
    return m;
}

std::vector<long long> versionParts(const std::string& v) {
    std::vector<long long> parts;
    std::stringstream stream(v);
    std::string part;
    while (std::getline(stream, part, '.')) {
        long long n = 0;
        for (char c : part) {
            if (c < '0' || c > '9')
                break;
            n = n * 10 + (c - '0');
        }
        parts.push_back(n);
    }
    return parts;
}

} // namespace

Result<PluginMetadata> readPluginMetadata(const std::string& folder) {
    const fs::path file = pathFromUtf8(folder) / "cityweave-plugin.json";
    auto text = readSmallFile(pathToUtf8(file), kMaxMetadataBytes);
    if (!text)
        return text.error();
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(*text);
    } catch (const nlohmann::json::exception& e) {
        return makeError(ErrorCode::PluginBadMetadata, {pathToUtf8(file), e.what()});
    }
    try {
        return parse(json, pathFromUtf8(folder));
    } catch (const detail::MetadataError& e) {
        return makeError(ErrorCode::PluginBadMetadata, {pathToUtf8(file), e.what()});
    } catch (const nlohmann::json::exception& e) {
        return makeError(ErrorCode::PluginBadMetadata, {pathToUtf8(file), e.what()});
    }
}

int compareVersions(const std::string& a, const std::string& b) {
    std::vector<long long> pa = versionParts(a), pb = versionParts(b);
    const std::size_t n = std::max(pa.size(), pb.size());
    pa.resize(n, 0); // "1.2" equals "1.2.0"
    pb.resize(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        if (pa[i] != pb[i])
            return pa[i] < pb[i] ? -1 : 1;
    return 0;
}

} // namespace cw::plugin
