// SPDX-License-Identifier: GPL-3.0-or-later
// TableSourcePanel: showing what a preview detected in the controls (signals blocked, so that
// showing a detection never counts as the user's choice).
#include "common/table_read_text.h"
#include "widgets/table_preview_model.h"
#include "widgets/table_source_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <algorithm>

namespace cw::widgets {
namespace {
using data::GeometryColumns;

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

void selectData(QComboBox* combo, const QVariant& value) {
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

void setColumns(QComboBox* combo, const QStringList& columns) {
    QStringList current;
    for (int i = 1; i < combo->count(); ++i)
        current << combo->itemData(i).toString();
    if (current == columns && combo->count() > 0)
        return;
    combo->clear();
    combo->addItem(QStringLiteral("—"), QString());
    for (const QString& c : columns)
        combo->addItem(c, c);
}

// The geometry the table will get: what the user chose, else what was detected.
GeometryColumns effectiveGeometry(const data::TableOptions& t, const data::TableDetection& d) {
    return t.geometry == GeometryColumns::Auto ? d.geometry : t.geometry;
}
} // namespace

void TableSourcePanel::fillControls() {
    const QSignalBlocker blockers[] = {QSignalBlocker(m_encoding),  QSignalBlocker(m_sheet),
                                       QSignalBlocker(m_headerRow), QSignalBlocker(m_noHeader),
                                       QSignalBlocker(m_geometry),  QSignalBlocker(m_x),
                                       QSignalBlocker(m_y),         QSignalBlocker(m_wkt),
                                       QSignalBlocker(m_crs),       QSignalBlocker(m_dropBadRows)};
    const data::TableOptions& t = m_choice.table;
    selectData(m_encoding, qs(m_choice.encoding));
    m_headerRow->setValue(std::max(0, t.headerRow));
    m_headerRow->setEnabled(t.headerRow >= 0);
    m_noHeader->setChecked(t.headerRow < 0);
    selectData(m_geometry, int(t.geometry));
    m_dropBadRows->setChecked(t.badRows == data::BadRowPolicy::Drop);
    if (!m_preview) {
        m_previewLabel->setText(m_error ? tr("The table could not be read.") : QString());
        return;
    }
    const data::TablePreview& p = *m_preview;
    const data::TableDetection& d = p.detection;
    const bool rawText = d.encodingReason != "driver";
    m_encoding->setEnabled(rawText);
    m_encodingNote->setText(
        rawText ? tr("Read as %1: %2")
                      .arg(qs(d.encoding), app::TableReadText::encodingReason(d.encodingReason))
                : tr("UTF-8 (defined by the format)"));

    QStringList sheets;
    for (const std::string& s : p.sheets)
        sheets << qs(s);
    QStringList listed;
    for (int i = 0; i < m_sheet->count(); ++i)
        listed << m_sheet->itemText(i);
    if (listed != sheets) {
        m_sheet->clear();
        m_sheet->addItems(sheets);
    }
    m_sheet->setCurrentIndex(std::max(0, m_sheet->findText(qs(m_choice.layer))));
    m_form->setRowVisible(m_sheet->parentWidget(), sheets.size() > 1);

    m_headerNote->setText(d.headerRow > 0
                              ? tr("Column names in row %1").arg(d.headerRow)
                              : tr("No header row: the columns are named field_1, field_2, …"));
    fillColumnPickers();
    fillCrs();
    fillNotes();
    fillBadRows();
    m_previewLabel->setText(
        m_error ? tr("The table could not be read as chosen; the last preview is shown.")
                : tr("The first %n row(s) as they will be read. Greyed rows have no position "
                     "(hover over them for the reason); bold columns hold the positions.",
                     nullptr, int(p.rows.size())));
}

void TableSourcePanel::fillColumnPickers() {
    const data::TableOptions& t = m_choice.table;
    const data::TableDetection& d = m_preview->detection;
    QStringList columns;
    for (const std::string& c : d.columns)
        columns << qs(c);
    for (QComboBox* combo : {m_x, m_y, m_wkt})
        setColumns(combo, columns);
    // While a choice is awaited the detection is stale: show what the user set.
    const bool current = m_waiting.isEmpty() && !m_error;
    selectData(m_x, qs(current ? d.xColumn : t.xColumn));
    selectData(m_y, qs(current ? d.yColumn : t.yColumn));
    selectData(m_wkt, qs(current ? d.wktColumn : t.wktColumn));
    const GeometryColumns g = t.geometry == GeometryColumns::Auto ? d.geometry : t.geometry;
    const bool wkt = g == GeometryColumns::Wkt;
    const bool xy = t.geometry != GeometryColumns::None && !wkt;
    for (QWidget* w : std::initializer_list<QWidget*>{m_xLabel, m_x, m_yLabel, m_y})
        w->setVisible(xy);
    m_wktLabel->setVisible(wkt);
    m_wkt->setVisible(wkt);
}

void TableSourcePanel::fillCrs() {
    m_crs->clear();
    m_crs->addItem(tr("Detect from the values"), QString());
    for (const std::string& c : m_candidates)
        m_crs->addItem(app::TableReadText::crsLabel(c), qs(c));
    for (const QString& c : m_otherCrs)
        if (m_crs->findData(c) < 0)
            m_crs->addItem(app::TableReadText::crsLabel(c.toStdString()), c);
    if (!m_choice.crs.empty() && m_crs->findData(qs(m_choice.crs)) < 0)
        m_crs->addItem(app::TableReadText::crsLabel(m_choice.crs), qs(m_choice.crs));
    selectData(m_crs, qs(m_choice.crs));
    if (!m_preview)
        return;
    const data::TableDetection& d = m_preview->detection;
    if (m_choice.crs.empty() && d.crs.empty() && m_candidates.size() > 1)
        m_crs->setItemText(0, tr("Choose one of the %n grid(s) the values fit", nullptr,
                                 int(m_candidates.size())));
    const bool positions = effectiveGeometry(m_choice.table, d) != GeometryColumns::None;
    m_crs->setEnabled(positions);
    m_crsButton->setEnabled(positions);
    if (!positions || m_error)
        m_crsNote->clear();
    else if (!d.crs.empty())
        m_crsNote->setText(
            tr("%1: %2").arg(app::TableReadText::crsLabel(d.crs),
                             app::TableReadText::crsReason(d.crsReason, d.headerHint)));
    else if (d.crsCandidates.size() > 1)
        m_crsNote->setText(tr("The values fit %n Korean grid(s); nothing tells which one they are "
                              "in. Choose it in the list.",
                              nullptr, int(d.crsCandidates.size())));
    else
        m_crsNote->setText(tr("The values fall in Korea in no Korean grid CityWeave knows. Choose "
                              "their CRS with “Other CRS…”."));
}

void TableSourcePanel::fillNotes() {
    const data::TableDetection& d = m_preview->detection;
    QStringList notes;
    if (effectiveGeometry(m_choice.table, d) != GeometryColumns::None && !m_error)
        notes << tr("Positions from %1 (%2).")
                     .arg(app::TableReadText::geometrySource(d),
                          app::TableReadText::geometryReason(d.geometryReason));
    if (!d.otherXColumn.empty())
        notes << tr("%1 and %2 hold metres; the degrees were preferred (choose them as X and Y "
                    "to use the metres).")
                     .arg(qs(d.otherXColumn), qs(d.otherYColumn));
    if (!d.codeColumns.empty()) {
        QStringList codes;
        for (const std::string& c : d.codeColumns)
            codes << qs(c);
        notes << tr("Kept as text, so that leading zeros stay: %1.")
                     .arg(codes.join(QStringLiteral(", ")));
    }
    m_notes->setText(notes.join(QLatin1Char('\n')));
}

void TableSourcePanel::fillBadRows() {
    if (!m_preview ||
        effectiveGeometry(m_choice.table, m_preview->detection) == GeometryColumns::None) {
        m_badRows->setText(tr("Not applicable: the table is read without positions."));
        m_dropBadRows->setEnabled(false);
        return;
    }
    const data::TablePreview& p = *m_preview;
    if (p.problem || m_error) {
        m_badRows->setText(tr("Counted once the positions can be read."));
        m_dropBadRows->setEnabled(false);
        return;
    }
    const QString n = QLocale().toString(qulonglong(p.scannedRows));
    const QString scope = p.scannedAll ? tr("all %1 rows").arg(n) : tr("the first %1 rows").arg(n);
    m_dropBadRows->setEnabled(!p.badRows.empty());
    if (p.badRows.empty()) {
        m_badRows->setText(tr("None among %1.").arg(scope));
        return;
    }
    const QString fate = m_choice.table.badRows == data::BadRowPolicy::Drop
                             ? tr("They will be left out of the layer.")
                             : tr("They stay in the attribute table without a position.");
    m_badRows->setText(
        tr("%1, among %2.\n%3").arg(app::TableReadText::badRowCounts(p.badRows), scope, fate));
}

} // namespace cw::widgets
