// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/analysis/overlap_matrix_view.h"

#include "cityweave/analysis/result_columns.h"
#include "widgets/analysis/result_table_model.h"

#include <QHeaderView>
#include <QLocale>
#include <map>
#include <optional>

namespace cw::widgets {
namespace {
std::optional<double> number(const data::AttributeRow& row, int column) {
    if (column < 0 || std::size_t(column) >= row.size())
        return std::nullopt;
    if (const auto* d = std::get_if<double>(&row[std::size_t(column)]))
        return *d;
    if (const auto* i = std::get_if<std::int64_t>(&row[std::size_t(column)]))
        return double(*i);
    return std::nullopt;
}

QString text(const data::AttributeRow& row, int column) {
    if (column < 0 || std::size_t(column) >= row.size())
        return {};
    return QString::fromStdString(data::toDisplayString(row[std::size_t(column)]));
}

// What the column's project has in the row's project.
struct Cell {
    std::optional<double> share;  // of the row's footprint area
    std::optional<double> area;   // m²
    std::optional<double> points; // column's points inside the row's footprint
    std::optional<double> lines;  // column's line length inside it, m
};
} // namespace

OverlapMatrixView::OverlapMatrixView(QWidget* parent) : QTableWidget(parent) {
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setMinimumSectionSize(36);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setMouseTracking(true);
    connect(this, &QTableWidget::cellClicked, this, &OverlapMatrixView::onCellClicked);
}

QColor OverlapMatrixView::shareColor(double share) {
    const double t = std::clamp(share, 0.0, 1.0);
    // Two segments: white -> amber (#fdb863) -> deep red (#b2182b); a square root lifts small
    // shares.
    const double s = std::sqrt(t);
    auto mix = [](int a, int b, double f) { return int(a + (b - a) * f + 0.5); };
    if (s < 0.5) {
        const double f = s / 0.5;
        return QColor(mix(255, 253, f), mix(255, 184, f), mix(255, 99, f));
    }
    const double f = (s - 0.5) / 0.5;
    return QColor(mix(253, 178, f), mix(184, 24, f), mix(99, 43, f));
}

void OverlapMatrixView::setTable(const analysis::ResultTable& table,
                                 const QHash<QString, QString>& names, const QString& language) {
    const QLocale locale(language == QLatin1String("ko") ? QLocale::Korean : QLocale::English);
    const int colA = table.columnIndex(analysis::columns::kProjectA);
    const int colB = table.columnIndex(analysis::columns::kProjectB);
    const int colShareA = table.columnIndex(analysis::columns::kShareOfA);
    const int colShareB = table.columnIndex(analysis::columns::kShareOfB);
    const int colArea = table.columnIndex(analysis::columns::kAreaM2);
    const int colPointsBinA = table.columnIndex(analysis::columns::kPointsBInA);
    const int colPointsAinB = table.columnIndex(analysis::columns::kPointsAInB);
    const int colLinesBinA = table.columnIndex(analysis::columns::kLinesBInAM);
    const int colLinesAinB = table.columnIndex(analysis::columns::kLinesAInBM);

    m_projects.clear();
    std::map<std::pair<QString, QString>, Cell> cells;
    auto addProject = [&](const QString& p) {
        if (!p.isEmpty() && !m_projects.contains(p))
            m_projects << p;
    };
    for (const auto& row : table.rows) {
        const QString a = text(row, colA), b = text(row, colB);
        addProject(a);
        addProject(b);
        if (a.isEmpty() || b.isEmpty() || a == b)
            continue;
        Cell& ab = cells[{a, b}];
        ab.share = number(row, colShareA);
        ab.area = number(row, colArea);
        ab.points = number(row, colPointsBinA);
        ab.lines = number(row, colLinesBinA);
        // The other direction, unless the table lists it in a row of its own.
        Cell& ba = cells[{b, a}];
        if (!ba.share)
            ba.share = number(row, colShareB);
        if (!ba.area)
            ba.area = ab.area;
        if (!ba.points)
            ba.points = number(row, colPointsAinB);
        if (!ba.lines)
            ba.lines = number(row, colLinesAinB);
    }

    clear();
    setRowCount(int(m_projects.size()));
    setColumnCount(int(m_projects.size()));
    // Rows carry the (shortened) names, columns their numbers: the grid stays square and narrow.
    const QFontMetrics metrics = verticalHeader()->fontMetrics();
    for (int i = 0; i < m_projects.size(); ++i) {
        const QString name = names.value(m_projects[i], m_projects[i]);
        auto* rowHeader = new QTableWidgetItem(
            metrics.elidedText(tr("%1. %2").arg(i + 1).arg(name), Qt::ElideRight, 140));
        rowHeader->setToolTip(name);
        setVerticalHeaderItem(i, rowHeader);
        auto* columnHeader = new QTableWidgetItem(QString::number(i + 1));
        columnHeader->setToolTip(name);
        setHorizontalHeaderItem(i, columnHeader);
    }

    for (int r = 0; r < m_projects.size(); ++r) {
        for (int c = 0; c < m_projects.size(); ++c) {
            auto* item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignCenter);
            if (r == c) {
                item->setText(QStringLiteral("—"));
                item->setBackground(palette().window());
                item->setFlags(Qt::ItemIsEnabled);
                setItem(r, c, item);
                continue;
            }
            const auto it = cells.find({m_projects[r], m_projects[c]});
            const Cell cellData = it != cells.end() ? it->second : Cell{};
            const double share = cellData.share.value_or(0.0);
            const double points = cellData.points.value_or(0.0);
            const double lines = cellData.lines.value_or(0.0);
            const QString rowName = names.value(m_projects[r], m_projects[r]);
            const QString columnName = names.value(m_projects[c], m_projects[c]);
            QColor colour = shareColor(share);
            if (share > 0) {
                item->setText(
                    app::ResultValueText::number(share, analysis::ColumnKind::Share, locale));
            } else if (points > 0 || lines > 0) {
                // No shared area, but the column's sites or routes lie inside: a pale blue hint.
                colour = QColor(0xde, 0xeb, 0xf7);
                item->setText(points > 0
                                  ? tr("%n pt(s)", nullptr, int(points))
                                  : tr("%1 km").arg(locale.toString(lines / 1000.0, 'f', 1)));
            }
            item->setBackground(colour);
            item->setForeground(colour.lightness() < 140 ? Qt::white : Qt::black);
            QString tip = tr("%1 ∩ %2").arg(rowName, columnName);
            tip +=
                QLatin1Char('\n') +
                tr("Share of %1 overlapped: %2")
                    .arg(rowName,
                         app::ResultValueText::number(share, analysis::ColumnKind::Share, locale));
            if (cellData.area)
                tip += QLatin1Char('\n') +
                       tr("Overlap area: %1 m²")
                           .arg(app::ResultValueText::number(*cellData.area,
                                                             analysis::ColumnKind::Area, locale));
            if (points > 0)
                tip += QLatin1Char('\n') +
                       tr("Points of %1 inside %2: %3").arg(columnName, rowName).arg(points);
            if (lines > 0)
                tip += QLatin1Char('\n') +
                       tr("Lines of %1 inside %2: %3 m")
                           .arg(columnName, rowName,
                                app::ResultValueText::number(lines, analysis::ColumnKind::Length,
                                                             locale));
            item->setToolTip(tip);
            setItem(r, c, item);
        }
    }
}

void OverlapMatrixView::onCellClicked(int row, int column) {
    if (row == column || row < 0 || column < 0 || row >= m_projects.size() ||
        column >= m_projects.size())
        return;
    emit pairActivated(m_projects[row], m_projects[column]);
}

} // namespace cw::widgets
