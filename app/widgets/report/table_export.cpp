// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/report/table_export.h"

#include "common/error_text.h"
#include "services/background_job.h"
#include "services/table_export.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>

namespace cw::widgets {

QString TableExport::write(const Results& results, const QString& path) {
    std::vector<const analysis::ResultTable*> tables;
    for (const auto& r : results)
        for (const auto& t : r->tables)
            tables.push_back(&t);
    auto written = services::TableExport::write(tables, path.toStdString());
    return written ? QString() : app::ErrorText::describe(written.error());
}

void TableExport::run(QWidget* parent, const Results& results, const QString& folder) {
    if (results.empty()) {
        QMessageBox::information(parent, tr("Export tables"),
                                 tr("There are no analysis results yet. Run an analysis in the "
                                    "Analysis panel first."));
        return;
    }
    QString selected;
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Export tables"), QDir(folder).filePath(QStringLiteral("tables.xlsx")),
        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    const bool csv = selected.contains(QStringLiteral("csv")) ||
                     path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    const QString suffix = csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    // Window-modal while it writes; the event loop keeps running, so the window repaints.
    auto* progress = new QProgressDialog(tr("Writing %1…").arg(QFileInfo(path).fileName()),
                                         QString(), 0, 0, parent);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setWindowModality(Qt::WindowModal);
    progress->show();
    services::startBackgroundJob<QString>(
        progress, [results, path](services::JobProgress&) { return write(results, path); },
        [progress, parent = QPointer<QWidget>(parent)](const QString& error) {
            progress->close();
            if (!error.isEmpty())
                QMessageBox::warning(parent, tr("Export tables"), error);
        });
}

} // namespace cw::widgets
