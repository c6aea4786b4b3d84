// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/page_stream.h"

#include "report/report_fonts.h"

#include <QFontMetricsF>
#include <QTextLayout>

namespace cw::report {
namespace {
constexpr double kMargin = 42;      // points: about 15 mm
constexpr double kFooterSpace = 18; // points below the content for the footer
} // namespace

PageStream::PageStream(PageDevice& device, QSizeF pagePoints, QString footer)
    : m_device(device), m_page(pagePoints), m_footer(std::move(footer)) {
    m_y = content().top();
}

QRectF PageStream::content() const {
    return QRectF(kMargin, kMargin, m_page.width() - 2 * kMargin,
                  m_page.height() - 2 * kMargin - kFooterSpace);
}

void PageStream::drawFooter() {
    QPainter& p = painter();
    p.save();
    p.setFont(ReportFonts::font(7.5));
    p.setPen(QColor(110, 110, 110));
    const QRectF band(kMargin, m_page.height() - kMargin - 10, m_page.width() - 2 * kMargin, 12);
    p.drawLine(QPointF(band.left(), band.top() - 4), QPointF(band.right(), band.top() - 4));
    p.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    p.drawText(band, Qt::AlignRight | Qt::AlignVCenter, QString::number(m_pageNumber));
    p.restore();
}

void PageStream::newPage() {
    if (m_pageEmpty)
        return;
    drawFooter();
    if (!m_device.newPage())
        m_failed = true;
    ++m_pageNumber;
    m_y = content().top();
    m_pageEmpty = true;
}

void PageStream::ensureSpace(double height) {
    if (remaining() < height)
        newPage();
    m_pageEmpty = false;
}

void PageStream::heading(const QString& text, int level) {
    const double size = level == 1 ? 16 : 12;
    const QFont font = ReportFonts::font(size, true);
    const double h = QFontMetricsF(font, painter().device()).height();
    ensureSpace(h * 3); // never leave a heading alone at the foot of a page
    if (m_y > content().top())
        m_y += level == 1 ? 10 : 6;
    QPainter& p = painter();
    p.setFont(font);
    p.setPen(level == 1 ? QColor(20, 60, 110) : QColor(30, 30, 30));
    p.drawText(QRectF(content().left(), m_y, content().width(), h),
               Qt::AlignLeft | Qt::AlignVCenter, text);
    m_y += h + (level == 1 ? 6 : 3);
    if (level == 1) {
        p.setPen(QPen(QColor(20, 60, 110), 0.8));
        p.drawLine(QPointF(content().left(), m_y - 3), QPointF(content().right(), m_y - 3));
    }
}

void PageStream::paragraph(const QString& text, double points, bool italic) {
    QFont font = ReportFonts::font(points);
    font.setItalic(italic);
    QTextLayout layout(text, font, painter().device());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    const double leading = QFontMetricsF(font, painter().device()).leading() + points * 0.25;
    std::vector<QTextLine> lines;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(content().width());
        lines.push_back(line);
    }
    layout.endLayout();
    QPainter& p = painter();
    p.setPen(QColor(30, 30, 30));
    for (QTextLine& line : lines) {
        ensureSpace(line.height() + leading);
        line.draw(&p, QPointF(content().left() - line.x(), m_y - line.y()));
        m_y += line.height() + leading;
    }
    m_y += points * 0.4;
}

bool PageStream::finish() {
    drawFooter();
    return m_device.finish() && !m_failed;
}

} // namespace cw::report
