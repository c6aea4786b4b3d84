// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/report/report_dialog.h"

#include "common/error_text.h"
#include "report/report_templates.h"
#include "services/background_job.h"
#include "widgets/report/template_editor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw::widgets {
namespace {
constexpr double kPreviewDpi = 28;
}

ReportDialog::ReportDialog(std::shared_ptr<const report::ReportData> data, QWidget* parent,
                           const QString& language)
    : QDialog(parent), m_data(std::move(data)), m_editor(new TemplateEditor(this)),
      m_templates(new QComboBox(this)), m_preview(new QListWidget(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_previewButton(new QPushButton(tr("&Preview"), this)),
      m_exportButton(new QPushButton(tr("&Export PDF…"), this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this)) {
    setWindowTitle(tr("Export report"));
    resize(1000, 680);
    m_preview->setViewMode(QListView::IconMode);
    m_preview->setIconSize(QSize(160, 226));
    m_preview->setResizeMode(QListView::Adjust);
    m_preview->setMovement(QListView::Static);
    m_preview->setSpacing(6);
    auto* saveButton = new QPushButton(tr("Save template…"), this);
    saveButton->setEnabled(!m_data->projectPath.isEmpty());
    auto* templateRow = new QHBoxLayout;
    templateRow->addWidget(new QLabel(tr("Template:"), this));
    templateRow->addWidget(m_templates, 1);
    templateRow->addWidget(saveButton);
    auto* left = new QVBoxLayout;
    left->addLayout(templateRow);
    left->addWidget(m_editor, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Pages:"), this));
    right->addWidget(m_preview, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    if (m_data->results.empty())
        layout->addWidget(new QLabel(
            tr("No analysis results yet: the report's analysis sections will say so. Run the "
               "analyses in the Analysis panel first to include them."),
            this));
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    m_progress->setRange(0, 100);
    m_cancelButton->setEnabled(false);

    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!isBusy())
            reject();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportDialog::cancel);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportDialog::startPreview);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportDialog::chooseAndExport);
    connect(saveButton, &QPushButton::clicked, this, &ReportDialog::saveTemplate);
    connect(m_templates, &QComboBox::currentIndexChanged, this, [this](int index) {
        report::ReportTemplate t;
        if (report::ReportTemplate::fromJson(m_templates->itemData(index).toByteArray(), t))
            m_editor->setValue(t);
    });
    report::ReportTemplate initial;
    initial.language = !language.isEmpty()                       ? language
                       : QLocale().language() == QLocale::Korean ? QStringLiteral("ko")
                                                                 : QStringLiteral("en");
    m_editor->setValue(initial);
    loadTemplates();
}

ReportDialog::~ReportDialog() {
    m_cancel.cancel();
    m_job.waitForFinished();
}

void ReportDialog::loadTemplates() {
    const QSignalBlocker blocker(m_templates);
    m_templates->clear();
    m_templates->addItem(tr("(new)"), m_editor->value().toJson());
    if (m_data->projectPath.isEmpty())
        return;
    if (auto stored = report::ReportTemplates::load(m_data->projectPath))
        for (const auto& t : *stored)
            m_templates->addItem(t.name, t.toJson());
}

void ReportDialog::saveTemplate() {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save template"), tr("Template name:"),
                                               QLineEdit::Normal, m_templates->currentText(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    report::ReportTemplate t = m_editor->value();
    t.name = name;
    if (auto saved = report::ReportTemplates::save(m_data->projectPath, t); !saved) {
        QMessageBox::warning(this, tr("Save template"), app::ErrorText::describe(saved.error()));
        return;
    }
    loadTemplates();
    m_templates->setCurrentIndex(m_templates->findText(name));
    m_status->setText(tr("Template \"%1\" saved in the project file.").arg(name));
}

void ReportDialog::setBusy(bool busy, const QString& what) {
    m_previewButton->setEnabled(!busy);
    m_exportButton->setEnabled(!busy);
    m_editor->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    m_status->setText(what);
    if (busy)
        m_progress->setValue(0);
}

int ReportDialog::previewPageCount() const {
    return m_preview->count();
}

void ReportDialog::startPreview() {
    if (isBusy())
        return;
    m_preview->clear();
    m_exporting = false;
    m_cancel = CancelToken{};
    setBusy(true, tr("Drawing the pages…"));
    m_progress->setRange(0, 0);
    QPointer<ReportDialog> self(this);
    auto sink = [self](int index, const QImage& page) {
        // Pages arrive on the worker; the list is filled on the GUI thread.
        const QImage copy = page.copy();
        QMetaObject::invokeMethod(
            self.data(),
            [self, index, copy] {
                if (self)
                    self->m_preview->addItem(new QListWidgetItem(QIcon(QPixmap::fromImage(copy)),
                                                                 tr("Page %1").arg(index + 1)));
            },
            Qt::QueuedConnection);
        return true;
    };
    start([data = m_data, tmpl = m_editor->value(), sink,
           cancel = m_cancel](services::JobProgress&) -> Outcome {
        return report::ReportWriter::renderPages(*data, tmpl, kPreviewDpi, sink, cancel);
    });
}

void ReportDialog::chooseAndExport() {
    const QString suggested =
        m_data->projectPath.isEmpty()
            ? QStringLiteral("report.pdf")
            : QFileInfo(m_data->projectPath).dir().filePath(QStringLiteral("report.pdf"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export report"), suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        startExport(path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)
                        ? path
                        : path + QStringLiteral(".pdf"));
}

void ReportDialog::startExport(const QString& path) {
    if (isBusy())
        return;
    m_exporting = true;
    m_exportPath = path;
    m_cancel = CancelToken{};
    setBusy(true, tr("Writing %1…").arg(QFileInfo(path).fileName()));
    m_progress->setRange(0, 100);
    start([data = m_data, tmpl = m_editor->value(), path,
           cancel = m_cancel](services::JobProgress& progress) -> Outcome {
        return report::ReportWriter::writePdf(*data, tmpl, path, progress.part(0, 1), cancel);
    });
}

void ReportDialog::start(std::function<Outcome(services::JobProgress&)> work) {
    m_running = true;
    m_job = services::startBackgroundJob<Outcome>(
        this, std::move(work), [this](const Outcome& outcome) { onFinished(outcome); },
        [this](double fraction, const QString&) {
            if (m_progress->maximum() > 0)
                m_progress->setValue(int(fraction * 100));
        });
}

void ReportDialog::cancel() {
    m_cancel.cancel();
}

void ReportDialog::onFinished(const Outcome& outcome) {
    m_running = false;
    m_progress->setRange(0, 100);
    setBusy(false, QString());
    QString message;
    if (outcome)
        message = m_exporting ? tr("Wrote %1 (%n page(s)).", nullptr, outcome->pages)
                                    .arg(QFileInfo(m_exportPath).absoluteFilePath())
                              : tr("%n page(s).", nullptr, outcome->pages);
    else if (outcome.error().code == ErrorCode::Cancelled)
        message = tr("Cancelled: nothing was written.");
    else
        message = app::ErrorText::describe(outcome.error());
    m_status->setText(message);
    m_progress->setValue(outcome ? 100 : 0);
    if (m_exporting)
        emit exportFinished(bool(outcome), message);
    else
        emit previewFinished();
}

} // namespace cw::widgets
