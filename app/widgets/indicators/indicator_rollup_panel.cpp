// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/indicators/indicator_rollup_panel.h"

#include "widgets/indicators/indicator_charts.h"
#include "widgets/indicators/project_indicators_panel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChartView>
#include <algorithm>

namespace cw::widgets {
namespace {

constexpr int kMinChartHeight = 180;

// QChartView releases, but does not delete, the chart it showed before.
void replaceChart(QChartView& view, QChart* chart) {
    QChart* old = view.chart();
    view.setChart(chart);
    delete old;
}

QString indicatorKey(const IndicatorChoice& c) {
    return QStringLiteral("%1|%2|%3")
        .arg(QString::fromStdString(c.id), QString::fromStdString(c.unit))
        .arg(c.year);
}

} // namespace

IndicatorRollupPanel::IndicatorRollupPanel(QWidget* parent)
    : QWidget(parent), m_areaCombo(new QComboBox(this)), m_fieldCombo(new QComboBox(this)),
      m_fieldLabel(new QLabel(tr("Named by:"), this)), m_indicatorCombo(new QComboBox(this)),
      m_status(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_chart(new QChartView(this)),
      m_table(new QTableWidget(this)) {
    m_areaCombo->setObjectName(QStringLiteral("rollupAreaCombo"));
    m_fieldCombo->setObjectName(QStringLiteral("rollupNameFieldCombo"));
    m_indicatorCombo->setObjectName(QStringLiteral("rollupIndicatorCombo"));
    m_cancel->setObjectName(QStringLiteral("rollupCancelButton"));
    m_table->setObjectName(QStringLiteral("indicatorRollupTable"));
    m_chart->setObjectName(QStringLiteral("indicatorRollupChart"));
    for (QComboBox* combo : {m_areaCombo, m_fieldCombo, m_indicatorCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    m_fieldLabel->setBuddy(m_fieldCombo);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_status->setWordWrap(true);
    m_busy->setRange(0, 0); // the roll-up reports no steps: a busy bar
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_cancel->hide();
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(kMinChartHeight);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Areas:"), m_areaCombo);
    form->addRow(m_fieldLabel, m_fieldCombo);
    form->addRow(tr("Indicator:"), m_indicatorCombo);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_cancel);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({300, 200}); // scaled to the room there is; the chart first
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(statusRow);
    layout->addWidget(splitter, 1);

    connect(m_areaCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillNameFields();
        emit areasChanged();
    });
    connect(m_fieldCombo, &QComboBox::currentIndexChanged, this,
            &IndicatorRollupPanel::areasChanged);
    connect(m_indicatorCombo, &QComboBox::currentIndexChanged, this,
            &IndicatorRollupPanel::showRows);
    connect(m_cancel, &QPushButton::clicked, this, &IndicatorRollupPanel::cancelRequested);
}

void IndicatorRollupPanel::setAreaSources(const std::vector<RollupAreaSource>& sources) {
    const QString keepLayer = areaLayerId();
    const bool hadChoice = m_areaCombo->count() > 0;
    const QString keepField = areaNameField();
    m_sources = sources;
    {
        const QSignalBlocker block(m_areaCombo);
        m_areaCombo->clear();
        for (const auto& s : m_sources)
            m_areaCombo->addItem(s.name, s.layerId);
        const int keep = hadChoice ? m_areaCombo->findData(keepLayer) : -1;
        m_areaCombo->setCurrentIndex(std::max(keep, 0));
    }
    fillNameFields();
    if (areaLayerId() == keepLayer)
        selectNameField(keepField);
}

void IndicatorRollupPanel::fillNameFields() {
    const QSignalBlocker block(m_fieldCombo);
    m_fieldCombo->clear();
    const int index = m_areaCombo->currentIndex();
    const bool layer = index >= 0 && std::size_t(index) < m_sources.size() &&
                       !m_sources[std::size_t(index)].layerId.isEmpty();
    m_fieldLabel->setVisible(layer);
    m_fieldCombo->setVisible(layer);
    if (!layer)
        return;
    const auto& source = m_sources[std::size_t(index)];
    m_fieldCombo->addItem(tr("(feature id)"), QString());
    for (const QString& f : source.fields)
        m_fieldCombo->addItem(f, f);
    const int preferred = m_fieldCombo->findData(source.preferredField);
    m_fieldCombo->setCurrentIndex(source.preferredField.isEmpty() || preferred < 0 ? 0 : preferred);
}

void IndicatorRollupPanel::setIndicators(const std::vector<IndicatorChoice>& indicators,
                                         const std::string& language, const QLocale& locale) {
    const bool sameNames =
        std::equal(indicators.begin(), indicators.end(), m_indicators.begin(), m_indicators.end(),
                   [](const auto& a, const auto& b) { return a == b && a.name == b.name; });
    if (sameNames && language == m_language && !m_indicators.empty())
        return; // the chart stands as it is
    const QString keep = m_indicatorCombo->currentData().toString();
    m_indicators = indicators;
    m_language = language;
    m_locale = locale;
    {
        const QSignalBlocker block(m_indicatorCombo);
        m_indicatorCombo->clear();
        for (const auto& c : m_indicators)
            m_indicatorCombo->addItem(indicatorCaption(c.name, c.unit, c.year, language),
                                      indicatorKey(c));
        m_indicatorCombo->setCurrentIndex(std::max(m_indicatorCombo->findData(keep), 0));
    }
    showRows();
}

QString IndicatorRollupPanel::areaLayerId() const {
    return m_areaCombo->currentData().toString();
}

QString IndicatorRollupPanel::areaNameField() const {
    return areasAreSandboxZones() ? QString() : m_fieldCombo->currentData().toString();
}

std::optional<IndicatorChoice> IndicatorRollupPanel::indicator() const {
    const int index = m_indicatorCombo->currentIndex();
    if (index < 0 || std::size_t(index) >= m_indicators.size())
        return std::nullopt;
    return m_indicators[std::size_t(index)];
}

bool IndicatorRollupPanel::selectAreaSource(const QString& layerId) {
    const int index = m_areaCombo->findData(layerId);
    if (index >= 0)
        m_areaCombo->setCurrentIndex(index);
    return index >= 0;
}

bool IndicatorRollupPanel::selectNameField(const QString& field) {
    const int index = m_fieldCombo->findData(field);
    if (index >= 0)
        m_fieldCombo->setCurrentIndex(index);
    return index >= 0;
}

bool IndicatorRollupPanel::selectIndicator(const QString& id) {
    for (std::size_t i = 0; i < m_indicators.size(); ++i)
        if (QString::fromStdString(m_indicators[i].id) == id) {
            m_indicatorCombo->setCurrentIndex(static_cast<int>(i));
            return true;
        }
    return false;
}

void IndicatorRollupPanel::showRunning(const QString& what) {
    m_status->setText(what);
    m_busy->show();
    m_cancel->show();
}

void IndicatorRollupPanel::setRows(std::vector<planning::IndicatorRollupRow> rows) {
    m_rows = std::move(rows);
    m_busy->hide();
    m_cancel->hide();
    showRows();
}

void IndicatorRollupPanel::showMessage(const QString& message) {
    m_rows.clear();
    m_busy->hide();
    m_cancel->hide();
    showRows();
    m_status->setText(message);
}

void IndicatorRollupPanel::showRows() {
    const auto chosen = indicator();
    if (!chosen) {
        replaceChart(*m_chart, new QChart);
        fillIndicatorTableWidget(*m_table, rollupIndicatorTable({}, IndicatorChoice{}, m_locale));
        m_status->setText(tr("No project of the plan has indicators."));
        return;
    }
    const IndicatorTable table = rollupIndicatorTable(m_rows, *chosen, m_locale);
    replaceChart(*m_chart, makeRollupChart(m_rows, *chosen, m_language, m_locale));
    // Bars of a readable thickness: the chart grows with the areas, the table takes the rest.
    const int areas = static_cast<int>(table.rows.size());
    m_chart->setMaximumHeight(std::max(kMinChartHeight, 130 + 36 * areas));
    fillIndicatorTableWidget(*m_table, table);
    m_status->setText(table.rows.empty() ? tr("No project with this indicator lies in these areas.")
                                         : tr("%n area(s) with projects reporting this indicator.",
                                              nullptr, static_cast<int>(table.rows.size())));
}

std::optional<double> IndicatorRollupPanel::chartValue(const QString& area,
                                                       IndicatorValueKind kind) const {
    const QChart* chart = m_chart->chart();
    const QBarSet* set = findKindBarSet(chart, kind);
    if (!set)
        return std::nullopt;
    for (QAbstractAxis* axis : chart->axes(Qt::Vertical))
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
            const auto index = categories->categories().indexOf(area);
            if (index >= 0 && index < set->count())
                return set->at(int(index));
        }
    return std::nullopt;
}

} // namespace cw::widgets
