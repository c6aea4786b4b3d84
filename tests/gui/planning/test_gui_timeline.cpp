// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline bar on the sample project: the year slider, the play button and the stage filter
// set the document's render::PlanFilter; the map draws only what runs in that year (whole layers by
// their project's years, single features by their own), the legend greys what is hidden, and the
// stage-3 roll-out is outlined.
//
// The sample's projects (resources/sample/projects.json and the three plugins' manifests, as
// `cityweave-cli projects` lists them) and their layers:
//   base            seoul_outline                                   always drawn      1 layer
//   magok-energy    stage 1, 2014–2022  magok_* (district, facilities, blocks, solar, ess,
//                                        fuel_cells, heating_network)                 7 layers
//   sangam-av       stage 2, 2019–2025  sangam_dmc, sangam_testbed_roads, sangam_v2x_rsu 3 layers
//   gvalley-industry stage 1, 2019–2025 gvalley_complexes, _innovation_hubs, _blocks, _firms 4
//   energy-villages stage 3, 2012–2025  energy_villages                                1 layer
//   iot-sensors     stage 1, 2018–2024  iot_sensors, iot_pilot_areas                   2 layers
//   ev-chargers     stage 3, 2017–2025  ev_chargers                                    1 layer
//                                                                              total 19 layers
// The plan spans 2012 (energy-villages' start) to 2025 (the latest end).
#include "../sample_window.h"
#include "desktop/main_window.h"
#include "desktop/project_document.h"
#include "desktop/project_file_actions.h"
#include "desktop/timeline_controller.h"
#include "render/map_renderer.h"
#include "render/plan_filter.h"
#include "widgets/layer_tree_widget.h"
#include "widgets/map_canvas.h"
#include "widgets/timeline/rollout_overlay.h"
#include "widgets/timeline/timeline_bar.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QSlider>
#include <QTest>
#include <QToolButton>
#include <algorithm>
#include <numeric>
#include <set>

using namespace cw;
using render::filteredRenderLayers;
using render::PlanFilter;

namespace {

std::set<std::string> ids(const std::vector<render::RenderLayer>& layers) {
    std::set<std::string> out;
    for (const auto& l : layers)
        out.insert(l.key.substr(0, l.key.find('@')));
    return out;
}

// Sets as sorted, comma-joined text, so a failed comparison shows both.
QString text(const std::set<std::string>& ids) {
    QStringList out;
    for (const auto& id : ids)
        out << QString::fromStdString(id);
    return out.join(QLatin1Char(','));
}
QString text(const std::set<int>& stages) {
    QStringList out;
    for (int s : stages)
        out << QString::number(s);
    return out.join(QLatin1Char(','));
}

const std::set<std::string> kMagok = {
    "magok_district", "magok_energy_facilities", "magok_blocks",         "magok_solar",
    "magok_ess",      "magok_fuel_cells",        "magok_heating_network"};
const std::set<std::string> kSangam = {"sangam_dmc", "sangam_testbed_roads", "sangam_v2x_rsu"};
const std::set<std::string> kGvalley = {"gvalley_complexes", "gvalley_innovation_hubs",
                                        "gvalley_blocks", "gvalley_firms"};

std::set<std::string> unite(std::initializer_list<std::set<std::string>> sets) {
    std::set<std::string> out;
    for (const auto& s : sets)
        out.insert(s.begin(), s.end());
    return out;
}

std::size_t shownCount(const std::vector<std::uint8_t>& mask) {
    return std::size_t(std::count(mask.begin(), mask.end(), std::uint8_t{1}));
}

} // namespace

class GuiTimelineTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void layersFollowTheYear();
    void featuresFollowTheirOwnYears();
    void rendererDrawsOnlyMaskedFeatures();
    void maskCostOnALargeLayer();
    void sliderSetsTheFilter();
    void playAdvancesAndStopsAtTheLastYear();
    void stageFilterHidesStageThree();
    void legendGreysHiddenProjects();
    void rolloutIsOutlined();
    void cleanupTestCase();

private:
    void resetFilter();
    const render::LoadedLayer& layer(const char* id) const;
    void saveScreenshot(QWidget& widget, const QString& name);

    SampleWindow m_fixture;
    desktop::ProjectDocument* m_document = nullptr;
    desktop::MainWindow* m_window = nullptr;
    widgets::TimelineBar* m_bar = nullptr;
};

void GuiTimelineTest::initTestCase() {
    const QString failure = m_fixture.start(QSize(1400, 900));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_document = m_fixture.document.get();
    m_window = m_fixture.window.get();
    QVERIFY(m_window->fileActions().openPath(m_fixture.sample));
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy(); }, 30000));
    QCOMPARE(m_document->layers().size(), std::size_t(19));
    for (const auto& l : m_document->layers())
        QVERIFY2(l.isLoaded(), l.entry.id.c_str());
    m_bar = m_window->findChild<widgets::TimelineBar*>(QStringLiteral("timelineBar"));
    QVERIFY(m_bar);
    QCOMPARE(m_window->toolBarArea(m_bar), Qt::BottomToolBarArea);
}

void GuiTimelineTest::cleanupTestCase() {
    m_fixture.window.reset();
    m_fixture.document.reset();
}

void GuiTimelineTest::resetFilter() {
    m_bar->pause();
    m_document->setPlanFilter({});
}

const render::LoadedLayer& GuiTimelineTest::layer(const char* id) const {
    const auto* l = m_document->findLayer(QString::fromLatin1(id));
    Q_ASSERT(l);
    return *l;
}

void GuiTimelineTest::saveScreenshot(QWidget& widget, const QString& name) {
    const QString dir = qEnvironmentVariable("CW_GUI_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(1500); // the map renders in the background
    widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void GuiTimelineTest::layersFollowTheYear() {
    const auto& layers = m_document->layers();
    const auto& plan = m_document->project();
    const std::set<std::string> base = {"seoul_outline"};
    // Every year: all 19.
    QCOMPARE(render::filteredRenderLayers(layers, plan, {}).size(), std::size_t(19));
    // 2016: magok-energy (2014–2022) and energy-villages (2012–2025) run; ev-chargers starts
    // 2017, iot-sensors 2018, sangam-av and gvalley 2019. 1 + 7 + 1 = 9 layers.
    render::PlanFilter f;
    f.year = 2016;
    QCOMPARE(text(ids(render::filteredRenderLayers(layers, plan, f))),
             text(unite({base, kMagok, {"energy_villages"}})));
    // 2018: add ev-chargers and iot-sensors: 1 + 7 + 1 + 1 + 2 = 12.
    f.year = 2018;
    QCOMPARE(
        text(ids(render::filteredRenderLayers(layers, plan, f))),
        text(unite(
            {base, kMagok, {"energy_villages", "ev_chargers", "iot_sensors", "iot_pilot_areas"}})));
    // 2023: magok-energy ended in 2022; everything else runs: 19 - 7 = 12.
    f.year = 2023;
    QCOMPARE(text(ids(render::filteredRenderLayers(layers, plan, f))),
             text(unite({base,
                         kSangam,
                         kGvalley,
                         {"energy_villages", "ev_chargers", "iot_sensors", "iot_pilot_areas"}})));
    // 2026: every project has ended; only the base layer is left.
    f.year = 2026;
    QCOMPARE(text(ids(render::filteredRenderLayers(layers, plan, f))), text(base));
    // The bar spans the plan's years.
    auto* slider = m_bar->findChild<QSlider*>(QStringLiteral("timelineSlider"));
    QVERIFY(slider);
    QCOMPARE(slider->minimum(), 2012);
    QCOMPARE(slider->maximum(), 2025);
}

void GuiTimelineTest::featuresFollowTheirOwnYears() {
    // iot_pilot_areas carries start_year per feature: Magok 2019, Sangam 2020, G-Valley 2021.
    const auto& pilots = layer("iot_pilot_areas");
    QVERIFY(render::hasFeatureYears(*pilots.data));
    QCOMPARE(pilots.data->featureCount(), std::size_t(3));
    auto mask2018 = render::featureMaskFor(pilots, 2018);
    QVERIFY(mask2018);
    QCOMPARE(shownCount(*mask2018), std::size_t(0));
    auto mask2020 = render::featureMaskFor(pilots, 2020);
    QVERIFY(mask2020);
    QCOMPARE(shownCount(*mask2020), std::size_t(2));
    // 2021 and later: all three exist, so no mask at all.
    QVERIFY(!render::featureMaskFor(pilots, 2021));
    // The cache hands back the same mask for the same layer and year.
    QCOMPARE(render::featureMaskFor(pilots, 2020).get(), mask2020.get());
    // A layer without feature years is never masked.
    QVERIFY(!render::hasFeatureYears(*layer("iot_sensors").data));
    QVERIFY(!render::featureMaskFor(layer("iot_sensors"), 2018));

    // render::filteredRenderLayers puts the mask, and a key naming the year, on that layer only.
    render::PlanFilter f;
    f.year = 2020;
    int masked = 0;
    for (const auto& rl :
         render::filteredRenderLayers(m_document->layers(), m_document->project(), f)) {
        if (!rl.featureMask)
            continue;
        ++masked;
        QCOMPARE(QString::fromStdString(rl.key.substr(0, rl.key.find('@'))),
                 QStringLiteral("iot_pilot_areas"));
        QVERIFY(rl.key.ends_with("#year2020"));
        QCOMPARE(shownCount(*rl.featureMask), std::size_t(2));
    }
    QCOMPARE(masked, 1);
}

void GuiTimelineTest::rendererDrawsOnlyMaskedFeatures() {
    const auto& pilots = layer("iot_pilot_areas");
    render::MapSettings view(m_document->mapCrs(), pilots.indexed->geometries.extent(),
                             QSize(512, 512), 96);
    auto draw = [&](std::shared_ptr<const std::vector<std::uint8_t>> mask, const char* key) {
        render::RenderLayer rl = render::LayerSet::renderLayer(pilots);
        rl.key += key;
        rl.featureMask = std::move(mask);
        render::MapRenderer renderer;
        render::RenderStats stats;
        renderer.render(view, {rl}, {}, &stats);
        return stats.featuresDrawn;
    };
    const std::size_t all = draw(nullptr, "");
    const std::size_t in2020 = draw(render::featureMaskFor(pilots, 2020), "#2020");
    const std::size_t in2018 = draw(render::featureMaskFor(pilots, 2018), "#2018");
    // Features are counted per tile they touch, so only the order is exact: none in 2018, two
    // of three in 2020, all three unmasked.
    QVERIFY(all >= 3);
    QCOMPARE(in2018, std::size_t(0));
    QVERIFY(in2020 >= 2 && in2020 < all);
}

void GuiTimelineTest::maskCostOnALargeLayer() {
    // 100,000 features with start years 2000..2029 (feature i starts in 2000 + i % 30): in 2014
    // those with i % 30 <= 14 exist: 15 in each of the 3,333 full runs of 30 (49,995) plus the
    // last 10 features (i % 30 = 0..9), i.e. 50,005.
    auto data = std::make_shared<data::VectorLayer>();
    data->fields = {{"start_year", data::FieldType::Integer}};
    const std::size_t n = 100000;
    data->fids.resize(n);
    std::iota(data->fids.begin(), data->fids.end(), 1);
    data->attributes.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        data->attributes[i] = {data::AttributeValue(std::int64_t(2000 + i % 30))};
    render::LoadedLayer big;
    big.entry.id = "generated-100k";
    big.data = data;
    big.generation = 1;
    QElapsedTimer t;
    t.start();
    auto first = render::featureMaskFor(big, 2014);
    const double computeMs = t.nsecsElapsed() / 1e6;
    t.restart();
    auto again = render::featureMaskFor(big, 2014);
    const double cachedMs = t.nsecsElapsed() / 1e6;
    QVERIFY(first);
    QCOMPARE(shownCount(*first), std::size_t(50005));
    QCOMPARE(again.get(), first.get());
    qInfo("feature mask of 100,000 features: %.2f ms computed, %.4f ms from the cache", computeMs,
          cachedMs);

    // A slider sweep over the sample: every year's render layers, first and second time.
    auto sweep = [&](int firstYear) {
        QElapsedTimer timer;
        timer.start();
        render::PlanFilter f;
        for (int y = firstYear; y < firstYear + 14; ++y) {
            f.year = y;
            render::filteredRenderLayers(m_document->layers(), m_document->project(), f);
        }
        return timer.nsecsElapsed() / 1e6 / 14;
    };
    const double cold = sweep(2012); // 2012–2025; most years' masks not yet computed
    const double warm = sweep(2012);
    qInfo("sample render layers per year: %.4f ms first sweep, %.4f ms second", cold, warm);
}

void GuiTimelineTest::sliderSetsTheFilter() {
    resetFilter();
    auto* all = m_bar->findChild<QCheckBox*>(QStringLiteral("timelineAllYears"));
    auto* slider = m_bar->findChild<QSlider*>(QStringLiteral("timelineSlider"));
    auto* label = m_bar->findChild<QLabel*>(QStringLiteral("timelineYearLabel"));
    QVERIFY(all && slider && label);
    QVERIFY(all->isChecked());
    QVERIFY(!slider->isEnabled());
    all->setChecked(false);
    slider->setValue(2016);
    QCOMPARE(m_document->planFilter().year.value_or(0), 2016);
    QCOMPARE(label->text(), QStringLiteral("2016"));
    QCOMPARE(m_document->renderLayers()->size(), std::size_t(9)); // see layersFollowTheYear
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(m_document->planFilter().year.value_or(0), 2017);
    // A filter set elsewhere shows on the bar.
    render::PlanFilter f;
    f.year = 2020;
    m_document->setPlanFilter(f);
    QCOMPARE(slider->value(), 2020);
    all->setChecked(true);
    QVERIFY(!m_document->planFilter().year);
    QCOMPARE(label->text(), QStringLiteral("2012–2025")); // the plan's span
}

void GuiTimelineTest::playAdvancesAndStopsAtTheLastYear() {
    resetFilter();
    auto* play = m_bar->findChild<QToolButton*>(QStringLiteral("timelinePlay"));
    QVERIFY(play);
    // From "All years", play starts at the first year, 2012, and steps once per 700 ms.
    QTest::mouseClick(play, Qt::LeftButton);
    QVERIFY(m_bar->isPlaying());
    QCOMPARE(m_document->planFilter().year.value_or(0), 2012);
    QTRY_COMPARE_WITH_TIMEOUT(m_document->planFilter().year.value_or(0), 2013, 3000);
    QTest::mouseClick(play, Qt::LeftButton); // pause
    QVERIFY(!m_bar->isPlaying());
    QTest::qWait(1000);
    QCOMPARE(m_document->planFilter().year.value_or(0), 2013);
    // From 2024, one step reaches the last year, 2025, and play stops there.
    render::PlanFilter f;
    f.year = 2024;
    m_document->setPlanFilter(f);
    m_bar->play();
    QTRY_COMPARE_WITH_TIMEOUT(m_document->planFilter().year.value_or(0), 2025, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_bar->isPlaying(), 2000);
    QTest::qWait(1000);
    QCOMPARE(m_document->planFilter().year.value_or(0), 2025);
}

void GuiTimelineTest::stageFilterHidesStageThree() {
    resetFilter();
    auto* stage3 = m_bar->findChild<QToolButton*>(QStringLiteral("timelineStage3"));
    QVERIFY(stage3);
    QVERIFY(stage3->isChecked());
    QVERIFY(stage3->toolTip().contains(QStringLiteral("Stage 3")));
    QTest::mouseClick(stage3, Qt::LeftButton);
    QCOMPARE(text(m_document->planFilter().stages), QStringLiteral("1,2"));
    // energy-villages and ev-chargers are the stage-3 projects: 19 - 2 = 17 layers.
    const auto drawn = ids(*m_document->renderLayers());
    QCOMPARE(drawn.size(), std::size_t(17));
    QVERIFY(!drawn.contains("energy_villages") && !drawn.contains("ev_chargers"));
    // The last stage shown cannot be turned off: the map would be empty of projects.
    auto* stage1 = m_bar->findChild<QToolButton*>(QStringLiteral("timelineStage1"));
    auto* stage2 = m_bar->findChild<QToolButton*>(QStringLiteral("timelineStage2"));
    QTest::mouseClick(stage1, Qt::LeftButton);
    QCOMPARE(text(m_document->planFilter().stages), QStringLiteral("2"));
    QTest::mouseClick(stage2, Qt::LeftButton);
    QVERIFY(stage2->isChecked());
    QCOMPARE(text(m_document->planFilter().stages), QStringLiteral("2"));
    // Only sangam-av is stage 2: base + 3 layers.
    QCOMPARE(text(ids(*m_document->renderLayers())), text(unite({{"seoul_outline"}, kSangam})));
    resetFilter();
    QVERIFY(stage1->isChecked() && stage3->isChecked());
}

void GuiTimelineTest::legendGreysHiddenProjects() {
    resetFilter();
    auto& tree = m_window->layerTree();
    QTreeWidgetItem* iot = tree.findProjectItem(QStringLiteral("iot-sensors"));
    QTreeWidgetItem* magok = tree.findProjectItem(QStringLiteral("magok-energy"));
    QTreeWidgetItem* villages = tree.findProjectItem(QStringLiteral("energy-villages"));
    QVERIFY(iot && magok && villages);
    QVERIFY(!iot->font(0).italic());
    const QString plainTip = iot->toolTip(0);
    render::PlanFilter f;
    f.year = 2016; // iot-sensors starts in 2018; magok-energy runs
    m_document->setPlanFilter(f);
    QVERIFY(tree.isFilteredOut(QStringLiteral("iot-sensors")));
    QVERIFY(iot->font(0).italic());
    QVERIFY(iot->toolTip(0).contains(QStringLiteral("Not in the plan in 2016")));
    QVERIFY(iot->child(0)->font(0).italic());
    QVERIFY(!magok->font(0).italic());
    QVERIFY(!tree.isFilteredOut(QStringLiteral("magok-energy")));
    saveScreenshot(*m_window, QStringLiteral("timeline-2016"));
    f.year.reset();
    f.stages = {1, 2};
    m_document->setPlanFilter(f);
    QVERIFY(!iot->font(0).italic());
    QCOMPARE(iot->toolTip(0), plainTip);
    QVERIFY(villages->font(0).italic());
    QVERIFY(villages->toolTip(0).contains(QStringLiteral("Stage 3 is filtered out")));
    // The marks survive a rebuild of the tree.
    tree.setContents(m_document->project(), m_document->layers());
    QTreeWidgetItem* rebuilt = tree.findProjectItem(QStringLiteral("energy-villages"));
    QVERIFY(rebuilt && rebuilt->font(0).italic());
    resetFilter();
}

void GuiTimelineTest::rolloutIsOutlined() {
    resetFilter();
    auto& controller = m_window->timeline();
    QVERIFY(controller.rolloutOverlay().outlines().empty());
    // 2023: energy-villages has reached 11500 (강서구) and 11440 (마포구); ev-chargers' roll-out
    // starts in 2024. The sample has no district layer: the polygons whose `gu` names those
    // districts are outlined: sangam_dmc (마포구), energy_villages' 마곡 햇빛공유마을 (강서구),
    // iot_pilot_areas' Magok (강서구) and Sangam (마포구) areas = 4. magok_district (강서구) is
    // not drawn: magok-energy ended in 2022.
    render::PlanFilter f;
    f.year = 2023;
    m_document->setPlanFilter(f);
    QCOMPARE(controller.rolloutOverlay().outlines().size(), std::size_t(4));
    QVERIFY(controller.rolloutOverlay().caption().contains(QStringLiteral("강서구, 마포구")));
    // 2024: add 11530 (구로구) and 11545 (금천구): the three G-Valley complexes (구로구, 금천구,
    // 금천구) and the G-Valley pilot area (구로구) join: 4 + 3 + 1 = 8.
    f.year = 2024;
    m_document->setPlanFilter(f);
    QCOMPARE(controller.rolloutOverlay().outlines().size(), std::size_t(8));
    QVERIFY(controller.rolloutOverlay().caption().contains(
        QStringLiteral("강서구, 마포구, 구로구, 금천구")));
    m_window->canvas().repaint();
    saveScreenshot(*m_window, QStringLiteral("timeline-rollout-2024"));
    // Stage 3 filtered out: nothing rolled out is shown.
    f.stages = {1, 2};
    m_document->setPlanFilter(f);
    QVERIFY(controller.rolloutOverlay().outlines().empty());
    resetFilter();
    QVERIFY(controller.rolloutOverlay().outlines().empty());
    // Opening another project (here: a new, empty one) drops the filter.
    f.stages.clear();
    m_document->setPlanFilter(f);
    QVERIFY(m_document->planFilter().isActive());
    m_document->newProject();
    QVERIFY(!m_document->planFilter().isActive());
    QVERIFY(controller.rolloutOverlay().outlines().empty());
    QVERIFY(!m_bar->findChild<QSlider*>(QStringLiteral("timelineSlider"))->isEnabled());
    QVERIFY(m_window->fileActions().openPath(m_fixture.sample));
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy(); }, 30000));

    // Only drawn features are outlined: the pilot areas in 강서구 (11500, from 2019), 마포구
    // (11440, 2020) and 구로구 (11530, 2021) give 3 unmasked, 2 in 2020; a code that is not
    // Seoul's and names no feature gives none.
    const auto& pilots = layer("iot_pilot_areas");
    render::RenderLayer rl = render::LayerSet::renderLayer(pilots);
    const std::vector<std::string> three = {"11500", "11440", "11530"};
    int matchedLayers = 0;
    QCOMPARE(widgets::districtOutlines({rl}, three, &matchedLayers).size(), std::size_t(3));
    QCOMPARE(matchedLayers, 1);
    rl.featureMask = render::featureMaskFor(pilots, 2020);
    QCOMPARE(widgets::districtOutlines({rl}, three).size(), std::size_t(2));
    QCOMPARE(widgets::districtOutlines({rl}, {"99999"}, &matchedLayers).size(), std::size_t(0));
    QCOMPARE(matchedLayers, 0);
}

QTEST_MAIN(GuiTimelineTest)
#include "test_gui_timeline.moc"
