// SPDX-License-Identifier: GPL-3.0-or-later
// Warnings name layers and projects in the reader's language, though core writes them with
// English names or ids.
#include "cityweave/project/project.h"
#include "common/warning_text.h"

#include <gtest/gtest.h>

namespace cw::test {
namespace {

project::Project planWithNames() {
    project::Project plan;
    project::LayerEntry layer;
    layer.id = "energy_sites";
    layer.name = {"에너지 시설", "Energy sites"};
    plan.layers.push_back(layer);
    layer.id = "ev_chargers";
    layer.name = {"전기차 충전소", "EV chargers"};
    plan.layers.push_back(layer);
    project::ProjectInfo magok;
    magok.id = "magok";
    magok.name = {"마곡 스마트 에너지", "Magok smart energy"};
    plan.projects.push_back(magok);
    return plan;
}

const app::WarningText::Translator kEnglish = [](const char* source) {
    return QString::fromUtf8(source);
};

TEST(WarningText, LayersAndProjectsAreNamedInTheReadersLanguage) {
    const auto ko = app::WarningText::namesIn(planWithNames(), QStringLiteral("ko"));
    const QString repaired = app::WarningText::translate(
        "layer Energy sites: 3 invalid geometries repaired with MakeValid", kEnglish, ko);
    EXPECT_TRUE(repaired.startsWith(QStringLiteral("Layer 에너지 시설: 3 ")))
        << repaired.toStdString();
    EXPECT_FALSE(repaired.contains(QStringLiteral("Energy sites")));
    // By id, as the coverage analysis names them.
    EXPECT_TRUE(
        app::WarningText::translate("layer ev_chargers: asset type not recognised", kEnglish, ko)
            .startsWith(QStringLiteral("Layer 전기차 충전소: ")));
    // A pair of layers, each named.
    const QString pair = app::WarningText::translate(
        "layers energy_sites x ev_chargers: 2 feature pairs could not be intersected and were "
        "left out",
        kEnglish, ko);
    EXPECT_TRUE(pair.startsWith(QStringLiteral("Layers 에너지 시설 × 전기차 충전소: ")))
        << pair.toStdString();
    // A name the plan does not know stays as core wrote it; English readers get English names.
    EXPECT_TRUE(
        app::WarningText::translate("layer Bus stops: asset type not recognised", kEnglish, ko)
            .startsWith(QStringLiteral("Layer Bus stops: ")));
    const auto en = app::WarningText::namesIn(planWithNames(), QStringLiteral("en"));
    EXPECT_TRUE(
        app::WarningText::translate("layer energy_sites: asset type not recognised", kEnglish, en)
            .startsWith(QStringLiteral("Layer Energy sites: ")));
}

} // namespace
} // namespace cw::test
