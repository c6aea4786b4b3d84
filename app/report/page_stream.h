// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/page_device.h"

#include <QRectF>
#include <QString>

namespace cw::report {

/// Flows report content down pages: a cursor on the current page, margins, a footer with the
/// page number, and a new page whenever the next block does not fit.
class PageStream {
public:
    PageStream(PageDevice& device, QSizeF pagePoints, QString footer);

    QPainter& painter() { return m_device.painter(); }
    QSizeF pageSize() const { return m_page; }
    /// The printable area of every page (margins removed).
    QRectF content() const;
    double y() const { return m_y; }
    double remaining() const { return content().bottom() - m_y; }
    void advance(double dy) { m_y += dy; }
    int pageNumber() const { return m_pageNumber; }
    bool failed() const { return m_failed; }

    /// Starts a new page unless the current one is still empty.
    void newPage();
    /// Starts a new page when fewer than `height` points are left.
    void ensureSpace(double height);
    /// A section heading (level 1) or sub-heading (level 2).
    void heading(const QString& text, int level = 1);
    /// Word-wrapped text across the content width; continues on the next page if needed.
    void paragraph(const QString& text, double points = 9.5, bool italic = false);
    /// Ends the last page; false when the device failed.
    bool finish();

private:
    void drawFooter();
    PageDevice& m_device;
    QSizeF m_page;
    QString m_footer;
    double m_y = 0;
    int m_pageNumber = 1;
    bool m_pageEmpty = true;
    bool m_failed = false;
};

} // namespace cw::report
