// SPDX-License-Identifier: GPL-3.0-or-later
// cityweave-cli plugins: list plugins with their state and reason, enable, disable, trust.
#include "cityweave/plugin/plugin_manager.h"
#include "cli/cli_context.h"
#include "common/error_text.h"
#include "common/plugin_setup.h"
#include "common/plugin_text.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace cw::cli {
namespace {

using plugin::PluginManager;
using plugin::PluginRecord;
using plugin::PluginState;

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

QJsonArray jsonList(const std::vector<std::string>& items) {
    QJsonArray list;
    for (const auto& item : items)
        list.append(q(item));
    return list;
}

// What the plugin offers: registered when loaded, declared otherwise.
std::vector<std::string> analysisIds(const PluginRecord& r) {
    return r.state == PluginState::Loaded ? r.analyses : r.metadata.providedAnalyses;
}

std::vector<std::string> layerSourceIds(const PluginRecord& r) {
    const auto& sources = r.state == PluginState::Loaded ? r.layerSources : r.metadata.layerSources;
    std::vector<std::string> ids;
    for (const auto& s : sources)
        ids.push_back(s.id);
    return ids;
}

bool folderTrusted(const PluginManager& manager, const plugin::PluginFolder& folder) {
    return folder.origin == plugin::FolderOrigin::Install ||
           manager.preferences().trustedFolders.count(plugin::normalizedFolder(folder.path));
}

QJsonObject recordJson(const PluginRecord& r) {
    const auto& m = r.metadata;
    return QJsonObject{
        {QStringLiteral("id"), q(m.id)},
        {QStringLiteral("name"),
         QJsonObject{{QStringLiteral("ko"), q(m.name.ko)}, {QStringLiteral("en"), q(m.name.en)}}},
        {QStringLiteral("version"), q(m.version)},
        {QStringLiteral("folder"), q(r.folder)},
        {QStringLiteral("origin"), QLatin1String(plugin::folderOriginKey(r.origin))},
        {QStringLiteral("state"), QLatin1String(plugin::pluginStateKey(r.state))},
        {QStringLiteral("problem"), QLatin1String(plugin::pluginProblemKey(r.problem))},
        {QStringLiteral("reason"), app::PluginText::reason(r)},
        {QStringLiteral("analyses"), jsonList(analysisIds(r))},
        {QStringLiteral("layer_sources"), jsonList(layerSourceIds(r))},
        {QStringLiteral("licence"), q(m.licence)},
        {QStringLiteral("data_only"), m.isDataOnly()},
    };
}

int listPlugins(CliContext& ctx, const PluginManager& manager, bool json) {
    const auto folders = app::pluginFolders(manager.preferences());
    if (json) {
        QJsonArray plugins, folderList;
        for (const PluginRecord& r : manager.records())
            plugins.append(recordJson(r));
        for (const auto& f : folders)
            folderList.append(QJsonObject{
                {QStringLiteral("path"), q(f.path)},
                {QStringLiteral("origin"), QLatin1String(plugin::folderOriginKey(f.origin))},
                {QStringLiteral("trusted"), folderTrusted(manager, f)}});
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("plugins"), plugins},
                                             {QStringLiteral("folders"), folderList}})
                       .toJson(QJsonDocument::Indented)
                << Qt::flush;
        return kOk;
    }
    if (manager.records().empty())
        ctx.out << CliContext::tr("No plugins found.") << '\n';
    for (const PluginRecord& r : manager.records()) {
        const auto& m = r.metadata;
        ctx.out << q(m.id) << "  " << q(m.name.in(ctx.language.toStdString())) << "  "
                << q(m.version) << '\n';
        ctx.out << "  " << CliContext::tr("State: %1").arg(app::PluginText::state(r.state)) << '\n';
        if (const QString why = app::PluginText::reason(r); !why.isEmpty())
            ctx.out << "  " << CliContext::tr("Reason: %1").arg(why) << '\n';
        ctx.out
            << "  "
            << CliContext::tr("Folder: %1 (%2)").arg(q(r.folder), app::PluginText::origin(r.origin))
            << '\n';
        const auto join = [](const std::vector<std::string>& ids) {
            QStringList list;
            for (const auto& id : ids)
                list << q(id);
            return list.isEmpty() ? QStringLiteral("-") : list.join(QStringLiteral(", "));
        };
        ctx.out << "  " << CliContext::tr("Analyses: %1").arg(join(analysisIds(r))) << '\n';
        ctx.out << "  " << CliContext::tr("Layer sources: %1").arg(join(layerSourceIds(r))) << '\n';
        ctx.out << "  " << CliContext::tr("Licence: %1").arg(q(m.licence)) << '\n';
    }
    ctx.out.flush();
    return kOk;
}

int setEnabled(CliContext& ctx, PluginManager& manager, bool enable) {
    if (ctx.args.size() != 1)
        return ctx.usage(CliContext::tr("Name one plugin id."));
    const std::string id = ctx.args.first().toStdString();
    if (!manager.find(id) && !manager.preferences().disabled.count(id)) {
        ctx.err << CliContext::tr("Error: no plugin \"%1\" was found.").arg(q(id)) << Qt::endl;
        return kInputError;
    }
    if (auto saved = manager.setEnabled(id, enable); !saved)
        return ctx.fail(saved.error(), kOutputError);
    ctx.out << (enable ? CliContext::tr("Plugin %1 is enabled; it loads at the next start.")
                       : CliContext::tr("Plugin %1 is disabled from the next start."))
                   .arg(q(id))
            << Qt::endl;
    return kOk;
}

// An existing folder, absolute; empty after reporting when it does not exist.
QString existingFolder(CliContext& ctx) {
    if (ctx.args.size() != 1) {
        ctx.usage(CliContext::tr("Name one folder."));
        return {};
    }
    const QFileInfo info(ctx.args.first());
    if (!info.isDir()) {
        ctx.fail(makeError(ErrorCode::FileNotFound, {ctx.args.first().toStdString()}));
        return {};
    }
    return info.absoluteFilePath();
}

int setTrusted(CliContext& ctx, PluginManager& manager, bool trust) {
    if (ctx.args.size() != 1)
        return ctx.usage(CliContext::tr("Name one folder."));
    // Untrusting a folder that has since been deleted must still work.
    const QString folder =
        trust ? existingFolder(ctx) : QFileInfo(ctx.args.first()).absoluteFilePath();
    if (folder.isEmpty())
        return kInputError;
    if (auto saved = manager.setFolderTrusted(folder.toStdString(), trust); !saved)
        return ctx.fail(saved.error(), kOutputError);
    ctx.out << (trust ? CliContext::tr("Plugins in %1 are trusted; they load at the next start.")
                      : CliContext::tr("Plugins in %1 are no longer trusted."))
                   .arg(q(plugin::normalizedFolder(folder.toStdString())))
            << Qt::endl;
    return kOk;
}

int folders(CliContext& ctx, PluginManager& manager) {
    if (ctx.args.isEmpty()) {
        for (const auto& f : app::pluginFolders(manager.preferences()))
            ctx.out << q(f.path) << "  " << app::PluginText::origin(f.origin) << "  "
                    << (folderTrusted(manager, f) ? CliContext::tr("trusted")
                                                  : CliContext::tr("not trusted"))
                    << '\n';
        ctx.out.flush();
        return kOk;
    }
    const QString action = ctx.args.takeFirst();
    if (action != QStringLiteral("add") && action != QStringLiteral("remove"))
        return ctx.usage(CliContext::tr("Unknown plugins folders action: %1").arg(action));
    const bool add = action == QStringLiteral("add");
    if (ctx.args.size() != 1)
        return ctx.usage(CliContext::tr("Name one folder."));
    const QString folder =
        add ? existingFolder(ctx) : QFileInfo(ctx.args.first()).absoluteFilePath();
    if (folder.isEmpty())
        return kInputError;
    const std::string normalized = plugin::normalizedFolder(folder.toStdString());
    std::vector<std::string> list = manager.preferences().extraFolders;
    list.erase(std::remove(list.begin(), list.end(), normalized), list.end());
    if (add)
        list.push_back(normalized);
    if (auto saved = manager.setExtraFolders(list); !saved)
        return ctx.fail(saved.error(), kOutputError);
    ctx.out << (add ? CliContext::tr("Added plugin folder %1.")
                    : CliContext::tr("Removed plugin folder %1."))
                   .arg(q(normalized))
            << Qt::endl;
    return kOk;
}

} // namespace

int runPlugins(CliContext& ctx) {
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    PluginManager& manager = *ctx.plugins;
    if (ctx.args.isEmpty())
        return listPlugins(ctx, manager, json);
    const QString action = ctx.args.takeFirst();
    if (action == QStringLiteral("enable") || action == QStringLiteral("disable"))
        return setEnabled(ctx, manager, action == QStringLiteral("enable"));
    if (action == QStringLiteral("trust") || action == QStringLiteral("untrust"))
        return setTrusted(ctx, manager, action == QStringLiteral("trust"));
    if (action == QStringLiteral("folders"))
        return folders(ctx, manager);
    return ctx.usage(CliContext::tr("Unknown plugins action: %1").arg(action));
}

} // namespace cw::cli
