// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/report/print_layout_dialog.h"

#include "common/error_text.h"
#include "report/print_layouts.h"
#include "services/background_job.h"
#include "widgets/report/layout_item_panel.h"
#include "widgets/report/print_layout_view.h"

#include <QComboBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

namespace cw::widgets {
namespace {
constexpr double kImageDpi = 200;
using report::LayoutItemKind;
} // namespace

PrintLayoutDialog::PrintLayoutDialog(const QString& projectPath,
                                     std::shared_ptr<const report::LayoutContent> content,
                                     const geometry::Envelope& mapView, QWidget* parent)
    : QDialog(parent), m_projectPath(projectPath), m_content(std::move(content)),
      m_mapView(mapView), m_view(new PrintLayoutView(this)),
      m_itemPanel(new LayoutItemPanel(this)) {
    setObjectName(QStringLiteral("printLayoutDialog"));
    setWindowTitle(tr("Print Layout"));
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);
    resize(1200, 800);
    m_view->setContent(m_content);
    auto* bar = new QToolBar(this);
    buildToolbar(*bar);
    auto* body = new QHBoxLayout;
    body->addWidget(m_view, 1);
    body->addWidget(buildSidePanel());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addLayout(body, 1);
    connect(m_view, &PrintLayoutView::selectionChanged, this, [this](int index) {
        const auto& items = m_view->layout().items;
        m_itemPanel->showItem(index >= 0 ? &items[std::size_t(index)] : nullptr);
    });
    connect(m_view, &PrintLayoutView::layoutEdited, this, [this] {
        const int index = m_view->selectedIndex();
        if (index >= 0)
            m_itemPanel->showItem(&m_view->layout().items[std::size_t(index)]);
    });
    connect(m_itemPanel, &LayoutItemPanel::edited, this, [this](const report::LayoutItem& item) {
        m_view->setItem(m_view->selectedIndex(), item);
    });
    auto standard = report::PrintLayout::standard(report::Paper::A4, true);
    standard.extent = m_mapView;
    m_view->setLayout(standard);
    refreshSavedLayouts();
}

void PrintLayoutDialog::buildToolbar(QToolBar& bar) {
    const std::pair<LayoutItemKind, const char*> adds[] = {
        {LayoutItemKind::Map, "actionAddLayoutMap"},
        {LayoutItemKind::Legend, "actionAddLayoutLegend"},
        {LayoutItemKind::ScaleBar, "actionAddLayoutScaleBar"},
        {LayoutItemKind::NorthArrow, "actionAddLayoutNorthArrow"},
        {LayoutItemKind::Title, "actionAddLayoutTitle"},
        {LayoutItemKind::Text, "actionAddLayoutText"}};
    for (auto [kind, name] : adds) {
        auto* action = bar.addAction(tr("Add %1").arg(LayoutItemPanel::kindName(kind)));
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, this, [this, kind = kind] { m_view->addItem(kind); });
    }
    auto* remove = bar.addAction(tr("Remove Item"));
    remove->setObjectName(QStringLiteral("actionRemoveLayoutItem"));
    remove->setShortcut(QKeySequence::Delete);
    connect(remove, &QAction::triggered, m_view, &PrintLayoutView::removeSelected);
    bar.addSeparator();
    auto* fromMap = bar.addAction(tr("Use the Map's View"));
    fromMap->setObjectName(QStringLiteral("actionLayoutUseMapView"));
    fromMap->setToolTip(tr("Show in the layout's maps what the main map shows now"));
    connect(fromMap, &QAction::triggered, this, [this] { m_view->setMapExtent(m_mapView); });
    bar.addSeparator();
    auto* pdf = bar.addAction(tr("Export PDF…"));
    pdf->setObjectName(QStringLiteral("actionLayoutExportPdf"));
    connect(pdf, &QAction::triggered, this, [this] { chooseExportFile(true); });
    auto* image = bar.addAction(tr("Export Image…"));
    image->setObjectName(QStringLiteral("actionLayoutExportImage"));
    connect(image, &QAction::triggered, this, [this] { chooseExportFile(false); });
}

QWidget* PrintLayoutDialog::buildSidePanel() {
    auto* panel = new QWidget(this);
    panel->setMinimumWidth(280);
    panel->setMaximumWidth(360);
    m_saved = new QComboBox(panel);
    m_saved->setObjectName(QStringLiteral("savedLayouts"));
    m_name = new QLineEdit(m_view->layout().name, panel);
    m_name->setObjectName(QStringLiteral("layoutName"));
    auto* open = new QPushButton(tr("Open"), panel);
    auto* save = new QPushButton(tr("Save in Project"), panel);
    save->setObjectName(QStringLiteral("saveLayout"));
    auto* remove = new QPushButton(tr("Delete"), panel);
    connect(open, &QPushButton::clicked, this, [this] { loadLayout(m_saved->currentText()); });
    connect(save, &QPushButton::clicked, this, &PrintLayoutDialog::saveLayout);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_saved->currentText().isEmpty())
            return;
        if (auto removed = report::PrintLayouts::remove(m_projectPath, m_saved->currentText());
            !removed)
            QMessageBox::warning(this, tr("Print Layout"),
                                 app::ErrorText::describe(removed.error()));
        refreshSavedLayouts();
    });
    const bool saved = !m_projectPath.isEmpty();
    for (QWidget* w : {static_cast<QWidget*>(m_saved), static_cast<QWidget*>(open),
                       static_cast<QWidget*>(save), static_cast<QWidget*>(remove)})
        w->setEnabled(saved);
    if (!saved)
        m_saved->setToolTip(tr("Save the project first: layouts are kept in its file."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(save);
    buttons->addWidget(remove);
    auto* layouts = new QGroupBox(tr("Layouts in the project"), panel);
    auto* layoutsForm = new QFormLayout(layouts);
    layoutsForm->addRow(tr("Saved:"), m_saved);
    layoutsForm->addRow(tr("Name:"), m_name);
    layoutsForm->addRow(buttons);

    m_paper = new QComboBox(panel);
    m_paper->setObjectName(QStringLiteral("layoutPaper"));
    m_paper->addItem(QStringLiteral("A4"));
    m_paper->addItem(QStringLiteral("A3"));
    m_orientation = new QComboBox(panel);
    m_orientation->setObjectName(QStringLiteral("layoutOrientation"));
    m_orientation->addItem(tr("Landscape"));
    m_orientation->addItem(tr("Portrait"));
    const auto applyPage = [this] {
        m_view->setPage(m_paper->currentIndex() == 1 ? report::Paper::A3 : report::Paper::A4,
                        m_orientation->currentIndex() == 0);
    };
    connect(m_paper, &QComboBox::currentIndexChanged, this, applyPage);
    connect(m_orientation, &QComboBox::currentIndexChanged, this, applyPage);
    auto* page = new QGroupBox(tr("Page"), panel);
    auto* pageForm = new QFormLayout(page);
    pageForm->addRow(tr("Paper:"), m_paper);
    pageForm->addRow(tr("Orientation:"), m_orientation);

    auto* item = new QGroupBox(tr("Item"), panel);
    auto* itemLayout = new QVBoxLayout(item);
    itemLayout->addWidget(m_itemPanel);
    auto* column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(layouts);
    column->addWidget(page);
    column->addWidget(item);
    column->addStretch(1);
    return panel;
}

void PrintLayoutDialog::refreshSavedLayouts() {
    m_saved->clear();
    if (m_projectPath.isEmpty())
        return;
    if (auto layouts = report::PrintLayouts::load(m_projectPath))
        for (const auto& layout : *layouts)
            m_saved->addItem(layout.name);
}

bool PrintLayoutDialog::saveLayout() {
    const QString name = m_name->text().trimmed();
    if (m_projectPath.isEmpty() || name.isEmpty()) {
        QMessageBox::information(this, tr("Print Layout"),
                                 m_projectPath.isEmpty()
                                     ? tr("Save the project first: layouts are kept in its file.")
                                     : tr("Give the layout a name."));
        return false;
    }
    report::PrintLayout layout = m_view->layout();
    layout.name = name;
    if (auto saved = report::PrintLayouts::save(m_projectPath, layout); !saved) {
        QMessageBox::warning(this, tr("Print Layout"), app::ErrorText::describe(saved.error()));
        return false;
    }
    refreshSavedLayouts();
    m_saved->setCurrentText(name);
    return true;
}

bool PrintLayoutDialog::loadLayout(const QString& name) {
    auto found = report::PrintLayouts::find(m_projectPath, name);
    if (!found)
        return false;
    const QSignalBlocker a(m_paper), b(m_orientation);
    m_paper->setCurrentIndex(found->paper == report::Paper::A3 ? 1 : 0);
    m_orientation->setCurrentIndex(found->landscape ? 0 : 1);
    m_name->setText(found->name);
    m_view->setLayout(*found);
    return true;
}

void PrintLayoutDialog::chooseExportFile(bool pdf) {
    const QString suggested =
        QFileInfo(m_projectPath)
            .absoluteDir()
            .filePath(m_name->text().trimmed() +
                      (pdf ? QStringLiteral(".pdf") : QStringLiteral(".png")));
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export PDF") : tr("Export Image"), suggested,
        pdf ? tr("PDF document (*.pdf)") : tr("PNG image (*.png);;JPEG image (*.jpg)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportTo(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Print Layout"), error);
}

QString PrintLayoutDialog::exportTo(const QString& path) {
    // Drawn on a worker thread from copies: the dialog stays live and the export cancellable.
    auto* progress = new QProgressDialog(tr("Writing %1…").arg(QFileInfo(path).fileName()),
                                         tr("Cancel"), 0, 0, this);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setWindowModality(Qt::WindowModal);
    progress->show();
    CancelToken cancel;
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel.cancel(); });
    const bool pdf =
        QFileInfo(path).suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0;
    QString error;
    QEventLoop wait;
    services::startBackgroundJob<Status>(
        this,
        [layout = m_view->layout(), content = m_content, path, pdf,
         cancel](services::JobProgress&) {
            return pdf ? report::PrintLayoutPainter::writePdf(path, layout, *content, cancel)
                       : report::PrintLayoutPainter::writeImage(path, layout, *content, kImageDpi,
                                                                cancel);
        },
        [&error, &wait, progress = QPointer<QProgressDialog>(progress)](const Status& status) {
            if (progress)
                progress->close();
            if (!status && status.error().code != ErrorCode::Cancelled)
                error = app::ErrorText::describe(status.error());
            wait.quit();
        });
    wait.exec();
    return error;
}

} // namespace cw::widgets
