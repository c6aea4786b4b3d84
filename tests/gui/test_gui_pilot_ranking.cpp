// SPDX-License-Identifier: GPL-3.0-or-later
// The pilot-ranking weights view on the sample project (offscreen): run the ranking, move the
// sliders with the keyboard, and the ranking table, the weights view and the map's score
// layers show the top unit computed here independently from the criteria values.
#include "desktop/analysis_controller.h"
#include "desktop/main_window.h"
#include "desktop/project_document.h"
#include "desktop/project_file_actions.h"
#include "sample_window.h"
#include "widgets/analysis/analysis_panel.h"
#include "widgets/analysis/ranking_weights_panel.h"
#include "widgets/map_canvas.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTabWidget>
#include <QTest>
#include <cmath>

using namespace cw;
using Panel = widgets::AnalysisPanel;

namespace {
int column(const std::vector<data::Field>& fields, const std::string& name) {
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (fields[i].name == name)
            return int(i);
    return -1;
}

double number(const data::AttributeValue& v) {
    if (const auto* d = std::get_if<double>(&v))
        return *d;
    if (const auto* i = std::get_if<std::int64_t>(&v))
        return double(*i);
    return NAN;
}

// The best eligible unit when only `key` counts: its values min-max normalised over the
// eligible units (a flat criterion gives 0; a cost is reversed), ties to the first unit.
int expectedTop(const analysis::ResultLayer& units, const std::string& key, bool cost) {
    const int c = column(units.columns, "c_" + key), e = column(units.columns, "eligible");
    double lo = INFINITY, hi = -INFINITY;
    for (const auto& row : units.rows) {
        const double v = number(row[std::size_t(c)]);
        if (number(row[std::size_t(e)]) != 0 && std::isfinite(v))
            lo = std::min(lo, v), hi = std::max(hi, v);
    }
    int best = -1;
    double bestScore = -1;
    for (std::size_t u = 0; u < units.rows.size(); ++u) {
        if (number(units.rows[u][std::size_t(e)]) == 0)
            continue;
        const double v = number(units.rows[u][std::size_t(c)]);
        double n = std::isfinite(v) && hi > lo ? (v - lo) / (hi - lo) : 0.0;
        if (cost && hi > lo && std::isfinite(v))
            n = 1 - n;
        if (n > bestScore)
            bestScore = n, best = int(u);
    }
    return best;
}
} // namespace

class GuiPilotRankingTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void slidersReRankTableAndMap();
    void cleanupTestCase();

private:
    SampleWindow m_fixture;
};

void GuiPilotRankingTest::initTestCase() {
    const QString failure = m_fixture.start(QSize(1500, 950));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(m_fixture.window->fileActions().openPath(m_fixture.sample));
    QVERIFY(QTest::qWaitFor([&] { return !m_fixture.document->isBusy(); }, 15000));
}

void GuiPilotRankingTest::cleanupTestCase() {
    m_fixture.window.reset();
    m_fixture.document.reset();
}

void GuiPilotRankingTest::slidersReRankTableAndMap() {
    auto& window = *m_fixture.window;
    auto* action = window.findChild<QAction*>(QStringLiteral("actionAnalysis"));
    QVERIFY(action);
    action->trigger();
    auto* panel = window.findChild<Panel*>();
    QVERIFY(panel && panel->selectAnalysis(QStringLiteral("pilot-ranking")));
    panel->findChild<QPushButton*>(QStringLiteral("runAnalysis"))->click();
    QVERIFY(QTest::qWaitFor([&] { return panel->state() != Panel::State::Running; }, 120000));
    QVERIFY2(panel->state() == Panel::State::Finished, qPrintable(panel->statusText()));
    QVERIFY(panel->resultTabs().contains(QStringLiteral("Weights")));

    auto* weights = panel->findChild<widgets::RankingWeightsPanel*>();
    QVERIFY(weights && weights->criterionCount() >= 2);
    const auto original = panel->shownResult();
    const analysis::ResultLayer* units = original->layer("pilot_units");
    const analysis::ResultTable* criteria = original->table("pilot_criteria");
    const analysis::ResultTable* ranking = original->table("pilot_ranking");
    QVERIFY(units && criteria && ranking && !ranking->rows.empty());
    const int idCol = column(ranking->columns, "unit_id");
    const auto topBefore = std::get<std::int64_t>(ranking->rows[0][std::size_t(idCol)]);

    // Find a criterion that alone puts another unit first.
    int chosen = -1, expected = -1;
    for (int c = 0; c < weights->criterionCount() && chosen < 0; ++c) {
        const auto& row = criteria->rows[std::size_t(c)];
        const std::string key = data::toDisplayString(row[0]);
        const bool cost = data::toDisplayString(
                              row[std::size_t(column(criteria->columns, "direction"))]) == "cost";
        const int top = expectedTop(*units, key, cost);
        if (top >= 0 && number(units->rows[std::size_t(top)][0]) != double(topBefore))
            chosen = c, expected = top;
    }
    QVERIFY2(chosen >= 0, "no single criterion changes the top unit on the sample");

    // Move the sliders as a user would: Home on the others, End on the chosen one.
    for (int c = 0; c < weights->criterionCount(); ++c) {
        QSlider* s = weights->slider(c);
        s->setFocus();
        QTest::keyClick(s, c == chosen ? Qt::Key_End : Qt::Key_Home);
    }
    QCOMPARE(weights->slider(chosen)->value(), 100);
    const auto reranked = panel->shownResult();
    QVERIFY(reranked != original);
    const analysis::ResultTable* after = reranked->table("pilot_ranking");
    const auto expectedId = std::int64_t(number(units->rows[std::size_t(expected)][0]));
    QCOMPARE(std::get<std::int64_t>(after->rows[0][std::size_t(idCol)]), expectedId);
    QVERIFY(std::get<std::int64_t>(after->rows[0][std::size_t(idCol)]) != topBefore);
    auto* top = weights->findChild<QLabel*>(QStringLiteral("rankingTop"));
    const QString name =
        QString::fromStdString(data::toDisplayString(units->rows[std::size_t(expected)][1]));
    QVERIFY2(top && top->text().contains(name), qPrintable(top ? top->text() : QString()));

    // The map follows once the sliders rest: the new top unit is in the best score class.
    const std::string bestClass = "analysis:pilot-ranking:pilot_units:class4";
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const auto& layer : m_fixture.document->layers()) {
                if (layer.entry.id != bestClass || !layer.data)
                    continue;
                const int id = column(layer.data->fields, "unit_id");
                for (const auto& row : layer.data->attributes)
                    if (number(row[std::size_t(id)]) == double(expectedId))
                        return true;
            }
            return false;
        },
        5000));
    window.canvas().zoomToFullExtent();
    QVERIFY(QTest::qWaitFor([&] { return !window.canvas().isRendering(); }, 8000));
    const QString dir = qEnvironmentVariable("CW_GUI_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    window.grab().save(dir + QStringLiteral("/pilot_ranking_weights.png"));
    // For the record: coverage gaps on the same map, and time for an external screenshot.
    QVERIFY(panel->selectAnalysis(QStringLiteral("coverage-gaps")));
    panel->findChild<QPushButton*>(QStringLiteral("runAnalysis"))->click();
    QVERIFY(QTest::qWaitFor([&] { return panel->state() != Panel::State::Running; }, 120000));
    QVERIFY(QTest::qWaitFor([&] { return !window.canvas().isRendering(); }, 8000));
    QTest::qWait(300);
    window.grab().save(dir + QStringLiteral("/coverage_gaps.png"));
    QTest::qWait(qEnvironmentVariableIntValue("CW_GUI_HOLD_MS"));
}

QTEST_MAIN(GuiPilotRankingTest)
#include "test_gui_pilot_ranking.moc"
