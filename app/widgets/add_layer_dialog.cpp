// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/add_layer_dialog.h"

#include "cityweave/data/text_encoding.h"
#include "common/error_text.h"
#include "widgets/crs_picker_dialog.h"
#include "widgets/table_source_panel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace cw::widgets {
namespace {
constexpr std::size_t kPreviewRows = 20;
}

AddLayerDialog::AddLayerDialog(const QString& startDir, QWidget* parent)
    : QDialog(parent), m_startDir(startDir), m_path(new QLineEdit(this)),
      m_pages(new QStackedWidget(this)), m_table(new TableSourcePanel(this)),
      m_layers(new QComboBox(this)), m_crsLabel(new QLabel(this)),
      m_encodingLabel(new QLabel(this)), m_encoding(new QComboBox(this)),
      m_preview(new QTableWidget(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Add layer"));
    // A path can be typed or pasted as well as browsed to, as in QGIS's data source manager.
    m_path->setPlaceholderText(tr("Type or paste a path, browse, or drop a file on the map"));
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text() != m_shownPath)
            setPath(m_path->text().trimmed());
    });
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    auto* crsButton = new QPushButton(tr("Choose CRS…"), this);
    for (const std::string& enc : data::commonEncodings())
        m_encoding->addItem(QString::fromStdString(enc));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setDefaultSectionSize(120);
    m_layers->setObjectName(QStringLiteral("layerCombo"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    // Never squeezed below its text by the preview, which takes the remaining height.
    m_message->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #9a2a00; }"));
    m_crsLabel->setWordWrap(true);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);
    auto* fileForm = new QFormLayout;
    fileForm->addRow(tr("File:"), fileRow);

    // A vector source: its layers, its CRS, its text encoding and its first rows.
    auto* vectorPage = new QWidget(this);
    auto* crsRow = new QHBoxLayout;
    crsRow->addWidget(m_crsLabel, 1);
    crsRow->addWidget(crsButton);
    auto* encodingRow = new QHBoxLayout;
    encodingRow->addWidget(m_encoding);
    encodingRow->addWidget(m_encodingLabel, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("Layer:"), m_layers);
    form->addRow(tr("CRS:"), crsRow);
    form->addRow(tr("Text encoding:"), encodingRow);
    auto* vectorLayout = new QVBoxLayout(vectorPage);
    vectorLayout->setContentsMargins(0, 0, 0, 0);
    vectorLayout->addLayout(form);
    vectorLayout->addWidget(new QLabel(tr("Preview (first %1 rows):").arg(kPreviewRows), this));
    vectorLayout->addWidget(m_preview, 1);
    m_pages->addWidget(vectorPage);
    m_pages->addWidget(m_table);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileForm);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(760, 540);

    connect(browseButton, &QPushButton::clicked, this, &AddLayerDialog::browse);
    connect(crsButton, &QPushButton::clicked, this, &AddLayerDialog::pickCrs);
    connect(m_layers, &QComboBox::currentIndexChanged, this, &AddLayerDialog::layerChanged);
    connect(m_encoding, &QComboBox::currentTextChanged, this, &AddLayerDialog::refreshPreview);
    connect(m_table, &TableSourcePanel::stateChanged, this, &AddLayerDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layerChanged();
}

void AddLayerDialog::browse() {
    const QString filter =
        tr("Vector data and tables (*.gpkg *.shp *.geojson *.json *.topojson *.kml *.fgb *.csv "
           "*.tsv *.txt *.xlsx *.xls *.ods)") +
        QStringLiteral(";;") + tr("Tables (*.csv *.tsv *.txt *.xlsx *.xls *.ods)") +
        QStringLiteral(";;") + tr("All files (*)");
    const QString path = QFileDialog::getOpenFileName(this, tr("Add layer"), m_startDir, filter);
    if (!path.isEmpty())
        setPath(path);
}

bool AddLayerDialog::isLegacyTextSource() const {
    const QString suffix = QFileInfo(m_path->text()).suffix().toLower();
    return suffix == QLatin1String("shp") || suffix == QLatin1String("dbf");
}

bool AddLayerDialog::isTable() const {
    return !m_path->text().isEmpty() && data::isTableSource(m_path->text().toStdString());
}

void AddLayerDialog::setPath(const QString& path) {
    m_path->setText(path);
    m_shownPath = path;
    if (isTable()) {
        m_summaries.clear();
        m_pages->setCurrentWidget(m_table);
        resize(std::max(width(), 980), std::max(height(), 700));
        m_table->setPath(path);
        return;
    }
    m_pages->setCurrentIndex(0);
    m_summaries.clear();
    m_crsOverride.clear();
    m_detectedEncoding.clear();
    m_message->clear();
    auto layers = data::LayerReader::listLayers(path.toStdString());
    if (!layers)
        m_message->setText(app::ErrorText::describe(layers.error()));
    else
        m_summaries = *layers;

    if (isLegacyTextSource()) {
        QString encoding = QStringLiteral("UTF-8");
        QString reason = tr("default");
        if (auto guess = data::guessShapefileEncoding(path.toStdString())) {
            encoding = QString::fromStdString(guess->encoding);
            reason = QString::fromStdString(guess->reason);
        }
        m_detectedEncoding = encoding;
        if (m_encoding->findText(encoding, Qt::MatchFixedString) < 0)
            m_encoding->addItem(encoding);
        m_encodingLabel->setText(tr("Detected: %1 (%2)").arg(encoding, reason));
    }
    const QSignalBlocker blocker(m_encoding);
    if (!m_detectedEncoding.isEmpty())
        m_encoding->setCurrentIndex(m_encoding->findText(m_detectedEncoding, Qt::MatchFixedString));

    const QSignalBlocker layerBlocker(m_layers);
    m_layers->clear();
    for (const auto& s : m_summaries)
        m_layers->addItem(
            tr("%1 (%2, %3 features)")
                .arg(QString::fromStdString(s.name), QString::fromStdString(s.geometryType))
                .arg(s.featureCount));
    // A GeoPackage of many layers is often wanted whole, as QGIS offers it.
    if (const std::size_t spatial = spatialLayers().size(); spatial > 1)
        m_layers->addItem(tr("All %n layers with geometry", nullptr, int(spatial)));
    layerChanged();
}

void AddLayerDialog::layerChanged() {
    const bool legacy = isLegacyTextSource();
    m_encoding->setEnabled(legacy);
    if (!legacy)
        m_encodingLabel->setText(tr("UTF-8 (defined by the format)"));
    const int i = m_layers->currentIndex();
    if (allLayersChosen() && m_crsOverride.isEmpty()) {
        m_crsLabel->setText(tr("Each layer is added in its own CRS."));
    } else if (i < 0 || std::size_t(i) >= m_summaries.size()) {
        m_crsLabel->setText(m_path->text().isEmpty() ? tr("Choose a file first.") : QString());
    } else if (!m_crsOverride.isEmpty()) {
        m_crsLabel->setText(tr("%1 (chosen)").arg(m_crsOverride));
    } else if (const auto& summary = m_summaries[std::size_t(i)]; summary.hasCrs) {
        QString text = QStringLiteral("%1 %2").arg(QString::fromStdString(summary.crsName),
                                                   QString::fromStdString(summary.crsAuthId));
        if (summary.crsReinterpreted)
            text += QStringLiteral("<br>") +
                    tr("Legacy Korean definition (Bessel, no datum) recognised: read as %1 so that "
                       "the Korean 1985 to Korea 2000 datum shift applies.")
                        .arg(QString::fromStdString(summary.crsAuthId));
        m_crsLabel->setText(text);
    } else {
        m_crsLabel->setText(
            tr("<b>The layer has no CRS.</b> Choose the one its coordinates are in."));
    }
    refreshPreview();
}

void AddLayerDialog::refreshPreview() {
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    const int i = m_layers->currentIndex();
    if (i >= 0 && std::size_t(i) < m_summaries.size()) {
        const std::string encoding =
            isLegacyTextSource() ? m_encoding->currentText().toStdString() : std::string();
        auto rows = data::LayerReader::previewRows(
            m_path->text().toStdString(), m_summaries[std::size_t(i)].name, encoding, kPreviewRows);
        if (!rows) {
            m_message->setText(app::ErrorText::describe(rows.error()));
        } else {
            std::size_t columns = 0;
            for (const auto& row : *rows)
                columns = std::max(columns, row.size());
            m_preview->setColumnCount(int(columns));
            QStringList headers;
            for (const std::string& name : m_summaries[std::size_t(i)].fieldNames)
                headers << QString::fromStdString(name);
            m_preview->setHorizontalHeaderLabels(headers);
            m_preview->setRowCount(int(rows->size()));
            for (std::size_t r = 0; r < rows->size(); ++r)
                for (std::size_t c = 0; c < (*rows)[r].size(); ++c)
                    m_preview->setItem(int(r), int(c),
                                       new QTableWidgetItem(QString::fromStdString(
                                           data::toDisplayString((*rows)[r][c]))));
        }
    }
    updateOk();
}

void AddLayerDialog::pickCrs() {
    crs::Crs current;
    if (!m_crsOverride.isEmpty())
        if (auto parsed = crs::Crs::fromUserInput(m_crsOverride.toStdString()))
            current = *parsed;
    CrsPickerDialog dialog(current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_crsOverride = QString::fromStdString(dialog.selectedCrs().storageString());
    layerChanged();
}

void AddLayerDialog::updateOk() {
    if (isTable()) {
        m_message->setText(m_table->message());
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_table->isReady());
        return;
    }
    const int i = m_layers->currentIndex();
    std::vector<std::size_t> chosen = spatialLayers();
    if (!allLayersChosen())
        chosen = i >= 0 && std::size_t(i) < m_summaries.size()
                     ? std::vector<std::size_t>{std::size_t(i)}
                     : std::vector<std::size_t>{};
    const bool haveCrs = std::all_of(chosen.begin(), chosen.end(), [&](std::size_t l) {
        return m_summaries[l].hasCrs || !m_crsOverride.isEmpty();
    });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosen.empty() && haveCrs);
}

bool AddLayerDialog::allLayersChosen() const {
    return !isTable() && m_summaries.size() > 1 &&
           m_layers->currentIndex() == int(m_summaries.size());
}

std::vector<std::size_t> AddLayerDialog::spatialLayers() const {
    std::vector<std::size_t> out;
    for (std::size_t l = 0; l < m_summaries.size(); ++l)
        if (m_summaries[l].geometryType != "None")
            out.push_back(l);
    return out;
}

std::vector<LayerChoice> AddLayerDialog::choices() const {
    if (!allLayersChosen())
        return {choice()};
    std::vector<LayerChoice> out;
    const LayerChoice common = choice(); // path, encoding and CRS as chosen
    for (std::size_t l : spatialLayers()) {
        LayerChoice one = common;
        one.layerName = QString::fromStdString(m_summaries[l].name);
        out.push_back(std::move(one));
    }
    return out;
}

LayerChoice AddLayerDialog::choice() const {
    LayerChoice out;
    out.path = m_path->text();
    if (isTable()) {
        const data::LayerSource& chosen = m_table->choices();
        out.layerName = QString::fromStdString(chosen.layer);
        out.encoding = QString::fromStdString(chosen.encoding);
        out.crs = QString::fromStdString(chosen.crs);
        out.table = chosen.table;
        return out;
    }
    const int i = m_layers->currentIndex();
    if (i >= 0 && std::size_t(i) < m_summaries.size())
        out.layerName = QString::fromStdString(m_summaries[std::size_t(i)].name);
    // Only a deliberate change is stored; otherwise detection runs again on every load.
    if (isLegacyTextSource() &&
        m_encoding->currentText().compare(m_detectedEncoding, Qt::CaseInsensitive) != 0)
        out.encoding = m_encoding->currentText();
    out.crs = m_crsOverride;
    return out;
}

} // namespace cw::widgets
