// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/plugin_text.h"

namespace cw::app {
namespace {

using plugin::PluginProblem;
using plugin::PluginState;

QString problemSentence(const plugin::PluginRecord& record) {
    auto arg = [&](std::size_t i) {
        return i < record.problemArgs.size() ? QString::fromStdString(record.problemArgs[i])
                                             : QString();
    };
    switch (record.problem) {
    case PluginProblem::None:
        return {};
    case PluginProblem::BadMetadata:
        return PluginText::tr("Its description (cityweave-plugin.json) is not valid.");
    case PluginProblem::DuplicateId:
        return PluginText::tr("A plugin with the same id is already installed in %1.").arg(arg(0));
    case PluginProblem::SdkMismatch:
        return PluginText::tr("It was made for plugin SDK %1; this CityWeave provides SDK %2.")
            .arg(arg(0), arg(1));
    case PluginProblem::MissingDependency:
        return arg(1).isEmpty()
                   ? PluginText::tr("It needs the plugin \"%1\", which is not installed.")
                         .arg(arg(0))
                   : PluginText::tr("It needs the plugin \"%1\" version %2 or later, which is not "
                                    "installed.")
                         .arg(arg(0), arg(1));
    case PluginProblem::DependencyCycle: {
        QStringList ids;
        for (const auto& id : record.problemArgs)
            ids << QString::fromStdString(id);
        return PluginText::tr("Its dependencies form a cycle (%1).")
            .arg(ids.join(QStringLiteral(" ↔ ")));
    }
    case PluginProblem::DependencyRefused:
        return PluginText::tr("It needs the plugin \"%1\", which was not loaded.").arg(arg(0));
    case PluginProblem::MissingLibrary:
        return PluginText::tr("Its library %1 is missing.").arg(arg(0));
    case PluginProblem::LoadFailed:
        return PluginText::tr("Its library %1 could not be loaded.").arg(arg(0));
    case PluginProblem::NoEntryPoint:
        return PluginText::tr("Its library %1 is not a CityWeave plugin (no entry point).")
            .arg(arg(0));
    case PluginProblem::EntryThrew:
        return PluginText::tr("It failed while starting; nothing it offered was added.");
    case PluginProblem::ContributionConflict:
        return PluginText::tr("It offers \"%1\", which another plugin or CityWeave itself already "
                              "provides.")
            .arg(arg(0));
    }
    return {};
}

} // namespace

QString PluginText::state(PluginState state) {
    switch (state) {
    case PluginState::Loaded:
        return tr("Loaded");
    case PluginState::Disabled:
        return tr("Disabled");
    case PluginState::Untrusted:
        return tr("Not trusted");
    case PluginState::CrashedLastStart:
        return tr("Disabled after a crash");
    case PluginState::Refused:
        return tr("Not loaded");
    }
    return {};
}

QString PluginText::origin(plugin::FolderOrigin origin) {
    switch (origin) {
    case plugin::FolderOrigin::Install:
        return tr("Installed with CityWeave");
    case plugin::FolderOrigin::User:
        return tr("Your plugin folder");
    case plugin::FolderOrigin::Settings:
        return tr("Folder from the settings");
    }
    return {};
}

QString PluginText::reason(const plugin::PluginRecord& record) {
    QString text;
    switch (record.state) {
    case PluginState::Loaded:
        return {};
    case PluginState::Disabled:
        return tr("You disabled it.");
    case PluginState::Untrusted:
        return tr("Its folder is not trusted yet; trust the folder to load it.");
    case PluginState::CrashedLastStart:
        return tr("CityWeave stopped while starting it last time, so it was disabled. Enable it "
                  "again only if an update fixed it.");
    case PluginState::Refused:
        text = problemSentence(record);
        break;
    }
    if (!record.problemDetail.empty())
        text += QStringLiteral(" (") + QString::fromStdString(record.problemDetail) +
                QStringLiteral(")");
    return text;
}

QString PluginText::crashedNotice(const QStringList& pluginIds) {
    return tr("CityWeave stopped while loading the plugin(s) %1 last time; they are disabled now.")
        .arg(pluginIds.join(QStringLiteral(", ")));
}

} // namespace cw::app
