// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_templates.h"

#include "cityweave/project/report_template_store.h"
#include "report/print_layouts.h"

namespace cw::report {

Result<std::vector<ReportTemplate>> ReportTemplates::load(const QString& projectPath) {
    auto stored = project::ReportTemplateStore::load(projectPath.toStdString());
    if (!stored)
        return stored.error();
    std::vector<ReportTemplate> out;
    const std::string layoutPrefix = PrintLayouts::kKeyPrefix;
    for (const auto& [name, json] : *stored) {
        if (name.rfind(layoutPrefix, 0) == 0)
            continue; // a print layout, not a report template
        ReportTemplate t;
        if (ReportTemplate::fromJson(QByteArray::fromStdString(json), t)) {
            t.name = QString::fromStdString(name);
            out.push_back(std::move(t));
        }
    }
    return out;
}

Result<ReportTemplate> ReportTemplates::find(const QString& projectPath, const QString& name) {
    auto all = load(projectPath);
    if (!all)
        return all.error();
    for (auto& t : *all)
        if (t.name == name)
            return t;
    return makeError(ErrorCode::InvalidArgument, {"--template", name.toStdString()},
                     "the project file has no report template of that name");
}

Status ReportTemplates::save(const QString& projectPath, const ReportTemplate& tmpl) {
    return project::ReportTemplateStore::save(projectPath.toStdString(), tmpl.name.toStdString(),
                                              tmpl.toJson().toStdString());
}

} // namespace cw::report
