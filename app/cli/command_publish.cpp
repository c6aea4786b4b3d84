// SPDX-License-Identifier: GPL-3.0-or-later
// `publish SOURCE TARGET`: a plan from a project file into PostgreSQL (publish), or from
// PostgreSQL into a new project file (take a copy), or from one database schema to another.
#include "cityweave/project/plan_database.h"
#include "cityweave/project/project_store.h"
#include "cli/cli_context.h"

#include <QFileInfo>

namespace cw::cli {

int runPublish(CliContext& ctx) {
    const bool replace = ctx.takeFlag(QStringLiteral("--replace"));
    if (ctx.args.size() != 2)
        return ctx.usage(CliContext::tr("publish needs a SOURCE and a TARGET: a project file or a "
                                        "postgresql://user@host:port/database?schema=NAME URL."));
    const std::string source = ctx.args.at(0).toStdString();
    const std::string target = ctx.args.at(1).toStdString();
    const bool toDatabase = project::isDatabaseLocation(target);
    if (!project::isDatabaseLocation(source) && !toDatabase)
        return ctx.usage(CliContext::tr("Neither SOURCE nor TARGET is a database URL: to copy a "
                                        "project file, save it under another name."));
    if (!toDatabase && QFileInfo::exists(ctx.args.at(1)) && !replace)
        return ctx.usage(
            CliContext::tr("%1 exists: give --replace to overwrite it.").arg(ctx.args.at(1)));
    const QString label = toDatabase ? CliContext::tr("Publishing") : CliContext::tr("Copying");
    auto progress = [&](double fraction) { ctx.progress(label, fraction); };
    auto plan = project::ProjectStore::load(source);
    if (!plan)
        return ctx.fail(plan.error());
    ctx.warnAboutDamage(plan->damagedParts);
    if (toDatabase) {
        auto location = project::parseDatabaseLocation(target);
        if (!location)
            return ctx.fail(location.error(), kUsage);
        if (auto published =
                project::PlanDatabase::publish(*plan, source, *location, replace, {}, progress);
            !published)
            return ctx.fail(published.error(), kOutputError);
        ctx.endProgressLine();
        ctx.out << CliContext::tr("Published %1 projects, %2 sandbox zones and %3 layers to %4.")
                       .arg(plan->projects.size())
                       .arg(plan->sandboxZones.size())
                       .arg(plan->layers.size())
                       .arg(QString::fromStdString(location->displayUrl()))
                << Qt::endl;
        return kOk;
    }
    auto location = project::parseDatabaseLocation(source);
    if (!location)
        return ctx.fail(location.error(), kUsage);
    if (auto copied = project::PlanDatabase::takeCopy(*location, target, {}, progress); !copied)
        return ctx.fail(copied.error(), kOutputError);
    ctx.endProgressLine();
    ctx.out << CliContext::tr("Copied the plan at %1 to %2.")
                   .arg(QString::fromStdString(location->displayUrl()), ctx.args.at(1))
            << Qt::endl;
    return kOk;
}

} // namespace cw::cli
