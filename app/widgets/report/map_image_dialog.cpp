// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/report/map_image_dialog.h"

#include "common/error_text.h"
#include "report/map_image_export.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace cw::widgets {

MapImageDialog::MapImageDialog(const render::MapSettings& view,
                               std::shared_ptr<const std::vector<render::RenderLayer>> layers,
                               QWidget* parent)
    : QDialog(parent), m_view(view), m_layers(std::move(layers)), m_path(new QLineEdit(this)),
      m_format(new QComboBox(this)), m_width(new QSpinBox(this)), m_height(new QSpinBox(this)),
      m_dpi(new QSpinBox(this)) {
    setWindowTitle(tr("Export map image"));
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG drawing (vectors)"), QStringLiteral("svg"));
    for (QSpinBox* box : {m_width, m_height})
        box->setRange(16, 20000);
    m_width->setValue(view.outputSize().width() * 2);
    m_height->setValue(view.outputSize().height() * 2);
    m_dpi->setRange(24, 1200);
    m_dpi->setValue(192);
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const bool svg = m_format->currentData().toString() == QStringLiteral("svg");
        const QString file =
            QFileDialog::getSaveFileName(this, tr("Export map image"), m_path->text(),
                                         svg ? tr("SVG drawing (*.svg)") : tr("PNG image (*.png)"));
        if (!file.isEmpty())
            m_path->setText(file);
    });
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Width (px):"), m_width);
    form->addRow(tr("Height (px):"), m_height);
    form->addRow(tr("Resolution (DPI):"), m_dpi);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MapImageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

render::MapSettings MapImageDialog::chosenSettings() const {
    render::MapSettings s = m_view;
    const QSize size(m_width->value(), m_height->value());
    // Keep the ground width of the view across the new width.
    const double groundWidth = m_view.outputSize().width() * m_view.mapUnitsPerPixel();
    s.setOutputSize(size);
    s.setMapUnitsPerPixel(groundWidth / std::max(1, size.width()));
    s.setDpi(m_dpi->value());
    return s;
}

bool MapImageDialog::exportTo(const QString& path) {
    QString file = path;
    const bool svg = m_format->currentData().toString() == QStringLiteral("svg");
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    if (!file.endsWith(suffix, Qt::CaseInsensitive))
        file += suffix;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = report::MapImageExport::write(svg ? report::MapImageFormat::Svg
                                                             : report::MapImageFormat::Png,
                                                         file, chosenSettings(), *m_layers);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("Export map image"),
                             app::ErrorText::describe(written.error()));
        return false;
    }
    return true;
}

void MapImageDialog::accept() {
    if (m_path->text().trimmed().isEmpty()) {
        QMessageBox::information(this, tr("Export map image"), tr("Choose a file first."));
        return;
    }
    if (exportTo(m_path->text().trimmed()))
        QDialog::accept();
}

} // namespace cw::widgets
