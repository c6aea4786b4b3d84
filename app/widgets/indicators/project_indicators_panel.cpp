// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/indicators/project_indicators_panel.h"

#include "widgets/indicators/indicator_charts.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtCharts/QBarSet>
#include <QtCharts/QChartView>
#include <algorithm>

namespace cw::widgets {
namespace {

// Tall enough for the title, up to three bars, the value axis and the legend.
constexpr int kChartHeight = 190;
constexpr int kHiddenRole = Qt::UserRole + 1;

} // namespace

void fillIndicatorTableWidget(QTableWidget& widget, const IndicatorTable& table) {
    widget.clear();
    widget.setColumnCount(static_cast<int>(table.headers.size()));
    widget.setHorizontalHeaderLabels(table.headers);
    widget.setRowCount(static_cast<int>(table.rows.size()));
    for (int r = 0; r < widget.rowCount(); ++r)
        for (int c = 0; c < widget.columnCount(); ++c) {
            auto* item = new QTableWidgetItem(table.rows[std::size_t(r)].value(c));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (std::size_t(c) < table.numeric.size() && table.numeric[std::size_t(c)])
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            widget.setItem(r, c, item);
        }
    widget.resizeColumnsToContents();
}

void fitTableHeight(QTableWidget& widget, int maxRows) {
    const int rows = std::clamp(widget.rowCount(), 1, maxRows);
    const int rowHeight = widget.verticalHeader()->defaultSectionSize();
    const int scrollBar = widget.horizontalScrollBar()->sizeHint().height();
    widget.setFixedHeight(widget.horizontalHeader()->sizeHint().height() + rows * rowHeight +
                          scrollBar + 2 * widget.frameWidth());
}

ProjectIndicatorsPanel::ProjectIndicatorsPanel(QWidget* parent)
    : QWidget(parent), m_projectCombo(new QComboBox(this)), m_empty(new QLabel(this)),
      m_chartBox(new QWidget), m_chartLayout(new QVBoxLayout(m_chartBox)),
      m_table(new QTableWidget(this)) {
    m_projectCombo->setObjectName(QStringLiteral("indicatorProjectCombo"));
    m_projectCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_projectCombo->setMinimumContentsLength(12);
    m_table->setObjectName(QStringLiteral("indicatorProjectTable"));
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_empty->setWordWrap(true);
    m_empty->hide();

    m_chartLayout->setContentsMargins(0, 0, 0, 0);
    m_chartLayout->setSpacing(4);
    m_chartLayout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("indicatorChartScroll"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_chartBox);

    auto* layout = new QVBoxLayout(this);
    auto* pick = new QLabel(tr("Project:"));
    pick->setBuddy(m_projectCombo);
    auto* row = new QHBoxLayout;
    row->addWidget(pick);
    row->addWidget(m_projectCombo, 1);
    layout->addLayout(row);
    layout->addWidget(m_empty);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_table);

    connect(m_projectCombo, &QComboBox::currentIndexChanged, this,
            &ProjectIndicatorsPanel::showCurrent);
}

void ProjectIndicatorsPanel::setPlan(const std::vector<project::ProjectInfo>& projects,
                                     const std::set<std::string>& hidden,
                                     const std::string& language, const QLocale& locale) {
    if (projects == m_projects && hidden == m_hidden && language == m_language &&
        m_projectCombo->count() > 0)
        return; // nothing to redraw (the document says "layers changed" often)
    const QString keep = currentProjectId();
    m_projects = projects;
    m_hidden = hidden;
    m_language = language;
    m_locale = locale;
    {
        const QSignalBlocker block(m_projectCombo);
        m_projectCombo->clear();
        int keepIndex = -1, firstWithIndicators = -1;
        for (const auto& p : m_projects) {
            const QString id = QString::fromStdString(p.id);
            const bool isHidden = hidden.count(p.id) > 0;
            QString name = QString::fromStdString(p.name.in(language));
            if (name.isEmpty())
                name = id;
            if (isHidden)
                name = tr("%1 (hidden by the timeline)").arg(name);
            m_projectCombo->addItem(name, id);
            const int index = m_projectCombo->count() - 1;
            m_projectCombo->setItemData(index, isHidden, kHiddenRole);
            if (isHidden)
                m_projectCombo->setItemData(index, QColor(Qt::gray), Qt::ForegroundRole);
            if (id == keep)
                keepIndex = index;
            if (firstWithIndicators < 0 && !p.indicators.empty())
                firstWithIndicators = index;
        }
        m_projectCombo->setCurrentIndex(keepIndex >= 0 ? keepIndex
                                                       : std::max(firstWithIndicators, 0));
    }
    showCurrent();
}

QString ProjectIndicatorsPanel::currentProjectId() const {
    return m_projectCombo->currentData().toString();
}

bool ProjectIndicatorsPanel::selectProject(const QString& id) {
    const int index = m_projectCombo->findData(id);
    if (index < 0)
        return false;
    m_projectCombo->setCurrentIndex(index);
    return true;
}

bool ProjectIndicatorsPanel::isMarkedHidden(const QString& id) const {
    const int index = m_projectCombo->findData(id);
    return index >= 0 && m_projectCombo->itemData(index, kHiddenRole).toBool();
}

std::optional<double> ProjectIndicatorsPanel::chartValue(const QString& indicatorId,
                                                         IndicatorValueKind kind) const {
    const QChartView* view = chartView(indicatorId);
    const QBarSet* set = view ? findKindBarSet(view->chart(), kind) : nullptr;
    if (!set || set->count() == 0)
        return std::nullopt;
    return set->at(0);
}

const QChartView* ProjectIndicatorsPanel::chartView(const QString& indicatorId) const {
    for (const auto& [id, view] : m_charts)
        if (id == indicatorId)
            return view;
    return nullptr;
}

void ProjectIndicatorsPanel::showCurrent() {
    for (auto& [id, view] : m_charts)
        delete view;
    m_charts.clear();
    const QString id = currentProjectId();
    const auto it = std::find_if(m_projects.begin(), m_projects.end(),
                                 [&](const auto& p) { return QString::fromStdString(p.id) == id; });
    if (it == m_projects.end()) {
        m_empty->setText(tr("The plan has no projects."));
        m_empty->show();
        fillIndicatorTableWidget(*m_table, projectIndicatorTable({}, m_language, m_locale));
        return;
    }
    m_empty->setVisible(it->indicators.empty());
    m_empty->setText(tr("This project has no indicators yet."));
    int position = 0;
    for (const auto& indicator : it->indicators) {
        auto* view = new QChartView(makeProjectIndicatorChart(indicator, m_language, m_locale));
        view->setObjectName(QStringLiteral("indicatorChart_") +
                            QString::fromStdString(indicator.id));
        view->setRenderHint(QPainter::Antialiasing);
        view->setFixedHeight(kChartHeight);
        view->setMinimumWidth(200);
        m_chartLayout->insertWidget(position++, view);
        m_charts.emplace_back(QString::fromStdString(indicator.id), view);
    }
    fillIndicatorTableWidget(*m_table, projectIndicatorTable(*it, m_language, m_locale));
    fitTableHeight(*m_table, 6);
}

} // namespace cw::widgets
