// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli_context.h"

#include "cityweave/core/output_guard.h"
#include "cityweave/planning/scenarios.h"
#include "common/error_text.h"

#include <algorithm>
#include <cstdio>

namespace cw::cli {

CliContext::CliContext(QStringList arguments)
    : args(std::move(arguments)), out(stdout), err(stderr) {}

int CliContext::fail(const Error& error, int code) {
    endProgressLine();
    err << tr("Error: %1").arg(app::ErrorText::describe(error)) << Qt::endl;
    return code;
}

int CliContext::usage(const QString& message) {
    endProgressLine();
    err << message << Qt::endl << tr("Run 'cityweave-cli --help' for usage.") << Qt::endl;
    return kUsage;
}

int CliContext::refuseOverwritingInputs(const QStringList& outputs,
                                        const std::vector<std::string>& inputs) {
    for (const QString& output : outputs)
        if (auto ok = checkOutputIsNotInput(output.toStdString(), inputs); !ok)
            return fail(ok.error(), kUsage);
    return kOk;
}

void CliContext::warnAboutDamage(const std::vector<std::string>& damagedParts) {
    for (const std::string& part : damagedParts)
        err << tr("Warning: the project file is damaged: %1. It was left out; the rest of the "
                  "project opened.")
                   .arg(QString::fromStdString(part))
            << Qt::endl;
}

QString CliContext::takeOption(const QString& name) {
    const int i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size())
        return {};
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

bool CliContext::takeFlag(const QString& name) {
    return args.removeAll(name) > 0;
}

QStringList CliContext::takeOptions(const QString& name) {
    QStringList values;
    for (QString value = takeOption(name); !value.isEmpty(); value = takeOption(name))
        values << value;
    return values;
}

void CliContext::progress(const QString& label, double fraction) {
    // Redraw only when the shown percentage changes: callers report far more often.
    const int percent = std::clamp(int(fraction * 100), 0, 100);
    if (label == m_progressLabel && percent == m_progressPercent)
        return;
    m_progressLabel = label;
    m_progressPercent = percent;
    err << '\r' << label << QStringLiteral(" %1%").arg(percent, 3) << Qt::flush;
    m_progressLineOpen = percent != 100;
    if (percent == 100)
        err << Qt::endl;
}

void CliContext::endProgressLine() {
    // A message after a progress line that stopped short (a failure at 80 %) starts its own line.
    if (m_progressLineOpen)
        err << Qt::endl;
    m_progressLineOpen = false;
}

int findScenario(CliContext& ctx, const QString& name, const project::Project& project,
                 std::string& id) {
    const std::string key = name.toStdString();
    QStringList available;
    for (const auto& s : project.scenarios) {
        if (s.id == key || s.name.ko == key || s.name.en == key) {
            id = s.id;
            return kOk;
        }
        available << QStringLiteral("%1 (%2)").arg(
            QString::fromStdString(s.id),
            QString::fromStdString(s.name.in(ctx.language.toStdString())));
    }
    if (available.isEmpty())
        return ctx.usage(
            CliContext::tr("Unknown scenario \"%1\": the project has no scenarios.").arg(name));
    return ctx.usage(CliContext::tr("Unknown scenario \"%1\". The project has: %2.")
                         .arg(name, available.join(QStringLiteral(", "))));
}

int switchToScenario(CliContext& ctx, const QString& name, project::Project& project) {
    if (name.isEmpty())
        return kOk;
    std::string id;
    if (int rc = findScenario(ctx, name, project, id); rc != kOk)
        return rc;
    if (auto switched = planning::switchScenario(project, id); !switched)
        return ctx.fail(switched.error(), kUsage);
    return kOk;
}

} // namespace cw::cli
