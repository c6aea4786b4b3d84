// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/report/table_export.h"

#include "cityweave/analysis/table_export.h"
#include "common/error_text.h"

#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace cw::widgets {

QString TableExport::write(const Results& results, const QString& path) {
    std::vector<const analysis::ResultTable*> tables;
    for (const auto& r : results)
        for (const auto& t : r->tables)
            tables.push_back(&t);
    Status status = Ok{};
    if (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)) {
        status = analysis::writeTablesXlsx(tables, path.toStdString());
    } else {
        const QFileInfo info(path);
        for (const auto* t : tables) {
            const QString file =
                tables.size() == 1
                    ? path
                    : info.dir().filePath(info.completeBaseName() + QLatin1Char('_') +
                                          QString::fromStdString(t->key) + QStringLiteral(".csv"));
            status = analysis::writeTableCsv(*t, file.toStdString(), true);
            if (!status)
                break;
        }
    }
    return status ? QString() : app::ErrorText::describe(status.error());
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
    QProgressDialog progress(tr("Writing %1…").arg(QFileInfo(path).fileName()), QString(), 0, 0,
                             parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.show();
    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([results, path] { return write(results, path); }));
    loop.exec();
    progress.close();
    const QString error = watcher.result();
    if (!error.isEmpty())
        QMessageBox::warning(parent, tr("Export tables"), error);
}

} // namespace cw::widgets
