// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/pilot_ranking.h"

#include <QWidget>
#include <memory>
#include <vector>

class QLabel;
class QSlider;

namespace cw::widgets {

/// Weight sliders for a pilot-ranking result, with a live preview: moving a slider re-scores
/// the criteria kept in the result (no geometry is recomputed) and emits the re-ranked result,
/// whose tables and score columns the panel and the map then show. Weights are shown as
/// percentages of their sum.
class RankingWeightsPanel : public QWidget {
    Q_OBJECT

public:
    explicit RankingWeightsPanel(const QString& language, QWidget* parent = nullptr);

    /// Takes a pilot-ranking result; false (and nothing shown) when it is not one.
    bool setResult(std::shared_ptr<const analysis::AnalysisResult> result);
    int criterionCount() const { return int(m_sliders.size()); }
    /// The slider of criterion `index` (object name "weight_<key>").
    QSlider* slider(int index) const { return m_sliders.at(std::size_t(index)); }
    std::vector<double> weights() const;
    /// The result as last re-ranked (the original until a slider moves).
    std::shared_ptr<const analysis::AnalysisResult> current() const { return m_current; }

signals:
    void reranked(std::shared_ptr<const cw::analysis::AnalysisResult> result);

private:
    void rerank();
    void resetWeights();
    void showPercentages();

    QString m_language;
    std::shared_ptr<const analysis::AnalysisResult> m_base;
    std::shared_ptr<const analysis::AnalysisResult> m_current;
    analysis::RankingModel m_model;
    std::vector<int> m_initial;
    std::vector<QSlider*> m_sliders;
    std::vector<QLabel*> m_percentages;
    QWidget* m_rows = nullptr;
    QLabel* m_top = nullptr;
    QLabel* m_timing = nullptr;
};

} // namespace cw::widgets
