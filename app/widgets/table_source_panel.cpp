// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/table_source_panel.h"

#include "cityweave/data/text_encoding.h"
#include "common/error_text.h"
#include "common/table_read_text.h"
#include "services/background_job.h"
#include "widgets/crs_picker_dialog.h"
#include "widgets/table_preview_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace cw::widgets {
namespace {
using data::GeometryColumns;

constexpr std::size_t kPreviewRows = 50;
// Enough rows to count the bad ones in most published tables, quick enough to redo on a change.
constexpr std::size_t kScanRows = 20000;

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

void selectData(QComboBox* combo, const QVariant& value) {
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

QLabel* noteLabel(QWidget* parent, const char* name) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    // Not word-wrapped: a wrapped label gets several lines' height in a form; the notes are
    // short sentences, one per line.
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

TableSourcePanel::TableSourcePanel(QWidget* parent)
    : QWidget(parent), m_form(new QFormLayout), m_encoding(new QComboBox(this)),
      m_encodingNote(noteLabel(this, "encodingNote")), m_sheet(new QComboBox(this)),
      m_headerRow(new QSpinBox(this)), m_noHeader(new QCheckBox(tr("No header row"), this)),
      m_headerNote(noteLabel(this, "headerNote")), m_geometry(new QComboBox(this)),
      m_xLabel(new QLabel(tr("X:"), this)), m_x(new QComboBox(this)),
      m_yLabel(new QLabel(tr("Y:"), this)), m_y(new QComboBox(this)),
      m_wktLabel(new QLabel(tr("Column:"), this)), m_wkt(new QComboBox(this)),
      m_crs(new QComboBox(this)), m_crsButton(new QPushButton(tr("Other CRS…"), this)),
      m_crsNote(noteLabel(this, "crsNote")), m_notes(noteLabel(this, "tableNotes")),
      m_badRows(noteLabel(this, "badRowsSummary")),
      m_dropBadRows(new QCheckBox(tr("Leave rows without a position out of the layer"), this)),
      m_previewLabel(noteLabel(this, "previewLabel")), m_model(new TablePreviewModel(this)),
      m_view(new QTableView(this)) {
    buildForm();
    connectControls();
}

void TableSourcePanel::buildForm() {
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("Detect"), QString());
    for (const std::string& enc : data::commonEncodings())
        m_encoding->addItem(qs(enc), qs(enc));
    m_sheet->setObjectName(QStringLiteral("sheet"));
    m_headerRow->setObjectName(QStringLiteral("headerRow"));
    m_headerRow->setRange(0, 999);
    m_headerRow->setSpecialValueText(tr("Detect"));
    m_noHeader->setObjectName(QStringLiteral("noHeader"));
    m_geometry->setObjectName(QStringLiteral("geometryMode"));
    m_geometry->addItem(tr("Detect"), int(GeometryColumns::Auto));
    m_geometry->addItem(tr("X and Y columns"), int(GeometryColumns::XY));
    m_geometry->addItem(tr("Geometry text column (WKT)"), int(GeometryColumns::Wkt));
    m_geometry->addItem(tr("No positions (a plain table)"), int(GeometryColumns::None));
    m_x->setObjectName(QStringLiteral("xColumn"));
    m_y->setObjectName(QStringLiteral("yColumn"));
    m_wkt->setObjectName(QStringLiteral("wktColumn"));
    for (QComboBox* c : {m_x, m_y, m_wkt})
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_crs->setObjectName(QStringLiteral("valuesCrs"));
    m_crs->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_crs->setMinimumContentsLength(32);
    m_dropBadRows->setObjectName(QStringLiteral("dropBadRows"));
    m_view->setObjectName(QStringLiteral("tablePreview"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setDefaultSectionSize(110);
    m_view->verticalHeader()->setDefaultSectionSize(22);

    // Controls at their natural width, then the note (if any) taking the rest of the row.
    auto row = [](std::initializer_list<QWidget*> widgets, QLabel* note = nullptr) {
        auto* layout = new QHBoxLayout;
        for (QWidget* w : widgets)
            layout->addWidget(w);
        if (note)
            layout->addWidget(note, 1);
        else
            layout->addStretch(1);
        return layout;
    };
    m_form->addRow(tr("Text encoding:"), row({m_encoding}, m_encodingNote));
    // In a box of its own, so that the row can be hidden for files with a single sheet.
    auto* sheetBox = new QWidget(this);
    auto* sheetLayout = new QHBoxLayout(sheetBox);
    sheetLayout->setContentsMargins(0, 0, 0, 0);
    sheetLayout->addWidget(m_sheet);
    sheetLayout->addStretch(1);
    m_form->addRow(tr("Sheet:"), sheetBox);
    m_form->addRow(tr("Header row:"), row({m_headerRow, m_noHeader}, m_headerNote));
    m_form->addRow(tr("Positions from:"),
                   row({m_geometry, m_xLabel, m_x, m_yLabel, m_y, m_wktLabel, m_wkt}));
    m_form->addRow(tr("CRS of the values:"), row({m_crs, m_crsButton}));
    m_form->addRow(QString(), m_crsNote);
    m_form->addRow(QString(), m_notes);
    m_form->addRow(tr("Rows without a position:"), m_badRows);
    m_form->addRow(QString(), m_dropBadRows);
    m_form->setRowVisible(sheetBox, false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_view, 1);
}

void TableSourcePanel::connectControls() {
    // A column of numbers that are really codes (a survey number, a postal code written without
    // its zero) is kept as text from the column header's menu, like --text on the command line.
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) {
                columnMenu(m_view->horizontalHeader()->logicalIndexAt(pos), pos);
            });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        m_choice.encoding = m_encoding->currentData().toString().toStdString();
        refresh();
    });
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this](int index) {
        // Another sheet has other columns: what was chosen for this one no longer applies.
        m_choice.layer = index <= 0 ? std::string() : m_sheet->currentText().toStdString();
        m_choice.table = {};
        m_choice.crs.clear();
        m_candidates.clear();
        refresh();
    });
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this](int value) {
        m_choice.table.headerRow = m_noHeader->isChecked() ? -1 : value;
        refresh();
    });
    connect(m_noHeader, &QCheckBox::toggled, this, [this](bool none) {
        m_choice.table.headerRow = none ? -1 : m_headerRow->value();
        refresh();
    });
    connect(m_geometry, &QComboBox::currentIndexChanged, this,
            &TableSourcePanel::geometryModeChanged);
    connect(m_x, &QComboBox::currentIndexChanged, this, &TableSourcePanel::xyChanged);
    connect(m_y, &QComboBox::currentIndexChanged, this, &TableSourcePanel::xyChanged);
    connect(m_wkt, &QComboBox::currentIndexChanged, this, &TableSourcePanel::wktChanged);
    connect(m_crs, &QComboBox::currentIndexChanged, this, [this] {
        m_choice.crs = m_crs->currentData().toString().toStdString();
        refresh();
    });
    connect(m_crsButton, &QPushButton::clicked, this, &TableSourcePanel::pickCrs);
    connect(m_dropBadRows, &QCheckBox::toggled, this, [this](bool drop) {
        m_choice.table.badRows = drop ? data::BadRowPolicy::Drop : data::BadRowPolicy::Keep;
        fillBadRows();
    });
}

void TableSourcePanel::setPath(const QString& path) {
    m_choice = {};
    m_choice.path = path.toStdString();
    m_preview.reset();
    m_error.reset();
    m_candidates.clear();
    m_otherCrs.clear();
    m_model->clear();
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_encoding),   QSignalBlocker(m_sheet),
                                           QSignalBlocker(m_headerRow),  QSignalBlocker(m_noHeader),
                                           QSignalBlocker(m_geometry),   QSignalBlocker(m_crs),
                                           QSignalBlocker(m_dropBadRows)};
        m_encoding->setCurrentIndex(0);
        m_sheet->clear();
        m_headerRow->setValue(0);
        m_headerRow->setEnabled(true);
        m_noHeader->setChecked(false);
        m_geometry->setCurrentIndex(0);
        m_crs->clear();
        m_dropBadRows->setChecked(false);
    }
    refresh();
}

void TableSourcePanel::geometryModeChanged() {
    data::TableOptions& t = m_choice.table;
    t.geometry = GeometryColumns(m_geometry->currentData().toInt());
    t.xColumn.clear();
    t.yColumn.clear();
    t.wktColumn.clear();
    if (t.geometry == GeometryColumns::XY) {
        t.xColumn = m_x->currentData().toString().toStdString();
        t.yColumn = m_y->currentData().toString().toStdString();
    } else if (t.geometry == GeometryColumns::Wkt) {
        t.wktColumn = m_wkt->currentData().toString().toStdString();
    }
    refresh();
}

void TableSourcePanel::xyChanged() {
    data::TableOptions& t = m_choice.table;
    t.geometry = GeometryColumns::XY;
    t.xColumn = m_x->currentData().toString().toStdString();
    t.yColumn = m_y->currentData().toString().toStdString();
    t.wktColumn.clear();
    const QSignalBlocker blocker(m_geometry);
    selectData(m_geometry, int(GeometryColumns::XY));
    refresh();
}

void TableSourcePanel::wktChanged() {
    data::TableOptions& t = m_choice.table;
    t.geometry = GeometryColumns::Wkt;
    t.wktColumn = m_wkt->currentData().toString().toStdString();
    t.xColumn.clear();
    t.yColumn.clear();
    const QSignalBlocker blocker(m_geometry);
    selectData(m_geometry, int(GeometryColumns::Wkt));
    refresh();
}

void TableSourcePanel::columnMenu(int column, const QPoint& pos) {
    if (!m_preview || column < 0 || column >= int(m_preview->fields.size()))
        return;
    const std::string name = m_preview->fields[std::size_t(column)].name;
    const auto& text = m_choice.table.textColumns;
    const bool chosen = std::find(text.begin(), text.end(), name) != text.end();
    QMenu menu(this);
    QAction* keep = menu.addAction(tr("Keep as text (codes)"));
    keep->setCheckable(true);
    keep->setChecked(chosen);
    if (menu.exec(m_view->horizontalHeader()->mapToGlobal(pos)) == keep)
        setKeptAsText(name, !chosen);
}

void TableSourcePanel::setKeptAsText(const std::string& column, bool keep) {
    auto& text = m_choice.table.textColumns;
    text.erase(std::remove(text.begin(), text.end(), column), text.end());
    if (keep)
        text.push_back(column);
    refresh();
}

void TableSourcePanel::setValuesCrs(const QString& crs) {
    const std::string id = crs.toStdString();
    const bool known =
        std::find(m_candidates.begin(), m_candidates.end(), id) != m_candidates.end();
    if (!crs.isEmpty() && !known && !m_otherCrs.contains(crs))
        m_otherCrs << crs;
    m_choice.crs = id;
    {
        const QSignalBlocker blocker(m_crs);
        fillCrs();
    }
    refresh();
}

void TableSourcePanel::pickCrs() {
    crs::Crs current;
    if (!m_choice.crs.empty())
        if (auto parsed = crs::Crs::fromUserInput(m_choice.crs))
            current = *parsed;
    CrsPickerDialog dialog(current, this);
    if (dialog.exec() == QDialog::Accepted)
        setValuesCrs(QString::fromStdString(dialog.selectedCrs().storageString()));
}

void TableSourcePanel::refresh() {
    const quint64 serial = ++m_serial;
    m_waiting.clear();
    m_busy = false;
    const data::TableOptions& t = m_choice.table;
    if (m_choice.path.empty()) {
        emit stateChanged();
        return;
    }
    if (t.geometry == GeometryColumns::XY && (t.xColumn.empty() || t.yColumn.empty()))
        m_waiting = tr("Choose the column holding X (easting or longitude) and the one holding "
                       "Y (northing or latitude).");
    else if (t.geometry == GeometryColumns::Wkt && t.wktColumn.empty())
        m_waiting = tr("Choose the column holding the geometry as text (WKT).");
    if (!m_waiting.isEmpty()) {
        fillControls();
        emit stateChanged();
        return;
    }
    data::ReadOptions options = m_choice.readOptions();
    // The preview keeps every row, greyed when it has no position, whatever will be done
    // with such rows.
    options.table.badRows = data::BadRowPolicy::Keep;
    m_busy = true;
    m_previewLabel->setText(tr("Reading the table…"));
    emit stateChanged();
    auto work = [path = m_choice.path, options](services::JobProgress&) {
        Outcome out;
        auto result = data::LayerReader::previewTable(path, options, kPreviewRows, kScanRows);
        if (result)
            out.preview = std::move(result).value();
        else
            out.error = result.error();
        return out;
    };
    services::startBackgroundJob<Outcome>(this, std::move(work), [this, serial](Outcome outcome) {
        if (serial == m_serial) // a later change has started a newer preview
            applyOutcome(std::move(outcome));
    });
}

void TableSourcePanel::applyOutcome(Outcome outcome) {
    m_busy = false;
    m_error = std::move(outcome.error);
    if (outcome.preview) {
        m_preview = std::move(outcome.preview);
        // Only a detection offers candidates; with a CRS chosen, keep the ones it offered.
        if (m_choice.crs.empty())
            m_candidates = m_preview->detection.crsCandidates;
        m_model->setPreview(*m_preview);
        m_view->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_view->setColumnWidth(c, std::clamp(m_view->columnWidth(c), 60, 260));
    } else {
        m_model->clear();
    }
    fillControls();
    emit stateChanged();
}

bool TableSourcePanel::isReady() const {
    return !m_busy && m_waiting.isEmpty() && !m_error && m_preview && !m_preview->problem &&
           message().isEmpty();
}

QString TableSourcePanel::message() const {
    if (m_choice.path.empty())
        return {};
    if (m_busy)
        return tr("Reading the table…");
    if (!m_waiting.isEmpty())
        return m_waiting;
    if (m_error)
        return app::ErrorText::describe(*m_error);
    if (!m_preview)
        return {};
    if (const auto& problem = m_preview->problem) {
        QString text = app::ErrorText::describe(*problem);
        if (problem->code == ErrorCode::NoGeometryColumns)
            text += QStringLiteral("\n") +
                    tr("Here: choose the X and Y columns above, or “No positions (a plain "
                       "table)”.");
        else if (problem->code == ErrorCode::AmbiguousCrs)
            text += QStringLiteral("\n") + tr("Here: choose the CRS of the values above.");
        return text;
    }
    const data::TablePreview& p = *m_preview;
    if (p.detection.geometry != GeometryColumns::None && p.scannedRows > 0 &&
        p.badRows.total() >= p.scannedRows)
        return tr("None of the %1 rows read has a usable position (%2). Check the X and Y "
                  "columns and the CRS of the values, or read the table without positions.")
            .arg(QLocale().toString(qulonglong(p.scannedRows)),
                 app::TableReadText::badRowCounts(p.badRows));
    return {};
}

} // namespace cw::widgets
