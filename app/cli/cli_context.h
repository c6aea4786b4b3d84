// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"

namespace cw::analysis {
class AnalysisRegistry;
}
namespace cw::plugin {
class PluginManager;
}
namespace cw::project {
struct Project;
}

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <string>
#include <vector>

namespace cw::cli {

/// Exit codes: 0 ok; the others tell scripts what kind of failure happened.
enum ExitCode {
    kOk = 0,
    kFailure = 1,
    kUsage = 2,
    kInputError = 3,
    kOutputError = 4,
    kViolations = 5, ///< `check` found validation problems or sandbox violations
};

/// What every command gets: its arguments and the two streams. Messages go through tr().
class CliContext {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    explicit CliContext(QStringList args);

    QStringList args;
    QTextStream out;
    QTextStream err;
    QString language = QStringLiteral("en"); ///< for names from descriptors and project files
    QString requestedLanguage; ///< the --lang given, empty when none (reports default to theirs)
    const analysis::AnalysisRegistry* analyses = nullptr;
    plugin::PluginManager* plugins = nullptr; ///< loaded at start; owned by main()

    /// Prints the error's translated text on stderr and returns `code`.
    int fail(const Error& error, int code = kInputError);
    int usage(const QString& message);
    /// kOk, or the usage error when an output (empty ones ignored) would overwrite an input.
    int refuseOverwritingInputs(const QStringList& outputs, const std::vector<std::string>& inputs);
    /// Names on stderr each part of a project file that was damaged and left out.
    void warnAboutDamage(const std::vector<std::string>& damagedParts);
    /// The value after `--name`, or empty; removes both from `args`.
    QString takeOption(const QString& name);
    bool takeFlag(const QString& name);
    /// Every value of a repeatable option, in order; removes them from `args`.
    QStringList takeOptions(const QString& name);
    /// A "\r"-refreshed progress line on stderr.
    void progress(const QString& label, double fraction);
    /// Ends a progress line left short of 100 %, so that the next message has a line of its own.
    void endProgressLine();

private:
    QString m_progressLabel;
    int m_progressPercent = -1;
    bool m_progressLineOpen = false;
};

/// The scenario `--scenario NAME` names in `project`: its id, or its Korean or English name.
/// Unknown: prints a translated usage error listing the scenarios there are, returns kUsage.
int findScenario(CliContext& ctx, const QString& name, const project::Project& project,
                 std::string& id);
/// findScenario, then makes that scenario the working plan of `project`; an empty `name`
/// changes nothing.
int switchToScenario(CliContext& ctx, const QString& name, project::Project& project);

int runInfo(CliContext& ctx);
int runRender(CliContext& ctx);
int runBench(CliContext& ctx);
int runBuildSample(CliContext& ctx);
int runAnalyses(CliContext& ctx);
int runAnalyze(CliContext& ctx);
int runPlugins(CliContext& ctx);
int runProjects(CliContext& ctx);
int runCheck(CliContext& ctx);
int runReport(CliContext& ctx);
int runLayout(CliContext& ctx);
int runBenchReport(CliContext& ctx);
int runExport(CliContext& ctx);
int runLayers(CliContext& ctx);
int runJoin(CliContext& ctx);
int runPublish(CliContext& ctx);

} // namespace cw::cli
