// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/layer_properties_dialog.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <set>

namespace cw::widgets {
namespace {
using style::Rgba;

QColor qcolor(Rgba c) {
    return QColor(c.r, c.g, c.b, c.a);
}

Rgba rgba(const QColor& c) {
    return {std::uint8_t(c.red()), std::uint8_t(c.green()), std::uint8_t(c.blue()),
            std::uint8_t(c.alpha())};
}

QIcon swatch(Rgba fill, Rgba stroke) {
    QPixmap pixmap(28, 18);
    pixmap.fill(Qt::white);
    QPainter p(&pixmap);
    p.setPen(QPen(qcolor(stroke), 2));
    p.setBrush(qcolor(fill));
    p.drawRect(QRectF(1, 1, 26, 16));
    return QIcon(pixmap);
}

// Asks for a colour (alpha included); `current` when cancelled.
Rgba askColour(QWidget* parent, Rgba current, const QString& title) {
    const QColor chosen =
        QColorDialog::getColor(qcolor(current), parent, title, QColorDialog::ShowAlphaChannel);
    return chosen.isValid() ? rgba(chosen) : current;
}

} // namespace

LayerPropertiesDialog::LayerPropertiesDialog(const project::LayerEntry& entry,
                                             std::shared_ptr<const data::VectorLayer> data,
                                             const QString& language, QWidget* parent)
    : QDialog(parent), m_entry(entry), m_data(std::move(data)), m_language(language),
      m_nameKo(new QLineEdit(this)), m_nameEn(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_pages(new QStackedWidget(this)), m_fillButton(new QToolButton(this)),
      m_strokeButton(new QToolButton(this)), m_strokeWidth(new QDoubleSpinBox(this)),
      m_symbol(new QComboBox(this)), m_pointSize(new QDoubleSpinBox(this)),
      m_field(new QComboBox(this)), m_classCount(new QSpinBox(this)), m_method(new QComboBox(this)),
      m_classes(new QTableWidget(0, 2, this)), m_labelField(new QComboBox(this)),
      m_placement(new QComboBox(this)), m_opacity(new QSlider(Qt::Horizontal, this)),
      m_minScale(new QSpinBox(this)), m_maxScale(new QSpinBox(this)) {
    setWindowTitle(tr("Layer properties — %1")
                       .arg(QString::fromStdString(entry.name.in(language.toStdString()))));
    m_nameKo->setObjectName(QStringLiteral("nameKo"));
    m_nameEn->setObjectName(QStringLiteral("nameEn"));
    m_nameKo->setText(QString::fromStdString(entry.name.ko));
    m_nameEn->setText(QString::fromStdString(entry.name.en));
    auto* names = new QFormLayout;
    names->addRow(tr("Name (Korean):"), m_nameKo);
    names->addRow(tr("Name (English):"), m_nameEn);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(buildSymbology(), tr("Symbology"));
    tabs->addTab(buildLabels(), tr("Labels"));
    tabs->addTab(buildRendering(), tr("Rendering"));
    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        emit applied();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &LayerPropertiesDialog::applied);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(names);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    setStyle(entry.style);
    resize(560, 560);
}

QWidget* LayerPropertiesDialog::buildSymbology() {
    auto* page = new QWidget(this);
    m_kind->setObjectName(QStringLiteral("styleKind"));
    m_kind->addItem(tr("Single symbol"));
    m_kind->addItem(tr("Categorized (a colour per value)"));
    m_kind->addItem(tr("Graduated (classes of a number)"));

    auto* single = new QWidget(this);
    auto* form = new QFormLayout(single);
    for (QToolButton* b : {m_fillButton, m_strokeButton})
        b->setIconSize(QSize(28, 18));
    connect(m_fillButton, &QToolButton::clicked, this, [this] {
        m_fill = askColour(this, m_fill, tr("Fill colour"));
        setSwatch(m_fillButton, m_fill);
    });
    connect(m_strokeButton, &QToolButton::clicked, this, [this] {
        m_stroke = askColour(this, m_stroke, tr("Outline colour"));
        setSwatch(m_strokeButton, m_stroke);
    });
    m_strokeWidth->setRange(0, 10);
    m_strokeWidth->setDecimals(2);
    m_strokeWidth->setSingleStep(0.1);
    m_strokeWidth->setSuffix(tr(" mm"));
    m_pointSize->setRange(0.5, 20);
    m_pointSize->setDecimals(1);
    m_pointSize->setSuffix(tr(" mm"));
    m_symbol->addItem(tr("Circle"));
    m_symbol->addItem(tr("Square"));
    m_symbol->addItem(tr("Triangle"));
    form->addRow(tr("Fill:"), m_fillButton);
    form->addRow(tr("Outline:"), m_strokeButton);
    form->addRow(tr("Outline width:"), m_strokeWidth);
    form->addRow(tr("Point symbol:"), m_symbol);
    form->addRow(tr("Point size:"), m_pointSize);

    auto* classified = new QWidget(this);
    auto* cform = new QFormLayout(classified);
    m_field->setObjectName(QStringLiteral("classifyField"));
    if (m_data)
        for (const data::Field& f : m_data->fields)
            m_field->addItem(QString::fromStdString(f.name));
    m_classCount->setRange(2, 12);
    m_classCount->setValue(5);
    m_method->addItem(tr("Equal intervals"));
    m_method->addItem(tr("Quantiles (equal counts)"));
    auto* classify = new QPushButton(tr("Classify"), this);
    classify->setObjectName(QStringLiteral("classify"));
    connect(classify, &QPushButton::clicked, this, &LayerPropertiesDialog::classify);
    m_classes->setObjectName(QStringLiteral("classes"));
    m_classes->setHorizontalHeaderLabels({tr("Symbol / value"), tr("Legend")});
    m_classes->horizontalHeader()->setStretchLastSection(true);
    m_classes->verticalHeader()->hide();
    m_classes->setIconSize(QSize(28, 18));
    connect(m_classes, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column != 0 || row < 0 || std::size_t(row) >= m_classList.size())
            return;
        auto& c = m_classList[std::size_t(row)];
        c.fill = askColour(this, c.fill, tr("Class colour"));
        c.stroke = {std::uint8_t(c.fill.r * 0.6), std::uint8_t(c.fill.g * 0.6),
                    std::uint8_t(c.fill.b * 0.6), 255};
        showClasses();
    });
    connect(m_classes, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (column == 1 && row >= 0 && std::size_t(row) < m_classList.size())
            m_classList[std::size_t(row)].label = m_classes->item(row, 1)->text().toStdString();
    });
    cform->addRow(tr("Field:"), m_field);
    cform->addRow(tr("Classes:"), m_classCount);
    cform->addRow(tr("Breaks:"), m_method);
    cform->addRow(classify);
    cform->addRow(m_classes);
    cform->addRow(new QLabel(tr("Double-click a symbol to change its colour; edit the legend "
                                "text beside it. Features of no class keep the single symbol."),
                             this));
    m_pages->addWidget(single);
    m_pages->addWidget(classified);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int kind) {
        m_pages->setCurrentIndex(kind == 0 ? 0 : 1);
        m_classCount->setEnabled(kind == 2);
        m_method->setEnabled(kind == 2);
    });
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_kind);
    layout->addWidget(m_pages, 1);
    return page;
}

QWidget* LayerPropertiesDialog::buildLabels() {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_labelField->setObjectName(QStringLiteral("labelField"));
    m_labelField->addItem(tr("(no labels)"), QString());
    if (m_data)
        for (const data::Field& f : m_data->fields)
            m_labelField->addItem(QString::fromStdString(f.name), QString::fromStdString(f.name));
    m_placement->addItem(tr("Automatic (above points, centred otherwise)"));
    m_placement->addItem(tr("Centre"));
    m_placement->addItem(tr("Above"));
    m_placement->addItem(tr("Below"));
    m_placement->addItem(tr("Right"));
    form->addRow(tr("Label with:"), m_labelField);
    form->addRow(tr("Placement:"), m_placement);
    form->addRow(new QLabel(tr("A label that would overlap one already drawn is left out, as "
                               "QGIS does, so that every label shown can be read."),
                            page));
    return page;
}

QWidget* LayerPropertiesDialog::buildRendering() {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_opacity->setObjectName(QStringLiteral("opacity"));
    m_opacity->setRange(0, 100);
    auto* percent = new QLabel(this);
    connect(m_opacity, &QSlider::valueChanged, percent,
            [percent](int v) { percent->setText(QStringLiteral("%1 %").arg(v)); });
    auto* opacityRow = new QHBoxLayout;
    opacityRow->addWidget(m_opacity, 1);
    opacityRow->addWidget(percent);
    for (QSpinBox* s : {m_minScale, m_maxScale}) {
        s->setRange(0, 100000000);
        s->setPrefix(QStringLiteral("1:"));
        s->setSpecialValueText(tr("no limit"));
        s->setSingleStep(1000);
        s->setGroupSeparatorShown(true);
    }
    m_minScale->setObjectName(QStringLiteral("minScale"));
    m_maxScale->setObjectName(QStringLiteral("maxScale"));
    form->addRow(tr("Opacity:"), opacityRow);
    form->addRow(tr("Hide when zoomed out beyond:"), m_minScale);
    form->addRow(tr("Hide when zoomed in beyond:"), m_maxScale);
    return page;
}

void LayerPropertiesDialog::setSwatch(QToolButton* button, style::Rgba colour) {
    button->setIcon(swatch(colour, colour));
    button->setText(QString::fromStdString(colour.toHex()));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

void LayerPropertiesDialog::setStyle(const style::LayerStyle& st) {
    m_fill = st.fill;
    m_stroke = st.stroke;
    setSwatch(m_fillButton, m_fill);
    setSwatch(m_strokeButton, m_stroke);
    m_strokeWidth->setValue(st.strokeWidthMm);
    m_pointSize->setValue(st.pointSizeMm);
    m_symbol->setCurrentIndex(static_cast<int>(st.pointSymbol));
    m_kind->setCurrentIndex(static_cast<int>(st.kind));
    if (const int f = m_field->findText(QString::fromStdString(st.classifyField)); f >= 0)
        m_field->setCurrentIndex(f);
    m_classList = st.classes;
    showClasses();
    m_labelField->setCurrentIndex(
        std::max(0, m_labelField->findData(QString::fromStdString(st.labelField))));
    m_placement->setCurrentIndex(static_cast<int>(st.labelPlacement));
    m_opacity->setValue(int(std::lround(st.opacity * 100)));
    m_minScale->setValue(int(st.minScale));
    m_maxScale->setValue(int(st.maxScale));
}

void LayerPropertiesDialog::classify() {
    if (!m_data)
        return;
    const int field = m_data->fieldIndex(m_field->currentText().toStdString());
    if (field < 0)
        return;
    if (m_kind->currentIndex() == static_cast<int>(style::StyleKind::Single))
        m_kind->setCurrentIndex(static_cast<int>(style::StyleKind::Categorized));
    const bool graduated = m_kind->currentIndex() == static_cast<int>(style::StyleKind::Graduated);
    std::vector<std::string> texts;
    std::vector<double> numbers;
    for (const auto& row : m_data->attributes) {
        if (std::size_t(field) >= row.size())
            continue;
        const auto& v = row[std::size_t(field)];
        if (const auto* i = std::get_if<std::int64_t>(&v))
            numbers.push_back(double(*i));
        else if (const auto* d = std::get_if<double>(&v))
            numbers.push_back(*d);
        if (!std::holds_alternative<std::monostate>(v))
            texts.push_back(data::toDisplayString(v));
    }
    m_classList = graduated ? style::graduate(numbers, m_classCount->value(),
                                              m_method->currentIndex() == 1, {8, 81, 156, 255})
                            : style::categorize(texts);
    showClasses();
}

void LayerPropertiesDialog::showClasses() {
    const QSignalBlocker quiet(m_classes);
    m_classes->setRowCount(int(m_classList.size()));
    for (std::size_t i = 0; i < m_classList.size(); ++i) {
        const auto& c = m_classList[i];
        const QString value =
            c.value.empty() && c.label.empty() ? QString() : QString::fromStdString(c.value);
        auto* symbol = new QTableWidgetItem(
            swatch(c.fill, c.stroke), value.isEmpty() ? QString::fromStdString(c.label) : value);
        symbol->setFlags(symbol->flags() & ~Qt::ItemIsEditable);
        m_classes->setItem(int(i), 0, symbol);
        m_classes->setItem(
            int(i), 1,
            new QTableWidgetItem(QString::fromStdString(c.label.empty() ? c.value : c.label)));
    }
    m_classes->resizeColumnToContents(0);
}

style::LayerStyle LayerPropertiesDialog::style() const {
    style::LayerStyle st = m_entry.style;
    st.fill = m_fill;
    st.stroke = m_stroke;
    st.strokeWidthMm = m_strokeWidth->value();
    st.pointSizeMm = m_pointSize->value();
    st.pointSymbol = static_cast<style::PointSymbol>(m_symbol->currentIndex());
    st.kind = static_cast<style::StyleKind>(m_kind->currentIndex());
    st.classifyField =
        st.kind == style::StyleKind::Single ? std::string() : m_field->currentText().toStdString();
    st.classes =
        st.kind == style::StyleKind::Single ? std::vector<style::StyleClass>{} : m_classList;
    st.labelField = m_labelField->currentData().toString().toStdString();
    st.labelPlacement = static_cast<style::LabelPlacement>(m_placement->currentIndex());
    st.opacity = m_opacity->value() / 100.0;
    st.minScale = m_minScale->value();
    st.maxScale = m_maxScale->value();
    return st;
}

project::LocalizedText LayerPropertiesDialog::name() const {
    const std::string ko = m_nameKo->text().trimmed().toStdString();
    const std::string en = m_nameEn->text().trimmed().toStdString();
    // A name left empty in one language takes the other's rather than vanishing.
    return {ko.empty() ? (en.empty() ? m_entry.name.ko : en) : ko,
            en.empty() ? (ko.empty() ? m_entry.name.en : ko) : en};
}

} // namespace cw::widgets
