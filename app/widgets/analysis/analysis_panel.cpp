// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/analysis/analysis_panel.h"

#include "common/parameter_text.h"
#include "common/result_value_text.h"
#include "common/warning_text.h"
#include "widgets/analysis/overlap_matrix_view.h"
#include "widgets/analysis/parameter_form.h"
#include "widgets/analysis/ranking_weights_panel.h"
#include "widgets/analysis/result_table_model.h"
#include "widgets/analysis/zone_list.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cw::widgets {
namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int kProgressSteps = 1000;
} // namespace

AnalysisPanel::AnalysisPanel(const QString& language, QWidget* parent)
    : QWidget(parent), m_language(language), m_list(new QListWidget(this)),
      m_description(new QLabel(this)), m_form(new ParameterForm(this)),
      m_run(new QPushButton(tr("&Run"), this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_save(new QPushButton(tr("Save results…"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_results(new QTabWidget(this)), m_note(new QLabel(this)) {
    m_list->setObjectName(QStringLiteral("analysisList"));
    m_run->setObjectName(QStringLiteral("runAnalysis"));
    m_cancel->setObjectName(QStringLiteral("cancelAnalysis"));
    m_save->setObjectName(QStringLiteral("saveResults"));
    m_results->setObjectName(QStringLiteral("analysisResults"));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 7);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, kProgressSteps);
    m_progress->setVisible(false);
    m_cancel->setEnabled(false);
    m_save->setEnabled(false);
    m_run->setDefault(true);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(new QLabel(tr("Analysis:"), this));
    topLayout->addWidget(m_list);
    topLayout->addWidget(m_description);
    auto* parameters = new QGroupBox(tr("Parameters"), this);
    auto* parametersLayout = new QVBoxLayout(parameters);
    parametersLayout->addWidget(m_form);
    topLayout->addWidget(parameters);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_progress);
    topLayout->addWidget(m_status);
    topLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(top);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_results, 1);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_note, 1);
    saveRow->addWidget(m_save);
    bottomLayout->addLayout(saveRow);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({330, 430}); // scaled to the real height when first laid out
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this,
            &AnalysisPanel::onCurrentAnalysisChanged);
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (!currentAnalysisId().isEmpty())
            emit runRequested(currentAnalysisId());
    });
    connect(m_cancel, &QPushButton::clicked, this, &AnalysisPanel::cancelRequested);
    connect(m_save, &QPushButton::clicked, this, &AnalysisPanel::saveResultsRequested);
    setState(State::Idle, {});
}

void AnalysisPanel::setAnalyses(const std::vector<analysis::AnalysisDescriptor>& analyses) {
    const QString previous = currentAnalysisId();
    m_analyses = analyses;
    const std::string lang = m_language.toStdString();
    QSignalBlocker block(m_list);
    m_list->clear();
    for (const auto& d : m_analyses) {
        auto* item = new QListWidgetItem(QString::fromStdString(d.name.in(lang)), m_list);
        item->setData(IdRole, QString::fromStdString(d.id));
        item->setToolTip(QString::fromStdString(d.id));
    }
    if (!selectAnalysis(previous))
        m_list->setCurrentRow(m_analyses.empty() ? -1 : 0);
    onCurrentAnalysisChanged();
}

int AnalysisPanel::analysisCount() const {
    return int(m_analyses.size());
}

QString AnalysisPanel::currentAnalysisId() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

bool AnalysisPanel::selectAnalysis(const QString& id) {
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(IdRole).toString() == id) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

std::map<std::string, std::string> AnalysisPanel::parameterValues() const {
    return m_form->values();
}

void AnalysisPanel::onCurrentAnalysisChanged() {
    const int row = m_list->currentRow();
    const std::string lang = m_language.toStdString();
    if (row < 0 || std::size_t(row) >= m_analyses.size()) {
        m_description->setText(m_analyses.empty() ? tr("No analyses are available.") : QString());
        m_form->setParameters({}, m_language);
    } else {
        m_description->setText(
            QString::fromStdString(m_analyses[std::size_t(row)].description.in(lang)));
        m_form->setParameters(m_analyses[std::size_t(row)].parameters, m_language);
    }
    m_run->setEnabled(m_state != State::Running && row >= 0);
}

void AnalysisPanel::setState(State state, const QString& text) {
    m_state = state;
    const bool running = state == State::Running;
    m_run->setEnabled(!running && m_list->currentRow() >= 0);
    m_list->setEnabled(!running);
    m_form->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    m_status->setText(text);
}

QString AnalysisPanel::statusText() const {
    return m_status->text();
}

void AnalysisPanel::setRunning(const QString& what) {
    m_progress->setValue(0);
    setState(State::Running, what);
}

void AnalysisPanel::setProgress(double fraction, const QString& what) {
    if (m_state != State::Running)
        return;
    m_progress->setValue(int(std::clamp(fraction, 0.0, 1.0) * kProgressSteps));
    if (!what.isEmpty())
        m_status->setText(what);
}

void AnalysisPanel::showFailure(const QString& message) {
    setState(State::Failed, message);
}

void AnalysisPanel::showCancelled() {
    setState(State::Cancelled, tr("The analysis was cancelled."));
}

void AnalysisPanel::setNote(const QString& note) {
    m_note->setText(note);
}

QStringList AnalysisPanel::resultTabs() const {
    QStringList tabs;
    for (int i = 0; i < m_results->count(); ++i)
        tabs << m_results->tabText(i);
    return tabs;
}

void AnalysisPanel::showResult(std::shared_ptr<const analysis::AnalysisResult> result,
                               const QHash<QString, QString>& names, const QString& note) {
    m_result = std::move(result);
    m_names = names;
    const std::string lang = m_language.toStdString();
    const analysis::AnalysisDescriptor* descriptor = nullptr;
    for (const auto& d : m_analyses)
        if (d.id == m_result->analysisId)
            descriptor = &d;
    auto outputName = [&](const std::string& key) {
        if (descriptor)
            for (const auto& o : descriptor->outputs)
                if (o.key == key && !o.name.in(lang).empty())
                    return QString::fromStdString(o.name.in(lang));
        return QString::fromStdString(key);
    };
    const QString analysisName = descriptor ? QString::fromStdString(descriptor->name.in(lang))
                                            : QString::fromStdString(m_result->analysisId);

    while (m_results->count() > 0) {
        QWidget* page = m_results->widget(0);
        m_results->removeTab(0);
        page->deleteLater();
    }
    // Summary first: what ran, with which parameters, the headline figures and any warnings.
    const QLocale locale(m_language == QLatin1String("ko") ? QLocale::Korean : QLocale::English);
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(analysisName.toHtmlEscaped(),
                            tr("Computed at %1 (CRS %2)")
                                .arg(QString::fromStdString(m_result->computedAt),
                                     QString::fromStdString(m_result->crs.authId())));
    const QStringList warnings = app::WarningText::translateAll(
        m_result->warnings, {}, [this](const QString& key) { return m_names.value(key, key); });
    for (const QString& warning : warnings)
        html += QStringLiteral("<p style='color:#8a5a00'>⚠ %1</p>").arg(warning.toHtmlEscaped());
    if (!m_result->summary.empty()) {
        const app::ResultValueText text(m_language, {}, {}, descriptor);
        html += QStringLiteral("<table>");
        for (const auto& [key, value] : m_result->summary) {
            const data::Field figure{key, data::FieldType::Real};
            html += QStringLiteral("<tr><td>%1</td><td align=right>&nbsp;%2</td></tr>")
                        .arg(text.title(figure).toHtmlEscaped(),
                             text.value(value, figure).toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    if (!m_result->parameters.empty() && descriptor) {
        html += QStringLiteral("<p><b>%1</b><br>").arg(tr("Parameters"));
        for (const auto& spec : descriptor->parameters) {
            const auto it = m_result->parameters.find(spec.key);
            if (it == m_result->parameters.end())
                continue;
            html += QStringLiteral("%1: %2<br>")
                        .arg(QString::fromStdString(spec.name.in(lang)).toHtmlEscaped(),
                             app::ParameterText::value(spec, it->second).toHtmlEscaped());
        }
        html += QStringLiteral("</p>");
    }
    if (!m_result->layers.empty()) {
        QStringList layers;
        for (const auto& layer : m_result->layers)
            layers << outputName(layer.key).toHtmlEscaped();
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Added to the map: %1").arg(layers.join(QStringLiteral(", "))));
    }
    auto* summary = new QTextBrowser(this);
    summary->setObjectName(QStringLiteral("resultSummary"));
    summary->setHtml(html);
    m_results->addTab(summary, tr("Summary"));

    if (const auto* matrix = m_result->table("overlap_matrix")) {
        auto* view = new OverlapMatrixView(this);
        view->setTable(*matrix, names, m_language);
        connect(view, &OverlapMatrixView::pairActivated, this, &AnalysisPanel::pairActivated);
        m_results->addTab(view, tr("Overlap heat map"));
    }
    if (const auto* zones = m_result->layer("integration_zones")) {
        auto* list = new ZoneList(this);
        list->setZones(*zones, m_result->table("zone_members"), m_language);
        connect(list, &ZoneList::zoneActivated, this, [this](int feature) {
            emit zoneActivated(QStringLiteral("integration_zones"), feature);
        });
        m_results->addTab(list, outputName("integration_zones"));
    }
    if (m_result->layer("pilot_units")) {
        auto* weights = new RankingWeightsPanel(m_language, this);
        if (weights->setResult(m_result)) {
            connect(weights, &RankingWeightsPanel::reranked, this, &AnalysisPanel::showReranked);
            m_results->addTab(weights, tr("Weights"));
        } else {
            delete weights;
        }
    }
    for (const auto& table : m_result->tables) {
        addTableTab(table);
        m_results->setTabText(m_results->count() - 1, outputName(table.key));
    }
    m_results->setCurrentIndex(m_results->count() > 1 ? 1 : 0);
    m_save->setEnabled(true);
    m_note->setText(note);
    setState(State::Finished, tr("Finished: %1").arg(analysisName));
}

const analysis::AnalysisDescriptor* AnalysisPanel::descriptorOf(const std::string& id) const {
    for (const auto& d : m_analyses)
        if (d.id == id)
            return &d;
    return nullptr;
}

void AnalysisPanel::showReranked(std::shared_ptr<const analysis::AnalysisResult> result) {
    m_result = std::move(result);
    // The table views show the new tables; the views stay (sorting, scroll position).
    for (int i = 0; i < m_results->count(); ++i) {
        auto* view = qobject_cast<QTableView*>(m_results->widget(i));
        auto* proxy = view ? qobject_cast<QSortFilterProxyModel*>(view->model()) : nullptr;
        const analysis::ResultTable* table =
            view ? m_result->table(view->objectName().toStdString()) : nullptr;
        if (!proxy || !table)
            continue;
        QAbstractItemModel* old = proxy->sourceModel();
        proxy->setSourceModel(
            new ResultTableModel(std::make_shared<const analysis::ResultTable>(*table), m_language,
                                 m_names, descriptorOf(m_result->analysisId), view));
        delete old;
    }
    emit resultReranked(m_result);
}

void AnalysisPanel::addTableTab(const analysis::ResultTable& table) {
    // The view keeps its own copy alive: the panel may show another result meanwhile.
    auto shared = std::make_shared<const analysis::ResultTable>(table);
    auto* view = new QTableView(this);
    view->setObjectName(QString::fromStdString(table.key));
    auto* model =
        new ResultTableModel(std::move(shared), m_language, m_names,
                             m_result ? descriptorOf(m_result->analysisId) : nullptr, view);
    auto* proxy = new QSortFilterProxyModel(view);
    proxy->setSourceModel(model);
    proxy->setSortRole(ResultTableModel::SortRole);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->resizeColumnsToContents();
    m_results->addTab(view, QString::fromStdString(table.key));
}

} // namespace cw::widgets
