// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_context.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace cw::cli {

/// A command of cityweave-cli: the one place its name, its help and its options are written.
struct Command {
    const char* name;
    int (*run)(CliContext&);
    const char* help; ///< usage lines and what it does, untranslated ("Cli" context)
    bool takesSourceOptions;
    /// Every option it takes: "--out=" takes a value, "--json" is a flag.
    std::vector<const char*> options;
};

/// Every command, in the order --help lists them.
const std::vector<Command>& commands();
const Command* findCommand(const QString& name);

/// The --help text, generated from commands(); or one command's ("COMMAND --help").
QString helpText();
QString helpText(const Command& command);

/// "--opt=value" becomes "--opt" "value", the form the commands take.
QStringList splitOptionValues(const QStringList& args);

/// The first option in `args` that `command` does not take, or empty. An option's value is
/// skipped, so a value that starts with a dash is not taken for an option.
QString unknownOption(const Command& command, const QStringList& args);

/// Runs the command named first in `ctx.args` (--help, --version and usage errors handled);
/// `ctx.args` has been through splitOptionValues.
int runCommandLine(CliContext& ctx);

} // namespace cw::cli
