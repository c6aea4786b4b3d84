// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/print_layouts.h"

#include "cityweave/project/report_template_store.h"

namespace cw::report {
namespace {
std::string storedKey(const QString& name) {
    return PrintLayouts::kKeyPrefix + name.toStdString();
}
} // namespace

Result<std::vector<PrintLayout>> PrintLayouts::load(const QString& projectPath) {
    auto stored = project::ReportTemplateStore::load(projectPath.toStdString());
    if (!stored)
        return stored.error();
    const std::string prefix = kKeyPrefix;
    std::vector<PrintLayout> out;
    for (const auto& [key, json] : *stored) {
        PrintLayout layout;
        if (key.rfind(prefix, 0) != 0 ||
            !PrintLayout::fromJson(QByteArray::fromStdString(json), layout))
            continue;
        layout.name = QString::fromStdString(key.substr(prefix.size()));
        out.push_back(std::move(layout));
    }
    return out;
}

Result<PrintLayout> PrintLayouts::find(const QString& projectPath, const QString& name) {
    auto all = load(projectPath);
    if (!all)
        return all.error();
    for (auto& layout : *all)
        if (layout.name == name)
            return layout;
    return makeError(ErrorCode::InvalidArgument, {"--layout", name.toStdString()},
                     "the project file has no print layout of that name");
}

Status PrintLayouts::save(const QString& projectPath, const PrintLayout& layout) {
    return project::ReportTemplateStore::save(projectPath.toStdString(), storedKey(layout.name),
                                              layout.toJson().toStdString());
}

Status PrintLayouts::remove(const QString& projectPath, const QString& name) {
    return project::ReportTemplateStore::remove(projectPath.toStdString(), storedKey(name));
}

} // namespace cw::report
