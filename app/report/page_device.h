// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <functional>
#include <memory>

class QIODevice;

namespace cw::report {

/// Where report pages go. Pages are painted in PDF points (72 per inch) whatever the device.
class PageDevice {
public:
    virtual ~PageDevice() = default;
    virtual QPainter& painter() = 0;
    /// Ends the current page and starts the next one.
    virtual bool newPage() = 0;
    /// Ends the last page; false when the output failed.
    virtual bool finish() = 0;
};

/// Vector pages in a PDF: text stays text, fonts are embedded as subsets, and each finished
/// page is written out at once, so memory does not grow with the page count.
class PdfPageDevice : public PageDevice {
public:
    PdfPageDevice(QIODevice& output, const QPageSize& size, QPageLayout::Orientation orientation,
                  const QString& title);
    QPainter& painter() override { return m_painter; }
    bool newPage() override { return m_writer.newPage(); }
    bool finish() override { return m_painter.end(); }

private:
    QPdfWriter m_writer;
    QPainter m_painter;
};

/// Pages as images for a preview: each finished page is handed to `sink` (return false to
/// stop), then dropped.
class ImagePageDevice : public PageDevice {
public:
    using Sink = std::function<bool(int pageIndex, const QImage& page)>;
    ImagePageDevice(QSizeF pagePoints, double dpi, Sink sink);
    QPainter& painter() override { return m_painter; }
    bool newPage() override;
    bool finish() override;

private:
    void startPage();
    QSizeF m_points;
    double m_dpi;
    Sink m_sink;
    QImage m_image;
    QPainter m_painter;
    int m_index = 0;
    bool m_stopped = false;
};

} // namespace cw::report
