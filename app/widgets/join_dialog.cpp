// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/join_dialog.h"

#include "cityweave/analysis/code_join_result.h"
#include "cityweave/analysis/result_writer.h"
#include "cityweave/data/layer_reader.h"
#include "common/error_text.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <map>

namespace cw::widgets {
namespace {
using data::CodeConversion;

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

void fillKeys(QComboBox* combo, const data::VectorLayer* layer) {
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!layer)
        return;
    for (const data::Field& f : layer->fields)
        combo->addItem(qs(f.name));
    combo->setCurrentIndex(data::likelyCodeColumn(*layer));
}

QString conversionText(CodeConversion c) {
    switch (c) {
    case CodeConversion::Auto:
        return JoinDialog::tr("Automatic (the conversion that matches the most codes)");
    case CodeConversion::None:
        return JoinDialog::tr("None: match the codes as they are");
    case CodeConversion::KostatGuToMinistry:
        return JoinDialog::tr("KOSTAT (SGIS) gu code → ministry gu code (Seoul)");
    case CodeConversion::MinistryGuToKostat:
        return JoinDialog::tr("Ministry gu code → KOSTAT (SGIS) gu code (Seoul)");
    case CodeConversion::LegalDong10To8:
        return JoinDialog::tr("10-digit 법정동 code → 8-digit boundary code");
    }
    return {};
}

// Each code with the first Hangul text of its row ("11680 강남구"), so that a planner
// recognises the place; one pass over the rows.
void fillCodes(QListWidget* list, const std::vector<std::string>& codes,
               const data::VectorLayer& layer, const std::string& keyField) {
    static const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
    std::map<std::string, QString> names;
    for (const std::string& c : codes)
        names.emplace(c, QString());
    const int k = layer.fieldIndex(keyField);
    for (const data::AttributeRow& row : layer.attributes) {
        if (k < 0 || std::size_t(k) >= row.size())
            break;
        auto it = names.find(data::codeText(row[std::size_t(k)]));
        if (it == names.end() || !it->second.isEmpty())
            continue;
        for (std::size_t c = 0; c < row.size() && it->second.isEmpty(); ++c)
            if (const auto* text = std::get_if<std::string>(&row[c]); text && int(c) != k)
                if (const QString t = qs(*text); hangul.match(t).hasMatch())
                    it->second = t;
    }
    for (const std::string& c : codes) {
        const QString& name = names[c];
        auto* item = new QListWidgetItem(name.isEmpty() ? qs(c) : qs(c) + QLatin1Char(' ') + name);
        item->setData(Qt::UserRole, qs(c));
        list->addItem(item);
    }
}

QString listed(const std::vector<std::string>& codes) {
    QStringList out;
    for (const std::string& c : codes)
        out << qs(c);
    return out.join(QStringLiteral(", "));
}
} // namespace

JoinDialog::JoinDialog(std::vector<JoinInput> layers, const QString& outputDir, QWidget* parent)
    : QDialog(parent), m_inputs(std::move(layers)), m_outputDir(outputDir),
      m_table(new QComboBox(this)), m_tableKey(new QComboBox(this)),
      m_boundaries(new QComboBox(this)), m_boundaryKey(new QComboBox(this)),
      m_conversion(new QComboBox(this)), m_summary(new QLabel(this)),
      m_tableMissesLabel(new QLabel(this)), m_tableMisses(new QListWidget(this)),
      m_boundaryMissesLabel(new QLabel(this)), m_boundaryMisses(new QListWidget(this)),
      m_output(new QLineEdit(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Join table to boundaries by code"));
    buildForm();
    for (std::size_t i = 0; i < m_inputs.size(); ++i) {
        const JoinInput& input = m_inputs[i];
        if (!input.data)
            continue;
        m_table->addItem(input.name, int(i));
        if (input.data->family == geometry::GeometryFamily::Polygon)
            m_boundaries->addItem(input.name, int(i));
    }
    // A plain table (no positions) is the likely table; the boundaries are polygons anyway.
    for (int i = 0; i < m_table->count(); ++i)
        if (m_inputs[std::size_t(m_table->itemData(i).toInt())].data->family ==
            geometry::GeometryFamily::Unknown) {
            m_table->setCurrentIndex(i);
            break;
        }
    tableChanged();
    boundariesChanged();
}

void JoinDialog::buildForm() {
    m_table->setObjectName(QStringLiteral("table"));
    m_tableKey->setObjectName(QStringLiteral("tableKey"));
    m_boundaries->setObjectName(QStringLiteral("boundaries"));
    m_boundaryKey->setObjectName(QStringLiteral("boundaryKey"));
    m_conversion->setObjectName(QStringLiteral("conversion"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_tableMisses->setObjectName(QStringLiteral("unmatchedTableKeys"));
    m_boundaryMisses->setObjectName(QStringLiteral("unmatchedBoundaryKeys"));
    m_output->setObjectName(QStringLiteral("output"));
    m_message->setObjectName(QStringLiteral("message"));
    for (CodeConversion c :
         {CodeConversion::Auto, CodeConversion::None, CodeConversion::KostatGuToMinistry,
          CodeConversion::MinistryGuToKostat, CodeConversion::LegalDong10To8})
        m_conversion->addItem(conversionText(c), int(c));
    for (QLabel* label : {m_summary, m_message}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #9a2a00; }"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Join and add layer"));

    auto* openTable = new QPushButton(tr("Open file…"), this);
    auto* browseOutput = new QPushButton(tr("Browse…"), this);
    auto* tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addWidget(openTable);
    auto* outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browseOutput);
    auto* form = new QFormLayout;
    form->addRow(tr("Table:"), tableRow);
    form->addRow(tr("Code column of the table:"), m_tableKey);
    form->addRow(tr("Boundaries:"), m_boundaries);
    form->addRow(tr("Code column of the boundaries:"), m_boundaryKey);
    form->addRow(tr("Code conversion:"), m_conversion);
    auto* misses = new QHBoxLayout;
    for (auto [label, list] : {std::pair{m_tableMissesLabel, m_tableMisses},
                               std::pair{m_boundaryMissesLabel, m_boundaryMisses}}) {
        auto* column = new QVBoxLayout;
        column->addWidget(label);
        column->addWidget(list, 1);
        misses->addLayout(column);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addLayout(misses, 1);
    auto* outputForm = new QFormLayout;
    outputForm->addRow(tr("Save the result to:"), outputRow);
    layout->addLayout(outputForm);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(720, 560);

    connect(openTable, &QPushButton::clicked, this, &JoinDialog::browseTable);
    connect(browseOutput, &QPushButton::clicked, this, &JoinDialog::browseOutput);
    connect(m_table, &QComboBox::currentIndexChanged, this, &JoinDialog::tableChanged);
    connect(m_boundaries, &QComboBox::currentIndexChanged, this, &JoinDialog::boundariesChanged);
    for (QComboBox* c : {m_tableKey, m_boundaryKey, m_conversion})
        connect(c, &QComboBox::currentIndexChanged, this, &JoinDialog::run);
    connect(m_output, &QLineEdit::textEdited, this, [this] {
        m_outputEdited = true;
        run();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &JoinDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

const JoinInput* JoinDialog::table() const {
    const int i = m_table->currentIndex();
    return i < 0 ? nullptr : &m_inputs[std::size_t(m_table->itemData(i).toInt())];
}

const JoinInput* JoinDialog::boundaries() const {
    const int i = m_boundaries->currentIndex();
    return i < 0 ? nullptr : &m_inputs[std::size_t(m_boundaries->itemData(i).toInt())];
}

bool JoinDialog::addTableFile(const QString& path) {
    data::ReadOptions options;
    options.requireGeometry = false;
    options.requireCrs = false;
    // Only the columns matter for a join: positions (and their CRS) are not asked for.
    if (data::isTableSource(path.toStdString()))
        options.table.geometry = data::GeometryColumns::None;
    auto layer = data::LayerReader::read(path.toStdString(), options);
    if (!layer) {
        m_message->setText(app::ErrorText::describe(layer.error()));
        return false;
    }
    m_inputs.push_back({QFileInfo(path).fileName(),
                        std::make_shared<const data::VectorLayer>(std::move(layer).value()), path});
    m_table->addItem(tr("%1 (file)").arg(QFileInfo(path).fileName()), int(m_inputs.size() - 1));
    m_table->setCurrentIndex(m_table->count() - 1);
    return true;
}

void JoinDialog::browseTable() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open table"), m_outputDir,
                                     tr("Tables (*.csv *.tsv *.txt *.xlsx *.xls *.ods)") +
                                         QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        addTableFile(path);
}

void JoinDialog::browseOutput() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the joined layer"),
                                                      outputPath(), tr("GeoPackage (*.gpkg)"));
    if (path.isEmpty())
        return;
    m_output->setText(path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive)
                          ? path
                          : path + QStringLiteral(".gpkg"));
    m_outputEdited = true;
    run();
}

void JoinDialog::tableChanged() {
    fillKeys(m_tableKey, table() ? table()->data.get() : nullptr);
    updateOutputPath();
    run();
}

void JoinDialog::boundariesChanged() {
    fillKeys(m_boundaryKey, boundaries() ? boundaries()->data.get() : nullptr);
    run();
}

void JoinDialog::updateOutputPath() {
    if (m_outputEdited || !table())
        return;
    QString base =
        table()->path.isEmpty() ? table()->name : QFileInfo(table()->path).completeBaseName();
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QDir dir(m_outputDir.isEmpty() ? QDir::homePath() : m_outputDir);
    QString path = dir.filePath(base + QStringLiteral("_join.gpkg"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1_join_%2.gpkg").arg(base).arg(n));
    m_output->setText(path);
}

QString JoinDialog::outputPath() const {
    return m_output->text().trimmed();
}

QString JoinDialog::layerTitle() const {
    return table() && boundaries() ? tr("%1 joined to %2").arg(table()->name, boundaries()->name)
                                   : QString();
}

void JoinDialog::run() {
    m_result.reset();
    m_tableMisses->clear();
    m_boundaryMisses->clear();
    m_summary->clear();
    m_message->clear();
    m_tableMissesLabel->setText(tr("Table codes without a boundary:"));
    m_boundaryMissesLabel->setText(tr("Boundaries without a table row:"));
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    const JoinInput* t = table();
    const JoinInput* b = boundaries();
    if (!t || !b || m_tableKey->currentIndex() < 0 || m_boundaryKey->currentIndex() < 0) {
        m_message->setText(
            m_boundaries->count() == 0
                ? tr("The project has no loaded polygon layer to join to.")
                : tr("Choose a table and a boundary layer, and their code columns."));
        return;
    }
    const data::CodeJoinSpec spec{m_tableKey->currentText().toStdString(),
                                  m_boundaryKey->currentText().toStdString(),
                                  CodeConversion(m_conversion->currentData().toInt())};
    auto joined = data::joinByCode(*b->data, *t->data, spec);
    if (!joined) {
        m_message->setText(app::ErrorText::describe(joined.error()));
        return;
    }
    m_result = std::move(joined).value();
    const data::CodeJoinResult& r = *m_result;
    QStringList summary{tr("%1 of %2 boundaries matched a row of the table.")
                            .arg(r.matchedBoundaries)
                            .arg(b->data->featureCount())};
    if (spec.conversion == CodeConversion::Auto)
        summary << tr("Code conversion used: %1.").arg(conversionText(r.conversionUsed));
    if (!r.duplicateTableKeys.empty())
        summary << tr("Codes repeated in the table (the first row is used): %1.")
                       .arg(listed(r.duplicateTableKeys));
    m_summary->setText(summary.join(QLatin1Char('\n')));
    m_tableMissesLabel->setText(
        tr("Table codes without a boundary (%1):").arg(r.unmatchedTableKeys.size()));
    m_boundaryMissesLabel->setText(
        tr("Boundaries without a table row (%1):").arg(r.unmatchedBoundaryKeys.size()));
    fillCodes(m_tableMisses, r.unmatchedTableKeys, *t->data, spec.tableKey);
    fillCodes(m_boundaryMisses, r.unmatchedBoundaryKeys, *b->data, spec.boundaryKey);
    if (r.matchedBoundaries == 0)
        m_message->setText(
            tr("No code matched. Check the two code columns and the code conversion."));
    else if (outputPath().isEmpty())
        m_message->setText(tr("Choose where to save the result."));
    ok->setEnabled(r.matchedBoundaries > 0 && !outputPath().isEmpty());
}

void JoinDialog::accept() {
    if (!m_result || !table() || !boundaries())
        return;
    const data::CodeJoinSpec spec{m_tableKey->currentText().toStdString(),
                                  m_boundaryKey->currentText().toStdString(),
                                  CodeConversion(m_conversion->currentData().toInt())};
    const auto out = analysis::codeJoinResult(
        *m_result, {table()->name.toStdString(), boundaries()->name.toStdString(), spec},
        outputLayer().toStdString());
    if (auto written = analysis::writeResultsGeoPackage({out}, outputPath().toStdString());
        !written) {
        m_message->setText(app::ErrorText::describe(written.error()));
        return;
    }
    QDialog::accept();
}

} // namespace cw::widgets
