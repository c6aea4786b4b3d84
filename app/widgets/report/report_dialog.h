// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/progress.h"
#include "report/report_data.h"
#include "report/report_writer.h"

#include <QDialog>
#include <QFuture>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace cw::services {
class JobProgress;
}

namespace cw::widgets {

class TemplateEditor;

/// File > Export report: edit the template (saved in the project file), preview the pages,
/// and write the PDF on a worker thread with progress and Cancel.
class ReportDialog : public QDialog {
    Q_OBJECT

public:
    /// `data` is shared with the worker threads and must not change while the dialog is open.
    /// The report is written in `language` ("ko"/"en": the interface's) unless a template or
    /// the user says otherwise; empty: the system locale's.
    explicit ReportDialog(std::shared_ptr<const report::ReportData> data, QWidget* parent = nullptr,
                          const QString& language = {});
    ~ReportDialog() override;

    TemplateEditor& editor() const { return *m_editor; }
    /// Starts the preview / the PDF; the signals tell when they end.
    void startPreview();
    void startExport(const QString& path);
    void cancel();
    bool isBusy() const { return m_running; }
    int previewPageCount() const;

signals:
    void previewFinished();
    void exportFinished(bool succeeded, const QString& message);

private:
    using Outcome = Result<report::ReportOutcome>;
    void loadTemplates();
    void saveTemplate();
    void chooseAndExport();
    void setBusy(bool busy, const QString& what);
    void start(std::function<Outcome(services::JobProgress&)> work);
    void onFinished(const Outcome& outcome);

    std::shared_ptr<const report::ReportData> m_data;
    TemplateEditor* m_editor;
    QComboBox* m_templates;
    QListWidget* m_preview;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_previewButton;
    QPushButton* m_exportButton;
    QPushButton* m_cancelButton;
    QFuture<void> m_job; // the preview or export in flight: waited for on destruction
    bool m_running = false;
    CancelToken m_cancel;
    bool m_exporting = false;
    QString m_exportPath;
};

} // namespace cw::widgets
