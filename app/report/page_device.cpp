// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/page_device.h"

#include <QPageLayout>

namespace cw::report {

PdfPageDevice::PdfPageDevice(QIODevice& output, const QPageSize& size,
                             QPageLayout::Orientation orientation, const QString& title)
    : m_writer(&output) {
    m_writer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)));
    // One device unit per point: layouts, fonts and line widths are all in points.
    m_writer.setResolution(72);
    m_writer.setTitle(title);
    m_writer.setCreator(QStringLiteral("CityWeave"));
    m_painter.begin(&m_writer);
}

ImagePageDevice::ImagePageDevice(QSizeF pagePoints, double dpi, Sink sink)
    : m_points(pagePoints), m_dpi(dpi), m_sink(std::move(sink)) {
    startPage();
}

void ImagePageDevice::startPage() {
    const double scale = m_dpi / 72.0;
    m_image = QImage((m_points * scale).toSize(), QImage::Format_RGB32);
    m_image.fill(Qt::white);
    // The image claims 72 dpi so fonts in points map to one unit each, then the painter scales.
    const int dotsPerMeter = qRound(72 / 0.0254);
    m_image.setDotsPerMeterX(dotsPerMeter);
    m_image.setDotsPerMeterY(dotsPerMeter);
    m_painter.begin(&m_image);
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    m_painter.setRenderHint(QPainter::TextAntialiasing, true);
    m_painter.scale(scale, scale);
}

bool ImagePageDevice::newPage() {
    if (!finish())
        return false;
    startPage();
    return true;
}

bool ImagePageDevice::finish() {
    if (!m_painter.isActive())
        return !m_stopped;
    m_painter.end();
    if (!m_stopped && m_sink && !m_sink(m_index++, m_image))
        m_stopped = true;
    return !m_stopped;
}

} // namespace cw::report
