// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/warning_text.h"

#include "cityweave/project/project.h"

#include <QRegularExpression>
#include <functional>
#include <map>
#include <memory>

namespace cw::app {
namespace {

using Tr = WarningText::Translator;
using Translate = std::function<QString(const QRegularExpressionMatch&, const Tr&)>;

struct Form {
    QRegularExpression pattern;
    Translate text;
};

QString grid(const QString& size, const QString& over, const Tr& say) {
    return over == QLatin1String("boundary")
               ? say(QT_TRANSLATE_NOOP(
                         "WarningText",
                         "No zone layer was chosen: a %1 m grid over the boundary was "
                         "used instead of districts."))
                     .arg(size)
               : say(QT_TRANSLATE_NOOP(
                         "WarningText",
                         "No zone layer was chosen: a %1 m grid over the bounding box "
                         "was used instead of districts, so cells outside the city count "
                         "too. Choose a gu or dong layer as the zone layer."))
                     .arg(size);
}

// Forms of the sentences a layer's warnings hold after "layer NAME: ".
const std::vector<Form>& forms() {
    static const std::vector<Form> all = [] {
        std::vector<Form> f;
        auto add = [&](const char* pattern, Translate text) {
            f.push_back({QRegularExpression(QStringLiteral("^") + QLatin1String(pattern) +
                                            QStringLiteral("$")),
                         std::move(text)});
        };
        add("no zone layer given: using a (\\S+) m grid over the (boundary|assets' extent|"
            "projects' extent)",
            [](const auto& m, const Tr& say) { return grid(m.captured(1), m.captured(2), say); });
        add("no zone layer given: ranking grid cells", [](const auto&, const Tr& say) {
            return say(QT_TRANSLATE_NOOP(
                "WarningText", "No zone layer was chosen: grid cells over the projects were "
                               "ranked instead of districts."));
        });
        add("(\\d+) invalid geometries repaired with MakeValid", [](const auto& m, const Tr& say) {
            return say(QT_TRANSLATE_NOOP("WarningText",
                                         "%1 invalid geometries were repaired (GEOS MakeValid)."))
                .arg(m.captured(1));
        });
        add("(\\d+) polygons retrace their own outline and count nowhere",
            [](const auto& m, const Tr& say) {
                return say(QT_TRANSLATE_NOOP("WarningText",
                                             "%1 polygon(s) retrace their own outline (mostly "
                                             "repeated vertices) and count nowhere."))
                    .arg(m.captured(1));
            });
        add("(\\d+) features? lie?s? far from the rest \\(one reaches (.*)\\); check for "
            "misplaced vertices such as \\(0,0\\)",
            [](const auto& m, const Tr& say) {
                return say(QT_TRANSLATE_NOOP(
                               "WarningText",
                               "%1 feature(s) lie far from the rest (one reaches %2): "
                               "check for misplaced vertices such as (0,0)."))
                    .arg(m.captured(1), m.captured(2));
            });
        add("(\\d+) of its points could not be transformed from (.*) to (.*) and count nowhere",
            [](const auto& m, const Tr& say) {
                return say(QT_TRANSLATE_NOOP("WarningText",
                                             "%1 of its points could not be transformed from %2 to "
                                             "%3 and count nowhere."))
                    .arg(m.captured(1), m.captured(2), m.captured(3));
            });
        add("(\\S+) assets are farther than network_snap from every road: they serve nothing "
            "in network mode",
            [](const auto& m, const Tr& say) {
                return say(QT_TRANSLATE_NOOP(
                               "WarningText",
                               "%1 assets are farther than the snap distance from every "
                               "road and serve nothing along the network."))
                    .arg(m.captured(1));
            });
        add("asset type not recognised", [](const auto&, const Tr& say) {
            return say(QT_TRANSLATE_NOOP(
                "WarningText", "its asset type was not recognised (set the type keywords or "
                               "the type field)."));
        });
        add("(\\S+)% of the footprint is in no zone \\(or only in slivers below min_area\\)",
            [](const auto& m, const Tr& say) {
                return say(QT_TRANSLATE_NOOP("WarningText", "%1% of its footprint is in no zone."))
                    .arg(m.captured(1));
            });
        add("(\\d+) point assets lie outside every zone", [](const auto& m, const Tr& say) {
            return say(QT_TRANSLATE_NOOP("WarningText", "%1 point assets lie outside every zone."))
                .arg(m.captured(1));
        });
        add("analysis CRS (\\S+) is geographic: areas and lengths are in degrees|the analysis "
            "CRS is geographic: areas are in degree² and lengths in degrees, not m² and m",
            [](const auto&, const Tr& say) {
                return say(QT_TRANSLATE_NOOP(
                    "WarningText", "The analysis CRS is geographic: areas and lengths are "
                                   "in degrees, not metres."));
            });
        add("criterion (\\S+) left out: its layer or field is not given", [](const auto& m,
                                                                             const Tr& say) {
            return say(QT_TRANSLATE_NOOP("WarningText",
                                         "The criterion \"%1\" was left out: its layer or field is "
                                         "not chosen."))
                .arg(m.captured(1));
        });
        add("integration zones could not be found: integration score 0",
            [](const auto&, const Tr& say) {
                return say(QT_TRANSLATE_NOOP(
                    "WarningText", "No integration zones were found: the integration score is 0 "
                                   "everywhere."));
            });
        add("no point assets of a known type: the gaps criterion is left out",
            [](const auto&, const Tr& say) {
                return say(QT_TRANSLATE_NOOP("WarningText",
                                             "No point assets of a known type: the coverage-gaps "
                                             "criterion was left out."));
            });
        add("(\\d+) feature pairs could not be intersected and were left out", [](const auto& m,
                                                                                  const Tr& say) {
            return say(QT_TRANSLATE_NOOP("WarningText",
                                         "%1 feature pairs could not be intersected and were left "
                                         "out."))
                .arg(m.captured(1));
        });
        add("(\\d+) point or line layers left out of the surface \\(point_line_buffer is 0\\)",
            [](const auto& m, const Tr& say) {
                return say(QT_TRANSLATE_NOOP("WarningText",
                                             "%1 point or line layers were left out of the surface "
                                             "(the point and line buffer is 0)."))
                    .arg(m.captured(1));
            });
        add("(\\d+) boundary pieces did not close into rings .*", [](const auto& m, const Tr& say) {
            return say(QT_TRANSLATE_NOOP(
                           "WarningText",
                           "%1 boundary pieces did not close into rings; their slivers "
                           "were left out."))
                .arg(m.captured(1));
        });
        add("could not be read: (\\S+)", [](const auto& m, const Tr& say) {
            return say(QT_TRANSLATE_NOOP("WarningText", "could not be read (%1)."))
                .arg(m.captured(1));
        });
        return f;
    }();
    return all;
}

QString translateSentence(const QString& sentence, bool* known, const Tr& say) {
    for (const Form& form : forms()) {
        const auto match = form.pattern.match(sentence);
        if (match.hasMatch()) {
            *known = true;
            return form.text(match, say);
        }
    }
    *known = false;
    return sentence;
}

} // namespace

WarningText::Names WarningText::namesIn(const project::Project& project, const QString& language) {
    // Copied: the lookup may outlive the project it was made from.
    auto names = std::make_shared<std::map<QString, QString>>();
    const std::string lang = language.toStdString();
    const auto add = [&](const std::string& id, const project::LocalizedText& name) {
        const QString shown = QString::fromStdString(name.in(lang));
        if (shown.isEmpty())
            return;
        (*names)[QString::fromStdString(id)] = shown;
        if (!name.en.empty())
            (*names)[QString::fromStdString(name.en)] = shown;
    };
    for (const auto& layer : project.layers)
        add(layer.id, layer.name);
    for (const auto& p : project.projects)
        add(p.id, p.name);
    return [names](const QString& key) {
        const auto it = names->find(key);
        return it == names->end() ? key : it->second;
    };
}

QString WarningText::translate(const std::string& warning, const Translator& given,
                               const Names& givenNames) {
    const Names names = givenNames ? givenNames : [](const QString& key) { return key; };
    const Tr say = given ? given : [](const char* source) { return WarningText::tr(source); };
    const QString text = QString::fromStdString(warning);
    bool known = false;
    const QString whole = translateSentence(text, &known, say);
    if (known)
        return whole;
    // "layer NAME: …", "project ID: …", "layers A x B: …", "base layer ID …"
    static const QRegularExpression subject(QStringLiteral(
        "^(layer|project|layers|base layer) (.+?)(?:: | (?=could not be read))(.*)$"));
    const auto match = subject.match(text);
    if (!match.hasMatch())
        return text;
    const QString rest = translateSentence(match.captured(3), &known, say);
    if (!known)
        return text;
    const QString kind = match.captured(1);
    const QString name = match.captured(2);
    if (kind == QLatin1String("project"))
        return say(QT_TRANSLATE_NOOP("WarningText", "Project %1: %2")).arg(names(name), rest);
    if (kind == QLatin1String("layers")) {
        QStringList pair = name.split(QStringLiteral(" x "));
        for (QString& layer : pair)
            layer = names(layer);
        return say(QT_TRANSLATE_NOOP("WarningText", "Layers %1: %2"))
            .arg(pair.join(QStringLiteral(" × ")), rest);
    }
    return say(QT_TRANSLATE_NOOP("WarningText", "Layer %1: %2")).arg(names(name), rest);
}

QStringList WarningText::translateAll(const std::vector<std::string>& warnings,
                                      const Translator& tr, const Names& names) {
    QStringList out;
    for (const std::string& w : warnings) {
        const QString text = translate(w, tr, names);
        if (!out.contains(text))
            out << text;
    }
    return out;
}

} // namespace cw::app
