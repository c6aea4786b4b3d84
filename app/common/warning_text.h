// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <string>
#include <vector>

namespace cw::project {
struct Project;
}

namespace cw::app {

/// The warnings analyses attach to their results, in the user's language. Core writes them as
/// English sentences of fixed forms (the CLI's JSON keeps them so); each form known here is
/// translated with its numbers and names, a sentence of an unknown form (a plugin's) is shown
/// as it is.
class WarningText {
    Q_DECLARE_TR_FUNCTIONS(WarningText)

public:
    /// Translates a source text (a QT_TRANSLATE_NOOP("WarningText", ...) string); empty: the
    /// interface's language. A report passes its own, in the report's language.
    using Translator = std::function<QString(const char* source)>;
    /// The name to show for a layer or project that core named by its English name or id;
    /// empty: as core wrote it.
    using Names = std::function<QString(const QString& englishNameOrId)>;
    /// Layers and projects of `project` by their names in `language` ("ko" or "en").
    static Names namesIn(const project::Project& project, const QString& language);

    static QString translate(const std::string& warning, const Translator& tr = {},
                             const Names& names = {});
    /// Each warning translated, each distinct sentence once, in the order first seen.
    static QStringList translateAll(const std::vector<std::string>& warnings,
                                    const Translator& tr = {}, const Names& names = {});
};

} // namespace cw::app
