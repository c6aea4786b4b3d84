// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/analysis/analysis_registry.h"
#include "cli/analysis_description.h"
#include "cli/cli_context.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cw::cli {

int runAnalyses(CliContext& ctx) {
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (!ctx.args.isEmpty())
        return ctx.usage(CliContext::tr("analyses takes no arguments besides --json."));
    if (json) {
        QJsonArray list;
        for (const analysis::Analysis* a : ctx.analyses->all())
            list.append(AnalysisDescription::json(a->descriptor()));
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("analyses"), list}})
                       .toJson(QJsonDocument::Indented);
        return kOk;
    }
    for (const analysis::Analysis* a : ctx.analyses->all())
        ctx.out << AnalysisDescription::helpText(a->descriptor(), ctx.language) << '\n';
    ctx.out.flush();
    return kOk;
}

} // namespace cw::cli
