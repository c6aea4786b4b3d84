// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/analysis/ranking_weights_panel.h"

#include <QElapsedTimer>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>
#include <cmath>

namespace cw::widgets {
namespace {
constexpr int kTopShown = 5;

int columnOf(const analysis::ResultTable& t, const char* name) {
    for (std::size_t i = 0; i < t.columns.size(); ++i)
        if (t.columns[i].name == name)
            return int(i);
    return -1;
}
} // namespace

RankingWeightsPanel::RankingWeightsPanel(const QString& language, QWidget* parent)
    : QWidget(parent), m_language(language), m_rows(new QWidget(this)), m_top(new QLabel(this)),
      m_timing(new QLabel(this)) {
    setObjectName(QStringLiteral("rankingWeights"));
    auto* intro = new QLabel(tr("Move a weight to re-rank the units at once; the ranking table "
                                "and the map follow. Weights are shares of their sum."),
                             this);
    intro->setWordWrap(true);
    auto* reset = new QPushButton(tr("Reset weights"), this);
    reset->setObjectName(QStringLiteral("resetWeights"));
    m_top->setWordWrap(true);
    m_top->setObjectName(QStringLiteral("rankingTop"));
    m_timing->setStyleSheet(QStringLiteral("color: palette(mid)"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_rows);
    layout->addWidget(m_top);
    layout->addWidget(m_timing);
    layout->addWidget(reset, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(reset, &QPushButton::clicked, this, &RankingWeightsPanel::resetWeights);
}

bool RankingWeightsPanel::setResult(std::shared_ptr<const analysis::AnalysisResult> result) {
    if (!result)
        return false;
    auto model = analysis::rankingModelFromResult(*result);
    if (!model)
        return false;
    m_model = std::move(model).value();
    m_base = result;
    m_current = std::move(result);

    // One row per criterion: name, slider (0-100, starting at its percentage), percentage.
    auto* rows = new QWidget(this);
    static_cast<QVBoxLayout*>(layout())->replaceWidget(m_rows, rows);
    delete m_rows;
    m_rows = rows;
    m_sliders.clear();
    m_percentages.clear();
    auto* grid = new QGridLayout(m_rows);
    grid->setContentsMargins(0, 0, 0, 0);
    const std::vector<double> pct = analysis::mcda::weightPercentages(m_model.weights());
    m_initial.clear();
    const std::string lang = m_language.toStdString();
    for (std::size_t c = 0; c < m_model.matrix.criteria.size(); ++c) {
        const auto& criterion = m_model.matrix.criteria[c];
        QString name = QString::fromStdString(m_model.criterionNames[c].in(lang));
        if (criterion.direction == analysis::mcda::Direction::Cost)
            name = tr("%1 (less is better)").arg(name);
        auto* slider = new QSlider(Qt::Horizontal, m_rows);
        slider->setObjectName(
            QStringLiteral("weight_%1").arg(QString::fromStdString(criterion.key)));
        slider->setRange(0, 100);
        m_initial.push_back(int(std::lround(pct[c])));
        slider->setValue(m_initial.back());
        slider->setToolTip(tr("Weight of %1").arg(name));
        auto* value = new QLabel(m_rows);
        value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("100.0 %")));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(new QLabel(name, m_rows), int(c), 0);
        grid->addWidget(slider, int(c), 1);
        grid->addWidget(value, int(c), 2);
        grid->setColumnStretch(1, 1);
        connect(slider, &QSlider::valueChanged, this, &RankingWeightsPanel::rerank);
        m_sliders.push_back(slider);
        m_percentages.push_back(value);
    }
    showPercentages();
    m_timing->clear();
    return true;
}

std::vector<double> RankingWeightsPanel::weights() const {
    std::vector<double> w;
    for (const QSlider* s : m_sliders)
        w.push_back(double(s->value()));
    return w;
}

void RankingWeightsPanel::resetWeights() {
    for (std::size_t c = 0; c < m_sliders.size() && c < m_initial.size(); ++c) {
        const QSignalBlocker block(m_sliders[c]);
        m_sliders[c]->setValue(m_initial[c]);
    }
    rerank();
}

void RankingWeightsPanel::rerank() {
    if (!m_base)
        return;
    QElapsedTimer timer;
    timer.start();
    auto next = std::make_shared<analysis::AnalysisResult>(*m_base);
    analysis::applyRanking(*next, m_model, weights());
    m_current = std::move(next);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    showPercentages();
    m_timing->setText(tr("Re-ranked %n unit(s) in %1 ms", nullptr, int(m_model.matrix.unitCount))
                          .arg(ms, 0, 'f', 1));
    emit reranked(m_current);
}

void RankingWeightsPanel::showPercentages() {
    const QLocale locale(m_language == QLatin1String("ko") ? QLocale::Korean : QLocale::English);
    const std::vector<double> pct = analysis::mcda::weightPercentages(weights());
    for (std::size_t c = 0; c < m_percentages.size(); ++c)
        m_percentages[c]->setText(tr("%1 %").arg(locale.toString(pct[c], 'f', 1)));
    QStringList top;
    if (const analysis::ResultTable* ranking =
            m_current ? m_current->table("pilot_ranking") : nullptr) {
        const int name = columnOf(*ranking, "unit_name"), score = columnOf(*ranking, "score");
        for (int i = 0; i < kTopShown && std::size_t(i) < ranking->rows.size(); ++i) {
            const auto& row = ranking->rows[std::size_t(i)];
            top << tr("%1. %2 (%3)")
                       .arg(i + 1)
                       .arg(QString::fromStdString(data::toDisplayString(row[std::size_t(name)])))
                       .arg(locale.toString(std::get<double>(row[std::size_t(score)]), 'f', 1));
        }
    }
    m_top->setText(top.isEmpty() ? tr("No unit is eligible.")
                                 : tr("Top units: %1").arg(top.join(QStringLiteral(", "))));
}

} // namespace cw::widgets
